/* json.c — the JSON writer and the rendering of documents. */
#include <cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json_private.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

void syevp_buf_init(syevp_buf *b, const syev_allocator *a)
{
    memset(b, 0, sizeof *b);
    b->alloc = a;
}

void syevp_buf_init_output(syevp_buf *b, const syev_allocator *a, size_t size_hint)
{
    syevp_buf_init(b, a);
    b->handed_out = true;
    b->data = size_hint < SIZE_MAX ? syevp_out_alloc(a, size_hint + 1) : NULL;
    if (!b->data) {
        b->failed = true;
        return;
    }
    b->cap = size_hint + 1;
    b->data[0] = '\0';
}

void syevp_buf_release(syevp_buf *b)
{
    if (b->handed_out)
        syev_free(b->data);
    else
        syevp_free(b->alloc, b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

/* S_grow for a buffer of syevp_out_alloc: a new block and a copy (the
 * block cannot be reallocated, its header lies before it). */
static bool S_grow_output(syevp_buf *b, size_t need)
{
    size_t cap = b->cap;
    while (cap < need) {
        if (cap > SIZE_MAX / 2)
            return false;
        cap = cap ? 2 * cap : 64;
    }
    char *data = syevp_out_alloc(b->alloc, cap);
    if (!data)
        return false;
    memcpy(data, b->data, b->len);
    syev_free(b->data);
    b->data = data;
    b->cap = cap;
    return true;
}

/* Marks the buffer failed.  It also has no room left from then on, so
 * that S_reserve's one test (room) sends every later write to S_grow, which
 * refuses it. */
static void S_fail(syevp_buf *b)
{
    b->failed = true;
    b->cap = b->len;
}

/* Slow path of S_reserve: grows the buffer (geometrically, so appends stay
 * amortised O(1)), or marks it failed. */
static bool S_grow(syevp_buf *b, size_t extra)
{
    if (b->failed)
        return false;
    bool grown = extra <= SIZE_MAX - b->len - 1 &&
                 (b->handed_out ? S_grow_output(b, b->len + extra + 1)
                                : syevp_grow(b->alloc, (void **)&b->data, &b->cap,
                                             b->len + extra + 1, 1));
    if (!grown)
        S_fail(b);
    return grown;
}

/* Room for `extra` more bytes plus one spare (for vsnprintf's NUL, and the
 * NUL syevp_buf_finish ends the data with).  The check is inline: a
 * document's JSON is a few thousand small appends.  A failed buffer has no
 * room (S_fail). */
static inline bool S_reserve(syevp_buf *b, size_t extra)
{
    if (extra < b->cap - b->len)
        return true;
    return S_grow(b, extra);
}

/* Ends the data with a NUL, in the spare byte of S_reserve: each syevp_*
 * writer does when it returns, the static ones inside do not (a line is
 * thousands of small writes). */
static inline void S_end(syevp_buf *b)
{
    if (b->cap > b->len) /* not when nothing was ever reserved */
        b->data[b->len] = '\0';
}

/* Appends without checking room: the caller reserved it. */
static inline void S_append(syevp_buf *b, const char *s, size_t n)
{
    memcpy(b->data + b->len, s, n);
    b->len += n;
}

static inline void S_put(syevp_buf *b, const char *s, size_t n)
{
    if (S_reserve(b, n))
        S_append(b, s, n);
}

/* A string literal, its length known at compile time. */
#define S_PUT_LIT(b, lit) S_put((b), "" lit, sizeof(lit) - 1)

static inline void S_putc(syevp_buf *b, char c)
{
    if (S_reserve(b, 1))
        b->data[b->len++] = c;
}

void syevp_buf_putn(syevp_buf *b, const char *s, size_t n)
{
    S_put(b, s, n);
    S_end(b);
}

void syevp_buf_puts(syevp_buf *b, const char *s)
{
    S_put(b, s, strlen(s));
    S_end(b);
}

void syevp_buf_putc(syevp_buf *b, char c)
{
    S_putc(b, c);
    S_end(b);
}

void syevp_buf_printf(syevp_buf *b, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        S_fail(b);
        return;
    }
    if ((size_t)n < sizeof small) {
        S_put(b, small, (size_t)n);
        S_end(b);
        return;
    }
    if (!S_reserve(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

syev_status syevp_buf_finish(syevp_buf *b, char **out, syev_error *err)
{
    *out = NULL;
    if (b->handed_out && !b->failed) {
        /* The size hint overshoots (by 40% on news text): a caller keeping
         * many documents' JSON should not keep the slack.  Shrinking
         * usually happens in place, no copy. */
        S_end(b);
        *out = b->cap > b->len + 1 ? syevp_out_shrink(b->data, b->len + 1) : b->data;
        b->data = NULL;
        b->len = b->cap = 0;
        return SYEV_OK;
    }
    char *s = b->failed ? NULL : syevp_out_alloc(b->alloc, b->len + 1);
    if (!s) {
        syevp_buf_release(b);
        return syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory writing JSON");
    }
    if (b->len)
        memcpy(s, b->data, b->len);
    s[b->len] = '\0';
    syevp_buf_release(b);
    *out = s;
    return SYEV_OK;
}

/* The string writers' inner steps, inlined into each writer even when the
 * compiler would not on its own (the calls cost as much as a short copy). */
#if defined(__GNUC__) || defined(__clang__)
#define S_HOT_INLINE inline __attribute__((always_inline))
#else
#define S_HOT_INLINE inline
#endif

/* Bytes a JSON string cannot hold as they are: control characters, '"'
 * and '\\'.  Everything else, UTF-8 included, is copied verbatim. */
static const unsigned char S_needs_escape[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    ['"'] = 1, ['\\'] = 1,
};

/* Nonzero when one of the 8 bytes of w needs an escape: a byte below 0x20,
 * '"' or '\\'.  Word-at-a-time tests ("a byte less than n" and "a zero
 * byte" from Hacker's Delight, 6-1): exact as to whether some byte matches,
 * which is all the caller asks, and blind to bytes >= 0x80 (UTF-8).  One
 * test takes the control bytes and '"' together: c ^ 2 maps 0x00..0x1F onto
 * itself and '"' (0x22) onto 0x20, every other byte above 0x20. */
static inline uint64_t S_word_needs_escape(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    const uint64_t control_or_quote = w ^ (ones * 0x02), backslash = w ^ (ones * '\\');
    return (((control_or_quote - ones * 0x21) & ~control_or_quote) |
            ((backslash - ones) & ~backslash)) &
           highs;
}

/* Copies the 8 bytes at s to out when none needs an escape. */
static inline bool S_copy_plain_word(char *out, const char *s)
{
    uint64_t w;
    memcpy(&w, s, sizeof w);
    if (S_word_needs_escape(w))
        return false;
    memcpy(out, &w, sizeof w);
    return true;
}

/* Copies the 4 to 7 bytes at s to out when none needs an escape: their
 * first four and last four (overlapping) tested as one word. */
static inline bool S_copy_plain_short(char *out, const char *s, size_t n)
{
    uint32_t head, tail;
    memcpy(&head, s, sizeof head);
    memcpy(&tail, s + n - 4, sizeof tail);
    if (S_word_needs_escape((uint64_t)head << 32 | tail))
        return false;
    memcpy(out + n - 4, &tail, sizeof tail);
    memcpy(out, &head, sizeof head);
    return true;
}

#if defined(__SSE2__)
/* Whether one of the 16 bytes of v needs an escape (S_needs_escape):
 * x < 0x20 is x ^ 0x80 < 0x20 ^ 0x80 as signed bytes. */
static inline bool S_needs_escape16(__m128i v)
{
    const __m128i control =
        _mm_cmplt_epi8(_mm_xor_si128(v, _mm_set1_epi8((char)0x80)), _mm_set1_epi8((char)(0x20 ^ 0x80)));
    const __m128i special = _mm_or_si128(
        control, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                              _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
    return _mm_movemask_epi8(special) != 0;
}

/* Copies the 16 bytes at s to out when none needs an escape. */
static inline bool S_copy_plain16(char *out, const char *s)
{
    const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
    if (S_needs_escape16(v))
        return false;
    _mm_storeu_si128((__m128i *)(void *)out, v);
    return true;
}

/* Copies the 8 to 16 bytes at s to out when none needs an escape: their
 * first eight and last eight (overlapping) tested as one vector. */
static inline bool S_copy_plain_8to16(char *out, const char *s, size_t n)
{
    const __m128i head = _mm_loadl_epi64((const __m128i *)(const void *)s);
    const __m128i tail = _mm_loadl_epi64((const __m128i *)(const void *)(s + n - 8));
    if (S_needs_escape16(_mm_unpacklo_epi64(head, tail)))
        return false;
    _mm_storel_epi64((__m128i *)(void *)(out + n - 8), tail);
    _mm_storel_epi64((__m128i *)(void *)out, head);
    return true;
}
#endif

/* Copies s[0..n) to out up to the first byte needing an escape; returns
 * how many bytes it copied (n when none needs one).  16 bytes at a time
 * with SSE2 (every x86-64), the last ones as the string's last 16, a
 * string of 8 to 16 bytes as two overlapping halves in one vector; then
 * (without SSE2, or from the vector that holds a byte needing an escape) 8
 * at a time; the last bytes as the string's last 8 (copied twice,
 * harmlessly) when it has that many, a short string as two overlapping
 * halves, byte by byte otherwise or past a word needing an escape. */
static S_HOT_INLINE size_t S_copy_plain(char *out, const char *s, size_t n)
{
    size_t i = 0;
#if defined(__SSE2__)
    if (n > 16) {
        while (n - i >= 16 && S_copy_plain16(out + i, s + i))
            i += 16;
        if (i == n || (n - i < 16 && S_copy_plain16(out + n - 16, s + n - 16)))
            return n;
    } else if (n >= 8 && S_copy_plain_8to16(out, s, n)) {
        return n;
    }
#endif
    while (n - i >= 8 && S_copy_plain_word(out + i, s + i))
        i += 8;
    if (n - i < 8 && n >= 8 && S_copy_plain_word(out + n - 8, s + n - 8))
        return n;
    if (n >= 4 && n < 8 && S_copy_plain_short(out, s, n))
        return n;
    for (; i < n && !S_needs_escape[(unsigned char)s[i]]; i++)
        out[i] = s[i];
    return i;
}

/* The escape of a byte of S_needs_escape into out; returns its length. */
static size_t S_escape(unsigned char c, char out[6])
{
    static const char hex[] = "0123456789abcdef";
    char short_form = c == '"' ? '"' : c == '\\' ? '\\' : c == '\n' ? 'n' : c == '\r' ? 'r'
                    : c == '\t' ? 't' : 0;
    out[0] = '\\';
    if (short_form) {
        out[1] = short_form;
        return 2;
    }
    memcpy(out + 1, "u00", 3);
    out[4] = hex[c >> 4];
    out[5] = hex[c & 15];
    return 6;
}

/* The rest of a string literal from s[0], a byte needing an escape, to
 * s[n), and its closing quote: the slow path of the string writers. */
static void S_json_str_escaped(syevp_buf *b, const char *s, size_t n)
{
    size_t i = 0;
    for (;;) {
        char esc[6];
        size_t esc_len = S_escape((unsigned char)s[i++], esc);
        /* an escape is longer than its byte: room for it and the rest */
        if (!S_reserve(b, esc_len + n - i + 1))
            return;
        S_append(b, esc, esc_len);
        size_t run = S_copy_plain(b->data + b->len, s + i, n - i);
        b->len += run;
        i += run;
        if (i == n)
            break;
    }
    S_append(b, "\"", 1);
}

/* Writes the bytes of s[0..n) and the closing quote at o, in room reserved
 * for them when none needs an escape; o is where the opening quote ends.
 * `ends_at_nul`: s stops at its first NUL byte, if any (a NUL needs an
 * escape, so only the slow path looks for one). */
static S_HOT_INLINE void S_json_str_at(syevp_buf *b, char *o, const char *s, size_t n,
                                       bool ends_at_nul)
{
    size_t run = S_copy_plain(o, s, n);
    o += run;
    b->len = (size_t)(o - b->data);
    if (run < n && ends_at_nul) {
        const char *nul = memchr(s + run, '\0', n - run);
        if (nul)
            n = (size_t)(nul - s);
    }
    if (run < n) {
        S_json_str_escaped(b, s + run, n - run);
        return;
    }
    o[0] = '"';
    b->len++;
}

void syevp_json_str(syevp_buf *b, const char *s, size_t n)
{
    /* Room for the common case, no escape: the quotes and the bytes. */
    if (!S_reserve(b, n + 2))
        return;
    char *o = b->data + b->len;
    *o++ = '"';
    S_json_str_at(b, o, s, n, false);
    S_end(b);
}

void syevp_json_str_or_empty(syevp_buf *b, const char *s)
{
    syevp_json_str(b, s ? s : "", s ? strlen(s) : 0);
}

/* A key and its string value are written with one room check: the key is
 * a literal padded with NULs to S_KEY_ROOM bytes (compilers warn about a
 * longer one: an error under -Werror), copied at that constant size and
 * advanced by its own length. */
#define S_KEY_ROOM 24

/* key then s[0..n) as a JSON string (up to its first NUL when
 * `ends_at_nul`); an empty string is written null when `null_when_empty`,
 * "" otherwise. */
static S_HOT_INLINE void S_field_chars_in_room(syevp_buf *b, const char key[S_KEY_ROOM],
                                               size_t key_len, const char *s, size_t n,
                                               bool null_when_empty, bool ends_at_nul)
{
    char *o = b->data + b->len;
    memcpy(o, key, S_KEY_ROOM);
    o += key_len;
    if (n == 0 && null_when_empty) {
        memcpy(o, "null", 5);
        b->len = (size_t)(o + 4 - b->data);
        return;
    }
    *o++ = '"';
    S_json_str_at(b, o, s, n, ends_at_nul);
}

/* The room S_field_chars_in_room needs when no byte needs an escape: the
 * key (copied at its padded size), and the quotes or null. */
#define S_FIELD_ROOM(n) (S_KEY_ROOM + (n) + 4)

static S_HOT_INLINE void S_field_chars(syevp_buf *b, const char key[S_KEY_ROOM], size_t key_len,
                                       const char *s, size_t n, bool null_when_empty,
                                       bool ends_at_nul)
{
    if (S_reserve(b, S_FIELD_ROOM(n)))
        S_field_chars_in_room(b, key, key_len, s, n, null_when_empty, ends_at_nul);
}

/* key then s as a JSON string; NULL or "" is written null when
 * `null_when_empty`, "" otherwise. */
static void S_field_str(syevp_buf *b, const char key[S_KEY_ROOM], size_t key_len, const char *s,
                        bool null_when_empty)
{
    S_field_chars(b, key, key_len, s, s ? strlen(s) : 0, null_when_empty, false);
}

#define S_KEY(lit) (const char[S_KEY_ROOM]){"" lit}, sizeof(lit) - 1
/* ,"key":"value" or ,"key":null -- `key` is the literal ,"key": */
#define S_FIELD_STR_OR_NULL(b, key, s) S_field_str((b), S_KEY(key), (s), true)
/* ,"key":"value" or ,"key":"" */
#define S_FIELD_STR_OR_EMPTY(b, key, s) S_field_str((b), S_KEY(key), (s), false)

/* A name of a public enum as JSON, quoted (or null), padded with NULs to
 * S_NAME_ROOM bytes: written as a key's value is, with no length to count
 * and nothing to escape (the names are plain ASCII). */
#define S_NAME_ROOM 16
typedef struct S_json_name {
    char text[S_NAME_ROOM];
    size_t len;
} S_json_name;

#define S_QUOTED(name) {"\"" name "\"", sizeof(name) + 1},
/* Indexed by the enum's value: null where syev_*_name() gives NULL, or
 * where the writer writes null (SYEV_GRAN_UNKNOWN). */
static const S_json_name S_MOD_JSON[] = {{"null", 4}, SYEVP_MOD_NAMES(S_QUOTED)};
static const S_json_name S_GRANULARITY_JSON[] = {{"null", 4}, SYEVP_GRANULARITY_NAMES(S_QUOTED)};
static const S_json_name S_ANCHOR_JSON[] = {SYEVP_ANCHOR_NAMES(S_QUOTED)};
static const S_json_name S_EVENT_TYPE_JSON[] = {SYEVP_EVENT_TYPE_NAMES(S_QUOTED)};
static const S_json_name S_FACTUALITY_JSON[] = {SYEVP_FACTUALITY_NAMES(S_QUOTED)};
#undef S_QUOTED

/* key then the name, in room reserved for them (S_NAME_FIELD_ROOM). */
#define S_NAME_FIELD_ROOM (S_KEY_ROOM + S_NAME_ROOM)
static S_HOT_INLINE void S_field_name_in_room(syevp_buf *b, const char key[S_KEY_ROOM],
                                              size_t key_len, const S_json_name *name)
{
    char *o = b->data + b->len;
    memcpy(o, key, S_KEY_ROOM);
    o += key_len;
    memcpy(o, name->text, S_NAME_ROOM); /* at its padded size */
    b->len = (size_t)(o + name->len - b->data);
}

/* key then the name, with one room check. */
static S_HOT_INLINE void S_field_name(syevp_buf *b, const char key[S_KEY_ROOM], size_t key_len,
                         const S_json_name *name)
{
    if (S_reserve(b, S_NAME_FIELD_ROOM))
        S_field_name_in_room(b, key, key_len, name);
}

/* ,"key":"name" for the value v of an enum: from its table, or (a value
 * out of the enum's range) as `name_of_other` gives it, null for NULL. */
#define S_FIELD_NAME(b, key, table, v, name_of_other)                                            \
    ((unsigned)(v) < sizeof table / sizeof *table                                                 \
         ? S_field_name((b), S_KEY(key), &table[(unsigned)(v)])                                    \
         : S_field_str((b), S_KEY(key), (name_of_other), true))
/* The same in room reserved for it (S_NAME_FIELD_ROOM; the other names,
 * which check room themselves, take no more: null). */
#define S_FIELD_NAME_IN_ROOM(b, key, table, v, name_of_other)                                    \
    ((unsigned)(v) < sizeof table / sizeof *table                                                 \
         ? S_field_name_in_room((b), S_KEY(key), &table[(unsigned)(v)])                            \
         : S_field_str((b), S_KEY(key), (name_of_other), true))

/* How many decimal digits n has (1 for 0). */
static inline size_t S_digit_count(size_t n)
{
    size_t count = 1;
    for (; n >= 10000; n /= 10000)
        count += 4;
    return count + (n >= 10) + (n >= 100) + (n >= 1000);
}

/* "00", "01" ... "99": digits are written two at a time. */
#define S_DEC_ROW(t) t "0" t "1" t "2" t "3" t "4" t "5" t "6" t "7" t "8" t "9"
static const char S_TWO_DIGITS[] = S_DEC_ROW("0") S_DEC_ROW("1") S_DEC_ROW("2") S_DEC_ROW("3")
    S_DEC_ROW("4") S_DEC_ROW("5") S_DEC_ROW("6") S_DEC_ROW("7") S_DEC_ROW("8") S_DEC_ROW("9");
#undef S_DEC_ROW

/* The last `width` digits of n, zeros on the left, written at out. */
static inline void S_put_digits(char *out, unsigned long long n, size_t width)
{
    for (; width >= 2; width -= 2, n /= 100)
        memcpy(out + width - 2, S_TWO_DIGITS + 2 * (n % 100), 2);
    if (width)
        out[0] = (char)('0' + n % 10);
}

/* syevp_size_digits: counted first, so written in place from the right.
 * Offsets in a news text mostly have 2 to 4 digits: below 10000 they are
 * written as one or two pairs (and a digit) without the general loop. */
static inline size_t S_size_digits(size_t n, char *out)
{
    if (n < 100) {
        if (n < 10) {
            out[0] = (char)('0' + n);
            return 1;
        }
        memcpy(out, S_TWO_DIGITS + 2 * n, 2);
        return 2;
    }
    if (n < 10000) {
        const size_t high = n / 100, low = n % 100;
        if (high < 10) {
            out[0] = (char)('0' + high);
            memcpy(out + 1, S_TWO_DIGITS + 2 * low, 2);
            return 3;
        }
        memcpy(out, S_TWO_DIGITS + 2 * high, 2);
        memcpy(out + 2, S_TWO_DIGITS + 2 * low, 2);
        return 4;
    }
    const size_t len = S_digit_count(n);
    S_put_digits(out, n, len);
    return len;
}

size_t syevp_size_digits(size_t n, char out[SYEVP_SIZE_DIGITS])
{
    return S_size_digits(n, out);
}

static inline void S_put_size(syevp_buf *b, size_t n)
{
    if (!S_reserve(b, SYEVP_SIZE_DIGITS))
        return;
    b->len += S_size_digits(n, b->data + b->len);
}

void syevp_buf_put_size(syevp_buf *b, size_t n)
{
    S_put_size(b, n);
    S_end(b);
}

double syevp_decimal_scale(int decimals)
{
    static const double scale[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    return scale[decimals];
}

/* syevp_fixed_point, inlined into the number writer. */
static inline bool S_fixed_point(double v, int decimals, long long *k)
{
    if (decimals < 0 || decimals > 9 || !(v > -1e9 && v < 1e9))
        return false;
    const double x = v * syevp_decimal_scale(decimals);
    const double r = x < 0 ? -(double)(long long)(-x + 0.5) : (double)(long long)(x + 0.5);
    /* far from a half: printf's rounding of the exact value gives r too */
    if (x - r > 0.25 || r - x > 0.25)
        return false;
    *k = (long long)r;
    return true;
}

bool syevp_fixed_point(double v, int decimals, long long *k)
{
    return S_fixed_point(v, decimals, k);
}

/* v with `decimals` digits, trailing zeros dropped, without printf: k =
 * v * 10^decimals split into its integer part and its fraction, which is
 * written with all its digits, zeros on the left (0.05), and loses its
 * trailing zeros (0.950 is written 0.95), all in one room check. */
static void S_put_fixed(syevp_buf *b, long long k, int decimals)
{
    static const unsigned long long powers[] = {1,         10,        100,        1000,
                                                10000,     100000,    1000000,    10000000,
                                                100000000, 1000000000};
    const unsigned long long u = k < 0 ? 0ull - (unsigned long long)k : (unsigned long long)k;
    const unsigned long long scale = powers[decimals]; /* decimals from 0 to 9: S_fixed_point */
    const unsigned long long whole = u / scale; /* below 1e9: |v| < 1e9 */
    const unsigned long long frac = u % scale;
    if (!S_reserve(b, 2 + SYEVP_SIZE_DIGITS + (size_t)decimals)) /* sign and point */
        return;
    char *o = b->data + b->len;
    if (k < 0)
        *o++ = '-';
    o += S_size_digits((size_t)whole, o);
    if (frac) {
        *o++ = '.';
        size_t frac_digits = (size_t)decimals;
        S_put_digits(o, frac, frac_digits);
        while (o[frac_digits - 1] == '0') /* frac is not 0: a digit is not */
            frac_digits--;
        o += frac_digits;
    }
    b->len = (size_t)(o - b->data);
}

static bool S_json_fixed(syevp_buf *b, double v, int decimals)
{
    long long k;
    if (!S_fixed_point(v, decimals, &k))
        return false;
    S_put_fixed(b, k, decimals);
    return true;
}

static void S_json_num(syevp_buf *b, double v, int decimals)
{
    char tmp[64];
    if (v != v || v > 1e300 || v < -1e300) { /* NaN / inf are not JSON */
        S_PUT_LIT(b, "null");
        return;
    }
    if (S_json_fixed(b, v, decimals))
        return;
    int n = snprintf(tmp, sizeof tmp, "%.*f", decimals, v);
    if (n <= 0 || (size_t)n >= sizeof tmp) {
        S_PUT_LIT(b, "null");
        return;
    }
    if (strchr(tmp, '.')) {
        while (n > 1 && tmp[n - 1] == '0')
            tmp[--n] = '\0';
        if (tmp[n - 1] == '.')
            tmp[--n] = '\0';
    }
    if (strcmp(tmp, "-0") == 0)
        strcpy(tmp, "0");
    S_put(b, tmp, strlen(tmp));
}

void syevp_json_num(syevp_buf *b, double v, int decimals)
{
    S_json_num(b, v, decimals);
    S_end(b);
}

/* ------------------------------------------------------------------ */
/* Writing entries, timexes and documents                              */
/* ------------------------------------------------------------------ */

/* ,"key":[begin,end] -- `prefix` is ,"key":[ -- with one room check. */
#define S_SPAN_ROOM (S_KEY_ROOM + 2 * SYEVP_SIZE_DIGITS + 2)

static S_HOT_INLINE void S_json_span_in_room(syevp_buf *b, const char prefix[S_KEY_ROOM],
                                             size_t prefix_len, syev_span s)
{
    char *o = b->data + b->len;
    memcpy(o, prefix, S_KEY_ROOM);
    o += prefix_len;
    o += S_size_digits(s.begin, o);
    *o++ = ',';
    o += S_size_digits(s.end, o);
    *o++ = ']';
    b->len = (size_t)(o - b->data);
}

static S_HOT_INLINE void S_json_span(syevp_buf *b, const char prefix[S_KEY_ROOM],
                                     size_t prefix_len, syev_span s)
{
    if (S_reserve(b, S_SPAN_ROOM))
        S_json_span_in_room(b, prefix, prefix_len, s);
}

#define S_JSON_SPAN(b, key, span) S_json_span((b), S_KEY(",\"" key "\":["), (span))

static const char *S_gran_or_null(syev_granularity g)
{
    return g == SYEV_GRAN_UNKNOWN ? NULL : syev_granularity_name(g);
}

/* The date fields shared by entries and timexes (no braces), with one room
 * check: room for the worst, every byte escaped as \u00XX, so that the
 * escapes (which check room themselves) never take more. */
static void S_json_date_fields(syevp_buf *b, const syev_date *d)
{
    const size_t value = strlen(d->value), begin = strlen(d->begin), end = strlen(d->end);
    if (!S_reserve(b, S_FIELD_ROOM(6 * value) + S_FIELD_ROOM(6 * begin) + S_FIELD_ROOM(6 * end) +
                          2 * S_NAME_FIELD_ROOM))
        return;
    S_field_chars_in_room(b, S_KEY(",\"value\":"), d->value, value, true, false);
    S_FIELD_NAME_IN_ROOM(b, ",\"mod\":", S_MOD_JSON, d->mod, syev_mod_name(d->mod));
    S_field_chars_in_room(b, S_KEY(",\"begin\":"), d->begin, begin, true, false);
    S_field_chars_in_room(b, S_KEY(",\"end\":"), d->end, end, true, false);
    S_FIELD_NAME_IN_ROOM(b, ",\"granularity\":", S_GRANULARITY_JSON, d->granularity,
                         S_gran_or_null(d->granularity));
}

static void S_json_entry_date(syevp_buf *b, const syev_entry *e)
{
    S_FIELD_STR_OR_NULL(b, ",\"date\":{\"text\":", e->date_text);
    S_json_date_fields(b, &e->date);
    S_FIELD_NAME(b, ",\"anchor\":", S_ANCHOR_JSON, e->anchor, syev_anchor_name(e->anchor));
    S_putc(b, '}');
}

static void S_json_actors(syevp_buf *b, const syev_entry *e)
{
    S_PUT_LIT(b, ",\"actors\":[");
    for (size_t i = 0; i < e->actor_count; i++) {
        if (i)
            S_putc(b, ',');
        S_FIELD_STR_OR_NULL(b, "{\"code\":", e->actors[i].code);
        S_FIELD_STR_OR_NULL(b, ",\"text\":", e->actors[i].text);
        S_putc(b, '}');
    }
    S_putc(b, ']');
}

static void S_json_location(syevp_buf *b, const syev_entry_place *p)
{
    S_PUT_LIT(b, ",\"location\":");
    if (!p) {
        S_PUT_LIT(b, "null");
        return;
    }
    S_FIELD_STR_OR_NULL(b, "{\"name\":", p->name);
    S_FIELD_STR_OR_NULL(b, ",\"text\":", p->text);
    S_FIELD_STR_OR_NULL(b, ",\"country\":", p->country);
    if (p->has_coords) {
        S_PUT_LIT(b, ",\"lat\":");
        S_json_num(b, p->lat, SYEVP_COORD_DECIMALS);
        S_PUT_LIT(b, ",\"lon\":");
        S_json_num(b, p->lon, SYEVP_COORD_DECIMALS);
    } else {
        S_PUT_LIT(b, ",\"lat\":null,\"lon\":null");
    }
    S_putc(b, '}');
}

static void S_json_mentions(syevp_buf *b, const syev_entry *e)
{
    S_PUT_LIT(b, ",\"mentions\":[");
    for (size_t i = 0; i < e->mention_count; i++) {
        const syev_entry_mention *m = e->mentions[i];
        if (i)
            S_putc(b, ',');
        S_FIELD_STR_OR_EMPTY(b, "{\"doc\":", m->doc);
        S_JSON_SPAN(b, "sentence", m->sentence);
        S_JSON_SPAN(b, "trigger", m->trigger);
        S_FIELD_STR_OR_NULL(b, ",\"trigger_text\":", m->trigger_text);
        S_FIELD_STR_OR_NULL(b, ",\"text\":", m->text);
        S_putc(b, '}');
    }
    S_putc(b, ']');
}

void syevp_json_entry(syevp_buf *b, const syev_entry *e)
{
    S_FIELD_STR_OR_EMPTY(b, "{\"id\":", e->id);
    S_FIELD_NAME(b, ",\"type\":", S_EVENT_TYPE_JSON, e->type, syev_event_type_name(e->type));
    S_FIELD_STR_OR_NULL(b, ",\"cameo\":", e->cameo);
    S_json_entry_date(b, e);
    S_FIELD_NAME(b, ",\"factuality\":", S_FACTUALITY_JSON, e->factuality,
                 syev_factuality_name(e->factuality));
    S_json_actors(b, e);
    S_json_location(b, e->location);
    S_FIELD_STR_OR_NULL(b, ",\"source\":", e->source);
    S_PUT_LIT(b, ",\"confidence\":");
    S_json_num(b, e->confidence, SYEVP_CONFIDENCE_DECIMALS);
    S_PUT_LIT(b, ",\"documents\":");
    S_put_size(b, e->document_count);
    S_json_mentions(b, e);
    S_putc(b, '}');
    S_end(b);
}

void syevp_json_timex(syevp_buf *b, const syevp_tl_timex *t)
{
    S_FIELD_STR_OR_EMPTY(b, "{\"doc\":", t->doc->id);
    S_JSON_SPAN(b, "span", t->span);
    S_FIELD_STR_OR_NULL(b, ",\"text\":", t->text);
    S_json_date_fields(b, &t->date);
    S_putc(b, '}');
    S_end(b);
}

static const char *S_dct_source_name(syev_dct_source s)
{
    return s == SYEV_DCT_CALLER ? "caller" : s == SYEV_DCT_TEXT ? "text" : NULL;
}

void syevp_json_dct(syevp_buf *b, const syevp_tl_doc *d)
{
    if (!d->dct.value[0]) {
        S_PUT_LIT(b, "null");
    } else {
        S_FIELD_STR_OR_NULL(b, "{\"value\":", d->dct.value);
        S_FIELD_STR_OR_NULL(b, ",\"source\":", S_dct_source_name(d->dct_source));
        S_putc(b, '}');
    }
    S_end(b);
}

/* ------------------------------------------------------------------ */
/* A document's line, written straight from the document               */
/* ------------------------------------------------------------------ */

/* syev_doc_to_json writes what the timeline would write for the
 * document's batch (syevp_batch_from_doc: a record per mention, each a
 * one-mention entry of syevp_entry_of_record; its timexes), field for
 * field as syevp_json_entry and syevp_json_timex do, but from the document
 * itself: no copy of its strings (slices of its text are written where
 * they lie), and what repeats is written once and copied after. */

/* Bytes already written to the line, to be copied again. */
typedef struct S_written {
    size_t at, len;
} S_written;

static S_written S_written_since(const syevp_buf *b, size_t at)
{
    return (S_written){at, b->len - at};
}

/* Appends a copy of bytes written before (reserving first: the buffer may move). */
static void S_put_again(syevp_buf *b, S_written w)
{
    if (!S_reserve(b, w.len))
        return;
    memcpy(b->data + b->len, b->data + w.at, w.len);
    b->len += w.len;
}

/* A date written into the line, and where (S_doc_date_fields). */
enum { S_DATES_KEPT = 4 };
typedef struct S_date_written {
    const syev_date *date; /* NULL: none yet */
    S_written json;
} S_date_written;

/* A place written into the line: its location object up to its text,
 * and after it (S_doc_location). */
enum { S_PLACES_KEPT = 4 };
typedef struct S_place_written {
    const syev_place *place; /* NULL: none yet */
    S_written head, tail;
} S_place_written;

/* A confidence written into the line, with its key (S_doc_confidence). */
enum { S_CONFIDENCES_KEPT = 4 };
typedef struct S_confidence_written {
    double confidence;
    S_written json; /* len 0: none yet */
} S_confidence_written;

typedef struct S_doc_writer {
    syevp_buf *b;
    const char *text; /* the document's */
    size_t len;
    const char *id;   /* the document's, "" when none */
    S_written id_json;        /* the id, quoted: the line's first field */
    S_written mention_head;   /* what every mention has after its confidence; len 0: none yet */
    /* The last dates (S_DATES_KEPT, the oldest replaced first), place and
     * confidence written, and how: the mentions of a document share a few
     * of each, and its time expressions the mentions' dates. */
    S_date_written dates[S_DATES_KEPT];
    unsigned next_date; /* the slot the next new date takes, modulo S_DATES_KEPT */
    S_place_written places[S_PLACES_KEPT];
    unsigned next_place; /* the same for places */
    S_confidence_written confidences[S_CONFIDENCES_KEPT];
    unsigned next_confidence; /* the same for confidences */
} S_doc_writer;

/* key then the slice s of the text, as the timeline's copy of it (a
 * NUL-terminated string, NULL for an empty or invalid span) is written. */
static S_HOT_INLINE const char *S_slice_text(const S_doc_writer *w, syev_span s, size_t *len)
{
    size_t n = s.end > s.begin && s.end <= w->len ? s.end - s.begin : 0;
    const char *p = w->text + (n ? s.begin : 0);
    *len = n && p[0] != '\0' ? n : 0;
    return p;
}

static S_HOT_INLINE void S_field_slice(const S_doc_writer *w, const char key[S_KEY_ROOM],
                                       size_t key_len, syev_span s)
{
    size_t n;
    const char *p = S_slice_text(w, s, &n);
    S_field_chars(w->b, key, key_len, p, n, true, true);
}

#define S_FIELD_SLICE(w, key, span) S_field_slice((w), S_KEY(key), (span))

/* S_FIELD_STR_OR_NULL inlined, for the strings a document's mentions take
 * from the lexicons: codes, cameos, place names. */
#define S_FIELD_LEXICON(b, key, s)                                                                \
    S_field_chars((b), S_KEY(key), (s), (s) ? strlen(s) : 0, true, false)

static bool S_same_date(const syev_date *a, const syev_date *b)
{
    return a->mod == b->mod && a->granularity == b->granularity &&
           strcmp(a->value, b->value) == 0 && strcmp(a->begin, b->begin) == 0 &&
           strcmp(a->end, b->end) == 0;
}

/* Eight bytes of a date's value, from its third (the year's last two
 * digits, the month and most of the day of "YYYY-MM-DD"): dates whose
 * keys differ are not the same, the one test made on most kept dates.
 * (Bytes past a shorter value's NUL only make the key miss a same date:
 * it is then written again, the same way.) */
static uint64_t S_date_key(const syev_date *d)
{
    uint64_t key;
    memcpy(&key, d->value + 2, sizeof key);
    return key;
}

/* S_json_date_fields, copied when one of the last dates written was the
 * same. */
static void S_doc_date_fields(S_doc_writer *w, const syev_date *d)
{
    const uint64_t key = S_date_key(d);
    for (size_t i = 0; i < S_DATES_KEPT; i++) {
        const syev_date *kept = w->dates[i].date;
        if (kept && S_date_key(kept) == key && S_same_date(kept, d)) {
            S_put_again(w->b, w->dates[i].json);
            return;
        }
    }
    const size_t at = w->b->len;
    S_json_date_fields(w->b, d);
    S_date_written *slot = &w->dates[w->next_date++ % S_DATES_KEPT];
    slot->date = d;
    slot->json = S_written_since(w->b, at);
}

/* An actor, {"code":...,"text":...} (after a comma unless `first`), with
 * one room check: room for the worst, every byte escaped as \u00XX (as
 * S_json_date_fields reserves). */
static void S_doc_actor(const S_doc_writer *w, const syev_actor *a, bool first)
{
    syevp_buf *b = w->b;
    const size_t code_len = strlen(a->code);
    size_t text_len;
    const char *text = S_slice_text(w, a->span, &text_len);
    if (!S_reserve(b, 1 + S_FIELD_ROOM(6 * code_len) + S_FIELD_ROOM(6 * text_len) + 1))
        return;
    if (!first)
        b->data[b->len++] = ',';
    S_field_chars_in_room(b, S_KEY("{\"code\":"), a->code, code_len, true, false);
    S_field_chars_in_room(b, S_KEY(",\"text\":"), text, text_len, true, true);
    b->data[b->len++] = '}';
}

static void S_doc_actors(const S_doc_writer *w, const syev_mention *m)
{
    syevp_buf *b = w->b;
    S_PUT_LIT(b, ",\"actors\":[");
    bool first = true;
    for (size_t i = 0; i < m->actor_count; i++) {
        if (!m->actors[i].code)
            continue; /* the record has no such actor */
        S_doc_actor(w, &m->actors[i], first);
        first = false;
    }
    S_putc(b, ']');
}

/* syevp_json_num of syevp_canon_number(v, decimals), the number a record
 * holds for v.  When v rounds to k / 10^decimals for sure (S_fixed_point),
 * that number is written as k's digits: written from k directly. */
static void S_json_rounded(syevp_buf *b, double v, int decimals)
{
    long long k;
    if (S_fixed_point(v, decimals, &k))
        S_put_fixed(b, k, decimals);
    else
        S_json_num(b, syevp_canon_number(v, decimals), decimals);
}

/* A place written before again, with the slice of the text `span`: one
 * room check, room for the worst (every byte of the slice escaped). */
static void S_doc_place_again(const S_doc_writer *w, const S_place_written *kept, syev_span span)
{
    syevp_buf *b = w->b;
    size_t text_len;
    const char *text = S_slice_text(w, span, &text_len);
    if (!S_reserve(b, kept->head.len + S_FIELD_ROOM(6 * text_len) + kept->tail.len))
        return;
    memcpy(b->data + b->len, b->data + kept->head.at, kept->head.len);
    b->len += kept->head.len;
    S_field_chars_in_room(b, S_KEY(",\"text\":"), text, text_len, true, true);
    memcpy(b->data + b->len, b->data + kept->tail.at, kept->tail.len);
    b->len += kept->tail.len;
}

/* S_json_location of the record's place: its name, the slice of the text,
 * the rest of the place (written once per place, while it is kept). */
static void S_doc_location(S_doc_writer *w, const syev_mention *m)
{
    syevp_buf *b = w->b;
    const syev_place *p = m->location;
    if (!p || !p->name) {
        S_PUT_LIT(b, ",\"location\":null");
        return;
    }
    for (size_t i = 0; i < S_PLACES_KEPT; i++)
        if (w->places[i].place == p) {
            S_doc_place_again(w, &w->places[i], m->location_span);
            return;
        }
    S_place_written *slot = &w->places[w->next_place++ % S_PLACES_KEPT];
    size_t at = b->len;
    S_FIELD_LEXICON(b, ",\"location\":{\"name\":", p->name);
    slot->head = S_written_since(b, at);
    S_FIELD_SLICE(w, ",\"text\":", m->location_span);
    at = b->len;
    S_FIELD_LEXICON(b, ",\"country\":", p->country);
    if (p->has_coords) {
        S_PUT_LIT(b, ",\"lat\":");
        S_json_rounded(b, p->lat, SYEVP_COORD_DECIMALS);
        S_PUT_LIT(b, ",\"lon\":");
        S_json_rounded(b, p->lon, SYEVP_COORD_DECIMALS);
    } else {
        S_PUT_LIT(b, ",\"lat\":null,\"lon\":null");
    }
    S_putc(b, '}');
    slot->tail = S_written_since(b, at);
    slot->place = p;
}

/* ,"confidence": and the record's (rounded) confidence, copied when one
 * of the last written was the same double. */
static void S_doc_confidence(S_doc_writer *w, double confidence)
{
    syevp_buf *b = w->b;
    for (size_t i = 0; i < S_CONFIDENCES_KEPT; i++) {
        const S_confidence_written *kept = &w->confidences[i];
        if (kept->json.len && memcmp(&confidence, &kept->confidence, sizeof confidence) == 0) {
            S_put_again(b, kept->json);
            return;
        }
    }
    const size_t at = b->len;
    S_PUT_LIT(b, ",\"confidence\":");
    S_json_rounded(b, confidence, SYEVP_CONFIDENCE_DECIMALS);
    S_confidence_written *slot = &w->confidences[w->next_confidence++ % S_CONFIDENCES_KEPT];
    slot->confidence = confidence;
    slot->json = S_written_since(b, at);
}

/* {"id":"<16 hex digits>", in room reserved for it (S_ENTRY_ID_ROOM) */
#define S_ENTRY_ID_KEY "{\"id\":\""
#define S_ENTRY_ID_ROOM (sizeof S_ENTRY_ID_KEY - 1 + 16 + 1)
static void S_doc_entry_id_in_room(syevp_buf *b, uint64_t hash)
{
    char *o = b->data + b->len;
    memcpy(o, S_ENTRY_ID_KEY, sizeof S_ENTRY_ID_KEY - 1);
    o += sizeof S_ENTRY_ID_KEY - 1;
    syevp_hash_hex(hash, o);
    o[16] = '"';
    b->len += S_ENTRY_ID_ROOM;
}

/* A mention's id, type, cameo and date text, with one room check: room
 * for the worst, every byte of the cameo and the slice escaped. */
static void S_doc_mention_front(const S_doc_writer *w, const syev_mention *m)
{
    syevp_buf *b = w->b;
    const size_t cameo_len = m->cameo ? strlen(m->cameo) : 0;
    size_t date_len;
    const char *date_text = S_slice_text(w, m->date_span, &date_len);
    if (!S_reserve(b, S_ENTRY_ID_ROOM + S_NAME_FIELD_ROOM + S_FIELD_ROOM(6 * cameo_len) +
                          S_FIELD_ROOM(6 * date_len)))
        return;
    S_doc_entry_id_in_room(b, syevp_mention_hash(m, w->id));
    S_FIELD_NAME_IN_ROOM(b, ",\"type\":", S_EVENT_TYPE_JSON, m->type,
                         syev_event_type_name(m->type));
    S_field_chars_in_room(b, S_KEY(",\"cameo\":"), m->cameo, cameo_len, true, false);
    S_field_chars_in_room(b, S_KEY(",\"date\":{\"text\":"), date_text, date_len, true, true);
}

/* What every mention has from "documents" to its sentence's bracket. */
static void S_doc_mention_head(S_doc_writer *w)
{
    syevp_buf *b = w->b;
    if (w->mention_head.len) {
        S_put_again(b, w->mention_head);
        return;
    }
    const size_t at = b->len;
    S_PUT_LIT(b, ",\"documents\":1,\"mentions\":[{\"doc\":");
    S_put_again(b, w->id_json);
    S_PUT_LIT(b, ",\"sentence\":[");
    w->mention_head = S_written_since(b, at);
}

/* A mention's sentence and trigger, after its head, with one room check:
 * room for the worst, every byte of the slices escaped. */
static void S_doc_mention_tail(const S_doc_writer *w, const syev_mention *m)
{
    syevp_buf *b = w->b;
    size_t trigger_len, sentence_len;
    const char *trigger = S_slice_text(w, m->trigger, &trigger_len);
    const char *sentence = S_slice_text(w, m->sentence, &sentence_len);
    if (!S_reserve(b, 2 * S_SPAN_ROOM + S_FIELD_ROOM(6 * trigger_len) +
                          S_FIELD_ROOM(6 * sentence_len) + 3))
        return;
    S_json_span_in_room(b, S_KEY(""), m->sentence);
    S_json_span_in_room(b, S_KEY(",\"trigger\":["), m->trigger);
    S_field_chars_in_room(b, S_KEY(",\"trigger_text\":"), trigger, trigger_len, true, true);
    S_field_chars_in_room(b, S_KEY(",\"text\":"), sentence, sentence_len, true, true);
    memcpy(b->data + b->len, "}]}", 3);
    b->len += 3;
}

/* A mention's date anchor, the date's closing brace and its factuality,
 * with one room check. */
static void S_doc_anchor_factuality(syevp_buf *b, const syev_mention *m)
{
    if (!S_reserve(b, 2 * S_NAME_FIELD_ROOM + 1))
        return;
    S_FIELD_NAME_IN_ROOM(b, ",\"anchor\":", S_ANCHOR_JSON, m->anchor,
                         syev_anchor_name(m->anchor));
    b->data[b->len++] = '}';
    S_FIELD_NAME_IN_ROOM(b, ",\"factuality\":", S_FACTUALITY_JSON, m->factuality,
                         syev_factuality_name(m->factuality));
}

/* syevp_json_entry of the one-mention entry of m's record. */
static void S_doc_mention(S_doc_writer *w, const syev_mention *m)
{
    syevp_buf *b = w->b;
    S_doc_mention_front(w, m);
    S_doc_date_fields(w, &m->date);
    S_doc_anchor_factuality(b, m);
    S_doc_actors(w, m);
    S_doc_location(w, m);
    S_FIELD_SLICE(w, ",\"source\":", m->source);
    S_doc_confidence(w, m->confidence);
    S_doc_mention_head(w);
    S_doc_mention_tail(w, m);
}

/* syevp_json_timex of the batch's copy of x. */
static void S_doc_timex(S_doc_writer *w, const syev_timex *x)
{
    syevp_buf *b = w->b;
    S_PUT_LIT(b, "{\"doc\":");
    S_put_again(b, w->id_json);
    S_JSON_SPAN(b, "span", x->span);
    S_FIELD_SLICE(w, ",\"text\":", x->span);
    S_doc_date_fields(w, &x->date);
    S_putc(b, '}');
}

/* The line's first fields: the document's id, DCT and length, as the
 * batch's doc (syevp_tl_doc) has them. */
static void S_doc_head(S_doc_writer *w, const syev_doc *doc)
{
    syevp_buf *b = w->b;
    S_PUT_LIT(b, "{\"id\":");
    const size_t at = b->len;
    S_FIELD_STR_OR_EMPTY(b, "", w->id);
    w->id_json = S_written_since(b, at);
    S_PUT_LIT(b, ",\"dct\":");
    syevp_tl_doc d = {.id = w->id};
    syev_dct_source source;
    const syev_date *dct = syev_doc_dct(doc, &source);
    if (dct) {
        d.dct = *dct;
        d.dct_source = source;
    }
    syevp_json_dct(b, &d);
    S_PUT_LIT(b, ",\"length\":");
    S_put_size(b, w->len);
}

/* About how many bytes syev_doc_to_json writes, a little more on news
 * text: the buffer is allocated once instead of doubling a dozen times.  A
 * mention's fixed fields take some 500 bytes, plus its sentence. */
static size_t S_doc_size_hint(const syev_doc *doc)
{
    size_t n = 512 + 256 * syev_doc_timex_count(doc);
    const size_t mentions = syev_doc_mention_count(doc);
    for (size_t i = 0; i < mentions; i++) {
        const syev_span *sentence = &syev_doc_mention(doc, i)->sentence;
        n += 768 + (sentence->end - sentence->begin);
    }
    return n;
}

static void S_error_reset(syev_error *err)
{
    if (err) {
        memset(err, 0, sizeof *err);
        err->offset = SIZE_MAX;
    }
}

syev_status syev_doc_to_json(const syev_doc *doc, char **out, syev_error *err)
{
    S_error_reset(err);
    if (!out)
        return syevp_fail(err, SYEV_ERR_INVALID_ARG, SIZE_MAX, 0, "out must not be NULL");
    *out = NULL;
    if (!doc)
        return syevp_fail(err, SYEV_ERR_INVALID_ARG, SIZE_MAX, 0, "document must not be NULL");
    syevp_buf b;
    S_doc_writer w = {.b = &b, .id = syev_doc_id(doc) ? syev_doc_id(doc) : ""};
    w.text = syev_doc_text(doc, &w.len);
    syevp_buf_init_output(&b, &doc->alloc, S_doc_size_hint(doc));
    S_doc_head(&w, doc);
    S_PUT_LIT(&b, ",\"mentions\":[");
    const size_t mentions = syev_doc_mention_count(doc), timexes = syev_doc_timex_count(doc);
    for (size_t i = 0; i < mentions; i++) {
        if (i)
            S_putc(&b, ',');
        S_doc_mention(&w, syev_doc_mention(doc, i));
    }
    S_PUT_LIT(&b, "],\"timexes\":[");
    for (size_t i = 0; i < timexes; i++) {
        if (i)
            S_putc(&b, ',');
        S_doc_timex(&w, syev_doc_timex(doc, i));
    }
    S_PUT_LIT(&b, "]}");
    return syevp_buf_finish(&b, out, err);
}

static syev_status S_text_to_json(const syev_extractor *ex, const char *text, size_t len,
                                  const char *dct, char **out, syev_error *err)
{
    syev_doc *doc = NULL;
    syev_timeline *tl = NULL;
    syev_status st = syev_extract(ex, text, len, NULL, dct, &doc, err);
    if (st == SYEV_OK)
        st = syev_timeline_new(0, &ex->alloc, &tl, err);
    if (st == SYEV_OK)
        st = syev_timeline_add(tl, doc, err);
    if (st == SYEV_OK)
        st = syev_timeline_to_json(tl, out, err);
    syev_timeline_free(tl);
    syev_doc_free(doc);
    return st;
}

syev_status syev_text_to_json(const syev_extractor *ex, const char *text, size_t len,
                              const char *dct, char **out, syev_error *err)
{
    S_error_reset(err);
    if (!out)
        return syevp_fail(err, SYEV_ERR_INVALID_ARG, SIZE_MAX, 0, "out must not be NULL");
    *out = NULL;
    if (ex)
        return S_text_to_json(ex, text, len, dct, out, err);
    syev_extractor *own = NULL;
    syev_status st = syev_extractor_new(NULL, &own, err);
    if (st == SYEV_OK)
        st = S_text_to_json(own, text, len, dct, out, err);
    syev_extractor_free(own);
    return st;
}

/* ------------------------------------------------------------------ */
/* Reading a document line back (cJSON reads; it never writes here)    */
/* ------------------------------------------------------------------ */

/* Where we are in the line, for error messages. */
typedef struct S_reader {
    syevp_tl_batch *b;
    syev_error *err;
    const char *where; /* "mention 3", "timex 0", "document" */
    char where_buf[48];
    bool oom;
} S_reader;

static syev_status S_bad(S_reader *r, const char *field, const char *why)
{
    if (r->oom)
        return syevp_fail(r->err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory reading JSON");
    return syevp_fail(r->err, SYEV_ERR_JSON, SIZE_MAX, 0, "%s: field \"%s\" %s", r->where, field,
                      why);
}

/* A string field: *out = NULL when missing or null; false when not a string. */
static bool S_str(S_reader *r, const cJSON *obj, const char *key, const char **out)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    *out = NULL;
    if (!v || cJSON_IsNull(v))
        return true;
    if (!cJSON_IsString(v))
        return false;
    *out = syevp_arena_strndup(&r->b->arena, v->valuestring, strlen(v->valuestring));
    if (!*out)
        r->oom = true;
    return *out != NULL;
}

/* A string field copied into a fixed array ("" when missing or null). */
static bool S_str_into(const cJSON *obj, const char *key, char *dst, size_t cap)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    dst[0] = '\0';
    if (!v || cJSON_IsNull(v))
        return true;
    if (!cJSON_IsString(v) || strlen(v->valuestring) >= cap)
        return false;
    memcpy(dst, v->valuestring, strlen(v->valuestring) + 1);
    return true;
}

static bool S_uint(const cJSON *v, size_t *out)
{
    if (!cJSON_IsNumber(v) || v->valuedouble < 0 || v->valuedouble > 9007199254740992.0 ||
        v->valuedouble != (double)(size_t)v->valuedouble)
        return false;
    *out = (size_t)v->valuedouble;
    return true;
}

static bool S_span(const cJSON *obj, const char *key, syev_span *out)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    return cJSON_IsArray(v) && cJSON_GetArraySize(v) == 2 &&
           S_uint(cJSON_GetArrayItem(v, 0), &out->begin) &&
           S_uint(cJSON_GetArrayItem(v, 1), &out->end) && out->begin <= out->end;
}

/* Index of `name` among names(0..count-1); `dflt` for null/missing; -1 bad. */
static int S_enum(const cJSON *obj, const char *key, const char *(*names)(int), int count,
                  int dflt)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!v || cJSON_IsNull(v))
        return dflt;
    if (!cJSON_IsString(v))
        return -1;
    for (int i = 0; i < count; i++)
        if (names(i) && strcmp(names(i), v->valuestring) == 0)
            return i;
    return -1;
}

static const char *S_type_name(int i) { return syev_event_type_name((syev_event_type)i); }
static const char *S_fact_name(int i) { return syev_factuality_name((syev_factuality)i); }
static const char *S_mod_name(int i) { return syev_mod_name((syev_mod)i); }
static const char *S_anchor_name(int i) { return syev_anchor_name((syev_anchor)i); }
static const char *S_gran_name(int i) { return S_gran_or_null((syev_granularity)i); }

/* value/mod/begin/end/granularity of a date object; NULL when valid, else
 * the name of the bad field. */
static const char *S_date(const cJSON *obj, syev_date *d)
{
    memset(d, 0, sizeof *d);
    int mod = S_enum(obj, "mod", S_mod_name, SYEV_MOD_AFTER + 1, SYEV_MOD_NONE);
    int gran = S_enum(obj, "granularity", S_gran_name, SYEV_GRAN_INTERVAL + 1, SYEV_GRAN_UNKNOWN);
    if (!S_str_into(obj, "value", d->value, sizeof d->value))
        return "value";
    if (mod < 0)
        return "mod";
    if (gran < 0)
        return "granularity";
    if (!S_str_into(obj, "begin", d->begin, sizeof d->begin) ||
        (d->begin[0] && syevp_parse_day(d->begin) == SYEVP_NO_DAY))
        return "begin";
    if (!S_str_into(obj, "end", d->end, sizeof d->end) ||
        (d->end[0] && syevp_parse_day(d->end) == SYEVP_NO_DAY) || strcmp(d->begin, d->end) > 0 ||
        (!d->begin[0] != !d->end[0]))
        return "end";
    d->mod = (syev_mod)mod;
    d->granularity = (syev_granularity)gran;
    return NULL;
}

static void S_set_days(syevp_tl_mention *m)
{
    m->first_day = syevp_parse_day(m->date.begin);
    m->last_day = syevp_parse_day(m->date.end);
    if (m->first_day == SYEVP_NO_DAY || m->last_day == SYEVP_NO_DAY)
        m->first_day = m->last_day = SYEVP_NO_DAY;
}

static syev_status S_read_entry_date(S_reader *r, const cJSON *entry, syevp_tl_mention *m)
{
    const cJSON *date = cJSON_GetObjectItemCaseSensitive(entry, "date");
    if (!date || cJSON_IsNull(date))
        return SYEV_OK;
    if (!cJSON_IsObject(date))
        return S_bad(r, "date", "is not an object");
    const char *bad = S_date(date, &m->date);
    if (bad)
        return S_bad(r, bad, "is not a valid date field");
    int anchor = S_enum(date, "anchor", S_anchor_name, SYEV_ANCHOR_DCT + 1, SYEV_ANCHOR_NONE);
    if (anchor < 0)
        return S_bad(r, "anchor", "is not a known anchor");
    m->anchor = (syev_anchor)anchor;
    if (!S_str(r, date, "text", &m->date_text))
        return S_bad(r, "date.text", "is not a string");
    S_set_days(m);
    return SYEV_OK;
}

static syev_status S_read_actors(S_reader *r, const cJSON *entry, syevp_tl_mention *m)
{
    const cJSON *arr = cJSON_GetObjectItemCaseSensitive(entry, "actors");
    if (!arr || cJSON_IsNull(arr))
        return SYEV_OK;
    if (!cJSON_IsArray(arr))
        return S_bad(r, "actors", "is not an array");
    size_t n = (size_t)cJSON_GetArraySize(arr);
    m->actors = n ? syevp_arena_alloc(&r->b->arena, n * sizeof *m->actors) : NULL;
    if (n && !m->actors) {
        r->oom = true;
        return S_bad(r, "actors", "");
    }
    const cJSON *a;
    cJSON_ArrayForEach(a, arr) {
        syev_entry_actor *dst = &m->actors[m->actor_count];
        if (!cJSON_IsObject(a) || !S_str(r, a, "code", &dst->code) || !dst->code ||
            !S_str(r, a, "text", &dst->text))
            return S_bad(r, "actors", "holds an actor without a string code");
        m->actor_count++;
    }
    return SYEV_OK;
}

static bool S_coord(const cJSON *obj, const char *key, double *out)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!cJSON_IsNumber(v))
        return false;
    *out = syevp_canon_number(v->valuedouble, SYEVP_COORD_DECIMALS);
    return true;
}

