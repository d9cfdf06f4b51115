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
#include "text_private.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Word-at-a-time constants: every byte 0x01, every byte 0x80. */
#define ONES UINT64_C(0x0101010101010101)
#define HIGHS UINT64_C(0x8080808080808080)

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

/* Bit k set when byte k of `highs` is 0x80 (every other bit clear): the
 * multiplication gathers the eight bits into the top byte, byte k to bit
 * 56 + k, without carries. */
static unsigned S_gather8(uint64_t highs)
{
    return (unsigned)(((highs >> 7) * UINT64_C(0x0102040810204080)) >> 56);
}

/* Length of the run of ASCII bytes at s (up to n), sixteen then eight bytes
 * at a time: news text is mostly ASCII, and this keeps validation cheap.
 * The first byte beyond ASCII of a word is found from its high bits (with
 * SSE2, of sixteen bytes, from their byte mask). */
static size_t S_ascii_run(const unsigned char *s, size_t n)
{
    size_t i = 0;
#if defined(__SSE2__)
    for (; i + 16 <= n; i += 16) {
        const unsigned high =
            (unsigned)_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + i)));
        if (high)
            return i + syevp_lowest_bit(high);
    }
#endif
    for (; i + 16 <= n; i += 16) {
        uint64_t w[2];
        memcpy(w, s + i, 16);
        if ((w[0] | w[1]) & HIGHS)
            break;
    }
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (!(w & HIGHS))
            continue;
        if (syevp_little_endian())
            return i + syevp_lowest_bit(S_gather8(w & HIGHS));
        break;
    }
    while (i < n && s[i] < 0x80)
        i++;
    return i;
}

/* Is u + i a two-byte sequence (lead C2..DF, then a continuation byte)?
 * Such a pair is always valid UTF-8 (U+0080..U+07FF, the accented letters
 * of French among them), so it skips the general decoder. */
static bool S_is_two_byte(const unsigned char *u, size_t i, size_t len)
{
    return u[i] >= 0xC2 && u[i] <= 0xDF && i + 1 < len && (u[i + 1] & 0xC0) == 0x80;
}

/* The word bytes of the folded text for tense.c and timex.c (syev_private.h). */
const unsigned char syevp_word_bytes[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

syev_status syevp_utf8_validate(const char *s, size_t len, size_t *bad)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        i += S_ascii_run(u + i, len - i);
        if (i == len)
            break;
        if (S_is_two_byte(u, i, len)) {
            i += 2;
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
    case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
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

/* Folded form of a non-ASCII code point, NULL to keep its bytes. */
static const char *S_fold_cp(uint32_t cp)
{
    if (cp >= 0xC0 && cp < 0x180)
        return latin_fold[cp - 0xC0];
    return S_punct_fold(cp);
}

#if !defined(__SSE2__)
/* 0x80 in each byte of `x` that lies in [lo, hi] (every byte below 0x80). */
static uint64_t S_in_range8(uint64_t x, unsigned char lo, unsigned char hi)
{
    return (x + ONES * (0x80u - lo)) & ~(x + ONES * (0x80u - hi - 1u)) & HIGHS;
}
#endif

#if defined(__SSE2__)
/* 0xFF in each byte of v in [lo, hi], 0 in the others: x - lo, moved by
 * 0x80 into the signed range, is below hi - lo + 1 - 0x80 exactly then. */
static __m128i S_in_range16(__m128i v, unsigned char lo, unsigned char hi)
{
    const __m128i shifted = _mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - lo)));
    return _mm_cmplt_epi8(shifted, _mm_set1_epi8((char)(hi - lo + 1 - 0x80)));
}
#endif

#if defined(__SSE2__)
/* Bit k set when byte k of the 16 bytes v is a word byte (S_word_byte;
 * bytes beyond ASCII are none). */
