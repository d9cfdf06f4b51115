/* test_api.c — public API basics: versions, status texts, NULL safety,
 * options validation, error records, and syev_date_parse.  Only the public
 * header is used; expected values come from include/syriaevents.h and
 * SPEC.md section 1 (DCT forms). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "syriaevents.h"

/* ------------------------------------------------------------------ */
/* Versions                                                            */
/* ------------------------------------------------------------------ */

static void test_version_macros_match_the_runtime(void **state)
{
    (void)state;
    char from_macros[32];
    snprintf(from_macros, sizeof from_macros, "%d.%d.%d", SYEV_VERSION_MAJOR, SYEV_VERSION_MINOR,
             SYEV_VERSION_PATCH);
    assert_string_equal(from_macros, SYEV_VERSION_STRING);
    assert_string_equal(syev_version_string(), SYEV_VERSION_STRING);
    assert_int_equal(syev_version(), SYEV_VERSION);
    assert_int_equal(syev_version(), ((unsigned)SYEV_VERSION_MAJOR << 16) |
                                         ((unsigned)SYEV_VERSION_MINOR << 8) |
                                         (unsigned)SYEV_VERSION_PATCH);
}

/* ------------------------------------------------------------------ */
/* Status texts and names                                              */
/* ------------------------------------------------------------------ */

static void test_every_status_has_its_own_text(void **state)
{
    (void)state;
    const char *seen[12];
    size_t n = 0;
    for (int code = SYEV_OK; code >= SYEV_ERR_TOO_LARGE; code--) {
        const char *s = syev_strerror((syev_status)code);
        assert_non_null(s);
        assert_true(strlen(s) > 0);
        for (size_t i = 0; i < n; i++)
            assert_string_not_equal(s, seen[i]);
        seen[n++] = s;
    }
    assert_string_equal(syev_strerror(SYEV_OK), "success");
    assert_string_equal(syev_strerror((syev_status)-999), "unknown error");
}

static void test_names(void **state)
{
    (void)state;
    assert_null(syev_mod_name(SYEV_MOD_NONE));
    assert_string_equal(syev_mod_name(SYEV_MOD_START), "START");
    assert_string_equal(syev_mod_name(SYEV_MOD_MID), "MID");
    assert_string_equal(syev_mod_name(SYEV_MOD_END), "END");
    assert_string_equal(syev_mod_name(SYEV_MOD_BEFORE), "BEFORE");
    assert_string_equal(syev_mod_name(SYEV_MOD_AFTER), "AFTER");
    assert_string_equal(syev_granularity_name(SYEV_GRAN_DAY), "day");
    assert_string_equal(syev_granularity_name(SYEV_GRAN_WEEK), "week");
    assert_string_equal(syev_granularity_name(SYEV_GRAN_MONTH), "month");
    assert_string_equal(syev_granularity_name(SYEV_GRAN_SEASON), "season");
    assert_string_equal(syev_granularity_name(SYEV_GRAN_YEAR), "year");
    assert_string_equal(syev_granularity_name(SYEV_GRAN_INTERVAL), "interval");
    assert_string_equal(syev_anchor_name(SYEV_ANCHOR_EXPLICIT), "explicit");
    assert_string_equal(syev_anchor_name(SYEV_ANCHOR_RELATIVE), "relative");
    assert_string_equal(syev_anchor_name(SYEV_ANCHOR_INHERITED), "inherited");
    assert_string_equal(syev_anchor_name(SYEV_ANCHOR_DCT), "dct");
    assert_string_equal(syev_anchor_name(SYEV_ANCHOR_NONE), "none");
    assert_string_equal(syev_event_type_name(SYEV_EVENT_CEASEFIRE), "ceasefire");
    assert_string_equal(syev_event_type_name(SYEV_EVENT_TALKS), "talks");
    assert_string_equal(syev_event_type_name(SYEV_EVENT_BATTLE), "battle");
    assert_string_equal(syev_factuality_name(SYEV_FACT_ASSERTED), "asserted");
    assert_string_equal(syev_factuality_name(SYEV_FACT_ALLEGED), "alleged");
    assert_string_equal(syev_factuality_name(SYEV_FACT_PLANNED), "planned");
    assert_string_equal(syev_factuality_name(SYEV_FACT_POSSIBLE), "possible");
    assert_string_equal(syev_factuality_name(SYEV_FACT_NEGATED), "negated");
}

