/* test_hostile.c — hostile input: each case finishes within a bounded time
 * and ends in one exact outcome (an error code with its offset, or a result
 * checked by hand against SPEC.md).
 *
 * Time limits are in CPU seconds and generous for sanitizer builds;
 * SYEV_TEST_TIME_SCALE (a positive integer) multiplies them for slower runs.
 *
 * A case that fails because of a library bug reported and not fixed yet goes
 * under SYEV_TEST_KNOWN_BUGS (build with -DSYEV_TEST_KNOWN_BUGS to run it);
 * none is left.
 */
#define _POSIX_C_SOURCE 200809L

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "syriaevents.h"

#include "extractor_fixture.h"

/* ------------------------------------------------------------------ */
/* Helpers                                                             */
/* ------------------------------------------------------------------ */

/* CPU time of the process: the cases are single-threaded, and other jobs on
 * the machine must not make them fail. */
static double S_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double S_limit(double seconds)
{
    const char *scale = getenv("SYEV_TEST_TIME_SCALE");
    long k = scale ? strtol(scale, NULL, 10) : 1;
    return seconds * (double)(k > 0 ? k : 1);
}

#define assert_within(start, seconds)                                                   \
    do {                                                                                \
        double elapsed_ = S_now() - (start);                                            \
        if (elapsed_ > S_limit(seconds))                                                \
            fail_msg("took %.1f s, limit %.1f s", elapsed_, S_limit(seconds));          \
    } while (0)

/* `unit` repeated `times` times, NUL-terminated; *len is its length. */
static char *S_repeat(const char *unit, size_t times, size_t *len)
{
    size_t n = strlen(unit);
    char *s = malloc(n * times + 1);
    assert_non_null(s);
    for (size_t i = 0; i < times; i++)
        memcpy(s + i * n, unit, n);
    s[n * times] = '\0';
    *len = n * times;
    return s;
}

static syev_doc *S_extract_ok(const syev_extractor *x, const char *text, size_t len,
                              const char *dct)
{
    syev_doc *doc = NULL;
    syev_error err;
    syev_status st = syev_extract(x, text, len, "hostile", dct, &doc, &err);
    if (st != SYEV_OK)
        fail_msg("syev_extract: %s (%s)", syev_strerror(st), err.message);
    assert_non_null(doc);
    return doc;
}

static void S_assert_span(syev_span s, size_t begin, size_t end)
{
    assert_int_equal(s.begin, begin);
    assert_int_equal(s.end, end);
}

static bool S_span_is(const syev_doc *doc, syev_span s, const char *expected)
{
    size_t len = 0;
    const char *text = syev_doc_text(doc, &len);
    size_t n = strlen(expected);
    return s.end <= len && s.end - s.begin == n && memcmp(text + s.begin, expected, n) == 0;
}

/* Text that holds no date, no event and no punctuation: one sentence. */
static void S_assert_one_plain_sentence(const syev_doc *doc, size_t begin, size_t end)
{
    assert_int_equal(syev_doc_sentence_count(doc), 1);
    S_assert_span(syev_doc_sentence(doc, 0), begin, end);
    assert_int_equal(syev_doc_timex_count(doc), 0);
    assert_int_equal(syev_doc_mention_count(doc), 0);
    syev_dct_source src = SYEV_DCT_NONE;
    syev_doc_dct(doc, &src);
    assert_int_not_equal(src, SYEV_DCT_TEXT); /* no dateline in there */
}

/* ------------------------------------------------------------------ */
/* Invalid UTF-8: SYEV_ERR_UTF8 at the first bad byte                  */
/* ------------------------------------------------------------------ */

typedef struct utf8_case {
    const char *what;
    const char *bytes;
    size_t len;
    size_t bad; /* offset of the first bad byte; SIZE_MAX: valid */
} utf8_case;

#define CASE(what, lit, bad) {what, lit, sizeof lit - 1, bad}

