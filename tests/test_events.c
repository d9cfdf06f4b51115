/* test_events.c — trigger families, rejections, actors, places, sources and
 * dates of event mentions, on French sentences written for these tests.
 * Expected values follow SPEC.md sections 2, 3 and 6. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "syriaevents.h"

#include "extractor_fixture.h"
#include "events_private.h"

static syev_doc *S_run(const char *text, const char *dct)
{
    syev_doc *doc = NULL;
    syev_error err;
    syev_status st = syev_extract(ex, text, strlen(text), "t", dct, &doc, &err);
    if (st != SYEV_OK)
        fail_msg("extract failed: %s", err.message);
    return doc;
}

static size_t S_count(const syev_doc *doc, syev_event_type type)
{
    size_t n = 0;
    for (size_t i = 0; i < syev_doc_mention_count(doc); i++)
        n += syev_doc_mention(doc, i)->type == type;
    return n;
}

/* The k-th mention of a type (k from 0); fails the test when absent. */
static const syev_mention *S_nth(const syev_doc *doc, syev_event_type type, size_t k)
{
    for (size_t i = 0; i < syev_doc_mention_count(doc); i++) {
        const syev_mention *m = syev_doc_mention(doc, i);
        if (m->type == type && k-- == 0)
            return m;
    }
    fail_msg("no %s mention #%zu", syev_event_type_name(type), k);
    return NULL;
}

static bool S_has_actor(const syev_mention *m, const char *code)
{
    for (size_t i = 0; i < m->actor_count; i++)
        if (strcmp(m->actors[i].code, code) == 0)
            return true;
    return false;
}

static void S_trigger_is(const syev_doc *doc, const syev_mention *m, const char *expected)
{
    size_t len = 0;
    const char *text = syev_doc_text(doc, &len);
    assert_true(m->trigger.end <= len);
    size_t n = m->trigger.end - m->trigger.begin;
    if (n != strlen(expected) || memcmp(text + m->trigger.begin, expected, n) != 0)
        fail_msg("trigger \"%.*s\", expected \"%s\"", (int)n, text + m->trigger.begin, expected);
}

/* ------------------------------------------------------------------ */
/* Trigger families                                                    */
/* ------------------------------------------------------------------ */

static void test_ceasefire_forms(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Une trêve a été conclue à Homs.",
        "Le CESSEZ-LE-FEU tient toujours à Alep.",
        "Les treves successives ont échoué.",
        "La cessation des hostilités est entrée en vigueur à minuit.",
        "Les belligérants ont accepté l'arrêt des actions militaires.",
        "Les deux parrains ont créé quatre zones de désescalade.",
        "L'ONU demande une pause humanitaire à Douma.",
        "Les chefs militaires veulent stopper les combats dans la région."};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        syev_doc *doc = S_run(texts[i], "2017-05-04");
        if (S_count(doc, SYEV_EVENT_CEASEFIRE) != 1)
            fail_msg("no ceasefire in: %s", texts[i]);
        assert_int_equal(S_count(doc, SYEV_EVENT_BATTLE), 0); /* "arret des combats" */
        syev_doc_free(doc);
    }
}

static void test_talks_forms(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Les pourparlers reprennent à Genève.",
        "Moscou et Ankara négocient depuis lundi.",
        "Les deux camps ont négocié toute la nuit.",
        "Un nouveau tour de négociations s'est ouvert à Astana.",
        "Le ministre russe s'est entretenu avec son homologue turc.",
        "Des consultations ont eu lieu entre les délégations.",
        "Une réunion des garants est prévue à Sotchi.",
        "Les deux présidents ont eu une conversation téléphonique."};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        syev_doc *doc = S_run(texts[i], "2017-05-04");
        if (S_count(doc, SYEV_EVENT_TALKS) != 1)
            fail_msg("no talks in: %s", texts[i]);
        syev_doc_free(doc);
    }
}

static void test_battle_forms(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "De violents combats opposent l'armée aux rebelles près de Hama.",
        "Des affrontements ont éclaté dans le quartier.",
        "L'aviation a bombardé plusieurs villages de la province d'Idleb.",
        "Des frappes aériennes ont visé la ville de Raqqa.",
        "Les rebelles ont repoussé une attaque de l'EI.",
        "Les forces kurdes se sont emparées du barrage.",
        "L'armée a repris la ville de Palmyre aux djihadistes.",
        "Le siège de la ville dure depuis des mois.",
        "Plus de 200 combattants se sont rendus à l'armée syrienne."};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        syev_doc *doc = S_run(texts[i], "2017-05-04");
        if (S_count(doc, SYEV_EVENT_BATTLE) != 1)
            fail_msg("no battle in: %s", texts[i]);
        syev_doc_free(doc);
    }
}

/* A habit phrase ("depuis des annees") cancels the trigger just before
 * it in its clause, in a text of ASCII (where the habits are scanned only
 * when one of their keys lies within reach of a trigger) and beyond it. */
static void test_habit_cancels_trigger(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        size_t talks;
    } cases[] = {
        {"Les deux camps négocient depuis des années sans résultat.", 0},
        {"Les deux camps négocient depuis plusieurs décennies avec Ахмед.", 0},
        {"Les deux camps négocient au Caire. Ils se connaissent depuis des années.", 1},
        {"Les deux camps négocient au Caire, en présence de médiateurs venus de plusieurs pays, "
         "et se connaissent depuis des années.",
         1},
        {"Les deux camps négocient au Caire avec Ахмед, en présence de médiateurs venus de "
         "plusieurs pays, et se connaissent depuis des années.",
         1}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        syev_doc *doc = S_run(cases[i].text, "2017-05-04");
        if (S_count(doc, SYEV_EVENT_TALKS) != cases[i].talks)
            fail_msg("%zu talks expected in: %s", cases[i].talks, cases[i].text);
        syev_doc_free(doc);
    }
}

static void test_surrender_code_and_multiword_trigger(void **state)
{
    (void)state;
    syev_doc *doc = S_run("Plus de 200 combattants se sont rendus à l'armée syrienne.", "2017-05-04");
    const syev_mention *m = S_nth(doc, SYEV_EVENT_BATTLE, 0);
    assert_string_equal(m->cameo, "0874");
    S_trigger_is(doc, m, "se sont rendus");
    syev_doc_free(doc);
    doc = S_run("La cessation des hostilités a commencé.", "2017-05-04");
    S_trigger_is(doc, S_nth(doc, SYEV_EVENT_CEASEFIRE, 0), "cessation des hostilités");
    syev_doc_free(doc);
}

/* Forms that name an event without the usual noun: a Russian "regime de
 * calme", a participle opening the sentence, an adverb inside a
 * pluperfect, "se parler", "face a face", a struck target. */
