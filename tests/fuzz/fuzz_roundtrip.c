/* fuzz_roundtrip.c — what the JSON writer writes, cJSON parses back.
 *
 * Input layout: byte 0 picks the DCT, byte 1 the length k (mod 24) of a
 * document id made of the next k raw bytes (they may be ill-formed UTF-8),
 * the rest is the text, with ill-formed bytes replaced by '?'.
 * Checks:
 *  1. the writer's primitives: a string written by syevp_json_str parses
 *     back to the same bytes; a number written by syevp_json_num parses back
 *     to the value rounded to its decimals;
 *  2. syev_doc_to_json: valid UTF-8, parses back; "id" is the id given;
 *     as many timexes and (unmerged) mention entries as the accessors say;
 *     every quoted text equals the bytes its span points at;
 *  3. the reduce step loses nothing: a timeline fed the document and one fed
 *     its JSON line (syev_timeline_add_json) render the same JSON.
 */
#include <math.h>

#include "fuzz_doc.h"
#include "json_private.h"

#define MAX_TEXT ((size_t)1 << 15)

static const char *const dcts[] = {NULL, "2016-12-27", "2017-02", "2016", "2016-05-03"};

static const syev_extractor *S_extractor(void)
{
    static syev_extractor *ex;
    if (!ex) {
        syev_error err;
        fuzz_check(syev_extractor_new(NULL, &ex, &err) == SYEV_OK, "extractor: %s", err.message);
    }
    return ex;
}

/* ------------------------------------------------------------------ */
/* 1. Writer primitives                                                */
/* ------------------------------------------------------------------ */

static char *S_write(void (*emit)(syevp_buf *, const void *), const void *arg)
{
    syev_allocator a;
    syevp_allocator_init(&a, NULL);
    syevp_buf b;
    syevp_buf_init(&b, &a);
    emit(&b, arg);
    char *out = NULL;
    syev_error err = {0};
    fuzz_check(syevp_buf_finish(&b, &out, &err) == SYEV_OK, "buf_finish: %s", err.message);
    return out;
}

typedef struct str_arg {
    const char *s;
    size_t n;
} str_arg;

static void S_emit_str(syevp_buf *b, const void *arg)
{
    const str_arg *sa = arg;
    syevp_json_str(b, sa->s, sa->n);
}

typedef struct num_arg {
    double v;
    int decimals;
} num_arg;

static void S_emit_num(syevp_buf *b, const void *arg)
{
    const num_arg *na = arg;
    syevp_json_num(b, na->v, na->decimals);
}

static void S_string_round_trip(const char *s, size_t n)
{
    str_arg arg = {s, n};
    char *json = S_write(S_emit_str, &arg);
    cJSON *v = fuzz_parse_json(json);
    fuzz_check(cJSON_IsString(v), "not a string: %.60s", json);
    /* cJSON strings end at the first NUL (\u0000 cannot survive it). */
    const char *nul = memchr(s, '\0', n);
    size_t cmp = nul ? (size_t)(nul - s) : n;
    fuzz_check(strlen(v->valuestring) == cmp && memcmp(v->valuestring, s, cmp) == 0,
               "string changed by the round trip: %.60s", json);
    cJSON_Delete(v);
    syev_free(json);
}

static void S_number_round_trip(const uint8_t *bytes, size_t n)
{
    num_arg arg = {0.0, 0};
    if (n < 9)
        return;
    memcpy(&arg.v, bytes, sizeof arg.v);
    arg.decimals = bytes[8] % 8;
    char *json = S_write(S_emit_num, &arg);
    cJSON *v = fuzz_parse_json(json);
    if (!isfinite(arg.v)) {
        fuzz_check(cJSON_IsNull(v), "non-finite number written as %s", json);
    } else if (!cJSON_IsNull(v)) { /* null: too large for the writer */
        fuzz_check(cJSON_IsNumber(v), "number written as %s", json);
        double tol = 0.5 * pow(10.0, -arg.decimals) + fabs(arg.v) * 1e-12;
        fuzz_check(fabs(v->valuedouble - arg.v) <= tol, "%.17g written as %s", arg.v, json);
    }
    cJSON_Delete(v);
    syev_free(json);
}

/* ------------------------------------------------------------------ */
/* 2. Documents                                                        */
/* ------------------------------------------------------------------ */

/* A "text" field equals the bytes of the span [b, e) in `text`. */
static void S_check_quoted(const cJSON *obj, const char *span_key, const char *text_key,
                           const char *text, size_t len)
{
    const cJSON *span = cJSON_GetObjectItemCaseSensitive(obj, span_key);
    const cJSON *quoted = cJSON_GetObjectItemCaseSensitive(obj, text_key);
    if (!cJSON_IsArray(span) || !cJSON_IsString(quoted))
        return;
    fuzz_check(cJSON_GetArraySize(span) == 2 && cJSON_IsNumber(cJSON_GetArrayItem(span, 0)) &&
                   cJSON_IsNumber(cJSON_GetArrayItem(span, 1)),
               "\"%s\" is not a pair of numbers", span_key);
    double b = cJSON_GetArrayItem(span, 0)->valuedouble;
    double e = cJSON_GetArrayItem(span, 1)->valuedouble;
    fuzz_check(b >= 0 && b <= e && e <= (double)len, "\"%s\" [%g, %g) outside the text",
               span_key, b, e);
    size_t n = (size_t)e - (size_t)b;
    if (memchr(text + (size_t)b, '\0', n))
        return;
    fuzz_check(strlen(quoted->valuestring) == n &&
                   memcmp(quoted->valuestring, text + (size_t)b, n) == 0,
               "\"%s\" is not the text of \"%s\"", text_key, span_key);
}

