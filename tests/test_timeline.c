/* test_timeline.c — merging, ordering, identity and invariants of the
 * timeline.  Documents are built by hand (text + mentions written into the
 * private structs), so these tests do not depend on the extraction stages.
 * Expected values are worked out from SPEC.md section 4 and the merge policy
 * documented in include/syriaevents_timeline.h. */
#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "json_private.h"
#include "syev_private.h"

/* ------------------------------------------------------------------ */
/* Fixture: hand-made documents                                        */
/* ------------------------------------------------------------------ */

static const syev_place ALEPPO = {"Aleppo", "SY", 36.2, 37.16, 1};
static const syev_place HOMS = {"Homs", "SY", 34.73, 36.71, 1};
static const syev_place GENEVA = {"Geneva", "CH", 46.2, 6.15, 1};

static syev_doc *S_doc(const char *id, const char *dct, const char *text)
{
    syev_allocator a;
    syevp_allocator_init(&a, NULL);
    syev_doc *d = NULL;
    assert_int_equal(syevp_doc_new(&a, id, text, strlen(text), &d, NULL), SYEV_OK);
    if (dct) {
        assert_int_equal(syev_date_parse(dct, &d->dct.pub, NULL), SYEV_OK);
        d->dct_source = SYEV_DCT_CALLER;
    }
    return d;
}

static syev_span S_find(const syev_doc *d, const char *needle, size_t from)
{
    const char *p = strstr(d->text.orig + from, needle);
    assert_non_null(p);
    syev_span s = {(size_t)(p - d->text.orig), (size_t)(p - d->text.orig) + strlen(needle)};
    return s;
}

/* A date from "YYYY-MM-DD" bounds (NULL, NULL: undated). */
static syev_date S_date(const char *value, const char *begin, const char *end,
                        syev_granularity g, syev_mod mod)
{
    syev_date d;
    memset(&d, 0, sizeof d);
    if (value)
        strcpy(d.value, value);
    if (begin)
        strcpy(d.begin, begin);
    if (end)
        strcpy(d.end, end);
    d.granularity = g;
    d.mod = mod;
    return d;
}

static syev_date S_day(const char *day)
{
    return S_date(day, day, day, SYEV_GRAN_DAY, SYEV_MOD_NONE);
}

static const syev_date UNDATED = {"", "", "", SYEV_MOD_NONE, SYEV_GRAN_UNKNOWN};

/* The sentence that starts with `start`: up to and including its full stop. */
static syev_span S_sentence(const syev_doc *d, const char *start)
{
    syev_span s = S_find(d, start, 0);
    const char *stop = strchr(d->text.orig + s.begin, '.');
    s.end = stop ? (size_t)(stop - d->text.orig) + 1 : d->text.orig_len;
    return s;
}

/* Adds a mention on the sentence that starts with `sentence` with trigger
 * `trigger` (inside it); `actors` is a NULL-terminated list of codes, each
 * given its own code as surface form when it occurs, else the trigger span. */
static syevp_mention *S_mention(syev_doc *d, syev_event_type type, const char *sentence,
                                const char *trigger, syev_date date, syev_factuality fact,
                                const syev_place *place, const char *const *actors)
{
    syevp_mention *m = syevp_doc_add_mention(d);
    assert_non_null(m);
    m->pub.type = type;
    m->pub.cameo = type == SYEV_EVENT_CEASEFIRE ? "0871" : type == SYEV_EVENT_TALKS ? "0431" : "190";
    m->pub.sentence = S_sentence(d, sentence);
    m->pub.trigger = S_find(d, trigger, m->pub.sentence.begin);
    m->pub.date = date;
    m->pub.anchor = date.begin[0] ? SYEV_ANCHOR_EXPLICIT : SYEV_ANCHOR_NONE;
    m->pub.factuality = fact;
    m->pub.location = place;
    m->pub.confidence = 0.6;
    for (size_t i = 0; actors && actors[i]; i++) {
        syev_span s = m->pub.trigger;
        assert_int_not_equal(syevp_doc_add_actor(d, actors[i], s.begin, s.end), SIZE_MAX);
        m->pub.actor_count++;
    }
    return m;
}

/* Points the mentions' actor views into the pool (which may have moved). */
static void S_finish(syev_doc *d)
{
    for (size_t i = 0; i < d->mention_count; i++) {
        syevp_mention *m = &d->mentions[i];
        m->pub.actors = m->pub.actor_count ? d->actor_pool + m->actor_first : NULL;
    }
}

static syev_timeline *S_timeline(unsigned flags)
{
    syev_timeline *tl = NULL;
    assert_int_equal(syev_timeline_new(flags, NULL, &tl, NULL), SYEV_OK);
    return tl;
}

static void S_add(syev_timeline *tl, syev_doc *d)
{
    S_finish(d);
    syev_error err;
    assert_int_equal(syev_timeline_add(tl, d, &err), SYEV_OK);
    assert_null(syevp_timeline_check(tl));
    syev_doc_free(d);
}

static const char *const RUS_SYR[] = {"RUS", "SYRGOV", NULL};
static const char *const RUS[] = {"RUS", NULL};
static const char *const ISIS[] = {"ISIS", NULL};
static const char *const SYROPP_SYRGOV[] = {"SYROPP", "SYRGOV", NULL};

/* ------------------------------------------------------------------ */
/* Merge and non-merge cases                                           */
/* ------------------------------------------------------------------ */

/* The same talks reported by two articles published on two days: one
 * entry, both mentions kept, two sources, asserted beats planned. */