static void test_less_usual_forms(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        syev_event_type type;
    } cases[] = {
        {"Moscou a décrété un régime de calme de 48 heures à Deraa.", SYEV_EVENT_CEASEFIRE},
        {"Réunis jeudi à Sotchi, les trois présidents ont évoqué la Syrie.", SYEV_EVENT_TALKS},
        {"Le Conseil de sécurité s'était pourtant réuni lundi.", SYEV_EVENT_TALKS},
        {"Les deux ministres se sont parlé au téléphone.", SYEV_EVENT_TALKS},
        {"Les deux délégations se retrouveront face à face à Genève.", SYEV_EVENT_TALKS},
        {"Les jihadistes affrontent depuis lundi les rebelles près d'Alep.", SYEV_EVENT_BATTLE},
        {"Un entrepôt de l'armée a été touché par plusieurs missiles.", SYEV_EVENT_BATTLE},
        {"Le ministre exhorte Ankara à cesser immédiatement son offensive.", SYEV_EVENT_CEASEFIRE},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        syev_doc *doc = S_run(cases[i].text, "2017-05-04");
        if (S_count(doc, cases[i].type) != 1 || syev_doc_mention_count(doc) != 1)
            fail_msg("expected one %s mention in: %s", syev_event_type_name(cases[i].type),
                     cases[i].text);
        syev_doc_free(doc);
    }
    /* a breach of the truce the story is about is a ceasefire mention;
     * a breach of rights is not */
    syev_doc *doc = S_run("Une trêve est en vigueur depuis lundi. Aucune violation n'a été signalée. "
                          "Le rapport dénonce des violations des droits de l'homme.",
                          "2017-05-04");
    assert_int_equal(S_count(doc, SYEV_EVENT_CEASEFIRE), 2);
    syev_doc_free(doc);
    /* talks that resume are no capture */
    doc = S_run("Les pourparlers entre le régime et l'opposition reprendront lundi à Genève.",
                "2017-05-04");
    assert_int_equal(S_count(doc, SYEV_EVENT_BATTLE), 0);
    assert_int_equal(S_count(doc, SYEV_EVENT_TALKS), 1);
    assert_string_equal(S_nth(doc, SYEV_EVENT_TALKS, 0)->date.value, "2017-05-08");
    syev_doc_free(doc);
}

/* ------------------------------------------------------------------ */
/* Rejections                                                          */
/* ------------------------------------------------------------------ */

static void test_rejections(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "George Durand, membre du Haut Comité des négociations, a publié un communiqué.",
        "Le ministre a subi une attaque verbale de ses adversaires.",
        "Ce festival célèbre la rencontre de deux mondes.",
        "Le conflit a fait plus de 300 000 morts depuis 2011.",
        "Les négociations commerciales entre les deux pays avancent.",
        "Les délégués se rendront à Genève mercredi.",
        "Le porte-parole a tenu une conférence de presse.",
        "Le président a accordé un entretien au journal Le Monde.",
        "Les deux dirigeants sont d'accord sur le calendrier.",
        "Alep fut longtemps le principal champ de bataille du pays."};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        syev_doc *doc = S_run(texts[i], "2017-05-04");
        if (syev_doc_mention_count(doc) != 0)
            fail_msg("unexpected mention in: %s", texts[i]);
        syev_doc_free(doc);
    }
}

static void test_weak_words_need_context(void **state)
{
    (void)state;
    /* "reprendre" is a capture only with ground and fighters around it */
    syev_doc *doc = S_run("Les négociations ont repris à Genève.", "2017-05-04");
    assert_int_equal(S_count(doc, SYEV_EVENT_BATTLE), 0);
    assert_int_equal(S_count(doc, SYEV_EVENT_TALKS), 1);
    syev_doc_free(doc);
    /* "l'accord" is a truce only in a story about a truce */
    doc = S_run("Les deux pays ont signé un accord commercial. L'accord entre en vigueur.", "2017-05-04");
    assert_int_equal(S_count(doc, SYEV_EVENT_CEASEFIRE), 0);
    syev_doc_free(doc);
    doc = S_run("Une trêve a été décidée à Homs. L'accord a été signé mardi.", "2017-05-04");
    assert_int_equal(S_count(doc, SYEV_EVENT_CEASEFIRE), 2);
    syev_doc_free(doc);
    /* an evacuation deal is a truce only when the story's agreement is one */
    doc = S_run("Une trêve de trois jours a pris fin. Les insurgés quittent Harasta en vertu d'un "
                "accord avec Moscou.",
                "2018-03-20");
    assert_int_equal(S_count(doc, SYEV_EVENT_CEASEFIRE), 1);
    syev_doc_free(doc);
    doc = S_run("Un accord a été conclu sur un cessez-le-feu à Alep. Les insurgés quitteront la "
                "ville en vertu de l'accord.",
                "2016-12-13");
    assert_int_equal(S_count(doc, SYEV_EVENT_CEASEFIRE), 2);
    syev_doc_free(doc);
}

/* ------------------------------------------------------------------ */
/* One mention per sentence, type and date                             */
/* ------------------------------------------------------------------ */

static void test_one_mention_per_type_and_date(void **state)
{
    (void)state;
    /* two battle words, one date: one mention */
    syev_doc *doc = S_run("Les combats et les bombardements ont repris à Alep.", "2016-12-27");
    assert_int_equal(S_count(doc, SYEV_EVENT_BATTLE), 1);
    syev_doc_free(doc);
    /* a truce and the agreement it follows, on two dates: two mentions */
    doc = S_run("Un cessez-le-feu est entré en vigueur samedi en Syrie, selon un accord conclu lundi "
                "entre la Russie et les Etats-Unis.",
                "2016-02-27");
    assert_int_equal(S_count(doc, SYEV_EVENT_CEASEFIRE), 2);
    assert_string_equal(S_nth(doc, SYEV_EVENT_CEASEFIRE, 0)->date.value, "2016-02-27");
    assert_string_equal(S_nth(doc, SYEV_EVENT_CEASEFIRE, 1)->date.value, "2016-02-22");
    syev_doc_free(doc);
}

/* ------------------------------------------------------------------ */
/* Dates                                                               */
/* ------------------------------------------------------------------ */

static void test_dates_and_anchors(void **state)
{
    (void)state;
    /* a weekday in the past tense: the latest one on or before the DCT */
    syev_doc *doc = S_run("Le cessez-le-feu est entré en vigueur vendredi.", "2016-12-27");
    const syev_mention *m = S_nth(doc, SYEV_EVENT_CEASEFIRE, 0);
    assert_string_equal(m->date.value, "2016-12-23");
    assert_int_equal(m->anchor, SYEV_ANCHOR_RELATIVE);
    assert_true(m->date_span.end > m->date_span.begin);
    syev_doc_free(doc);
    /* an explicit date */
    doc = S_run("Les délégations sont arrivées. La ville avait été conquise en mai 2015 par l'EI.",
                "2017-02-01");
    m = S_nth(doc, SYEV_EVENT_BATTLE, 0);
    assert_string_equal(m->date.value, "2015-05");
    assert_int_equal(m->anchor, SYEV_ANCHOR_EXPLICIT);
    syev_doc_free(doc);
    /* an undated ongoing event takes the DCT */
    doc = S_run("Les combats continuent à Alep.", "2016-12-27");
    m = S_nth(doc, SYEV_EVENT_BATTLE, 0);
    assert_string_equal(m->date.value, "2016-12-27");
    assert_int_equal(m->anchor, SYEV_ANCHOR_DCT);
    syev_doc_free(doc);
    /* an undated mention of the same event inherits its date */
    doc = S_run("Une contre-attaque a été lancée lundi. La contre-attaque a échoué.", "2016-12-27");
    m = S_nth(doc, SYEV_EVENT_BATTLE, 1);
    assert_string_equal(m->date.value, "2016-12-26");
    assert_int_equal(m->anchor, SYEV_ANCHOR_INHERITED);
    syev_doc_free(doc);
    /* no DCT, no date: anchor none */
    doc = S_run("Les combats continuent à Alep.", NULL);
    assert_int_equal(S_nth(doc, SYEV_EVENT_BATTLE, 0)->anchor, SYEV_ANCHOR_NONE);
    syev_doc_free(doc);
}

