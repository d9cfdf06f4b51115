/* test_timex.c — French time expressions (lib/timex.c): detection with
 * exact spans and normalization (value, mod, begin/end, granularity).
 *
 * Every row of SPEC.md section 3, the conventions of section 6 and the
 * forms listed in issue 2 have a case.  Sentences are written for this test;
 * expected values were worked out by hand from SPEC.md and a calendar.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "syev_private.h"
#include "timex_private.h"

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
    syev_status st = syev_extract(g_ex, text, strlen(text), "t", dct, &doc, &err);
    if (st != SYEV_OK)
        fail_msg("syev_extract: %s", err.message);
    /* every text of these tests also checks the filter of where rows are tried */
    if (syevp_timex_rows_agree(g_ex, text) != 1)
        fail_msg("a grammar row matches where its start keys rule it out: \"%s\"", text);
    if (syevp_timex_anchor_rows_agree(g_ex, text) != 1)
        fail_msg("a grammar row holds an anchor its pattern was read to rule out: \"%s\"", text);
    return doc;
}

/* The timex whose span is exactly the first occurrence of `surface`. */
static const syev_timex *S_find(const syev_doc *doc, const char *text, const char *surface)
{
    const char *at = strstr(text, surface);
    if (!at)
        fail_msg("\"%s\" is not in the text", surface);
    const size_t b = (size_t)(at - text), e = b + strlen(surface);
    for (size_t i = 0; i < syev_doc_timex_count(doc); i++) {
        const syev_timex *t = syev_doc_timex(doc, i);
        if (t->span.begin == b && t->span.end == e)
            return t;
    }
    for (size_t i = 0; i < syev_doc_timex_count(doc); i++) {
        const syev_timex *t = syev_doc_timex(doc, i);
        print_error("  found [%.*s] %s\n", (int)(t->span.end - t->span.begin),
                    text + t->span.begin, t->date.value);
    }
    fail_msg("no timex spans exactly \"%s\"", surface);
    return NULL;
}

/* Checks one expression of `text`: value, mod (NULL: none), begin and end
 * ("" when unknown) and granularity. */
static void S_check(const char *text, const char *dct, const char *surface, const char *value,
                    const char *mod, const char *begin, const char *end, const char *gran)
{
    syev_doc *doc = S_extract(text, dct);
    const syev_timex *t = S_find(doc, text, surface);
    if (strcmp(t->date.value, value) != 0 || strcmp(t->date.begin, begin) != 0 ||
        strcmp(t->date.end, end) != 0)
        fail_msg("\"%s\" [%s]: got %s %s..%s, expected %s %s..%s", surface, dct ? dct : "-",
                 t->date.value, t->date.begin, t->date.end, value, begin, end);
    const char *got_mod = syev_mod_name(t->date.mod);
    if (mod)
        assert_string_equal(got_mod ? got_mod : "(none)", mod);
    else
        assert_null(got_mod);
    assert_string_equal(syev_granularity_name(t->date.granularity), gran);
    syev_doc_free(doc);
}

#define DAY(text, dct, surface, iso) S_check(text, dct, surface, iso, NULL, iso, iso, "day")

/* The text holds no time expression at all. */
static void S_none(const char *text, const char *dct)
{
    syev_doc *doc = S_extract(text, dct);
    for (size_t i = 0; i < syev_doc_timex_count(doc); i++) {
        const syev_timex *t = syev_doc_timex(doc, i);
        fail_msg("unexpected timex [%.*s] %s in \"%s\"", (int)(t->span.end - t->span.begin),
                 text + t->span.begin, t->date.value, text);
    }
    syev_doc_free(doc);
}

/* ------------------------------------------------------------------ */
/* SPEC.md section 3, row by row                                       */
/* ------------------------------------------------------------------ */

static void test_spec_absolute_date(void **state)
{
    (void)state;
    DAY("Le premier tour a eu lieu le 23 janvier 2017 à Astana.", "2017-02-10",
        "le 23 janvier 2017", "2017-01-23");
}

static void test_spec_weekdays_by_tense(void **state)
{
    (void)state;
    /* 2016-12-27 is a Tuesday. */
    DAY("Le ministre a déclaré mardi que les pourparlers auraient lieu.", "2016-12-27", "mardi",
        "2016-12-27");
    DAY("Le président a déclaré vendredi que la trêve tenait.", "2016-12-27", "vendredi",
        "2016-12-23");
    DAY("Les négociations reprendront jeudi à Astana.", "2016-12-27", "jeudi", "2016-12-29");
    /* future tense in a Monday article: that Monday (SPEC section 3) */
    DAY("Les pourparlers doivent débuter lundi.", "2017-01-23", "lundi", "2017-01-23");
}

static void test_spec_month_parts(void **state)
{
    (void)state;
    S_check("L'armée a repris la ville mi-décembre.", "2016-12-27", "mi-décembre", "2016-12",
            "MID", "2016-12-11", "2016-12-20", "month");
    S_check("Une trêve a été mise en place fin février.", "2016-05-03", "fin février", "2016-02",
            "END", "2016-02-21", "2016-02-29", "month");
    S_check("Les combats ont repris début janvier.", "2017-02-15", "début janvier", "2017-01",
            "START", "2017-01-01", "2017-01-10", "month");
}