static const utf8_case utf8_cases[] = {
    CASE("overlong 2-byte '/'", "ab\xC0\xAF", 2),
    CASE("overlong 2-byte U+007F", "ab\xC1\xBF", 2),
    CASE("overlong 3-byte '/'", "\xE0\x80\xAF", 0),
    CASE("overlong 3-byte U+07FF", "x\xE0\x9F\xBF", 1),
    CASE("overlong 4-byte '/'", "\xF0\x80\x80\xAF", 0),
    CASE("overlong 4-byte U+FFFF", "tr\xC3\xAAve \xF0\x8F\xBF\xBF", 7),
    CASE("high surrogate", "\xED\xA0\x80", 0),
    CASE("low surrogate", "abc\xED\xBF\xBF", 3),
    CASE("CESU-8 surrogate pair", "\xED\xA0\xBD\xED\xB8\x80", 0),
    CASE("above U+10FFFF", "\xF4\x90\x80\x80", 0),
    CASE("lead byte F5", "ok \xF5\x80\x80\x80", 3),
    CASE("5-byte form", "\xF8\x88\x80\x80\x80", 0),
    CASE("6-byte form", "\xFC\x84\x80\x80\x80\x80", 0),
    CASE("byte FE", "\xFE", 0),
    CASE("byte FF", "Alep\xFF", 4),
    CASE("truncated 2-byte at end", "tr\xC3\xAAve\xC3", 6),
    CASE("truncated 3-byte at end", "\xE2\x82", 0),
    CASE("truncated 4-byte at end", "mai \xF0\x9F\x98", 4),
    CASE("truncated 3-byte before ASCII", "\xE2\x82" "A", 0),
    CASE("truncated 2-byte before space", "\xC3 treve", 0),
    CASE("stray continuation 80", "\x80", 0),
    CASE("stray continuation BF", "ok\xBF", 2),
    CASE("continuation after a complete char", "\xC3\xA9\xA9", 2),
    CASE("NUL then bad byte", "a\0\x80", 2),
    CASE("valid U+0080", "\xC2\x80", SIZE_MAX),
    CASE("valid U+07FF", "\xDF\xBF", SIZE_MAX),
    CASE("valid U+0800", "\xE0\xA0\x80", SIZE_MAX),
    CASE("valid U+D7FF", "\xED\x9F\xBF", SIZE_MAX),
    CASE("valid U+E000", "\xEE\x80\x80", SIZE_MAX),
    CASE("valid U+FFFF", "\xEF\xBF\xBF", SIZE_MAX),
    CASE("valid U+10000", "\xF0\x90\x80\x80", SIZE_MAX),
    CASE("valid U+10FFFF", "\xF4\x8F\xBF\xBF", SIZE_MAX),
};

static void test_invalid_utf8_every_kind(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof utf8_cases / sizeof *utf8_cases; i++) {
        const utf8_case *c = &utf8_cases[i];
        syev_doc *doc = NULL;
        syev_error err;
        syev_status st = syev_extract(ex, c->bytes, c->len, NULL, NULL, &doc, &err);
        if (c->bad == SIZE_MAX) {
            if (st != SYEV_OK)
                fail_msg("%s: refused (%s)", c->what, err.message);
            syev_doc_free(doc);
            continue;
        }
        if (st != SYEV_ERR_UTF8 || err.code != SYEV_ERR_UTF8 || err.offset != c->bad)
            fail_msg("%s: status %d, err.code %d, offset %zu (expected UTF-8 error at %zu)",
                     c->what, (int)st, (int)err.code, err.offset, c->bad);
        assert_null(doc);
    }
}

/* A bad byte deep in a long valid document is found at its exact offset:
 * by the folding pass (340 KB), and by the check that runs before anything
 * is allocated for a document over 1 MiB (1.2 MB). */
static void test_invalid_utf8_late_in_a_long_text(void **state)
{
    (void)state;
    static const size_t repeats[] = {20000, 70000};
    for (size_t k = 0; k < sizeof repeats / sizeof *repeats; k++) {
        size_t len = 0;
        char *text = S_repeat("La tr\xC3\xAAve tient. ", repeats[k], &len); /* 17 bytes each */
        text[len - 5] = (char)0xC3; /* a lead byte followed by ASCII */
        syev_doc *doc = NULL;
        syev_error err;
        assert_int_equal(syev_extract(ex, text, len, NULL, NULL, &doc, &err), SYEV_ERR_UTF8);
        assert_int_equal(err.offset, len - 5);
        assert_null(doc);
        free(text);
    }
}

