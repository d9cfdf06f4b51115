/* test_scan.c — the table matcher (lib/scan.c) finds exactly what one big
 * alternation `\b(?:e0|e1|...)\b` finds, left to right, first entry winning. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "syev_private.h"

/* Entries exercising every shape the filing must handle: literals, classes,
 * optional and repeated atoms, groups with alternatives, a top-level bar, a
 * lookbehind on one byte, leading zero-width assertions, escapes; entries
 * whose longer prefixes filter their group ("de mistura" and "de la ghouta"
 * under "de "), one with \d, which reaches beyond ASCII; repeated characters
 * the longer prefixes go through (",\s*selon", "ouf+", "mot\s+cle"). */
static const char *const table[] = {
    "cessez[- ]le[- ]feux?",
    "treves?",
    "(?:s'|se )(?:(?:est|sont) )?entretenu(?:e|s|es)?",
    "negoci\\w+",
    "combats?|affrontements?",
    "(?<=[,\"])\\s*a (?:declare|dit)",
    "\\b(?:selon|d'apres)\\s+[a-z']+",
    "[a-z]{3,}eront",
    "(?:les |l')?rebelles?",
    "ei",
    "x*yz",
    "\\d{1,2} mars",
    "(?=al)alep",
    "e?i",
    "de mistura|onu",
    "de la (?:ghouta|ville)",
    "a \\d+ km",
    "dans le (?:nord|sud) de",
    ",\\s*(?:selon|d'apres) (?:des|une) sources",
    "ouf+ (?:ab|cd)",
    "mot\\s+cle",
};
#define N_ENTRIES (sizeof table / sizeof *table)

static const char *S_at(const void *t, size_t i)
{
    return ((const char *const *)t)[i];
}

typedef struct fixture {
    syev_extractor *ex;
    pcre2_code *alternation;
} fixture;

/* The single alternation of the `n` entries of `entries`. */
static pcre2_code *S_alternation(const syev_extractor *ex, const char *const *entries, size_t n)
{
    char pattern[4096] = "\\b(?:";
    for (size_t i = 0; i < n; i++) {
        char part[256];
        snprintf(part, sizeof part, "%s(?:%s)(*MARK:%zu)", i ? "|" : "", entries[i], i);
        strcat(pattern, part);
    }
    strcat(pattern, ")\\b");
    pcre2_code *re = NULL;
    assert_int_equal(syevp_regex_compile(&ex->re, pattern, 0, &re, NULL), SYEV_OK);
    return re;
}

static int S_setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    assert_int_equal(syev_extractor_new(NULL, &f->ex, NULL), SYEV_OK);
    f->alternation = S_alternation(f->ex, table, N_ENTRIES);
    *state = f;
    return 0;
}

static int S_teardown(void **state)
{
    fixture *f = *state;
    pcre2_code_free(f->alternation);
    syev_extractor_free(f->ex);
    free(f);
    return 0;
}

/* A document of `text` for a scan: its folded text and match data, as
 * syev_extract makes them; S_doc_close releases what it holds. */
static void S_doc_open(syev_doc *doc, const char *text)
{
    memset(doc, 0, sizeof *doc);
    syevp_allocator_init(&doc->alloc, NULL);
    assert_int_equal(syevp_text_init(&doc->text, &doc->alloc, text, strlen(text), NULL), SYEV_OK);
    doc->md = pcre2_match_data_create(8, NULL);
    assert_non_null(doc->md);
}

static void S_doc_close(syev_doc *doc)
{
    syevp_doc_starts_release(&doc->starts, &doc->alloc);
    pcre2_match_data_free(doc->md);
    syevp_text_release(&doc->text, &doc->alloc);
}