static syev_status S_read_location(S_reader *r, const cJSON *entry, syevp_tl_mention *m)
{
    const cJSON *loc = cJSON_GetObjectItemCaseSensitive(entry, "location");
    if (!loc || cJSON_IsNull(loc))
        return SYEV_OK;
    syev_entry_place *p = &m->place;
    if (!cJSON_IsObject(loc) || !S_str(r, loc, "name", &p->name) || !p->name ||
        !S_str(r, loc, "text", &p->text) || !S_str(r, loc, "country", &p->country))
        return S_bad(r, "location", "is not an object with a string name");
    m->has_place = true;
    p->has_coords = S_coord(loc, "lat", &p->lat) && S_coord(loc, "lon", &p->lon);
    if (!p->has_coords)
        p->lat = p->lon = 0.0;
    return SYEV_OK;
}

static syev_status S_read_scalars(S_reader *r, const cJSON *entry, syevp_tl_mention *m)
{
    int type = S_enum(entry, "type", S_type_name, SYEV_EVENT_BATTLE + 1, -1);
    int fact = S_enum(entry, "factuality", S_fact_name, SYEV_FACT_NEGATED + 1, SYEV_FACT_ASSERTED);
    if (type < 0)
        return S_bad(r, "type", "is not a known event type");
    if (fact < 0)
        return S_bad(r, "factuality", "is not a known factuality");
    m->type = (syev_event_type)type;
    m->factuality = (syev_factuality)fact;
    if (!S_str(r, entry, "cameo", &m->cameo))
        return S_bad(r, "cameo", "is not a string");
    if (!S_str(r, entry, "source", &m->source))
        return S_bad(r, "source", "is not a string");
    const cJSON *conf = cJSON_GetObjectItemCaseSensitive(entry, "confidence");
    if (conf && !cJSON_IsNull(conf) &&
        (!cJSON_IsNumber(conf) || conf->valuedouble < 0 || conf->valuedouble > 1))
        return S_bad(r, "confidence", "is not a number in [0, 1]");
    m->confidence = cJSON_IsNumber(conf)
                        ? syevp_canon_number(conf->valuedouble, SYEVP_CONFIDENCE_DECIMALS)
                        : 0.0;
    return SYEV_OK;
}

