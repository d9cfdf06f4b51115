/* test_dct.c — the document creation time found in the text (lib/dct.c,
 * SPEC.md section 1 and issue 2): header lines, "date YYYY-MM" fields,
 * "Publie le" / "Mis a jour" / "Actualise" lines and datelines, with the
 * header expression kept as a TIMEX flagged SYEVP_TX_DCT_HEADER.  Texts are
 * written for this test in the style of wire copy and news sites.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "syev_private.h"

static syev_extractor *g_ex;

static int S_setup(void **state)
{
    (void)state;
    return syev_extractor_new(NULL, &g_ex, NULL) == SYEV_OK ? 0 : -1;
}

static int S_teardown(void **state)
{
    (void)state;
    syev_extractor_free(g_ex);
    return 0;
}

static syev_doc *S_extract(const char *text, const char *dct)
{
    syev_doc *doc = NULL;
    syev_error err;
    if (syev_extract(g_ex, text, strlen(text), "d", dct, &doc, &err) != SYEV_OK)
        fail_msg("syev_extract: %s", err.message);
    return doc;
}

/* The DCT found (NULL: none) and where it came from. */
static void S_assert_dct(const syev_doc *doc, const char *value, syev_dct_source source)
{
    syev_dct_source got;
    const syev_date *d = syev_doc_dct(doc, &got);
    assert_int_equal(got, source);
    if (!value) {
        assert_null(d);
        return;
    }
    assert_non_null(d);
    assert_string_equal(d->value, value);
}

/* The private record of the timex whose span starts with `surface`. */
static const syevp_timex *S_timex(const syev_doc *doc, const char *text, const char *surface)
{
    const char *at = strstr(text, surface);
    assert_non_null(at);
    for (size_t i = 0; i < doc->timex_count; i++)
        if (doc->timexes[i].pub.span.begin == (size_t)(at - text))
            return &doc->timexes[i];
    fail_msg("no timex starts at \"%s\"", surface);
    return NULL;
}

static void S_assert_header(const syev_doc *doc, const char *text, const char *surface,
                            const char *value)
{
    const syevp_timex *t = S_timex(doc, text, surface);
    assert_true(t->flags & SYEVP_TX_DCT_HEADER);
    assert_string_equal(t->pub.date.value, value);
}

static void test_numeric_header_line(void **state)
{
    (void)state;
    const char *text = "La Russie espère une trêve à Alep\n\n03/05/16 à 15:13 - Mise à jour à "
                       "15:13\n\nSource: Afp\n\nLe ministre a déclaré mardi espérer un accord.";
    syev_doc *doc = S_extract(text, NULL);
    S_assert_dct(doc, "2016-05-03", SYEV_DCT_TEXT);
    S_assert_header(doc, text, "03/05/16", "2016-05-03");
    /* 2016-05-03 is a Tuesday: the body resolves against the found DCT. */
    const syevp_timex *t = S_timex(doc, text, "mardi");
    assert_string_equal(t->pub.date.value, "2016-05-03");
    assert_false(t->flags & SYEVP_TX_DCT_HEADER);
    syev_doc_free(doc);
}

static void test_date_field(void **state)
{
    (void)state;
    const char *text = " date 2017-02 Les forces gouvernementales ont repoussé une attaque fin "
                       "janvier dans l'est de la province.";
    syev_doc *doc = S_extract(text, NULL);
    S_assert_dct(doc, "2017-02", SYEV_DCT_TEXT);
    const syevp_timex *t = S_timex(doc, text, "2017-02");
    assert_true(t->flags & SYEVP_TX_DCT_HEADER);
    assert_int_equal(t->pub.span.end - t->pub.span.begin, 7); /* the value, not "date" */
    t = S_timex(doc, text, "fin janvier");
    assert_string_equal(t->pub.date.value, "2017-01");
    assert_string_equal(t->pub.date.begin, "2017-01-21");
    syev_doc_free(doc);
}

static void test_date_field_refined_by_the_day_after_it(void **state)
{
    (void)state;
    const char *text = " date 2017-03 3 mars 2017\n\nBeyrouth — Les forces du régime ont repris "
                       "jeudi la ville de Palmyre.";
    syev_doc *doc = S_extract(text, NULL);
    S_assert_dct(doc, "2017-03-03", SYEV_DCT_TEXT);
    S_assert_header(doc, text, "3 mars 2017", "2017-03-03");
    /* 2017-03-03 is a Friday: jeudi is the day before. */
    assert_string_equal(S_timex(doc, text, "jeudi")->pub.date.value, "2017-03-02");
    syev_doc_free(doc);
}