static void test_spec_month_with_year(void **state)
{
    (void)state;
    S_check("Le comité a été créé en décembre 2015 à Riyad.", "2016-12-27", "en décembre 2015",
            "2015-12", NULL, "2015-12-01", "2015-12-31", "month");
}

static void test_spec_season(void **state)
{
    (void)state;
    S_check("Une tentative de pourparlers a échoué au printemps dernier.", "2016-12-27",
            "au printemps dernier", "2016-SP", NULL, "2016-03-20", "2016-06-20", "season");
}

static void test_spec_this_week(void **state)
{
    (void)state;
    S_check("Cette semaine a marqué une avancée.", "2016-12-07", "Cette semaine", "2016-W49",
            NULL, "2016-12-05", "2016-12-11", "week");
}

static void test_spec_deictic_days(void **state)
{
    (void)state;
    DAY("Les combats ont repris hier.", "2016-05-03", "hier", "2016-05-02");
    DAY("Des discussions se terminent aujourd'hui.", "2016-05-03", "aujourd'hui", "2016-05-03");
    DAY("Des discussions se terminent aujourd’hui.", "2016-05-03", "aujourd’hui", "2016-05-03");
    DAY("Les délégués arriveront demain.", "2016-05-03", "demain", "2016-05-04");
}

static void test_spec_windows(void **state)
{
    (void)state;
    S_check("La Russie espère un accord dans les prochaines heures.", "2016-05-03",
            "dans les prochaines heures", "2016-05-03", "AFTER", "2016-05-03", "2016-05-04",
            "day");
    S_check("Un centre sera créé dans les prochains jours à Genève.", "2016-05-03",
            "dans les prochains jours", "2016-05-03", "AFTER", "2016-05-03", "2016-05-10", "day");
}

static void test_spec_night(void **state)
{
    (void)state;
    S_check("Il aurait péri dans la nuit de lundi à mardi lors d'une attaque.", "2016-12-27",
            "dans la nuit de lundi à mardi", "2016-12-26/2016-12-27", NULL, "2016-12-26",
            "2016-12-27", "interval");
}

static void test_spec_depuis_la_fin(void **state)
{
    (void)state;
    S_check("Les parties ont renforcé la trêve en vigueur depuis la fin décembre.", "2017-02",
            "depuis la fin décembre", "2016-12", "END", "2016-12-21", "2016-12-31", "month");
}

static void test_spec_month_dct_fallback(void **state)
{
    (void)state;
    S_check("Les pourparlers ont repris mardi.", "2017-02", "mardi", "2017-02", NULL, "2017-02-01",
            "2017-02-28", "month");
    /* relative days fall back to that month's span too (SPEC section 6) */
    S_check("Les pourparlers ont repris hier.", "2017-02", "hier", "2017-02", NULL, "2017-02-01",
            "2017-02-28", "month");
}

static void test_spec_no_dct(void **state)
{
    (void)state;
    S_check("Les pourparlers ont repris mardi.", NULL, "mardi", "XXXX-XX-XX", NULL, "", "",
            "day");
    S_check("Cette semaine a marqué une avancée.", NULL, "Cette semaine", "XXXX-WXX", NULL, "", "",
            "week");
    S_check("Une offensive a commencé le 19 juin.", NULL, "le 19 juin", "XXXX-06-19", NULL, "",
            "", "day");
}

static void test_spec_year_nearest_in_tense_direction(void **state)
{
    (void)state;
    /* past: on or before the DCT; future: on or after it */
    DAY("L'offensive a commencé le 16 septembre.", "2015-01-26", "le 16 septembre", "2014-09-16");
    DAY("L'accord entrera en vigueur le 5 janvier.", "2015-12-20", "le 5 janvier", "2016-01-05");
    S_check("Le régime avait perdu la ville en décembre.", "2017-03-03", "en décembre", "2016-12",
            NULL, "2016-12-01", "2016-12-31", "month");
    /* a past verb that convokes or agrees may announce a date weeks ahead */
    DAY("L'émissaire a convoqué les parties à Genève le 7 mars.", "2016-02-27", "le 7 mars",
        "2016-03-07");
    DAY("L'armée a repris la ville le 1er mars.", "2016-12-07", "le 1er mars", "2016-03-01");
}

static void test_spec_shift_il_y_a(void **state)
{
    (void)state;
    DAY("Il y a deux jours, l'armée a attaqué.", "2016-05-03", "Il y a deux jours", "2016-05-01");
    DAY("Le régime a lancé l'assaut il y a trois jours.", "2016-12-07", "il y a trois jours",
        "2016-12-04");
    DAY("Les élections auront lieu dans quinze jours.", "2016-05-03", "dans quinze jours",
        "2016-05-18");
    DAY("Les pourparlers reprendront dans deux semaines.", "2016-12-07", "dans deux semaines",
        "2016-12-21");
}

