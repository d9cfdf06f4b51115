/* test_text.c — UTF-8 validation and the folded text (lib/text.c).
 *
 * Invalid UTF-8 of every kind is refused with the offset of its first bad
 * byte; folding lowercases, strips accents and normalises punctuation, and
 * the map sends every folded byte back to its original byte.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "syev_private.h"
#include "text_private.h"

/* ------------------------------------------------------------------ */
/* UTF-8 validation                                                    */
/* ------------------------------------------------------------------ */

/* Expects `s` (of `len` bytes) to be refused at byte `bad`. */
static void S_invalid(const char *s, size_t len, size_t bad)
{
    size_t got = 12345;
    assert_int_equal(syevp_utf8_validate(s, len, &got), SYEV_ERR_UTF8);
    assert_int_equal(got, bad);
}

static void S_valid(const char *s, size_t len)
{
    size_t got = 12345;
    assert_int_equal(syevp_utf8_validate(s, len, &got), SYEV_OK);
}

#define INVALID(lit, bad) S_invalid(lit, sizeof lit - 1, bad)
#define VALID(lit) S_valid(lit, sizeof lit - 1)

static void test_valid_utf8(void **state)
{
    (void)state;
    VALID("");
    VALID("Trêve à Alep, œuvre de l’ONU « enfin »");
    VALID("\x7F");
    VALID("\xC2\x80");             /* U+0080, smallest 2-byte */
    VALID("\xDF\xBF");             /* U+07FF */
    VALID("\xE0\xA0\x80");         /* U+0800, smallest 3-byte */
    VALID("\xED\x9F\xBF");         /* U+D7FF, just below the surrogates */
    VALID("\xEE\x80\x80");         /* U+E000, just above them */
    VALID("\xEF\xBF\xBF");         /* U+FFFF */
    VALID("\xF0\x90\x80\x80");     /* U+10000, smallest 4-byte */
    VALID("\xF4\x8F\xBF\xBF");     /* U+10FFFF, the last code point */
    VALID("a\0b");                 /* NUL is a valid character */
}

static void test_overlong_forms(void **state)
{
    (void)state;
    INVALID("ab\xC0\xAF", 2);          /* '/' in two bytes */
    INVALID("\xC1\xBF", 0);            /* U+007F in two bytes */
    INVALID("x\xE0\x80\xAF", 1);       /* '/' in three bytes */
    INVALID("\xE0\x9F\xBF", 0);        /* U+07FF in three bytes */
    INVALID("\xF0\x80\x80\xAF", 0);    /* '/' in four bytes */
    INVALID("\xF0\x8F\xBF\xBF", 0);    /* U+FFFF in four bytes */
}

static void test_surrogates(void **state)
{
    (void)state;
    INVALID("\xED\xA0\x80", 0);        /* U+D800 */
    INVALID("ok\xED\xBF\xBF", 2);      /* U+DFFF */
    INVALID("\xED\xA0\xBD\xED\xB8\x80", 0); /* a CESU-8 surrogate pair */
}

static void test_truncated_sequences(void **state)
{
    (void)state;
    INVALID("abc\xC3", 3);             /* lead byte at the very end */
    INVALID("\xE2\x82", 0);            /* 3-byte sequence cut after 2 */
    INVALID("\xF0\x9F\x98", 0);        /* 4-byte sequence cut after 3 */
    INVALID("\xE2\x82" "A", 0);        /* cut, then ASCII */
    INVALID("tr\xC3" "ve", 2);         /* lead byte followed by ASCII */
}

static void test_stray_continuation_bytes(void **state)
{
    (void)state;
    INVALID("a\x80" "b", 1);
    INVALID("\xC3\xA9\xA9", 2);        /* one continuation too many */
    INVALID("\xBF", 0);
}

static void test_beyond_u10ffff_and_bad_leads(void **state)
{
    (void)state;
    INVALID("\xF4\x90\x80\x80", 0);    /* U+110000 */
    INVALID("ab\xF5\x80\x80\x80", 2);  /* lead byte that can only go above */
    INVALID("\xF8\x88\x80\x80\x80", 0); /* old 5-byte form */
    INVALID("\xFE", 0);
    INVALID("\xFF", 0);
}

