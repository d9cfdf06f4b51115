/* test_factuality.c — asserted, alleged, planned, possible and negated from
 * mood, tense and cue words (SPEC.md section 2 and section 6), including
 * cues outside the trigger's clause, on sentences written for these tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "syriaevents.h"

#include "extractor_fixture.h"
#include "events_private.h"

typedef struct fact_case {
    const char *text;
    syev_event_type type;
    syev_factuality expected;
} fact_case;

static void S_check(const fact_case *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        syev_doc *doc = NULL;
        syev_error err;
        const char *text = cases[i].text;
        assert_int_equal(syev_extract(ex, text, strlen(text), "f", "2017-03-01", &doc, &err), SYEV_OK);
        const syev_mention *found = NULL;
        for (size_t k = 0; k < syev_doc_mention_count(doc) && !found; k++)
            if (syev_doc_mention(doc, k)->type == cases[i].type)
                found = syev_doc_mention(doc, k);
        if (!found)
            fail_msg("no %s mention in: %s", syev_event_type_name(cases[i].type), text);
        if (found->factuality != cases[i].expected)
            fail_msg("%s, expected %s: %s", syev_factuality_name(found->factuality),
                     syev_factuality_name(cases[i].expected), text);
        syev_doc_free(doc);
    }
}

static void test_asserted(void **state)
{
    (void)state;
    static const fact_case cases[] = {
        {"Les combats ont repris hier soir près de Hama.", SYEV_EVENT_BATTLE, SYEV_FACT_ASSERTED},
        {"Les délégations négocient à Genève.", SYEV_EVENT_TALKS, SYEV_FACT_ASSERTED},
        /* a named source with an indicative verb stays asserted */
        {"Selon l'OSDH, des frappes ont touché Douma.", SYEV_EVENT_BATTLE, SYEV_FACT_ASSERTED},
        /* strengthening a truce that exists is no wish for one */
        {"Les parties ont cherché à renforcer la fragile trêve.", SYEV_EVENT_CEASEFIRE,
         SYEV_FACT_ASSERTED},
        /* "n'a pas dit ou" denies nothing about the talks */
        {"Le ministre n'a pas dit où se tenaient ces entretiens.", SYEV_EVENT_TALKS,
         SYEV_FACT_ASSERTED},
        /* the talks were not easy, but they took place */
        {"Ces discussions n'ont pas été faciles.", SYEV_EVENT_TALKS, SYEV_FACT_ASSERTED},
        /* a truce in force stays asserted in reported speech */
        {"Les délégués ont assuré que les discussions seraient centrées sur une trêve "
         "instaurée fin décembre.",
         SYEV_EVENT_CEASEFIRE, SYEV_FACT_ASSERTED},
        /* "programme" the noun is no schedule */
        {"Des missiles ont frappé un site du programme militaire.", SYEV_EVENT_BATTLE,
         SYEV_FACT_ASSERTED},
    };
    S_check(cases, sizeof cases / sizeof *cases);
}

static void test_alleged(void **state)
{
    (void)state;
    static const fact_case cases[] = {
        {"Moscou négocierait avec l'opposition.", SYEV_EVENT_TALKS, SYEV_FACT_ALLEGED},
        {"Le chef djihadiste aurait péri lors d'une contre-attaque.", SYEV_EVENT_BATTLE,
         SYEV_FACT_ALLEGED},
        {"Selon des sources locales, des combats ont opposé l'armée aux rebelles.",
         SYEV_EVENT_BATTLE, SYEV_FACT_ALLEGED},
        {"Un officier a probablement été tué lors de combats.", SYEV_EVENT_BATTLE,
         SYEV_FACT_ALLEGED},
        {"L'armée est accusée par l'opposition de bombarder les quartiers.", SYEV_EVENT_BATTLE,
         SYEV_FACT_ALLEGED},
        /* an active accusation, with a date between */
        {"Le régime a accusé jeudi les insurgés d'avoir rompu la trêve.", SYEV_EVENT_CEASEFIRE,
         SYEV_FACT_ALLEGED},
        /* an unnamed source set off by a comma at the end */
        {"L'aviation a bombardé le marché de la ville, selon des habitants.", SYEV_EVENT_BATTLE,
         SYEV_FACT_ALLEGED},
    };
    S_check(cases, sizeof cases / sizeof *cases);
}