static unsigned S_word_bits16(__m128i v)
{
    /* | 0x20 lowercases the letters and maps no other byte into a..z. */
    const __m128i word = _mm_or_si128(
        _mm_or_si128(S_in_range16(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z'),
                     S_in_range16(v, '0', '9')),
        _mm_cmpeq_epi8(v, _mm_set1_epi8('_')));
    return (unsigned)_mm_movemask_epi8(word);
}
#endif

#if !defined(__SSE2__)
/* Folds eight bytes at once: ASCII capitals to lowercase, and NUL to a space
 * so that it cannot end the folded C string; bytes beyond ASCII are left
 * alone.  Every test runs on the low seven bits, so no addition carries into
 * the next byte. */
static uint64_t S_fold8(uint64_t w)
{
    uint64_t low7 = w & ~HIGHS;
    uint64_t ge_a = low7 + ONES * (0x80 - 'A');     /* high bit: low7 >= 'A' */
    uint64_t gt_z = low7 + ONES * (0x80 - 'Z' - 1); /* high bit: low7 > 'Z' */
    uint64_t nonzero = low7 + ONES * 0x7F;          /* high bit: low7 != 0 */
    uint64_t upper = ge_a & ~gt_z & ~w & HIGHS;
    uint64_t nul = ~(nonzero | w) & HIGHS;
    return w | ((upper | nul) >> 2); /* 0x80 >> 2 == 'a' - 'A' == ' ' - 0 */
}
#endif

#if defined(__SSE2__)
/* Folds the 16 bytes v: ASCII capitals to lowercase, NUL to a space, bytes
 * beyond ASCII as they are (S_fold8 below, on a vector). */
static __m128i S_fold16(__m128i v)
{
    const __m128i to_lower =
        _mm_or_si128(S_in_range16(v, 'A', 'Z'), _mm_cmpeq_epi8(v, _mm_setzero_si128()));
    /* 'a' - 'A' == ' ' - 0 == 0x20 */
    return _mm_or_si128(v, _mm_and_si128(to_lower, _mm_set1_epi8(0x20)));
}

/* map[0..16) = first, first + 1, ... (first + 15 < UINT32_MAX: the text
 * is shorter; the conversion to int keeps the bits). */
static void S_map16(uint32_t *map, uint32_t first)
{
    const __m128i offsets = _mm_add_epi32(_mm_set1_epi32((int)first), _mm_setr_epi32(0, 1, 2, 3));
    _mm_storeu_si128((__m128i *)(void *)map, offsets);
    _mm_storeu_si128((__m128i *)(void *)(map + 4), _mm_add_epi32(offsets, _mm_set1_epi32(4)));
    _mm_storeu_si128((__m128i *)(void *)(map + 8), _mm_add_epi32(offsets, _mm_set1_epi32(8)));
    _mm_storeu_si128((__m128i *)(void *)(map + 12), _mm_add_epi32(offsets, _mm_set1_epi32(12)));
}
#endif

/* Folds the (valid) sequence of `n` bytes at u + i, code point `cp`. */
static size_t S_fold_other(syevp_text *t, size_t o, const unsigned char *u, size_t i, size_t n,
                           uint32_t cp)
{
    const char *rep = S_fold_cp(cp);
    if (!rep) {
        memcpy(t->fold + o, u + i, n);
        for (size_t k = 0; k < n; k++)
            t->map[o + k] = (uint32_t)i;
        return o + n;
    }
    for (; *rep; rep++) {
        t->fold[o] = *rep;
        t->map[o++] = (uint32_t)i;
    }
    return o;
}

static bool S_word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || (c >= 'A' && c <= 'Z');
}

/* Could \b hold at p?  Next to a non-ASCII character PCRE2 (UCP) decides,
 * so every character start there is kept. */
static bool S_maybe_boundary(const unsigned char *s, size_t len, size_t p)
{
    unsigned char cur = p < len ? s[p] : 0, prev = p ? s[p - 1] : 0;
    if (cur >= 0x80 || prev >= 0x80)
        return (cur & 0xC0) != 0x80;
    return S_word_byte(cur) != S_word_byte(prev);
}

/* Appends p + k for every bit k of `bits` (`out` has room for eight). */
static size_t S_put_bounds8(uint32_t *out, size_t n, size_t p, unsigned bits)
{
    for (; bits; bits &= bits - 1)
        out[n++] = (uint32_t)(p + syevp_lowest_bit(bits));
    return n;
}

/* Grows t->bounds (capacity *cap) to hold `need` boundaries: in a block
 * of its own once it outgrows the caller's (syevp_text_init_in). */
static bool S_grow_bounds(syevp_text *t, const syev_allocator *a, size_t *cap, size_t need)
{
    if (!t->bounds_borrowed)
        return syevp_grow(a, (void **)&t->bounds, cap, need, sizeof *t->bounds);
    uint32_t *own = NULL;
    size_t own_cap = 0;
    if (!syevp_grow(a, (void **)&own, &own_cap, need > 2 * *cap ? need : 2 * *cap, sizeof *own))
        return false;
    memcpy(own, t->bounds, *cap * sizeof *own);
    t->bounds = own;
    t->bounds_borrowed = false;
    *cap = own_cap;
    return true;
}

#if defined(__SSE2__)
/* The state S_bound_bits16 carries from one block of sixteen bytes to the
 * next: whether the byte before the block is a word byte, and whether it is
 * beyond ASCII (at the start of the text, neither). */
typedef struct S_bound_state {
    unsigned prev_word, prev_high;
} S_bound_state;

/* Bit k set when S_maybe_boundary holds at byte k of the sixteen bytes v:
 * between two ASCII bytes, a change between word and non-word byte (the
 * word mask xor itself shifted by one byte); next to a byte beyond ASCII,
 * any byte but a continuation byte (10xxxxxx). */
static inline unsigned S_bound_bits16(__m128i v, S_bound_state *st)
{
    const unsigned word = S_word_bits16(v), high = (unsigned)_mm_movemask_epi8(v);
    const unsigned cont = (unsigned)_mm_movemask_epi8(S_in_range16(v, 0x80, 0xBF));
    const unsigned near_high = high | (high << 1) | st->prev_high;
    const unsigned changes = word ^ ((word << 1) | st->prev_word);
    st->prev_word = word >> 15;
    st->prev_high = high >> 15;
    return ((changes & ~near_high) | (near_high & ~cont)) & 0xFFFFu;
}