static void test_published_and_updated(void **state)
{
    (void)state;
    const char *text = "Syrie : l'armée contrôle la ville\nPublié le 3 mai 2016 | Mis à jour le "
                       "4 mai 2016\nL'armée a annoncé mardi la prise de la ville.";
    syev_doc *doc = S_extract(text, NULL);
    S_assert_dct(doc, "2016-05-03", SYEV_DCT_TEXT);
    S_assert_header(doc, text, "le 3 mai 2016", "2016-05-03");
    S_assert_header(doc, text, "le 4 mai 2016", "2016-05-04");
    syev_doc_free(doc);
    /* The publication wins over an update given first. */
    text = "Mis à jour le 4 mai 2016\nPublié le 3 mai 2016\nL'armée a pris la ville.";
    doc = S_extract(text, NULL);
    S_assert_dct(doc, "2016-05-03", SYEV_DCT_TEXT);
    syev_doc_free(doc);
    /* An update alone gives the DCT. */
    text = "Mis à jour le 3 mai 2016 à 10h\nL'armée a pris la ville.";
    doc = S_extract(text, NULL);
    S_assert_dct(doc, "2016-05-03", SYEV_DCT_TEXT);
    syev_doc_free(doc);
    text = "Actualisé le 5 juin 2013 à 10h12\nL'armée contrôle la ville.";
    doc = S_extract(text, NULL);
    S_assert_dct(doc, "2013-06-05", SYEV_DCT_TEXT);
    syev_doc_free(doc);
}

static void test_first_header_date_is_the_publication(void **state)
{
    (void)state;
    const char *text = "12/04/2012 11:54 EDT | Actualisé 12/06/2012 05:12 EDT\n\nSyrie : les "
                       "événements depuis la trêve\n\nLa trêve est entrée en vigueur jeudi.";
    syev_doc *doc = S_extract(text, NULL);
    S_assert_dct(doc, "2012-04-12", SYEV_DCT_TEXT);
    S_assert_header(doc, text, "12/04/2012", "2012-04-12");
    S_assert_header(doc, text, "12/06/2012", "2012-06-12");
    assert_string_equal(S_timex(doc, text, "jeudi")->pub.date.value, "2012-04-12");
    syev_doc_free(doc);
}

static void test_update_without_year(void **state)
{
    (void)state;
    const char *text = "Dernière mise à jour à 14h53 le 15/11\nLes puissances ont convenu samedi "
                       "d'un calendrier.";
    syev_doc *doc = S_extract(text, NULL);
    S_assert_dct(doc, NULL, SYEV_DCT_NONE); /* no year anywhere: left unknown */
    S_assert_header(doc, text, "le 15/11", "XXXX-11-15");
    syev_doc_free(doc);
    /* With the caller's DCT the header date takes its year. */
    doc = S_extract(text, "2015-11-15");
    S_assert_dct(doc, "2015-11-15", SYEV_DCT_CALLER);
    S_assert_header(doc, text, "le 15/11", "2015-11-15");
    assert_string_equal(S_timex(doc, text, "samedi")->pub.date.value, "2015-11-14");
    syev_doc_free(doc);
}

static void test_dateline_without_year(void **state)
{
    (void)state;
    const char *text = "MOSCOU, 16 février (AFP) - La Russie a proposé une trêve humanitaire.";
    syev_doc *doc = S_extract(text, NULL);
    S_assert_dct(doc, NULL, SYEV_DCT_NONE);
    S_assert_header(doc, text, "16 février", "XXXX-02-16");
    syev_doc_free(doc);
}