/* Runs both matchers over `text` and asserts the same hits. */
static void S_compare_with(const fixture *f, const pcre2_code *alternation, const syevp_multi *m,
                           const char *text)
{
    syev_doc doc;
    S_doc_open(&doc, text);
    syevp_run run = {f->ex, &doc, NULL, NULL, NULL};
    size_t n = doc.text.fold_len, a = 0, b = 0;
    for (;;) {
        int ra = syevp_regex_match(&f->ex->re, alternation, doc.text.fold, n, a, doc.md, NULL);
        size_t ab = 0, ae = 0, aentry = 0;
        if (ra == 1) {
            const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(doc.md);
            ab = ov[0];
            ae = ov[1];
            aentry = strtoul((const char *)pcre2_get_mark(doc.md), NULL, 10);
        }
        size_t bb = 0, be = 0, bentry = 0;
        int rb = syevp_multi_next(m, &run, b, n, &bb, &be, &bentry);
        if (ra != rb)
            fail_msg("\"%s\": alternation %d, table matcher %d at %zu", text, ra, rb, a);
        if (ra != 1)
            break;
        if (ab != bb || ae != be || aentry != bentry)
            fail_msg("\"%s\": alternation [%zu,%zu) entry %zu, table matcher [%zu,%zu) entry %zu",
                     text, ab, ae, aentry, bb, be, bentry);
        a = b = ae > a ? ae : a + 1;
        if (a > n)
            break;
    }
    S_doc_close(&doc);
}

static void S_compare(const fixture *f, const syevp_multi *m, const char *text)
{
    S_compare_with(f, f->alternation, m, text);
}