/* ------------------------------------------------------------------ */
/* Conventions of SPEC.md section 6                                    */
/* ------------------------------------------------------------------ */

static void test_conv_windows(void **state)
{
    (void)state;
    S_check("La ville a subi des raids ces derniers jours.", "2018-02-25", "ces derniers jours",
            "2018-02-25", "BEFORE", "2018-02-18", "2018-02-25", "day");
    S_check("Une réunion pourrait avoir lieu dans un futur proche.", "2016-05-03",
            "dans un futur proche", "2016-05-03", "AFTER", "2016-05-03", "2016-06-02", "day");
    S_check("L'évacuation pourrait avoir lieu dans les heures qui viennent.", "2016-12-13",
            "dans les heures qui viennent", "2016-12-13", "AFTER", "2016-12-13", "2016-12-14",
            "day");
    S_check("Les frappes se sont intensifiées ces dernières semaines.", "2017-03-22",
            "ces dernières semaines", "2017-03-22", "BEFORE", "2017-03-01", "2017-03-22", "day");
    S_check("Le pays s'est appauvri ces dernières années.", "2017-03-22", "ces dernières années",
            "2017-03-22", "BEFORE", "2014-03-22", "2017-03-22", "day");
    S_check("La zone sera créée dans un délai d'une semaine.", "2016-05-03",
            "dans un délai d'une semaine", "2016-05-03", "AFTER", "2016-05-03", "2016-05-10",
            "day");
    S_check("Des élections seront organisées d'ici 18 mois.", "2015-11-15", "d'ici 18 mois",
            "2015-11-15", "AFTER", "2015-11-15", "2017-05-15", "day");
    S_check("La transition sera lancée dans les six mois à venir.", "2015-11-15",
            "dans les six mois à venir", "2015-11-15", "AFTER", "2015-11-15", "2016-05-15", "day");
    S_check("Les Kurdes doivent se retirer sous 120 heures.", "2019-10-18", "sous 120 heures",
            "2019-10-18", "AFTER", "2019-10-18", "2019-10-23", "day");
}

static void test_conv_year_parts(void **state)
{
    (void)state;
    S_check("Quatre séries de pourparlers ont eu lieu depuis début 2016.", "2017-03-23",
            "depuis début 2016", "2016", "START", "2016-01-01", "2016-04-30", "year");
    S_check("Le groupe a perdu du terrain mi-2016.", "2017-03-23", "mi-2016", "2016", "MID",
            "2016-05-01", "2016-08-31", "year");
    S_check("L'opération a été lancée fin 2016.", "2017-03-23", "fin 2016", "2016", "END",
            "2016-09-01", "2016-12-31", "year");
}

/* A verb of hope or intent looks forward, even told in the past; a past
 * verb alone looks back (2016-12-27: September 2016 is nearer). */
static void test_hope_looks_forward(void **state)
{
    (void)state;
    S_check("Le ministre a dit espérer un cessez-le-feu fin septembre.", "2016-12-27",
            "fin septembre", "2017-09", "END", "2017-09-21", "2017-09-30", "month");
    S_check("Le ministre a annoncé un cessez-le-feu fin septembre.", "2016-12-27",
            "fin septembre", "2016-09", "END", "2016-09-21", "2016-09-30", "month");
    S_check("Moscou veut réunir les parties fin mars à Astana.", "2016-12-27", "fin mars",
            "2017-03", "END", "2017-03-21", "2017-03-31", "month");
    /* "prevue" is the schedule, not a past: the nearest end of October
     * (2017-10-17: this one, still ahead), the nearest September (over) */
    S_check("La réunion, prévue fin octobre, doit aborder le sort de Raqqa.", "2017-10-17",
            "fin octobre", "2017-10", "END", "2017-10-21", "2017-10-31", "month");
    S_check("La réunion prévue fin septembre a été reportée.", "2017-10-17", "fin septembre",
            "2017-09", "END", "2017-09-21", "2017-09-30", "month");
    /* the hope belongs to another clause */
    S_check("Les rebelles, qui espéraient tenir, ont perdu la ville fin novembre.", "2016-12-27",
            "fin novembre", "2016-11", "END", "2016-11-21", "2016-11-30", "month");
}

static void test_conv_week_forms(void **state)
{
    (void)state;
    /* 2016-12-07 is a Wednesday of ISO week 49 (Dec 5-11). */
    /* SPEC 6: that Saturday-Sunday, as an interval of days */
    S_check("Une réunion aura lieu ce week-end.", "2016-12-07", "ce week-end",
            "2016-12-10/2016-12-11", NULL, "2016-12-10", "2016-12-11", "day");
    S_check("Les combats ont repris en début de semaine.", "2016-12-07", "en début de semaine",
            "2016-W49", "START", "2016-12-05", "2016-12-06", "week");
    S_check("Les délégués se sont vus la semaine dernière.", "2016-12-07", "la semaine dernière",
            "2016-W48", NULL, "2016-11-28", "2016-12-04", "week");
    S_check("Les délégués se verront la semaine prochaine.", "2016-12-07",
            "la semaine prochaine", "2016-W50", NULL, "2016-12-12", "2016-12-18", "week");
    S_check("L'armée a avancé le week-end dernier.", "2016-12-07", "le week-end dernier",
            "2016-12-03/2016-12-04", NULL, "2016-12-03", "2016-12-04", "day");
}

