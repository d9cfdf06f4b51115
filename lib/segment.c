/* segment.c — French sentence splitting with byte offsets.
 *
 * Boundaries: every line break (headlines, datelines and paragraphs stand on
 * their own lines in wire copy), and . ! ? ... followed by space and a
 * capital, digit, quote or dash, unless the word before is an abbreviation
 * (M., Mme, Dr, St, etc., av., J.-C.) or a single initial.
 */
#include <ctype.h>
#include <string.h>

#include "syev_private.h"

/* Folded abbreviations that never end a sentence when followed by '.'. */
static const char *const abbreviations[] = {
    "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "mgr", "st", "ste",
    "etc", "av", "apr", "j.-c", "cf", "p", "pp", "no", "vol", "art", "al", "env",
    "gen", "col", "lt", "cdt", "sgt", "adj", "bd", "ch", "ex", "fig", "min", "max",
    "janv", "fevr", "oct", "nov", "dec", "sept", "juil", "ibid", "op", "cit", "vs",
};

static bool S_is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* Is the word that ends at `end` (exclusive, before the '.') an abbreviation? */
static bool S_is_abbreviation(const char *s, size_t start, size_t end)
{
    size_t b = end;
    while (b > start && (isalpha((unsigned char)s[b - 1]) || s[b - 1] == '.' || s[b - 1] == '-'))
        b--;
    size_t n = end - b;
    if (n == 0)
        return false;
    if (n == 1)
        return true; /* a single initial: "G. W. Bush" */
    for (size_t i = 0; i < sizeof abbreviations / sizeof *abbreviations; i++)
        if (strlen(abbreviations[i]) == n && memcmp(abbreviations[i], s + b, n) == 0)
            return true;
    return false;
}

/* Does the original text at folded offset `pos` start a new sentence? */
static bool S_starts_sentence(const syevp_text *t, size_t pos)
{
    unsigned char o = (unsigned char)t->orig[syevp_orig_off(t, pos)];
    char f = t->fold[pos];
    if (o >= 'A' && o <= 'Z')
        return true;
    if (o >= 0xC3 && o <= 0xC5) { /* capital Latin letters with accents */
        unsigned char o2 = (unsigned char)t->orig[syevp_orig_off(t, pos) + 1];
        return o == 0xC3 ? o2 < 0x9F : (o2 % 2 == 0);
    }
    return isdigit((unsigned char)f) || f == '"' || f == '-' || f == '(';
}

static bool S_push(const syev_allocator *a, syevp_sentence **out, size_t *count, size_t *cap,
                   const char *s, size_t b, size_t e)
{
    while (b < e && (S_is_space(s[b]) || s[b] == '\n'))
        b++;
    while (e > b && (S_is_space(s[e - 1]) || s[e - 1] == '\n'))
        e--;
    if (b == e)
        return true;
    if (!syevp_grow(a, (void **)out, cap, *count + 1, sizeof **out))
        return false;
    (*out)[*count].begin = b;
    (*out)[*count].end = e;
    (*count)++;
    return true;
}

/* Position just after a sentence end starting at the terminator `i`, or 0. */
static size_t S_boundary_after(const syevp_text *t, size_t start, size_t i)
{
    const char *s = t->fold;
    size_t n = t->fold_len;
    size_t j = i;
    while (j < n && (s[j] == '.' || s[j] == '!' || s[j] == '?'))
        j++;
    if (s[i] == '.' && j == i + 1 && S_is_abbreviation(s, start, i))
        return 0;
    while (j < n && (s[j] == '"' || s[j] == ')'))
        j++;
    size_t k = j;
    while (k < n && S_is_space(s[k]))
        k++;
    if (k == j || k >= n)
        return k >= n ? n : 0;
    return S_starts_sentence(t, k) ? j : 0;
}

syev_status syevp_segment(const syevp_text *t, const syev_allocator *a, syevp_sentence **out,
                          size_t *count, syev_error *err)
{
    const char *s = t->fold;
    size_t n = t->fold_len, start = 0, cap = 0;
    *out = NULL;
    *count = 0;
    for (size_t i = 0; i < n; i++) {
        size_t cut = 0;
        if (s[i] == '\n')
            cut = i + 1;
        else if (s[i] == '.' || s[i] == '!' || s[i] == '?')
            cut = S_boundary_after(t, start, i);
        if (!cut)
            continue;
        if (!S_push(a, out, count, &cap, s, start, cut))
            goto nomem;
        start = cut;
        i = cut - 1;
    }
    if (!S_push(a, out, count, &cap, s, start, n))
        goto nomem;
    return SYEV_OK;
nomem:
    syevp_free(a, *out);
    *out = NULL;
    *count = 0;
    return syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory splitting sentences");
}
