/* segment.c — French sentence splitting with byte offsets.
 *
 * Boundaries, on the folded text (case is read from the original):
 *  - line breaks: headlines, datelines, captions and paragraphs stand on their
 *    own lines in wire copy.  A single line break inside a running sentence
 *    (the line ends with a letter or comma and the next starts in lowercase:
 *    hard-wrapped text) is not a boundary;
 *  - headers at the start of a line are sentences of their own: a "date
 *    2017-02" header, and datelines or kickers ending in a dash such as
 *    "BEYROUTH, 14 mars 2017 (AFP) -", "Moscou, 16 fevrier (AFP) -" or
 *    "INTERNATIONAL -", so the date of the dispatch never governs the events
 *    of its first sentence;
 *  - . ! ? and ellipses followed by a space (or straight by an opening quote)
 *    and something that starts a sentence (capital, digit, quote, dash,
 *    parenthesis, caption bar), unless the word before is an abbreviation
 *    (M., Mme, Dr, St, av., J.-C., ...) or initials (G. W. Bush, O.N.U.).
 * Over-splitting costs more than under-splitting (a mention only needs its
 * trigger inside the right sentence), so doubtful cases do not split.
 */
#include <ctype.h>
#include <string.h>

#include "syev_private.h"

/* The abbreviation lists hold words in fixed-size rows (NUL-padded; a
 * longer word draws a compiler warning, an error under -Werror): a row is
 * compared without following a pointer, and a word as long as a row is
 * none of them. */
#define ABBREVIATION_ROW 8

/* Folded abbreviations that never end a sentence when followed by '.'.
 * ("etc." is not one: followed by a capital, it ends the sentence.)  Both
 * lists are in strcmp order, for S_in_list's binary search (test_segment
 * checks that every word is found). */
static const char abbreviations[][ABBREVIATION_ROW] = {
    "adj",  "al",   "approx", "apr",   "art",  "av",   "bd",   "c.-a-d", "cdt",  "cf",
    "ch",   "cie",  "cit",    "cne",   "col",  "dir",  "dr",   "env",    "ex",   "fig",
    "gen",  "hab",  "ibid",   "km",    "lt",   "max",  "me",   "mgr",    "min",  "mlle",
    "mlles", "mm",  "mme",    "mmes",  "no",   "op",   "p.ex", "pdt",    "pp",   "pr",
    "resp", "sgt",  "st",     "ste",   "tel",  "vol",  "vs",
};

/* Abbreviated months are abbreviations only before a number ("le 3 oct.
 * 2016"): "ils etaient sept. Les autres" ends a sentence. */
static const char month_abbreviations[][ABBREVIATION_ROW] = {
    "avr", "dec", "fevr", "janv", "juil", "nov", "oct", "sept",
};

#define DATELINE_MAX 80 /* bytes from the line start to the dash */

typedef struct seg_out {
    const syev_allocator *alloc;
    syevp_pool *pool; /**< where the sentences live, when not NULL */
    syevp_sentence *items;
    size_t count, cap;
    bool failed;
} seg_out;

static bool S_is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

static bool S_is_blank(char c)
{
    return S_is_space(c) || c == '\n';
}

static bool S_is_terminator(char c)
{
    return c == '.' || c == '!' || c == '?';
}

/* ------------------------------------------------------------------ */
/* Case and quotes, read from the original text                        */
/* ------------------------------------------------------------------ */

static const unsigned char *S_orig_at(const syevp_text *t, size_t pos)
{
    return (const unsigned char *)t->orig + syevp_orig_off(t, pos);
}

/* Is the letter at folded `pos` an uppercase one in the original?  Covers
 * ASCII and Latin-1 / Latin Extended-A capitals (E acute, OE, ...). */
static bool S_is_upper(const syevp_text *t, size_t pos)
{
    const unsigned char *o = S_orig_at(t, pos);
    if (o[0] >= 'A' && o[0] <= 'Z')
        return true;
    if (o[0] == 0xC3)
        return o[1] >= 0x80 && o[1] < 0x9F && o[1] != 0x97; /* not the sign x */
    if (o[0] == 0xC4 || o[0] == 0xC5)
        return o[1] % 2 == 0; /* Latin Extended-A pairs: even = capital */
    return false;
}

static bool S_is_lower(const syevp_text *t, size_t pos)
{
    return isalpha((unsigned char)t->fold[pos]) && !S_is_upper(t, pos);
}

typedef enum { QUOTE_NONE, QUOTE_OPEN, QUOTE_CLOSE } quote_kind;

/* Typographic quotes say which side they are on; an ASCII '"' opens when a
 * word follows it directly. */
