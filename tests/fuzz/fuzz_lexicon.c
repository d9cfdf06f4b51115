/* fuzz_lexicon.c — the lexicon-file loader: syev_extractor_new with
 * options.lexicon_path naming a temporary file that holds the fuzz bytes.
 *
 * Checks: the extractor is built, or refused with SYEV_ERR_LEXICON /
 * SYEV_ERR_JSON / SYEV_ERR_UTF8 / SYEV_ERR_PATTERN and a coherent error
 * record (no crash, no leak, no other status); a built extractor
 * then runs on a French text followed by the file's own words, so that the
 * loaded entries are matched too, and the result holds every invariant.
 */
#define _POSIX_C_SOURCE 200809L

#include <unistd.h>

#include "fuzz_doc.h"

#define MAX_INPUT ((size_t)1 << 16)

static const char base_text[] =
    "Moscou, 16 février (AFP) - La Russie et la Turquie ont annoncé mardi un cessez-le-feu "
    "à Alep, où les combats ont repris la veille.\n";

static char tmp_path[64];

static void S_remove_tmp(void)
{
    if (tmp_path[0])
        unlink(tmp_path);
}

/* The temporary file is made once per process and rewritten per input. */
static const char *S_tmp_file(void)
{
    if (!tmp_path[0]) {
        snprintf(tmp_path, sizeof tmp_path, "/tmp/syev-fuzz-lexicon-XXXXXX");
        int fd = mkstemp(tmp_path);
        fuzz_check(fd >= 0, "mkstemp failed");
        close(fd);
        atexit(S_remove_tmp);
    }
    return tmp_path;
}

static void S_write_file(const char *path, const uint8_t *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    fuzz_check(f != NULL, "cannot write %s", path);
    fuzz_check(fwrite(data, 1, size, f) == size && fclose(f) == 0, "short write to %s", path);
}

static void S_extract_with(const syev_extractor *ex, const uint8_t *data, size_t size)
{
    /* The file's words go into the text (made valid UTF-8), so that forms
     * the file declared appear and are matched. */
    char *words = fuzz_make_utf8(data, size);
    size_t len = sizeof base_text - 1 + size;
    char *text = malloc(len);
    if (!text)
        abort();
    memcpy(text, base_text, sizeof base_text - 1);
    memcpy(text + sizeof base_text - 1, words, size);
    free(words);
    syev_doc *doc = NULL;
    syev_error err;
    syev_status st = syev_extract(ex, text, len, "lexicon", "2016-12-27", &doc, &err);
    fuzz_check(st == SYEV_OK || st == SYEV_ERR_MATCH_LIMIT, "syev_extract: %d %s", (int)st,
               err.message);
    if (st == SYEV_OK)
        fuzz_check_doc(doc, text, len);
    else
        fuzz_check_failure(st, &err, doc);
    syev_doc_free(doc);
    free(text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > MAX_INPUT)
        return 0;
    const char *path = S_tmp_file();
    S_write_file(path, data, size);
    syev_options opts = SYEV_OPTIONS_INIT;
    opts.lexicon_path = path;
    syev_extractor *ex = NULL;
    syev_error err;
    syev_status st = syev_extractor_new(&opts, &ex, &err);
    if (st != SYEV_OK) {
        /* User forms are PCRE2 fragments (lib/lexicon.h): a bad one is a
         * malformed lexicon, which may be reported as a pattern error. */
        fuzz_check(st == SYEV_ERR_LEXICON || st == SYEV_ERR_JSON || st == SYEV_ERR_UTF8 ||
                       st == SYEV_ERR_PATTERN,
                   "lexicon refused with status %d: %s", (int)st, err.message);
        fuzz_check_failure(st, &err, ex);
        return 0;
    }
    S_extract_with(ex, data, size);
    syev_extractor_free(ex);
    return 0;
}
