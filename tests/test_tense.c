/* test_tense.c — the tense of the verb that governs a date (lib/tense.c).
 *
 * Each sentence is written for this test; the position probed is the first
 * occurrence of a marker word (the date).  Expected tenses follow French
 * grammar: passe compose, imparfait and plus-que-parfait are past; futur,
 * futur proche (va + infinitif) and doit/doivent + infinitif are future.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "syev_private.h"
#include "tense_private.h"
#include "timex_private.h"

/* Probes the folded `text` at the first occurrence of `marker` (folded). */
static syevp_verb S_probe(const char *text, const char *marker, bool with_original)
{
    syev_allocator a;
    syevp_allocator_init(&a, NULL);
    syevp_text t;
    memset(&t, 0, sizeof t);
    assert_int_equal(syevp_text_init(&t, &a, text, strlen(text), NULL), SYEV_OK);
    const char *at = strstr(t.fold, marker);
    assert_non_null(at);
    syevp_verb v;
    syevp_tense_probe(with_original ? &t : NULL, t.fold, 0, t.fold_len, (size_t)(at - t.fold), &v);
    syevp_text_release(&t, &a);
    return v;
}

static syevp_tense S_tense(const char *text, const char *marker)
{
    syev_allocator a;
    syevp_allocator_init(&a, NULL);
    syevp_text t;
    memset(&t, 0, sizeof t);
    assert_int_equal(syevp_text_init(&t, &a, text, strlen(text), NULL), SYEV_OK);
    const char *at = strstr(t.fold, marker);
    assert_non_null(at);
    syevp_tense tense = syevp_tense_at(t.fold, 0, t.fold_len, (size_t)(at - t.fold));
    syevp_text_release(&t, &a);
    return tense;
}

static void test_passe_compose(void **state)
{
    (void)state;
    assert_int_equal(S_tense("Le ministre a déclaré mardi que la trêve tenait.", "mardi"),
                     SYEVP_TENSE_PAST);
    assert_int_equal(S_tense("Les rebelles ont quitté la ville dimanche.", "dimanche"),
                     SYEVP_TENSE_PAST);
    /* etre + participle of a verb of movement, and reflexives */
    assert_int_equal(S_tense("La trêve est entrée en vigueur vendredi.", "vendredi"),
                     SYEVP_TENSE_PAST);
    assert_int_equal(S_tense("Les chefs se sont entretenus lundi.", "lundi"), SYEVP_TENSE_PAST);
    /* a ete + participle */
    assert_int_equal(S_tense("La trêve a été prolongée jeudi.", "jeudi"), SYEVP_TENSE_PAST);
    /* a-t-il + participle */
    assert_int_equal(S_tense("Qui a-t-il rencontré samedi ?", "samedi"), SYEVP_TENSE_PAST);
}

static void test_imparfait_and_plus_que_parfait(void **state)
{
    (void)state;
    assert_int_equal(S_tense("Les organisateurs installaient dimanche une table.", "dimanche"),
                     SYEVP_TENSE_PAST);
    assert_int_equal(S_tense("Les deux ministres s'étaient entretenus mardi.", "mardi"),
                     SYEVP_TENSE_PAST);
    assert_int_equal(S_tense("L'armée avait repris la colline lundi.", "lundi"), SYEVP_TENSE_PAST);
    assert_int_equal(S_tense("Les rebelles furent chassés en mars.", "mars"), SYEVP_TENSE_PAST);
}

static void test_future_forms(void **state)
{
    (void)state;
    assert_int_equal(S_tense("L'évacuation commencera mercredi.", "mercredi"),
                     SYEVP_TENSE_FUTURE);
    assert_int_equal(S_tense("Les délégations se rendront jeudi à Genève.", "jeudi"),
                     SYEVP_TENSE_FUTURE);
    /* futur proche and devoir + infinitive */
    assert_int_equal(S_tense("Moscou va signer l'accord vendredi.", "vendredi"),
                     SYEVP_TENSE_FUTURE);
    assert_int_equal(S_tense("Les pourparlers, qui doivent démarrer lundi, seront longs.", "lundi"),
                     SYEVP_TENSE_FUTURE);
    assert_int_equal(S_tense("La réunion doit avoir lieu samedi.", "samedi"), SYEVP_TENSE_FUTURE);
    assert_int_equal(S_tense("La trêve sera respectée dimanche.", "dimanche"), SYEVP_TENSE_FUTURE);
}

