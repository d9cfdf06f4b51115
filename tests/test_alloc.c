/* test_alloc.c — allocation failure at every point of a full run.
 *
 * A syev_allocator in the options fails allocation number N (malloc and
 * realloc calls both count).  For every N along the run — syev_extract on a
 * French text with events and dates, every accessor, syev_doc_to_json,
 * syev_text_to_json, and a timeline (add, add_json, to_json, to_html) — each
 * call must either fail cleanly (SYEV_ERR_NOMEM in the status and the error
 * record, no output) or succeed with exactly the result of a run without
 * failures (a swallowed failure must not lose data).  The allocator counts
 * live blocks: after each run everything the run allocated is freed, and at
 * the end nothing is live.  Run it under ASan too (sanitizer build) for leaks
 * and misuse the count cannot see.
 *
 * Building an extractor makes ~10 000 allocations and takes tens of ms, so
 * the build cases fail a spread sample of N (all of the first and last ones,
 * evenly spaced in between); SYEV_ALLOC_FULL=1 (env) fails every N there too.
 *
 * Memory outside the hook (never failed here):
 *  - cJSON's parser (syev_timeline_add_json, the lexicon loader) allocates
 *    through cJSON's process-wide hooks, i.e. malloc;
 *  - PCRE2 JIT code lives in executable pages that PCRE2 (sljit) maps itself;
 *  - the compiled patterns of the extractor (lib/regex.c): PCRE2 10.42's JIT
 *    compiler can crash when an allocation it makes fails, and it allocates
 *    through the allocator of the pattern it compiles, so those patterns use
 *    malloc.  A wrapper below marks the calls made inside pcre2_jit_compile:
 *    test_extractor_build_fails_inside_jit fails each one (there should be
 *    none left), the other cases spare them.
 */
#define _GNU_SOURCE /* RTLD_NEXT */

#include <dlfcn.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "fuzz/doc_dump.h"
#include "syriaevents.h"

/* ------------------------------------------------------------------ */
/* The failing, counting allocator                                     */
/* ------------------------------------------------------------------ */

typedef struct counting {
    size_t calls;    /* malloc/realloc calls since the last arm */
    size_t fail_at;  /* 1-based call that fails; 0: none */
    size_t failed;   /* calls that were made to fail */
    size_t live;     /* blocks allocated and not yet freed */
    size_t spared;   /* calls inside pcre2_jit_compile (not counted in `calls`) */
    size_t jit_fail_at; /* 1-based call inside pcre2_jit_compile that fails; 0: none */
} counting;

/* Depth of pcre2_jit_compile calls in progress.  This definition comes
 * before libpcre2's in the link, so the library's calls land here first. */
static int in_jit;

int pcre2_jit_compile_8(pcre2_code_8 *code, uint32_t options)
{
    static int (*real)(pcre2_code_8 *, uint32_t);
    if (!real) {
        void *sym = dlsym(RTLD_NEXT, "pcre2_jit_compile_8");
        if (!sym)
            return PCRE2_ERROR_JIT_BADOPTION; /* as a PCRE2 built without JIT */
        memcpy(&real, &sym, sizeof real);
    }
    in_jit++;
    int rc = real(code, options);
    in_jit--;
    return rc;
}

/* Each block carries a header so that frees of foreign pointers are caught. */
#define BLOCK_MAGIC 0x5E1DA110CAFEULL
typedef union header {
    struct {
        unsigned long long magic;
        size_t size;
    } h;
    max_align_t align;
} header;

static bool S_should_fail(counting *c)
{
    if (in_jit) {
        c->spared++;
        if (c->jit_fail_at && c->spared == c->jit_fail_at) {
            c->failed++;
            return true;
        }
        return false;
    }
    c->calls++;
    if (c->fail_at && c->calls == c->fail_at) {
        c->failed++;
        return true;
    }
    return false;
}