/* ------------------------------------------------------------------ */
/* NULL safety                                                         */
/* ------------------------------------------------------------------ */

static void test_free_functions_accept_null(void **state)
{
    (void)state;
    syev_free(NULL);
    syev_extractor_free(NULL);
    syev_doc_free(NULL);
    syev_timeline_free(NULL);
}

static void test_accessors_accept_null(void **state)
{
    (void)state;
    syev_dct_source src = SYEV_DCT_TEXT;
    size_t len = 99;
    assert_null(syev_doc_dct(NULL, &src));
    assert_int_equal(src, SYEV_DCT_NONE);
    assert_null(syev_doc_dct(NULL, NULL));
    assert_null(syev_doc_text(NULL, &len));
    assert_int_equal(len, 0);
    assert_int_equal(syev_doc_sentence_count(NULL), 0);
    syev_span s = syev_doc_sentence(NULL, 0);
    assert_int_equal(s.begin, 0);
    assert_int_equal(s.end, 0);
    assert_int_equal(syev_doc_timex_count(NULL), 0);
    assert_null(syev_doc_timex(NULL, 0));
    assert_int_equal(syev_doc_mention_count(NULL), 0);
    assert_null(syev_doc_mention(NULL, 0));
}

static void test_null_arguments_are_refused(void **state)
{
    (void)state;
    syev_error err;
    syev_extractor *ex = NULL;
    assert_int_equal(syev_extractor_new(NULL, NULL, &err), SYEV_ERR_INVALID_ARG);
    assert_int_equal(err.code, SYEV_ERR_INVALID_ARG);
    assert_true(strlen(err.message) > 0);
    assert_int_equal(syev_extractor_new(NULL, &ex, NULL), SYEV_OK);

    static char sentinel;
    syev_doc *doc = (syev_doc *)(void *)&sentinel; /* must be reset to NULL */
    assert_int_equal(syev_extract(NULL, "a", 1, NULL, NULL, &doc, &err), SYEV_ERR_INVALID_ARG);
    assert_null(doc);
    assert_int_equal(syev_extract(ex, NULL, 5, NULL, NULL, &doc, &err), SYEV_ERR_INVALID_ARG);
    assert_null(doc);
    assert_int_equal(syev_extract(ex, "a", 1, NULL, NULL, NULL, &err), SYEV_ERR_INVALID_ARG);
    assert_int_equal(syev_date_parse(NULL, NULL, NULL), SYEV_ERR_INVALID_ARG);
    syev_extractor_free(ex);
}

/* ------------------------------------------------------------------ */
/* Options                                                             */
/* ------------------------------------------------------------------ */

static void test_options_are_validated(void **state)
{
    (void)state;
    syev_error err;
    syev_extractor *ex = NULL;
    syev_options opts = SYEV_OPTIONS_INIT;
    assert_int_equal(opts.version, SYEV_OPTIONS_VERSION);

    opts.version = SYEV_OPTIONS_VERSION + 1;
    assert_int_equal(syev_extractor_new(&opts, &ex, &err), SYEV_ERR_INVALID_OPTS);
    assert_int_equal(err.code, SYEV_ERR_INVALID_OPTS);
    assert_null(ex);

    opts.version = SYEV_OPTIONS_VERSION;
    opts.flags = 0x80u; /* reserved: must be 0 */
    assert_int_equal(syev_extractor_new(&opts, &ex, &err), SYEV_ERR_INVALID_OPTS);
    assert_null(ex);

    opts.flags = 0;
    assert_int_equal(syev_extractor_new(&opts, &ex, &err), SYEV_OK);
    assert_non_null(ex);
    syev_extractor_free(ex);
}

static void test_document_size_limit(void **state)
{
    (void)state;
    syev_error err;
    syev_extractor *ex = NULL;
    syev_options opts = SYEV_OPTIONS_INIT;
    opts.max_document_bytes = 16;
    assert_int_equal(syev_extractor_new(&opts, &ex, &err), SYEV_OK);
    syev_doc *doc = NULL;
    const char *text = "La trêve tient depuis hier.";
    assert_int_equal(syev_extract(ex, text, strlen(text), NULL, NULL, &doc, &err),
                     SYEV_ERR_TOO_LARGE);
    assert_int_equal(err.code, SYEV_ERR_TOO_LARGE);
    assert_null(doc);
    assert_int_equal(syev_extract(ex, text, 16, NULL, NULL, &doc, &err), SYEV_OK);
    syev_doc_free(doc);
    syev_extractor_free(ex);
}