static void test_same_talks_two_articles(void **state)
{
    (void)state;
    syev_timeline *tl = S_timeline(0);
    syev_doc *a = S_doc("a", "2016-01-28",
                        "Les pourparlers doivent s'ouvrir vendredi a Geneve entre le regime et "
                        "l'opposition.");
    S_mention(a, SYEV_EVENT_TALKS, "Les pourparlers", "pourparlers", S_day("2016-01-29"),
              SYEV_FACT_PLANNED, &GENEVA, SYROPP_SYRGOV);
    S_add(tl, a);
    syev_doc *b = S_doc("b", "2016-01-30",
                        "Les pourparlers se sont ouverts vendredi soir a Geneve, sans l'opposition.");
    S_mention(b, SYEV_EVENT_TALKS, "Les pourparlers", "pourparlers", S_day("2016-01-29"),
              SYEV_FACT_ASSERTED, &GENEVA, SYROPP_SYRGOV);
    S_add(tl, b);

    assert_int_equal(syev_timeline_count(tl), 1);
    const syev_entry *e = syev_timeline_entry(tl, 0);
    assert_int_equal(e->type, SYEV_EVENT_TALKS);
    assert_int_equal(e->mention_count, 2);
    assert_int_equal(e->document_count, 2);
    assert_string_equal(e->mentions[0]->doc, "a");
    assert_string_equal(e->mentions[1]->doc, "b");
    assert_int_equal(e->factuality, SYEV_FACT_ASSERTED);
    assert_string_equal(e->date.value, "2016-01-29");
    /* noisy-OR of two independent 0.6 sources: 1 - 0.4 * 0.4 */
    assert_true(e->confidence > 0.839 && e->confidence < 0.841);
    assert_int_equal(e->actor_count, 2);
    syev_timeline_free(tl);
}

/* Two battles on the same day in two cities stay two entries; same begin
 * and precision, so they keep the order of their first mention. */
static void test_same_day_two_cities(void **state)
{
    (void)state;
    syev_timeline *tl = S_timeline(0);
    syev_doc *d = S_doc("d", "2016-10-05",
                        "Des combats ont eu lieu mardi a Homs. Des frappes ont vise mardi des "
                        "quartiers d'Alep.");
    S_mention(d, SYEV_EVENT_BATTLE, "Des combats", "combats", S_day("2016-10-04"),
              SYEV_FACT_ASSERTED, &HOMS, NULL);
    S_mention(d, SYEV_EVENT_BATTLE, "Des frappes", "frappes", S_day("2016-10-04"),
              SYEV_FACT_ASSERTED, &ALEPPO, NULL);
    S_add(tl, d);
    assert_int_equal(syev_timeline_count(tl), 2);
    assert_string_equal(syev_timeline_entry(tl, 0)->location->name, "Homs");
    assert_string_equal(syev_timeline_entry(tl, 1)->location->name, "Aleppo");
    assert_string_not_equal(syev_timeline_entry(tl, 0)->id, syev_timeline_entry(tl, 1)->id);
    syev_timeline_free(tl);
}

/* A ceasefire announced for "the coming days" then reported in force on a
 * given day: one entry, asserted, dated by the more precise date. */
static void test_planned_then_asserted(void **state)
{
    (void)state;
    syev_timeline *tl = S_timeline(0);
    syev_doc *a = S_doc("a", "2016-02-22", "Une treve doit entrer en vigueur dans les prochains jours.");
    S_mention(a, SYEV_EVENT_CEASEFIRE, "Une treve", "treve",
              S_date("2016-02-22", "2016-02-22", "2016-02-29", SYEV_GRAN_DAY, SYEV_MOD_AFTER),
              SYEV_FACT_PLANNED, NULL, RUS);
    S_add(tl, a);
    syev_doc *b = S_doc("b", "2016-02-28", "La treve est entree en vigueur samedi a minuit.");
    S_mention(b, SYEV_EVENT_CEASEFIRE, "La treve", "treve", S_day("2016-02-27"),
              SYEV_FACT_ASSERTED, NULL, NULL);
    S_add(tl, b);
    assert_int_equal(syev_timeline_count(tl), 1);
    const syev_entry *e = syev_timeline_entry(tl, 0);
    assert_int_equal(e->factuality, SYEV_FACT_ASSERTED);
    assert_string_equal(e->date.value, "2016-02-27");
    assert_int_equal(e->date.mod, SYEV_MOD_NONE);
    assert_int_equal(e->mention_count, 2);
    assert_int_equal(e->actor_count, 1);
    assert_string_equal(e->actors[0].code, "RUS");
    syev_timeline_free(tl);
}

/* Undated mentions are never merged and come last, in document order,
 * even when added before dated ones. */
static void test_undated_last_in_document_order(void **state)
{
    (void)state;
    syev_timeline *tl = S_timeline(0);
    syev_doc *a = S_doc("a", NULL, "La treve est respectee. Les combats continuent.");
    S_mention(a, SYEV_EVENT_CEASEFIRE, "La treve", "treve", UNDATED, SYEV_FACT_ASSERTED, NULL,
              NULL);
    S_mention(a, SYEV_EVENT_BATTLE, "Les combats", "combats", UNDATED, SYEV_FACT_ASSERTED, NULL,
              NULL);
    S_add(tl, a);
    syev_doc *b = S_doc("b", NULL, "La treve est respectee depuis le 3 mars 2016.");
    S_mention(b, SYEV_EVENT_CEASEFIRE, "La treve", "treve", UNDATED, SYEV_FACT_ASSERTED, NULL,
              NULL);
    S_mention(b, SYEV_EVENT_CEASEFIRE, "La treve", "treve", S_day("2016-03-03"),
              SYEV_FACT_ASSERTED, NULL, NULL);
    S_add(tl, b);
    assert_int_equal(syev_timeline_count(tl), 4);
    assert_string_equal(syev_timeline_entry(tl, 0)->date.value, "2016-03-03");
    const syev_entry *u1 = syev_timeline_entry(tl, 1), *u2 = syev_timeline_entry(tl, 2),
                     *u3 = syev_timeline_entry(tl, 3);
    assert_string_equal(u1->mentions[0]->doc, "a");
    assert_int_equal(u1->type, SYEV_EVENT_CEASEFIRE);
    assert_int_equal(u2->type, SYEV_EVENT_BATTLE);
    assert_string_equal(u3->mentions[0]->doc, "b");
    assert_string_equal(u1->date.value, "");
    /* Same type, place and actors, no date: the ids still differ. */
    assert_string_not_equal(u1->id, u3->id);
    syev_timeline_free(tl);
}