/* ------------------------------------------------------------------ */
/* NUL bytes, empty documents                                          */
/* ------------------------------------------------------------------ */

static void test_nul_bytes_in_the_middle(void **state)
{
    (void)state;
    static const char text[] = "Les combats\0 ont repris.\0 Tr\xC3\xAAve.";
    const size_t len = sizeof text - 1; /* 33 bytes, two NULs inside */
    syev_doc *doc = S_extract_ok(ex, text, len, NULL);
    size_t got = 0;
    const char *copy = syev_doc_text(doc, &got);
    assert_int_equal(got, len);
    assert_memory_equal(copy, text, len); /* NULs kept in the caller's text */
    /* A NUL reads as a space: "Les combats_ ont repris." | "Trêve." */
    assert_int_equal(syev_doc_sentence_count(doc), 2);
    S_assert_span(syev_doc_sentence(doc, 0), 0, 24);
    S_assert_span(syev_doc_sentence(doc, 1), 26, 33);
    syev_doc_free(doc);

    static const char only_nuls[] = "\0\0\0\0";
    doc = S_extract_ok(ex, only_nuls, sizeof only_nuls - 1, NULL);
    assert_int_equal(syev_doc_sentence_count(doc), 0);
    syev_doc_free(doc);
}

static void test_empty_document(void **state)
{
    (void)state;
    const char *inputs[] = {"", NULL};
    for (size_t i = 0; i < 2; i++) {
        syev_doc *doc = S_extract_ok(ex, inputs[i], 0, NULL);
        size_t len = 99;
        assert_non_null(syev_doc_text(doc, &len));
        assert_int_equal(len, 0);
        assert_int_equal(syev_doc_sentence_count(doc), 0);
        assert_int_equal(syev_doc_timex_count(doc), 0);
        assert_int_equal(syev_doc_mention_count(doc), 0);
        assert_null(syev_doc_dct(doc, NULL));
        syev_doc_free(doc);
    }
    /* Blank text: no sentence.  A caller DCT is still kept. */
    static const char blank[] = " \t\r\n\r\n  \n";
    syev_doc *doc = S_extract_ok(ex, blank, sizeof blank - 1, "2016-12-27");
    assert_int_equal(syev_doc_sentence_count(doc), 0);
    syev_dct_source src = SYEV_DCT_NONE;
    const syev_date *dct = syev_doc_dct(doc, &src);
    assert_non_null(dct);
    assert_int_equal(src, SYEV_DCT_CALLER);
    assert_string_equal(dct->value, "2016-12-27");
    syev_doc_free(doc);

    syev_error err;
    assert_int_equal(syev_extract(ex, NULL, 5, NULL, NULL, &doc, &err), SYEV_ERR_INVALID_ARG);
    assert_null(doc);
}

/* ------------------------------------------------------------------ */
/* Huge and repetitive documents                                       */
/* ------------------------------------------------------------------ */

/* 50 MB, no punctuation, no newline, no capital: one sentence, nothing else. */
static void test_50mb_without_punctuation(void **state)
{
    (void)state;
    static const char unit[] = "des habitants attendent sous une pluie et le vent "; /* 50 bytes */
    size_t len = 0;
    char *text = S_repeat(unit, 1000000, &len);
    assert_int_equal(len, 50000000);
    double t0 = S_now();
    syev_doc *doc = S_extract_ok(ex, text, len, "2016-12-27");
    assert_within(t0, 120);
    S_assert_one_plain_sentence(doc, 0, len - 1); /* trailing space trimmed */
    syev_doc_free(doc);
    free(text);
}

static void test_a_million_digits(void **state)
{
    (void)state;
    size_t len = 0;
    char *text = S_repeat("1234567890", 100000, &len);
    double t0 = S_now();
    syev_doc *doc = S_extract_ok(ex, text, len, NULL);
    assert_within(t0, 20);
    S_assert_one_plain_sentence(doc, 0, len);
    syev_doc_free(doc);
    free(text);
}