static syev_status S_read_evidence(S_reader *r, const cJSON *ev, syevp_tl_mention *m)
{
    const char *doc = NULL;
    if (!cJSON_IsObject(ev))
        return S_bad(r, "mentions", "holds a mention that is not an object");
    if (!S_str(r, ev, "doc", &doc) || (doc && strcmp(doc, r->b->doc->id) != 0))
        return S_bad(r, "doc", "differs from the document's id");
    if (!S_span(ev, "sentence", &m->pub.sentence))
        return S_bad(r, "sentence", "is not a span [begin, end]");
    if (!S_span(ev, "trigger", &m->pub.trigger) || m->pub.trigger.begin < m->pub.sentence.begin ||
        m->pub.trigger.end > m->pub.sentence.end)
        return S_bad(r, "trigger", "is not a span inside the sentence");
    if (r->b->doc->length != SIZE_MAX && m->pub.sentence.end > r->b->doc->length)
        return S_bad(r, "sentence", "ends after the document");
    if (!S_str(r, ev, "trigger_text", &m->pub.trigger_text) || !S_str(r, ev, "text", &m->pub.text))
        return S_bad(r, "text", "is not a string");
    m->pub.doc = r->b->doc->id;
    return SYEV_OK;
}

/* One entry of the line: one record per mention it lists (a line written
 * by syev_doc_to_json lists one). */