static void test_planned(void **state)
{
    (void)state;
    static const fact_case cases[] = {
        {"Les pourparlers reprendront à Genève.", SYEV_EVENT_TALKS, SYEV_FACT_PLANNED},
        {"Les négociations doivent débuter à Astana.", SYEV_EVENT_TALKS, SYEV_FACT_PLANNED},
        {"Le prochain tour de négociations aura lieu à Genève.", SYEV_EVENT_TALKS,
         SYEV_FACT_PLANNED},
        /* a conditional after a past verb of saying: a future in the past */
        {"Le régime avait annoncé qu'il mettrait fin aux combats.", SYEV_EVENT_CEASEFIRE,
         SYEV_FACT_PLANNED},
        /* dated after the DCT */
        {"Une session de négociations est convoquée le 7 mars.", SYEV_EVENT_TALKS,
         SYEV_FACT_PLANNED},
        {"La trêve doit entrer en vigueur lundi.", SYEV_EVENT_CEASEFIRE, SYEV_FACT_PLANNED},
        {"Les ministres devaient se réunir mercredi à Vienne.", SYEV_EVENT_TALKS,
         SYEV_FACT_PLANNED},
        {"Le ministre a annoncé que les discussions entre les deux délégations reprendraient "
         "le 9 mars.",
         SYEV_EVENT_TALKS, SYEV_FACT_PLANNED},
        /* a request already scheduled */
        {"Paris a demandé une réunion du Conseil, prévue vendredi.", SYEV_EVENT_TALKS,
         SYEV_FACT_PLANNED},
        /* agreeing to start talks plans them */
        {"Les participants ont convenu de débuter des discussions avec l'opposition.",
         SYEV_EVENT_TALKS, SYEV_FACT_PLANNED},
        {"Tous sont d'accord pour la tenue de négociations à Astana.", SYEV_EVENT_TALKS,
         SYEV_FACT_PLANNED},
        /* doubt about how it will go denies nothing */
        {"On ne sait pas comment vont se dérouler les combats.", SYEV_EVENT_BATTLE,
         SYEV_FACT_PLANNED},
        /* future wins over alleged */
        {"Les insurgés prépareraient une offensive.", SYEV_EVENT_BATTLE, SYEV_FACT_PLANNED},
        /* monitoring of a truce is planned */
        {"Des observateurs vont surveiller le cessez-le-feu.", SYEV_EVENT_CEASEFIRE,
         SYEV_FACT_PLANNED},
    };
    S_check(cases, sizeof cases / sizeof *cases);
}

static void test_possible(void **state)
{
    (void)state;
    static const fact_case cases[] = {
        {"La Russie espère un cessez-le-feu à Alep.", SYEV_EVENT_CEASEFIRE, SYEV_FACT_POSSIBLE},
        /* a cue outside the trigger's clause */
        {"Le ministre a déclaré mardi espérer obtenir un accord sur un cessez-le-feu.",
         SYEV_EVENT_CEASEFIRE, SYEV_FACT_POSSIBLE},
        {"Les deux pays préparent d'éventuels pourparlers.", SYEV_EVENT_TALKS, SYEV_FACT_POSSIBLE},
        {"L'ONU appelle à une trêve humanitaire.", SYEV_EVENT_CEASEFIRE, SYEV_FACT_POSSIBLE},
        {"Une réunion des garants pourrait avoir lieu la semaine prochaine.", SYEV_EVENT_TALKS,
         SYEV_FACT_POSSIBLE},
        /* an obligation stated as an opinion */
        {"Les pourparlers doivent être poursuivis, a estimé le président.", SYEV_EVENT_TALKS,
         SYEV_FACT_POSSIBLE},
        /* a purpose */
        {"Moscou négocie avec les rebelles pour stopper les combats.", SYEV_EVENT_CEASEFIRE,
         SYEV_FACT_POSSIBLE},
        {"Les deux présidents se sont parlé lundi pour consolider la trêve.",
         SYEV_EVENT_CEASEFIRE, SYEV_FACT_POSSIBLE},
        {"Le plan vise à instaurer une trêve dans le sud du pays.", SYEV_EVENT_CEASEFIRE,
         SYEV_FACT_POSSIBLE},
        /* a call, a threat, readiness, with words between */
        {"L'ONU a appelé mercredi à prolonger la trêve.", SYEV_EVENT_CEASEFIRE,
         SYEV_FACT_POSSIBLE},
        {"Ankara a menacé jeudi d'étendre son offensive.", SYEV_EVENT_BATTLE, SYEV_FACT_POSSIBLE},
        {"Nous sommes prêts à négocier avec le régime.", SYEV_EVENT_TALKS, SYEV_FACT_POSSIBLE},
    };
    S_check(cases, sizeof cases / sizeof *cases);
}

