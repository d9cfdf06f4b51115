/* fuzz_jsonl.c — the JSON Lines reading path: syev_timeline_add_json on
 * arbitrary lines (the reduce step reads what syev_doc_to_json wrote, but a
 * file on disk may hold anything).
 *
 * Input layout: byte 0 holds flags (bit 0: timeline without merging), the
 * rest is split on '\n' into lines, each added in turn (a line may keep a
 * trailing '\r', as in a CRLF file, and the last line may lack its '\n').
 * Checks: each line is accepted or refused with a JSON/UTF-8/date status and
 * a coherent error record; a refused line does not spoil the timeline; the
 * timeline then renders to JSON that parses back, and to HTML.
 */
#include "fuzz_common.h"

#define MAX_INPUT ((size_t)1 << 18)

static bool S_line_refusal_ok(syev_status st)
{
    return st == SYEV_ERR_JSON || st == SYEV_ERR_UTF8 || st == SYEV_ERR_DATE ||
           st == SYEV_ERR_TOO_LARGE;
}

static void S_add_line(syev_timeline *tl, const char *line, size_t len)
{
    syev_error err;
    syev_status st = syev_timeline_add_json(tl, line, len, &err);
    if (st == SYEV_OK || fuzz_unimplemented(st, &err))
        return;
    fuzz_check(S_line_refusal_ok(st), "line refused with status %d: %s", (int)st, err.message);
    fuzz_check_failure(st, &err, NULL);
}

static void S_render(syev_timeline *tl)
{
    char *out = NULL;
    syev_error err;
    syev_status st = syev_timeline_to_json(tl, &out, &err);
    if (st == SYEV_OK) {
        cJSON_Delete(fuzz_parse_json(out));
        syev_free(out);
    } else {
        fuzz_check(fuzz_unimplemented(st, &err), "syev_timeline_to_json: %s", err.message);
    }
    out = NULL;
    st = syev_timeline_to_html(tl, &out, &err);
    if (st == SYEV_OK) {
        fuzz_check(fuzz_utf8_first_bad(out, strlen(out)) == SIZE_MAX, "HTML not valid UTF-8");
        syev_free(out);
    } else {
        fuzz_check(fuzz_unimplemented(st, &err), "syev_timeline_to_html: %s", err.message);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0 || size > MAX_INPUT)
        return 0;
    unsigned flags = (data[0] & 1u) ? SYEV_TIMELINE_NO_MERGE : 0u;
    syev_timeline *tl = NULL;
    syev_error err;
    fuzz_check(syev_timeline_new(flags, NULL, &tl, &err) == SYEV_OK, "syev_timeline_new: %s",
               err.message);
    /* Each line gets its own exact-size copy so ASan sees any read past it
     * (the library must not rely on a '\n' or NUL after `len`). */
    const char *p = (const char *)data + 1, *end = (const char *)data + size;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
        char *line = malloc(len ? len : 1);
        if (!line)
            abort();
        memcpy(line, p, len);
        S_add_line(tl, line, len);
        free(line);
        p += len + (nl ? 1 : 0);
    }
    S_render(tl);
    syev_timeline_free(tl);
    return 0;
}