static header *S_check_block(void *p)
{
    header *h = (header *)p - 1;
    if (h->h.magic != BLOCK_MAGIC)
        fail_msg("the library freed or resized a block it did not get from its allocator");
    return h;
}

static void *S_malloc(size_t size, void *user)
{
    counting *c = user;
    if (S_should_fail(c))
        return NULL;
    header *h = malloc(sizeof *h + size);
    if (!h)
        return NULL;
    h->h.magic = BLOCK_MAGIC;
    h->h.size = size;
    c->live++;
    return h + 1;
}

static void *S_realloc(void *p, size_t size, void *user)
{
    counting *c = user;
    if (!p)
        return S_malloc(size, user);
    header *h = S_check_block(p);
    if (S_should_fail(c))
        return NULL;
    header *n = realloc(h, sizeof *n + size);
    if (!n)
        return NULL;
    n->h.size = size;
    return n + 1;
}

static void S_free(void *p, void *user)
{
    counting *c = user;
    if (!p)
        return;
    header *h = S_check_block(p);
    h->h.magic = 0;
    c->live--;
    free(h);
}

static counting counter;
static const syev_allocator failing = {S_malloc, S_realloc, S_free, &counter};

static void S_arm(size_t fail_at)
{
    counter.calls = 0;
    counter.failed = 0;
    counter.spared = 0;
    counter.fail_at = fail_at;
    counter.jit_fail_at = 0;
}

/* Which N of `total` the build cases fail: every one with SYEV_ALLOC_FULL=1,
 * else the first 50, the last 20 and about 100 evenly spaced between (a
 * build takes ~0.1 s and makes tens of thousands of allocations). */
static bool S_sampled(size_t n, size_t total)
{
    const char *full = getenv("SYEV_ALLOC_FULL");
    if ((full && strcmp(full, "1") == 0) || total <= 170)
        return true;
    size_t step = (total - 70) / 100;
    return n <= 50 || n > total - 20 || (n - 50) % step == 0;
}

/* A failed call: SYEV_ERR_NOMEM everywhere, caused by an injected failure. */
static void S_assert_nomem(const char *call, size_t n, syev_status st, const syev_error *err,
                           const void *out)
{
    if (st != SYEV_ERR_NOMEM || err->code != SYEV_ERR_NOMEM)
        fail_msg("%s with allocation %zu failing: status %d, err.code %d (%s)", call, n, (int)st,
                 (int)err->code, err->message);
    if (out != NULL)
        fail_msg("%s failed at allocation %zu but set its output", call, n);
    if (counter.failed == 0)
        fail_msg("%s reported SYEV_ERR_NOMEM at N=%zu with no failed allocation", call, n);
}

/* ------------------------------------------------------------------ */
/* The run                                                             */
/* ------------------------------------------------------------------ */

static const char article[] =
    "Damas, 27 d\xC3\xA9" "cembre (AFP)\n"
    "L'arm\xC3\xA9" "e syrienne et les rebelles ont conclu mardi une tr\xC3\xAAve dans la Ghouta "
    "orientale, selon l'OSDH. Les combats avaient repris la veille \xC3\xA0 Alep.\n"
    "Les pourparlers de paix doivent reprendre le 23 janvier 2017 \xC3\xA0 Astana, sous "
    "l'\xC3\xA9gide de la Russie et de la Turquie.\n";

/* What a run without failures produces; every successful call under
 * failure injection must produce the same. */
typedef struct expected {
    char *dump;          /* doc_dump of the document */
    char *doc_json;      /* syev_doc_to_json */
    char *text_json;     /* syev_text_to_json */
    char *timeline_json; /* timeline: add(doc) + add_json(doc_json) */
    char *timeline_html;
} expected;

static expected ref;

static void S_expect_same(const char *call, size_t n, const char *got, const char *want)
{
    if (strcmp(got, want) != 0)
        fail_msg("%s succeeded with allocation %zu failing but its result differs:\n%.400s\n"
                 "expected:\n%.400s", call, n, got, want);
}