static void test_conditional(void **state)
{
    (void)state;
    assert_int_equal(S_tense("La réunion pourrait avoir lieu jeudi.", "jeudi"),
                     SYEVP_TENSE_CONDITIONAL);
    assert_int_equal(S_tense("Les forces devraient entrer dans la ville lundi.", "lundi"),
                     SYEVP_TENSE_CONDITIONAL);
    assert_int_equal(S_tense("Moscou négocierait depuis mardi.", "mardi"),
                     SYEVP_TENSE_CONDITIONAL);
    /* The conditional past is a hearsay past: perfect. */
    syevp_verb v = S_probe("Le chef aurait péri lundi lors d'une attaque.", "lundi", true);
    assert_int_equal(v.tense, SYEVP_TENSE_CONDITIONAL);
    assert_true(v.perfect);
    v = S_probe("La réunion pourrait avoir lieu jeudi.", "jeudi", true);
    assert_false(v.perfect);
}

static void test_present(void **state)
{
    (void)state;
    assert_int_equal(S_tense("L'Observatoire rapporte mardi de nouveaux combats.", "mardi"),
                     SYEVP_TENSE_PRESENT);
    /* etre + participle that is not a verb of movement: passive present */
    assert_int_equal(S_tense("Le ministre est attendu mercredi à Damas.", "mercredi"),
                     SYEVP_TENSE_PRESENT);
    assert_int_equal(S_tense("Samedi matin, les combats continuent.", "samedi"),
                     SYEVP_TENSE_PRESENT);
    /* "a lieu": with the original text, "a" is the verb, not the preposition */
    assert_int_equal(S_probe("La réunion a lieu jeudi.", "jeudi", true).tense,
                     SYEVP_TENSE_PRESENT);
}

static void test_preposition_a_is_not_a_verb(void **state)
{
    (void)state;
    /* "à Genève": the fold says "a geneve"; the original text tells. */
    syevp_verb v = S_probe("Les délégués à Genève ouvriront lundi la session.", "lundi", true);
    assert_int_equal(v.tense, SYEVP_TENSE_FUTURE);
    v = S_probe("Les délégués à Alep, lundi, puis la trêve.", "lundi", true);
    assert_int_equal(v.tense, SYEVP_TENSE_UNKNOWN);
}

static void test_adjectival_participle(void **state)
{
    (void)state;
    /* A participle right before the date governs it over a farther verb. */
    assert_int_equal(S_tense("Les discussions seraient centrées sur une trêve instaurée fin "
                             "décembre.", "fin"),
                     SYEVP_TENSE_PAST);
    assert_int_equal(S_tense("Un cessez-le-feu est entré en vigueur selon un accord conclu lundi.",
                             "lundi"),
                     SYEVP_TENSE_PAST);
}

static void test_nearest_clause_wins(void **state)
{
    (void)state;
    const char *s = "Le ministre a annoncé que les négociations reprendront jeudi.";
    assert_int_equal(S_tense(s, "jeudi"), SYEVP_TENSE_FUTURE);
    s = "Les rebelles ont repris la ville, et l'armée attaquera mardi.";
    assert_int_equal(S_tense(s, "mardi"), SYEVP_TENSE_FUTURE);
    s = "Le ministre a annoncé que lundi, les négociations reprendront.";
    assert_int_equal(S_tense(s, "lundi"), SYEVP_TENSE_FUTURE);
    s = "Dimanche, les forces ont avancé.";
    assert_int_equal(S_tense(s, "dimanche"), SYEVP_TENSE_PAST);
}

