/* test_segment.c — French sentence splitting (lib/segment.c).
 *
 * Each case gives a text written for this test and the sentences expected,
 * as substrings of the original text: the splitter's folded offsets are
 * mapped back, so accents, typographic quotes and ellipses are covered.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "syev_private.h"

/* Splits `text`; the caller frees *sent and releases *t. */
static size_t S_split(const char *text, syevp_text *t, syevp_sentence **sent)
{
    syev_allocator a;
    syevp_allocator_init(&a, NULL);
    memset(t, 0, sizeof *t);
    assert_int_equal(syevp_text_init(t, &a, text, strlen(text), NULL), SYEV_OK);
    size_t count = 0;
    assert_int_equal(syevp_segment(t, &a, sent, &count, NULL), SYEV_OK);
    return count;
}

/* Checks the sentences of `text` against the NULL-terminated `expected`. */
static void S_check(const char *text, const char *const *expected)
{
    syev_allocator a;
    syevp_allocator_init(&a, NULL);
    syevp_text t;
    syevp_sentence *s = NULL;
    size_t count = S_split(text, &t, &s);
    size_t want = 0;
    while (expected[want])
        want++;
    for (size_t i = 0; i < count || i < want; i++) {
        char got[512] = "(none)";
        if (i < count) {
            size_t b = syevp_orig_off(&t, s[i].begin), e = syevp_orig_off(&t, s[i].end);
            snprintf(got, sizeof got, "%.*s", (int)(e - b), text + b);
        }
        if (i >= want || strcmp(got, expected[i]) != 0)
            fail_msg("sentence %zu of %zu: got \"%s\", expected \"%s\"", i, count, got,
                     i < want ? expected[i] : "(none)");
    }
    syevp_free(&a, s);
    syevp_text_release(&t, &a);
}

#define EXPECT(text, ...) S_check(text, (const char *const[]){__VA_ARGS__, NULL})
#define EXPECT_NONE(text) S_check(text, (const char *const[]){NULL})

/* ------------------------------------------------------------------ */

static void test_plain_sentences(void **state)
{
    (void)state;
    EXPECT("Les combats ont repris. La trêve est rompue.", "Les combats ont repris.",
           "La trêve est rompue.");
    EXPECT("Une trêve ? Pas encore ! Les combats continuent.", "Une trêve ?", "Pas encore !",
           "Les combats continuent.");
    EXPECT("  Espaces autour.   ", "Espaces autour.");
    EXPECT("Sans point final", "Sans point final");
}

static void test_empty(void **state)
{
    (void)state;
    EXPECT_NONE("");
    EXPECT_NONE(" \n\n \t ");
}

static void test_no_boundary_before_lowercase_or_without_space(void **state)
{
    (void)state;
    EXPECT("Il a quitté la ville d'Alep. puis il est revenu.",
           "Il a quitté la ville d'Alep. puis il est revenu.");
    EXPECT("Le bilan atteint 310.000 morts, soit 1.5 fois plus.",
           "Le bilan atteint 310.000 morts, soit 1.5 fois plus.");
    EXPECT("Voir le site afp.com pour la suite.", "Voir le site afp.com pour la suite.");
}

static void test_accented_capital_starts_a_sentence(void **state)
{
    (void)state;
    EXPECT("La ville est tombée. État islamique et rebelles se retirent. Œuvre de la Russie.",
           "La ville est tombée.", "État islamique et rebelles se retirent.",
           "Œuvre de la Russie.");
    EXPECT("Les frappes ont repris. 300 civils ont fui.", "Les frappes ont repris.",
           "300 civils ont fui.");
}

static void test_titles_and_abbreviations(void **state)
{
    (void)state;
    EXPECT("M. Lavrov a rencontré Mme Clinton. Ils ont parlé de la trêve.",
           "M. Lavrov a rencontré Mme Clinton.", "Ils ont parlé de la trêve.");
    EXPECT("Le Dr. Hamza et Mgr. Audo ont visité St. Siméon hier.",
           "Le Dr. Hamza et Mgr. Audo ont visité St. Siméon hier.");
    EXPECT("MM. Poutine et Erdogan se sont entretenus.",
           "MM. Poutine et Erdogan se sont entretenus.");
    EXPECT("Le Gén. Roudskoï a parlé à l'av. Hafez.", "Le Gén. Roudskoï a parlé à l'av. Hafez.");
    EXPECT("La citadelle date de 300 av. J.-C. Elle a été bombardée.",
           "La citadelle date de 300 av. J.-C. Elle a été bombardée.");
    EXPECT("Le texte (cf. Annexe 2) prévoit une trêve.", "Le texte (cf. Annexe 2) prévoit une trêve.");
    EXPECT("Il est arrivé le 3 oct. 2016 à Alep.", "Il est arrivé le 3 oct. 2016 à Alep.");
    EXPECT("Ils étaient sept. Les autres ont fui.", "Ils étaient sept.", "Les autres ont fui.");
}