/* The date that governs a trigger: a verb's date dates its subject, a
 * purpose or a gerund takes the date of the verb it depends on, a date in a
 * relative clause dates the event of that clause, a date inside a clause
 * is that clause's. */
static void test_governing_date(void **state)
{
    (void)state;
    /* 2017-01-23 is a Monday */
    syev_doc *doc = S_run("Des raids ont frappé dimanche plusieurs villages.", "2017-01-23");
    assert_int_equal(S_count(doc, SYEV_EVENT_BATTLE), 1);
    assert_string_equal(S_nth(doc, SYEV_EVENT_BATTLE, 0)->date.value, "2017-01-22");
    syev_doc_free(doc);
    /* 2016-03-03 is a Thursday: mardi is 03-01 */
    doc = S_run("Les deux présidents se sont parlé mardi pour consolider la trêve.", "2016-03-03");
    assert_string_equal(S_nth(doc, SYEV_EVENT_CEASEFIRE, 0)->date.value, "2016-03-01");
    syev_doc_free(doc);
    /* 2012-10-29 is a Monday: samedi is 10-27 */
    doc = S_run("L'armée a accusé samedi les rebelles d'avoir rompu la trêve en attaquant ses "
                "positions.",
                "2012-10-29");
    assert_string_equal(S_nth(doc, SYEV_EVENT_BATTLE, 0)->date.value, "2012-10-27");
    syev_doc_free(doc);
    /* 2017-05-20 is a Saturday: the fighting of Thursday and the offensive
     * of early May are two mentions */
    doc = S_run("Les combats ont repris jeudi à Hama, où l'armée avait lancé début mai une offensive.",
                "2017-05-20");
    assert_int_equal(S_count(doc, SYEV_EVENT_BATTLE), 2);
    bool thursday = false, may = false;
    for (size_t i = 0; i < 2; i++) {
        const syev_mention *m = S_nth(doc, SYEV_EVENT_BATTLE, i);
        thursday |= strcmp(m->date.value, "2017-05-18") == 0;
        may |= strcmp(m->date.value, "2017-05") == 0 && m->date.mod == SYEV_MOD_START;
    }
    assert_true(thursday && may);
    syev_doc_free(doc);
    /* a sub-event with its own date is a mention of its own: in a clause of
     * its own, or dated by its complement */
    doc = S_run("Les combats se poursuivent à Hama, alors que l'armée avait lancé en mai une "
                "offensive.",
                "2017-06-10");
    assert_int_equal(S_count(doc, SYEV_EVENT_BATTLE), 2);
    syev_doc_free(doc);
    doc = S_run("Le Pentagone a montré le lancement des missiles (voir ci-dessous) qui répondent au "
                "raid de mardi contre la ville.",
                "2017-04-06");
    assert_int_equal(S_count(doc, SYEV_EVENT_BATTLE), 2);
    syev_doc_free(doc);
    /* the date of the truce's clause, not of the violations after the comma */
    doc = S_run("Un cessez-le-feu est en vigueur depuis le 30 décembre, malgré des violations.",
                "2017-01-23");
    assert_string_equal(S_nth(doc, SYEV_EVENT_CEASEFIRE, 0)->date.value, "2016-12-30");
    syev_doc_free(doc);
}

/* An undated event takes the date of the same real event told before, and
 * of nothing else: an anaphor inherits from its antecedent (not from a
 * sub-event named beside it), an unrelated event takes the DCT. */
static void test_inherited_date(void **state)
{
    (void)state;
    syev_doc *doc = S_run("Les bombardements ont tué dix civils le 3 mai. L'opposition appelle à un "
                          "cessez-le-feu immédiat.",
                          "2016-05-10");
    const syev_mention *m = S_nth(doc, SYEV_EVENT_CEASEFIRE, 0);
    assert_string_equal(m->date.value, "2016-05-10");
    assert_int_equal(m->anchor, SYEV_ANCHOR_DCT);
    syev_doc_free(doc);
    doc = S_run("Une trêve est en vigueur depuis le 30 décembre. Moscou espère consolider cette "
                "trêve fragile.",
                "2017-01-23");
    m = S_nth(doc, SYEV_EVENT_CEASEFIRE, 1);
    assert_string_equal(m->date.value, "2016-12-30");
    assert_int_equal(m->anchor, SYEV_ANCHOR_INHERITED);
    syev_doc_free(doc);
    /* 2018-05-12 is a Saturday: the strikes of Friday answer an attack of
     * 2 May, which is a mention of its own */
    doc = S_run("Des avions ont bombardé la ville vendredi. Ces frappes répondent à une attaque "
                "lancée le 2 mai.",
                "2018-05-12");
    assert_int_equal(S_count(doc, SYEV_EVENT_BATTLE), 3);
    for (size_t i = 0; i < 3; i++) {
        m = S_nth(doc, SYEV_EVENT_BATTLE, i);
        if (m->anchor == SYEV_ANCHOR_INHERITED)
            assert_string_equal(m->date.value, "2018-05-11");
    }
    syev_doc_free(doc);
    /* a plan told again is the plan told before, not the fighting */
    doc = S_run("Des pourparlers doivent se tenir lundi à Genève. Les rebelles ont bombardé Alep "
                "samedi. Les deux camps devraient y négocier.",
                "2017-05-04");
    assert_string_equal(S_nth(doc, SYEV_EVENT_TALKS, 1)->date.value, "2017-05-08");
    syev_doc_free(doc);
    /* a new plan takes the DCT */
    doc = S_run("Les rebelles ont bombardé Alep samedi. Moscou veut organiser une conférence.",
                "2017-05-04");
    assert_string_equal(S_nth(doc, SYEV_EVENT_TALKS, 0)->date.value, "2017-05-04");
    syev_doc_free(doc);
    /* the verb after a relative clause dates the trigger before it */
    doc = S_run("Le processus de paix, qui vise à faire respecter la trêve, a été lancé en janvier.",
                "2017-05-04");
    assert_string_equal(S_nth(doc, SYEV_EVENT_TALKS, 0)->date.value, "2017-01");
    syev_doc_free(doc);
    /* no DCT: the inherited date is the antecedent's unresolved value */
    doc = S_run("Lundi, l'armée a lancé une offensive au nord de Homs. L'offensive a été repoussée.",
                NULL);
    m = S_nth(doc, SYEV_EVENT_BATTLE, 1);
    assert_int_equal(m->anchor, SYEV_ANCHOR_INHERITED);
    assert_string_equal(m->date.value, "XXXX-XX-XX");
    syev_doc_free(doc);
}

static void test_bound_is_not_the_date(void **state)
{
    (void)state;
    /* "jusqu'a mercredi" bounds the truce, it does not date the extension */
    syev_doc *doc = S_run("Cette trêve a été prolongée jusqu'à mercredi.", "2014-02-10");
    assert_string_equal(S_nth(doc, SYEV_EVENT_CEASEFIRE, 0)->date.value, "2014-02-10");
    syev_doc_free(doc);
}

/* ------------------------------------------------------------------ */
/* Actors, places, sources                                             */
/* ------------------------------------------------------------------ */