static void test_le_repeated_a_million_times(void **state)
{
    (void)state;
    size_t len = 0;
    char *text = S_repeat("le ", 1000000, &len);
    double t0 = S_now();
    syev_doc *doc = S_extract_ok(ex, text, len, "2016-12-27");
    assert_within(t0, 30);
    S_assert_one_plain_sentence(doc, 0, len - 1);
    syev_doc_free(doc);
    free(text);
}

/* Each "mardi" is a TIMEX.  2016-12-27 is a Tuesday, so whatever tense is
 * guessed (latest on or before, or next on or after), it is that day. */
static void test_mardi_repeated_a_million_times(void **state)
{
    (void)state;
    const size_t times = 1000000;
    size_t len = 0;
    char *text = S_repeat("mardi ", times, &len);
    double t0 = S_now();
    syev_doc *doc = S_extract_ok(ex, text, len, "2016-12-27");
    assert_within(t0, 60);
    assert_int_equal(syev_doc_sentence_count(doc), 1);
    assert_int_equal(syev_doc_mention_count(doc), 0);
    assert_int_equal(syev_doc_timex_count(doc), times);
    for (size_t i = 0; i < times; i++) {
        const syev_timex *t = syev_doc_timex(doc, i);
        if (t->span.begin != 6 * i || t->span.end != 6 * i + 5 ||
            strcmp(t->date.value, "2016-12-27") != 0 || strcmp(t->date.begin, "2016-12-27") != 0 ||
            strcmp(t->date.end, "2016-12-27") != 0)
            fail_msg("timex %zu: [%zu, %zu) %s", i, t->span.begin, t->span.end, t->date.value);
    }
    syev_doc_free(doc);
    free(text);
}

/* Text in another script with digits of that script: the anchor scan of
 * the time expressions leaves ASCII there, and once read to the end of the
 * document at every such digit (quadratic: a 400 KB text took 50 G
 * instructions).  Here 1.6 MB of it must take about as long as any text. */
static void test_arabic_digits_in_a_long_text(void **state)
{
    (void)state;
    /* "discute le 12 mars 2016 avec l'opposition", in Arabic with Arabic-Indic digits */
    static const char unit[] = "\xD8\xAA\xD9\x86\xD8\xA7\xD9\x82\xD8\xB4 \xD9\xA1\xD9\xA2 "
                               "\xD9\x85\xD8\xA7\xD8\xB1\xD8\xB3 \xD9\xA2\xD9\xA0\xD9\xA1\xD9\xA6 "
                               "\xD9\x85\xD8\xB9 \xD8\xA7\xD9\x84\xD9\x85\xD8\xB9\xD8\xA7\xD8\xB1"
                               "\xD8\xB6\xD8\xA9 ";
    size_t len = 0;
    char *text = S_repeat(unit, 30000, &len);
    double t0 = S_now();
    syev_doc *doc = S_extract_ok(ex, text, len, "2016-12-27");
    assert_within(t0, 30);
    assert_int_equal(syev_doc_mention_count(doc), 0); /* no French trigger */
    syev_doc_free(doc);
    free(text);
}

/* One sentence, one type, one date: a million triggers are one mention
 * (SPEC.md section 2, "one mention per (sentence, type, date)"). */
static void test_combats_repeated_a_million_times(void **state)
{
    (void)state;
    size_t len = 0;
    char *text = S_repeat("combats ", 1000000, &len);
    double t0 = S_now();
    syev_doc *doc = S_extract_ok(ex, text, len, "2016-12-27");
    assert_within(t0, 60);
    assert_int_equal(syev_doc_sentence_count(doc), 1);
    assert_int_equal(syev_doc_mention_count(doc), 1);
    assert_int_equal(syev_doc_mention(doc, 0)->type, SYEV_EVENT_BATTLE);
    syev_doc_free(doc);
    free(text);
}

/* One sentence without punctuation where triggers and dates alternate:
 * every trigger used to look back for a comma from every date before it
 * (20,000 repetitions took minutes). */
static void test_dated_triggers_in_one_long_sentence(void **state)
{
    (void)state;
    size_t len = 0;
    char *text = S_repeat("des raids ont frapp\xC3\xA9 la ville le 3 mars puis ", 20000, &len);
    double t0 = S_now();
    syev_doc *doc = S_extract_ok(ex, text, len, "2017-03-05");
    assert_within(t0, 20);
    assert_int_equal(syev_doc_sentence_count(doc), 1);
    assert_true(syev_doc_mention_count(doc) >= 1);
    syev_doc_free(doc);
    free(text);
}