/* S_bound_bits16 of the 32 bytes lo then hi at once (bit k: byte k): the
 * masks of both halves joined, the scalar steps taken once.  *any_high
 * gets the bytes beyond ASCII or'ed in. */
static inline uint32_t S_bound_bits32(__m128i lo, __m128i hi, S_bound_state *st,
                                      unsigned *any_high)
{
    const uint32_t word = (uint32_t)S_word_bits16(lo) | (uint32_t)S_word_bits16(hi) << 16;
    const uint32_t high = (uint32_t)_mm_movemask_epi8(lo) | (uint32_t)_mm_movemask_epi8(hi) << 16;
    *any_high |= high;
    const uint32_t cont = (uint32_t)_mm_movemask_epi8(S_in_range16(lo, 0x80, 0xBF)) |
                          (uint32_t)_mm_movemask_epi8(S_in_range16(hi, 0x80, 0xBF)) << 16;
    const uint32_t near_high = high | (high << 1) | st->prev_high;
    const uint32_t changes = word ^ ((word << 1) | st->prev_word);
    st->prev_word = word >> 31;
    st->prev_high = high >> 31;
    return (changes & ~near_high) | (near_high & ~cont);
}

/* For each eight-bit mask m, the positions of its set bits, lowest first
 * (zeros after them), and their count: a block's boundaries are then written
 * by two vector stores per eight bytes instead of one store per boundary.
 * The entries are constant expressions: BIT_RANK(m, k) is the number of
 * set bits of m below bit k, so bit k, when set, is the BIT_RANK-th
 * position. */
#define BIT(m, k) (((m) >> (k)) & 1u)
#define BIT_RANK(m, k)                                                                            \
    (((k) > 0 ? BIT(m, 0) : 0u) + ((k) > 1 ? BIT(m, 1) : 0u) + ((k) > 2 ? BIT(m, 2) : 0u) +        \
     ((k) > 3 ? BIT(m, 3) : 0u) + ((k) > 4 ? BIT(m, 4) : 0u) + ((k) > 5 ? BIT(m, 5) : 0u) +        \
     ((k) > 6 ? BIT(m, 6) : 0u) + ((k) > 7 ? BIT(m, 7) : 0u))
/* k if bit k of m is its j-th set bit, else 0 */
#define POS_IF(m, j, k) (BIT(m, k) && BIT_RANK(m, k) == (j) ? (k) : 0u)
#define NTH_POS(m, j)                                                                             \
    (POS_IF(m, j, 0) + POS_IF(m, j, 1) + POS_IF(m, j, 2) + POS_IF(m, j, 3) + POS_IF(m, j, 4) +      \
     POS_IF(m, j, 5) + POS_IF(m, j, 6) + POS_IF(m, j, 7))
#define POSITIONS(m)                                                                              \
    {NTH_POS(m, 0), NTH_POS(m, 1), NTH_POS(m, 2), NTH_POS(m, 3),                                  \
     NTH_POS(m, 4), NTH_POS(m, 5), NTH_POS(m, 6), NTH_POS(m, 7)}
#define POSITIONS16(h)                                                                            \
    POSITIONS(16 * (h) + 0), POSITIONS(16 * (h) + 1), POSITIONS(16 * (h) + 2),                    \
        POSITIONS(16 * (h) + 3), POSITIONS(16 * (h) + 4), POSITIONS(16 * (h) + 5),                \
        POSITIONS(16 * (h) + 6), POSITIONS(16 * (h) + 7), POSITIONS(16 * (h) + 8),                \
        POSITIONS(16 * (h) + 9), POSITIONS(16 * (h) + 10), POSITIONS(16 * (h) + 11),              \
        POSITIONS(16 * (h) + 12), POSITIONS(16 * (h) + 13), POSITIONS(16 * (h) + 14),             \
        POSITIONS(16 * (h) + 15)
#define COUNTS16(h)                                                                               \
    BIT_RANK(16 * (h) + 0, 8), BIT_RANK(16 * (h) + 1, 8), BIT_RANK(16 * (h) + 2, 8),              \
        BIT_RANK(16 * (h) + 3, 8), BIT_RANK(16 * (h) + 4, 8), BIT_RANK(16 * (h) + 5, 8),          \
        BIT_RANK(16 * (h) + 6, 8), BIT_RANK(16 * (h) + 7, 8), BIT_RANK(16 * (h) + 8, 8),          \
        BIT_RANK(16 * (h) + 9, 8), BIT_RANK(16 * (h) + 10, 8), BIT_RANK(16 * (h) + 11, 8),        \
        BIT_RANK(16 * (h) + 12, 8), BIT_RANK(16 * (h) + 13, 8), BIT_RANK(16 * (h) + 14, 8),       \
        BIT_RANK(16 * (h) + 15, 8)