/* Every abbreviation of segment.c's lists (searched by halves: in strcmp
 * order) keeps its sentence going, and words between them do not: a
 * word left out of order would not be found. */
static void test_every_abbreviation_is_found(void **state)
{
    (void)state;
    static const char *const words[] = {
        "adj",  "al",   "approx", "apr",   "art",  "av",   "bd",   "c.-à-d", "cdt",  "cf",
        "ch",   "cie",  "cit",    "cne",   "col",  "dir",  "dr",   "env",    "ex",   "fig",
        "gén",  "hab",  "ibid",   "km",    "lt",   "max",  "me",   "mgr",    "min",  "mlle",
        "mlles", "mm",  "mme",    "mmes",  "no",   "op",   "p.ex", "pdt",    "pp",   "pr",
        "resp", "sgt",  "st",     "ste",   "tél",  "vol",  "vs",
    };
    static const char *const months[] = {"avr", "déc", "févr", "janv", "juil", "nov", "oct", "sept"};
    static const char *const others[] = {"ab", "adjs", "cd", "mmm", "ml", "zz", "vt"};
    char text[128], first[128];
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        snprintf(text, sizeof text, "Il cite le %s. Durand et les autres.", words[i]);
        EXPECT(text, text);
    }
    for (size_t i = 0; i < sizeof months / sizeof *months; i++) {
        snprintf(text, sizeof text, "Il est venu le 3 %s. 2016 avec eux.", months[i]);
        EXPECT(text, text);
        snprintf(text, sizeof text, "Ils ont dit %s. Les autres ont fui.", months[i]);
        snprintf(first, sizeof first, "Ils ont dit %s.", months[i]);
        EXPECT(text, first, "Les autres ont fui.");
    }
    for (size_t i = 0; i < sizeof others / sizeof *others; i++) {
        snprintf(text, sizeof text, "Ils ont dit %s. Les autres ont fui.", others[i]);
        snprintf(first, sizeof first, "Ils ont dit %s.", others[i]);
        EXPECT(text, first, "Les autres ont fui.");
    }
}

static void test_initials(void **state)
{
    (void)state;
    EXPECT("George W. Bush avait visité la région.", "George W. Bush avait visité la région.");
    EXPECT("L'envoyé de l'O.N.U. Staffan de Mistura est arrivé.",
           "L'envoyé de l'O.N.U. Staffan de Mistura est arrivé.");
}

static void test_etc_ends_a_sentence_before_a_capital(void **state)
{
    (void)state;
    EXPECT("Chars, canons, etc. Le régime a tout engagé.", "Chars, canons, etc.",
           "Le régime a tout engagé.");
    EXPECT("Chars, canons, etc., tout y est passé.", "Chars, canons, etc., tout y est passé.");
}

static void test_french_quotes(void **state)
{
    (void)state;
    EXPECT("« Nous respectons nos engagements. » Le ministre a parlé.",
           "« Nous respectons nos engagements. »", "Le ministre a parlé.");
    EXPECT("« C'est fini ! », a-t-il dit. Puis il est parti.", "« C'est fini ! », a-t-il dit.",
           "Puis il est parti.");
    EXPECT("« Nous avons gagné ! » a lancé un rebelle.",
           "« Nous avons gagné ! » a lancé un rebelle.");
    EXPECT("Il a déclaré : « La trêve tient. Les combats ont cessé. »",
           "Il a déclaré : « La trêve tient.", "Les combats ont cessé. »");
}

static void test_opening_quote_right_after_the_period(void **state)
{
    (void)state;
    EXPECT("Il est basé à Washington.“C’est un coup dur”, a-t-il ajouté.",
           "Il est basé à Washington.", "“C’est un coup dur”, a-t-il ajouté.");
    EXPECT("Il l'a dit.\"Nous partons\", a-t-il ajouté.", "Il l'a dit.",
           "\"Nous partons\", a-t-il ajouté.");
    EXPECT("Le bilan est lourd. \"Nous partons\", a-t-il dit.", "Le bilan est lourd.",
           "\"Nous partons\", a-t-il dit.");
}

static void test_ellipses(void **state)
{
    (void)state;
    EXPECT("Les combats continuent… Le régime résiste.", "Les combats continuent…",
           "Le régime résiste.");
    EXPECT("Les combats continuent... Le régime résiste.", "Les combats continuent...",
           "Le régime résiste.");
    EXPECT("Il hésite... puis il accepte.", "Il hésite... puis il accepte.");
    EXPECT("Selon lui, « la trêve (...) Les rebelles » tiennent.",
           "Selon lui, « la trêve (...) Les rebelles » tiennent.");
}

