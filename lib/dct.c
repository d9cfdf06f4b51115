/* dct.c — the document creation time found in the text (SPEC section 1).
 *
 * Wire copy and web pages state their date in a header: a line that starts
 * with the date ("03/05/16 a 15:13"), a "date 2017-02" field, a
 * "Publie le ..." / "Mis a jour le ..." / "Actualise ..." line, or a
 * dateline ("MOSCOU, 16 fevrier (AFP) -").  The header is the few short
 * lines at the top, plus the start of the first long one where datelines
 * stand.  Header expressions stay TIMEXes, flagged SYEVP_TX_DCT_HEADER, and
 * never count as dates of the story.
 */
#include <string.h>

#include "syev_private.h"
#include "timex_private.h"

#define HEAD_LINES 5          /* non-empty lines that may belong to the header */
#define BODY_LINE 150         /* a line at least this long starts the body */
#define BODY_LINE_PREFIX 80   /* of which only the start may hold a dateline */
#define WEEKDAY_EVIDENCE 600  /* bytes after the dateline where its weekday is told */
#define YEAR_SPAN 10          /* a dateline's year is at most this after the text's years */

typedef enum rank {
    RANK_PUBLISHED = 0, /* "Publie le", "Mis en ligne le" */
    RANK_HEADER = 1,    /* date at a line start, "date 2017-02", dateline */
    RANK_UPDATED = 2,   /* "Mis a jour", "Actualise" */
    RANK_HEADLINE = 3,  /* a full date elsewhere on a short header line */
    RANK_NONE = 9
} rank;