static syev_status S_read_entry(S_reader *r, const cJSON *entry)
{
    if (!cJSON_IsObject(entry))
        return S_bad(r, "mentions", "holds an entry that is not an object");
    const cJSON *evs = cJSON_GetObjectItemCaseSensitive(entry, "mentions");
    if (!cJSON_IsArray(evs) || cJSON_GetArraySize(evs) < 1)
        return S_bad(r, "mentions", "is not a non-empty array");
    const cJSON *ev;
    cJSON_ArrayForEach(ev, evs) {
        syevp_tl_mention *m = syevp_batch_add_mention(r->b);
        if (!m) {
            r->oom = true;
            return S_bad(r, "mentions", "");
        }
        syev_status st = S_read_scalars(r, entry, m);
        if (st == SYEV_OK)
            st = S_read_entry_date(r, entry, m);
        if (st == SYEV_OK)
            st = S_read_actors(r, entry, m);
        if (st == SYEV_OK)
            st = S_read_location(r, entry, m);
        if (st == SYEV_OK)
            st = S_read_evidence(r, ev, m);
        if (st != SYEV_OK)
            return st;
    }
    return SYEV_OK;
}

static syev_status S_read_timex(S_reader *r, const cJSON *tx)
{
    syevp_tl_timex *t = syevp_batch_add_timex(r->b);
    if (!t) {
        r->oom = true;
        return S_bad(r, "timexes", "");
    }
    if (!cJSON_IsObject(tx))
        return S_bad(r, "timexes", "holds a timex that is not an object");
    if (!S_span(tx, "span", &t->span) ||
        (r->b->doc->length != SIZE_MAX && t->span.end > r->b->doc->length))
        return S_bad(r, "span", "is not a span [begin, end] inside the document");
    if (!S_str(r, tx, "text", &t->text))
        return S_bad(r, "text", "is not a string");
    const char *bad = S_date(tx, &t->date);
    return bad ? S_bad(r, bad, "is not a valid date field") : SYEV_OK;
}