static void test_announcing_verbs(void **state)
{
    (void)state;
    assert_true(S_probe("L'émissaire a convoqué les parties le 7 mars.", "le 7", true).announce);
    assert_false(S_probe("L'armée a repris la ville le 1er mars.", "le 1er", true).announce);
}

/* The verbs indexed around a position are those of the whole text's index:
 * every word start of a text written with long stretches between
 * punctuation, auxiliaries split by adverbs and elisions, and windows that
 * cut sentences, gets the same verb group both ways. */
static void test_near_matches_whole_index(void **state)
{
    (void)state;
    static const char text[] =
        "Selon lui, les rebelles n'ont pas encore totalement quitté la ville que l'armée "
        "avait encerclée depuis des semaines et dont les habitants se sont enfuis vers le "
        "nord où ils ont été accueillis par des proches qui les attendaient depuis longtemps "
        "et qui leur ont d'ailleurs rapidement trouvé un abri sans que personne ne soit venu "
        "les aider ni ne leur ait promis quoi que ce soit avant que la trêve annoncée mardi "
        "ne soit entrée en vigueur le lendemain à l'aube comme l'avaient souhaité les "
        "négociateurs réunis à Genève qui devraient se retrouver le 12 mars pour une "
        "nouvelle session de pourparlers qui va s'ouvrir sous l'égide de l'ONU et qui "
        "pourrait durer plusieurs jours\nLa trêve, conclue vendredi, sera respectée ; "
        "elle a été prolongée (jusqu'au 3 avril) et les combats ont cessé.\n"
        /* a verb group whose auxiliary falls before a window and its
         * participle inside, far from any other verb */
        "Le ministre a d'ailleurs annoncé la reconstruction des villes, des villages, des "
        "routes, des ponts, des écoles, des hôpitaux, des marchés, des stades, des usines, "
        "des centrales électriques, des réseaux d'eau potable, des lignes de chemin de fer, "
        "des aéroports, des ports, des quartiers anciens de Homs, d'Alep, de Hama et de "
        "Damas, des camps du Liban, de Jordanie et de Turquie, puis des villes, des "
        "villages, des routes, des ponts, des écoles, des hôpitaux, des marchés, des "
        "stades, des usines, des centrales électriques, des réseaux d'eau potable, des "
        "lignes de chemin de fer, des aéroports, des ports, des quartiers anciens de Homs, "
        "d'Alep, de Hama et de Damas, des camps du Liban, de Jordanie et de Turquie.";
    syev_allocator a;
    syevp_allocator_init(&a, NULL);
    syevp_text t;
    memset(&t, 0, sizeof t);
    assert_int_equal(syevp_text_init(&t, &a, text, strlen(text), NULL), SYEV_OK);
    syevp_verb *verbs;
    size_t n;
    assert_int_equal(syevp_verbs_index(&t, &a, &verbs, &n), SYEV_OK);
    assert_true(n >= 12);
    const size_t cuts[][2] = {{0, t.fold_len}, {0, t.fold_len / 2}, {t.fold_len / 3, t.fold_len}};
    for (size_t c = 0; c < sizeof cuts / sizeof *cuts; c++) {
        for (size_t pos = cuts[c][0]; pos < cuts[c][1]; pos++) {
            if (pos > 0 && t.fold[pos - 1] != ' ')
                continue;
            syevp_verb whole, near;
            syevp_tense_lookup(&t, verbs, n, cuts[c][0], cuts[c][1], pos, &whole);
            assert_int_equal(syevp_tense_near(&t, &a, cuts[c][0], cuts[c][1], pos, &near),
                             SYEV_OK);
            assert_int_equal(near.tense, whole.tense);
            assert_int_equal(near.perfect, whole.perfect);
            assert_int_equal(near.announce, whole.announce);
            assert_int_equal(near.bare, whole.bare);
            assert_int_equal(near.begin, whole.begin);
            assert_int_equal(near.end, whole.end);
        }
    }
    /* The cached form, used in text order (the cache is refilled as the
     * windows move on) and then backwards (every window misses). */
    for (int backwards = 0; backwards < 2; backwards++) {
        syevp_word_index words;
        syevp_word_index_build(&words);
        syevp_verb_cache cache;
        syevp_verb_cache_init(&cache, &words);
        for (size_t k = 0; k < t.fold_len; k++) {
            size_t pos = backwards ? t.fold_len - 1 - k : k;
            if (pos > 0 && t.fold[pos - 1] != ' ')
                continue;
            syevp_verb whole, cached;
            syevp_tense_lookup(&t, verbs, n, 0, t.fold_len, pos, &whole);
            assert_int_equal(syevp_tense_near_cached(&t, &a, &cache, 0, t.fold_len, pos, &cached),
                             SYEV_OK);
            assert_int_equal(cached.tense, whole.tense);
            assert_int_equal(cached.perfect, whole.perfect);
            assert_int_equal(cached.announce, whole.announce);
            assert_int_equal(cached.bare, whole.bare);
            assert_int_equal(cached.begin, whole.begin);
            assert_int_equal(cached.end, whole.end);
        }
        syevp_verb_cache_release(&cache, &a);
    }
    /* Every position, inside words too, with sentences cut short: the cache
     * measures the distance to a verb from the tokens its walks kept, the
     * lookup cuts the text again. */
    for (size_t c = 0; c < sizeof cuts / sizeof *cuts; c++) {
        syevp_word_index words;
        syevp_word_index_build(&words);
        syevp_verb_cache cache;
        syevp_verb_cache_init(&cache, &words);
        for (size_t pos = cuts[c][0]; pos < cuts[c][1]; pos++) {
            syevp_verb whole, cached;
            syevp_tense_lookup(&t, verbs, n, cuts[c][0], cuts[c][1], pos, &whole);
            assert_int_equal(syevp_tense_near_cached(&t, &a, &cache, cuts[c][0], cuts[c][1], pos,
                                                     &cached),
                             SYEV_OK);
            assert_int_equal(cached.tense, whole.tense);
            assert_int_equal(cached.begin, whole.begin);
            assert_int_equal(cached.end, whole.end);
        }
        syevp_verb_cache_release(&cache, &a);
    }
    syevp_free(&a, verbs);
    syevp_text_release(&t, &a);
}