static quote_kind S_quote_at(const syevp_text *t, size_t pos)
{
    if (t->fold[pos] != '"')
        return QUOTE_NONE;
    const unsigned char *o = S_orig_at(t, pos);
    if ((o[0] == 0xC2 && o[1] == 0xAB) || (o[0] == 0xE2 && o[1] == 0x80 &&
                                           (o[2] == 0x9C || o[2] == 0x9E)))
        return QUOTE_OPEN; /* << or the 6-shaped quotes */
    if (o[0] == '"')
        return pos + 1 < t->fold_len && isalnum((unsigned char)t->fold[pos + 1]) ? QUOTE_OPEN
                                                                                 : QUOTE_CLOSE;
    return QUOTE_CLOSE;
}

/* Does the text at folded `pos` start a new sentence? */
static bool S_starts_sentence(const syevp_text *t, size_t pos)
{
    char f = t->fold[pos];
    if (isalpha((unsigned char)f) || (unsigned char)f >= 0x80)
        return S_is_upper(t, pos);
    return isdigit((unsigned char)f) || f == '"' || f == '-' || f == '(' || f == '[' || f == '|';
}

/* ------------------------------------------------------------------ */
/* Abbreviations                                                       */
/* ------------------------------------------------------------------ */

/* Initials: every letter run is one letter long ("g", "j.-c", "o.n.u"). */
static bool S_is_initials(const char *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (isalpha((unsigned char)w[i]) && i + 1 < n && isalpha((unsigned char)w[i + 1]))
            return false;
    return true;
}

/* A word of n < ABBREVIATION_ROW bytes as the number S_row_key gives
 * its row (NUL-padded): its first byte the most significant. */
static uint64_t S_word_key(const char *w, size_t n)
{
    uint64_t key = 0;
    for (size_t i = 0; i < n; i++)
        key = key << 8 | (unsigned char)w[i];
    return key << 8 * (ABBREVIATION_ROW - n);
}

_Static_assert(ABBREVIATION_ROW == sizeof(uint64_t), "a row is compared as one number");

/* A row as a number whose order is strcmp's (big-endian). */
static uint64_t S_row_key(const char row[ABBREVIATION_ROW])
{
    uint64_t v;
    memcpy(&v, row, sizeof v);
#if (defined(__GNUC__) || defined(__clang__)) && defined(__BYTE_ORDER__) &&                        \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    return __builtin_bswap64(v);
#else
    return S_word_key(row, ABBREVIATION_ROW - 1) | (unsigned char)row[ABBREVIATION_ROW - 1];
#endif
}

/* Is w[0, n) (n > 0) one of the `count` words of `list` (in strcmp
 * order)?  A binary search on the rows as numbers. */