/* ------------------------------------------------------------------ */
/* Deep quotes and parentheses                                         */
/* ------------------------------------------------------------------ */

static void S_assert_plain_repetition(const char *unit, size_t times)
{
    size_t len = 0;
    char *text = S_repeat(unit, times, &len);
    double t0 = S_now();
    syev_doc *doc = S_extract_ok(ex, text, len, "2016-12-27");
    assert_within(t0, 20);
    S_assert_one_plain_sentence(doc, 0, len);
    syev_doc_free(doc);
    free(text);
}

static void test_deep_quotes_and_parentheses(void **state)
{
    (void)state;
    S_assert_plain_repetition("(", 200000);
    S_assert_plain_repetition(")", 200000);
    S_assert_plain_repetition("\"", 200000);
    S_assert_plain_repetition("'", 200000);
    S_assert_plain_repetition("\xC2\xAB", 100000);           /* « */
    S_assert_plain_repetition("\xE2\x80\x9C\xE2\x80\x9D", 50000); /* “” */
    S_assert_plain_repetition("([\"\xC2\xAB", 50000);
}

/* A real sentence buried in 50 000 levels of brackets is still read. */
static void test_sentence_inside_deep_brackets(void **state)
{
    (void)state;
    static const char core[] = "\xC2\xAB Les combats ont repris le 3 mai 2016. \xC2\xBB";
    const size_t depth = 50000;
    size_t len = 2 * depth + sizeof core - 1;
    char *text = malloc(len);
    assert_non_null(text);
    memset(text, '(', depth);
    memcpy(text + depth, core, sizeof core - 1);
    memset(text + depth + sizeof core - 1, ')', depth);
    double t0 = S_now();
    syev_doc *doc = S_extract_ok(ex, text, len, NULL);
    assert_within(t0, 20);
    assert_int_equal(syev_doc_timex_count(doc), 1);
    const syev_timex *t = syev_doc_timex(doc, 0);
    assert_string_equal(t->date.value, "2016-05-03");
    assert_int_equal(t->span.end, depth + 2 + strlen(" Les combats ont repris le 3 mai 2016"));
    assert_int_equal(syev_doc_mention_count(doc), 1);
    const syev_mention *m = syev_doc_mention(doc, 0);
    assert_int_equal(m->type, SYEV_EVENT_BATTLE);
    assert_true(S_span_is(doc, m->trigger, "combats"));
    assert_string_equal(m->date.value, "2016-05-03");
    syev_doc_free(doc);
    free(text);
}

/* ------------------------------------------------------------------ */
/* BOM and CRLF                                                        */
/* ------------------------------------------------------------------ */

/* After a BOM the text is read as usual, spans counting the BOM's 3 bytes. */
static void test_bom_then_text(void **state)
{
    (void)state;
    static const char text[] = "\xEF\xBB\xBF" "Le cessez-le-feu est entr\xC3\xA9 en vigueur le 30 "
                               "d\xC3\xA9" "cembre 2016.";
    syev_doc *doc = S_extract_ok(ex, text, sizeof text - 1, NULL);
    assert_int_equal(syev_doc_timex_count(doc), 1);
    const syev_timex *t = syev_doc_timex(doc, 0);
    assert_string_equal(t->date.value, "2016-12-30");
    assert_int_equal(t->span.end, sizeof text - 2); /* up to "2016", before the '.' */
    assert_int_equal(syev_doc_mention_count(doc), 1);
    const syev_mention *m = syev_doc_mention(doc, 0);
    assert_int_equal(m->type, SYEV_EVENT_CEASEFIRE);
    S_assert_span(m->trigger, 6, 19); /* "cessez-le-feu" after BOM + "Le " */
    assert_string_equal(m->date.value, "2016-12-30");
    syev_doc_free(doc);
}