/* Two days of one battle stay two entries; a week-level mention joins only
 * one of them (never pulls both days into one). */
static void test_multi_day_battle(void **state)
{
    (void)state;
    syev_timeline *tl = S_timeline(0);
    syev_doc *d = S_doc("d", "2016-12-07",
                        "Lundi, l'armee a lance l'assaut sur Alep. Mardi, les combats ont repris a "
                        "Alep.");
    S_mention(d, SYEV_EVENT_BATTLE, "Lundi, l'armee", "assaut", S_day("2016-12-05"),
              SYEV_FACT_ASSERTED, &ALEPPO, NULL);
    S_mention(d, SYEV_EVENT_BATTLE, "Mardi, les", "combats", S_day("2016-12-06"),
              SYEV_FACT_ASSERTED, &ALEPPO, NULL);
    S_add(tl, d);
    syev_doc *w = S_doc("w", "2016-12-11", "Cette semaine, les bombardements sur Alep ont redouble.");
    S_mention(w, SYEV_EVENT_BATTLE, "Cette semaine", "bombardements",
              S_date("2016-W49", "2016-12-05", "2016-12-11", SYEV_GRAN_WEEK, SYEV_MOD_NONE),
              SYEV_FACT_ASSERTED, &ALEPPO, NULL);
    S_add(tl, w);
    assert_int_equal(syev_timeline_count(tl), 2);
    assert_string_equal(syev_timeline_entry(tl, 0)->date.value, "2016-12-05");
    assert_string_equal(syev_timeline_entry(tl, 1)->date.value, "2016-12-06");
    assert_int_equal(syev_timeline_entry(tl, 0)->mention_count +
                         syev_timeline_entry(tl, 1)->mention_count,
                     3);
    syev_timeline_free(tl);
}

/* The index groups entries by runs of 32 days (2015-11-29 starts one):
 * a week that began in the run before still takes a day of the next, in
 * either order, and a day two runs later stays apart. */
static void test_merge_across_index_runs(void **state)
{
    (void)state;
    const syev_date week = S_date("2015-W48", "2015-11-23", "2015-11-29", SYEV_GRAN_WEEK,
                                  SYEV_MOD_NONE);
    for (int week_first = 0; week_first < 2; week_first++) {
        syev_timeline *tl = S_timeline(0);
        for (int k = 0; k < 2; k++) {
            bool is_week = (k == 0) == (week_first == 1);
            syev_doc *d = S_doc(is_week ? "w" : "d", "2015-12-02",
                                "Les pourparlers ont eu lieu a Geneve.");
            S_mention(d, SYEV_EVENT_TALKS, "Les pourparlers", "pourparlers",
                      is_week ? week : S_day("2015-11-29"), SYEV_FACT_ASSERTED, &GENEVA, RUS);
            S_add(tl, d);
        }
        syev_doc *late = S_doc("l", "2016-01-20", "Les pourparlers ont eu lieu a Geneve.");
        S_mention(late, SYEV_EVENT_TALKS, "Les pourparlers", "pourparlers", S_day("2016-01-18"),
                  SYEV_FACT_ASSERTED, &GENEVA, RUS);
        S_add(tl, late);
        assert_int_equal(syev_timeline_count(tl), 2);
        assert_int_equal(syev_timeline_entry(tl, 0)->mention_count, 2);
        assert_string_equal(syev_timeline_entry(tl, 0)->date.value, "2015-11-29");
        assert_int_equal(syev_timeline_entry(tl, 1)->mention_count, 1);
        syev_timeline_free(tl);
    }
}

/* A month-level battle is too coarse to be merged with a day. */
static void test_battle_month_not_merged_with_day(void **state)
{
    (void)state;
    syev_timeline *tl = S_timeline(0);
    syev_doc *d = S_doc("d", "2016-12-20",
                        "En decembre, les combats ont ravage Alep. Le 13 decembre, un assaut a "
                        "frappe Alep.");
    S_mention(d, SYEV_EVENT_BATTLE, "En decembre", "combats",
              S_date("2016-12", "2016-12-01", "2016-12-31", SYEV_GRAN_MONTH, SYEV_MOD_NONE),
              SYEV_FACT_ASSERTED, &ALEPPO, NULL);
    S_mention(d, SYEV_EVENT_BATTLE, "Le 13", "assaut", S_day("2016-12-13"), SYEV_FACT_ASSERTED,
              &ALEPPO, NULL);
    S_add(tl, d);
    assert_int_equal(syev_timeline_count(tl), 2);
    /* The month begins on the 1st, so it sorts first. */
    assert_string_equal(syev_timeline_entry(tl, 0)->date.value, "2016-12");
    syev_timeline_free(tl);
}

static void test_never_across_types(void **state)
{
    (void)state;
    syev_timeline *tl = S_timeline(0);
    syev_doc *d = S_doc("d", "2016-09-13", "La treve a ete violee par des combats a Alep.");
    S_mention(d, SYEV_EVENT_CEASEFIRE, "La treve", "treve", S_day("2016-09-13"),
              SYEV_FACT_ASSERTED, &ALEPPO, NULL);
    S_mention(d, SYEV_EVENT_BATTLE, "La treve", "combats", S_day("2016-09-13"),
              SYEV_FACT_ASSERTED, &ALEPPO, NULL);
    S_add(tl, d);
    assert_int_equal(syev_timeline_count(tl), 2);
    syev_timeline_free(tl);
}

/* A date inherited from the story or taken from the DCT does not identify
 * an occurrence: such mentions are not merged, even on the same day. */