static void test_dateline_year_from_weekday_and_years(void **state)
{
    (void)state;
    /* Sunday July 1st, after 2011: 2012 or 2018; the later one is taken. */
    const char *text = "AMMAN, 1er juillet (Reuters) - Les négociations ont repris dimanche, a "
                       "annoncé un porte-parole. La province fut en 2011 un foyer de la "
                       "contestation. Elles avaient été rompues la veille.";
    syev_doc *doc = S_extract(text, NULL);
    S_assert_dct(doc, "2018-07-01", SYEV_DCT_TEXT);
    S_assert_header(doc, text, "1er juillet", "2018-07-01");
    assert_string_equal(S_timex(doc, text, "dimanche")->pub.date.value, "2018-07-01");
    /* the header is not a story date: la veille counts from the DCT */
    assert_string_equal(S_timex(doc, text, "la veille")->pub.date.value, "2018-06-30");
    syev_doc_free(doc);
}

static void test_dateline_with_year(void **state)
{
    (void)state;
    const char *text = "Moscou, 16 février 2017 (AFP) - La Russie a proposé mardi une trêve.";
    syev_doc *doc = S_extract(text, NULL);
    S_assert_dct(doc, "2017-02-16", SYEV_DCT_TEXT);
    /* 2017-02-16 is a Thursday: mardi is the 14th. */
    assert_string_equal(S_timex(doc, text, "mardi")->pub.date.value, "2017-02-14");
    syev_doc_free(doc);
}

static void test_caller_dct_wins(void **state)
{
    (void)state;
    const char *text = "03/05/16 à 15:13\n\nLe ministre a déclaré mardi espérer un accord.";
    syev_doc *doc = S_extract(text, "2016-06-01");
    S_assert_dct(doc, "2016-06-01", SYEV_DCT_CALLER);
    S_assert_header(doc, text, "03/05/16", "2016-05-03");
    /* 2016-06-01 is a Wednesday: mardi is May 31st. */
    assert_string_equal(S_timex(doc, text, "mardi")->pub.date.value, "2016-05-31");
    syev_doc_free(doc);
}

static void test_full_date_on_a_short_header_line(void **state)
{
    (void)state;
    const char *text = "Le Monde.fr avec AFP | 23.02.2017 à 11h53 • Mis à jour le 23.02.2017 à "
                       "14h39\nLes rebelles ont repris jeudi la colline.";
    syev_doc *doc = S_extract(text, NULL);
    S_assert_dct(doc, "2017-02-23", SYEV_DCT_TEXT);
    S_assert_header(doc, text, "23.02.2017 à 11h53", "2017-02-23");
    syev_doc_free(doc);
    text = "Date de publication : 14/03/2017\nLes rebelles ont repris la colline.";
    doc = S_extract(text, NULL);
    S_assert_dct(doc, "2017-03-14", SYEV_DCT_TEXT);
    syev_doc_free(doc);
}

static void test_body_dates_are_not_headers(void **state)
{
    (void)state;
    const char *text = "Le premier tour des négociations consacrées à la situation en Syrie a eu "
                       "lieu le 23 janvier 2017 à Astana, au Kazakhstan, en présence des parrains "
                       "russe et turc et des émissaires de l'opposition armée.";
    syev_doc *doc = S_extract(text, NULL);
    S_assert_dct(doc, NULL, SYEV_DCT_NONE);
    const syevp_timex *t = S_timex(doc, text, "le 23 janvier 2017");
    assert_false(t->flags & SYEVP_TX_DCT_HEADER);
    assert_string_equal(t->pub.date.value, "2017-01-23");
    syev_doc_free(doc);
    /* A caption's date inside a line is no header either. */
    text = "Des soldats turcs près d'Al-Bab, le 4 février. | © Reuters\n\nLa ville est tombée.";
    doc = S_extract(text, NULL);
    S_assert_dct(doc, NULL, SYEV_DCT_NONE);
    syev_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_numeric_header_line),
        cmocka_unit_test(test_date_field),
        cmocka_unit_test(test_date_field_refined_by_the_day_after_it),
        cmocka_unit_test(test_published_and_updated),
        cmocka_unit_test(test_first_header_date_is_the_publication),
        cmocka_unit_test(test_update_without_year),
        cmocka_unit_test(test_dateline_without_year),
        cmocka_unit_test(test_dateline_year_from_weekday_and_years),
        cmocka_unit_test(test_dateline_with_year),
        cmocka_unit_test(test_caller_dct_wins),
        cmocka_unit_test(test_full_date_on_a_short_header_line),
        cmocka_unit_test(test_body_dates_are_not_headers),
    };
    return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