static bool S_in_list(const char (*list)[ABBREVIATION_ROW], size_t count, const char *w,
                      size_t n)
{
    if (n >= ABBREVIATION_ROW)
        return false;
    const uint64_t key = S_word_key(w, n);
    size_t lo = 0, hi = count;
    while (lo < hi) {
        const size_t mid = lo + (hi - lo) / 2;
        const uint64_t row = S_row_key(list[mid]);
        if (row == key)
            return true;
        if (row < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

#define IN_LIST(list, w, n) S_in_list(list, sizeof list / sizeof *list, w, n)

/* Is the word that ends at `end` (exclusive, before the '.') an abbreviation?
 * `number_next`: a number follows the period. */
static bool S_is_abbreviation(const char *s, size_t start, size_t end, bool number_next)
{
    size_t b = end;
    while (b > start && (isalpha((unsigned char)s[b - 1]) || s[b - 1] == '.' || s[b - 1] == '-'))
        b--;
    while (b < end && !isalpha((unsigned char)s[b]))
        b++; /* a word starts with a letter */
    size_t n = end - b;
    if (n == 0)
        return false;
    return S_is_initials(s + b, n) || IN_LIST(abbreviations, s + b, n) ||
           (number_next && IN_LIST(month_abbreviations, s + b, n));
}

/* ------------------------------------------------------------------ */
/* Boundaries                                                          */
/* ------------------------------------------------------------------ */

/* Skips the closing quotes and brackets that follow a terminator, with the
 * space French typography puts before a closing quote ("fin. >> Le"). */
static size_t S_skip_closers(const syevp_text *t, size_t j)
{
    for (;;) {
        size_t k = j;
        while (k < t->fold_len && S_is_space(t->fold[k]))
            k++;
        if (k >= t->fold_len || (S_quote_at(t, k) != QUOTE_CLOSE && t->fold[k] != ')'))
            return j;
        j = k + 1;
    }
}

/* Position just after a sentence end whose terminator run starts at `i`,
 * or 0 when the terminator does not end the sentence. */
static size_t S_boundary_after(const syevp_text *t, size_t start, size_t i)
{
    const char *s = t->fold;
    size_t n = t->fold_len, run_end = i;
    while (run_end < n && S_is_terminator(s[run_end]))
        run_end++;
    if (i > start && (s[i - 1] == '(' || s[i - 1] == '['))
        return 0; /* "(...)": text left out of a quotation, not an end */
    if (run_end < n && S_quote_at(t, run_end) == QUOTE_OPEN)
        return run_end + 1 < n && S_starts_sentence(t, run_end + 1) ? run_end : 0; /* ville."Nous */
    size_t j = S_skip_closers(t, run_end), k = j;
    while (k < n && S_is_space(s[k]))
        k++;
    if (k >= n)
        return n;
    if (k == j || !S_starts_sentence(t, k))
        return 0; /* "ville.Les", "1.5", "a.m.", or a lowercase word next */
    bool single_period = s[i] == '.' && run_end == i + 1;
    if (single_period && S_is_abbreviation(s, start, i, isdigit((unsigned char)s[k])))
        return 0;
    return j;
}

/* A line break is a boundary unless it only wraps a running sentence. */
static bool S_line_break_ends(const syevp_text *t, size_t start, size_t nl)
{
    const char *s = t->fold;
    size_t p = nl, q = nl + 1;
    while (p > start && S_is_space(s[p - 1]))
        p--;
    while (q < t->fold_len && S_is_space(s[q]))
        q++;
    if (p == start || q >= t->fold_len || s[q] == '\n')
        return true;
    char last = s[p - 1];
    bool running = isalnum((unsigned char)last) || (unsigned char)last >= 0x80 || last == ',';
    return !(running && S_is_lower(t, q));
}

/* ------------------------------------------------------------------ */
/* Headers at the start of a line                                      */
/* ------------------------------------------------------------------ */

/* "date 2017-02 ..." (a header the DCT stage reads): end of the date. */
static size_t S_date_header_end(const syevp_text *t, size_t p)
{
    const char *s = t->fold;
    if (t->fold_len - p < 9 || memcmp(s + p, "date ", 5) != 0)
        return 0;
    size_t q = p + 5;
    while (q < t->fold_len && (isdigit((unsigned char)s[q]) || s[q] == '-' || s[q] == '/'))
        q++;
    bool dated = q - (p + 5) >= 4 && isdigit((unsigned char)s[p + 5]);
    return dated && q < t->fold_len && S_is_space(s[q]) ? q : 0;
}

/* The head of a dateline is in capitals up to its first ',' or '('
 * ("BEYROUTH", "INTERNATIONAL", "NEW YORK"), with at least two letters. */
static bool S_capital_head(const syevp_text *t, size_t p, size_t dash)
{
    size_t letters = 0;
    for (size_t q = p; q < dash && t->fold[q] != ',' && t->fold[q] != '('; q++) {
        if (!isalpha((unsigned char)t->fold[q]))
            continue;
        if (!S_is_upper(t, q))
            return false;
        letters++;
    }
    return letters >= 2;
}

/* Every word of [p, e) starts with a capital ("Beyrouth", "Le Caire"). */
static bool S_capitalized_words(const syevp_text *t, size_t p, size_t e)
{
    bool any = false;
    for (size_t q = p; q < e; q++) {
        bool word_start = q == p || t->fold[q - 1] == ' ' || t->fold[q - 1] == '-';
        if (!word_start || !isalpha((unsigned char)t->fold[q]))
            continue;
        if (!S_is_upper(t, q))
            return false;
        any = true;
    }
    return any;
}

/* An agency in brackets right before the dash, after a place and a date
 * ("Moscou, 16 fevrier (AFP)") or a place alone ("Beyrouth (Reuters)"). */
static bool S_agency_tail(const syevp_text *t, size_t p, size_t dash)
{
    const char *s = t->fold;
    size_t e = dash;
    while (e > p && S_is_space(s[e - 1]))
        e--;
    if (e == p || s[e - 1] != ')')
        return false;
    const char *open = memchr(s + p, '(', e - p);
    if (!open || open == s + p)
        return false;
    const char *comma = memchr(s + p, ',', (size_t)(open - (s + p)));
    size_t place_end = comma ? (size_t)(comma - s) : (size_t)(open - s);
    while (place_end > p && S_is_space(s[place_end - 1]))
        place_end--;
    return S_capitalized_words(t, p, place_end) && S_is_upper(t, (size_t)(open - s) + 1);
}

/* A dateline or kicker: "<head> - " within DATELINE_MAX bytes of `p`, with
 * no sentence punctuation before the dash.  Returns the end of the dash. */
static size_t S_dateline_end(const syevp_text *t, size_t p)
{
    const char *s = t->fold;
    if (p >= t->fold_len || !S_is_upper(t, p))
        return 0; /* both forms start with a capital: most lines stop here */
    size_t limit = p + DATELINE_MAX < t->fold_len ? p + DATELINE_MAX : t->fold_len;
    if (!memchr(s + p, '-', limit - p))
        return 0; /* no dash at all: cheaper to find out than the punctuation */
    size_t stop = p + strcspn(s + p, "\n.!?\""); /* no sentence punctuation before the dash */
    if (stop > limit)
        stop = limit;
    const char *d = memchr(s + p, '-', stop - p);
    for (; d; d = memchr(d + 1, '-', (size_t)(s + stop - (d + 1)))) {
        size_t q = (size_t)(d - s) - 1; /* the space before the dash */
        if (q <= p || s[q] != ' ')
            continue;
        size_t after = s[q + 2] == '-' ? q + 3 : q + 2;
        if (after >= t->fold_len || !S_is_space(s[after]))
            continue;
        return S_capital_head(t, p, q) || S_agency_tail(t, p, q) ? after : 0;
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Output                                                              */
/* ------------------------------------------------------------------ */

static void S_push(seg_out *o, const char *s, size_t b, size_t e)
{
    while (b < e && S_is_blank(s[b]))
        b++;
    while (e > b && S_is_blank(s[e - 1]))
        e--;
    if (b == e || o->failed)
        return;
    if (o->count == o->cap && /* the call only when full: a sentence is pushed at every end */
        !(o->pool ? syevp_pool_grow(o->pool, (void **)&o->items, &o->cap, o->count + 1,
                                    sizeof *o->items)
                  : syevp_grow(o->alloc, (void **)&o->items, &o->cap, o->count + 1,
                               sizeof *o->items))) {
        o->failed = true;
        return;
    }
    o->items[o->count].begin = b;
    o->items[o->count].end = e;
    o->count++;
}

/* Emits the headers found at a line start `p`; returns where the line's
 * first real sentence starts. */
static size_t S_take_headers(seg_out *o, const syevp_text *t, size_t p)
{
    for (;;) {
        size_t q = p;
        while (q < t->fold_len && S_is_blank(t->fold[q]))
            q++;
        size_t e = S_date_header_end(t, q);
        if (!e)
            e = S_dateline_end(t, q);
        if (!e)
            return p;
        S_push(o, t->fold, q, e);
        p = e;
    }
}

static syev_status S_segment(const syevp_text *t, seg_out o, syevp_sentence **out,
                             size_t *count, syev_error *err)
{
    const char *s = t->fold;
    size_t n = t->fold_len;
    size_t start = S_take_headers(&o, t, 0), i = start;
    /* Only line breaks and terminators can end a sentence: jump between them
     * (the folded text is NUL-terminated and holds no other NUL). */
    while ((i += strcspn(s + i, "\n.!?")) < n) {
        size_t cut = 0;
        bool line_break = s[i] == '\n';
        if (line_break)
            cut = S_line_break_ends(t, start, i) ? i + 1 : 0;
        else
            cut = S_boundary_after(t, start, i);
        if (!cut) {
            while (i + 1 < n && S_is_terminator(s[i]) && S_is_terminator(s[i + 1]))
                i++; /* one decision per terminator run */
            i++;
            continue;
        }
        S_push(&o, s, start, cut);
        start = line_break ? S_take_headers(&o, t, cut) : cut;
        i = start;
    }
    S_push(&o, s, start, n);
    if (o.failed) {
        if (!o.pool)
            syevp_free(o.alloc, o.items);
        *out = NULL;
        *count = 0;
        return syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory splitting sentences");
    }
    *out = o.items;
    *count = o.count;
    return SYEV_OK;
}

syev_status syevp_segment(const syevp_text *t, const syev_allocator *a, syevp_sentence **out,
                          size_t *count, syev_error *err)
{
    seg_out o = {a, NULL, NULL, 0, 0, false};
    return S_segment(t, o, out, count, err);
}

syev_status syevp_segment_in(const syevp_text *t, syevp_pool *pool, syevp_sentence **out,
                             size_t *count, syev_error *err)
{
    seg_out o = {pool->alloc, pool, NULL, 0, 0, false};
    return S_segment(t, o, out, count, err);
}