/* ------------------------------------------------------------------ */
/* Documents: errors and basics                                        */
/* ------------------------------------------------------------------ */

static int S_setup(void **state)
{
    syev_extractor *ex = NULL;
    if (syev_extractor_new(NULL, &ex, NULL) != SYEV_OK)
        return -1;
    *state = ex;
    return 0;
}

static int S_teardown(void **state)
{
    syev_extractor_free(*state);
    return 0;
}

static void test_invalid_utf8_gives_the_offset(void **state)
{
    const syev_extractor *ex = *state;
    syev_error err;
    syev_doc *doc = NULL;
    const char text[] = "Les combats ont repris \xC3\x28 mardi.";
    assert_int_equal(syev_extract(ex, text, sizeof text - 1, "u", NULL, &doc, &err),
                     SYEV_ERR_UTF8);
    assert_int_equal(err.code, SYEV_ERR_UTF8);
    assert_int_equal(err.offset, 23);
    assert_null(doc);
    /* err may always be NULL */
    assert_int_equal(syev_extract(ex, text, sizeof text - 1, "u", NULL, &doc, NULL),
                     SYEV_ERR_UTF8);
}

static void test_bad_dct_is_refused(void **state)
{
    const syev_extractor *ex = *state;
    syev_error err;
    syev_doc *doc = NULL;
    assert_int_equal(syev_extract(ex, "Hier.", 5, NULL, "2016-02-30", &doc, &err), SYEV_ERR_DATE);
    assert_int_equal(err.code, SYEV_ERR_DATE);
    assert_null(doc);
}

/* A DCT given by the caller, in each of its forms, is the document's DCT
 * exactly as syev_date_parse reads it; a malformed one is refused as
 * syev_date_parse refuses it. */
static void test_caller_dct_forms(void **state)
{
    const syev_extractor *ex = *state;
    static const char *const forms[] = {"2016-05-03", "2016-02", "1900-02", "2016", "2016-12-31"};
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
        syev_error err;
        syev_date want;
        assert_int_equal(syev_date_parse(forms[i], &want, &err), SYEV_OK);
        syev_doc *doc = NULL;
        assert_int_equal(syev_extract(ex, "Hier.", 5, NULL, forms[i], &doc, &err), SYEV_OK);
        syev_dct_source src = SYEV_DCT_NONE;
        const syev_date *dct = syev_doc_dct(doc, &src);
        assert_non_null(dct);
        assert_int_equal(src, SYEV_DCT_CALLER);
        assert_string_equal(dct->value, want.value);
        assert_string_equal(dct->begin, want.begin);
        assert_string_equal(dct->end, want.end);
        assert_int_equal(dct->granularity, want.granularity);
        assert_int_equal(dct->mod, want.mod);
        syev_doc_free(doc);
    }
    syev_error parse_err, extract_err;
    syev_date d;
    syev_doc *doc = NULL;
    assert_int_equal(syev_date_parse("2017-13", &d, &parse_err), SYEV_ERR_DATE);
    assert_int_equal(syev_extract(ex, "Hier.", 5, NULL, "2017-13", &doc, &extract_err),
                     SYEV_ERR_DATE);
    assert_string_equal(extract_err.message, parse_err.message);
    assert_null(doc);
}

static void test_document_basics(void **state)
{
    const syev_extractor *ex = *state;
    syev_error err;
    syev_doc *doc = NULL;
    char text[] = "La trêve tient. Les pourparlers reprennent.";
    assert_int_equal(syev_extract(ex, text, strlen(text), "d1", "2017-03-14", &doc, &err),
                     SYEV_OK);
    text[0] = 'X'; /* the document keeps its own copy */
    assert_string_equal(syev_doc_id(doc), "d1");
    size_t len = 0;
    const char *copy = syev_doc_text(doc, &len);
    assert_int_equal(len, strlen(text));
    assert_memory_equal(copy, "La trêve tient.", 16);
    syev_dct_source src = SYEV_DCT_NONE;
    const syev_date *dct = syev_doc_dct(doc, &src);
    assert_non_null(dct);
    assert_int_equal(src, SYEV_DCT_CALLER);
    assert_string_equal(dct->value, "2017-03-14");
    assert_int_equal(syev_doc_sentence_count(doc), 2);
    syev_span s = syev_doc_sentence(doc, 1);
    assert_int_equal(s.begin, 17); /* after "La trêve tient. " (e-circumflex: 2 bytes) */
    assert_int_equal(s.end, len);
    s = syev_doc_sentence(doc, 2);
    assert_int_equal(s.begin, 0);
    assert_int_equal(s.end, 0);
    assert_null(syev_doc_timex(doc, syev_doc_timex_count(doc)));
    assert_null(syev_doc_mention(doc, syev_doc_mention_count(doc)));
    syev_doc_free(doc);
}