/* A text with no punctuation at all (the sync points the verb index starts
 * from): probing it must not index the whole text each time.  A thousand
 * probes of this 1.2 MB text took half a minute when each went back to the
 * start; now each looks at a few kilobytes. */
static void test_near_without_sync_points_is_bounded(void **state)
{
    (void)state;
    const size_t times = 200000;
    char *text = malloc(6 * times + 1);
    assert_non_null(text);
    for (size_t i = 0; i < times; i++)
        memcpy(text + 6 * i, "mardi ", 6);
    text[6 * times] = '\0';
    syev_allocator a;
    syevp_allocator_init(&a, NULL);
    syevp_text t;
    memset(&t, 0, sizeof t);
    assert_int_equal(syevp_text_init(&t, &a, text, 6 * times, NULL), SYEV_OK);
    syevp_word_index words;
    syevp_word_index_build(&words);
    syevp_verb_cache cache;
    syevp_verb_cache_init(&cache, &words);
    const clock_t t0 = clock();
    for (size_t k = 0; k < 1000; k++) {
        const size_t pos = 6 * (times / 2 + k * 7);
        syevp_verb v;
        assert_int_equal(syevp_tense_near(&t, &a, 0, t.fold_len, pos, &v), SYEV_OK);
        assert_int_equal(v.tense, SYEVP_TENSE_UNKNOWN); /* no verb: "mardi" is a noun */
        assert_int_equal(syevp_tense_near_cached(&t, &a, &cache, 0, t.fold_len, pos, &v), SYEV_OK);
        assert_int_equal(v.tense, SYEVP_TENSE_UNKNOWN);
    }
    const double seconds = (double)(clock() - t0) / CLOCKS_PER_SEC;
    if (seconds > 10.0)
        fail_msg("1000 probes took %.1f s", seconds);
    syevp_verb_cache_release(&cache, &a);
    syevp_text_release(&t, &a);
    free(text);
}