static const cJSON *S_array(const cJSON *root, const char *key)
{
    const cJSON *a = cJSON_GetObjectItemCaseSensitive(root, key);
    fuzz_check(cJSON_IsArray(a), "\"%s\" is not an array", key);
    return a;
}

static void S_check_doc_json(const cJSON *root, const syev_doc *doc, const char *id,
                             const char *text, size_t len)
{
    fuzz_check(cJSON_IsObject(root), "document JSON is not an object");
    const cJSON *jid = cJSON_GetObjectItemCaseSensitive(root, "id");
    if (id[0] || !cJSON_IsNull(jid))
        fuzz_check(cJSON_IsString(jid) && strcmp(jid->valuestring, id) == 0, "\"id\" changed");
    const cJSON *timexes = S_array(root, "timexes");
    fuzz_check((size_t)cJSON_GetArraySize(timexes) == syev_doc_timex_count(doc),
               "%d timexes written, %zu extracted", cJSON_GetArraySize(timexes),
               syev_doc_timex_count(doc));
    const cJSON *t;
    cJSON_ArrayForEach(t, timexes) S_check_quoted(t, "span", "text", text, len);
    const cJSON *mentions = S_array(root, "mentions");
    fuzz_check((size_t)cJSON_GetArraySize(mentions) == syev_doc_mention_count(doc),
               "%d mention entries written, %zu extracted", cJSON_GetArraySize(mentions),
               syev_doc_mention_count(doc));
    const cJSON *entry;
    cJSON_ArrayForEach(entry, mentions) {
        const cJSON *m;
        cJSON_ArrayForEach(m, cJSON_GetObjectItemCaseSensitive(entry, "mentions")) {
            S_check_quoted(m, "trigger", "trigger_text", text, len);
            S_check_quoted(m, "sentence", "text", text, len);
        }
    }
}

/* ------------------------------------------------------------------ */
/* 3. Timeline from the document == timeline from its JSON line        */
/* ------------------------------------------------------------------ */

static char *S_timeline_json(const syev_doc *doc, const char *line)
{
    syev_timeline *tl = NULL;
    syev_error err;
    fuzz_check(syev_timeline_new(0, NULL, &tl, &err) == SYEV_OK, "timeline: %s", err.message);
    syev_status st = doc ? syev_timeline_add(tl, doc, &err)
                         : syev_timeline_add_json(tl, line, strlen(line), &err);
    char *out = NULL;
    if (st == SYEV_OK)
        st = syev_timeline_to_json(tl, &out, &err);
    syev_timeline_free(tl);
    if (st != SYEV_OK) {
        fuzz_check(fuzz_unimplemented(st, &err), "%s: %s", doc ? "add" : "add_json",
                   err.message);
        return NULL;
    }
    cJSON_Delete(fuzz_parse_json(out));
    return out;
}

static void S_check_reduce(const syev_doc *doc, const char *line)
{
    char *direct = S_timeline_json(doc, NULL);
    char *reduced = S_timeline_json(NULL, line);
    if (direct && reduced)
        fuzz_check(strcmp(direct, reduced) == 0,
                   "timeline from the document and from its JSON line differ:\n%.300s\n%.300s",
                   direct, reduced);
    syev_free(direct);
    syev_free(reduced);
}

static void S_documents(const char *text, size_t len, const char *id, const char *dct)
{
    syev_doc *doc = NULL;
    syev_error err;
    syev_status st = syev_extract(S_extractor(), text, len, id, dct, &doc, &err);
    if (st != SYEV_OK) {
        /* An ill-formed id may be refused; valid input only by a limit. */
        bool id_bad = fuzz_utf8_first_bad(id, strlen(id)) != SIZE_MAX;
        fuzz_check(st == SYEV_ERR_MATCH_LIMIT ||
                       (id_bad && (st == SYEV_ERR_UTF8 || st == SYEV_ERR_INVALID_ARG)),
                   "syev_extract: %d %s", (int)st, err.message);
        fuzz_check_failure(st, &err, doc);
        return;
    }
    char *line = NULL;
    st = syev_doc_to_json(doc, &line, &err);
    if (st == SYEV_OK) {
        cJSON *root = fuzz_parse_json(line);
        S_check_doc_json(root, doc, id, text, len);
        cJSON_Delete(root);
        S_check_reduce(doc, line);
        syev_free(line);
    } else {
        fuzz_check(fuzz_unimplemented(st, &err), "syev_doc_to_json: %s", err.message);
    }
    syev_doc_free(doc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const char *dct = dcts[data[0] % (sizeof dcts / sizeof *dcts)];
    size_t k = data[1] % 24;
    if (k > size - 2)
        k = size - 2;
    char id[24];
    memcpy(id, data + 2, k);
    id[k] = '\0';
    const uint8_t *rest = data + 2 + k;
    size_t len = size - 2 - k;
    if (len > MAX_TEXT)
        len = MAX_TEXT;
    char *text = fuzz_make_utf8(rest, len);

    S_string_round_trip(text, len);
    S_number_round_trip(rest, len);
    S_documents(text, len, id, dct);
    free(text);
    return 0;
}