/* One result of call `call` under failure N: NOMEM, or the reference
 * (recorded when n == 0).  Returns true on success. */
static bool S_check_output(const char *call, size_t n, syev_status st, const syev_error *err,
                           const char *out, char **ref_slot)
{
    if (st != SYEV_OK) {
        S_assert_nomem(call, n, st, err, out);
        return false;
    }
    if (n == 0) {
        *ref_slot = strdup(out);
        assert_non_null(*ref_slot);
    } else {
        S_expect_same(call, n, out, *ref_slot);
    }
    return true;
}

/* Runs the timeline part on `doc` and its JSON line; n == 0 records the
 * reference.  Returns false when a call failed (cleanly). */
static bool S_run_timeline(size_t n, const syev_doc *doc, const char *line)
{
    syev_timeline *tl = NULL;
    syev_error err;
    syev_status st = syev_timeline_new(0, &failing, &tl, &err);
    if (st != SYEV_OK) {
        S_assert_nomem("syev_timeline_new", n, st, &err, tl);
        return false;
    }
    bool ok = true;
    st = syev_timeline_add(tl, doc, &err);
    if (st != SYEV_OK) {
        S_assert_nomem("syev_timeline_add", n, st, &err, NULL);
        ok = false;
    }
    if (ok && (st = syev_timeline_add_json(tl, line, strlen(line), &err)) != SYEV_OK) {
        S_assert_nomem("syev_timeline_add_json", n, st, &err, NULL);
        ok = false;
    }
    char *out = NULL;
    if (ok) {
        st = syev_timeline_to_json(tl, &out, &err);
        ok = S_check_output("syev_timeline_to_json", n, st, &err, out, &ref.timeline_json);
        syev_free(out);
    }
    if (ok) {
        out = NULL;
        st = syev_timeline_to_html(tl, &out, &err);
        ok = S_check_output("syev_timeline_to_html", n, st, &err, out, &ref.timeline_html);
        syev_free(out);
    }
    syev_timeline_free(tl);
    return ok;
}

/* The document part; n == 0 records the reference. */
static bool S_run_document(size_t n, const syev_extractor *ex)
{
    syev_doc *doc = NULL;
    syev_error err;
    syev_status st = syev_extract(ex, article, sizeof article - 1, "alloc", NULL, &doc, &err);
    if (st != SYEV_OK) {
        S_assert_nomem("syev_extract", n, st, &err, doc);
        return false;
    }
    char *dump = doc_dump(doc);
    S_check_output("syev_extract", n, SYEV_OK, &err, dump, &ref.dump);
    free(dump);

    char *line = NULL;
    st = syev_doc_to_json(doc, &line, &err);
    bool ok = S_check_output("syev_doc_to_json", n, st, &err, line, &ref.doc_json);
    if (ok)
        ok = S_run_timeline(n, doc, line);
    syev_free(line);
    syev_doc_free(doc);
    if (!ok)
        return false;

    char *json = NULL;
    st = syev_text_to_json(ex, article, sizeof article - 1, NULL, &json, &err);
    ok = S_check_output("syev_text_to_json", n, st, &err, json, &ref.text_json);
    syev_free(json);
    return ok;
}

/* ------------------------------------------------------------------ */
/* Tests                                                               */
/* ------------------------------------------------------------------ */

static syev_extractor *S_new_extractor(const char *lexicon_path, syev_status *st,
                                       syev_error *err)
{
    syev_options opts = SYEV_OPTIONS_INIT;
    opts.allocator = &failing;
    opts.lexicon_path = lexicon_path;
    syev_extractor *ex = NULL;
    *st = syev_extractor_new(&opts, &ex, err);
    return ex;
}

/* An extractor built without failures, and the number of blocks it holds
 * (what must be live again after each document). */