static void test_negated(void **state)
{
    (void)state;
    static const fact_case cases[] = {
        {"Il n'y a plus de combats dans la ville.", SYEV_EVENT_BATTLE, SYEV_FACT_NEGATED},
        {"Ceci n'est pas un cessez-le-feu.", SYEV_EVENT_CEASEFIRE, SYEV_FACT_NEGATED},
        {"Le mouvement n'avait aucun lien avec ces discussions.", SYEV_EVENT_TALKS,
         SYEV_FACT_NEGATED},
        {"L'offensive sur la ville ne devrait pas avoir lieu.", SYEV_EVENT_BATTLE,
         SYEV_FACT_NEGATED},
        {"Les djihadistes n'ont pas pu prendre la ville.", SYEV_EVENT_BATTLE, SYEV_FACT_NEGATED},
        {"Le gouvernement a démenti avoir bombardé le marché.", SYEV_EVENT_BATTLE,
         SYEV_FACT_NEGATED},
        {"Les rebelles ont refusé de négocier avec le régime.", SYEV_EVENT_TALKS,
         SYEV_FACT_NEGATED},
        {"Les djihadistes sont exclus de la trêve.", SYEV_EVENT_CEASEFIRE, SYEV_FACT_NEGATED},
        {"Aucune négociation n'a eu lieu avec les insurgés.", SYEV_EVENT_TALKS,
         SYEV_FACT_NEGATED},
    };
    S_check(cases, sizeof cases / sizeof *cases);
}

/* A factuality engine of the shared extractor (the caller frees it). */
static syevp_fact_engine *S_fact_engine(void)
{
    syevp_fact_engine *eng = NULL;
    syev_error err;
    assert_int_equal(syevp_fact_engine_new(ex, &eng, &err), SYEV_OK);
    return eng;
}

/* The cues read after a comma (", selon des habitants") are tried only
 * where a quick test of the comma, the blanks and the words after it
 * allows: it must let every match through. */
static void test_comma_quick_test_agrees(void **state)
{
    (void)state;
    static const char *const before[] = {"", "x", "la ville", "ville ", "ville\xc3\xa9", "(", "2017"};
    static const char *const commas[] = {",", ", ", ",  ", ",\t", ",\n ", ", \xc2\xa0", ",,",
                                         " , ", ""};
    static const char *const after[] = {
        "selon des habitants", "selon une source", "selon un accord", "selon des chiffres",
        "selon plusieurs temoins", "selon quatre responsables", "selon deux medecins",
        "selon trois ong", "selon certaines sources", "selon certains", "selon de hauts",
        "selon nos informations", "d'apres des militants", "d'apres une source",
        "d'apres nos sources", "d'apres un rapport", "d'apres plusieurs", "selon l'osdh",
        "selon lui", "selon", "selon des", "d'apres", "selon  des habitants",
        "selon des\xc3\xa9", "selonx des habitants", "s", ""};
    syevp_fact_engine *eng = S_fact_engine();
    char text[200];
    for (size_t b = 0; b < sizeof before / sizeof *before; b++)
        for (size_t c = 0; c < sizeof commas / sizeof *commas; c++)
            for (size_t a = 0; a < sizeof after / sizeof *after; a++) {
                snprintf(text, sizeof text, "%s%s%s", before[b], commas[c], after[a]);
                const int agrees = syevp_fact_comma_agrees(eng, text);
                if (agrees != 1)
                    fail_msg("comma cue, \"%s\": quick test %s", text,
                             agrees < 0 ? "errs" : "contradicts the pattern");
            }
    syevp_fact_engine_free(eng, &ex->alloc);
}