static const uint32_t bit_positions[256][8] = {
    POSITIONS16(0),  POSITIONS16(1),  POSITIONS16(2),  POSITIONS16(3),
    POSITIONS16(4),  POSITIONS16(5),  POSITIONS16(6),  POSITIONS16(7),
    POSITIONS16(8),  POSITIONS16(9),  POSITIONS16(10), POSITIONS16(11),
    POSITIONS16(12), POSITIONS16(13), POSITIONS16(14), POSITIONS16(15),
};
static const unsigned char bit_count[256] = {
    COUNTS16(0),  COUNTS16(1),  COUNTS16(2),  COUNTS16(3),  COUNTS16(4),  COUNTS16(5),
    COUNTS16(6),  COUNTS16(7),  COUNTS16(8),  COUNTS16(9),  COUNTS16(10), COUNTS16(11),
    COUNTS16(12), COUNTS16(13), COUNTS16(14), COUNTS16(15),
};

/* S_put_bounds8 by table: writes eight offsets at out + n, of which the
 * first bit_count[bits] count (out has room for eight). */
static size_t S_put_bounds8_wide(uint32_t *out, size_t n, __m128i p, unsigned bits)
{
    const __m128i *pos = (const __m128i *)(const void *)bit_positions[bits];
    _mm_storeu_si128((__m128i *)(void *)(out + n), _mm_add_epi32(_mm_loadu_si128(pos), p));
    _mm_storeu_si128((__m128i *)(void *)(out + n + 4), _mm_add_epi32(_mm_loadu_si128(pos + 1), p));
    return n + bit_count[bits];
}

/* Writes the boundaries `bits` of the block at p one by one, growing
 * t->bounds (capacity *cap) only if they need it, and the chunk table's
 * entry for p + 8 if that chunk exists (the one for p is written).  Returns
 * the new count, SIZE_MAX out of memory.  For the blocks S_find_bounds
 * cannot write whole: near the end of the array, and the last one. */
static size_t S_put_block_exact(syevp_text *t, const syev_allocator *a, size_t *cap, size_t n,
                                size_t p, unsigned bits)
{
    const unsigned low = bits & 0xFFu, upper = bits >> 8;
    const size_t need = n + bit_count[low] + bit_count[upper];
    if (need > *cap && !S_grow_bounds(t, a, cap, need))
        return SIZE_MAX;
    n = S_put_bounds8(t->bounds, n, p, low);
    if (p + SYEVP_BOUND_CHUNK <= t->fold_len)
        t->bounds_from_chunk[p / SYEVP_BOUND_CHUNK + 1] = (uint32_t)n;
    return S_put_bounds8(t->bounds, n, p + 8, upper);
}

/* Fills t->bounds (S_maybe_boundary at every offset up to fold_len, the
 * NUL) and t->bounds_from_chunk (allocated by the caller, fold_len /
 * SYEVP_BOUND_CHUNK + 1 entries), sixteen bytes at a time; the last block is
 * read from a copy padded with NULs, which add no boundary.  The array
 * starts with room for a boundary every two bytes (French text has one
 * every three bytes or so, a little more in many documents: a third
 * reallocated the array) and grows when a block's boundaries do not fit. */
_Static_assert(SYEVP_BOUND_CHUNK == 8, "S_find_bounds records two chunks per block");