static void test_conv_clock_times(void **state)
{
    (void)state;
    /* clock times belong to the day next to them, alone they are nothing */
    DAY("Le cessez-le-feu est entré en vigueur vendredi à 23h.", "2016-02-27", "vendredi à 23h",
        "2016-02-26");
    DAY("Un cessez-le-feu est entré en vigueur samedi à minuit.", "2016-02-27", "samedi à minuit",
        "2016-02-27");
    DAY("Un accord prévoit une trêve à partir de ce mardi 15h.", "2016-12-13", "ce mardi 15h",
        "2016-12-13");
    S_none("A minuit précise, les armes se sont tues.", "2016-02-27");
    S_none("Vers 10h30, un obus est tombé sur le marché.", "2016-02-27");
}

static void test_conv_not_timexes(void **state)
{
    (void)state;
    S_none("L'armée est actuellement en train de reprendre la ville.", "2017-09-05");
    S_none("La ville est désormais sous contrôle, mais rien n'a été fait jusqu'à présent.",
           "2017-09-05");
    S_none("Les combattants mènent une offensive depuis sept mois.", "2017-06-06");
    S_none("Le conflit a fait en six ans plus de 320.000 morts.", "2017-03-23");
    S_none("Les autorités étaient à 24-48 heures de la libération de la ville.", "2017-09-05");
    S_none("La guerre dure depuis cinq ans et la trêve de 48 heures a duré deux jours.",
           "2016-05-03");
}

static void test_conv_story_words(void **state)
{
    (void)state;
    const char *text = "Le mémorandum a été discuté mardi à Sotchi. Et le lendemain, Poutine a "
                       "reçu Erdogan. La veille, les combats avaient cessé.";
    /* 2017-05-04 is a Thursday: mardi = May 2. */
    DAY(text, "2017-05-04", "le lendemain", "2017-05-03");
    /* la veille counts from the last date the story set: the lendemain. */
    DAY(text, "2017-05-04", "La veille", "2017-05-02");
    text = "Il aurait péri dans la nuit de lundi à mardi lors d'une contre-attaque pour reprendre "
           "un village perdu quelques heures plus tôt.";
    DAY(text, "2016-12-27", "quelques heures plus tôt", "2016-12-26");
    /* without a story date, from the DCT */
    DAY("La veille, les autorités avaient annoncé l'assaut.", "2017-09-05", "La veille",
        "2017-09-04");
    DAY("Les rebelles ont attaqué à l'aube.", "2017-09-05", "à l'aube", "2017-09-05");
    DAY("La ville est tombée. Deux jours plus tard, l'armée est entrée.", "2017-09-05",
        "Deux jours plus tard", "2017-09-07");
    text = "Le cessez-le-feu est entré en vigueur vendredi à 23h. Un accord avait été conclu "
           "lundi. Des raids ont eu lieu toute la journée.";
    /* "la journee" is the day the story is about: its first date */
    DAY(text, "2016-02-27", "toute la journée", "2016-02-26");
    text = "Les forces ont annoncé ce mardi l'assaut. La coalition a mené des raids toute la nuit.";
    S_check(text, "2017-06-06", "toute la nuit", "2017-06-05/2017-06-06", NULL, "2017-06-05",
            "2017-06-06", "interval");
    /* a night alone ends on the DCT, not on the last day the story told */
    text = "Des frappes ont visé la ville mercredi soir. Les attaques ont été repoussées dans "
           "la nuit, selon un commandant.";
    S_check(text, "2019-10-10", "dans la nuit", "2019-10-09/2019-10-10", NULL, "2019-10-09",
            "2019-10-10", "interval");
}

/* ------------------------------------------------------------------ */
/* Forms listed in issue 2                                             */
/* ------------------------------------------------------------------ */

static void test_issue_absolute_forms(void **state)
{
    (void)state;
    DAY("L'armée a repris la ville le 1er mars.", "2017-03-15", "le 1er mars", "2017-03-01");
    S_check("Des pourparlers se sont tenus les 23-24 janvier à Astana.", "2017-02-10",
            "23-24 janvier", "2017-01-23/2017-01-24", NULL, "2017-01-23", "2017-01-24",
            "interval");
    S_check("Des pourparlers se sont tenus du 23 au 24 janvier 2017 à Astana.", "2017-02-10",
            "du 23 au 24 janvier 2017", "2017-01-23/2017-01-24", NULL, "2017-01-23",
            "2017-01-24", "interval");
    DAY("Le communiqué est daté du 03/05/2016.", "2017-02-10", "03/05/2016", "2016-05-03");
    DAY("Le communiqué est daté du 3.5.16 selon l'agence.", "2017-02-10", "3.5.16", "2016-05-03");
    DAY("Le communiqué est daté du 2016-05-03 selon l'agence.", "2017-02-10", "2016-05-03",
        "2016-05-03");
    DAY("Publié le 05.06.2013, le texte a circulé.", "2013-06-05", "le 05.06.2013",
        "2013-06-05");
}

