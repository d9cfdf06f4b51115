/* fuzz_extract.c — the whole pipeline on arbitrary bytes.
 *
 * Input layout: byte 0 picks the DCT (table below), byte 1 holds flags
 * (bit 0: timeline without merging, bit 1: give a document id, bit 2: use an
 * extractor with a small PCRE2 match limit, picked by bits 3-5, so that
 * documents fail half-way through a stage and its cleanup runs), the rest is
 * the document text.  Runs syev_extract, every accessor, syev_doc_to_json,
 * and a timeline add / to_json / to_html, checking:
 *  - the status is the one an independent oracle expects (bad DCT ->
 *    SYEV_ERR_DATE; ill-formed UTF-8 -> SYEV_ERR_UTF8 at the first bad byte;
 *    otherwise success, or SYEV_ERR_MATCH_LIMIT for text made to be slow);
 *  - every span and date of the result is well formed (fuzz_doc.h);
 *  - every JSON text is valid UTF-8 and parses back with cJSON.
 */
#include "fuzz_doc.h"

#define MAX_TEXT ((size_t)1 << 16) /* larger inputs only slow the fuzzer down */

/* DCTs to try; the last ones are malformed and must be refused. */
static const struct {
    const char *dct;
    bool valid;
} dcts[] = {
    {NULL, true},          {"2016-12-27", true}, {"2017-02", true},    {"2016", true},
    {"2016-02-29", true},  {"2015-12-31", true}, {"2017-01-01", true}, {"", true},
    {"2015-02-29", false}, {"2016-13", false},   {"16-05-03", false},  {"2016-05-03x", false},
};

/* Small match limits (with JIT, a short French text needs about 500). */
static const uint32_t small_limits[8] = {200, 400, 500, 600, 800, 1200, 3000, 20000};

/* limit_pick < 0: default options; else small_limits[limit_pick]. */
static const syev_extractor *S_extractor(int limit_pick)
{
    static syev_extractor *ex[9];
    syev_extractor **slot = &ex[limit_pick + 1];
    if (!*slot) {
        syev_options opts = SYEV_OPTIONS_INIT;
        opts.match_limit = limit_pick < 0 ? 0u : small_limits[limit_pick];
        syev_error err;
        syev_status st = syev_extractor_new(&opts, slot, &err);
        fuzz_check(st == SYEV_OK, "syev_extractor_new: %s", err.message);
    }
    return *slot;
}

static void S_check_json_call(syev_status st, const syev_error *err, char *json)
{
    if (st == SYEV_OK) {
        cJSON_Delete(fuzz_parse_json(json));
        syev_free(json);
    } else if (!fuzz_unimplemented(st, err)) {
        fuzz_check_failure(st, err, json);
        fuzz_fail(__FILE__, __LINE__, "st == SYEV_OK", "rendering failed: %s", err->message);
    }
}

static void S_check_html(syev_status st, const syev_error *err, char *html)
{
    if (st != SYEV_OK) {
        fuzz_check(fuzz_unimplemented(st, err), "syev_timeline_to_html: %s", err->message);
        return;
    }
    size_t n = strlen(html);
    fuzz_check(fuzz_utf8_first_bad(html, n) == SIZE_MAX, "HTML is not valid UTF-8");
    syev_free(html);
}

static void S_render_timeline(const syev_doc *doc, unsigned flags)
{
    syev_timeline *tl = NULL;
    syev_error err;
    syev_status st = syev_timeline_new(flags, NULL, &tl, &err);
    fuzz_check(st == SYEV_OK, "syev_timeline_new: %s", err.message);
    st = syev_timeline_add(tl, doc, &err);
    fuzz_check(st == SYEV_OK || fuzz_unimplemented(st, &err), "syev_timeline_add: %s",
               err.message);
    char *out = NULL;
    st = syev_timeline_to_json(tl, &out, &err);
    S_check_json_call(st, &err, out);
    out = NULL;
    st = syev_timeline_to_html(tl, &out, &err);
    S_check_html(st, &err, out);
    syev_timeline_free(tl);
}

static void S_check_refusal(syev_status st, const syev_error *err, const syev_doc *doc,
                            bool dct_valid, size_t bad)
{
    if (!dct_valid) {
        fuzz_check(st == SYEV_ERR_DATE, "malformed DCT accepted (status %d)", (int)st);
    } else if (bad != SIZE_MAX) {
        fuzz_check(st == SYEV_ERR_UTF8, "ill-formed UTF-8 at %zu: status %d", bad, (int)st);
        fuzz_check(err->offset == bad, "UTF-8 error at %zu, expected %zu", err->offset, bad);
    } else {
        /* Valid input: only a PCRE2 limit may stop it. */
        fuzz_check(st == SYEV_OK || st == SYEV_ERR_MATCH_LIMIT, "valid input refused: %d %s",
                   (int)st, err->message);
    }
    if (st != SYEV_OK)
        fuzz_check_failure(st, err, doc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t pick = size > 0 ? data[0] % (sizeof dcts / sizeof *dcts) : 0;
    unsigned flags = size > 1 ? data[1] : 0;
    size_t skip = size < 2 ? size : 2;
    const char *text = (const char *)data + skip;
    size_t len = size - skip;
    if (len > MAX_TEXT)
        len = MAX_TEXT;

    syev_doc *doc = NULL;
    syev_error err;
    int limit_pick = (flags & 4u) ? (int)((flags >> 3) & 7u) : -1;
    syev_status st = syev_extract(S_extractor(limit_pick), text, len,
                                  (flags & 2u) ? "fuzz-doc" : NULL, dcts[pick].dct, &doc, &err);
    S_check_refusal(st, &err, doc, dcts[pick].valid, fuzz_utf8_first_bad(text, len));
    if (st != SYEV_OK)
        return 0;

    fuzz_check_doc(doc, text, len);
    char *json = NULL;
    st = syev_doc_to_json(doc, &json, &err);
    S_check_json_call(st, &err, json);
    S_render_timeline(doc, (flags & 1u) ? SYEV_TIMELINE_NO_MERGE : 0u);
    syev_doc_free(doc);
    return 0;
}