static bool S_find_bounds(syevp_text *t, const syev_allocator *a)
{
    const unsigned char *s = (const unsigned char *)t->fold;
    const size_t end = t->fold_len + 1;
    size_t cap = t->fold_len / 2 + 16, n = 0, p = 0;
    if (!t->bounds_borrowed) /* else carved from the caller's block, with room for cap */
        t->bounds = syevp_malloc(a, cap * sizeof *t->bounds);
    if (!t->bounds)
        return false;
    /* In locals, the capacity apart from `cap`, whose address is taken: the
     * loop then keeps them in registers. */
    uint32_t *chunk_first = t->bounds_from_chunk, *out = t->bounds;
    size_t room = cap;
    S_bound_state st = {0, 0};
    unsigned high = 0;
    /* 32 bytes a step while there is room for their boundaries; the block
     * that is left, and any that would not fit, sixteen at a time below */
    for (; p + 32 <= end && n + 32 <= room; p += 32) {
        const __m128i lo = _mm_loadu_si128((const __m128i *)(const void *)(s + p));
        const __m128i hi = _mm_loadu_si128((const __m128i *)(const void *)(s + p + 16));
        const uint32_t bits = S_bound_bits32(lo, hi, &st, &high);
        /* p < UINT32_MAX: the text is shorter; the conversion to int keeps the bits. */
        const __m128i first = _mm_set1_epi32((int)p), eight = _mm_set1_epi32(8);
        uint32_t *chunk = chunk_first + p / SYEVP_BOUND_CHUNK; /* p + 24 < end */
        chunk[0] = (uint32_t)n;
        n = S_put_bounds8_wide(out, n, first, bits & 0xFFu);
        chunk[1] = (uint32_t)n;
        n = S_put_bounds8_wide(out, n, _mm_add_epi32(first, eight), (bits >> 8) & 0xFFu);
        chunk[2] = (uint32_t)n;
        const __m128i second = _mm_add_epi32(first, _mm_set1_epi32(16));
        n = S_put_bounds8_wide(out, n, second, (bits >> 16) & 0xFFu);
        chunk[3] = (uint32_t)n;
        n = S_put_bounds8_wide(out, n, _mm_add_epi32(second, eight), bits >> 24);
    }
    for (; p + 16 <= end; p += 16) {
        const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + p));
        high |= (unsigned)_mm_movemask_epi8(v);
        const unsigned bits = S_bound_bits16(v, &st);
        chunk_first[p / SYEVP_BOUND_CHUNK] = (uint32_t)n;
        if (n + 16 > room) {
            if ((n = S_put_block_exact(t, a, &cap, n, p, bits)) == SIZE_MAX)
                return false;
            out = t->bounds;
            room = cap;
            continue;
        }
        /* p < UINT32_MAX: the text is shorter; the conversion to int keeps the bits. */
        const __m128i first = _mm_set1_epi32((int)p);
        n = S_put_bounds8_wide(out, n, first, bits & 0xFFu);
        chunk_first[p / SYEVP_BOUND_CHUNK + 1] = (uint32_t)n; /* p + 8 < end */
        n = S_put_bounds8_wide(out, n, _mm_add_epi32(first, _mm_set1_epi32(8)), bits >> 8);
    }
    if (p < end) {
        unsigned char last[16] = {0};
        memcpy(last, s + p, end - p);
        const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)last);
        high |= (unsigned)_mm_movemask_epi8(v);
        chunk_first[p / SYEVP_BOUND_CHUNK] = (uint32_t)n;
        if ((n = S_put_block_exact(t, a, &cap, n, p, S_bound_bits16(v, &st))) == SIZE_MAX)
            return false;
    }
    t->bound_count = n;
    t->fold_ascii = !high;
    return true;
}
#else
/* Bit k set when byte k of the eight ASCII bytes w is a word byte
 * (S_word_byte); little-endian order. */
static unsigned S_word_bits8(uint64_t w)
{
    /* | 0x20 lowercases the letters and maps no other byte into a..z. */
    return S_gather8(S_in_range8(w | ONES * 0x20, 'a', 'z') | S_in_range8(w, '0', '9') |
                     S_in_range8(w, '_', '_'));
}

/* Boundaries in [from, to) byte by byte, the array growing as needed. */
static bool S_bounds_bytewise(syevp_text *t, const syev_allocator *a, size_t *cap, size_t from,
                              size_t to)
{
    const unsigned char *s = (const unsigned char *)t->fold;
    for (size_t p = from; p < to; p++) {
        if (!S_maybe_boundary(s, t->fold_len, p))
            continue;
        if (t->bound_count == *cap &&
            !S_grow_bounds(t, a, cap, *cap + 1))
            return false;
        t->bounds[t->bound_count++] = (uint32_t)p;
    }
    return true;
}

/* Fills t->bounds in one pass, eight ASCII bytes at a time: between two
 * ASCII bytes a boundary is a change between word and non-word byte, so the
 * word-bit mask xor itself shifted by one byte gives them all.  Chunks with a
 * byte beyond ASCII, and chunks that might not fit, go byte by byte, so the
 * array grows exactly when it did byte by byte.  (It starts with room for a
 * boundary every two bytes, as the SSE2 version.)  Each chunk of eight bytes also records where its boundaries
 * start in t->bounds_from_chunk. */
_Static_assert(SYEVP_BOUND_CHUNK == 8, "S_find_bounds records a chunk per eight-byte step");