static void test_headline_and_paragraphs(void **state)
{
    (void)state;
    EXPECT("Syrie : la trêve tient\n\nLes combats ont cessé.\nLe calme est revenu",
           "Syrie : la trêve tient", "Les combats ont cessé.", "Le calme est revenu");
    EXPECT("Des avancées partout...\nA l'est, l'armée progresse.", "Des avancées partout...",
           "A l'est, l'armée progresse.");
    EXPECT("Titre en deux lignes\r\nSous-titre\r\n", "Titre en deux lignes", "Sous-titre");
}

static void test_hard_wrapped_line_is_not_a_boundary(void **state)
{
    (void)state;
    EXPECT("Les forces\ngouvernementales ont repris la ville.",
           "Les forces\ngouvernementales ont repris la ville.");
    EXPECT("Selon l'OSDH,\nécoles et hôpitaux ont été touchés.",
           "Selon l'OSDH,\nécoles et hôpitaux ont été touchés.");
    EXPECT("Les forces\n\ngouvernementales", "Les forces", "gouvernementales");
}

static void test_datelines(void **state)
{
    (void)state;
    EXPECT("BEYROUTH, 14 mars 2017 (AFP) - Les combats ont cessé mardi. Le calme est revenu.",
           "BEYROUTH, 14 mars 2017 (AFP) -", "Les combats ont cessé mardi.",
           "Le calme est revenu.");
    EXPECT("Moscou, 16 février (AFP) – La Russie a proposé une trêve.",
           "Moscou, 16 février (AFP) –", "La Russie a proposé une trêve.");
    EXPECT("Titre\nNEW YORK, 3 mai (Reuters) -- Le Conseil de sécurité a voté.", "Titre",
           "NEW YORK, 3 mai (Reuters) --", "Le Conseil de sécurité a voté.");
    EXPECT("DAMAS (AFP) - L'armée avance.", "DAMAS (AFP) -", "L'armée avance.");
    EXPECT("Beyrouth (Reuters) - L'armée avance.", "Beyrouth (Reuters) -", "L'armée avance.");
    EXPECT("Le Caire, 2 juin (AFP) - Les pourparlers échouent.", "Le Caire, 2 juin (AFP) -",
           "Les pourparlers échouent.");
}

static void test_kicker_and_date_header(void **state)
{
    (void)state;
    EXPECT(" date 2017-04 INTERNATIONAL - Des frappes ont visé une base.", "date 2017-04",
           "INTERNATIONAL -", "Des frappes ont visé une base.");
    EXPECT("date 2016-05-03 Les pourparlers reprennent.", "date 2016-05-03",
           "Les pourparlers reprennent.");
}

static void test_dashes_inside_a_sentence_are_not_datelines(void **state)
{
    (void)state;
    EXPECT("L'armée - appuyée par la Russie - avance vers Alep.",
           "L'armée - appuyée par la Russie - avance vers Alep.");
    EXPECT("Alep - la ville est encerclée.", "Alep - la ville est encerclée.");
    EXPECT("Le ministre (PS) - un proche du président - a parlé.",
           "Le ministre (PS) - un proche du président - a parlé.");
    EXPECT("Les rebelles, appuyés par la Turquie (OTAN) - selon Damas - avancent.",
           "Les rebelles, appuyés par la Turquie (OTAN) - selon Damas - avancent.");
    EXPECT("La date du 23 janvier - un lundi - est retenue.",
           "La date du 23 janvier - un lundi - est retenue.");
}

static void test_caption_bar(void **state)
{
    (void)state;
    EXPECT("La trêve a été signée à Ankara. | JEAN DUPONT / AFP",
           "La trêve a été signée à Ankara.", "| JEAN DUPONT / AFP");
}

static void test_offsets_are_folded_and_trimmed(void **state)
{
    (void)state;
    const char *text = "Trêve à Alep.  Œuvre d’État.";
    syev_allocator a;
    syevp_allocator_init(&a, NULL);
    syevp_text t;
    syevp_sentence *s = NULL;
    assert_int_equal(S_split(text, &t, &s), 2);
    /* Folded: "treve a alep.  oeuvre d'etat." (e-circumflex and a-grave lose a
     * byte each; the ligature keeps two; the apostrophe loses two). */
    assert_int_equal(s[0].begin, 0);
    assert_int_equal(s[0].end, 13);
    assert_int_equal(s[1].begin, 15);
    assert_int_equal(s[1].end, 29);
    assert_int_equal(syevp_orig_off(&t, s[0].end), 15);
    assert_int_equal(syevp_orig_off(&t, s[1].begin), 17);
    assert_int_equal(syevp_orig_off(&t, s[1].end), strlen(text));
    syevp_free(&a, s);
    syevp_text_release(&t, &a);
}