static void test_inherited_and_dct_dates_do_not_merge(void **state)
{
    (void)state;
    syev_timeline *tl = S_timeline(0);
    syev_doc *d = S_doc("d", "2017-03-23",
                        "Les pourparlers s'ouvrent aujourd'hui a Geneve. Quatre series de "
                        "pourparlers ont deja eu lieu a Geneve. Des pourparlers se tiennent a "
                        "Geneve.");
    S_mention(d, SYEV_EVENT_TALKS, "Les pourparlers", "pourparlers", S_day("2017-03-23"),
              SYEV_FACT_ASSERTED, &GENEVA, NULL)->pub.anchor = SYEV_ANCHOR_RELATIVE;
    S_mention(d, SYEV_EVENT_TALKS, "Quatre", "pourparlers", S_day("2017-03-23"),
              SYEV_FACT_ASSERTED, &GENEVA, NULL)->pub.anchor = SYEV_ANCHOR_INHERITED;
    S_mention(d, SYEV_EVENT_TALKS, "Des pourparlers", "pourparlers", S_day("2017-03-23"),
              SYEV_FACT_ASSERTED, &GENEVA, NULL)->pub.anchor = SYEV_ANCHOR_DCT;
    S_add(tl, d);
    assert_int_equal(syev_timeline_count(tl), 3);
    /* Same day: in document order; the ids still differ. */
    assert_int_equal(syev_timeline_entry(tl, 0)->anchor, SYEV_ANCHOR_RELATIVE);
    assert_int_equal(syev_timeline_entry(tl, 1)->anchor, SYEV_ANCHOR_INHERITED);
    assert_string_not_equal(syev_timeline_entry(tl, 1)->id, syev_timeline_entry(tl, 2)->id);
    syev_timeline_free(tl);
}

/* Unknown place merges with a known one; different actors do not merge. */
static void test_place_and_actor_compatibility(void **state)
{
    (void)state;
    syev_timeline *tl = S_timeline(0);
    syev_doc *a = S_doc("a", "2016-06-02", "Des raids russes ont frappe Alep jeudi.");
    S_mention(a, SYEV_EVENT_BATTLE, "Des raids", "raids", S_day("2016-06-02"),
              SYEV_FACT_ASSERTED, &ALEPPO, RUS);
    S_add(tl, a);
    syev_doc *b = S_doc("b", "2016-06-03", "Les raids ont fait dix morts jeudi. Daech a attaque jeudi.");
    S_mention(b, SYEV_EVENT_BATTLE, "Les raids", "raids", S_day("2016-06-02"),
              SYEV_FACT_ASSERTED, NULL, RUS_SYR);
    S_mention(b, SYEV_EVENT_BATTLE, "Daech a", "attaque", S_day("2016-06-02"), SYEV_FACT_ASSERTED,
              NULL, ISIS);
    S_add(tl, b);
    assert_int_equal(syev_timeline_count(tl), 2);
    const syev_entry *e = syev_timeline_entry(tl, 0);
    assert_int_equal(e->mention_count, 2);
    assert_int_equal(e->document_count, 2);
    assert_string_equal(e->location->name, "Aleppo");
    assert_int_equal(e->actor_count, 2); /* union: RUS, SYRGOV */
    assert_string_equal(syev_timeline_entry(tl, 1)->actors[0].code, "ISIS");
    syev_timeline_free(tl);
}

/* A denial in one article merges with the event another reports; the
 * entry is negated only when every mention denies it. */
static void test_negated(void **state)
{
    (void)state;
    syev_timeline *tl = S_timeline(0);
    syev_doc *a = S_doc("a", "2016-04-10",
                        "Moscou a dementi toute frappe sur Alep samedi. Damas dement une reunion "
                        "lundi.");
    S_mention(a, SYEV_EVENT_BATTLE, "Moscou a", "frappe", S_day("2016-04-09"), SYEV_FACT_NEGATED,
              &ALEPPO, NULL);
    S_mention(a, SYEV_EVENT_TALKS, "Damas dement", "reunion", S_day("2016-04-04"),
              SYEV_FACT_NEGATED, NULL, NULL);
    S_add(tl, a);
    syev_doc *b = S_doc("b", "2016-04-11", "Une frappe a touche Alep samedi.");
    S_mention(b, SYEV_EVENT_BATTLE, "Une frappe", "frappe", S_day("2016-04-09"),
              SYEV_FACT_ASSERTED, &ALEPPO, NULL);
    S_add(tl, b);
    assert_int_equal(syev_timeline_count(tl), 2);
    assert_int_equal(syev_timeline_entry(tl, 0)->type, SYEV_EVENT_TALKS);
    assert_int_equal(syev_timeline_entry(tl, 0)->factuality, SYEV_FACT_NEGATED);
    assert_int_equal(syev_timeline_entry(tl, 1)->factuality, SYEV_FACT_ASSERTED);
    assert_int_equal(syev_timeline_entry(tl, 1)->mention_count, 2);
    syev_timeline_free(tl);
}

/* Within one article, a meeting reported and one hoped for on the same
 * day, the same day's meetings between other parties, or the same parties
 * dated differently, are different events; the same report repeated
 * (headline and body) is one. */
static void test_one_article_tells_apart(void **state)
{
    (void)state;
    syev_timeline *tl = S_timeline(0);
    syev_doc *d = S_doc("d", "2016-05-03",
                        "Des discussions russo-americaines ont eu lieu aujourd'hui. Moscou espere "
                        "des discussions aujourd'hui avec Damas. Des discussions ont eu lieu "
                        "aujourd'hui entre Ankara et l'opposition. Les discussions russes ont eu "
                        "lieu aujourd'hui.");
    static const char *const rus_usa[] = {"RUS", "USA", NULL};
    static const char *const tur_opp[] = {"TUR", "SYROPP", NULL};
    S_mention(d, SYEV_EVENT_TALKS, "Des discussions russo", "discussions", S_day("2016-05-03"),
              SYEV_FACT_ASSERTED, NULL, rus_usa);
    S_mention(d, SYEV_EVENT_TALKS, "Moscou espere", "discussions", S_day("2016-05-03"),
              SYEV_FACT_POSSIBLE, NULL, RUS_SYR);
    S_mention(d, SYEV_EVENT_TALKS, "Des discussions ont", "discussions", S_day("2016-05-03"),
              SYEV_FACT_ASSERTED, NULL, tur_opp);
    S_mention(d, SYEV_EVENT_TALKS, "Les discussions russes", "discussions", S_day("2016-05-03"),
              SYEV_FACT_ASSERTED, NULL, rus_usa);
    S_mention(d, SYEV_EVENT_TALKS, "Les discussions russes", "discussions",
              S_date("2016-05-02/2016-05-03", "2016-05-02", "2016-05-03", SYEV_GRAN_INTERVAL,
                     SYEV_MOD_NONE),
              SYEV_FACT_ASSERTED, NULL, rus_usa);
    S_add(tl, d);
    assert_int_equal(syev_timeline_count(tl), 4);
    assert_string_equal(syev_timeline_entry(tl, 0)->date.value, "2016-05-02/2016-05-03");
    const syev_entry *first = syev_timeline_entry(tl, 1);
    assert_int_equal(first->mention_count, 2); /* the same report twice */
    assert_int_equal(first->factuality, SYEV_FACT_ASSERTED);
    /* One document: confidence is its best mention's, not a sum. */
    assert_true(first->confidence > 0.599 && first->confidence < 0.601);
    assert_int_equal(syev_timeline_entry(tl, 2)->factuality, SYEV_FACT_POSSIBLE);
    assert_int_equal(syev_timeline_entry(tl, 3)->actors[0].code[0], 'T');
    syev_timeline_free(tl);
}