/* Asks an agreement hook about each of the n texts; fails on the first
 * that disagrees (or errs), naming what was compared. */
static void S_each_text_agrees(const syevp_fact_engine *eng,
                               int (*agree)(const syev_extractor *, const syevp_fact_engine *,
                                            const char *),
                               const char *what, const char *const *texts, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const int agrees = agree(ex, eng, texts[i]);
        if (agrees != 1)
            fail_msg("%s, \"%s\": %s", what, texts[i], agrees < 0 ? "error" : "disagree");
    }
}

/* The tense endings ("negocieront", "mettrait") are looked for at the
 * text's word boundaries only: that must find what a walk over every byte
 * finds, next to digits, capitals, characters beyond ASCII and the end. */
static void test_endings_found_at_boundaries(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "ils negocieront et discuteraient, puis sera mis",
        "Moscou negocierait2 avec x_seront et ira, iront dra",
        "mettrait;traient feront\tauront\nseraient aurait",
        "la treve sera\xd0\xb6 respectee et \xd0\xb6seront mettront",
        "\xd8\xaa\xd9\x86 negocierait \xd9\x85 reprendra \xc3\xa9tendra",
        "Ils Reprendront et REPRENDRAIENT mettraient",
        "sera", "a sera", "seraient", "x ttra",
        /* the letter looked for (r) in and around words, next to others */
        "r rr rra prendra arrivera rrr rentreront", "parlera2 2parlera x\xc3\xa9ra \xc3\xa9rait",
        "tirera_ Serait seRa parleRait", "negocierait,serait;'aura'(seront)"};
    syevp_fact_engine *eng = S_fact_engine();
    S_each_text_agrees(eng, syevp_fact_endings_agree, "endings", texts,
                       sizeof texts / sizeof *texts);
    syevp_fact_engine_free(eng, &ex->alloc);
}

/* The table scan has an entry per alternative of a cue, without the \\b
 * it adds itself: at each position the first entry that matches must
 * match as the cue does. */