/* A BOM before a dateline: the DCT is still found there. */
static void test_bom_before_dateline(void **state)
{
    (void)state;
    static const char text[] = "\xEF\xBB\xBF" "03/05/16 \xC3\xA0 15:13\n"
                               "Les combats ont repris hier \xC3\xA0 Alep.";
    syev_doc *doc = S_extract_ok(ex, text, sizeof text - 1, NULL);
    syev_dct_source src = SYEV_DCT_NONE;
    const syev_date *dct = syev_doc_dct(doc, &src);
    assert_non_null(dct);
    assert_int_equal(src, SYEV_DCT_TEXT);
    assert_string_equal(dct->value, "2016-05-03");
    syev_doc_free(doc);
}

/* The BOM is not text: no sentence starts with it. */
static void test_bom_is_not_in_the_first_sentence(void **state)
{
    (void)state;
    static const char text[] = "\xEF\xBB\xBF" "Le cessez-le-feu est entr\xC3\xA9 en vigueur.";
    syev_doc *doc = S_extract_ok(ex, text, sizeof text - 1, "2016-12-30");
    assert_int_equal(syev_doc_sentence_count(doc), 1);
    S_assert_span(syev_doc_sentence(doc, 0), 3, sizeof text - 1);
    syev_doc_free(doc);
}

static void test_crlf_line_ends(void **state)
{
    (void)state;
    static const char text[] = "Titre\r\n"
                               "Le cessez-le-feu a \xC3\xA9t\xC3\xA9 viol\xC3\xA9 dimanche.\r\n"
                               "\r\n"
                               "Les combats continuent.\r\n";
    static const char s2[] = "Le cessez-le-feu a \xC3\xA9t\xC3\xA9 viol\xC3\xA9 dimanche.";
    static const char s3[] = "Les combats continuent.";
    syev_doc *doc = S_extract_ok(ex, text, sizeof text - 1, "2016-12-27");
    assert_int_equal(syev_doc_sentence_count(doc), 3);
    S_assert_span(syev_doc_sentence(doc, 0), 0, 5);
    size_t b2 = 7, b3 = 7 + sizeof s2 - 1 + 4;
    S_assert_span(syev_doc_sentence(doc, 1), b2, b2 + sizeof s2 - 1);
    S_assert_span(syev_doc_sentence(doc, 2), b3, b3 + sizeof s3 - 1);
    for (size_t i = 0; i < syev_doc_timex_count(doc); i++) {
        syev_span s = syev_doc_timex(doc, i)->span;
        assert_null(memchr(text + s.begin, '\r', s.end - s.begin));
    }
    syev_doc_free(doc);
}

/* ------------------------------------------------------------------ */
/* Limits                                                              */
/* ------------------------------------------------------------------ */

static const char dated_text[] =
    "Le cessez-le-feu est entr\xC3\xA9 en vigueur le 30 d\xC3\xA9" "cembre 2016 \xC3\xA0 minuit. "
    "Les pourparlers doivent reprendre le 23 janvier 2017 \xC3\xA0 Astana.";

/* match_limit = 1: the document fails with SYEV_ERR_MATCH_LIMIT, the
 * extractor stays usable, and the next document (default limits) works. */
static void test_tiny_match_limit(void **state)
{
    (void)state;
    syev_options opts = SYEV_OPTIONS_INIT;
    opts.match_limit = 1;
    syev_extractor *tiny = NULL;
    syev_error err;
    assert_int_equal(syev_extractor_new(&opts, &tiny, &err), SYEV_OK);
    syev_doc *doc = NULL;
    for (int round = 0; round < 2; round++) {
        assert_int_equal(syev_extract(tiny, dated_text, sizeof dated_text - 1, "d", "2016-12-31",
                                      &doc, &err),
                         SYEV_ERR_MATCH_LIMIT);
        assert_int_equal(err.code, SYEV_ERR_MATCH_LIMIT);
        assert_null(doc);
    }
    syev_extractor_free(tiny);

    doc = S_extract_ok(ex, dated_text, sizeof dated_text - 1, "2016-12-31");
    assert_int_equal(syev_doc_timex_count(doc), 2);
    assert_string_equal(syev_doc_timex(doc, 0)->date.value, "2016-12-30");
    assert_string_equal(syev_doc_timex(doc, 1)->date.value, "2017-01-23");
    syev_doc_free(doc);
}