static void test_participants_not_speaker(void **state)
{
    (void)state;
    syev_doc *doc = S_run("Les forces kurdes ont pris la ville de Manbij, a déclaré mardi le "
                          "ministre turc des Affaires étrangères.",
                          "2016-08-12");
    const syev_mention *m = S_nth(doc, SYEV_EVENT_BATTLE, 0);
    assert_true(S_has_actor(m, "YPG"));
    assert_false(S_has_actor(m, "TUR"));
    assert_true(m->source.end > m->source.begin);
    assert_non_null(m->location);
    assert_string_equal(m->location->name, "Manbij");
    syev_doc_free(doc);
}

static void test_supporters_are_not_participants(void **state)
{
    (void)state;
    syev_doc *doc = S_run("Les rebelles, appuyés par la Turquie, ont attaqué les positions de l'EI.",
                          "2017-01-10");
    const syev_mention *m = S_nth(doc, SYEV_EVENT_BATTLE, 0);
    assert_true(S_has_actor(m, "SYRREB"));
    assert_true(S_has_actor(m, "ISIS"));
    assert_false(S_has_actor(m, "TUR"));
    syev_doc_free(doc);
    /* forces that take part are participants */
    doc = S_run("L'armée syrienne, appuyée par des forces du Hezbollah, a repris la ville aux rebelles.",
                "2017-01-10");
    m = S_nth(doc, SYEV_EVENT_BATTLE, 0);
    assert_true(S_has_actor(m, "SYRGOV"));
    assert_true(S_has_actor(m, "HEZ"));
    syev_doc_free(doc);
}

static void test_capitals_as_parties_and_places(void **state)
{
    (void)state;
    syev_doc *doc = S_run("Moscou et Ankara ont négocié à Téhéran.", "2017-01-10");
    const syev_mention *m = S_nth(doc, SYEV_EVENT_TALKS, 0);
    assert_true(S_has_actor(m, "RUS"));
    assert_true(S_has_actor(m, "TUR"));
    assert_false(S_has_actor(m, "IRN")); /* Tehran is the venue */
    assert_non_null(m->location);
    assert_string_equal(m->location->name, "Tehran");
    syev_doc_free(doc);
}

static void test_place_qualifying_an_actor(void **state)
{
    (void)state;
    /* "les rebelles de Deraa" says who, not where the talks are */
    syev_doc *doc = S_run("Les rebelles de la province de Deraa négocient avec des émissaires russes.",
                          "2018-07-01");
    const syev_mention *m = S_nth(doc, SYEV_EVENT_TALKS, 0);
    assert_null(m->location);
    assert_true(S_has_actor(m, "SYRREB"));
    assert_true(S_has_actor(m, "RUS"));
    syev_doc_free(doc);
}

static void test_ceasefire_covers_an_area(void **state)
{
    (void)state;
    /* agreed in Astana, it covers Syria */
    syev_doc *doc = S_run("Une trêve a été conclue à Astana.", "2017-01-10");
    const syev_mention *m = S_nth(doc, SYEV_EVENT_CEASEFIRE, 0);
    assert_non_null(m->location);
    assert_string_equal(m->location->name, "Syria");
    syev_doc_free(doc);
    /* the most specific place wins */
    doc = S_run("Un cessez-le-feu est entré en vigueur à Alep, en Syrie.", "2017-01-10");
    assert_string_equal(S_nth(doc, SYEV_EVENT_CEASEFIRE, 0)->location->name, "Aleppo");
    syev_doc_free(doc);
}

static void S_location_is(const syev_mention *m, const char *name)
{
    if (!name) {
        if (m->location)
            fail_msg("location %s, expected none", m->location->name);
        return;
    }
    if (!m->location)
        fail_msg("no location, expected %s", name);
    assert_string_equal(m->location->name, name);
}

/* Where: a place goes to the nearest trigger it can locate, a landmark
 * ("pres de Damas") situates another place, a place opening the sentence
 * locates all of it, the whole country is Syria, talks keep the story's
 * venue. */
static void test_event_places(void **state)
{
    (void)state;
    syev_doc *doc = S_run("Une trêve a été conclue. Les deux ministres se sont entretenus vendredi à "
                          "Genève avant d'annoncer l'accord.",
                          "2017-01-10");
    S_location_is(S_nth(doc, SYEV_EVENT_TALKS, 0), "Geneva");
    syev_doc_free(doc);
    doc = S_run("Les combats se poursuivent dans la vallée de Wadi Barada, près de Damas.", "2017-01-10");
    S_location_is(S_nth(doc, SYEV_EVENT_BATTLE, 0), "Wadi Barada");
    syev_doc_free(doc);
    doc = S_run("Dans la Ghouta orientale, les bombardements ont repris lundi après une courte pause "
                "humanitaire.",
                "2017-01-10");
    S_location_is(S_nth(doc, SYEV_EVENT_CEASEFIRE, 0), "Eastern Ghouta");
    syev_doc_free(doc);
    doc = S_run("Les combats ont repris à Alep. Un cessez-le-feu de 30 jours dans tout le pays a été "
                "voté.",
                "2017-01-10");
    S_location_is(S_nth(doc, SYEV_EVENT_CEASEFIRE, 0), "Syria");
    syev_doc_free(doc);
    /* an ambassador's post is no venue */
    doc = S_run("Washington n'a pas été invité aux négociations, mais il est représenté par son "
                "ambassadeur au Kazakhstan.",
                "2017-01-10");
    S_location_is(S_nth(doc, SYEV_EVENT_TALKS, 0), NULL);
    syev_doc_free(doc);
    doc = S_run("Les pourparlers ont commencé lundi à Astana. Les délégations ont négocié toute la "
                "nuit.",
                "2017-01-10");
    S_location_is(S_nth(doc, SYEV_EVENT_TALKS, 1), "Astana");
    syev_doc_free(doc);
}

/* Place forms: a hyphen and a space alike, the longest form, and a form
 * written with a capital must have one in the text. */
static void test_place_forms(void **state)
{
    (void)state;
    syev_doc *doc = S_run("Les combats ont repris à al Bab.", "2017-01-10");
    S_location_is(S_nth(doc, SYEV_EVENT_BATTLE, 0), "Al-Bab");
    syev_doc_free(doc);
    doc = S_run("Les combats ont repris dans la Ghouta orientale.", "2017-01-10");
    S_location_is(S_nth(doc, SYEV_EVENT_BATTLE, 0), "Eastern Ghouta");
    syev_doc_free(doc);
    doc = S_run("Les négociations continueront, qu'il vienne ou non.", "2017-01-10");
    S_location_is(S_nth(doc, SYEV_EVENT_TALKS, 0), NULL);
    syev_doc_free(doc);
    doc = S_run("Les négociations continueront à Vienne.", "2017-01-10");
    S_location_is(S_nth(doc, SYEV_EVENT_TALKS, 0), "Vienna");
    syev_doc_free(doc);
}

/* Who takes part: not who calls for the event nor who reports it, the
 * sides coordinated after "entre", government fighters as a target, an
 * armed coalition of rebels, and for an event told without its sides those
 * the story named. */