static void test_same_hits_as_one_alternation(void **state)
{
    const fixture *f = *state;
    syevp_multi *m = NULL;
    assert_int_equal(syevp_multi_new(f->ex, N_ENTRIES, S_at, table, true, &m, NULL), SYEV_OK);
    static const char *const texts[] = {
        "Le cessez-le-feu et la Trêve tiennent, a déclaré mardi le ministre.",
        "Les deux chefs se sont entretenus ; ils s'est entretenu aussi, selon l'OSDH.",
        "Les rebelles négocient, des combats et affrontements ont eu lieu le 3 mars.",
        "Ils négocieront et reprendront ; l'EI recule, xxyz yz, alep Alep, i ei.",
        "",
        "\"a dit le porte-parole",
        "Rebelle rebelles l'rebelles les rebelles 12 mars 7 mars",
        "L'envoyé de Mistura et l'ONU, de la Ghouta à de la ville, de la vie, de mist",
        "a ٣ km, a 12 km, a x km, dans le nord de, dans le nordd de la, dans le sud",
        "dit,  selon des sources; dit,\tselon une sources, dit,\n\nd'apres des sources",
        "dit,\u00a0selon des sources, dit, \u2009 d'apres une sources, dit,selon des sources",
        "ouf ab ouff cd ouffff ab of ab ouf  ab ouf\tcd",
        "mot cle mot\t\tcle mot  cle motcle mot\u2009cle mot\u00a0\u00a0cle mot \n cle",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
        S_compare(f, m, texts[i]);
    syevp_multi_free(m, &f->ex->alloc);
}

static const char *const words[] = {
        "treve", "treves", "cessez-le-feu", "le", "feu", "s'", "se", "sont", "entretenus",
        "negociations", "combat", "rebelles", "les", "l'", "selon", "d'apres", "a", "dit", ",",
        "\"", "ei", "i", "xyz", "yz", "alep", "3", "mars", "reprendront", "feront", " ", "de", "la", "mistura", "ghouta",
        "ville", "onu", "km", "12", "٣", "dans", "nord", "sud", "de la", "sources", "des",
        "une", "\t", "  ", "\u00a0", "ouf", "ouff", "ab", "cd", "mot", "cle", "dit,"};

/* Random texts of the words above, the table matcher against `alternation`. */
/* Texts made of words drawn from a list (a fixed pseudo-random sequence),
 * glued without a blank one time in `glue_one_in`. */
typedef struct S_word_mix {
    const char *const *words;
    size_t count;
    unsigned seed;
    int rounds, words_per_text;
    unsigned glue_one_in;
} S_word_mix;

#define MIXED_TEXT_SIZE 512

/* The next text of the mix into text[MIXED_TEXT_SIZE]; *seed moves on. */
static void S_next_mixed(const S_word_mix *mix, unsigned *seed, char *text)
{
    text[0] = '\0';
    for (int w = 0; w < mix->words_per_text; w++) {
        *seed = *seed * 1103515245u + 12345u;
        strcat(text, mix->words[(*seed >> 16) % mix->count]);
        strcat(text, (*seed >> 8) % mix->glue_one_in ? " " : "");
    }
}

/* S_compare_with on each text of the mix. */
static void S_compare_mixed(const fixture *f, const pcre2_code *alternation, const syevp_multi *m,
                            const S_word_mix *mix)
{
    unsigned seed = mix->seed;
    char text[MIXED_TEXT_SIZE];
    for (int round = 0; round < mix->rounds; round++) {
        S_next_mixed(mix, &seed, text);
        S_compare_with(f, alternation, m, text);
    }
}

static void S_random_texts(const fixture *f, const pcre2_code *alternation, const syevp_multi *m)
{
    const S_word_mix mix = {words, sizeof words / sizeof *words, 12345, 300, 20, 3};
    S_compare_mixed(f, alternation, m, &mix);
}

static void test_random_texts_agree(void **state)
{
    const fixture *f = *state;
    syevp_multi *m = NULL;
    assert_int_equal(syevp_multi_new(f->ex, N_ENTRIES, S_at, table, true, &m, NULL), SYEV_OK);
    S_random_texts(f, f->alternation, m);
    syevp_multi_free(m, &f->ex->alloc);
}

/* A table of entries both ways: their PCRE2 alternation and the multi. */
typedef struct S_both {
    pcre2_code *alternation;
    syevp_multi *m;
} S_both;

static S_both S_both_open(const fixture *f, const char *const *entries, size_t n)
{
    S_both both = {S_alternation(f->ex, entries, n), NULL};
    assert_int_equal(syevp_multi_new(f->ex, n, S_at, entries, true, &both.m, NULL), SYEV_OK);
    return both;
}

static void S_both_close(const fixture *f, S_both *both)
{
    syevp_multi_free(both->m, &f->ex->alloc);
    pcre2_code_free(both->alternation);
}

/* Without an entry filed under "any" ("[a-z]{3,}eront"), most boundaries
 * are turned away by the byte, pair, triple and prefix filters before any
 * group is looked up: the same hits still. */
static void test_keyed_table_agrees(void **state)
{
    const fixture *f = *state;
    const char *keyed[N_ENTRIES];
    size_t n = 0;
    for (size_t i = 0; i < N_ENTRIES; i++)
        if (strcmp(table[i], "[a-z]{3,}eront") != 0)
            keyed[n++] = table[i];
    S_both both = S_both_open(f, keyed, n);
    static const char *const texts[] = {
        "Le cessez-le-feu et la Trêve tiennent, a déclaré mardi le ministre.",
        "L'envoyé de Mistura et l'ONU, de la Ghouta à de la ville, de la vie, de mist",
        "cessez le feu, cessez-la-feu, cesse, combats combattants, negociations negoci",
        "dit,  selon des sources; dit,\tselon une sources, dit,\n\nd'apres des sources",
        "a ٣ km, a 12 km, dans le nord de, dans le nordd de la, dans le sud de",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
        S_compare_with(f, both.alternation, both.m, texts[i]);
    S_random_texts(f, both.alternation, both.m);
    S_both_close(f, &both);
}

/* Entries whose matches are a list of strings, compared without PCRE2
 * (greedy and lazy optional parts, alternatives whose order decides, long
 * strings, escaped punctuation, a character beyond ASCII), and entries run
 * by their own pattern after a search for the characters they need (far
 * ahead, after \K, in a lookahead). */
static const char *const listed[] = {
    "tell(?: abyad)?",
    "mont(?: blanc)??",
    "(?:deir|deir el zor|deir ez-zor)",
    "province[- ]de[- ]deir[- ]el[- ]zor",
    "al[- ]?bab",
    "x\\.y",
    "caf\u00e9s?",
    "(?:combats|talks)\\b[^.;:]{0,40}?\\b(?:ont|a) \\Krepris",
    "(?:raids|frappes)\\b(?=[^.;]{0,30}\\bmorts\\b)",
    "frappes a(?:eriennes)?",
    "tell abyad est",
    "(?:talks|raids)\\w*\\b[^.;]{0,30}?\\b(?:sur|pour|autour d)\\b",
    "\\bont (?:[a-z]+ )?dit\\b[^.;]{0,20}?(?:\\bque\\b|\\bqu')|\\bdit que\\b",
};
#define N_LISTED (sizeof listed / sizeof *listed)

static const char *const listed_words[] = {
    "tell", "abyad", "est", "mont", "blanc", "deir", "el", "zor", "ez-zor", "province", "de",
    "al", "bab", "al-bab", "x.y", "x", "y", "cafe", "caf\u00e9", "caf\u00e9s", "combats", "talks",
    "ont", "a", "repris", "raids", "frappes", "morts", "aeriennes", ".", ",", "\u00bb", "\u00ab",
    "\u00a0", "\u062f\u064a\u0631", "_", "2", "sur", "pour", "autour d", "dit", "que",
    "qu'il", "talksx", "raidsy", "autour", "leur"};

/* Random texts of the words above, with or without blanks between. */
static void S_random_listed(const fixture *f, const pcre2_code *alternation, const syevp_multi *m)
{
    const S_word_mix mix = {listed_words, sizeof listed_words / sizeof *listed_words, 777, 400, 16,
                            4};
    S_compare_mixed(f, alternation, m, &mix);
}

/* From every start in the text (the first boundary at or after it is
 * found through the text's index of boundaries), the same first match. */
static void S_compare_every_start(const fixture *f, const pcre2_code *alternation,
                                  const syevp_multi *m, const char *text)
{
    syev_doc doc;
    S_doc_open(&doc, text);
    syevp_run run = {f->ex, &doc, NULL, NULL, NULL};
    const size_t n = doc.text.fold_len;
    for (size_t start = 0; start <= n; start++) {
        if (start < n && (doc.text.fold[start] & 0xC0) == 0x80)
            continue; /* inside a character */
        const int ra = syevp_regex_match(&f->ex->re, alternation, doc.text.fold, n, start, doc.md,
                                         NULL);
        size_t ab = 0, ae = 0;
        if (ra == 1) {
            ab = pcre2_get_ovector_pointer(doc.md)[0];
            ae = pcre2_get_ovector_pointer(doc.md)[1];
        }
        size_t bb = 0, be = 0, bentry = 0;
        const int rb = syevp_multi_next(m, &run, start, n, &bb, &be, &bentry);
        if (ra != rb || (ra == 1 && (ab != bb || ae != be)))
            fail_msg("\"%s\" from %zu: alternation %d [%zu,%zu), table matcher %d [%zu,%zu)", text,
                     start, ra, ab, ae, rb, bb, be);
    }
    S_doc_close(&doc);
}

/* S_compare_with and S_compare_every_start on each of the n texts. */
static void S_compare_texts(const fixture *f, const pcre2_code *alternation, const syevp_multi *m,
                            const char *const *texts, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        S_compare_with(f, alternation, m, texts[i]);
        S_compare_every_start(f, alternation, m, texts[i]);
    }
}

static void test_listed_strings_agree(void **state)
{
    const fixture *f = *state;
    S_both both = S_both_open(f, listed, N_LISTED);
    static const char *const texts[] = {
        "Tell Abyad est tombée ; tell abyad, tell abyadi, tell «tell abyad» tell\u00a0abyad.",
        "Le mont blanc, mont Blanc, montblanc ; deir el zor et Deir ez-Zor, deir el-zor.",
        "La province de Deir el-Zor, province-de-deir-el-zor, province de deir el zo.",
        "Al-Bab, al bab, albab, alb, x.y xay x.yz café cafés cafe\u0301 caf\u00e9\u00bb",
        "Les combats ont repris ; les talks, a-t-on dit, a repris. Combats. Ont repris.",
        "Des raids ont fait trois morts ; des frappes : morts ; frappes aeriennes morts.",
        "Les frappes a ; frappes aeriennes ; frappes aeriennesx ; tell abyad est la.",
        "Les talks de paix pour la Syrie, les raidsx autour de la ville ; talks. sur",
        "Ils ont dit qu'ils ont bien dit que non ; ont dit. que ; dit que la paix ; ont dit leur",
    };
    S_compare_texts(f, both.alternation, both.m, texts, sizeof texts / sizeof *texts);
    S_random_listed(f, both.alternation, both.m);
    S_both_close(f, &both);
}

/* Entries of several top-level branches, each tried on its own in order
 * (and leading atoms followed in C: lists around an optional word):
 * listed once their leading and trailing \b are left out, or run by their
 * own pattern (a lookbehind, \w*, a lookahead); bars inside groups and
 * classes, an escaped backslash before a 'b', a \b inside a branch; runs
 * needed before a byte no atom matches ('.', ';'), a named group. */
static const char *const branched[] = {
    "\\besper\\w*|\\bespoir\\b|\\beventuel(?:le)?s?\\b|\\bappel\\w* (?:[a-z]+ ){0,3}?(?:a|au)\\b",
    "(?<!rendu )\\bpossibles?\\b|\\bpossibilite\\b|\\bpour(?=\\s+(?:obtenir|faire)\\b)",
    "\\b(?:a|ont) estime\\b|\\bestime que\\b|\\bselon (?:lui|elle)\\b",
    "\\b(?:en vigueur|actuel(?:le)?s?|en cours)\\b",
    "x[|]y|\\bva\\b|(?:vont|v\\|a)|a\\\\b|pour\\b la",
    "\\bpour (?:de |des |la )(?:(?:premiers?|nouvelles?)\\s)?",
    "\\bbilan\\b[^.;]{0,30}?\\b\\Kmorts?\\b",
    "\\bde (?<n>sources?),? (?:proches|locales)\\b",
    "(?:villes?|sol) (?:[a-z-]+ )?(?:syro-)?(?:russes?|turcs?)",
    "\\b(?:accords?|plan)\\w*\\b[^.;]{0,12}?\\b(?:sur|pour)\\b",
    "\\b(?:a|ont) (?:[a-z]+ )?(?:dit|declare)\\b[^.;]{0,20}?(?:\\bque\\b|\\bqu')",
    "reuni(?:e|s)(?= (?:a|au)\\b)(?! au sein)|\\bnon (?:pas )?(?=(?:un|une) |\\d)",
    "(?:(?:premier|nouvelle) )?\\b(?:rounds?|tours?) (?:de |des )(?:negociations|pourparler)\\w*",
};
#define N_BRANCHED (sizeof branched / sizeof *branched)

static const char *const branched_words[] = {
    "espere", "esperons", "espoir", "espoirs", "eventuelle", "eventuels", "appel", "appelle",
    "a", "au", "la", "paix", "rendu", "possible", "possibles", "possibilite", "pour",
    "obtenir", "faire", "ont", "estime", "que", "selon", "lui", "elle", "en", "vigueur",
    "actuelles", "cours", "x|y", "x", "y", "va", "vont", "v|a", "a\\b", "de", "des",
    "premiers", "nouvelles", "\u00a0", "\u00e9", ",", ".", "bilan", "morts", "mort", ";",
    "sources", "source,", "proches", "locales", "ville", "villes", "sol", "syro-russe",
    "russes", "turcs", "nord-est", "dit", "declare", "qu'il", "bien", "accord", "accords",
    "planifie", "sur", "le", "long", "reunie", "reunis", "sein", "non", "pas", "un", "une",
    "3", "syrien", "russeaux", "syro-", "turb", "premier", "nouvelle", "round", "rounds",
    "tours", "negociations", "pourparlers"};

static void test_branches_agree(void **state)
{
    const fixture *f = *state;
    S_both both = S_both_open(f, branched, N_BRANCHED);
    static const char *const texts[] = {
        "Il espere un accord ; espoir, espoirs, eventuelle treve, appel a la paix, appelle au",
        "rendu possible, possible, possibles ; possibilite ; pour obtenir, pour faire, pour x",
        "Il a estime que ; ont estime ; estime que oui ; selon lui, selon elle, selon eux",
        "en vigueur, actuelles, actuel, en cours ; x|y x|yz va vont v|a a\\b a\\bc pour la",
        "pour de nouvelles treves, pour des premiers pas, pour la\u00a0paix, esper\u00e9",
        "le bilan, trois morts ; bilan. morts ; bilan; mort ; de sources, proches ; de source locales",
        "villes russes, sol syro-russe, ville nord-est turcs, villes de turcs, sol\u00a0russe",
        "il a dit que ; ont bien declare qu'il ; a dit. que ; ont x dit que ; a \u00e9 dit que",
        "accord sur ; accords de long sur ; planifie le long pour ; accord le long long sur",
        "accord \u00e9 sur ; accords\u00a0sur ; plan de la paix pour ; accordxx pour",
        "reunie a ; reunis au sein ; reunie au ; reunies a ; non pas une, non un ; non 3 ; non une",
        /* lead strings longer than 8 bytes, and cut by the end of the text */
        "sol syro-turcs ; ville x syro-russes ; villes syro-russe ; sol turc ; sol syro-rus",
        "villes russe",
        /* lead strings tried in byte order up to the first after the text */
        "sol syrien ; sol syro-rusz ; ville russeaux ; sol x russes ; villes turb ; sol syro-turcz",
        "sol a syro-russ ; ville syro-ru ; sol x syro-turc ; villes x syro-",
        /* a lead from optional strings */
        "premier round de negociations ; nouvelle tours des pourparlers ; rounds de pourparlers",
        "premier tours de x ; nouvelle x round de negociations ; premier  round des pourparlers",
        "nouvelle premier tours des negociations ; premier round de negociation ; tours des",
    };
    S_compare_texts(f, both.alternation, both.m, texts, sizeof texts / sizeof *texts);
    const S_word_mix mix = {branched_words, sizeof branched_words / sizeof *branched_words, 4242,
                            400, 16, 4};
    S_compare_mixed(f, both.alternation, both.m, &mix);
    S_both_close(f, &both);
}

/* Many strings under one prefix of WIDE_LEN characters, split by the
 * character they differ at (S_split_span): one the prefix of another
 * ("homs" and "homs sud", in both orders), characters equal modulo the
 * number of buckets ('!' and 'a'), one beyond ASCII, strings too short to
 * reach that character and a branch run by its own pattern (in every
 * bucket), texts ending before the character looked at. */
static const char *const split[] = {
    "province de homs",       "province de hama",   "province d'idlib",
    "province de deraa",      "province de raqqa",  "province de homs sud",
    "province de alep",       "province de lattaquie", "province de tartous",
    "province de quneitra",   "province de soueida", "province de damas",
    "province de hassake",    "province de deir ez-zor", "province de deir",
    "province de !x",         "province de ax",     "province de bx",
    "province de caf\u00e9",  "province de zz",     "province de yy",
    "province d'\u00e9tat",   "province de damas centre", "province de aleppo",
    "province",               "province (?:du|de la) \\w+", "province de",
    "province de h",
};
#define N_SPLIT (sizeof split / sizeof *split)

static const char *const split_words[] = {
    "province", "de", "d'idlib", "homs", "sud", "hama", "deir", "ez-zor", "!x", "ax", "bx",
    "caf\u00e9", "cafe", "zz", "yy", "d'\u00e9tat", "damas", "centre", "alep", "aleppo",
    "province de", "province d'", ",", "\u00a0", "du", "la", "nord", "cote", "h"};

static void test_split_spans_agree(void **state)
{
    const fixture *f = *state;
    S_both both = S_both_open(f, split, N_SPLIT);
    static const char *const texts[] = {
        "la province de homs sud, la province de homs, province de hama ; province d'idlib",
        "province de !x province de ax province de bx ; province de caf\u00e9 et de cafe",
        "province de deir ez-zor, province de deir ez, province de deir. province de",
        "province d'\u00e9tat ; province de damas centre ; province de aleppo, alep ; province d",
        "province de zz",
        "province de z",
        "province du nord, province de la cote ; province, province de ; province de h, homs",
        "province de h",
        "province",
    };
    S_compare_texts(f, both.alternation, both.m, texts, sizeof texts / sizeof *texts);
    const S_word_mix mix = {split_words, sizeof split_words / sizeof *split_words, 99, 400, 14, 5};
    S_compare_mixed(f, both.alternation, both.m, &mix);
    S_both_close(f, &both);
}


/* The extractor's word tables find the same matches through the shared
 * starts (one walk for all of them) as through their own walks, from every
 * start and up to ends inside words, after spaces and near the text's end. */
static void S_shared_starts_check(const fixture *f, const char *text)
{
    syev_doc doc;
    S_doc_open(&doc, text);
    syevp_run run = {f->ex, &doc, NULL, NULL, NULL};
    const size_t n = doc.text.fold_len;
    for (size_t start = 0; start <= n; start++) {
        const size_t ends[] = {n, n - (n > 0), n - (n > 1) * 2, n - (n > 2) * 3, n - (n > 3) * 4,
                               start + (n - start) / 2, start + (n - start) / 3};
        for (size_t e = 0; e < sizeof ends / sizeof *ends; e++) {
            if (ends[e] < start)
                continue;
            const int compared = syevp_shared_starts_agree(&run, start, ends[e]);
            if (compared < 0)
                fail_msg("\"%s\": the shared starts disagree from %zu to %zu", text, start,
                         ends[e]);
            if (doc.text.fold_ascii && compared == 0)
                fail_msg("\"%s\": no table compared", text);
        }
    }
    S_doc_close(&doc);
}

/* The strings of a pattern are counted before they are listed: a list
 * longer than the limit is not made. */
static void test_lit_count_agrees(void **state)
{
    const fixture *f = *state;
    static const char *const patterns[] = {
        "tell[- ]abyad", "negoci(?:e|es|ent|ant|ation)s?", "(?:a|b)?c??d", "[a-z][a-z]x?",
        "[a-p][a-p][a-d]", "[a-p][a-p][a-e]", "(?:[a-j][a-j]|x)(?:[a-j]|y)?z", "(?:a(?:b|c)?|d)e",
        "\\.x\\?", "\u00e9(?:a|\u00e8)?", "a+", "(?=x)a", "[a-p]{2}", "(?:a|b)*", "",
        "(?:(?:[a-h]|i)?(?:[a-h][a-h])|j)??k", "x(?:)y", "(?:a|)(?:b|c|)", "a\\d", "[^a]b",
        "(?:[a-z]|[0-9]){0}",
        "(?:a|b)(?:c|d)(?:e|f)(?:g|h)(?:i|j)(?:k|l)(?:m|n)(?:o|p)(?:q|r)(?:s|t)(?:u|v)",
    };
    for (size_t i = 0; i < sizeof patterns / sizeof *patterns; i++)
        if (syevp_lit_count_agrees(&f->ex->alloc, patterns[i]) != 1)
            fail_msg("\"%s\": the count disagrees with the list", patterns[i]);
    for (size_t i = 0; i < N_LISTED; i++)
        assert_int_equal(syevp_lit_count_agrees(&f->ex->alloc, listed[i]), 1);
    for (size_t i = 0; i < sizeof branched / sizeof *branched; i++)
        assert_int_equal(syevp_lit_count_agrees(&f->ex->alloc, branched[i]), 1);
}

static void test_shared_starts_agree(void **state)
{
    const fixture *f = *state;
    static const char *const texts[] = {
        "Un cessez-le-feu a ete conclu a Alep entre l'armee syrienne et les rebelles.",
        "Les n\u00e9gociations de Gen\u00e8ve ont repris; des combats \u00e0 Idleb, Homs et "
        "Deir ez-Zor.",
        "La Russie et la Turquie ont annonc\u00e9 une tr\u00eave; selon l'OSDH, 12 civils "
        "auraient \u00e9t\u00e9 tu\u00e9s.",
        "\u0627\u0644\u062c\u064a\u0634 \u0627\u0644\u0633\u0648\u0631\u064a Damas "
        "\u0442\u0435\u0441\u0442 \u4e2d\u6587 trêve",
        "2016-02-27, 14h30 : 3 000 morts ?! ... --- ;;; (((Alep))) [Homs] {Hama}",
        "a", "ab", "abc", "de la", " ", "", "Alep", "alep,", "l'armee", "a_b c9 _x",
        "cessez-le-feu", "pourparlers pour la paix", "les forces gouvernementales ont bombarde",
        "Damas.Alep;Homs!Hama?Idleb", "caf\u00e9s d\u00e9truits \u00e0 l'\u00e9t\u00e9",
        /* short keys and triples without a prefix filter of the real tables */
        "L'EI va negocier; l'ONU et les USA n'ont pas signe, ne sont pas a la base T4 ni au UK.",
        "le PKK, les YPG, les SDF, l'ASL, HTS, le PYD et la FUA ; Qaa ; T-4 ; ava ; ei ; va",
        "EI", "va", "t4", "uk", "n'a", "ne", "ont", "onu", "UK.", "T4,", "ei va t4 uk ne ont",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
        S_shared_starts_check(f, texts[i]);
    static const char *const pieces[] = {
        "cessez-le-feu", "trêve", "armee", "Alep", "Damas", "l'", "de", "la", " ", ", ",
        "\u00e9t\u00e9", "rebelles", "ont", "combats", "2016", "...", "Russie", "\u0627\u0644",
        "negociations", "a", "pourparlers", "bombardements", "tues", "selon", "d'Idleb",
        "EI", "va", "T4", "UK", "n'", "ne", "ont", "ONU", "USA", "PKK", "YPG", "T-4", "ava"};
    const S_word_mix mix = {pieces, sizeof pieces / sizeof *pieces, 7, 60, 16, 3};
    unsigned seed = mix.seed;
    char text[MIXED_TEXT_SIZE];
    for (int round = 0; round < mix.rounds; round++) {
        S_next_mixed(&mix, &seed, text);
        S_shared_starts_check(f, text);
    }
}

/* The prefixes syevp_pattern_keys finds, in the order the expansion meets
 * them: through alternatives followed by what follows their group, nested
 * and optional groups, named groups, classes, lookarounds, repeated atoms
 * and groups (the expansion stops after one copy) and counted ones. */
static void test_pattern_keys(void **state)
{
    const fixture *f = *state;
    static const struct {
        const char *pattern;
        int max_len;
        const char *keys; /* separated by a space */
    } cases[] = {
        {"(?:cessez|arr[eu]t)(?:-le-feu| des)", 7,
         "cessez- cessez  arret-l arret d arrut-l arrut d"},
        {"(?:ab|c)(?:de|f)?g", 7, "abg abdeg abfg cg cdeg cfg"},
        {"\\b(?<d>[12]x|3[01])(?:er)?-(?:jan|fev)", 7,
         "1x-jan 1x-fev 1xer-ja 1xer-fe 2x-jan 2x-fev 2xer-ja 2xer-fe 30-jan 30-fev 30er-ja "
         "30er-fe 31-jan 31-fev 31er-ja 31er-fe"},
        {"(?:a|b(?:c|d)?)+x", 7, "a b bc bd"},
        {"(?=al)(?!ale)al(?<=l)ep|x{2,3}y|z\\.", 7, "alep x z."},
        {"(?:(?:de|du) |d'(?: )?)(?:la|le)", 3, "de  du  d'l d' "},
        {"(?i)abc|de", 7, " de"}, /* options: the empty prefix */
        {"(?:a(?:b|c)|d)(?:e|f(?:g|h)?)i", 4,
         "abei abfi abfg abfh acei acfi acfg acfh dei dfi dfgi dfhi"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        uint64_t keys[64];
        const int n =
            syevp_pattern_keys(&f->ex->alloc, cases[i].pattern, cases[i].max_len, keys, 64);
        char got[512] = "";
        for (int k = 0; k < n; k++) {
            const int level = (int)(keys[k] >> 56);
            char s[8] = "";
            for (int c = 0; c < level; c++)
                s[c] = (char)(keys[k] >> (8 * (6 - c)));
            s[level] = '\0';
            if (keys[k] != syevp_text_key(level, s))
                fail_msg("\"%s\": key %d is not a text key", cases[i].pattern, k);
            snprintf(got + strlen(got), sizeof got - strlen(got), "%s%s", k ? " " : "", s);
        }
        if (strcmp(got, cases[i].keys) != 0)
            fail_msg("\"%s\": keys \"%s\", expected \"%s\"", cases[i].pattern, got,
                     cases[i].keys);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_hits_as_one_alternation),
        cmocka_unit_test(test_random_texts_agree),
        cmocka_unit_test(test_keyed_table_agrees),
        cmocka_unit_test(test_listed_strings_agree),
        cmocka_unit_test(test_branches_agree),
        cmocka_unit_test(test_split_spans_agree),
        cmocka_unit_test(test_shared_starts_agree),
        cmocka_unit_test(test_lit_count_agrees),
        cmocka_unit_test(test_pattern_keys),
    };
    return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