static void test_text_init_reports_the_offset(void **state)
{
    (void)state;
    syev_allocator a;
    syevp_allocator_init(&a, NULL);
    syevp_text t;
    memset(&t, 0, sizeof t);
    syev_error err;
    memset(&err, 0, sizeof err);
    const char text[] = "Trêve \xED\xA0\x80 rompue";
    assert_int_equal(syevp_text_init(&t, &a, text, sizeof text - 1, &err), SYEV_ERR_UTF8);
    assert_int_equal(err.code, SYEV_ERR_UTF8);
    assert_int_equal(err.offset, 7); /* "Tr", 2 bytes of e-circumflex, "ve " */
    assert_true(strlen(err.message) > 0);
    assert_null(t.orig);
    assert_null(t.fold);
    assert_null(t.map);
}

/* ------------------------------------------------------------------ */
/* Folding                                                             */
/* ------------------------------------------------------------------ */

/* Folds `text` and checks the folded string. */
static void S_fold(const char *text, const char *want)
{
    syev_allocator a;
    syevp_allocator_init(&a, NULL);
    syevp_text t;
    memset(&t, 0, sizeof t);
    assert_int_equal(syevp_text_init(&t, &a, text, strlen(text), NULL), SYEV_OK);
    assert_string_equal(t.fold, want);
    assert_int_equal(t.fold_len, strlen(want));
    assert_true(t.fold_len <= t.orig_len);
    assert_memory_equal(t.orig, text, t.orig_len);
    assert_int_equal(t.orig[t.orig_len], '\0');
    syevp_text_release(&t, &a);
}

static void test_fold_case_and_accents(void **state)
{
    (void)state;
    S_fold("Trêve À ÉTÉ", "treve a ete");
    S_fold("Ça, Noël, où, île, Müller, Çà", "ca, noel, ou, ile, muller, ca");
    S_fold("ÂÄÀÁÃÅ âäàáãå ÈÉÊË èéêë ÎÏÌÍ îïìí ÔÖÒÓÕ ôöòóõ ÙÛÜÚ ùûüú ŸÝ ÿý Ññ",
           "aaaaaa aaaaaa eeee eeee iiii iiii ooooo ooooo uuuu uuuu yy yy nn");
}

static void test_fold_ligatures(void **state)
{
    (void)state;
    S_fold("Œuvre, cœur, Æ, æ, ß", "oeuvre, coeur, ae, ae, ss");
}

static void test_fold_punctuation(void **state)
{
    (void)state;
    S_fold("l’armée d‘abord", "l'armee d'abord");
    S_fold("« Alep »", "\" alep \"");
    S_fold("\xC2\xAB\xC2\xA0" "Alep" "\xE2\x80\xAF\xC2\xBB", "\" alep \""); /* nbsp, narrow nbsp */
    S_fold("“Alep” „Homs‟", "\"alep\" \"homs\"");
    S_fold("Alep – Homs — Idleb ‑ Raqqa", "alep - homs - idleb - raqqa");
    S_fold("Attendez…", "attendez...");
}

static void test_fold_keeps_other_scripts(void **state)
{
    (void)state;
    S_fold("Alep (حلب)", "alep (حلب)");
    S_fold("Москва", "Москва");
}

/* Every ASCII byte, at every alignment (folding goes eight bytes at a time):
 * only A-Z change, to a-z. */