static bool S_find_bounds(syevp_text *t, const syev_allocator *a)
{
    const unsigned char *s = (const unsigned char *)t->fold;
    const size_t end = t->fold_len + 1; /* s[fold_len], the NUL, ends the last word */
    size_t cap = t->fold_len / 2 + 16, p = 0;
    unsigned prev = 0; /* the byte before the chunk: 0 non-word, 1 word, 2 beyond ASCII */
    unsigned char high = 0;
    if (!t->bounds_borrowed) /* else carved from the caller's block, with room for cap */
        t->bounds = syevp_malloc(a, cap * sizeof *t->bounds);
    if (!t->bounds)
        return false;
    /* The count and room in locals: the loop keeps them in registers. */
    size_t n = 0, room = cap;
    uint32_t *out = t->bounds, *chunk_first = t->bounds_from_chunk, *next_chunk = chunk_first;
    for (; p + 8 <= end && syevp_little_endian(); p += 8) {
        uint64_t w;
        memcpy(&w, s + p, 8);
        *next_chunk++ = (uint32_t)n; /* chunk_first[p / SYEVP_BOUND_CHUNK] */
        if ((w & HIGHS) || n + 8 > room) {
            t->bound_count = n;
            if (!S_bounds_bytewise(t, a, &cap, p, p + 8))
                return false;
            n = t->bound_count;
            room = cap;
            out = t->bounds;
            if (w & HIGHS)
                high = 0x80;
            prev = s[p + 7] >= 0x80 ? 2 : S_word_byte(s[p + 7]);
            continue;
        }
        unsigned word = S_word_bits8(w);
        /* After a byte beyond ASCII, an ASCII byte always starts a boundary. */
        unsigned bits = (word ^ ((word << 1) | (prev & 1u))) | (prev >> 1);
        n = S_put_bounds8(out, n, p, bits & 0xFFu);
        prev = word >> 7;
    }
    t->bound_count = n;
    for (size_t k = p; k < end; k++)
        high |= s[k];
    t->fold_ascii = high < 0x80;
    /* The chunks the loop did not reach start byte by byte (one on a
     * little-endian machine, every one elsewhere). */
    for (size_t c = p / SYEVP_BOUND_CHUNK; c <= t->fold_len / SYEVP_BOUND_CHUNK; c++) {
        if (!S_bounds_bytewise(t, a, &cap, p, c * SYEVP_BOUND_CHUNK))
            return false;
        p = c * SYEVP_BOUND_CHUNK;
        chunk_first[c] = (uint32_t)t->bound_count;
    }
    return S_bounds_bytewise(t, a, &cap, p, end);
}

#endif

/* Is u + i a two-byte character U+00C0 .. U+017F (lead byte 0xC3 .. 0xC5),
 * the accented letters and ligatures of French?  Such a pair is always
 * valid UTF-8, so it skips the general decoder. */
static bool S_is_latin_letter(const unsigned char *u, size_t i, size_t len)
{
    return u[i] >= 0xC3 && u[i] <= 0xC5 && i + 1 < len && (u[i + 1] & 0xC0) == 0x80;
}

/* Folds the letter at u + i (S_is_latin_letter) into one or two bytes.
 * Two are written either way, without a branch (o + 1 <= i + 1 < len: in
 * room; a second byte not kept is written over next, or lies past the
 * folded text's NUL). */
static size_t S_fold_latin(syevp_text *t, size_t o, const unsigned char *u, size_t i)
{
    uint32_t cp = ((u[i] & 0x1Fu) << 6) | (u[i + 1] & 0x3Fu);
    const char *rep = latin_fold[cp - 0xC0]; /* one or two bytes, never NULL */
    char *const fold = t->fold;
    uint32_t *const map = t->map;
    memcpy(fold + o, rep, 2); /* the second byte, or the NUL after the first */
    map[o] = (uint32_t)i;
    map[o + 1] = (uint32_t)i;
    return o + 1 + (rep[1] != '\0');
}

/* Folds the byte sequence at u + i that is neither ASCII nor a Latin
 * letter into t at o; returns its length, 0 when it is invalid UTF-8. */
static size_t S_fold_decoded(syevp_text *t, size_t *o, const unsigned char *u, size_t i, size_t len)
{
    uint32_t cp = 0;
    const size_t n = S_decode(u + i, len - i, &cp);
    if (n)
        *o = S_fold_other(t, *o, u, i, n, cp);
    return n;
}

/* Folds the character at u + *i, beyond ASCII, into t->fold and t->map
 * at *o, moving both on; false when it is not valid UTF-8 (*i stays). */
static bool S_fold_beyond_ascii(syevp_text *t, size_t *o, const unsigned char *u, size_t *i,
                                size_t len)
{
    if (S_is_latin_letter(u, *i, len)) {
        *o = S_fold_latin(t, *o, u, *i);
        *i += 2;
        return true;
    }
    const size_t n = S_fold_decoded(t, o, u, *i, len);
    *i += n;
    return n != 0;
}

/* Ends the folded text at o (len: the original's length). */
static void S_fold_end(syevp_text *t, size_t o, size_t len)
{
    t->fold[o] = '\0';
    t->map[o] = (uint32_t)len;
    t->fold_len = o;
}

#if defined(__SSE2__)
/* Folds and maps the sixteen bytes at u, offset i of the text, into fold
 * and map; returns their bytes beyond ASCII as a mask (bit k: byte k). */
static unsigned S_fold_block(char *fold, uint32_t *map, const unsigned char *u, size_t i)
{
    const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)u);
    _mm_storeu_si128((__m128i *)(void *)fold, S_fold16(v));
    S_map16(map, (uint32_t)i);
    return (unsigned)_mm_movemask_epi8(v);
}

/* Folds the `len` bytes at u into t->fold and t->map, validating them on the
 * way (the same way as syevp_utf8_validate): false, with *bad at the first
 * invalid byte, when they are not UTF-8.  Sixteen bytes are folded and
 * mapped at a time, up to the first byte beyond ASCII; the bytes after it
 * are written again once it is folded (t->fold and t->map have room for
 * sixteen from any o <= i < len), so an accented letter costs no restart
 * of a slower loop. */