static void test_cue_entries_match_as_their_cue(void **state)
{
    (void)state;
    static const char *const phrases[] = {
        "il n'y a pas de combats", "ils ne sont plus la", "n'a jamais eu lieu", "n'a pas dit ou",
        "n'a pas seulement", "ne l'ont point", "non pas une treve", "non un accord", "non le",
        "a dementi", "dementent", "a nie", "ont nie", "avait nie", "avaient nie", "nient",
        "ont niee", "rejette les accusations", "rejetant toute accusation", "rejetait accusations",
        "pourrait avoir lieu", "pourraient se tenir", "pourra reprendre", "peut etre",
        "peuvent durer", "pourrait bien commencer", "devrait entrer en vigueur",
        "doit prendre effet", "doivent se poursuivre", "devra s'appliquer", "devront aboutir",
        "devait debuter", "devaient s'ouvrir", "prevue samedi", "programmee pour le 9",
        "fixee a", "prevues d'ici", "fixes au", "prevu 3", "sera", "seront", "aura lieu",
        "auront lieu", "se tiendra", "se tiendront", "debutera", "commenceront", "demarrera",
        "s'ouvrira", "seras", "semble avoir", "semblaient avoir", "espere", "esperons",
        "espoir", "espoirs", "eventuelle", "eventuels", "appelle a", "a appele mercredi a",
        "appellent les deux parties au", "appel a", "exhorte", "menace de",
        "menacent jeudi d'etendre", "prets a", "prete a", "propose", "proposition", "souhaite",
        "voudraient", "veut que", "veulent que", "reclame", "reclame par", "reclamer",
        "exige", "demande un", "demandent l'arret", "demander des", "plaide pour",
        "plaidaient pour", "pourrait", "pourront", "peut", "pouvons", "possible",
        "rendu possible", "rendues possibles", "possibles", "possibilite", "conditionne",
        "s'oppose a", "s'opposent a", "importance de", "il faut", "faudrait", "envisage",
        "devraient", "devait", "convenu de", "convenues d'", "decide de", "decident d'",
        "prepare", "preparent", "preparait", "prepareraient", "preparera", "prepareront",
        "refuse de", "refusent d'", "exclus des", "exclue du", "exclues de", "aucun", "aucune ",
        "doit", "doivent", "devra", "devront", "prochain", "prochaines", "a venir", "prevu",
        "prevues", "du programme", "le programme", "un programme", "programmee", "attendu",
        "attendues", "pour la tenue de", "la tenue d'", "la tenue des", "convoque",
        "intention de", "d'ici", "surveiller", "supervise", "va", "vont", "allait", "allaient",
        "future", "futurs", "futur proche", "pour obtenir", "pour faire respecter",
        "pour faire appliquer", "pour mieux preparer", "pour le faire", "pour tenter",
        "afin de", "afin d'appliquer", "dans le but de", "en vue d'", "en vue de faire respecter",
        "cherche a", "cherchent a", "en faveur de", "en faveur d'", "preparer", "vise a",
        "visant a", "le but est de", "son but etait d'", "leur but est d'",
        "negociations sur", "discussions a geneve pour", "pourparlers autour d'un",
        "consultations. sur", "entretiens; sur", "discute du sujet sur", "negocient sur",
        "negociations \"sur", "discuter pour", "negociateurs", "selon des sources",
        "selon une source", "d'apres des sources", "d'apres nos sources", "de source proche",
        "de sources militaires", "selon des militants", "selon un accord", "selon des chiffres",
        "d'apres un responsable", "selon plusieurs temoins", "selon nos", "probablement",
        "presume", "presumees", "soupconne", "imputee", "accuse de",
        "accusee par le regime de", "accusees d'", "accusations de", "accusation d'",
        "accuse les rebelles d'avoir", "accusent le regime et ses allies de",
        "a annonce que", "ont assure qu'", "avait declare mardi que", "a dit que",
        "a fait savoir que", "ont promis qu'", "a annonce. que", "a estime", "ont estime",
        "avait estime", "estime que", "selon lui", "selon elle", "selon eux",
        "renforcer la treve", "consolider le cessez-le-feu", "respecte", "maintenir une nouvelle",
        "violation de la", "viole", "en vigueur", "actuelle", "actuels", "en cours",
        "instauree", "decretes", "conclu", "fragile", "precaires", "pour de nouvelles",
        "pour des premiers", "pour l'", "pour une", "pour des premieres treves",
    };
    static const char *const around[][2] = {
        {"", ""}, {"x ", " y"}, {"\xd0\xb6", ""}, {"", "\xd0\xb6"}, {"Le 5, ", "."}};
    enum { NPHRASES = sizeof phrases / sizeof *phrases, NAROUND = sizeof around / sizeof *around };
    static char texts[NPHRASES * (NAROUND + 1)][160];
    const char *list[NPHRASES * (NAROUND + 1)];
    size_t n = 0;
    for (size_t i = 0; i < NPHRASES; i++) {
        for (size_t k = 0; k < NAROUND; k++)
            snprintf(texts[n++], sizeof texts[0], "%s%s%s", around[k][0], phrases[i], around[k][1]);
        /* with the next phrase: lookaheads read past the end of one */
        snprintf(texts[n++], sizeof texts[0], "%s %s", phrases[i], phrases[(i + 1) % NPHRASES]);
    }
    for (size_t i = 0; i < n; i++)
        list[i] = texts[i];
    syevp_fact_engine *eng = S_fact_engine();
    size_t bad = 0;
    const int agrees = syevp_fact_entries_agree(ex, eng, list, n, &bad);
    if (agrees != 1)
        fail_msg("cue entries, \"%s\": %s", list[bad], agrees < 0 ? "error" : "disagree");
    syevp_fact_engine_free(eng, &ex->alloc);
}

/* Checks the cues of "Les discussions", n characters of `span` (cycled,
 * the last a blank) and `end`, against the plain way. */
static void S_check_tail_at(const syevp_fact_engine *eng, const char *span, int n,
                            const char *end)
{
    char text[200];
    size_t at = (size_t)snprintf(text, sizeof text, "Les discussions "), from = 0;
    for (int i = 0; i < n - 2; i++) {
        const char *c = span + from;
        const size_t bytes = ((unsigned char)*c & 0xE0) == 0xC0 ? 2 : 1;
        memcpy(text + at, c, bytes);
        at += bytes;
        from = c[bytes] ? from + bytes : 0;
    }
    snprintf(text + at, sizeof text - at, "%s", end);
    const int agrees = syevp_fact_cues_agree(ex, eng, text);
    if (agrees != 1)
        fail_msg("cues, \"%s\": %s", text, agrees < 0 ? "error" : "disagree");
}