static void test_document_size_limit(void **state)
{
    (void)state;
    syev_options opts = SYEV_OPTIONS_INIT;
    opts.max_document_bytes = 16;
    syev_extractor *small = NULL;
    syev_error err;
    assert_int_equal(syev_extractor_new(&opts, &small, &err), SYEV_OK);
    syev_doc *doc = NULL;
    assert_int_equal(syev_extract(small, "Les combats ont repris.", 23, NULL, NULL, &doc, &err),
                     SYEV_ERR_TOO_LARGE);
    assert_int_equal(err.code, SYEV_ERR_TOO_LARGE);
    assert_null(doc);
    assert_int_equal(syev_extract(small, "Combats, hier.", 14, NULL, NULL, &doc, &err), SYEV_OK);
    syev_doc_free(doc);
    syev_extractor_free(small);
}

/* A refused document leaves no trace: the next one gives the same result
 * as on a fresh extractor. */
static void test_batch_goes_on_after_a_refusal(void **state)
{
    (void)state;
    syev_doc *doc = NULL;
    syev_error err;
    assert_int_equal(syev_extract(ex, "ab\xC0\xAF", 4, NULL, NULL, &doc, &err), SYEV_ERR_UTF8);
    assert_int_equal(syev_extract(ex, "x", 1, NULL, "2016-02-30", &doc, &err), SYEV_ERR_DATE);
    syev_doc *after = S_extract_ok(ex, dated_text, sizeof dated_text - 1, "2016-12-31");
    syev_extractor *fresh = NULL;
    assert_int_equal(syev_extractor_new(NULL, &fresh, &err), SYEV_OK);
    syev_doc *ref = S_extract_ok(fresh, dated_text, sizeof dated_text - 1, "2016-12-31");
    assert_int_equal(syev_doc_sentence_count(after), syev_doc_sentence_count(ref));
    assert_int_equal(syev_doc_timex_count(after), syev_doc_timex_count(ref));
    assert_int_equal(syev_doc_mention_count(after), syev_doc_mention_count(ref));
    syev_doc_free(ref);
    syev_doc_free(after);
    syev_extractor_free(fresh);
}

/* ------------------------------------------------------------------ */
/* The JSON Lines reading path (syev_timeline_add_json)                */
/* ------------------------------------------------------------------ */

static const char empty_line[] = "{\"id\":\"e\",\"dct\":null,\"mentions\":[],\"timexes\":[]}";

static syev_status S_add_line(const char *line, size_t len, syev_error *err)
{
    syev_timeline *tl = NULL;
    assert_int_equal(syev_timeline_new(0, NULL, &tl, err), SYEV_OK);
    syev_status st = syev_timeline_add_json(tl, line, len, err);
    syev_timeline_free(tl);
    return st;
}

/* The line is read up to `len` only: no NUL, no newline needed after it,
 * and a CRLF file's trailing '\r' is accepted. */
static void test_jsonl_line_ends(void **state)
{
    (void)state;
    syev_error err;
    size_t n = sizeof empty_line - 1;
    char *buf = malloc(n + 8);
    assert_non_null(buf);
    memcpy(buf, empty_line, n);
    memcpy(buf + n, "garbage", 7); /* not part of the line */
    assert_int_equal(S_add_line(buf, n, &err), SYEV_OK);
    buf[n] = '\r';
    assert_int_equal(S_add_line(buf, n + 1, &err), SYEV_OK);
    free(buf);
    assert_int_equal(S_add_line(empty_line, n - 1, &err), SYEV_ERR_JSON); /* cut short */
    assert_int_equal(err.code, SYEV_ERR_JSON);
}

/* Two documents on one line (a lost newline) or junk after the object: the
 * line is not one JSON value, so it is refused instead of half read. */