static bool S_fold_text(syevp_text *t, const unsigned char *u, size_t len, size_t *bad)
{
    size_t i = 0, o = 0;
    /* in locals: a store through t->fold could change t->map, for all the
     * compiler knows, and t->map would be read again at every step */
    char *const fold = t->fold;
    uint32_t *const map = t->map;
    while (i < len) {
        unsigned high = 0;
        for (; i + 16 <= len; i += 16, o += 16)
            if ((high = S_fold_block(fold + o, map + o, u + i, i)) != 0)
                break;
        if (!high) { /* the last bytes, fewer than sixteen, from a copy */
            unsigned char last[16] = {0};
            memcpy(last, u + i, len - i);
            if (i == len || !(high = S_fold_block(fold + o, map + o, last, i))) {
                o += len - i;
                break;
            }
        }
        i += syevp_lowest_bit(high);
        o += syevp_lowest_bit(high);
        if (!S_fold_beyond_ascii(t, &o, u, &i, len)) {
            *bad = i;
            return false;
        }
    }
    S_fold_end(t, o, len);
    return true;
}
#else
/* Folds one ASCII byte as S_fold8 does. */
static char S_fold_byte(unsigned char c)
{
    return (char)(c >= 'A' && c <= 'Z' ? c + 32 : c == 0 ? ' ' : c);
}

/* Folds the ASCII run at u + i, eight bytes at a time, into t->fold and
 * t->map at o; the run stops at the first byte beyond ASCII, and its last
 * bytes (fewer than eight before the end of the text) are left to the next
 * call, one by one.  Returns its length (at least 1: u[i] is ASCII). */
static size_t S_fold_ascii(syevp_text *t, size_t o, const unsigned char *u, size_t i, size_t len)
{
    size_t k = 0;
    for (; i + k + 8 <= len && syevp_little_endian(); k += 8) {
        /* All eight are written even when some are beyond ASCII: only those
         * before them count, the rest is written again by the caller
         * (o <= i, so there is room). */
        uint64_t w;
        memcpy(&w, u + i + k, 8);
        const uint64_t folded = S_fold8(w);
        memcpy(t->fold + o + k, &folded, 8);
        for (uint32_t b = 0; b < 8; b++)
            t->map[o + k + b] = (uint32_t)(i + k) + b;
        if (w & HIGHS)
            return k + syevp_lowest_bit(S_gather8(w & HIGHS));
    }
    if (k)
        return k;
    t->fold[o] = S_fold_byte(u[i]);
    t->map[o] = (uint32_t)i;
    return 1;
}

/* Folds the `len` bytes at u into t->fold and t->map, validating them on the
 * way (the same way as syevp_utf8_validate): false, with *bad at the first
 * invalid byte, when they are not UTF-8. */
static bool S_fold_text(syevp_text *t, const unsigned char *u, size_t len, size_t *bad)
{
    size_t i = 0, o = 0;
    while (i < len) {
        if (u[i] < 0x80) {
            size_t run = S_fold_ascii(t, o, u, i, len);
            i += run;
            o += run;
            continue;
        }
        if (!S_fold_beyond_ascii(t, &o, u, &i, len)) {
            *bad = i;
            return false;
        }
    }
    S_fold_end(t, o, len);
    return true;
}

#endif

/* Room in t->fold and t->map past the folded text's NUL: S_fold_text
 * writes sixteen bytes from any offset before the end. */
#define FOLD_SLACK 16

/* Allocates t->map, t->bounds_from_chunk, t->orig (a copy of s) and
 * t->fold in one block, which t->map points to: one allocator call instead
 * of four.  Every replacement is at most as long as its UTF-8 source ("..."
 * for the 3-byte ellipsis, "oe" for the 2-byte oe ligature), so the folded
 * text never outgrows the original. */
static size_t S_text_size(size_t len)
{
    const size_t map_n = len + FOLD_SLACK, chunks_n = len / SYEVP_BOUND_CHUNK + 1;
    return (map_n + chunks_n) * sizeof(uint32_t) + (len + 1) + (len + FOLD_SLACK);
}

/* The boundaries S_find_bounds first makes room for, at most (the folded
 * text is no longer than len). */
static size_t S_bounds_first_cap(size_t len)
{
    return len / 2 + 16;
}

/* With `block` (syevp_text_block_size(len) bytes from the caller), carves
 * the initial t->bounds there too. */
static bool S_alloc_text(syevp_text *t, const syev_allocator *a, void *block, const char *s,
                         size_t len)
{
    const size_t map_n = len + FOLD_SLACK, chunks_n = len / SYEVP_BOUND_CHUNK + 1;
    if (len > (SIZE_MAX - 64) / 8)
        return false;
    t->map = block ? block : syevp_malloc(a, S_text_size(len));
    if (!t->map)
        return false;
    t->borrowed = block != NULL;
    t->bounds_from_chunk = t->map + map_n;
    if (block) {
        t->bounds = t->bounds_from_chunk + chunks_n;
        t->bounds_borrowed = true;
        t->orig = (char *)(t->bounds + S_bounds_first_cap(len));
    } else {
        t->orig = (char *)(t->bounds_from_chunk + chunks_n);
    }
    t->fold = t->orig + len + 1;
    memcpy(t->orig, s, len);
    t->orig[len] = '\0';
    return true;
}