static void test_participants(void **state)
{
    (void)state;
    syev_doc *doc = S_run("Paris a appelé mercredi à une trêve à Alep.", "2017-01-10");
    assert_int_equal(S_nth(doc, SYEV_EVENT_CEASEFIRE, 0)->actor_count, 0);
    syev_doc_free(doc);
    doc = S_run("Washington exhorte Ankara à cesser son offensive.", "2017-01-10");
    const syev_mention *m = S_nth(doc, SYEV_EVENT_CEASEFIRE, 0);
    assert_true(S_has_actor(m, "TUR"));
    assert_false(S_has_actor(m, "USA"));
    syev_doc_free(doc);
    doc = S_run("Les rebelles affirment que l'armée a bombardé plusieurs quartiers.", "2017-01-10");
    m = S_nth(doc, SYEV_EVENT_BATTLE, 0);
    assert_true(S_has_actor(m, "SYRGOV"));
    assert_false(S_has_actor(m, "SYRREB"));
    syev_doc_free(doc);
    doc = S_run("Le Front al-Nosra a attaqué la ville, tuant 73 combattants gouvernementaux.",
                "2017-01-10");
    m = S_nth(doc, SYEV_EVENT_BATTLE, 0);
    assert_true(S_has_actor(m, "NUSRA") && S_has_actor(m, "SYRGOV"));
    syev_doc_free(doc);
    doc = S_run("Les jihadistes de l'EI affrontent une coalition de groupes rebelles près d'Alep.",
                "2017-01-10");
    m = S_nth(doc, SYEV_EVENT_BATTLE, 0);
    assert_true(S_has_actor(m, "ISIS") && S_has_actor(m, "SYRREB"));
    assert_false(S_has_actor(m, "USA"));
    syev_doc_free(doc);
    doc = S_run("Une trêve a été conclue jeudi entre le régime et les rebelles, selon un accord "
                "conclu lundi entre la Russie et les Etats-Unis.",
                "2017-01-10");
    m = S_nth(doc, SYEV_EVENT_CEASEFIRE, 0);
    assert_true(S_has_actor(m, "SYRGOV") && S_has_actor(m, "SYRREB"));
    assert_false(S_has_actor(m, "RUS"));
    syev_doc_free(doc);
    doc = S_run("Des pourparlers entre le régime et l'opposition ont débuté lundi à Genève. Les "
                "discussions doivent se poursuivre mardi.",
                "2017-01-10");
    m = S_nth(doc, SYEV_EVENT_TALKS, 1);
    assert_true(S_has_actor(m, "SYRGOV") && S_has_actor(m, "SYROPP"));
    syev_doc_free(doc);
    /* a main verb with its infinitive after a comma is no incise naming a
     * speaker: its object takes part */
    doc = S_run("Les forces kurdes, soutenues par Washington, ont annoncé mardi avoir chassé l'EI de "
                "la ville.",
                "2017-10-17");
    m = S_nth(doc, SYEV_EVENT_BATTLE, 0);
    assert_true(S_has_actor(m, "YPG") && S_has_actor(m, "ISIS"));
    assert_false(S_has_actor(m, "USA"));
    syev_doc_free(doc);
    /* a gerund has the parties of the clause it hangs on */
    doc = S_run("L'armée a accusé samedi les rebelles d'avoir rompu la trêve en attaquant ses "
                "positions.",
                "2017-10-17");
    m = S_nth(doc, SYEV_EVENT_BATTLE, 0);
    assert_true(S_has_actor(m, "SYRGOV") && S_has_actor(m, "SYRREB"));
    syev_doc_free(doc);
    /* both sides of the war */
    doc = S_run("Les deux camps se retrouveront face à face à Genève.", "2017-01-10");
    m = S_nth(doc, SYEV_EVENT_TALKS, 0);
    assert_true(S_has_actor(m, "SYRGOV") && S_has_actor(m, "SYROPP"));
    syev_doc_free(doc);
}

static void test_anaphor_carries_participants(void **state)
{
    (void)state;
    syev_doc *doc = S_run("Des négociations entre Moscou et Ankara ont eu lieu mardi. "
                          "Ces négociations ont été difficiles.",
                          "2016-12-27");
    const syev_mention *m = S_nth(doc, SYEV_EVENT_TALKS, 1);
    assert_true(S_has_actor(m, "RUS"));
    assert_true(S_has_actor(m, "TUR"));
    syev_doc_free(doc);
}

static void test_confidence_and_cameo(void **state)
{
    (void)state;
    syev_doc *doc = S_run("Des raids aériens ont frappé Douma samedi.", "2018-02-25");
    const syev_mention *m = S_nth(doc, SYEV_EVENT_BATTLE, 0);
    assert_string_equal(m->cameo, "195");
    assert_true(m->confidence > 0.0 && m->confidence <= 1.0);
    syev_doc_free(doc);
    doc = S_run("La Russie propose des négociations.", "2018-02-25");
    assert_string_equal(S_nth(doc, SYEV_EVENT_TALKS, 0)->cameo, "036");
    syev_doc_free(doc);
}

/* A huge sentence full of triggers (no natural text has one) is read in
 * parts, in linear time, and still gives one mention per type and date. */
static void test_huge_sentence(void **state)
{
    (void)state;
    static const char piece[] = "les combats à Alep et les frappes à Homs contre les rebelles, ";
    size_t n = 2000, len = strlen(piece);
    char *text = malloc(n * len + 2);
    assert_non_null(text);
    for (size_t i = 0; i < n; i++)
        memcpy(text + i * len, piece, len);
    memcpy(text + n * len, ".", 2);
    syev_doc *doc = S_run(text, "2017-01-10");
    assert_int_equal(S_count(doc, SYEV_EVENT_BATTLE), 1);
    syev_doc_free(doc);
    free(text);
}

/* events.c decides most look-back patterns ("ces ", "l'", "une nouvelle ",
 * "pour consolider la ") from word lists in C before running them: the
 * lists must hold every word the patterns can end on or open with.  Each
 * word and phrase below is tried alone, after other words, and followed by
 * blanks, an apostrophe or another word, as the folded text before a
 * trigger; the quick test may defer to the pattern, never contradict it. */
static void test_lookback_quick_tests_agree_with_patterns(void **state)
{
    (void)state;
    static const char *const phrases[] = {
        "ce", "cet", "cette", "ces", "les memes", "ces memes", "le", "la", "les", "du", "au",
        "aux", "de la", "l", "d", "un", "une", "de", "des", "lors des", "la plupart des",
        "dernier", "derniere", "derniers", "dernieres", "meme", "memes", "premier", "premiere",
        "precedent", "precedente", "precedents", "precedentes", "nouvel", "nouvelle", "nouveau",
        "nouveaux", "nouvelles", "court", "courte", "bref", "breve", "vaste", "long", "longue",
        "intense", "eventuel", "eventuelle", "eventuels", "eventuelles", "importante",
        "violents", "autre", "autres", "veritable", "grande", "petits", "enieme", "second",
        "seconde", "cette derniere", "une nouvelle", "des autres", "pour", "afin de", "afin d",
        "en vue de", "dans le but d", "d'avoir", "en", "pour consolider la", "afin d'etablir une",
        "d'avoir viole le", "en attaquant", "leur", "son", "nos", "plusieurs", "quelques",
        "toute", "lors", "a", "et", "ont", "contre", "dont", "par", "sur", "entre", "apres",
        "mardi", "syriennes", "treve", "accord", "pourparlers", "memes memes", "le premier",
        "un autre", "de nouveaux", "la derniere", "au cours des", "a la suite des",
        "a l'issue des", "une partie des", "un nombre des", "l'un des", "l'une des",
        "certains des", "chacun des", "aucun des", "la majorite des", "la reprise des",
        "a la fin des", "au debut des", "le theatre des", "la cible des", "au coeur des",
        "au centre des", "alors des", "lorsdes", "l'undes", "coeur  des", "fins des",
        /* the longest matches: three words */
        "les memes derniers", "ces memes premieres", "de la premiere", "de la  derniere",
        "d'autres", "les\xc2\xa0memes derniers", "dans le but de consolider la",
        "dans le but d'etablir les", "en vue de relancer l'", "afin de  conclure une"};
    static const char *const before[] = {"", "x ", "a ", "selon ", "la ", "alors que ", "l'",
                                         "\xd0\xb6 "};
    static const char *const after[] = {" ", "  ", "'", "", " x", "\t"};
    char text[160];
    for (int which = SYEVP_LOOKBACK_ANAPHOR; which <= SYEVP_LOOKBACK_NONFINITE; which++)
        for (size_t i = 0; i < sizeof phrases / sizeof *phrases; i++)
            for (size_t b = 0; b < sizeof before / sizeof *before; b++)
                for (size_t a = 0; a < sizeof after / sizeof *after; a++) {
                    snprintf(text, sizeof text, "%s%s%s", before[b], phrases[i], after[a]);
                    const int agrees = syevp_lookback_agrees(ex, (syevp_lookback)which, text);
                    if (agrees != 1)
                        fail_msg("look-back %d, \"%s\": quick test %s", which, text,
                                 agrees < 0 ? "errs" : "contradicts the pattern");
                }
}