static syev_status S_read_dct(S_reader *r, const cJSON *root)
{
    const cJSON *dct = cJSON_GetObjectItemCaseSensitive(root, "dct");
    syevp_tl_doc *d = r->b->doc;
    if (!dct || cJSON_IsNull(dct))
        return SYEV_OK;
    const cJSON *value = cJSON_GetObjectItemCaseSensitive(dct, "value");
    const cJSON *source = cJSON_GetObjectItemCaseSensitive(dct, "source");
    if (!cJSON_IsString(value) || syev_date_parse(value->valuestring, &d->dct, NULL) != SYEV_OK)
        return S_bad(r, "dct.value", "is not a date YYYY-MM-DD, YYYY-MM or YYYY");
    if (cJSON_IsString(source) && strcmp(source->valuestring, "text") == 0)
        d->dct_source = SYEV_DCT_TEXT;
    else if (cJSON_IsString(source) && strcmp(source->valuestring, "caller") == 0)
        d->dct_source = SYEV_DCT_CALLER;
    else
        return S_bad(r, "dct.source", "is not \"caller\" or \"text\"");
    return SYEV_OK;
}

static syev_status S_read_doc(S_reader *r, const cJSON *root)
{
    syevp_tl_doc *d = syevp_arena_alloc(&r->b->arena, sizeof *d);
    if (!d) {
        r->oom = true;
        return S_bad(r, "id", "");
    }
    r->b->doc = d;
    d->length = SIZE_MAX;
    if (!S_str(r, root, "id", &d->id))
        return S_bad(r, "id", "is not a string");
    if (!d->id && !(d->id = syevp_arena_strndup(&r->b->arena, "", 0))) {
        r->oom = true;
        return S_bad(r, "id", "");
    }
    const cJSON *len = cJSON_GetObjectItemCaseSensitive(root, "length");
    if (len && !cJSON_IsNull(len) && !S_uint(len, &d->length))
        return S_bad(r, "length", "is not a byte count");
    return S_read_dct(r, root);
}