static void test_issue_months_and_years(void **state)
{
    (void)state;
    S_check("Le processus a été lancé en janvier.", "2017-05-04", "en janvier", "2017-01", NULL,
            "2017-01-01", "2017-01-31", "month");
    S_check("Les invités du round de février ont confirmé.", "2017-03-23", "février", "2017-02",
            NULL, "2017-02-01", "2017-02-28", "month");
    S_check("La province fut en 2015 un foyer de la contestation.", "2017-03-23", "en 2015", "2015",
            NULL, "2015-01-01", "2015-12-31", "year");
    S_check("La guerre a fait 270.000 morts depuis mars 2011.", "2016-02-27", "depuis mars 2011",
            "2011-03", NULL, "2011-03-01", "2011-03-31", "month");
    S_check("Le traité date de l'an 2012 selon les archives.", "2017-03-23", "l'an 2012", "2012",
            NULL, "2012-01-01", "2012-12-31", "year");
}

static void test_issue_qualified_weekdays(void **state)
{
    (void)state;
    /* 2016-12-07 is a Wednesday. */
    DAY("L'armée a lancé mardi dernier une offensive.", "2016-12-07", "mardi dernier",
        "2016-12-06");
    DAY("Les ministres se verront jeudi prochain.", "2016-12-07", "jeudi prochain", "2016-12-08");
    DAY("Les frappes ont repris lundi soir.", "2016-12-07", "lundi soir", "2016-12-05");
    DAY("Les frappes reprendront mercredi prochain.", "2016-12-07", "mercredi prochain",
        "2016-12-14");
    DAY("Les ministres se sont vus dimanche matin.", "2016-12-07", "dimanche matin",
        "2016-12-04");
    DAY("Les rebelles ont quitté la ville dès mardi soir.", "2012-04-12", "dès mardi soir",
        "2012-04-10");
    DAY("La trêve a été prolongée jusqu'à mercredi soir.", "2014-02-10", "mercredi soir",
        "2014-02-12");
}

static void test_issue_deictic_words(void **state)
{
    (void)state;
    const char *dct = "2016-12-07";
    DAY("Les frappes ont repris avant-hier.", dct, "avant-hier", "2016-12-05");
    DAY("Les délégués arriveront après-demain.", dct, "après-demain", "2016-12-09");
    DAY("Les frappes ont repris ce matin.", dct, "ce matin", "2016-12-07");
    DAY("Les délégués arriveront ce soir.", dct, "ce soir", "2016-12-07");
    S_check("Des raids ont frappé la ville cette nuit.", dct, "cette nuit",
            "2016-12-06/2016-12-07", NULL, "2016-12-06", "2016-12-07", "interval");
    S_check("Les exportations ont chuté le mois dernier.", dct, "le mois dernier", "2016-11", NULL,
            "2016-11-01", "2016-11-30", "month");
    S_check("Les exportations avaient chuté l'an dernier.", dct, "l'an dernier", "2015", NULL,
            "2015-01-01", "2015-12-31", "year");
    S_check("Des élections auront lieu l'année prochaine.", dct, "l'année prochaine", "2017", NULL,
            "2017-01-01", "2017-12-31", "year");
}

static void test_issue_parts_and_seasons(void **state)
{
    (void)state;
    const char *dct = "2016-12-07";
    S_check("Les négociations ont repris à la mi-mars.", "2017-05-04", "à la mi-mars", "2017-03",
            "MID", "2017-03-11", "2017-03-20", "month");
    S_check("Le bilan sera publié au début du mois.", "2016-12-03", "au début du mois", "2016-12",
            "START", "2016-12-01", "2016-12-10", "month");
    S_check("La ville est tombée l'été 2015.", dct, "l'été 2015", "2015-SU", NULL, "2015-06-21",
            "2015-09-23", "season");
    S_check("La situation restera difficile cet hiver.", dct, "cet hiver", "2016-WI", NULL,
            "2016-12-21", "2017-03-20", "season");
    S_check("Un accord sera signé d'ici la fin de l'année.", dct, "d'ici la fin de l'année", "2016",
            "END", "2016-09-01", "2016-12-31", "year");
    S_check("Les combats ont repris au printemps 2016.", dct, "au printemps 2016", "2016-SP", NULL,
            "2016-03-20", "2016-06-20", "season");
}

static void test_issue_quarters_and_ranges(void **state)
{
    (void)state;
    S_check("La production a baissé au premier trimestre 2016.", "2016-12-07",
            "au premier trimestre 2016", "2016-Q1", NULL, "2016-01-01", "2016-03-31", "quarter");
    S_check("La conférence se tiendra du 1er au 3 avril.", "2017-03-15", "du 1er au 3 avril",
            "2017-04-01/2017-04-03", NULL, "2017-04-01", "2017-04-03", "interval");
    S_check("Les combats de la nuit du vendredi 1er au samedi 2 mars ont été violents.", "2019-03",
            "la nuit du vendredi 1er au samedi 2 mars", "2019-03-01/2019-03-02", NULL,
            "2019-03-01", "2019-03-02", "interval");
}

