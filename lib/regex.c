/* regex.c — PCRE2 compiled once per extractor (with JIT), bounded on every match.
 * Compiled patterns use malloc, not the user's allocator (see
 * syevp_regex_compile); contexts and match data use the user's. */
#include "syev_private.h"

#define DEFAULT_MATCH_LIMIT 1000000u
#define DEFAULT_DEPTH_LIMIT 10000u

static void *S_pcre_malloc(PCRE2_SIZE n, void *user)
{
    return syevp_malloc((const syev_allocator *)user, n);
}

static void S_pcre_free(void *p, void *user)
{
    syevp_free((const syev_allocator *)user, p);
}

syev_status syevp_regex_env_init(syevp_regex_env *env, const syev_allocator *a,
                                 uint32_t match_limit, uint32_t depth_limit, syev_error *err)
{
    /* The allocator must outlive the contexts: it lives in the extractor. */
    env->gctx = pcre2_general_context_create(S_pcre_malloc, S_pcre_free, (void *)a);
    env->cctx = env->gctx ? pcre2_compile_context_create(env->gctx) : NULL;
    env->mctx = env->gctx ? pcre2_match_context_create(env->gctx) : NULL;
    if (!env->gctx || !env->cctx || !env->mctx) {
        syevp_regex_env_release(env);
        return syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory creating PCRE2 contexts");
    }
    pcre2_set_match_limit(env->mctx, match_limit ? match_limit : DEFAULT_MATCH_LIMIT);
    pcre2_set_depth_limit(env->mctx, depth_limit ? depth_limit : DEFAULT_DEPTH_LIMIT);
    return SYEV_OK;
}

void syevp_regex_env_release(syevp_regex_env *env)
{
    pcre2_match_context_free(env->mctx);
    pcre2_compile_context_free(env->cctx);
    pcre2_general_context_free(env->gctx);
    env->mctx = NULL;
    env->cctx = NULL;
    env->gctx = NULL;
}

syev_status syevp_regex_compile(const syevp_regex_env *env, const char *pattern, uint32_t options,
                                pcre2_code **out, syev_error *err)
{
    /* The pattern is compiled without the user's allocator, with PCRE2's
     * default one (malloc): pcre2_jit_compile allocates its work memory
     * through the allocator of the code it compiles, and PCRE2 10.42's JIT
     * compiler can crash when one of those allocations fails (a user
     * allocator failing during syev_extractor_new must give SYEV_ERR_NOMEM).
     * env->cctx holds no compile setting, so nothing is lost; a setting
     * added there must be made here too. */
    (void)env;
    int code = 0;
    PCRE2_SIZE where = 0;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
                                   options | PCRE2_UTF | PCRE2_UCP, &code, &where, NULL);
    if (!re) {
        PCRE2_UCHAR msg[120];
        pcre2_get_error_message(code, msg, sizeof msg);
        if (code == PCRE2_ERROR_HEAPLIMIT || code == PCRE2_ERROR_NOMEMORY || code == PCRE2_ERROR_HEAP_FAILED)
            return syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory compiling a pattern");
        return syevp_fail(err, SYEV_ERR_PATTERN, where, 0, "pattern error at %zu: %s (in \"%.60s\")",
                          (size_t)where, (const char *)msg, pattern);
    }
    /* JIT is an optimisation: when it is unavailable (or out of memory) the
     * interpreter runs the same pattern with the same limits. */
    (void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
    *out = re;
    return SYEV_OK;
}

int syevp_regex_match(const syevp_regex_env *env, const pcre2_code *re, const char *subject,
                      size_t len, size_t start, pcre2_match_data *md, syev_error *err)
{
    /* The text was validated once as UTF-8; starts are always on character
     * boundaries, so the per-match check is skipped. */
    /* The JIT entry point skips pcre2_match's option checks (a measurable
     * share of the short anchored matches the stages make); a pattern JIT
     * could not compile falls back to the interpreter. */
    int rc = pcre2_jit_match(re, (PCRE2_SPTR)subject, len, start, 0, md, env->mctx);
    if (rc == PCRE2_ERROR_JIT_BADOPTION)
        rc = pcre2_match(re, (PCRE2_SPTR)subject, len, start, PCRE2_NO_UTF_CHECK, md, env->mctx);
    if (rc >= 0)
        return 1;
    if (rc == PCRE2_ERROR_NOMATCH)
        return 0;
    if (rc == PCRE2_ERROR_NOMEMORY || rc == PCRE2_ERROR_HEAPLIMIT)
        return syevp_fail(err, SYEV_ERR_NOMEM, start, 0, "out of memory while matching");
    if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
        rc == PCRE2_ERROR_JIT_STACKLIMIT)
        return syevp_fail(err, SYEV_ERR_MATCH_LIMIT, start, 0,
                          "pattern match limit reached near byte %zu", start);
    return syevp_fail(err, SYEV_ERR_PATTERN, start, 0, "PCRE2 match error %d", rc);
}