/* The word table is searched by halves: out of order, words would be missed;
 * and its hash table must find what that search finds. */
static void test_word_tables_consistent(void **state)
{
    (void)state;
    assert_true(syevp_tense_words_sorted());
    assert_true(syevp_tense_endings_screened());
    assert_true(syevp_word_index_agrees());
}

/* The bytes of words are told 64 at a time, and the words looked up in the
 * extractor's hash table with what they tell worked out once: the tokens
 * must be those cut byte by byte with the binary search, for every word
 * of the table and in texts with long words, words across the 64-byte
 * blocks, bytes beyond ASCII, digits and underscores, cut anywhere. */
static void test_tokens_cut_alike_with_index(void **state)
{
    (void)state;
    assert_true(syevp_tense_scan_agrees());
    static const char *const texts[] = {
        "il a annonce qu'il viendrait demain, mais l'armee l'a-t-elle su ? "
        "anticonstitutionnellementanticonstitutionnellementanticonstitutionnellement "
        "x1_2 2016-03-12 ils auront signe. elles seraient parties; \xc2\xab" "accord\xc2\xbb "
        "\xd8\xa7\xd9\x84\xd8\xb4\xd8\xa7\xd9\x85 a ete conclu",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        "aaaaaaa",
        "signera",
        "",
    };
    syevp_word_index *words = malloc(sizeof *words);
    assert_non_null(words);
    syevp_word_index_build(words);
    for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
        const size_t n = strlen(texts[k]);
        for (size_t b = 0; b <= n; b++)
            for (size_t e = b; e <= n; e += 1 + (e > b + 70) * 7)
                assert_true(syevp_tense_tokens_agree(texts[k], words, b, e));
    }
    free(words);
}

/* The sentence of fold around pos, [*b, *e): from after ". " to after the
 * next period. */
static void S_sentence_around(const char *fold, size_t len, size_t pos, size_t *b, size_t *e)
{
    *b = pos;
    while (*b > 1 && !(fold[*b - 2] == '.' && fold[*b - 1] == ' '))
        (*b)--;
    *e = pos;
    while (*e < len && !(*e > 0 && fold[*e - 1] == '.'))
        (*e)++;
}

/* The cache against the whole text's index, at every word and in the
 * middle of words, forwards and backwards, in `text` cut at `cuts` (sentence
 * bounds that need not be the text's) and then at each position in its
 * own sentence. */
static void S_check_cached_matches(const char *text, const size_t (*cuts)[2], size_t cut_count)
{
    syev_allocator a;
    syevp_allocator_init(&a, NULL);
    syevp_text t;
    memset(&t, 0, sizeof t);
    assert_int_equal(syevp_text_init(&t, &a, text, strlen(text), NULL), SYEV_OK);
    syevp_verb *verbs;
    size_t n;
    assert_int_equal(syevp_verbs_index(&t, &a, &verbs, &n), SYEV_OK);
    syevp_word_index *words = malloc(sizeof *words);
    assert_non_null(words);
    syevp_word_index_build(words);
    for (size_t c = 0; c <= cut_count; c++) {
        const bool own = c == cut_count; /* each position in its own sentence */
        const size_t b = own ? 0 : cuts[c][0] < t.fold_len ? cuts[c][0] : t.fold_len;
        const size_t e = own ? t.fold_len : cuts[c][1] < t.fold_len ? cuts[c][1] : t.fold_len;
        for (int backwards = 0; backwards < 2; backwards++) {
            syevp_verb_cache cache;
            syevp_verb_cache_init(&cache, words);
            for (size_t k = b; k < e; k++) {
                const size_t pos = backwards ? e - 1 - (k - b) : k;
                if (pos % 3 && pos > 0 && t.fold[pos - 1] != ' ')
                    continue;
                size_t sb = b, se = e;
                if (own)
                    S_sentence_around(t.fold, t.fold_len, pos, &sb, &se);
                syevp_verb whole, cached;
                syevp_tense_lookup(&t, verbs, n, sb, se, pos, &whole);
                assert_int_equal(syevp_tense_near_cached(&t, &a, &cache, sb, se, pos, &cached),
                                 SYEV_OK);
                assert_int_equal(cached.tense, whole.tense);
                assert_int_equal(cached.perfect, whole.perfect);
                assert_int_equal(cached.announce, whole.announce);
                assert_int_equal(cached.bare, whole.bare);
                assert_int_equal(cached.begin, whole.begin);
                assert_int_equal(cached.end, whole.end);
            }
            syevp_verb_cache_release(&cache, &a);
        }
    }
    free(words);
    syevp_free(&a, verbs);
    syevp_text_release(&t, &a);
}

