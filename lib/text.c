/* text.c — UTF-8 validation and the folded text every stage matches on.
 *
 * Folding lowercases, strips Latin accents (é -> e, œ -> oe), and normalises
 * typographic apostrophes, quotes, dashes and spaces to ASCII, so that the
 * patterns and lexicons are written once, without accents ("treve" matches
 * "Trêve", "TREVE" and "trêve").  A map keeps every folded byte's original
 * offset so published spans point into the caller's text.
 */
#include <string.h>

#include "syev_private.h"

/* Folded forms of U+00C0 .. U+017F (NULL: keep as is). */
static const char *const latin_fold[0x180 - 0xC0] = {
    "a", "a", "a", "a", "a", "a", "ae", "c",
    "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "x",
    "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c",
    "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "/",
    "o", "u", "u", "u", "u", "y", "th", "y",
    "a", "a", "a", "a", "a", "a", "c", "c",
    "c", "c", "c", "c", "c", "c", "d", "d",
    "d", "d", "e", "e", "e", "e", "e", "e",
    "e", "e", "e", "e", "g", "g", "g", "g",
    "g", "g", "g", "g", "h", "h", "h", "h",
    "i", "i", "i", "i", "i", "i", "i", "i",
    "i", "i", "ij", "ij", "j", "j", "k", "k",
    "k", "l", "l", "l", "l", "l", "l", "l",
    "l", "l", "l", "n", "n", "n", "n", "n",
    "n", "n", "n", "n", "o", "o", "o", "o",
    "o", "o", "oe", "oe", "r", "r", "r", "r",
    "r", "r", "s", "s", "s", "s", "s", "s",
    "s", "s", "t", "t", "t", "t", "t", "t",
    "u", "u", "u", "u", "u", "u", "u", "u",
    "u", "u", "u", "u", "w", "w", "y", "y",
    "y", "z", "z", "z", "z", "z", "z", "s",};

/* Decodes one UTF-8 sequence strictly (no overlongs, surrogates or code
 * points above U+10FFFF).  Returns its length, or 0 when invalid. */
static size_t S_decode(const unsigned char *s, size_t avail, uint32_t *cp)
{
    unsigned char c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t n;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2; v = c & 0x1Fu; min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3; v = c & 0x0Fu; min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4; v = c & 0x07u; min = 0x10000;
    } else {
        return 0;
    }
    if (avail < n)
        return 0;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (s[i] & 0x3Fu);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return n;
}

syev_status syevp_utf8_validate(const char *s, size_t len, size_t *bad)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        if (u[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        size_t n = S_decode(u + i, len - i, &cp);
        if (!n) {
            if (bad)
                *bad = i;
            return SYEV_ERR_UTF8;
        }
        i += n;
    }
    return SYEV_OK;
}

/* ASCII replacement for punctuation and spaces, NULL when none. */
static const char *S_punct_fold(uint32_t cp)
{
    switch (cp) {
    case 0x00A0: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004:
    case 0x2005: case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A:
    case 0x202F: case 0x205F: case 0x3000:
        return " ";
    case 0x2018: case 0x2019: case 0x201B: case 0x02BC: case 0x2032: case 0x00B4:
        return "'";
    case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E: case 0x201F:
    case 0x2039: case 0x203A:
        return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212:
        return "-";
    case 0x2026:
        return "...";
    default:
        return NULL;
    }
}

static const char *S_fold_cp(uint32_t cp, char ascii[2])
{
    if (cp < 0x80) {
        ascii[0] = (char)(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
        ascii[1] = '\0';
        return ascii;
    }
    if (cp >= 0xC0 && cp < 0x180)
        return latin_fold[cp - 0xC0];
    return S_punct_fold(cp);
}

syev_status syevp_text_init(syevp_text *t, const syev_allocator *a, const char *s, size_t len,
                            syev_error *err)
{
    size_t bad = 0;
    if (syevp_utf8_validate(s, len, &bad) != SYEV_OK)
        return syevp_fail(err, SYEV_ERR_UTF8, bad, 0, "invalid UTF-8 at byte %zu", bad);
    if (len >= UINT32_MAX)
        return syevp_fail(err, SYEV_ERR_TOO_LARGE, 0, 0, "document of %zu bytes is too large", len);
    /* Every replacement is at most as long as its UTF-8 source ("..." for
     * the 3-byte ellipsis, "oe" for the 2-byte oe ligature), so the folded
     * text never outgrows the original. */
    t->orig = syevp_strndup(a, s, len);
    t->fold = syevp_malloc(a, len + 1);
    t->map = syevp_malloc(a, (len + 1) * sizeof *t->map);
    if (!t->orig || !t->fold || !t->map) {
        syevp_text_release(t, a);
        return syevp_fail(err, SYEV_ERR_NOMEM, 0, 0, "out of memory folding the text");
    }
    t->orig_len = len;
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, o = 0;
    while (i < len) {
        uint32_t cp = 0;
        size_t n = S_decode(u + i, len - i, &cp);
        char ascii[2];
        const char *rep = S_fold_cp(cp, ascii);
        if (cp == 0)
            rep = " "; /* a NUL byte must not end the folded C string */
        if (rep) {
            for (const char *r = rep; *r; r++) {
                t->fold[o] = *r;
                t->map[o++] = (uint32_t)i;
            }
        } else {
            for (size_t k = 0; k < n; k++) {
                t->fold[o] = (char)u[i + k];
                t->map[o++] = (uint32_t)i;
            }
        }
        i += n;
    }
    t->fold[o] = '\0';
    t->map[o] = (uint32_t)len;
    t->fold_len = o;
    return SYEV_OK;
}

void syevp_text_release(syevp_text *t, const syev_allocator *a)
{
    syevp_free(a, t->orig);
    syevp_free(a, t->fold);
    syevp_free(a, t->map);
    memset(t, 0, sizeof *t);
}