static void test_qualified_dates_and_months(void **state)
{
    (void)state;
    DAY("L'accord, signé le 30 décembre dernier, a tenu.", "2017-03-15",
        "le 30 décembre dernier", "2016-12-30");
    DAY("Le sommet se tiendra le 15 octobre prochain.", "2017-03-15", "le 15 octobre prochain",
        "2017-10-15");
    /* dernier / prochain never mean the DCT's own day or month */
    DAY("Le 15 mars dernier, la ville est tombée.", "2017-03-15", "Le 15 mars dernier",
        "2016-03-15");
    S_check("L'opération lancée en mars dernier a échoué.", "2017-03-15", "en mars dernier",
            "2016-03", NULL, "2016-03-01", "2016-03-31", "month");
    S_check("Le sommet aura lieu en mars prochain.", "2017-03-15", "en mars prochain", "2018-03",
            NULL, "2018-03-01", "2018-03-31", "month");
}

static void test_counted_windows(void **state)
{
    (void)state;
    S_check("Des familles ont fui au cours des dernières 48 heures.", "2017-03-15",
            "au cours des dernières 48 heures", "2017-03-15", "BEFORE", "2017-03-13",
            "2017-03-15", "day");
    S_check("Les rebelles doivent partir dans les 48 heures.", "2017-03-15", "dans les 48 heures",
            "2017-03-15", "AFTER", "2017-03-15", "2017-03-17", "day");
    S_check("Des élections doivent se tenir d'ici à 2020.", "2017-03-15", "d'ici à 2020", "2020",
            NULL, "2020-01-01", "2020-12-31", "year");
}

static void test_cues_before_the_date(void **state)
{
    (void)state;
    /* a bound lies ahead even after a past verb */
    DAY("Le délai a été fixé jusqu'au 20 mars.", "2017-03-15", "20 mars", "2017-03-20");
    DAY("La trêve a été prolongée d'ici lundi.", "2017-03-15", "lundi", "2017-03-20");
    /* a deadline follows the verb's tense when the verb tells of the past */
    DAY("Le régime avait repris la ville avant le 5 mars.", "2017-03-15", "le 5 mars",
        "2017-03-05");
    DAY("Les rebelles doivent partir avant le 20 mars.", "2017-03-15", "le 20 mars", "2017-03-20");
    /* depuis points back */
    DAY("Les civils sont évacués depuis vendredi.", "2014-02-10", "depuis vendredi", "2014-02-07");
    /* a bound told in the past is the nearest such day, and no story date */
    const char *text = "Les livraisons avaient été suspendues jusqu'au 25 février. Le soir même, "
                       "la ville tombait.";
    DAY(text, "2017-03-15", "25 février", "2017-02-25");
    DAY(text, "2017-03-15", "Le soir même", "2017-03-15");
}

static void test_vague_counts(void **state)
{
    (void)state;
    S_check("Il y a quelques jours, l'armée a attaqué.", "2017-03-15", "Il y a quelques jours",
            "2017-03-15", "BEFORE", "2017-03-08", "2017-03-15", "day");
    S_check("Les délégués arriveront dans quelques jours.", "2017-03-15",
            "dans quelques jours", "2017-03-15", "AFTER", "2017-03-15", "2017-03-22", "day");
    /* counted from another event, not from the story: no timex */
    S_none("Six ans après le début de la révolte, rien n'a changé.", "2017-03-15");
}

/* ------------------------------------------------------------------ */
/* Numbers that are not dates                                          */
/* ------------------------------------------------------------------ */

static void test_numbers_are_not_dates(void **state)
{
    (void)state;
    S_none("Plus de 500 combattants se sont rendus à l'armée.", "2016-12-07");
    S_none("Le cessez-le-feu est observé dans 1 203 localités.", "2017-02-10");
    S_none("La guerre a fait 310.000 morts et 310 000 blessés.", "2016-12-07");
    S_none("Les FDS ne sont plus qu'à 5 km du barrage.", "2016-12-07");
    S_none("Les avions ont mené 180 raids, dont 27 des 31 prévus.", "2016-12-07");
    S_none("Une zone de 15 à 20 kilomètres, 3.000 à 4.000 combattants.", "2016-12-07");
    S_none("Plus de 2000 morts ont été recensés.", "2016-12-07");
    S_none("Les deux tiers, soit 2/3 des habitants, ont fui.", "2016-12-07");
}

static void test_spans_are_original_offsets(void **state)
{
    (void)state;
    const char *text = "Les négociations, prévues à Genève, reprendront à la mi-février.";
    syev_doc *doc = S_extract(text, "2017-01-10");
    const syev_timex *t = S_find(doc, text, "à la mi-février");
    assert_int_equal(t->sentence, 0);
    assert_string_equal(t->date.value, "2017-02");
    syev_doc_free(doc);
}