/* The pattern of a sentence about the whole country ("dans tout le
 * pays", "d'autres villes") runs only where one of the words each of its
 * branches holds is found: that must let every match through. */
static void test_nationwide_quick_test_agrees(void **state)
{
    (void)state;
    static const char *const phrases[] = {
        "dans tout le pays", "dans toute la syrie", "sur tout le territoire",
        "tout l'territoire", "toute  syrie", "l'ensemble du pays", "l'ensemble de la syrie",
        "l'ensemble de l' territoire", "d'autres villes", "d'autres regions",
        "d'autres provinces", "d'autres localites", "d'autres fronts", "ailleurs dans le pays",
        "le reste du pays", "a l'echelle nationale", "a l'echelle national", "au niveau du pays",
        "au niveau national", "le pays a connu", "les zones de desescalade", "tout le pays",
        "toutes les villes", "l'ensemble", "d'autres", "le pays", "la syrie", "le reste",
        "zones de", "au niveau", "partout", "autres villes", "\xc3\xa9tout le pays"};
    static const char *const before[] = {"", "les combats ont repris ", "x", "\"", "a, "};
    static const char *const after[] = {"", ".", " depuis mardi", "x", "\xc3\xa9"};
    char text[200];
    for (size_t i = 0; i < sizeof phrases / sizeof *phrases; i++)
        for (size_t b = 0; b < sizeof before / sizeof *before; b++)
            for (size_t a = 0; a < sizeof after / sizeof *after; a++) {
                snprintf(text, sizeof text, "%s%s%s", before[b], phrases[i], after[a]);
                const int agrees = syevp_nationwide_agrees(ex, text);
                if (agrees != 1)
                    fail_msg("nationwide, \"%s\": quick test %s", text,
                             agrees < 0 ? "errs" : "contradicts the pattern");
            }
}

/* actors.c tries the speaker patterns ("a declare que", "affirment que",
 * ", a-t-il ajoute") only where C tests of the words that follow allow it
 * (a verb of saying among the first words, "que", "qu'" or a colon within
 * 40 characters of it): those tests must let every match through.  And
 * what follows the heads of some is told in C: where the patterns end.  Each
 * text below is tried at every place a pattern can start (a word, a blank,
 * after a comma). */
static void test_source_quick_tests_agree_with_patterns(void **state)
{
    (void)state;
    static const char *const verbs[] = {
        "declare", "dit", "affirme", "indique", "precise", "ajoute", "estime", "souligne",
        "assure", "rapporte", "confirme", "explique", "ecrit", "tweete", "poursuivi", "insiste",
        "rencheri", "regrette", "reconnu", "confie", "releve", "averti", "martele", "commente",
        "note", "juge", "raconte", "temoigne", "annonce", "prevenu", "affirment", "assurent",
        "estiment", "indiquent", "declarent", "expliquent", "precisent", "soulignent",
        "rapportent", "annoncent", "martelent", "pretendent", "pretend", "appelle", "exhorte",
        "decide", "declaree", "dites", "quitte"};
    static const char *const before[] = {"le ministre a ", "ils ont encore ", "x, ",
                                         "\"oui\", a-t-il ", "les rebelles ", "selon ",
                                         "d'apres l'osdh, ", "a en croire ",
                                         /* a Unicode blank in the last word that may
                                          * hold the verb, or before it */
                                         "x, yy zz\xc2\xa0", "x, a yy zz\xc2\xa0",
                                         "le ministre a yy zz\xc2\xa0", "x, yy\xc2\xa0",
                                         "x, a yy\xc2\xa0", "x, \xc2\xa0yy "};
    static const char *const fillers[] = {
        "", " hier", " mardi a la presse", " a la presse, aux journalistes venus en nombre",
        /* 39 and 40 characters: "que" is then 40 or 41 characters away */
        " a la presse et aux journalistes venusx", " a la presse et aux journalistes venusxy",
        " a la presse \xd0\xb6\xd0\xb6\xd0\xb6\xd0\xb6 et aux journalistes x",
        " a la presse \xd0\xb6\xd0\xb6\xd0\xb6\xd0\xb6 et aux journalistes xy", "-t-il",
        " l'osdh"};
    static const char *const tails[] = {" que", " qu'il", " :", "que", " quelque", ". que",
                                        "; que", "", " x", " qu", " que_", " qu_",
                                        " que\xd0\xb6", " \xd0\xb6que", " qu\xd0\xb6"};
    char text[200];
    syevp_actor_engine *eng = NULL;
    syev_error err;
    assert_int_equal(syevp_actor_engine_new(ex, &eng, &err), SYEV_OK);
    for (size_t b = 0; b < sizeof before / sizeof *before; b++)
        for (size_t v = 0; v < sizeof verbs / sizeof *verbs; v++)
            for (size_t f = 0; f < sizeof fillers / sizeof *fillers; f++)
                for (size_t t = 0; t < sizeof tails / sizeof *tails; t++) {
                    snprintf(text, sizeof text, "%s%s%s%s", before[b], verbs[v], fillers[f],
                             tails[t]);
                    for (size_t at = 0; text[at]; at++) {
                        if (at > 0 && text[at] != ' ' && !strchr(" ,\"", text[at - 1]))
                            continue;
                        for (size_t e = 0; e < 5; e++) {
                            const int agrees = syevp_source_quick_agrees(eng, e, text, at);
                            if (agrees != 1)
                                fail_msg("source pattern %zu at %zu of \"%s\": quick test %s", e,
                                         at, text, agrees < 0 ? "errs" : "skips a match");
                            const int ends = syevp_source_tail_agrees(eng, e, text, at);
                            if (ends != 1)
                                fail_msg("source pattern %zu at %zu of \"%s\": %s", e, at, text,
                                         ends < 0 ? "errs" : "ends elsewhere in C");
                        }
                    }
                }
    syevp_actor_engine_free(eng, &ex->alloc);
}