static syev_status S_read_list(S_reader *r, const cJSON *root, const char *key, bool required,
                               syev_status (*read)(S_reader *, const cJSON *))
{
    const cJSON *arr = cJSON_GetObjectItemCaseSensitive(root, key);
    if (!arr && !required)
        return SYEV_OK;
    if (!cJSON_IsArray(arr))
        return S_bad(r, key, "is not an array");
    size_t i = 0;
    const cJSON *item;
    cJSON_ArrayForEach(item, arr) {
        snprintf(r->where_buf, sizeof r->where_buf, "document \"%.16s\", %s[%zu]", r->b->doc->id,
                 key, i++);
        r->where = r->where_buf;
        syev_status st = read(r, item);
        if (st != SYEV_OK)
            return st;
    }
    return SYEV_OK;
}

syev_status syevp_batch_from_json(syevp_tl_batch *b, const char *line, size_t len,
                                  syev_error *err)
{
    S_reader r = {b, err, "document", "", false};
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(line, len, &end, false);
    if (!root || !cJSON_IsObject(root)) {
        size_t off = root ? 0 : (end && end >= line ? (size_t)(end - line) : SIZE_MAX);
        cJSON_Delete(root);
        return syevp_fail(err, SYEV_ERR_JSON, off, 0, "document line is not a JSON object");
    }
    /* cJSON stops after the first value; anything but blanks after it (a
     * second document where a newline was lost, junk) makes the line unusable
     * rather than half read.  '\r' is the end of a CRLF line. */
    size_t off = end && end >= line && end <= line + len ? (size_t)(end - line) : len;
    while (off < len && (line[off] == ' ' || line[off] == '\t' || line[off] == '\r'))
        off++;
    if (off < len) {
        cJSON_Delete(root);
        return syevp_fail(err, SYEV_ERR_JSON, off, 0,
                          "document line has bytes after its JSON object (offset %zu)", off);
    }
    syev_status st = S_read_doc(&r, root);
    if (st == SYEV_OK)
        st = S_read_list(&r, root, "mentions", true, S_read_entry);
    if (st == SYEV_OK)
        st = S_read_list(&r, root, "timexes", false, S_read_timex);
    if (st == SYEV_OK)
        b->doc->mention_count = b->mention_count;
    cJSON_Delete(root);
    return st;
}