static void test_fold_every_ascii_byte(void **state)
{
    (void)state;
    syev_allocator a;
    syevp_allocator_init(&a, NULL);
    char text[128 + 8], want[128 + 8];
    for (size_t shift = 0; shift < 8; shift++) {
        size_t n = 0;
        for (; n < shift; n++)
            text[n] = want[n] = 'x';
        for (int c = 1; c < 128; c++, n++) {
            text[n] = (char)c;
            want[n] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        syevp_text t;
        memset(&t, 0, sizeof t);
        assert_int_equal(syevp_text_init(&t, &a, text, n, NULL), SYEV_OK);
        assert_int_equal(t.fold_len, n);
        assert_memory_equal(t.fold, want, n);
        for (size_t i = 0; i <= n; i++)
            assert_int_equal(t.map[i], i);
        syevp_text_release(&t, &a);
    }
}

static void test_fold_nul_becomes_space(void **state)
{
    (void)state;
    syev_allocator a;
    syevp_allocator_init(&a, NULL);
    syevp_text t;
    memset(&t, 0, sizeof t);
    const char text[] = "A\0B";
    assert_int_equal(syevp_text_init(&t, &a, text, 3, NULL), SYEV_OK);
    assert_int_equal(t.fold_len, 3);
    assert_string_equal(t.fold, "a b");
    syevp_text_release(&t, &a);
    /* A NUL inside a block of eight ASCII bytes. */
    const char block[] = "ABCD\0FGHIJKLMNOP";
    assert_int_equal(syevp_text_init(&t, &a, block, sizeof block - 1, NULL), SYEV_OK);
    assert_string_equal(t.fold, "abcd fghijklmnop");
    syevp_text_release(&t, &a);
}

/* ------------------------------------------------------------------ */
/* Offset map                                                          */
/* ------------------------------------------------------------------ */

static void test_map_points_back_to_the_original(void **state)
{
    (void)state;
    syev_allocator a;
    syevp_allocator_init(&a, NULL);
    syevp_text t;
    memset(&t, 0, sizeof t);
    /* Original bytes: T0 r1 ê2-3 v4 e5 sp6 à7-8 sp9 «10-11 x12 …13-15 »16-17 */
    const char *text = "Trêve à «x…»";
    assert_int_equal(syevp_text_init(&t, &a, text, strlen(text), NULL), SYEV_OK);
    assert_string_equal(t.fold, "treve a \"x...\"");
    static const uint32_t want[] = {0, 1, 2, 4, 5, 6, 7, 9, 10, 12, 13, 13, 13, 16, 18};
    assert_int_equal(t.fold_len + 1, sizeof want / sizeof *want);
    for (size_t i = 0; i <= t.fold_len; i++)
        assert_int_equal(t.map[i], want[i]);
    assert_int_equal(syevp_orig_off(&t, 2), 2);
    assert_int_equal(syevp_orig_off(&t, t.fold_len + 40), strlen(text)); /* clamped */
    syevp_text_release(&t, &a);
}

static void test_map_of_ligature_and_apostrophe(void **state)
{
    (void)state;
    syev_allocator a;
    syevp_allocator_init(&a, NULL);
    syevp_text t;
    memset(&t, 0, sizeof t);
    const char *text = "œ’a"; /* oe 0-1, apostrophe 2-4, a 5 */
    assert_int_equal(syevp_text_init(&t, &a, text, strlen(text), NULL), SYEV_OK);
    assert_string_equal(t.fold, "oe'a");
    static const uint32_t want[] = {0, 0, 2, 5, 6};
    for (size_t i = 0; i <= t.fold_len; i++)
        assert_int_equal(t.map[i], want[i]);
    syevp_text_release(&t, &a);
}

static void test_empty_text(void **state)
{
    (void)state;
    syev_allocator a;
    syevp_allocator_init(&a, NULL);
    syevp_text t;
    memset(&t, 0, sizeof t);
    assert_int_equal(syevp_text_init(&t, &a, "", 0, NULL), SYEV_OK);
    assert_int_equal(t.fold_len, 0);
    assert_string_equal(t.fold, "");
    assert_int_equal(t.map[0], 0);
    syevp_text_release(&t, &a);
    assert_null(t.fold);
}

/* syevp_first_bound (a chunk table, then a few steps) against a plain walk
 * over the boundaries, at every position and past the end, for texts of
 * every length around a chunk, ASCII and not. */
static void S_first_bound_agrees(const char *text, size_t len)
{
    syev_allocator a;
    syevp_allocator_init(&a, NULL);
    syevp_text t;
    memset(&t, 0, sizeof t);
    assert_int_equal(syevp_text_init(&t, &a, text, len, NULL), SYEV_OK);
    for (size_t pos = 0; pos <= t.fold_len + 9; pos++) {
        size_t want = 0;
        while (want < t.bound_count && t.bounds[want] < pos)
            want++;
        assert_int_equal(syevp_first_bound(&t, pos), want);
    }
    syevp_text_release(&t, &a);
}

static void test_first_bound(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Le cessez-le-feu, conclu a Alep le 3 mars 2017, tient (AFP).",
        "Trêve à Alep : « l’œuvre de l’ONU » — enfin… Les rebelles, déçus, partent.",
        "a b c d e f g h i j k l m n o p q r s t u v w x y z 0 1 2 3 4 5 6 7 8 9",
        "________ abcdefgh ........ ÉÉÉÉ 12345678",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
        for (size_t len = 0; len <= strlen(texts[i]); len++)
            if (syevp_utf8_validate(texts[i], len, NULL) == SYEV_OK)
                S_first_bound_agrees(texts[i], len);
}

/* Folding sixteen bytes at a time, with accented letters, other scripts
 * and the end of the text anywhere in a block: every valid prefix of a
 * text folds to a prefix of the text's folded form, with the same map. */
static void test_fold_of_every_prefix(void **state)
{
    (void)state;
    static const char text[] =
        "Trêve à Alep : « l’œuvre de l’ONU » — enfin… Les rebelles, déçus, partent. "
        "ÉTATS-UNIS ET RUSSIE : accord (AFP) — حلب 12 mars 2016, « ÇA TIENT » ; ß æ ÿ.";
    syev_allocator a;
    syevp_allocator_init(&a, NULL);
    syevp_text full;
    memset(&full, 0, sizeof full);
    assert_int_equal(syevp_text_init(&full, &a, text, sizeof text - 1, NULL), SYEV_OK);
    for (size_t len = 0; len < sizeof text; len++) {
        if (syevp_utf8_validate(text, len, NULL) != SYEV_OK)
            continue;
        syevp_text t;
        memset(&t, 0, sizeof t);
        assert_int_equal(syevp_text_init(&t, &a, text, len, NULL), SYEV_OK);
        assert_true(t.fold_len <= full.fold_len);
        assert_memory_equal(t.fold, full.fold, t.fold_len);
        assert_int_equal(t.fold[t.fold_len], '\0');
        for (size_t k = 0; k < t.fold_len; k++)
            assert_int_equal(t.map[k], full.map[k]);
        assert_int_equal(t.map[t.fold_len], len);
        syevp_text_release(&t, &a);
    }
    syevp_text_release(&full, &a);
}

/* The boundaries found sixteen bytes at a time (masks) against the rule
 * byte by byte, for every pair of bytes (ASCII, lead and continuation
 * bytes, invalid ones too) on each side of a chunk and block edge and at
 * the end of the text. */
static void test_bounds_agree_on_every_byte_pair(void **state)
{
    (void)state;
    /* 32 bytes are read at a step, then 16: the edges of both are tried */
    static const char filler[] =
        "le 3 mars_2017, a Alep (AFP). Fin. Les rebelles partent de la ville, dit-on.";
    static const size_t at[] = {0, 6, 7, 8, 15, 16, 23, 30, 31, 32, 47};
    char buf[sizeof filler];
    for (unsigned x = 0; x < 256; x++)
        for (unsigned y = 0; y < 256; y++)
            for (size_t i = 0; i < sizeof at / sizeof *at; i++) {
                const size_t k = at[i], lens[] = {k + 1, k + 2, 24, 32, 33, 48, 64, 70};
                for (size_t j = 0; j < sizeof lens / sizeof *lens; j++) {
                    memcpy(buf, filler, sizeof filler);
                    buf[k] = (char)x;
                    buf[k + 1] = (char)y;
                    buf[lens[j]] = '\0';
                    assert_int_equal(syevp_text_bounds_agree(buf, lens[j]), 1);
                }
            }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_valid_utf8),
        cmocka_unit_test(test_overlong_forms),
        cmocka_unit_test(test_surrogates),
        cmocka_unit_test(test_truncated_sequences),
        cmocka_unit_test(test_stray_continuation_bytes),
        cmocka_unit_test(test_beyond_u10ffff_and_bad_leads),
        cmocka_unit_test(test_text_init_reports_the_offset),
        cmocka_unit_test(test_fold_case_and_accents),
        cmocka_unit_test(test_fold_ligatures),
        cmocka_unit_test(test_fold_punctuation),
        cmocka_unit_test(test_fold_keeps_other_scripts),
        cmocka_unit_test(test_fold_every_ascii_byte),
        cmocka_unit_test(test_fold_nul_becomes_space),
        cmocka_unit_test(test_map_points_back_to_the_original),
        cmocka_unit_test(test_map_of_ligature_and_apostrophe),
        cmocka_unit_test(test_empty_text),
        cmocka_unit_test(test_first_bound),
        cmocka_unit_test(test_bounds_agree_on_every_byte_pair),
        cmocka_unit_test(test_fold_of_every_prefix),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