static syev_extractor *S_counted_extractor(size_t *baseline)
{
    S_arm(0);
    syev_status st;
    syev_error err;
    syev_extractor *ex = S_new_extractor(NULL, &st, &err);
    assert_int_equal(st, SYEV_OK);
    *baseline = counter.live;
    return ex;
}

/* Fails allocation N of an extractor build, for every sampled N. */
static void S_build_with_failures(const char *lexicon_path)
{
    syev_status st;
    syev_error err;
    S_arm(0);
    syev_extractor_free(S_new_extractor(lexicon_path, &st, &err));
    assert_int_equal(st, SYEV_OK);
    const size_t total = counter.calls, spared = counter.spared;
    size_t tried = 0;
    for (size_t n = 1; n <= total; n++) {
        if (!S_sampled(n, total))
            continue;
        tried++;
        S_arm(n);
        syev_extractor *ex = S_new_extractor(lexicon_path, &st, &err);
        if (st == SYEV_OK)
            syev_extractor_free(ex); /* an allocation whose failure is tolerated */
        else
            S_assert_nomem("syev_extractor_new", n, st, &err, ex);
        if (counter.live != 0)
            fail_msg("syev_extractor_new leaked %zu blocks when allocation %zu failed",
                     counter.live, n);
    }
    print_message("extractor build%s: %zu allocations (+%zu inside JIT compile), %zu made to "
                  "fail\n", lexicon_path ? " with a lexicon file" : "", total, spared, tried);
}

static void test_extractor_build_fails_cleanly(void **state)
{
    (void)state;
    S_build_with_failures(NULL);
}

/* A user allocator that fails inside pcre2_jit_compile must not crash the
 * build (PCRE2 10.42's JIT compiler does not survive it): each allocation
 * made there through the hook is failed in turn, and the build then either
 * succeeds (JIT is optional) or reports SYEV_ERR_NOMEM, leaking nothing.
 * The library keeps its patterns out of the hook, so there should be no
 * such allocation; this proves it stays so. */
static void test_extractor_build_fails_inside_jit(void **state)
{
    (void)state;
    syev_status st;
    syev_error err;
    S_arm(0);
    syev_extractor_free(S_new_extractor(NULL, &st, &err));
    assert_int_equal(st, SYEV_OK);
    const size_t inside = counter.spared;
    for (size_t k = 1; k <= inside; k++) {
        S_arm(0);
        counter.jit_fail_at = k;
        syev_extractor *ex = S_new_extractor(NULL, &st, &err);
        if (st == SYEV_OK)
            syev_extractor_free(ex);
        else
            S_assert_nomem("syev_extractor_new", k, st, &err, ex);
        if (counter.live != 0)
            fail_msg("syev_extractor_new leaked %zu blocks when JIT allocation %zu failed",
                     counter.live, k);
    }
    print_message("extractor build: %zu allocations through the hook inside JIT compile, each "
                  "made to fail\n", inside);
    assert_int_equal(inside, 0);
}

/* A user lexicon (lib/lexicon.c format) adds owned strings and patterns. */
static const char lexicon[] =
    "{\"triggers\": [{\"type\": \"battle\", \"forms\": \"coup de main|coups de main\"},\n"
    "              {\"type\": \"talks\", \"pattern\": \"pourparlers? indirects?\"}],\n"
    " \"actors\": [{\"code\": \"RUS\", \"forms\": \"Cho\xC3\xAFgou\"}],\n"
    " \"places\": [{\"name\": \"Jabar\", \"country\": \"SY\", \"lat\": 35.9, \"lon\": 38.5,\n"
    "             \"kind\": \"town\", \"forms\": \"Djabar|Jabar\"}],\n"
    " \"stop_phrases\": [\"bataille juridique\"]}\n";