/* The tail of a topic cue ("des discussions ... sur") is followed in C
 * after the table scan finds its head: the cues found must be those of
 * every cue's whole pattern tried at every position, near stops, the
 * sentence's end, characters beyond ASCII and the other cues. */
static void test_cues_found_as_the_plain_way(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Les discussions sur la trêve reprendront lundi.",
        "Des négociations à Genève pour un cessez-le-feu ont échoué.",
        "Les pourparlers autour d'un accord de paix se poursuivent.",
        "Les pourparlers autour de la ville.",
        "Les pourparlers n'ont rien donné; sur le terrain, les combats continuent.",
        "Les entretiens. Sur le fond, rien.",
        "Les consultations \"sur\" la trêve.",
        "Les négociateurs se sont rencontrés sur la base aérienne.",
        "Ils négocieront sur la trêve, puis discuteraient pour la paix.",
        "Moscou négocierait sur un accord, a estimé le ministre.",
        "Les discussions surtout techniques, pourtant utiles, portent sur-le-champ sur la trêve.",
        "Les discussions entre les délégations du régime et de l'opposition réunies depuis "
        "des semaines ont porté sur la trêve.",
        "Les discussions entre les délégations du régime et de l'opposition réunies depuis "
        "des mois ont porté sur la trêve.",
        "Les discussions entre les délégations du régime et de l'opposition réunies depuis "
        "deux mois ont porté sur la trêve.",
        "discussions sur", "discussions", "discussions su", "negociations pour",
        "Les discussions « sur » la trêve, selon des sources proches.",
        "Les discussions sur\xd0\xb6 et pour\xe2\x80\x99 autour d\xe2\x80\x99un accord.",
        "Les discussions \xd0\xb6 sur la trêve et négociations\xd0\xb6 pour la paix.",
        "Les négociations\xe2\x80\x99 sur la trêve ne sont pas prévues.",
        "Des discussions_sur la trêve, des discussions2 pour la paix, discuté pour.",
        "L'ONU appelle à des négociations pour obtenir un cessez-le-feu, a déclaré le porte-parole.",
        "Ils ont discuté du sujet sur place et n'ont pas négocié pour autant.",
    };
    syevp_fact_engine *eng = S_fact_engine();
    S_each_text_agrees(eng, syevp_fact_cues_agree, "cues", texts, sizeof texts / sizeof *texts);
    /* the word of the tail at the end of the span's reach (80 characters),
     * just before it and just beyond; a stop or a character beyond ASCII
     * in the span, or after the word */
    static const char *const spans[] = {"xxxx ", "xx.x ", "xxx\xc3\xa9 ", "xxxx\xd0\xb6 "};
    static const char *const ends[] = {" sur la treve", " sur\xe2\x82\xacla treve",
                                       " sur\xd0\xb6", " autour d'un accord"};
    for (size_t k = 0; k < sizeof spans / sizeof *spans; k++)
        for (size_t end = 0; end < sizeof ends / sizeof *ends; end++)
            for (int n = 76; n <= 84; n++)
                S_check_tail_at(eng, spans[k], n, ends[end]);
    syevp_fact_engine_free(eng, &ex->alloc);
}

/* Where the tail of a cue fails, the scan goes on after the start of its
 * head: that needs that no entry of a later cue can start there. */
static void test_heads_stand_alone(void **state)
{
    (void)state;
    syevp_fact_engine *eng = S_fact_engine();
    assert_int_equal(syevp_fact_heads_alone(ex, eng), 1);
    syevp_fact_engine_free(eng, &ex->alloc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_asserted), cmocka_unit_test(test_alleged),
        cmocka_unit_test(test_planned),  cmocka_unit_test(test_possible),
        cmocka_unit_test(test_negated), cmocka_unit_test(test_comma_quick_test_agrees),
        cmocka_unit_test(test_endings_found_at_boundaries),
        cmocka_unit_test(test_cue_entries_match_as_their_cue),
        cmocka_unit_test(test_cues_found_as_the_plain_way),
        cmocka_unit_test(test_heads_stand_alone),
    };
    return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