/* Sentences longer than the window and than the stretch the cache indexes
 * at once (4096 bytes), short ones, and sentence bounds that fall inside a
 * sentence or a word: the cache keeps the stretch a walk knows up to its
 * last clause end, and must answer as the whole index does. */
static void test_cached_long_sentences_and_odd_bounds(void **state)
{
    (void)state;
    static const char clause[] =
        "les rebelles ont quitte la ville que l'armee avait encerclee depuis des semaines, "
        "et les habitants qui se sont enfuis vers le nord seront accueillis le 12 mars ";
    static const char plain[] =
        "des villes des villages des routes des ponts des ecoles des hopitaux des marches ";
    const size_t size = 60 * sizeof clause + 20 * sizeof plain + 3 * 256 + 64;
    char *text = malloc(size);
    assert_non_null(text);
    size_t n = 0;
    for (size_t k = 0; k < 60; k++) { /* one sentence of some 9 KB, then short ones */
        memcpy(text + n, clause, sizeof clause - 1);
        n += sizeof clause - 1;
        if (k >= 50)
            text[n++] = '.', text[n++] = ' ';
        if (k >= 40 && k < 60 && k % 2) { /* clauses without a sync point for a while */
            memcpy(text + n, plain, sizeof plain - 1);
            n += sizeof plain - 1;
        }
    }
    static const char sparse[] = /* few verbs, far apart, near sentence bounds */
        "Elles ont fui. Des villes, des villages, des routes, des ponts, des ecoles. "
        "Les hopitaux, les marches, les stades, les usines, les camps. Ils ont fui. Il "
        "viendra. "
        "Des routes, des ponts, des ecoles, des hopitaux, des marches, des stades. ";
    for (size_t k = 0; k < 3; k++) {
        memcpy(text + n, sparse, sizeof sparse - 1);
        n += sizeof sparse - 1;
    }
    text[n] = '\0';
    const size_t cuts[][2] = {{0, n},          {0, 9000},   {1000, 5200}, {4090, 4200},
                              {8000, 8700},    {8301, n},   {n - 700, n}, {n / 2 + 1, n / 2 + 900}};
    S_check_cached_matches(text, cuts, sizeof cuts / sizeof *cuts);
    free(text);
}

static void test_no_verb(void **state)
{
    (void)state;
    assert_int_equal(S_tense("Syrie : trêve à Alep mardi", "mardi"), SYEVP_TENSE_UNKNOWN);
    assert_int_equal(syevp_tense_at("", 0, 0, 0), SYEVP_TENSE_UNKNOWN);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_passe_compose),
        cmocka_unit_test(test_imparfait_and_plus_que_parfait),
        cmocka_unit_test(test_future_forms),
        cmocka_unit_test(test_conditional),
        cmocka_unit_test(test_present),
        cmocka_unit_test(test_preposition_a_is_not_a_verb),
        cmocka_unit_test(test_adjectival_participle),
        cmocka_unit_test(test_nearest_clause_wins),
        cmocka_unit_test(test_announcing_verbs),
        cmocka_unit_test(test_no_verb),
        cmocka_unit_test(test_near_matches_whole_index),
        cmocka_unit_test(test_near_without_sync_points_is_bounded),
        cmocka_unit_test(test_word_tables_consistent),
        cmocka_unit_test(test_tokens_cut_alike_with_index),
        cmocka_unit_test(test_cached_long_sentences_and_odd_bounds),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