/* A date reported for what happened beats the date of the plan, even when
 * the plan's date is more precise. */
static void test_date_of_what_happened_wins(void **state)
{
    (void)state;
    syev_timeline *tl = S_timeline(0);
    syev_doc *a = S_doc("a", "2016-02-22", "Une treve doit entrer en vigueur samedi.");
    S_mention(a, SYEV_EVENT_CEASEFIRE, "Une treve", "treve", S_day("2016-02-27"),
              SYEV_FACT_PLANNED, NULL, NULL);
    S_add(tl, a);
    syev_doc *b = S_doc("b", "2016-03-05", "Une treve est entree en vigueur fin fevrier.");
    S_mention(b, SYEV_EVENT_CEASEFIRE, "Une treve", "treve",
              S_date("2016-02", "2016-02-21", "2016-02-29", SYEV_GRAN_MONTH, SYEV_MOD_END),
              SYEV_FACT_ASSERTED, NULL, NULL);
    S_add(tl, b);
    assert_int_equal(syev_timeline_count(tl), 1);
    const syev_entry *e = syev_timeline_entry(tl, 0);
    assert_string_equal(e->date.value, "2016-02");
    assert_int_equal(e->date.mod, SYEV_MOD_END);
    assert_int_equal(e->factuality, SYEV_FACT_ASSERTED);
    syev_timeline_free(tl);
}

/* Order: begin, then narrower first, then first mention. */
static void test_order_by_begin_then_precision(void **state)
{
    (void)state;
    syev_timeline *tl = S_timeline(0);
    syev_doc *d = S_doc("d", "2016-03-20",
                        "Les negociations de mars. La treve du 1er mars. Les combats du 5 mars. "
                        "Les discussions du 1er mars.");
    S_mention(d, SYEV_EVENT_TALKS, "Les negociations", "negociations",
              S_date("2016-03", "2016-03-01", "2016-03-31", SYEV_GRAN_MONTH, SYEV_MOD_NONE),
              SYEV_FACT_ASSERTED, &GENEVA, NULL);
    S_mention(d, SYEV_EVENT_CEASEFIRE, "La treve", "treve", S_day("2016-03-01"),
              SYEV_FACT_ASSERTED, NULL, NULL);
    S_mention(d, SYEV_EVENT_BATTLE, "Les combats", "combats", S_day("2016-03-05"),
              SYEV_FACT_ASSERTED, NULL, NULL);
    S_mention(d, SYEV_EVENT_TALKS, "Les discussions", "discussions", S_day("2016-03-01"),
              SYEV_FACT_ASSERTED, &HOMS, NULL);
    S_add(tl, d);
    assert_int_equal(syev_timeline_count(tl), 4);
    assert_int_equal(syev_timeline_entry(tl, 0)->type, SYEV_EVENT_CEASEFIRE);
    assert_int_equal(syev_timeline_entry(tl, 1)->type, SYEV_EVENT_TALKS);
    assert_string_equal(syev_timeline_entry(tl, 1)->date.value, "2016-03-01");
    assert_string_equal(syev_timeline_entry(tl, 2)->date.value, "2016-03");
    assert_int_equal(syev_timeline_entry(tl, 3)->type, SYEV_EVENT_BATTLE);
    syev_timeline_free(tl);
}

static void test_no_merge_flag(void **state)
{
    (void)state;
    syev_timeline *tl = S_timeline(SYEV_TIMELINE_NO_MERGE);
    for (int k = 0; k < 2; k++) {
        syev_doc *d = S_doc(k ? "b" : "a", "2016-01-30", "Les pourparlers ont debute vendredi.");
        S_mention(d, SYEV_EVENT_TALKS, "Les pourparlers", "pourparlers", S_day("2016-01-29"),
                  SYEV_FACT_ASSERTED, NULL, NULL);
        S_add(tl, d);
    }
    assert_int_equal(syev_timeline_count(tl), 2);
    assert_string_not_equal(syev_timeline_entry(tl, 0)->id, syev_timeline_entry(tl, 1)->id);
    assert_int_equal(syev_timeline_entry(tl, 0)->mention_count, 1);
    syev_timeline_free(tl);
}


/* An entry whose date narrows (week -> day) is still found by later
 * mentions of that day or that week. */