static void test_jsonl_trailing_bytes_refused(void **state)
{
    (void)state;
    syev_error err;
    char two[2 * sizeof empty_line];
    snprintf(two, sizeof two, "%s%s", empty_line, empty_line);
    assert_int_equal(S_add_line(two, strlen(two), &err), SYEV_ERR_JSON);
    assert_int_equal(err.code, SYEV_ERR_JSON);
    assert_int_equal(err.offset, sizeof empty_line - 1); /* where the second object starts */
    assert_non_null(strstr(err.message, "after its JSON object"));
    static const char junk[] = "{\"id\":\"e\",\"dct\":null,\"mentions\":[],\"timexes\":[]} xyz";
    assert_int_equal(S_add_line(junk, sizeof junk - 1, &err), SYEV_ERR_JSON);
    assert_int_equal(err.offset, sizeof empty_line); /* the 'x', after one space */
    static const char nul[] = "{\"id\":\"e\",\"dct\":null,\"mentions\":[],\"timexes\":[]}\0";
    assert_int_equal(S_add_line(nul, sizeof nul - 1, &err), SYEV_ERR_JSON); /* a NUL is a byte too */
    assert_int_equal(err.offset, sizeof empty_line - 1);
    static const char newline[] = "{\"id\":\"e\",\"dct\":null,\"mentions\":[],\"timexes\":[]}\n";
    assert_int_equal(S_add_line(newline, sizeof newline - 1, &err), SYEV_ERR_JSON); /* lines come split */
    static const char spaces[] = "{\"id\":\"e\",\"dct\":null,\"mentions\":[],\"timexes\":[]} \t \r";
    assert_int_equal(S_add_line(spaces, sizeof spaces - 1, &err), SYEV_OK);
}

/* A 100 MB line: read or refused within seconds. */
static void test_jsonl_line_of_100mb(void **state)
{
    (void)state;
    const size_t pad = (size_t)100 << 20;
    static const char head[] = "{\"id\":\"big\",\"dct\":null,\"mentions\":[],\"timexes\":[],\"pad\":\"";
    size_t len = sizeof head - 1 + pad + 2;
    char *line = malloc(len);
    assert_non_null(line);
    memcpy(line, head, sizeof head - 1);
    memset(line + sizeof head - 1, 'x', pad);
    memcpy(line + len - 2, "\"}", 2);
    syev_error err;
    double t0 = S_now();
    assert_int_equal(S_add_line(line, len, &err), SYEV_OK); /* unknown fields are allowed */
    line[len - 1] = ' ';                                    /* object never closed */
    assert_int_equal(S_add_line(line, len, &err), SYEV_ERR_JSON);
    memset(line, '[', len); /* 100 MB of nesting */
    assert_int_equal(S_add_line(line, len, &err), SYEV_ERR_JSON);
    assert_within(t0, 60);
    free(line);
}

/* ------------------------------------------------------------------ */

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_invalid_utf8_every_kind),
        cmocka_unit_test(test_invalid_utf8_late_in_a_long_text),
        cmocka_unit_test(test_nul_bytes_in_the_middle),
        cmocka_unit_test(test_empty_document),
        cmocka_unit_test(test_50mb_without_punctuation),
        cmocka_unit_test(test_a_million_digits),
        cmocka_unit_test(test_le_repeated_a_million_times),
        cmocka_unit_test(test_mardi_repeated_a_million_times),
        cmocka_unit_test(test_combats_repeated_a_million_times),
        cmocka_unit_test(test_dated_triggers_in_one_long_sentence),
        cmocka_unit_test(test_arabic_digits_in_a_long_text),
        cmocka_unit_test(test_deep_quotes_and_parentheses),
        cmocka_unit_test(test_sentence_inside_deep_brackets),
        cmocka_unit_test(test_bom_before_dateline),
        cmocka_unit_test(test_bom_is_not_in_the_first_sentence),
        cmocka_unit_test(test_bom_then_text),
        cmocka_unit_test(test_crlf_line_ends),
        cmocka_unit_test(test_tiny_match_limit),
        cmocka_unit_test(test_document_size_limit),
        cmocka_unit_test(test_batch_goes_on_after_a_refusal),
        cmocka_unit_test(test_jsonl_line_ends),
        cmocka_unit_test(test_jsonl_trailing_bytes_refused),
        cmocka_unit_test(test_jsonl_line_of_100mb),
    };
    /* SYEV_TEST_FILTER=test_crlf* runs only the matching cases. */
    if (getenv("SYEV_TEST_FILTER"))
        cmocka_set_test_filter(getenv("SYEV_TEST_FILTER"));
    return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