/* End of the header region (folded offset). */
static size_t S_head_end(const syevp_text *t)
{
    const char *s = t->fold;
    size_t pos = 0, lines = 0;
    while (pos < t->fold_len && lines < HEAD_LINES) {
        const char *nl = memchr(s + pos, '\n', t->fold_len - pos);
        size_t end = nl ? (size_t)(nl - s) : t->fold_len;
        size_t b = pos;
        while (b < end && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r'))
            b++;
        if (end - b >= BODY_LINE)
            return b + BODY_LINE_PREFIX;
        if (b < end)
            lines++;
        pos = end + 1;
    }
    return pos < t->fold_len ? pos : t->fold_len;
}

static size_t S_line_start(const char *s, size_t pos)
{
    while (pos > 0 && s[pos - 1] != '\n')
        pos--;
    return pos;
}

/* Does [b, e) hold w?  memchr() finds where its first letter stands. */
static bool S_contains(const char *s, size_t b, size_t e, const char *w)
{
    const size_t n = strlen(w);
    if (n == 0 || e < b + n)
        return n == 0;
    const char *p = s + b, *const last = s + e - n;
    while (p <= last) {
        const char *q = memchr(p, w[0], (size_t)(last - p) + 1);
        if (!q)
            return false;
        if (memcmp(q, w, n) == 0)
            return true;
        p = q + 1;
    }
    return false;
}

/* Only blanks and separators between b and e. */
static bool S_blank(const char *s, size_t b, size_t e)
{
    for (size_t i = b; i < e; i++)
        if (!strchr(" \t\r-|(*>", s[i]))
            return false;
    return true;
}

/* Is the original character at folded offset i a capital letter? */
static bool S_capital(const syevp_text *t, size_t i)
{
    const size_t o = syevp_orig_off(t, i);
    const unsigned char c = (unsigned char)t->orig[o];
    if (c >= 'A' && c <= 'Z')
        return true;
    /* U+00C0..U+00DE, the accented capitals of Latin-1 */
    return c == 0xC3 && o + 1 < t->orig_len && (unsigned char)t->orig[o + 1] < 0x9F &&
           (unsigned char)t->orig[o + 1] != 0x97;
}

/* "AMMAN, " or "Moscou, " (up to four capitalised words) before the date,
 * and "(Reuters)" or a dash after it. */
static bool S_dateline(const syevp_text *t, size_t line, const syevp_txcand *c)
{
    const char *s = t->fold;
    size_t i = line, words = 0;
    while (i < c->begin && (s[i] == ' ' || s[i] == '\t'))
        i++;
    const size_t city = i;
    while (i < c->begin && s[i] != ',') {
        const bool word_start = i == city || strchr(" -'", s[i - 1]);
        if (s[i] >= 'a' && s[i] <= 'z' && word_start) {
            if (!S_capital(t, i))
                return false;
            words++;
        } else if (!(s[i] >= 'a' && s[i] <= 'z') && !strchr(" -'.", s[i]) &&
                   (unsigned char)s[i] < 0x80) {
            return false;
        }
        i++;
    }
    if (i >= c->begin || words == 0 || words > 4 || i - city > 40 ||
        !S_blank(s, i + 1, c->begin))
        return false;
    size_t j = c->end;
    while (j < t->fold_len && (s[j] == ' ' || s[j] == '\t'))
        j++;
    return j < t->fold_len && (s[j] == '(' || s[j] == '-');
}

static rank S_rank(const syevp_text *t, const syevp_txcand *c)
{
    const char *s = t->fold;
    const size_t line = S_line_start(s, c->begin);
    if (c->sem.flags & SYEVP_SEM_HEADER)
        return RANK_HEADER;
    static const char *const published[] = {"publie", "publication", "mis en ligne", "cree le",
                                            "poste le", NULL};
    for (const char *const *w = published; *w; w++)
        if (S_contains(s, line, c->begin, *w))
            return RANK_PUBLISHED;
    if (S_contains(s, line, c->begin, "mis a jour") ||
        S_contains(s, line, c->begin, "mise a jour") ||
        S_contains(s, line, c->begin, "actualise") || S_contains(s, line, c->begin, "maj "))
        return RANK_UPDATED;
    const bool day = c->sem.kind == SYEVP_TXK_DATE;
    if (day && S_blank(s, line, c->begin))
        return RANK_HEADER;
    if (day && S_dateline(t, line, c))
        return RANK_HEADER;
    /* "Le Monde.fr avec AFP | 23.02.2017 a 11h53": a full date on a short line */
    const char *nl = memchr(s + c->begin, '\n', t->fold_len - c->begin);
    const size_t line_end = nl ? (size_t)(nl - s) : t->fold_len;
    if (day && c->sem.y && line_end - line < BODY_LINE)
        return RANK_HEADLINE;
    return RANK_NONE;
}

/* The dateline's year from the text: the years it names are before it, and
 * the weekday the lead tells is the dateline's own day. */
static int S_infer_year(const syevp_txcand *cands, size_t count, size_t hi, int m, int d)
{
    int max_year = 0, wd = cands[hi].sem.wd;
    for (size_t i = 0; i < count; i++) {
        const syevp_txsem *s = &cands[i].sem;
        if (s->y >= 1900 && s->y <= 2100 && !(s->flags & SYEVP_SEM_ERA) && s->y > max_year)
            max_year = s->y;
        if (!wd && i > hi && s->kind == SYEVP_TXK_WEEKDAY && s->wdq == SYEVP_WDQ_NONE &&
            cands[i].begin < cands[hi].end + WEEKDAY_EVIDENCE)
            wd = s->wd;
    }
    if (!max_year || !wd)
        return 0;
    for (int y = max_year + YEAR_SPAN; y >= max_year; y--)
        if (d <= syevp_days_in_month(y, m) && syevp_weekday(syevp_days_from_civil(y, m, d)) == wd)
            return y;
    return 0;
}

static bool S_header_span(const syevp_txcand *cands, size_t count, size_t i, int32_t *b,
                          int32_t *e, syev_granularity *g)
{
    const syevp_txsem *s = &cands[i].sem;
    if (syevp_txsem_absolute(s, b, e, g))
        return true;
    if (s->kind != SYEVP_TXK_DATE || s->y || !s->m || s->d <= 0)
        return false;
    syevp_txsem dated = *s;
    dated.y = S_infer_year(cands, count, i, s->m, s->d);
    return dated.y && syevp_txsem_absolute(&dated, b, e, g);
}

void syevp_dct_discover(syev_doc *doc, syevp_txcand *cands, size_t count)
{
    const size_t head_end = S_head_end(&doc->text);
    rank ranks[64];
    size_t n = 0;
    for (; n < count && n < sizeof ranks / sizeof *ranks && cands[n].begin < head_end; n++) {
        ranks[n] = S_rank(&doc->text, &cands[n]);
        /* A date right after a header date on its line belongs to it. */
        if (ranks[n] == RANK_NONE && n > 0 && ranks[n - 1] != RANK_NONE &&
            S_blank(doc->text.fold, cands[n - 1].end, cands[n].begin))
            ranks[n] = ranks[n - 1];
        if (ranks[n] != RANK_NONE)
            cands[n].tx_flags |= SYEVP_TX_DCT_HEADER;
    }
    if (doc->dct_source != SYEV_DCT_NONE)
        return;
    size_t best = SIZE_MAX;
    int32_t b = 0, e = 0;
    syev_granularity g = SYEV_GRAN_UNKNOWN;
    for (rank r = RANK_PUBLISHED; r <= RANK_HEADLINE && best == SIZE_MAX; r++)
        for (size_t i = 0; i < n && best == SIZE_MAX; i++)
            if (ranks[i] == r && S_header_span(cands, count, i, &b, &e, &g))
                best = i;
    if (best == SIZE_MAX)
        return;
    /* "date 2017-03 3 mars 2017": a finer header date inside refines it. */
    for (size_t i = best + 1; i < n; i++) {
        int32_t fb, fe;
        syev_granularity fg;
        if (ranks[i] != RANK_NONE && S_header_span(cands, count, i, &fb, &fe, &fg) &&
            fb >= b && fe <= e && fe - fb < e - b) {
            b = fb, e = fe, g = fg;
        }
    }
    syevp_when_set_days(&doc->dct, b, e, g, SYEV_MOD_NONE);
    doc->dct_source = SYEV_DCT_TEXT;
}
