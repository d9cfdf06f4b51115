/* fuzz_common.h — helpers shared by the fuzz harnesses (header-only).
 *
 * Each harness defines LLVMFuzzerTestOneInput().  Built with libFuzzer
 * (SYEV_LIBFUZZER=ON) it is driven by the fuzzer; otherwise fuzz_main.c gives
 * it a plain main() that replays files, so every harness also runs under CTest.
 *
 * A harness checks invariants itself and calls fuzz_fail() (abort) when one
 * breaks, so that both libFuzzer and the replay driver report it.
 */
#ifndef SYEV_FUZZ_COMMON_H
#define SYEV_FUZZ_COMMON_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "syriaevents.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The harnesses include this header once each; unused helpers are fine. */
#if defined(__GNUC__)
#define FUZZ_UNUSED __attribute__((unused))
#else
#define FUZZ_UNUSED
#endif

#define fuzz_check(cond, ...)                                                   \
    do {                                                                        \
        if (!(cond))                                                            \
            fuzz_fail(__FILE__, __LINE__, #cond, __VA_ARGS__);                  \
    } while (0)

#if defined(__GNUC__)
__attribute__((noreturn, format(printf, 4, 5)))
#endif
FUZZ_UNUSED static void fuzz_fail(const char *file, int line, const char *cond, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "%s:%d: invariant broken: %s\n  ", file, line, cond);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    abort();
}

/* ------------------------------------------------------------------ */
/* A reference UTF-8 validator, written apart from lib/text.c so that   */
/* the library's answer can be checked against an independent one      */
/* (Unicode 15, table 3-7: well-formed byte sequences).                 */
/* ------------------------------------------------------------------ */

/* Length of the well-formed sequence at s, 0 when ill-formed. */
FUZZ_UNUSED static size_t fuzz_utf8_seq(const unsigned char *s, size_t avail)
{
    static const struct {
        unsigned char lead_lo, lead_hi, second_lo, second_hi, len;
    } rows[] = {
        {0x00, 0x7F, 0x00, 0x00, 1}, {0xC2, 0xDF, 0x80, 0xBF, 2}, {0xE0, 0xE0, 0xA0, 0xBF, 3},
        {0xE1, 0xEC, 0x80, 0xBF, 3}, {0xED, 0xED, 0x80, 0x9F, 3}, {0xEE, 0xEF, 0x80, 0xBF, 3},
        {0xF0, 0xF0, 0x90, 0xBF, 4}, {0xF1, 0xF3, 0x80, 0xBF, 4}, {0xF4, 0xF4, 0x80, 0x8F, 4},
    };
    for (size_t r = 0; r < sizeof rows / sizeof *rows; r++) {
        if (s[0] < rows[r].lead_lo || s[0] > rows[r].lead_hi)
            continue;
        size_t n = rows[r].len;
        if (n == 1)
            return 1;
        if (avail < n || s[1] < rows[r].second_lo || s[1] > rows[r].second_hi)
            return 0;
        for (size_t k = 2; k < n; k++)
            if (s[k] < 0x80 || s[k] > 0xBF)
                return 0;
        return n;
    }
    return 0;
}

/* Offset of the first ill-formed byte, or SIZE_MAX when `s` is valid. */
FUZZ_UNUSED static size_t fuzz_utf8_first_bad(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        size_t n = fuzz_utf8_seq(u + i, len - i);
        if (!n)
            return i;
        i += n;
    }
    return SIZE_MAX;
}

/* Copy of `data` where every ill-formed byte became '?' (caller frees). */
FUZZ_UNUSED static char *fuzz_make_utf8(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);
    if (!s)
        abort();
    size_t i = 0;
    while (i < size) {
        size_t n = fuzz_utf8_seq(data + i, size - i);
        if (!n) {
            s[i++] = '?';
            continue;
        }
        memcpy(s + i, data + i, n);
        i += n;
    }
    s[size] = '\0';
    return s;
}

/* ------------------------------------------------------------------ */
/* Status checks                                                        */
/* ------------------------------------------------------------------ */

/* A stage not written yet answers "not implemented"; that is not a finding
 * while the library is being built. */
FUZZ_UNUSED static bool fuzz_unimplemented(syev_status st, const syev_error *err)
{
    return st == SYEV_ERR_INVALID_ARG && strstr(err->message, "not implemented") != NULL;
}

/* A failed call must leave a coherent error record and no output. */
FUZZ_UNUSED static void fuzz_check_failure(syev_status st, const syev_error *err,
                                           const void *out)
{
    fuzz_check(st < 0, "status %d", (int)st);
    fuzz_check(err->code == st, "err.code %d != status %d", (int)err->code, (int)st);
    fuzz_check(memchr(err->message, '\0', sizeof err->message) != NULL, "message not terminated");
    fuzz_check(err->message[0] != '\0', "empty message for status %d", (int)st);
    fuzz_check(out == NULL, "output set although status %d", (int)st);
}

/* A JSON text the library wrote: valid UTF-8 and one complete value. */
FUZZ_UNUSED static cJSON *fuzz_parse_json(const char *json)
{
    fuzz_check(json != NULL, "no JSON");
    size_t n = strlen(json);
    size_t bad = fuzz_utf8_first_bad(json, n);
    fuzz_check(bad == SIZE_MAX, "invalid UTF-8 at byte %zu of the JSON output", bad);
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithOpts(json, &end, 1);
    fuzz_check(root != NULL, "cJSON cannot parse our output near byte %td: %.80s",
               end ? end - json : (ptrdiff_t)-1, end ? end : "");
    return root;
}

#endif /* SYEV_FUZZ_COMMON_H */