static void test_timexes_in_text_order(void **state)
{
    (void)state;
    const char *text = "Lundi, les délégués sont arrivés. Mardi 3 mai, ils ont parlé. "
                       "Le 4 mai, ils partiront. Hier soir, la trêve tenait.";
    syev_doc *doc = S_extract(text, "2016-05-04");
    assert_int_equal(syev_doc_timex_count(doc), 4);
    for (size_t i = 1; i < syev_doc_timex_count(doc); i++)
        assert_true(syev_doc_timex(doc, i - 1)->span.end <= syev_doc_timex(doc, i)->span.begin);
    assert_int_equal(syev_doc_timex(doc, 3)->sentence, 3);
    syev_doc_free(doc);
}

/* The start keys of the grammar rows read digits as '0' and are found
 * piecewise for rows with many forms: no row that matches may be ruled out,
 * whatever the digits, blanks or characters beyond ASCII. */
static void test_row_start_keys_never_rule_out_a_match(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "du 13 au 15 juillet 2016, puis du 1er au 3 aout",
        "le 3 000 morts, 12/05/2016 et 12.05.16, 2016-05-12, le 7 5 2015 puis 1-2-2017",
        "mardi 13, le lun. 4 janv. 2016 a 06h00, vers 23 h 30 heure locale",
        "dans les 3 prochains jours, il y a 48 heures, 2 semaines plus tard, 10 jours avant",
        "entre le 2 et le 9, depuis le 31\tdecembre, le 28  fevrier   2015",
        "la nuit du 12 au 13 mars, le 2e jour de mai, la 1ere semaine d'avril, date 2017-02",
        "en 1989, fin 2016, mi-2015, d'ici 2020, le 4eme trimestre 2016, 2014-2015",
        "le \xd9\xa3 mars, \xd9\xa1\xd9\xa2/05/2016, \xc3\xa9t\xc3\xa9 2016, le 5\xc2\xa0mai",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
        if (syevp_timex_rows_agree(g_ex, texts[i]) != 1)
            fail_msg("a grammar row matches where its start keys rule it out: \"%s\"", texts[i]);
        else if (syevp_timex_anchor_rows_agree(g_ex, texts[i]) != 1)
            fail_msg("a grammar row holds an anchor its pattern was read to rule out: \"%s\"",
                     texts[i]);
}

/* The parts of a row's pattern whose split expands no more than the whole
 * are split first: the keys must be those found expanding each part whole
 * first. */
static void test_row_keys_whole_or_split_first(void **state)
{
    (void)state;
    assert_int_equal(syevp_timex_row_keys_agree(g_ex), 1);
}

/* The rows an anchor's word and what follows it leave to try are read off
 * the rows' patterns: no row whose match would be kept around an anchor
 * may be left out, whatever follows the word (blanks, a line break, a
 * dash, a digit, nothing). */
static void test_anchor_rows_never_rule_out_a_match(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "dimanche soir, dimanche 12 mars, le dimanche, 3 juin, dimanche premier mai, lundi dernier",
        "mercredi\net jeudi\tprochain, vendredi 13 et samedi 14 mai, mardi-gras, lun. 4",
        "l'apres-midi, ce week-end, le weekend dernier, mi-mars, a la mi-2016, la Saint-Sylvestre",
        "les 3 prochaines semaines, au cours des derniers mois, debut de semaine, fin de mois",
        "il y a deux ans, l'an dernier, l'annee prochaine, ces dernieres annees, en fin d'annee",
        "dans les prochaines heures, 48 heures plus tard, quelques jours avant, trois jours",
        "le mois dernier, ce mois-ci, le mois en cours, au mois de mars, la veille du 3 mai",
        "toute la journee, dans la nuit de samedi a dimanche, la nuit du 3 au 4, a l'aube",
        "en 2015\n2016, le 12/05, 12 05 2016, au printemps 2016, l'ete dernier, jusqu'en 2020",
        /* what follows the word, read further (each row's DFA) */
        "du 3 au 5 mars 2016, jeudi 23 fevrier, les autorites, samedi 2 mars au matin, le 14",
        "le 123456, 3-4 mai 2016, lun. 4\xc2\xa0janv., dans la nuit du 3 au 4 mars a 23h30 gmt",
        "le week-end du 12 au 14 mai, l'apres-midi du 3, mardi prochain dans la matinee, 1er",
        /* anchor words next to words of their length, first and second
         * letters (the scan looks at a word only when its third fits too) */
        "des dec. dans date depuis demain feu fev sous soir nord noel jan janv jui juil sep sept",
        "avant-veille aujourd'hui surlendemain trimestre quinzaine automne toussaint tombee mi",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
        if (syevp_timex_anchor_rows_agree(g_ex, texts[i]) != 1)
            fail_msg("a grammar row holds an anchor its pattern was read to rule out: \"%s\"",
                     texts[i]);
}

/* '_' joins words for \b but not for the anchor scan: a month or a number
 * after it still starts an expression. */