static void test_narrowed_entry_still_found(void **state)
{
    (void)state;
    syev_timeline *tl = S_timeline(0);
    const syev_date week = S_date("2016-W49", "2016-12-05", "2016-12-11", SYEV_GRAN_WEEK,
                                  SYEV_MOD_NONE);
    syev_doc *a = S_doc("a", "2016-12-11", "Cette semaine, des pourparlers ont eu lieu a Geneve.");
    S_mention(a, SYEV_EVENT_TALKS, "Cette semaine", "pourparlers", week, SYEV_FACT_ASSERTED,
              &GENEVA, NULL);
    S_add(tl, a);
    syev_doc *b = S_doc("b", "2016-12-08", "Les pourparlers ont eu lieu mercredi a Geneve.");
    S_mention(b, SYEV_EVENT_TALKS, "Les pourparlers", "pourparlers", S_day("2016-12-07"),
              SYEV_FACT_ASSERTED, &GENEVA, NULL);
    S_add(tl, b);
    assert_string_equal(syev_timeline_entry(tl, 0)->date.value, "2016-12-07");
    syev_doc *c = S_doc("c", "2016-12-12", "Les pourparlers de mercredi ont echoue.");
    S_mention(c, SYEV_EVENT_TALKS, "Les pourparlers", "pourparlers", S_day("2016-12-07"),
              SYEV_FACT_ASSERTED, NULL, NULL);
    S_add(tl, c);
    syev_doc *e = S_doc("e", "2016-12-11", "Cette semaine, les pourparlers ont echoue.");
    S_mention(e, SYEV_EVENT_TALKS, "Cette", "pourparlers", week, SYEV_FACT_ASSERTED, NULL, NULL);
    S_add(tl, e);
    assert_int_equal(syev_timeline_count(tl), 1);
    assert_int_equal(syev_timeline_entry(tl, 0)->mention_count, 4);
    assert_int_equal(syev_timeline_entry(tl, 0)->document_count, 4);
    syev_timeline_free(tl);
}

/* Coarse dates merge only with the very same date. */
static void test_coarse_dates_merge_only_when_equal(void **state)
{
    (void)state;
    syev_timeline *tl = S_timeline(0);
    const syev_date year = S_date("2016", "2016-01-01", "2016-12-31", SYEV_GRAN_YEAR,
                                  SYEV_MOD_NONE);
    syev_doc *d = S_doc("d", "2017-01-10",
                        "En 2016, les pourparlers de Geneve ont echoue. Les pourparlers de "
                        "Geneve, en 2016, furent vains. Les pourparlers du 3 mars 2016 ont echoue.");
    S_mention(d, SYEV_EVENT_TALKS, "En 2016", "pourparlers", year, SYEV_FACT_ASSERTED, &GENEVA,
              NULL);
    S_mention(d, SYEV_EVENT_TALKS, "Les pourparlers de Geneve,", "pourparlers", year,
              SYEV_FACT_ASSERTED, &GENEVA, NULL);
    S_mention(d, SYEV_EVENT_TALKS, "Les pourparlers du", "pourparlers", S_day("2016-03-03"),
              SYEV_FACT_ASSERTED, &GENEVA, NULL);
    S_add(tl, d);
    assert_int_equal(syev_timeline_count(tl), 2);
    assert_string_equal(syev_timeline_entry(tl, 0)->date.value, "2016");
    assert_int_equal(syev_timeline_entry(tl, 0)->mention_count, 2);
    assert_string_equal(syev_timeline_entry(tl, 1)->date.value, "2016-03-03");
    syev_timeline_free(tl);
}

/* Many documents: merging looks only at nearby entries, so this is fast;
 * each (day, city) battle is reported by two documents. */
static void test_many_documents(void **state)
{
    (void)state;
    static const syev_place *const cities[] = {&ALEPPO, &HOMS, &GENEVA};
    syev_timeline *tl = S_timeline(0);
    const int days = 1500;
    for (int k = 0; k < 2 * days; k++) {
        char id[16], day[11];
        snprintf(id, sizeof id, "n%d", k);
        syevp_format_day(syevp_days_from_civil(2012, 1, 1) + k % days, day);
        syev_doc *d = S_doc(id, day, "Des combats. Des combats. Des combats.");
        for (int c = 0; c < 3; c++) {
            syevp_mention *m = S_mention(d, SYEV_EVENT_BATTLE, "Des", "combats", S_day(day),
                                         SYEV_FACT_ASSERTED, cities[c], NULL);
            m->pub.sentence.begin = m->pub.trigger.begin = (size_t)c * 13;
            m->pub.sentence.end = (size_t)c * 13 + 12;
            m->pub.trigger.end = m->pub.trigger.begin + 3;
        }
        S_finish(d);
        assert_int_equal(syev_timeline_add(tl, d, NULL), SYEV_OK);
        syev_doc_free(d);
    }
    assert_int_equal(syev_timeline_count(tl), 3 * days);
    assert_int_equal(syev_timeline_entry(tl, 0)->document_count, 2);
    assert_null(syevp_timeline_check(tl));
    syev_timeline_free(tl);
}

/* ------------------------------------------------------------------ */
/* Identity                                                            */
/* ------------------------------------------------------------------ */

static void S_add_talks(syev_timeline *tl, const char *id)
{
    syev_doc *d = S_doc(id, "2017-01-24", "Les pourparlers d'Astana ont debute lundi.");
    S_mention(d, SYEV_EVENT_TALKS, "Les pourparlers", "pourparlers", S_day("2017-01-23"),
              SYEV_FACT_ASSERTED, NULL, RUS);
    S_add(tl, d);
}

static void S_add_unrelated(syev_timeline *tl, const char *day)
{
    syev_doc *d = S_doc("u", "2015-11-22", "Des combats ont eu lieu samedi a Homs.");
    S_mention(d, SYEV_EVENT_BATTLE, "Des combats", "combats", S_day(day), SYEV_FACT_ASSERTED,
              &HOMS, NULL);
    S_add(tl, d);
}

static void test_id_stable_across_unrelated_documents(void **state)
{
    (void)state;
    syev_timeline *alone = S_timeline(0), *mixed = S_timeline(0);
    S_add_talks(alone, "x");
    S_add_unrelated(mixed, "2015-11-21");
    S_add_talks(mixed, "x");
    S_add_unrelated(mixed, "2015-11-14");
    assert_int_equal(syev_timeline_count(mixed), 3);
    const syev_entry *e = syev_timeline_entry(mixed, 2); /* 2017 sorts last */
    assert_int_equal(e->type, SYEV_EVENT_TALKS);
    assert_string_equal(e->id, syev_timeline_entry(alone, 0)->id);
    assert_int_equal(strlen(e->id), 16);
    assert_int_equal(strspn(e->id, "0123456789abcdef"), 16);
    syev_timeline_free(alone);
    syev_timeline_free(mixed);
}