/* actors.c follows the end of the incise (", a declare mardi le ministre
 * M. X") in C, not with PCRE2: it must end where the pattern does, at
 * "m." and "mm." (which do not end it), a participle (", precisant"), a
 * quote, a dot, a semicolon, the end of the text, after 160 characters. */
static void test_incise_tail_agrees_with_pattern(void **state)
{
    (void)state;
    static const char *const heads[] = {", a declare ", "\"oui\", a-t-il ajoute ",
                                        ", ont encore estime mardi ", ",declare ", ", a dit"};
    static const char *const bodies[] = {
        "", "le ministre", "m. dupont", "mm. les ministres", "am. x", "le m.x", "m", "mm", "m.",
        "le maire m", "lm. x", "_m. x", "9m. x", "\xd0\xb6m. x", "\xd0\xb6 x", "m.m. x",
        "x, precisant que", "x,\tajoutant", "x, ajoutantx que", "x, ajoutant", "x,precisant",
        "x, estimant_", "x, estimant9", "x, \xc2\xa0precisant", "x, precisant\xd0\xb6", "x,  soulignant",
        "x, indiquant, expliquant", "x; y", "x \"y", "x. y", "x\ny",
        "le ministre des affaires etrangeres de la federation de russie, m. sergue lavrov, "
        "qui s'exprimait devant la presse a moscou apres une rencontre avec son homologue m. x",
        "le ministre des affaires etrangeres de la federation de russie, m. sergue lavrov, "
        "qui s'exprimait devant la presse a moscou apres une rencontre avec son homologue xx m. x",
        "le ministre des affaires etrangeres de la federation de russie, m. sergue lavrov, "
        "qui s'exprimait devant la presse a moscou apres une rencontre avec son homologue x mm. y",
        "\xd0\xb6\xd0\xb6\xd0\xb6\xd0\xb6\xd0\xb6\xd0\xb6\xd0\xb6\xd0\xb6 le ministre des affaires etrangeres de la "
        "federation de russie, qui s'exprimait devant la presse a moscou apres une rencontre "
        "avec son homologue, precisant",
        /* no stop for more than 160 characters (read eight bytes at a time) */
        "le porte-parole des forces de la coalition qui parlait devant la presse a le por"
        "te-parole des forces de la coalition qui parlait devant la presse a le porte-par"
        "ole des forces de la coalition",
        "le porte-parole des forces de la coalition qui parlait devant la presse a le por"
        "te-parole des forces de la coalition qui parlait devant la presse a le x. y"};
    char text[400];
    syevp_actor_engine *eng = NULL;
    syev_error err;
    assert_int_equal(syevp_actor_engine_new(ex, &eng, &err), SYEV_OK);
    for (size_t h = 0; h < sizeof heads / sizeof *heads; h++)
        for (size_t b = 0; b < sizeof bodies / sizeof *bodies; b++) {
            snprintf(text, sizeof text, "%s%s", heads[h], bodies[b]);
            for (size_t at = 1; text[at - 1]; at++) {
                if (!strchr(",\"", text[at - 1]))
                    continue;
                const int agrees = syevp_incise_agrees(eng, text, at);
                if (agrees != 1)
                    fail_msg("incise at %zu of \"%s\": %s", at, text,
                             agrees < 0 ? "errs" : "ends elsewhere in C");
            }
        }
    syevp_actor_engine_free(eng, &ex->alloc);
}

/* actors.c looks for the commas and quotes that source patterns may
 * follow sixteen bytes at a time: it must find what strcspn() finds, from
 * every offset, near the ends of the blocks and of the text, among bytes
 * beyond ASCII, and where there is none. */
static void test_next_mark_agrees_with_strcspn(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "", ",", "\"", "x", "a, b", "selon lui, \"x\"",
        "exactement quinze,caracteres sans marque jusqu'ici, puis \"une\"",
        "0123456789abcde,0123456789abcdef\"0123456789abcdefg,",
        "aucune marque dans ce texte assez long pour plusieurs blocs de seize",
        "\xc3\xa9\xe2\x80\x99\xd0\xb6, \xc2\xab x \xc2\xbb\",\"\"",
        "0123456789abcdef0123456789abcdef,"};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
        if (syevp_next_mark_agrees(texts[i]) != 1)
            fail_msg("next mark of \"%s\" disagrees with strcspn()", texts[i]);
}

/* actors.c follows the end of "selon X" in C too: it must end where the
 * pattern does, at a punctuation mark, a quote, before an auxiliary
 * between blanks ("selon lui a ete"), at the end of the text, and leave
 * to PCRE2 what blanks beyond ASCII or an empty tail decide. */
static void test_according_tail_agrees_with_pattern(void **state)
{
    (void)state;
    static const char *const heads[] = {"selon ", "d'apres  ", "cite par ", "citees par\t",
                                        "rapporte par ", "a en croire ", "x selon "};
    static const char *const bodies[] = {
        "", ",", " ,", "  x", "l'osdh", "l'osdh, qui", "lui a ete", "lui  a  ete", "x ont y",
        "x avait", "x avait y", "x avaient\ty", "x avaientz", "x aa y", "x a", "x a\xd0\xb6",
        "le ministre. x", "x; y", "x: y", "x \"y", "un accord", "l'accord de paix",
        "les chiffres x", "\xd0\xb6 x", "x\302\240a y", "x a\xc2\xa0y", "x \342\200\203a y",
        "\xc2\xa0x", "x\ny", "x\n a y", "des sources locales citees par l'afp"};
    char text[200];
    syevp_actor_engine *eng = NULL;
    syev_error err;
    assert_int_equal(syevp_actor_engine_new(ex, &eng, &err), SYEV_OK);
    for (size_t h = 0; h < sizeof heads / sizeof *heads; h++)
        for (size_t b = 0; b < sizeof bodies / sizeof *bodies; b++) {
            snprintf(text, sizeof text, "%s%s", heads[h], bodies[b]);
            for (size_t at = 0; text[at]; at++) {
                if (((unsigned char)text[at] & 0xC0) == 0x80)
                    continue; /* inside a character */
                const int agrees = syevp_source_tail_agrees(eng, 0, text, at);
                if (agrees != 1)
                    fail_msg("\"selon\" at %zu of \"%s\": %s", at, text,
                             agrees < 0 ? "errs" : "ends elsewhere in C");
            }
        }
    syevp_actor_engine_free(eng, &ex->alloc);
}

/* actors.c tries the patterns of the text before a place ("a", "dans la
 * province de", "les rebelles de", "pres de", "dans le nord de la") only
 * when its last word is one they can end with: its lists must hold them
 * all.  And it tells the usual locatives ("a ", "la ville de ") in C: only
 * where the pattern matches.  Each phrase is tried alone, after other
 * words, and followed by blanks, an article or other words. */