static void test_extractor_with_lexicon_fails_cleanly(void **state)
{
    (void)state;
    char path[] = "/tmp/syev-test-alloc-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    assert_non_null(f);
    assert_int_equal(fwrite(lexicon, 1, sizeof lexicon - 1, f), sizeof lexicon - 1);
    assert_int_equal(fclose(f), 0);
    S_arm(0);
    syev_status st;
    syev_error err;
    syev_extractor_free(S_new_extractor(path, &st, &err));
    if (st != SYEV_OK)
        fail_msg("the lexicon is refused: %s", err.message);
    S_build_with_failures(path);
    remove(path);
}

static void test_full_run_fails_cleanly(void **state)
{
    (void)state;
    size_t baseline;
    syev_extractor *ex = S_counted_extractor(&baseline);

    if (!S_run_document(0, ex))
        fail_msg("the run fails without any allocation failure");
    size_t total = counter.calls;
    assert_int_equal(counter.live, baseline);

    for (size_t n = 1; n <= total; n++) {
        S_arm(n);
        S_run_document(n, ex);
        if (counter.live != baseline)
            fail_msg("%zu blocks leaked when allocation %zu of the run failed",
                     counter.live - baseline, n);
    }
    print_message("full run: %zu allocations, each made to fail\n", total);

    syev_extractor_free(ex);
    assert_int_equal(counter.live, 0);
}

/* A document long enough that its arrays outgrow the first chunks of their
 * pools (on the stack, in the document's block): every allocation of
 * syev_extract fails in turn, cleanly, and a run that succeeds finds the
 * same as without failures. */
static void test_long_document_fails_cleanly(void **state)
{
    (void)state;
    syev_status st;
    syev_error err;
    size_t baseline;
    syev_extractor *ex = S_counted_extractor(&baseline);
    enum { COPIES = 60 };
    const size_t one = sizeof article - 1;
    char *text = malloc(COPIES * one);
    assert_non_null(text);
    for (size_t i = 0; i < COPIES; i++)
        memcpy(text + i * one, article, one);

    S_arm(0);
    syev_doc *doc = NULL;
    assert_int_equal(syev_extract(ex, text, COPIES * one, "long", NULL, &doc, &err), SYEV_OK);
    const size_t total = counter.calls;
    char *reference = doc_dump(doc);
    syev_doc_free(doc);
    assert_int_equal(counter.live, baseline);

    for (size_t n = 1; n <= total; n++) {
        S_arm(n);
        doc = NULL;
        st = syev_extract(ex, text, COPIES * one, "long", NULL, &doc, &err);
        if (st == SYEV_OK) {
            char *dump = doc_dump(doc);
            if (strcmp(dump, reference) != 0)
                fail_msg("the long document differs when allocation %zu failed", n);
            free(dump);
            syev_doc_free(doc);
        } else {
            S_assert_nomem("syev_extract (long document)", n, st, &err, doc);
        }
        if (counter.live != baseline)
            fail_msg("%zu blocks leaked when allocation %zu of the long document failed",
                     counter.live - baseline, n);
    }
    print_message("long document: %zu allocations, each made to fail\n", total);
    free(reference);
    free(text);
    syev_extractor_free(ex);
    assert_int_equal(counter.live, 0);
}

static int S_teardown(void **state)
{
    (void)state;
    free(ref.dump);
    free(ref.doc_json);
    free(ref.text_json);
    free(ref.timeline_json);
    free(ref.timeline_html);
    memset(&ref, 0, sizeof ref);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_extractor_build_fails_cleanly),
        cmocka_unit_test(test_extractor_build_fails_inside_jit),
        cmocka_unit_test(test_extractor_with_lexicon_fails_cleanly),
        cmocka_unit_test(test_full_run_fails_cleanly),
        cmocka_unit_test(test_long_document_fails_cleanly),
    };
    /* SYEV_TEST_FILTER=test_full* runs only the matching cases. */
    if (getenv("SYEV_TEST_FILTER"))
        cmocka_set_test_filter(getenv("SYEV_TEST_FILTER"));
    return cmocka_run_group_tests(tests, NULL, S_teardown);
}