static void test_empty_document(void **state)
{
    const syev_extractor *ex = *state;
    syev_doc *doc = NULL;
    assert_int_equal(syev_extract(ex, "", 0, NULL, NULL, &doc, NULL), SYEV_OK);
    assert_string_equal(syev_doc_id(doc), "");
    assert_int_equal(syev_doc_sentence_count(doc), 0);
    assert_int_equal(syev_doc_mention_count(doc), 0);
    assert_null(syev_doc_dct(doc, NULL));
    syev_doc_free(doc);
}

/* ------------------------------------------------------------------ */
/* syev_date_parse                                                     */
/* ------------------------------------------------------------------ */

static void S_date_ok(const char *iso, const char *begin, const char *end, syev_granularity g)
{
    syev_date d;
    syev_error err;
    assert_int_equal(syev_date_parse(iso, &d, &err), SYEV_OK);
    assert_string_equal(d.value, iso);
    assert_string_equal(d.begin, begin);
    assert_string_equal(d.end, end);
    assert_int_equal(d.granularity, g);
    assert_int_equal(d.mod, SYEV_MOD_NONE);
}

static void S_date_bad(const char *iso)
{
    syev_date d;
    syev_error err;
    assert_int_equal(syev_date_parse(iso, &d, &err), SYEV_ERR_DATE);
    assert_int_equal(err.code, SYEV_ERR_DATE);
    assert_true(strlen(err.message) > 0);
}

static void test_date_parse_forms(void **state)
{
    (void)state;
    S_date_ok("2016-05-03", "2016-05-03", "2016-05-03", SYEV_GRAN_DAY);
    S_date_ok("2017-02", "2017-02-01", "2017-02-28", SYEV_GRAN_MONTH);
    S_date_ok("2016-02", "2016-02-01", "2016-02-29", SYEV_GRAN_MONTH); /* leap year */
    S_date_ok("2000-02", "2000-02-01", "2000-02-29", SYEV_GRAN_MONTH); /* divisible by 400 */
    S_date_ok("1900-02", "1900-02-01", "1900-02-28", SYEV_GRAN_MONTH); /* by 100, not 400 */
    S_date_ok("2016", "2016-01-01", "2016-12-31", SYEV_GRAN_YEAR);
    S_date_ok("2016-02-29", "2016-02-29", "2016-02-29", SYEV_GRAN_DAY);
    S_date_ok("2016-12-31", "2016-12-31", "2016-12-31", SYEV_GRAN_DAY);
}

static void test_date_parse_refuses_malformed_dates(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "", "16", "2016-", "2016-1", "2016-13", "2016-00", "2016-05-00", "2016-05-32",
        "2016-02-30", "2017-02-29", "2016/05/03", "03/05/2016", "2016-5-3", "2016-05-03x",
        "2016-05-03 ", " 2016", "20l6", "mardi",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        S_date_bad(bad[i]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_version_macros_match_the_runtime),
        cmocka_unit_test(test_every_status_has_its_own_text),
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_free_functions_accept_null),
        cmocka_unit_test(test_accessors_accept_null),
        cmocka_unit_test(test_null_arguments_are_refused),
        cmocka_unit_test(test_options_are_validated),
        cmocka_unit_test(test_document_size_limit),
        cmocka_unit_test_setup_teardown(test_invalid_utf8_gives_the_offset, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_bad_dct_is_refused, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_caller_dct_forms, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_document_basics, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_empty_document, S_setup, S_teardown),
        cmocka_unit_test(test_date_parse_forms),
        cmocka_unit_test(test_date_parse_refuses_malformed_dates),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