/* Documents longer than this are checked for UTF-8 before anything is
 * allocated for them. */
#define PREVALIDATE_FROM ((size_t)1 << 20)

size_t syevp_text_block_size(size_t len)
{
    if (len > PREVALIDATE_FROM) /* checked before anything is allocated */
        return 0;
    return S_text_size(len) + S_bounds_first_cap(len) * sizeof(uint32_t);
}

syev_status syevp_text_init(syevp_text *t, const syev_allocator *a, const char *s, size_t len,
                            syev_error *err)
{
    return syevp_text_init_in(t, a, NULL, s, len, err);
}

syev_status syevp_text_init_in(syevp_text *t, const syev_allocator *a, void *block, const char *s,
                               size_t len, syev_error *err)
{
    /* Invalid UTF-8 is reported before any other error, and before the
     * copies are allocated: a huge invalid document must not cost six
     * times its size first.  Folding checks the same way as it goes and
     * reports the same byte, so a document of ordinary size skips this
     * first pass (a twentieth of the time spent here). */
    size_t bad = 0;
    if (len > PREVALIDATE_FROM && syevp_utf8_validate(s, len, &bad) != SYEV_OK)
        return syevp_fail(err, SYEV_ERR_UTF8, bad, 0, "invalid UTF-8 at byte %zu", bad);
    if (len >= UINT32_MAX)
        return syevp_fail(err, SYEV_ERR_TOO_LARGE, 0, 0, "document of %zu bytes is too large", len);
    if (!S_alloc_text(t, a, block, s, len)) {
        syevp_text_release(t, a);
        return syevp_fail(err, SYEV_ERR_NOMEM, 0, 0, "out of memory folding the text");
    }
    t->orig_len = len;
    if (!S_fold_text(t, (const unsigned char *)s, len, &bad)) {
        syevp_text_release(t, a);
        return syevp_fail(err, SYEV_ERR_UTF8, bad, 0, "invalid UTF-8 at byte %zu", bad);
    }
    if (!S_find_bounds(t, a)) {
        syevp_text_release(t, a);
        return syevp_fail(err, SYEV_ERR_NOMEM, 0, 0, "out of memory folding the text");
    }
    return SYEV_OK;
}

int syevp_text_bounds_agree(const char *fold, size_t fold_len)
{
    syev_allocator a;
    syevp_allocator_init(&a, NULL);
    syevp_text t;
    memset(&t, 0, sizeof t);
    t.fold = (char *)(uintptr_t)fold; /* only read; t.fold is not freed */
    t.fold_len = fold_len;
    t.bounds_from_chunk = syevp_malloc(&a, (fold_len / SYEVP_BOUND_CHUNK + 1) * sizeof(uint32_t));
    if (!t.bounds_from_chunk || !S_find_bounds(&t, &a)) {
        syevp_free(&a, t.bounds);
        syevp_free(&a, t.bounds_from_chunk);
        return -1;
    }
    const unsigned char *s = (const unsigned char *)fold;
    size_t n = 0;
    bool agree = true, high = false;
    for (size_t p = 0; p <= fold_len && agree; p++) {
        high = high || s[p] >= 0x80;
        if (p % SYEVP_BOUND_CHUNK == 0)
            agree = t.bounds_from_chunk[p / SYEVP_BOUND_CHUNK] == n;
        if (S_maybe_boundary(s, fold_len, p))
            agree = agree && n < t.bound_count && t.bounds[n++] == p;
    }
    agree = agree && n == t.bound_count && t.fold_ascii == !high;
    syevp_free(&a, t.bounds);
    syevp_free(&a, t.bounds_from_chunk);
    return agree;
}

bool syevp_fold_for_test(const syev_allocator *a, const char *text, size_t len, uint32_t pairs,
                         syevp_text *t, pcre2_match_data **md)
{
    syev_error err;
    memset(t, 0, sizeof *t);
    *md = pcre2_match_data_create(pairs, NULL);
    if (*md && syevp_text_init(t, a, text, len, &err) == SYEV_OK)
        return true;
    pcre2_match_data_free(*md);
    *md = NULL;
    return false;
}

void syevp_text_release(syevp_text *t, const syev_allocator *a)
{
    if (!t->borrowed)
        syevp_free(a, t->map); /* with orig, fold and bounds_from_chunk (S_alloc_text) */
    if (!t->bounds_borrowed)
        syevp_free(a, t->bounds);
    memset(t, 0, sizeof *t);
}

bool syevp_only_blanks(const char *s, size_t b, size_t e)
{
    for (size_t i = b; i < e; i++)
        if (s[i] != ' ' && s[i] != '\t')
            return false;
    return true;
}