/* ------------------------------------------------------------------ */
/* Ids: the fast hash agrees with its definition                       */
/* ------------------------------------------------------------------ */

static uint64_t S_ref_fnv(uint64_t h, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++)
        h = (h ^ *p) * 0x100000001b3ull;
    return (h ^ 0xffu) * 0x100000001b3ull;
}

/* The id hash as json_private.h defines it: FNV-1a 64 of the type, date,
 * mod, place, the distinct actor codes in strcmp order, then the salt's
 * document id and "%zu:%zu:%zu" spans. */
static uint64_t S_ref_hash(const syev_entry *e, const syevp_tl_mention *salt)
{
    uint64_t h = S_ref_fnv(0xcbf29ce484222325ull, syev_event_type_name(e->type));
    h = S_ref_fnv(h, e->date.value);
    h = S_ref_fnv(h, syev_mod_name(e->date.mod));
    h = S_ref_fnv(h, e->location ? e->location->name : NULL);
    const char *after = NULL;
    for (;;) {
        const char *best = NULL;
        for (size_t i = 0; i < e->actor_count; i++) {
            const char *c = e->actors[i].code;
            if ((!after || strcmp(c, after) > 0) && (!best || strcmp(c, best) < 0))
                best = c;
        }
        if (!best)
            break;
        h = S_ref_fnv(h, best);
        after = best;
    }
    if (salt) {
        char spans[96];
        snprintf(spans, sizeof spans, "%zu:%zu:%zu", salt->pub.sentence.begin,
                 salt->pub.trigger.begin, salt->pub.trigger.end);
        h = S_ref_fnv(S_ref_fnv(h, salt->pub.doc), spans);
    }
    return h;
}

static void test_entry_hash_matches_definition(void **state)
{
    (void)state;
    static const size_t numbers[] = {0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 1009, 12345,
                                     100000, 4294967295u, SIZE_MAX};
    static const char *const codes[] = {"SYR", "RUS", "SYR", "USA", "IRN", "RUS",
                                        "TUR", "FSA", "ISIS", "HZB", "USA", "GBR"};
    syev_entry_actor actors[sizeof codes / sizeof *codes];
    for (size_t i = 0; i < sizeof codes / sizeof *codes; i++)
        actors[i] = (syev_entry_actor){codes[i], "x"};
    for (size_t k = 0; k < sizeof numbers / sizeof *numbers; k++) {
        syevp_tl_mention m;
        memset(&m, 0, sizeof m);
        m.pub.doc = "doc-7";
        m.pub.sentence = (syev_span){numbers[k], SIZE_MAX};
        m.pub.trigger = (syev_span){numbers[(k + 3) % 15], numbers[(k + 7) % 15]};
        m.type = (syev_event_type)(k % 3);
        m.date = S_date("2015-11-14", "2015-11-14", "2015-11-14", SYEV_GRAN_DAY,
                        (syev_mod)(k % 6));
        m.has_place = k % 2;
        m.place.name = "Homs";
        m.actors = actors + k % 4;
        m.actor_count = k % 13 < sizeof codes / sizeof *codes - k % 4 ? k % 13 : 0;
        syev_entry view;
        const syev_entry_mention *slot;
        syevp_entry_of_record(&m, &view, &slot);
        char id[17];
        snprintf(id, sizeof id, "%016" PRIx64, S_ref_hash(&view, &m));
        assert_string_equal(view.id, id);
        assert_true(syevp_entry_hash(&view, NULL) == S_ref_hash(&view, NULL));
    }
}

/* Strings longer than a quarter arena block, and more than a block of them
 * in one document: every mention keeps its own sentence and trigger. */
static void test_long_and_many_strings(void **state)
{
    (void)state;
    enum { LONG = 6000, SHORT = 60, FILLER = 400 };
    char *text = malloc(LONG + 32 + SHORT * (FILLER + 32));
    assert_non_null(text);
    size_t n = (size_t)sprintf(text, "Des combats ");
    memset(text + n, 'a', LONG);
    n += LONG;
    n += (size_t)sprintf(text + n, ". ");
    for (int i = 0; i < SHORT; i++) {
        n += (size_t)sprintf(text + n, "Reunion %02d ", i);
        memset(text + n, 'b', FILLER);
        n += FILLER;
        n += (size_t)sprintf(text + n, ". ");
    }
    syev_doc *d = S_doc("long", "2016-01-28", text);
    S_mention(d, SYEV_EVENT_BATTLE, "Des combats", "combats", S_day("2016-01-27"),
              SYEV_FACT_ASSERTED, &HOMS, RUS_SYR);
    for (int i = 0; i < SHORT; i++) {
        char start[16];
        snprintf(start, sizeof start, "Reunion %02d", i);
        S_mention(d, SYEV_EVENT_TALKS, start, start, S_day("2016-01-29"), SYEV_FACT_PLANNED,
                  i % 2 ? &GENEVA : NULL, i % 3 ? RUS : SYROPP_SYRGOV);
    }
    S_finish(d);
    syev_timeline *tl = S_timeline(SYEV_TIMELINE_NO_MERGE);
    assert_int_equal(syev_timeline_add(tl, d, NULL), SYEV_OK);
    syev_doc_free(d); /* the timeline keeps copies */
    assert_int_equal(syev_timeline_count(tl), SHORT + 1);
    assert_null(syevp_timeline_check(tl));
    for (size_t i = 0; i < syev_timeline_count(tl); i++) {
        const syev_entry_mention *m = syev_timeline_entry(tl, i)->mentions[0];
        assert_int_equal(strlen(m->text), m->sentence.end - m->sentence.begin);
        assert_memory_equal(m->text, text + m->sentence.begin, strlen(m->text));
        assert_int_equal(strlen(m->trigger_text), m->trigger.end - m->trigger.begin);
        assert_memory_equal(m->trigger_text, text + m->trigger.begin, strlen(m->trigger_text));
    }
    syev_timeline_free(tl);
    free(text);
}