static void test_words_joined_by_underscore(void **state)
{
    (void)state;
    const char *text = "Le dossier note_mars 2016 puis lot_12 juin et AB_hier.";
    S_check(text, "2016-06-01", "mars 2016", "2016-03", NULL, "2016-03-01", "2016-03-31",
            "month");
    DAY(text, "2016-06-01", "12 juin", "2016-06-12");
    DAY(text, "2016-06-01", "hier", "2016-05-31");
}

/* The scan over plain words passes over words of 24 letters and more (no
 * anchor form is so long), words of 32 and more read by their length
 * modulo 32: begun like anchor words, of every length around those, they
 * hide no expression after them. */
static void test_long_words_are_passed_over(void **state)
{
    (void)state;
    static const char *const heads[] = {"mars", "hier", "de", "a", "dimanche", "le"};
    static const size_t lengths[] = {23, 24, 25, 31, 32, 33, 34, 36, 40, 55, 56, 63, 64, 65, 66};
    char word[80], text[3 * sizeof word + 64];
    for (size_t h = 0; h < sizeof heads / sizeof *heads; h++) {
        for (size_t l = 0; l < sizeof lengths / sizeof *lengths; l++) {
            const size_t n = strlen(heads[h]), len = lengths[l];
            memcpy(word, heads[h], n);
            memset(word + n, 'e', len - n);
            word[len] = '\0';
            snprintf(text, sizeof text, "Un %s le 12 mai 2016, %s\xc3\xa9 demain %s.", word, word,
                     word);
            DAY(text, "2016-06-01", "le 12 mai 2016", "2016-05-12");
            DAY(text, "2016-06-01", "demain", "2016-06-02");
        }
    }
}

/* The anchor scan takes a word between two boundaries that holds no '_'
 * for one run of [a-z0-9]: folding must leave no ASCII capital. */
static void test_folded_text_has_no_capitals(void **state)
{
    (void)state;
    char text[8 * 0x300];
    size_t n = 0;
    for (unsigned cp = 0x20; cp < 0x300; cp++) {
        if (cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
            continue;
        if (cp < 0x80) {
            text[n++] = (char)cp;
        } else {
            text[n++] = (char)(0xC0 | cp >> 6);
            text[n++] = (char)(0x80 | (cp & 0x3F));
        }
        text[n++] = ' ';
    }
    syevp_text t;
    memset(&t, 0, sizeof t);
    syev_error err;
    assert_int_equal(syevp_text_init(&t, &g_ex->alloc, text, n, &err), SYEV_OK);
    for (size_t i = 0; i < t.fold_len; i++)
        if (t.fold[i] >= 'A' && t.fold[i] <= 'Z')
            fail_msg("folded text holds '%c' at %zu", t.fold[i], i);
    syevp_text_release(&t, &g_ex->alloc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_long_words_are_passed_over),
        cmocka_unit_test(test_spec_absolute_date),
        cmocka_unit_test(test_spec_weekdays_by_tense),
        cmocka_unit_test(test_spec_month_parts),
        cmocka_unit_test(test_spec_month_with_year),
        cmocka_unit_test(test_spec_season),
        cmocka_unit_test(test_spec_this_week),
        cmocka_unit_test(test_spec_deictic_days),
        cmocka_unit_test(test_spec_windows),
        cmocka_unit_test(test_spec_night),
        cmocka_unit_test(test_spec_depuis_la_fin),
        cmocka_unit_test(test_spec_month_dct_fallback),
        cmocka_unit_test(test_spec_no_dct),
        cmocka_unit_test(test_spec_year_nearest_in_tense_direction),
        cmocka_unit_test(test_spec_shift_il_y_a),
        cmocka_unit_test(test_conv_windows),
        cmocka_unit_test(test_conv_year_parts),
        cmocka_unit_test(test_conv_week_forms),
        cmocka_unit_test(test_hope_looks_forward),
        cmocka_unit_test(test_conv_clock_times),
        cmocka_unit_test(test_conv_not_timexes),
        cmocka_unit_test(test_conv_story_words),
        cmocka_unit_test(test_issue_absolute_forms),
        cmocka_unit_test(test_issue_months_and_years),
        cmocka_unit_test(test_issue_qualified_weekdays),
        cmocka_unit_test(test_issue_deictic_words),
        cmocka_unit_test(test_issue_parts_and_seasons),
        cmocka_unit_test(test_issue_quarters_and_ranges),
        cmocka_unit_test(test_qualified_dates_and_months),
        cmocka_unit_test(test_counted_windows),
        cmocka_unit_test(test_cues_before_the_date),
        cmocka_unit_test(test_vague_counts),
        cmocka_unit_test(test_numbers_are_not_dates),
        cmocka_unit_test(test_spans_are_original_offsets),
        cmocka_unit_test(test_timexes_in_text_order),
        cmocka_unit_test(test_row_start_keys_never_rule_out_a_match),
        cmocka_unit_test(test_row_keys_whole_or_split_first),
        cmocka_unit_test(test_anchor_rows_never_rule_out_a_match),
        cmocka_unit_test(test_folded_text_has_no_capitals),
        cmocka_unit_test(test_words_joined_by_underscore),
    };
    return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