/* ------------------------------------------------------------------ */
/* Allocation failure                                                  */
/* ------------------------------------------------------------------ */

typedef struct failing {
    int allowed; /* allocations left before failing */
} failing;

static void *S_fail_malloc(size_t n, void *user)
{
    failing *f = user;
    return f->allowed-- > 0 ? malloc(n) : NULL;
}

static void *S_fail_realloc(void *p, size_t n, void *user)
{
    failing *f = user;
    return f->allowed-- > 0 ? realloc(p, n) : NULL;
}

static void S_fail_free(void *p, void *user)
{
    (void)user;
    free(p);
}

static void test_out_of_memory(void **state)
{
    (void)state;
    const char *text = "Un. Deux. Trois. Quatre. Cinq. Six. Sept. Huit. Neuf. Dix.";
    syev_allocator plain;
    syevp_allocator_init(&plain, NULL);
    syevp_text t;
    memset(&t, 0, sizeof t);
    assert_int_equal(syevp_text_init(&t, &plain, text, strlen(text), NULL), SYEV_OK);
    for (int allowed = 0; allowed < 3; allowed++) {
        failing f = {allowed};
        syev_allocator a = {S_fail_malloc, S_fail_realloc, S_fail_free, &f};
        syevp_sentence untouched, *s = &untouched; /* must be reset to NULL */
        size_t count = 99;
        syev_error err;
        memset(&err, 0, sizeof err);
        syev_status st = syevp_segment(&t, &a, &s, &count, &err);
        if (st == SYEV_OK) {
            assert_int_equal(count, 10);
            free(s);
            continue;
        }
        assert_int_equal(st, SYEV_ERR_NOMEM);
        assert_int_equal(err.code, SYEV_ERR_NOMEM);
        assert_null(s);
        assert_int_equal(count, 0);
    }
    syevp_text_release(&t, &plain);
}

/* syevp_sentence_of (a block table, then a step or two) against a plain
 * walk over an extracted document's sentences, at every position and past
 * the end: the first sentence that ends after the position, else the last. */
static void test_sentence_of(void **state)
{
    (void)state;
    syev_extractor *ex = NULL;
    syev_error err;
    assert_int_equal(syev_extractor_new(NULL, &ex, &err), SYEV_OK);
    static const char *const texts[] = {
        "",
        "Un. Deux. Trois. Quatre. Cinq. Six. Sept. Huit. Neuf. Dix. Onze. Douze. Treize.",
        ("BEYROUTH, 14 mars 2017 (AFP) - Une treve a ete conclue a Alep.\n\nLes combats ont "
         "repris le lendemain, selon l'OSDH. Les negociations de Geneve reprendront jeudi.  "),
    };
    for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
        syev_doc *doc = NULL;
        assert_int_equal(syev_extract(ex, texts[k], strlen(texts[k]), NULL, "2017-03-14", &doc,
                                      &err),
                         SYEV_OK);
        for (size_t pos = 0; pos <= doc->text.fold_len + 70; pos++) {
            size_t want = 0;
            while (want < doc->sentence_count && doc->sentences[want].end <= pos)
                want++;
            if (want == doc->sentence_count && want > 0)
                want--;
            assert_int_equal(syevp_sentence_of(doc, pos), want);
        }
        syev_doc_free(doc);
    }
    syev_extractor_free(ex);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain_sentences),
        cmocka_unit_test(test_empty),
        cmocka_unit_test(test_no_boundary_before_lowercase_or_without_space),
        cmocka_unit_test(test_accented_capital_starts_a_sentence),
        cmocka_unit_test(test_titles_and_abbreviations),
        cmocka_unit_test(test_every_abbreviation_is_found),
        cmocka_unit_test(test_initials),
        cmocka_unit_test(test_etc_ends_a_sentence_before_a_capital),
        cmocka_unit_test(test_french_quotes),
        cmocka_unit_test(test_opening_quote_right_after_the_period),
        cmocka_unit_test(test_ellipses),
        cmocka_unit_test(test_headline_and_paragraphs),
        cmocka_unit_test(test_hard_wrapped_line_is_not_a_boundary),
        cmocka_unit_test(test_datelines),
        cmocka_unit_test(test_kicker_and_date_header),
        cmocka_unit_test(test_dashes_inside_a_sentence_are_not_datelines),
        cmocka_unit_test(test_caption_bar),
        cmocka_unit_test(test_sentence_of),
        cmocka_unit_test(test_offsets_are_folded_and_trimmed),
        cmocka_unit_test(test_out_of_memory),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