/* ------------------------------------------------------------------ */
/* API edges, invariants and allocation failures                        */
/* ------------------------------------------------------------------ */

static void test_api_edges(void **state)
{
    (void)state;
    syev_error err;
    syev_timeline *tl = NULL;
    assert_int_equal(syev_timeline_new(0x80u, NULL, &tl, &err), SYEV_ERR_INVALID_OPTS);
    assert_null(tl);
    assert_int_equal(syev_timeline_count(NULL), 0);
    assert_null(syev_timeline_entry(NULL, 0));
    assert_int_equal(syev_timeline_document_count(NULL), 0);
    syev_timeline_free(NULL);
    tl = S_timeline(0);
    assert_null(syev_timeline_entry(tl, 0));
    assert_int_equal(syev_timeline_add(tl, NULL, &err), SYEV_ERR_INVALID_ARG);
    S_add_talks(tl, "x");
    assert_non_null(syev_timeline_entry(tl, 0));
    assert_null(syev_timeline_entry(tl, 1));
    assert_int_equal(syev_timeline_document_count(tl), 1);
    syev_timeline_free(tl);
}

static void test_check_detects_trigger_outside_sentence(void **state)
{
    (void)state;
    syev_timeline *tl = S_timeline(0);
    S_add_unrelated(tl, "2015-11-21");
    S_add_talks(tl, "x");
    assert_null(syevp_timeline_check(tl));
    /* Corrupt a mention behind the timeline's back: the check must notice. */
    syev_entry_mention *m = (syev_entry_mention *)syev_timeline_entry(tl, 0)->mentions[0];
    size_t keep = m->trigger.end;
    m->trigger.end = m->sentence.end + 1;
    assert_non_null(syevp_timeline_check(tl));
    m->trigger.end = keep;
    assert_null(syevp_timeline_check(tl));
    syev_timeline_free(tl);
}

/* An allocator that fails the n-th allocation and counts live blocks. */
typedef struct S_chaos {
    long countdown;
    long live;
} S_chaos;

static void *S_chaos_malloc(size_t n, void *user)
{
    S_chaos *c = user;
    if (c->countdown-- == 0)
        return NULL;
    void *p = malloc(n);
    c->live += p != NULL;
    return p;
}

static void *S_chaos_realloc(void *p, size_t n, void *user)
{
    S_chaos *c = user;
    if (c->countdown-- == 0)
        return NULL;
    void *q = realloc(p, n);
    c->live += q && !p;
    return q;
}

static void S_chaos_free(void *p, void *user)
{
    S_chaos *c = user;
    c->live -= p != NULL;
    free(p);
}

static syev_status S_chaos_run(S_chaos *c, syev_doc *a, syev_doc *b)
{
    syev_allocator al = {S_chaos_malloc, S_chaos_realloc, S_chaos_free, c};
    syev_timeline *tl = NULL;
    char *out = NULL;
    syev_status st = syev_timeline_new(0, &al, &tl, NULL);
    if (st == SYEV_OK)
        st = syev_timeline_add(tl, a, NULL);
    if (st == SYEV_OK)
        st = syev_timeline_add(tl, b, NULL);
    if (st == SYEV_OK)
        st = syev_timeline_to_json(tl, &out, NULL);
    syev_free(out);
    syev_timeline_free(tl);
    return st;
}

static void test_allocation_failures(void **state)
{
    (void)state;
    syev_doc *a = S_doc("a", "2016-01-28", "Les pourparlers doivent s'ouvrir vendredi a Geneve.");
    S_mention(a, SYEV_EVENT_TALKS, "Les pourparlers", "pourparlers", S_day("2016-01-29"),
              SYEV_FACT_PLANNED, &GENEVA, SYROPP_SYRGOV);
    S_finish(a);
    syev_doc *b = S_doc("b", "2016-01-30", "Les pourparlers se sont ouverts vendredi.");
    S_mention(b, SYEV_EVENT_TALKS, "Les pourparlers", "pourparlers", S_day("2016-01-29"),
              SYEV_FACT_ASSERTED, NULL, RUS);
    S_finish(b);
    bool succeeded = false;
    for (long n = 0; n < 200 && !succeeded; n++) {
        S_chaos c = {n, 0};
        syev_status st = S_chaos_run(&c, a, b);
        assert_true(st == SYEV_OK || st == SYEV_ERR_NOMEM);
        if (c.live != 0)
            print_error("allocation %ld failing leaks %ld blocks\n", n, c.live);
        assert_int_equal(c.live, 0);
        succeeded = st == SYEV_OK;
    }
    assert_true(succeeded);
    syev_doc_free(a);
    syev_doc_free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_talks_two_articles),
        cmocka_unit_test(test_same_day_two_cities),
        cmocka_unit_test(test_planned_then_asserted),
        cmocka_unit_test(test_undated_last_in_document_order),
        cmocka_unit_test(test_multi_day_battle),
        cmocka_unit_test(test_battle_month_not_merged_with_day),
        cmocka_unit_test(test_merge_across_index_runs),
        cmocka_unit_test(test_never_across_types),
        cmocka_unit_test(test_inherited_and_dct_dates_do_not_merge),
        cmocka_unit_test(test_place_and_actor_compatibility),
        cmocka_unit_test(test_negated),
        cmocka_unit_test(test_one_article_tells_apart),
        cmocka_unit_test(test_date_of_what_happened_wins),
        cmocka_unit_test(test_order_by_begin_then_precision),
        cmocka_unit_test(test_no_merge_flag),
        cmocka_unit_test(test_narrowed_entry_still_found),
        cmocka_unit_test(test_coarse_dates_merge_only_when_equal),
        cmocka_unit_test(test_many_documents),
        cmocka_unit_test(test_id_stable_across_unrelated_documents),
        cmocka_unit_test(test_entry_hash_matches_definition),
        cmocka_unit_test(test_long_and_many_strings),
        cmocka_unit_test(test_api_edges),
        cmocka_unit_test(test_check_detects_trigger_outside_sentence),
        cmocka_unit_test(test_allocation_failures),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