static void test_place_tail_tests_agree_with_patterns(void **state)
{
    (void)state;
    static const char *const phrases[] = {
        "a", "au", "aux", "en", "dans", "vers", "sur", "depuis", "contre", "pres", "proche",
        "autour", "pres de", "proche du", "autour d'", "aux abords de", "aux environs des",
        "la peripherie d'", "la banlieue de", "nord de", "sud-est d'", "la ville de",
        "le village d'", "la localite de", "la province d'", "la region de", "les quartiers de",
        "le secteur de", "la capitale de", "le fief de", "le bastion d'", "l'enclave de",
        "l'aeroport militaire de", "la base aerienne d'", "la route de", "la bataille de",
        "la prise d'", "la reprise de", "le siege de", "l'offensive sur", "la liberation d'",
        "la chute de", "la conquete de", "les bombardements sur", "les frappes de",
        "l'evacuation d'", "les combats de", "l'assaut contre", "le front de", "la conference de",
        "les pourparlers d'", "le processus d'", "les accords de", "les negociations de",
        "les rounds d'", "le sommet de", "la reunion de", "la rencontre d'", "les discussions de",
        "la treve de", "le cessez-le-feu de", "la paix de", "dans la province de",
        "dans la ville d'", "a la station d'", "dans la ville sainte de",
        "les rebelles de", "les rebelles syriens de", "les rebelles syriens armes du",
        "l'opposition de", "les insurges d'", "le groupe de", "les combattants de",
        "les habitants d'", "les civils de", "le conseil local de", "le gouverneur d'",
        "la delegation de", "les representants du", "le depute de", "l'universite d'",
        "l'observatoire de", "l'agence de", "la frontiere de", "l'armee de", "la brigade d'",
        "le front de la", "l'ambassadeur de", "l'ambassade du", "le consulat d'", "le consul de",
        "le bataillon de", "liwa de", "jaich de", "la province de la", "la ville d'",
        "son ambassadeur au", "l'ambassade en", "le correspondant a", "l'envoye special aux",
        "des journalistes en", "le bureau a", "non loin de", "a proximite d'", "aux portes de",
        "a l'exterieur de", "a 15 km de", "pres des", "non loin du", "a une dizaine de kilometres de",
        "a quelques kilometres au sud d'", "a 20 km a l'est de", "a plusieurs centaines de metres du",
        "dans le nord de la", "au sud du", "le centre de l'", "la partie d'", "les regions de la",
        "les provinces du", "une zone de", "les villes de l'", "les localites d'",
        "dans l'est de la", "le nord-ouest du", "de", "du", "des", "d'", "la", "le", "les", "l'",
        "et", "selon", "par", "villa", "controle", "jusqu'", "aujourd'hui", "2017", "moscou,"};
    static const char *const before[] = {"", "x ", "les forces ", "\xd0\xb6", "a ", "x, ", "(",
                                         "\"", "x. "};
    static const char *const after[] = {"",   " ",   "  ", "\t", "'", " la ", " le ", " les ",
                                        " l'", "la ", " x", " x ", "\xc2\xa0"};
    char text[200];
    syevp_actor_engine *eng = NULL;
    syev_error err;
    assert_int_equal(syevp_actor_engine_new(ex, &eng, &err), SYEV_OK);
    for (int which = 0; which < 4; which++)
        for (size_t i = 0; i < sizeof phrases / sizeof *phrases; i++)
            for (size_t b = 0; b < sizeof before / sizeof *before; b++)
                for (size_t a = 0; a < sizeof after / sizeof *after; a++) {
                    snprintf(text, sizeof text, "%s%s%s", before[b], phrases[i], after[a]);
                    const int agrees = syevp_tail_agrees(eng, which, text);
                    if (agrees != 1)
                        fail_msg("place pattern %d before a place, \"%s\": quick test %s", which,
                                 text, agrees < 0 ? "errs" : "contradicts the pattern");
                }
    syevp_actor_engine_free(eng, &ex->alloc);
}

/* actors.c tells in C a sentence with no military word, and a text after
 * a weak battle word with no ground word (the tests of weak battle words):
 * it must never miss one the patterns find, whole or cut by the end, next
 * to punctuation, digits, '_' or letters beyond ASCII. */
static void test_military_quick_test_agrees_with_pattern(void **state)
{
    (void)state;
    static const char *const words[] = {
        "armee", "armees", "forces", "troupes", "soldats", "militaire", "militaires", "rebelle",
        "rebelles", "insurges", "djihadistes", "jihadistes", "terroristes", "combattants",
        "milice", "milices", "aviation", "avions", "helicopteres", "chars", "artillerie",
        "brigade", "brigades", "bataillon", "bataillons", "unites", "front", "frappes",
        "bombardements", "offensive", "assaut", "regime", "arme", "force", "armeess", "regimes",
        "fron", "x", "", "ville", "villes", "quartier", "km2", "km", "km2x", "km 2",
        "kilometres carres", "kilometres", "kilometres carresx", "centre-ville", "centre",
        "centre-villes", "cite", "oasis", "postes", "territoire"};
    static const char *const before[] = {"", "les ", "l'", "x", "2", "_", "-", "\xd0\xb6",
                                         "\xc2\xa0", "des forces, les "};
    static const char *const after[] = {"", " ", ".", "s", "2", "_", "-", "\xd0\xb6",
                                        "\xc2\xa0", " de la ville"};
    char text[160];
    syevp_actor_engine *eng = NULL;
    syev_error err;
    assert_int_equal(syevp_actor_engine_new(ex, &eng, &err), SYEV_OK);
    for (size_t w = 0; w < sizeof words / sizeof *words; w++)
        for (size_t b = 0; b < sizeof before / sizeof *before; b++)
            for (size_t a = 0; a < sizeof after / sizeof *after; a++) {
                snprintf(text, sizeof text, "%s%s%s", before[b], words[w], after[a]);
                const int agrees = syevp_military_agrees(eng, text);
                if (agrees != 1)
                    fail_msg("military or ground words in \"%s\": quick test %s", text,
                             agrees < 0 ? "errs" : "skips a match");
            }
    syevp_actor_engine_free(eng, &ex->alloc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ceasefire_forms),
        cmocka_unit_test(test_talks_forms),
        cmocka_unit_test(test_battle_forms),
        cmocka_unit_test(test_habit_cancels_trigger),
        cmocka_unit_test(test_surrender_code_and_multiword_trigger),
        cmocka_unit_test(test_less_usual_forms),
        cmocka_unit_test(test_rejections),
        cmocka_unit_test(test_weak_words_need_context),
        cmocka_unit_test(test_one_mention_per_type_and_date),
        cmocka_unit_test(test_dates_and_anchors),
        cmocka_unit_test(test_bound_is_not_the_date),
        cmocka_unit_test(test_governing_date),
        cmocka_unit_test(test_inherited_date),
        cmocka_unit_test(test_participants_not_speaker),
        cmocka_unit_test(test_supporters_are_not_participants),
        cmocka_unit_test(test_capitals_as_parties_and_places),
        cmocka_unit_test(test_place_qualifying_an_actor),
        cmocka_unit_test(test_ceasefire_covers_an_area),
        cmocka_unit_test(test_event_places),
        cmocka_unit_test(test_place_forms),
        cmocka_unit_test(test_anaphor_carries_participants),
        cmocka_unit_test(test_participants),
        cmocka_unit_test(test_confidence_and_cameo),
        cmocka_unit_test(test_huge_sentence),
        cmocka_unit_test(test_lookback_quick_tests_agree_with_patterns),
        cmocka_unit_test(test_source_quick_tests_agree_with_patterns),
        cmocka_unit_test(test_nationwide_quick_test_agrees),
        cmocka_unit_test(test_incise_tail_agrees_with_pattern),
        cmocka_unit_test(test_next_mark_agrees_with_strcspn),
        cmocka_unit_test(test_according_tail_agrees_with_pattern),
        cmocka_unit_test(test_place_tail_tests_agree_with_patterns),
        cmocka_unit_test(test_military_quick_test_agrees_with_pattern),
    };
    return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
