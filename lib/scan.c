/* scan.c — finding the entries of a big table of patterns in one pass.
 *
 * A table (triggers, actor forms, 1,600 place forms) used to be one
 * alternation searched at every position: PCRE2 tries the alternatives one
 * after the other, so the cost grew with the table (thousands of
 * instructions per byte).  Here each entry is filed under the literal
 * characters it must start with: its first three characters when the
 * pattern starts with three literals, else two, else one, else the first
 * characters PCRE2 reports for it (or "any").  Entries filed under the same
 * key are compiled, in table order, into one small ANCHORED alternation.
 * A scan walks the candidate positions once (word boundaries, or every
 * character), looks the next characters up and runs only the few small
 * alternations filed there.  Where several match at one position, the entry
 * that comes first in the table wins, as in the single alternation, so the
 * result is exactly that of `\b(?:e0|e1|...)\b` searched left to right.
 *
 * Most of the time goes to three things, each made cheap here:
 *  - the walk over the word boundaries: one hashed test of the first three
 *    bytes of each (start_bits, in a loop of its own: S_next_start), the
 *    end of a word skipped when no key starts with a non-word character
 *    (bound_step);
 *  - the filters of a group: its entries' prefixes of up to 7 characters,
 *    first their 4 first characters (four_bits);
 *  - running what can match: where a group's key and one of its prefixes
 *    are found, its candidate entries are tried one by one in table order
 *    (S_candidates; a span of long strings only where one has the next
 *    character; a long span only in the list of the character its strings
 *    differ at, S_split_span), the first match winning as in the group's
 *    alternation.
 *    An entry is tried branch by branch (its top-level alternatives): most
 *    branches match one of a short list of strings (S_lit_list), which are
 *    compared here; the others run their own anchored pattern, after a
 *    search for a run of characters it needs before any byte none of its
 *    atoms matches (S_find_need), and for some, after their leading atoms
 *    are followed in C (S_find_lead); the group's alternation only decides
 *    where a string ends next to a character beyond ASCII.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "syev_private.h"

#if defined(__SSE2__)
#include <emmintrin.h> /* S_starts64 */
#endif

#define KEY_ANY 0u

/* One group of entries sharing a key. */
typedef struct S_group {
    uint32_t key;   /**< level in the top byte, then up to 3 characters */
    /* Bit L set: some entry of the group starts with a known prefix of L
     * characters (longer than the key), filed in the multi's wide_bits.
     * 0: the group is tried wherever its key is found. */
    uint8_t wide_levels;
    /* Some entry's prefixes went through \s or \d, which reach beyond
     * ASCII: where the text is beyond ASCII, its candidates are not known. */
    bool wild_prefixes;
    size_t first_entry; /**< the lowest entry filed there */
    /* Bit L set: some of its tries are filed under L characters (see
     * S_candidates); 0: its alternation runs where its prefixes are. */
    uint8_t try_levels;
    /* re belongs to an earlier group of the same entries (freed there). */
    bool re_shared;
    pcre2_code *re;
} S_group;

#define NO_BRANCH 0xFFFFFFFFu

/* One of the strings an entry can match (S_lit_list), or in their order
 * the place of a branch of the entry tried by its own pattern. */
typedef struct S_string {
    uint64_t head, mask; /**< its first characters (up to WIDE_LEN), as in S_wide_key */
    uint32_t at, len;    /**< in the multi's string_chars */
    uint32_t branch;     /**< NO_BRANCH: a string; else the multi's branch run here */
} S_string;

#define NEED_MAX 24

/* A top-level alternative of an entry ("\\besper\\w*" in
 * "\\besper\\w*|\\bespoir\\b|...") whose matches are not a short
 * list of strings: run by its own anchored pattern, in a group with
 * prefixes, where one of its own prefixes is found. */
typedef struct S_branch {
    char *pattern;
    pcre2_code *re; /**< NULL: in no group with prefixes */
    /* A run its matches need within reach bytes (S_find_need); need_len 0:
     * none known.  need_pivot: the character looked for first.  [1]: in a
     * text all ASCII (a character, a byte).  word_rest: its atoms up to
     * the first that may match a space stay before the first space, and
     * all it reads lies within word_rest bytes of that space. */
    size_t reach[2], word_rest[2];
    uint8_t need_len, need_pivot;
    char need[NEED_MAX];
    /* Up to three bytes none of its atoms matches (S_find_stops): the
     * run it needs lies before the first of them after the position. */
    uint8_t stop_count;
    char stops[3];
    struct S_lead *lead; /**< NULL: none (S_find_lead) */
    uint64_t *keys; /**< its prefixes, while the multi is built */
    int key_count;  /**< 0: not known */
    bool re_shared; /**< re is a group's (S_alone_re), freed with it */
} S_branch;

/* How an entry is tried on its own, in a group with prefixes: its
 * branches in order, each a list of strings or a pattern of its own. */
typedef struct S_entry {
    uint32_t first_string, string_count; /**< in the multi's strings */
} S_entry;

/* What can match in a group where one prefix is found: the entries, in
 * table order, and for each its strings that start with the prefix and
 * its branches that can, in their order.  A try is the entry's index in
 * the high 32 bits, then the string's index. */

/* A try as S_try_candidates reads it: the string's characters after its
 * first WIDE_LEN (those are the prefix it is found by), as S_load8 reads
 * them, and which of those bytes it has. */
typedef struct S_try {
    uint64_t rest, rest_mask;
    uint32_t entry;
    uint32_t string; /**< in the multi's strings */
    uint32_t branch; /**< NO_BRANCH: the string is compared; else this branch runs */
} S_try;

typedef struct S_candidates {
    uint64_t key;          /**< the prefix, as in S_wide_key (0: empty slot) */
    uint32_t group;        /**< the group's index */
    uint32_t first, count; /**< in the multi's tries, sorted */
    /* Bit c % 64 set: some try may match where the character after the
     * prefix is c; all set when a try is a branch or a string of at most
     * WIDE_LEN characters.  Where the prefix of a long string is found,
     * its next character often differs: the span is then not walked. */
    uint64_t next_chars;
    /* 0, or the offset from the position of a character that tells the
     * tries of a long span apart: they are then listed again in
     * SPLIT_BUCKETS + 1 lists of split_tries, in their order, one for each
     * value of that character % SPLIT_BUCKETS (the strings having it
     * there, and those too short to reach it and the branches), the last
     * for a text ending before it (those too short, the branches); only
     * the list of the text's character is tried (S_split_span).  Spans of
     * a hundred strings sharing a prefix ("province de ...", "coalition
     * ...") are walked a few tries at a time. */
    uint32_t split_at;
    uint32_t buckets; /**< its lists' SPLIT_BUCKETS + 2 bounds in bucket_bounds */
} S_candidates;

#define SPLIT_BUCKETS 64
#define SPLIT_MIN 4    /* tries in a span, at least, to split it */
#define SPLIT_REACH 24 /* offsets looked at, from WIDE_LEN */

struct syevp_multi {
    bool words;
    S_group *groups; /**< sorted by key */
    size_t group_count;
    /** Which key levels occur: 0 any, 1-3 characters, 4 byte before, 5-7
     *  "wild" (0-2 characters, then one beyond ASCII). */
    bool level_used[8];
    uint8_t prev_byte[32]; /**< bytes a lookbehind entry needs before it */
    /* Cheap tests before a hash probe: the key levels (bit 1 to 3) used by
     * the keys starting with each byte (0: no key starts with it), the
     * pairs of bytes keys of two or three characters start with, and their
     * triples (hashed): TRIPLE_KNOWN, then TRIPLE_UNFILTERED or the
     * wide_levels of the groups of three characters hashed there, so that
     * their prefix filter runs before the group is even looked up. */
    uint8_t levels_of_first[256];
    /* The first three bytes of the keys of two or three characters,
     * hashed (S_start_hash) into one bit each (a key of two: with any third
     * byte): where the first test of a boundary passes, as seldom as the
     * triple test of S_keys_may_start, for about 10 instructions. */
    uint32_t start_bits[65536 / 32]; /**< in words: the test shifts by h % 32 */
    /* The first four characters of the prefixes of the groups of three
     * characters, when they are ASCII, hashed (S_start_hash) into one bit
     * each: where a known triple's prefix filter is about to run, most
     * boundaries (6 in 10 on the test slice) are turned away by this test
     * of 8 instructions instead. */
    uint8_t four_bits[65536 / 8];
    /* How many boundaries to go on by after one starting with each byte: 2
     * after the start of a word when no key starts with a character other
     * than a letter, a digit or '_' (the next boundary, the word's end,
     * cannot start a match), else 1. */
    uint8_t bound_step[256];
    uint8_t pair_bits[65536 / 8];
    uint8_t pair2_bits[65536 / 8]; /**< the keys of two characters alone */
    uint8_t triple_info[65536];
    /* Open-addressing hash of keys to group indexes (SIZE_MAX: empty). */
    size_t *slots;
    size_t slot_mask;
    /* The prefixes of up to WIDE_LEN characters each group's entries can
     * start with, hashed with the group's index into one bit each.  A
     * group runs only where one of them is found: most places a short key
     * like "de " or "la " is found, none of its entries can match. */
    uint8_t *wide_bits;
    unsigned wide_shift; /**< 64 minus log2 of the number of bits */
    bool wild_used;      /**< some group has a wild key */
    /* Where the prefix filter of a group passes, its candidate entries
     * are tried one by one, in table order, the first match winning as in
     * the group's alternation: most by comparing their strings, the others
     * by their own pattern.  (The alternation of a group of 40 entries
     * costs PCRE2 about 1,500 instructions where one entry could start.) */
    S_entry *entries;
    size_t entry_count;
    S_string *strings;
    char *string_chars;
    S_branch *branches;
    size_t branch_count;
    S_candidates *candidates; /**< open addressing by group and prefix */
    size_t candidates_mask;
    S_try *tries;
    S_try *split_tries; /**< the lists of the split spans (S_candidates.split_at) */
    size_t split_tries_n, split_tries_cap;
    uint32_t *bucket_bounds; /**< their bounds in split_tries (S_candidates.buckets) */
    size_t bucket_bounds_n, bucket_bounds_cap;
    /* The shared walk of word starts this table registered with (NULL:
     * none), and its bit there (0: not registered). */
    syevp_shared_starts *shared;
    uint8_t shared_bit;
};

typedef struct S_filing {
    uint32_t key;
    size_t entry;
} S_filing;

/* By byte: 1 for a word character of ASCII, as \w (PCRE2_UCP) has them
 * (letters, digits, '_'), 2 beyond ASCII (PCRE2 knows the class of the
 * character), else 0: a table, since S_bound_at reads two at every
 * position tried. */
static const uint8_t S_word_class[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
};

/* A word character of ASCII, as \w (PCRE2_UCP) has them. */
static bool S_word_ascii(unsigned char c)
{
    return S_word_class[c] == 1;
}

static uint32_t S_key(int level, const unsigned char *c)
{
    uint32_t k = (uint32_t)level << 24;
    for (int i = 0; i < level; i++)
        k |= (uint32_t)c[i] << (8 * (2 - i));
    return k;
}

/* ------------------------------------------------------------------ */
/* The keys an entry is filed under                                    */
/* ------------------------------------------------------------------ */

#define MAX_KEYS 128 /* more and the entry is filed under "any" */
#define EXPAND_BUDGET 4000

/* The first characters (up to 3) that matches of a fragment can start
 * with, found by expanding its leading groups, classes and optional atoms.
 * Zero-width assertions are skipped and repetition ends the expansion, so
 * the set is always a superset: an entry is never filed where it cannot be
 * found. */
#define KEY_SLOTS 512

typedef struct S_prefixes {
    uint64_t *keys; /**< table keys (S_key), or wide keys (S_wide_key) */
    bool wide;
    int max_len; /**< 3, or up to 7 for wide keys */
    int cap;
    int count;
    int budget;
    bool overflow;
    /* After one copy of a repeated character ("\\s*", "x+"), go on with
     * more copies or what follows, instead of stopping there: the longer
     * prefixes then filter ",\\s*selon" by "selon" rather than by ", ". */
    bool through_repeats;
    /* Where a lookahead is followed by nothing but assertions (the end of
     * "pour(?=\\s+(?:obtenir|faire)\\b)(?!...)"), go on with what it reads:
     * the characters there must start a match of it.  (Set with
     * through_repeats: the table's own prefixes.) */
    bool into_lookaheads;
    bool wild_taken; /**< a \\s or \\d was taken (it reaches beyond ASCII) */
    const struct S_syntax *syntax; /**< of the pattern being expanded */
    /* The keys found, hashed (their index + 1; 0: empty) when cap is at
     * most KEY_SLOTS / 2: a key found again (most are) is not compared
     * with each of the others. */
    uint16_t slots[KEY_SLOTS];
} S_prefixes;

#define LEVEL_WILD 5 /* + the number of ASCII characters before the wild one */

/* A key of up to 7 characters: the level in the top byte, then the
 * characters. */
static uint64_t S_wide_key(int level, const unsigned char *c)
{
    uint64_t chars = 0;
    for (int i = 0; i < level; i++)
        chars |= syevp_key_char(i, c[i]);
    return syevp_key(level, chars);
}

#define WIDE_LEN 7

/* The first `level` characters of a key laid out as in S_wide_key. */
static const uint64_t S_first_chars[WIDE_LEN + 1] = {
    0, 0x00FF000000000000u, 0x00FFFF0000000000u, 0x00FFFFFF00000000u, 0x00FFFFFFFF000000u,
    0x00FFFFFFFFFF0000u, 0x00FFFFFFFFFFFF00u, 0x00FFFFFFFFFFFFFFu};
#define WIDE_KEYS 256 /* prefixes of one entry; with more, shorter ones are tried */

/* The bit of prefix `key` of the group keyed `group_key` in wide_bits. */
static size_t S_wide_bit(const syevp_multi *m, uint32_t group_key, uint64_t key)
{
    return (size_t)(((key ^ ((uint64_t)group_key * 0x9E3779B97F4A7C15u)) * 0xFF51AFD7ED558CCDu) >>
                    m->wide_shift);
}

/* Flags of triple_info (bits 4 to 7 hold wide levels): some group keyed by
 * three characters is hashed there; one of those has no prefix filter. */
#define TRIPLE_KNOWN 0x01u
#define TRIPLE_UNFILTERED 0x02u

static void S_add_key(S_prefixes *P, uint64_t k)
{
    if (P->cap > KEY_SLOTS / 2) {
        for (int i = 0; i < P->count; i++)
            if (P->keys[i] == k)
                return;
        if (P->count == P->cap)
            P->overflow = true;
        else
            P->keys[P->count++] = k;
        return;
    }
    size_t i = (size_t)((k * 0x9E3779B97F4A7C15u) >> 55); /* 9 bits */
    for (; P->slots[i]; i = (i + 1) % KEY_SLOTS)
        if (P->keys[P->slots[i] - 1] == k)
            return;
    if (P->count == P->cap) {
        P->overflow = true;
    } else {
        P->keys[P->count++] = k;
        P->slots[i] = (uint16_t)P->count;
    }
}

static void S_emit(S_prefixes *P, const unsigned char *pre, int len)
{
    S_add_key(P, P->wide ? S_wide_key(len, pre) : S_key(len, pre));
}

/* The match may go on with a character beyond ASCII after the `len` of
 * `pre` (\d and \s reach there with PCRE2_UCP): a wild key. */
static void S_emit_wild(S_prefixes *P, const unsigned char *pre, int len)
{
    S_add_key(P, (S_key(len, pre) & 0xFFFFFFu) | (uint32_t)(LEVEL_WILD + len) << 24);
}

/* End of the group opening at p ('('), or NULL. */
static const char *S_group_end(const char *p)
{
    int depth = 0;
    bool in_class = false;
    for (; *p; p++) {
        if (*p == '\\' && p[1])
            p++;
        else if (in_class)
            in_class = *p != ']';
        else if (*p == '[')
            in_class = true;
        else if (*p == '(')
            depth++;
        else if (*p == ')' && --depth == 0)
            return p;
    }
    return NULL;
}

/* End of the class opening at p ('['), or NULL. */
static const char *S_class_end(const char *p)
{
    const char *q = p + 1;
    if (*q == '^')
        q++;
    if (*q == ']')
        q++;
    for (; *q; q++) {
        if (*q == '\\' && q[1])
            q++;
        else if (*q == ']')
            return q;
    }
    return NULL;
}

/* Does the escape also match characters beyond ASCII (PCRE2_UCP), which
 * S_escape_set does not list? */
static bool S_escape_wild(char e)
{
    return e == 's' || e == 'd';
}

/* Characters an escape stands for among ASCII (NULL: too many to list). */
static const char *S_escape_set(char e, char lit[2])
{
    if (e == 's')
        return " \t\n\r\f\v";
    if (e == 'd')
        return "0123456789";
    if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9'))
        return NULL;
    lit[0] = e;
    lit[1] = '\0';
    return lit;
}

/* Members of the class [first, last] (between the brackets); false when
 * negated or too large.  *wild is set when it holds \d or \s. */
static bool S_class_set(const char *first, const char *last, char *set, size_t cap, bool *wild)
{
    size_t n = 0;
    *wild = false;
    if (*first == '^')
        return false;
    for (const char *q = first; q < last; q++) {
        char lit[2];
        const char *members = NULL;
        if (*q == '\\') {
            members = S_escape_set(q[1], lit);
            *wild = *wild || S_escape_wild(q[1]);
            q++;
            if (!members)
                return false;
        } else if (q + 2 < last && q[1] == '-') {
            for (int c = (unsigned char)q[0]; c <= (unsigned char)q[2]; c++) {
                if (n + 1 >= cap)
                    return false;
                set[n++] = (char)c;
            }
            q += 2;
            continue;
        } else {
            lit[0] = *q;
            lit[1] = '\0';
            members = lit;
        }
        for (; *members; members++) {
            if (n + 1 >= cap)
                return false;
            set[n++] = *members;
        }
    }
    set[n] = '\0';
    return n > 0;
}

/* The expansion reads the pattern as a chain of fragments: an alternative
 * of a group is followed by what follows the group, without building that
 * string (the pattern of an entry is read again at each of its
 * alternatives, and long ones, a thousand bytes, were copied each time).
 * A fragment: the bytes [p, end), then `next` (NULL: the end). */
typedef struct S_frag {
    const char *p, *end;
    const struct S_frag *next;
} S_frag;

/* A place in a chain: p in [f->p, f->end]. */
typedef struct S_at {
    const char *p;
    const S_frag *f;
} S_at;

static const S_frag S_nothing = {"", "", NULL};
static const char S_star[] = "*";

/* The end of a chain: nothing follows. */
static S_at S_end(void)
{
    return (S_at){S_nothing.p, &S_nothing};
}

/* The same place, moved past the ends of fragments it lies at. */
static S_at S_settle(S_at at)
{
    while (at.p == at.f->end && at.f->next) {
        at.f = at.f->next;
        at.p = at.f->p;
    }
    return at;
}

/* The character at `at` ('\0' at the end of the chain). */
static char S_char(S_at at)
{
    at = S_settle(at);
    return at.p < at.f->end ? *at.p : '\0';
}

/* The place one character after `at` (or the end). */
static S_at S_next(S_at at)
{
    at = S_settle(at);
    if (at.p < at.f->end)
        at.p++;
    return at;
}

/* A fragment holding what follows `at` in its chain. */
static S_frag S_frag_from(S_at at)
{
    return (S_frag){at.p, at.f->end, at.f->next};
}

/* Where the groups of the pattern being expanded end and their
 * alternatives are split, found in one pass (S_syntax_scan) instead of at
 * each visit: for a '(' at offset i, close[i] is the offset of its ')'
 * (-1: not a group's opening; other offsets are not set); for a '(' or a
 * '|' between alternatives, sep[i] is the offset of the '|' or ')' that
 * ends the next alternative. */
struct S_syntax {
    const char *base;
    size_t len;
    int32_t *close, *sep;
    bool readable; /**< S_syntax_scan found them */
};
typedef struct S_syntax S_syntax;

/* The bytes S_syntax_scan looks at. */
static const bool S_syntax_bytes[256] = {['\\'] = true, ['['] = true, [']'] = true,
                                         ['('] = true,  [')'] = true, ['|'] = true};

/* A pattern is expanded from its tables only when each group closes, each
 * class is closed, and no class starts with ']' (where S_class_end and
 * the scan of a group would read it differently); false otherwise. */
static bool S_syntax_scan(S_syntax *sx)
{
    const size_t n = sx->len;
    int32_t open[256], last_sep[256];
    int depth = 0;
    bool in_class = false;
    if (n > INT32_MAX)
        return false;
    /* close[] is set for every '(', the escaped ones and those in classes
     * to -1 (no other offset is read) */
    for (size_t i = 0; i < n; i++) {
        const char c = sx->base[i];
        if (!S_syntax_bytes[(unsigned char)c])
            continue;
        if (c == '\\' && sx->base[i + 1]) {
            if (sx->base[++i] == '(')
                sx->close[i] = -1;
        } else if (in_class) {
            if (c == '(')
                sx->close[i] = -1;
            in_class = c != ']';
        } else if (c == '[') {
            if (sx->base[i + 1] == ']' || (sx->base[i + 1] == '^' && sx->base[i + 2] == ']'))
                return false;
            in_class = true;
        } else if (c == '(') {
            if (depth == (int)(sizeof open / sizeof *open))
                return false;
            open[depth] = last_sep[depth] = (int32_t)i;
            depth++;
        } else if (c == '|' || c == ')') {
            if (depth == 0)
                return false; /* outside every group */
            sx->sep[last_sep[depth - 1]] = (int32_t)i;
            if (c == '|')
                last_sep[depth - 1] = (int32_t)i;
            else
                sx->close[open[--depth]] = (int32_t)i;
        }
    }
    return depth == 0 && !in_class && sx->close[0] == (int32_t)n - 1;
}

/* The ')' of the group opening at p in fragment f, or NULL where the scan
 * of the whole pattern saw no group open (a '(' in a class, reached after
 * a '{' read as a quantifier). */
static const char *S_close_of(const S_syntax *sx, const char *p, const S_frag *f)
{
    const int32_t c = sx->close[p - sx->base];
    return c >= 0 && sx->base + c < f->end ? sx->base + c : NULL;
}

static void S_expand(S_prefixes *P, const char *p, const S_frag *f, unsigned char *pre, int len);

/* After an atom: its quantifier and what follows.  `repeat` is set when
 * the atom may repeat (the expansion then stops after one copy). */
static S_at S_after_quantifier(S_at q, bool *optional, bool *repeat)
{
    *optional = *repeat = false;
    const char c = q.p < q.f->end ? *q.p : S_char(q);
    if (c == '?' || c == '*') {
        *optional = true;
        *repeat = c == '*';
        q = S_next(q);
    } else if (c == '+') {
        *repeat = true;
        q = S_next(q);
    } else if (c == '{') {
        const char c1 = S_char(S_next(q));
        *optional = c1 == '0' || c1 == ',';
        *repeat = true;
        while (S_char(q) && S_char(q) != '}')
            q = S_next(q);
        if (S_char(q))
            q = S_next(q);
    } else {
        return q;
    }
    if (S_char(q) == '?' || S_char(q) == '+')
        q = S_next(q); /* lazy or possessive */
    return q;
}

/* Takes one character of an atom whose members are `set`. */
static void S_take_set(S_prefixes *P, const char *set, S_at cont, unsigned char *pre, int len)
{
    for (const char *c = set; *c && !P->overflow; c++) {
        pre[len] = (unsigned char)*c;
        S_expand(P, cont.p, cont.f, pre, len + 1);
    }
}

/* Takes one copy of the atom [atom, atom_end) of fragment f, repeated by
 * '*' or '+' (at quantifier), then goes on with the atom under '*' (more
 * copies or none) and what follows it. */
static void S_take_repeated(S_prefixes *P, const char *set, const char *atom,
                            const char *atom_end, const S_frag *f, S_at quantifier,
                            unsigned char *pre, int len)
{
    if (S_char(quantifier) == '*') {
        S_take_set(P, set, (S_at){atom, f}, pre, len); /* the continuation is the atom itself */
        return;
    }
    const S_frag after = S_frag_from(S_next(quantifier));
    const S_frag star = {S_star, S_star + 1, &after};
    const S_frag again = {atom, atom_end, &star};
    S_take_set(P, set, (S_at){atom, &again}, pre, len);
}

/* Expands each alternative of the group opening at `open` (its body from
 * `body` to `close`) followed by cont. */
static void S_expand_alternatives(S_prefixes *P, const char *open, const char *body,
                                  const char *close, S_at cont, unsigned char *pre, int len)
{
    const S_syntax *sx = P->syntax;
    const S_frag rest = S_frag_from(cont);
    const char *alt = body;
    for (const char *q = sx->base + sx->sep[open - sx->base]; !P->overflow;
         q = sx->base + sx->sep[q - sx->base]) {
        const S_frag one = {alt, q, &rest};
        S_expand(P, alt, &one, pre, len);
        if (q == close)
            break;
        alt = q + 1;
    }
}

static void S_expand_group(S_prefixes *P, const char *p, const char *close, const S_frag *f,
                           unsigned char *pre, int len)
{
    bool optional, repeat;
    const S_at rest = S_after_quantifier((S_at){close + 1, f}, &optional, &repeat);
    if (optional)
        S_expand(P, rest.p, rest.f, pre, len);
    const char *body = p + 1;
    if (body[0] == '?' && body[1] == ':')
        body += 2;
    else if (body[0] == '?' && body[1] == '<') /* (?<name>...) */
        body = strchr(body, '>') + 1;
    S_expand_alternatives(P, p, body, close, repeat ? S_end() : rest, pre, len);
}

/* Does the chain from q hold only assertions up to its end (\\b,
 * lookarounds)? */
static bool S_only_assertions(const S_prefixes *P, S_at q)
{
    for (;;) {
        q = S_settle(q);
        const char c = S_char(q), c1 = S_char(S_next(q));
        if (c == '\0')
            return true;
        if (c == '\\' && (c1 == 'b' || c1 == 'B')) {
            q = S_next(S_next(q));
        } else if (c == '(' && c1 == '?' &&
                   (q.p[2] == '=' || q.p[2] == '!' ||
                    (q.p[2] == '<' && (q.p[3] == '=' || q.p[3] == '!')))) {
            const char *close = S_close_of(P->syntax, q.p, q.f);
            if (!close)
                return false;
            q.p = close + 1;
        } else {
            return false;
        }
        const char after = S_char(q);
        if (after && strchr("?*+{", after))
            return false;
    }
}

/* Expands the group opening at p: a lookaround, a named group, options or
 * a plain group. */
static void S_expand_paren(S_prefixes *P, const char *p, const S_frag *f, unsigned char *pre,
                           int len)
{
    const char *close = S_close_of(P->syntax, p, f);
    if (!close) {
        P->overflow = true;
        return;
    }
    if (P->into_lookaheads && p[1] == '?' && p[2] == '=') {
        const char after = S_char((S_at){close + 1, f});
        if (!strchr("?*+{", after ? after : ' ') && S_only_assertions(P, (S_at){close + 1, f})) {
            /* the lookahead is read as the rest of the pattern: each of its
             * alternatives, then the end (see S_prefixes.into_lookaheads) */
            S_expand_alternatives(P, p, p + 3, close, S_end(), pre, len);
            return;
        }
    }
    if (p[1] == '?' &&
        (p[2] == '=' || p[2] == '!' || (p[2] == '<' && (p[3] == '=' || p[3] == '!')))) {
        S_expand(P, close + 1, f, pre, len); /* a lookaround matches no character */
    } else if (p[1] == '?' && p[2] == '<') {
        if (memchr(p, '>', (size_t)(close - p)))
            S_expand_group(P, p, close, f, pre, len); /* a named group */
        else
            S_emit(P, pre, len);
    } else if (p[1] == '?' && p[2] != ':') {
        S_emit(P, pre, len); /* (?i), (?|...): do not look further */
    } else {
        S_expand_group(P, p, close, f, pre, len);
    }
}

/* The characters (among ASCII) the atom at p, other than a group, stands
 * for, in set_buf or lit; NULL when too many to list.  *atom_end: its end;
 * *wild: it holds \\s or \\d. */
#define SET_CAP 160

static const char *S_atom_set(const char *p, char set_buf[SET_CAP], char lit[2],
                              const char **atom_end, bool *wild)
{
    const char c = *p;
    *wild = false;
    if (c == '[') {
        const char *close = S_class_end(p);
        *atom_end = close ? close + 1 : p + 1;
        return close && S_class_set(p + 1, close, set_buf, SET_CAP, wild) ? set_buf : NULL;
    }
    if (c == '\\') {
        *wild = p[1] && S_escape_wild(p[1]);
        *atom_end = p + (p[1] ? 2 : 1);
        return p[1] ? S_escape_set(p[1], lit) : NULL;
    }
    lit[0] = c;
    lit[1] = '\0';
    *atom_end = p + 1;
    return lit;
}

/* Expands the chain from p in fragment f, the `len` characters of `pre`
 * taken.  What is read one way only (an assertion, an atom of one
 * character, not optional) is followed in the loop, as the call of
 * S_expand for what follows it would (the budget counts it the same). */
static void S_expand(S_prefixes *P, const char *p, const S_frag *f, unsigned char *pre, int len)
{
    for (;;) {
        if (P->overflow || --P->budget < 0) {
            P->overflow = true;
            return;
        }
        const S_at here = S_settle((S_at){p, f});
        p = here.p;
        f = here.f;
        const char c = p < f->end ? *p : '\0';
        if (len == P->max_len || c == '\0' || c == '.' || c == '$') {
            S_emit(P, pre, len);
            return;
        }
        if (c == '^' || (c == '\\' && (p[1] == 'b' || p[1] == 'B'))) {
            p += c == '^' ? 1 : 2;
            continue;
        }
        if (c == '(') {
            S_expand_paren(P, p, f, pre, len);
            return;
        }
        char set_buf[SET_CAP], lit[2];
        const char *atom_end;
        bool wild;
        const char *set = S_atom_set(p, set_buf, lit, &atom_end, &wild);
        if (!set) {
            S_emit(P, pre, len);
            return;
        }
        if (wild && !P->wide)
            S_emit_wild(P, pre, len);
        P->wild_taken = P->wild_taken || wild;
        bool optional, repeat;
        const S_at quantifier = S_settle((S_at){atom_end, f});
        const S_at rest = S_after_quantifier(quantifier, &optional, &repeat);
        if (optional)
            S_expand(P, rest.p, rest.f, pre, len);
        const char q = S_char(quantifier);
        if (repeat && P->through_repeats && (q == '*' || q == '+')) {
            S_take_repeated(P, set, p, atom_end, f, quantifier, pre, len);
            return;
        }
        const S_at cont = repeat ? S_end() : rest;
        if (set[1] != '\0') {
            S_take_set(P, set, cont, pre, len);
            return;
        }
        if (P->overflow)
            return; /* (as S_take_set) */
        pre[len++] = (unsigned char)set[0];
        p = cont.p;
        f = cont.f;
    }
}

/* The n bytes of `pattern` as a group "(?:...)" (so that a top-level '|'
 * is handled) and its tables, in one allocation (S_group_free): false when
 * memory ran out. */
static bool S_group_open(const syev_allocator *a, const char *pattern, size_t n, S_syntax *sx)
{
    const size_t len = n + 4;
    int32_t *tables = syevp_malloc(a, 2 * len * sizeof *tables + len + 1);
    if (!tables)
        return false;
    char *group = (char *)(tables + 2 * len);
    memcpy(group, "(?:", 3);
    memcpy(group + 3, pattern, n);
    memcpy(group + 3 + n, ")", 2);
    *sx = (S_syntax){group, len, tables, tables + len, false};
    sx->readable = S_syntax_scan(sx);
    return true;
}

static void S_group_free(const syev_allocator *a, S_syntax *sx)
{
    syevp_free(a, sx->close);
}

/* Expands the pattern opened in sx into P. */
static void S_expand_syntax(S_prefixes *P, const S_syntax *sx)
{
    const S_frag whole = {sx->base, sx->base + sx->len, NULL};
    unsigned char pre[8];
    P->syntax = sx;
    if (sx->readable)
        S_expand(P, sx->base, &whole, pre, 0);
    else
        P->overflow = true; /* not read: its prefixes are not known */
    P->syntax = NULL;
}

/* Are all the keys found three characters long? */
static bool S_all_full(const S_prefixes *P)
{
    for (int k = 0; k < P->count; k++)
        if ((P->keys[k] >> 24) != 3)
            return false;
    return true;
}

/* ------------------------------------------------------------------ */
/* Entries whose matches are a short list of strings                    */
/* ------------------------------------------------------------------ */

/* Most entries ("tell[- ]abyad", "negoci(?:e|es|ent|...)") can only match
 * one of a few strings: made of literals, classes of ASCII characters,
 * groups, alternatives and optional atoms, with no repetition and no
 * assertion.  Listed in the order PCRE2's backtracking tries them (the
 * alternatives from left to right, an optional atom taken before it is
 * skipped, unless lazy), the match of the entry at a position is the first
 * string found there that ends on a word boundary: compared here, they need
 * no PCRE2 call. */
#define LIT_MAX_STRINGS 1024
#define LIT_MAX_LEN 120
#define LIT_BUDGET 50000

typedef struct S_lit_list {
    const syev_allocator *a;
    char *chars;            /**< the strings, one after the other */
    size_t chars_n, chars_cap;
    struct S_lit_span {
        uint32_t at, len;
    } *v;
    size_t n, cap;
    int budget;
    bool fail, nomem;
    bool allow_empty; /**< an empty string is listed too (S_find_lead) */
    const S_syntax *syntax; /**< of the pattern being listed */
} S_lit_list;

static void S_lit_emit(S_lit_list *L, const char *buf, size_t len)
{
    if ((len == 0 && !L->allow_empty) || L->n == LIT_MAX_STRINGS) {
        L->fail = true; /* an empty match needs both boundaries at one place */
        return;
    }
    if (!syevp_grow(L->a, (void **)&L->chars, &L->chars_cap, L->chars_n + len, 1) ||
        !syevp_grow(L->a, (void **)&L->v, &L->cap, L->n + 1, sizeof *L->v)) {
        L->nomem = true;
        return;
    }
    if (len) /* an empty string may come before any character: chars is still NULL */
        memcpy(L->chars + L->chars_n, buf, len);
    L->v[L->n++] = (struct S_lit_span){(uint32_t)L->chars_n, (uint32_t)len};
    L->chars_n += len;
}

/* One atom: `count` alternatives of `width` bytes each (the members of a
 * class, or one character). */
typedef struct S_lit_atom {
    char alts[96];
    size_t width, count;
    const char *next; /**< what follows the atom */
} S_lit_atom;

/* The members of the class at p ('['): ASCII characters only. */
static bool S_lit_class(const char *p, S_lit_atom *atom)
{
    const char *close = S_class_end(p);
    if (!close || p[1] == '^')
        return false;
    atom->width = 1;
    atom->count = 0;
    for (const char *q = p + 1; q < close; q++) {
        unsigned char first = (unsigned char)*q, last = first;
        if (*q == '\\') {
            first = last = (unsigned char)q[1];
            if (first >= 0x80 || (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') ||
                (first >= '0' && first <= '9'))
                return false; /* \s, \d, \w... */
            q++;
        } else if (q + 2 < close && q[1] == '-' && q[2] != '\\') {
            last = (unsigned char)q[2];
            q += 2;
        }
        if (first >= 0x80 || last >= 0x80 || first == '[' || last < first)
            return false;
        for (unsigned c = first; c <= last; c++) {
            if (atom->count == sizeof atom->alts)
                return false;
            atom->alts[atom->count++] = (char)c;
        }
    }
    atom->next = close + 1;
    return atom->count > 0;
}

/* Is c the end of the pattern or a character that is not a literal? */
static bool S_meta(unsigned char c)
{
    switch (c) {
    case '\0': case '.': case '^': case '$': case '|': case '(': case ')': case '[': case ']':
    case '{': case '}': case '*': case '+': case '?':
        return true;
    default:
        return false;
    }
}

/* The atom at p, other than a group; false when it is not a plain
 * character, an escaped punctuation mark or a class. */
static bool S_lit_atom_at(const char *p, S_lit_atom *atom)
{
    const unsigned char c = (unsigned char)*p;
    if (c == '[')
        return S_lit_class(p, atom);
    atom->count = 1;
    if (c == '\\') {
        const unsigned char e = (unsigned char)p[1];
        if (e == '\0' || e >= 0x80 || (e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') ||
            (e >= '0' && e <= '9'))
            return false;
        atom->alts[0] = (char)e;
        atom->width = 1;
        atom->next = p + 2;
        return true;
    }
    if (c < 0x80) {
        if (S_meta(c))
            return false;
        atom->alts[0] = (char)c;
        atom->width = 1;
        atom->next = p + 1;
        return true;
    }
    /* a character beyond ASCII: its UTF-8 bytes are one atom */
    const size_t width = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
    for (size_t i = 1; i < width; i++)
        if (((unsigned char)p[i] & 0xC0) != 0x80)
            return false;
    memcpy(atom->alts, p, width);
    atom->width = width;
    atom->next = p + width;
    return width > 0;
}

/* After an atom: '?' (greedy), "??" (lazy) or nothing; false for a
 * repetition, which makes the list endless or long. */
static bool S_lit_quantifier(S_at *q, bool *optional, bool *lazy)
{
    *optional = *lazy = false;
    const char c = q->p < q->f->end ? *q->p : S_char(*q);
    if (c == '*' || c == '+' || c == '{')
        return false;
    if (c != '?')
        return true;
    *q = S_next(*q);
    *optional = true;
    if (S_char(*q) == '+')
        return false;
    if (S_char(*q) == '?') {
        *lazy = true;
        *q = S_next(*q);
    }
    return true;
}

static void S_lit_expand(S_lit_list *L, const char *p, const S_frag *f, char *buf, size_t len);

/* Each alternative of the atom, then what follows. */
static void S_lit_take(S_lit_list *L, const S_lit_atom *atom, S_at rest, char *buf, size_t len)
{
    if (len + atom->width > LIT_MAX_LEN) {
        L->fail = true;
        return;
    }
    for (size_t i = 0; i < atom->count && !L->fail && !L->nomem; i++) {
        if (atom->width == 1)
            buf[len] = atom->alts[i];
        else
            memcpy(buf + len, atom->alts + i * atom->width, atom->width);
        S_lit_expand(L, rest.p, rest.f, buf, len + atom->width);
    }
}

/* The group at p in fragment f: each alternative followed by what follows
 * the group. */
static void S_lit_group(S_lit_list *L, const char *p, const S_frag *f, char *buf, size_t len)
{
    const S_syntax *sx = L->syntax;
    const char *close = S_close_of(sx, p, f), *body = p + 1;
    if (body[0] == '?' && body[1] == ':')
        body += 2;
    else if (body[0] == '?' || body[0] == '*')
        close = NULL; /* assertions, options, verbs */
    S_at rest = {close ? close + 1 : NULL, f};
    bool optional, lazy;
    if (!close || !S_lit_quantifier(&rest, &optional, &lazy)) {
        L->fail = true;
        return;
    }
    if (optional && lazy)
        S_lit_expand(L, rest.p, rest.f, buf, len);
    const S_frag after = S_frag_from(rest);
    const char *alt = body;
    for (const char *q = sx->base + sx->sep[p - sx->base]; !L->fail && !L->nomem;
         q = sx->base + sx->sep[q - sx->base]) {
        const S_frag one = {alt, q, &after};
        S_lit_expand(L, alt, &one, buf, len);
        if (q == close)
            break;
        alt = q + 1;
    }
    if (optional && !lazy)
        S_lit_expand(L, rest.p, rest.f, buf, len);
}

/* Lists the strings of the chain from p in fragment f, the `len` bytes of
 * buf taken.  An atom of one character, not optional, is taken in the
 * loop, as the call of S_lit_expand for what follows it would (the
 * budget counts it the same). */
static void S_lit_expand(S_lit_list *L, const char *p, const S_frag *f, char *buf, size_t len)
{
    for (;;) {
        if (L->fail || L->nomem || --L->budget < 0) {
            L->fail = true;
            return;
        }
        const S_at here = S_settle((S_at){p, f});
        p = here.p;
        f = here.f;
        if (p == f->end) {
            S_lit_emit(L, buf, len);
            return;
        }
        if (*p == '(') {
            S_lit_group(L, p, f, buf, len);
            return;
        }
        S_lit_atom atom;
        bool optional = false, lazy = false;
        if (!S_lit_atom_at(p, &atom)) {
            L->fail = true;
            return;
        }
        S_at rest = {atom.next, f};
        if (!S_lit_quantifier(&rest, &optional, &lazy)) {
            L->fail = true;
            return;
        }
        if (!optional && atom.count == 1) {
            if (len + atom.width > LIT_MAX_LEN) {
                L->fail = true;
                return;
            }
            memcpy(buf + len, atom.alts, atom.width);
            len += atom.width;
            p = rest.p;
            f = rest.f;
            continue;
        }
        if (optional && lazy)
            S_lit_expand(L, rest.p, rest.f, buf, len);
        S_lit_take(L, &atom, rest, buf, len);
        if (optional && !lazy)
            S_lit_expand(L, rest.p, rest.f, buf, len);
        return;
    }
}

static size_t S_lit_count(const S_syntax *sx, const char *p, const S_frag *f, size_t cap);

/* The choices of the group at p in fragment f (see S_lit_count), *rest
 * set past its quantifier. */
static size_t S_lit_group_count(const S_syntax *sx, const char *p, const S_frag *f, size_t cap,
                                S_at *rest)
{
    const char *close = S_close_of(sx, p, f), *body = p + 1;
    if (body[0] == '?' && body[1] == ':')
        body += 2;
    else if (body[0] == '?' || body[0] == '*')
        return cap + 1; /* assertions, options, verbs */
    *rest = (S_at){close ? close + 1 : NULL, f};
    bool optional, lazy;
    if (!close || !S_lit_quantifier(rest, &optional, &lazy))
        return cap + 1;
    size_t choices = optional;
    const char *alt = body;
    for (const char *q = sx->base + sx->sep[p - sx->base];; q = sx->base + sx->sep[q - sx->base]) {
        const S_frag one = {alt, q, NULL};
        choices += S_lit_count(sx, alt, &one, cap);
        if (choices > cap || q == close)
            return choices > cap ? cap + 1 : choices;
        alt = q + 1;
    }
}

/* How many strings S_lit_expand lists from p in fragment f, and no more
 * than `cap`: the product of its atoms' choices (an optional one: one more)
 * and of its groups' (the sum of their alternatives').  Counted alone, an
 * alternative gives the same count as when followed by the rest.  Where
 * S_lit_expand would fail (an atom it cannot list), cap + 1. */
static size_t S_lit_count(const S_syntax *sx, const char *p, const S_frag *f, size_t cap)
{
    size_t count = 1;
    for (;;) {
        const S_at here = S_settle((S_at){p, f});
        if (here.p == here.f->end)
            return count;
        size_t choices;
        S_at rest;
        if (*here.p == '(') {
            choices = S_lit_group_count(sx, here.p, here.f, cap, &rest);
        } else {
            S_lit_atom atom;
            bool optional, lazy;
            if (!S_lit_atom_at(here.p, &atom))
                return cap + 1;
            rest = (S_at){atom.next, here.f};
            if (!S_lit_quantifier(&rest, &optional, &lazy))
                return cap + 1;
            choices = atom.count + optional;
        }
        if (choices > cap || count * choices > cap) /* choices >= 1 */
            return cap + 1;
        count *= choices;
        p = rest.p;
        f = rest.f;
    }
}

/* Lists the strings of the n bytes at p, as a group, into L; fails
 * without listing them when there are more than `most`. */
static void S_lit_pattern(S_lit_list *L, const char *p, size_t n, size_t most)
{
    S_syntax sx;
    if (!S_group_open(L->a, p, n, &sx)) {
        L->nomem = true;
        return;
    }
    const S_frag whole = {sx.base, sx.base + sx.len, NULL};
    char buf[LIT_MAX_LEN];
    L->syntax = &sx;
    /* a list too long to keep (LIT_MAX_STRINGS: the listing fails at its
     * last string) is told by a count first: a fifth of the listing work
     * went to such lists */
    if (sx.readable && S_lit_count(&sx, sx.base, &whole, most) <= most)
        S_lit_expand(L, sx.base, &whole, buf, 0);
    else
        L->fail = true;
    L->syntax = NULL;
    S_group_free(L->a, &sx);
}

static bool S_file(const syev_allocator *a, S_filing **v, size_t *n, size_t *cap, uint32_t key,
                   size_t entry)
{
    if (!syevp_grow(a, (void **)v, cap, *n + 1, sizeof **v))
        return false;
    (*v)[(*n)++] = (S_filing){key, entry};
    return true;
}

#define LEVEL_BEFORE 4

/* Key of an entry that starts with a lookbehind on one byte:
 * "(?<=[,\"])..." is filed under the bytes it needs before it. */
static uint32_t S_before_key(unsigned char c)
{
    return ((uint32_t)LEVEL_BEFORE << 24) | ((uint32_t)c << 16);
}

/* Members of a leading "(?<=x)" or "(?<=[...])" lookbehind, or false. */
static bool S_leading_lookbehind(const char *frag, char *set, size_t cap)
{
    if (strncmp(frag, "(?<=", 4) != 0)
        return false;
    const char *p = frag + 4;
    if (*p == '[') {
        const char *close = S_class_end(p);
        bool wild;
        return close && close[1] == ')' && S_class_set(p + 1, close, set, cap, &wild) && !wild;
    }
    if (*p && !strchr("\\[](){}|?*+.^$", *p) && p[1] == ')') {
        set[0] = *p;
        set[1] = '\0';
        return true;
    }
    return false;
}

/* Files entry `entry` (its pattern frag, opened in sx) under each of its
 * keys. */
static syev_status S_file_entry(const syev_extractor *ex, const char *frag, const S_syntax *sx,
                                size_t entry, S_filing **v, size_t *n, size_t *cap,
                                syev_error *err)
{
    char before[64];
    uint64_t keys[MAX_KEYS];
    S_prefixes P = {.keys = keys, .max_len = 3, .cap = MAX_KEYS, .budget = EXPAND_BUDGET};
    S_expand_syntax(&P, sx);
    bool ok = true;
    /* A lookbehind on one byte followed by what cannot be keyed well
     * ("(?<=,)\\s*..."): filed under the bytes it needs before it.  When
     * what follows has keys of three characters, those are more selective. */
    if (S_leading_lookbehind(frag, before, sizeof before) &&
        (P.overflow || P.count == 0 || !S_all_full(&P))) {
        for (const char *c = before; *c && ok; c++)
            ok = S_file(&ex->alloc, v, n, cap, S_before_key((unsigned char)*c), entry);
    } else if (P.overflow || P.count == 0) {
        ok = S_file(&ex->alloc, v, n, cap, KEY_ANY, entry);
    } else {
        for (int k = 0; k < P.count && ok; k++)
            ok = S_file(&ex->alloc, v, n, cap, (uint32_t)P.keys[k], entry);
    }
    return ok ? SYEV_OK : syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
}

/* syevp_pattern_keys of the pattern opened in sx, optionally going
 * through repeated characters; *wild tells whether a \\s or \\d was met. */
static int S_pattern_keys(const S_syntax *sx, int max_len, uint64_t *keys, int cap,
                          bool through_repeats, bool *wild)
{
    S_prefixes P = {.keys = keys, .wide = true, .max_len = max_len < 7 ? max_len : 7,
                    .cap = cap, .budget = EXPAND_BUDGET * 8, .through_repeats = through_repeats,
                    .into_lookaheads = through_repeats};
    S_expand_syntax(&P, sx);
    *wild = P.wild_taken;
    return P.overflow ? 0 : P.count;
}

int syevp_pattern_keys(const syev_allocator *a, const char *pattern, int max_len, uint64_t *keys,
                       int cap)
{
    S_syntax sx;
    if (!S_group_open(a, pattern, strlen(pattern), &sx))
        return -1;
    bool wild;
    const int n = S_pattern_keys(&sx, max_len, keys, cap, false, &wild);
    S_group_free(a, &sx);
    return n;
}

uint64_t syevp_text_key(int level, const char *at)
{
    return S_wide_key(level, (const unsigned char *)at);
}

static int S_cmp_filing(const void *pa, const void *pb)
{
    const S_filing *a = pa, *b = pb;
    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    return a->entry < b->entry ? -1 : a->entry > b->entry;
}

/* Compiles the entries [first, last) of one key into an anchored alternation. */
static syev_status S_compile_group(const syev_extractor *ex, const syevp_multi *m,
                                   const char *(*pattern_at)(const void *, size_t),
                                   const void *table, const S_filing *first, const S_filing *last,
                                   pcre2_code **out, syev_error *err)
{
    size_t len = 16;
    for (const S_filing *f = first; f < last; f++)
        len += strlen(pattern_at(table, f->entry)) + 40;
    char *p = syevp_malloc(&ex->alloc, len);
    if (!p)
        return syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory building a pattern");
    size_t o = (size_t)snprintf(p, len, "%s(?:", m->words ? "\\b" : "");
    for (const S_filing *f = first; f < last; f++)
        o += (size_t)snprintf(p + o, len - o, "%s(?:%s)(*MARK:%zu)", f == first ? "" : "|",
                              pattern_at(table, f->entry), f->entry);
    snprintf(p + o, len - o, ")%s", m->words ? "\\b" : "");
    /* Anchored, and without PCRE2's start-up scan for a required character
     * (which would read ahead through the rest of the text at every try). */
    syev_status st = syevp_regex_compile(&ex->re, p, PCRE2_ANCHORED | PCRE2_NO_START_OPTIMIZE,
                                         out, err);
    syevp_free(&ex->alloc, p);
    return st;
}

/* Groups filed under different keys often hold the same entries (an entry
 * alone under each of the keys it can start with): their alternations are
 * one pattern, compiled once and shared.  The groups compiled so far,
 * hashed by their entries (open addressing; 0: empty, else group + 1). */
typedef struct S_alike {
    size_t *slots;
    size_t mask;
    const S_filing **first, **last; /**< each group's filings */
} S_alike;

static bool S_alike_init(S_alike *al, const syev_allocator *a, size_t groups)
{
    size_t cap = 16;
    while (cap < 2 * groups)
        cap *= 2;
    al->mask = cap - 1;
    al->slots = syevp_calloc(a, cap, sizeof *al->slots);
    al->first = syevp_malloc(a, groups * sizeof *al->first);
    al->last = syevp_malloc(a, groups * sizeof *al->last);
    return al->slots && al->first && al->last;
}

static void S_alike_free(S_alike *al, const syev_allocator *a)
{
    syevp_free(a, al->slots);
    syevp_free(a, al->first);
    syevp_free(a, al->last);
}

static size_t S_entries_hash(const S_filing *first, const S_filing *last)
{
    uint64_t h = 0x9E3779B97F4A7C15u;
    for (const S_filing *f = first; f < last; f++)
        h = (h ^ f->entry) * 0xFF51AFD7ED558CCDu;
    return (size_t)(h ^ (h >> 29));
}

static bool S_same_entries(const S_filing *a, const S_filing *a_last, const S_filing *b,
                           const S_filing *b_last)
{
    if (a_last - a != b_last - b)
        return false;
    for (; a < a_last; a++, b++)
        if (a->entry != b->entry)
            return false;
    return true;
}

/* The slot of the group of filings [first, last) in al: the earlier group
 * of the same entries, or the empty slot where they go. */
static size_t *S_alike_slot(S_alike *al, const S_filing *first, const S_filing *last)
{
    for (size_t i = S_entries_hash(first, last) & al->mask;; i = (i + 1) & al->mask) {
        const size_t k = al->slots[i];
        if (!k || S_same_entries(al->first[k - 1], al->last[k - 1], first, last))
            return &al->slots[i];
    }
}

/* Group g (of filings [first, last)) takes the alternation of an earlier
 * group of the same entries, or compiles its own. */
static syev_status S_compile_alike(const syev_extractor *ex, syevp_multi *m, S_alike *al,
                                   const char *(*pattern_at)(const void *, size_t),
                                   const void *table, const S_filing *first, const S_filing *last,
                                   size_t g, syev_error *err)
{
    size_t *slot = S_alike_slot(al, first, last);
    if (*slot) {
        m->groups[g].re = m->groups[*slot - 1].re;
        m->groups[g].re_shared = true;
        return SYEV_OK;
    }
    al->first[g] = first;
    al->last[g] = last;
    *slot = g + 1;
    return S_compile_group(ex, m, pattern_at, table, first, last, &m->groups[g].re, err);
}

static size_t S_slot_of(uint32_t key, size_t mask)
{
    return (size_t)(((uint64_t)key * 0x9E3779B97F4A7C15u) >> 40) & mask;
}

static const S_group *S_find_group(const syevp_multi *m, uint32_t key)
{
    for (size_t i = S_slot_of(key, m->slot_mask);; i = (i + 1) & m->slot_mask) {
        size_t g = m->slots[i];
        if (g == SIZE_MAX)
            return NULL;
        if (m->groups[g].key == key)
            return &m->groups[g];
    }
}

/* The three bytes from s (four readable) in one word, as a load puts them
 * (the byte order only has to be the same when building and scanning). */
static uint32_t S_three_bytes(const unsigned char *s)
{
    static const unsigned char three[4] = {0xFF, 0xFF, 0xFF, 0};
    uint32_t word, mask;
    memcpy(&word, s, sizeof word);
    memcpy(&mask, three, sizeof mask);
    return word & mask;
}

/* 16 bits from three bytes (S_three_bytes). */
static unsigned S_start_hash(uint32_t three)
{
    return (unsigned)((three * 0x9E3779B1u) >> 16);
}

/* 16 bits from three characters (in the low 24 bits, the first highest):
 * S_start_hash of their bytes, so that the first test of a boundary
 * (S_next_at_bounds) finds triple_info with the hash it made. */
static unsigned S_triple_hash(uint32_t chars)
{
    const unsigned char bytes[4] = {(unsigned char)(chars >> 16), (unsigned char)(chars >> 8),
                                    (unsigned char)chars, 0};
    return S_start_hash(S_three_bytes(bytes));
}

static void S_set_start_bit(syevp_multi *m, const unsigned char *three)
{
    const unsigned h = S_start_hash(S_three_bytes(three));
    m->start_bits[h / 32] |= 1u << (h % 32);
}

/* Sets the start bits of a key of two or three characters. */
static void S_index_start(syevp_multi *m, uint32_t key)
{
    unsigned char three[4] = {(unsigned char)(key >> 16), (unsigned char)(key >> 8),
                              (unsigned char)key, 0};
    if ((key >> 24) == 3) {
        S_set_start_bit(m, three);
        return;
    }
    for (unsigned c = 0; c < 256; c++) {
        three[2] = (unsigned char)c;
        S_set_start_bit(m, three);
    }
}

/* Sets bound_step once levels_of_first is known. */
static void S_index_steps(syevp_multi *m)
{
    bool word_keys = true;
    for (unsigned c = 0; c < 256; c++)
        word_keys = word_keys && (!m->levels_of_first[c] || S_word_ascii((unsigned char)c));
    for (unsigned c = 0; c < 256; c++)
        m->bound_step[c] = word_keys && S_word_ascii((unsigned char)c) ? 2 : 1;
}

/* Builds the lookup tables once the groups are compiled. */
static bool S_index_groups(syevp_multi *m, const syev_allocator *a)
{
    size_t cap = 16;
    while (cap < 2 * m->group_count + 2)
        cap *= 2;
    m->slots = syevp_malloc(a, cap * sizeof *m->slots);
    if (!m->slots)
        return false;
    m->slot_mask = cap - 1;
    for (size_t i = 0; i < cap; i++)
        m->slots[i] = SIZE_MAX;
    for (size_t g = 0; g < m->group_count; g++) {
        uint32_t key = m->groups[g].key;
        size_t i = S_slot_of(key, m->slot_mask);
        while (m->slots[i] != SIZE_MAX)
            i = (i + 1) & m->slot_mask;
        m->slots[i] = g;
        unsigned first = (key >> 16) & 0xFFu, level = key >> 24;
        if (level == LEVEL_BEFORE) {
            m->prev_byte[first / 8] |= (uint8_t)(1u << (first % 8));
        } else if (level >= LEVEL_WILD) {
            m->wild_used = true;
        } else if (level) {
            m->levels_of_first[first] |= (uint8_t)(1u << level);
            unsigned pair = (key >> 8) & 0xFFFFu, triple = S_triple_hash(key & 0xFFFFFFu);
            if (level >= 2)
                S_index_start(m, key);
            if (level >= 2)
                m->pair_bits[pair / 8] |= (uint8_t)(1u << (pair % 8));
            if (level == 2)
                m->pair2_bits[pair / 8] |= (uint8_t)(1u << (pair % 8));
            if (level == 3)
                m->triple_info[triple] |= (uint8_t)(TRIPLE_KNOWN | (m->groups[g].wide_levels
                                                                       ? m->groups[g].wide_levels
                                                                       : TRIPLE_UNFILTERED));
        }
    }
    return true;
}

/* The prefixes of one group, filed by group. */
typedef struct S_wide_list {
    struct S_wide_item {
        size_t group;
        uint64_t key;
    } *v;
    size_t n, cap;
} S_wide_list;

/* The prefixes of up to WIDE_LEN characters the pattern opened in sx can
 * start with, or fewer characters when there are too many of those: their
 * count, 0 when they cannot be told. */
static int S_entry_prefixes(const S_syntax *sx, uint64_t *keys, bool *wild)
{
    static const int lengths[] = {WIDE_LEN, 5, 4, 3};
    int n = 0;
    for (size_t i = 0; n == 0 && i < sizeof lengths / sizeof *lengths; i++)
        n = S_pattern_keys(sx, lengths[i], keys, WIDE_KEYS, true, wild);
    return n;
}

/* The prefixes of every entry of a table, found once (an entry is filed in
 * as many groups as it has short keys). */
typedef struct S_entry_keys {
    uint64_t *keys;  /**< the prefixes of all entries, entry after entry */
    size_t *first;   /**< count + 1 offsets into keys */
    bool *wild;      /**< the prefixes of each entry went through \\s or \\d */
} S_entry_keys;

static void S_entry_keys_free(S_entry_keys *e, const syev_allocator *a)
{
    syevp_free(a, e->keys);
    syevp_free(a, e->first);
    syevp_free(a, e->wild);
}

/* Adds the prefixes of entry i (its pattern opened in sx) to out; an
 * entry without prefixes (too many, or it may start with anything) has
 * none in the list.  False when memory ran out. */
static bool S_entry_keys_add(const syev_allocator *a, const S_syntax *sx, size_t i,
                             S_entry_keys *out, size_t *cap)
{
    uint64_t keys[WIDE_KEYS];
    const size_t n = out->first[i];
    const size_t found = (size_t)S_entry_prefixes(sx, keys, &out->wild[i]);
    if (found && !syevp_grow(a, (void **)&out->keys, cap, n + found, sizeof *keys))
        return false;
    if (found)
        memcpy(out->keys + n, keys, found * sizeof *keys);
    out->first[i + 1] = n + found;
    return true;
}

/* Files each entry under its keys (S_file_entry) and finds its prefixes
 * (S_entry_keys), its pattern read once for both. */
static syev_status S_file_all(const syev_extractor *ex, size_t count,
                              const char *(*pattern_at)(const void *, size_t), const void *table,
                              S_filing **v, size_t *n, S_entry_keys *out, syev_error *err)
{
    size_t cap = 0, keys_cap = 0;
    out->keys = NULL;
    out->first = syevp_malloc(&ex->alloc, (count + 1) * sizeof *out->first);
    out->wild = syevp_calloc(&ex->alloc, count + 1, sizeof *out->wild);
    if (!out->first || !out->wild)
        return syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    out->first[0] = 0;
    for (size_t i = 0; i < count; i++) {
        const char *pattern = pattern_at(table, i);
        S_syntax sx;
        if (!S_group_open(&ex->alloc, pattern, strlen(pattern), &sx))
            return syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
        syev_status st = S_file_entry(ex, pattern, &sx, i, v, n, &cap, err);
        if (st == SYEV_OK && !S_entry_keys_add(&ex->alloc, &sx, i, out, &keys_cap))
            st = syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
        S_group_free(&ex->alloc, &sx);
        if (st != SYEV_OK)
            return st;
    }
    return SYEV_OK;
}

/* Does the wide key start with the characters of the group's key? */
static bool S_extends(uint64_t wide, uint32_t key, int level)
{
    for (int i = 0; i < level; i++)
        if (((wide >> (8 * (6 - i))) & 0xFFu) != ((key >> (8 * (2 - i))) & 0xFFu))
            return false;
    return true;
}

/* Gathers the prefixes of the entries [first, last) of group g that start
 * with its key (an entry's other prefixes file it in other groups), or
 * leaves the group unfiltered when one entry has none longer than the key.
 * False when memory ran out. */
static bool S_group_prefixes(const syev_allocator *a, const S_entry_keys *entries,
                             const S_filing *first, const S_filing *last, size_t g,
                             S_group *group, S_wide_list *out)
{
    const int level = (int)(group->key >> 24);
    const size_t mark = out->n;
    uint8_t levels = 0;
    bool useful = level >= 1 && level <= 3;
    for (const S_filing *f = first; useful && f < last; f++) {
        const uint64_t *keys = entries->keys + entries->first[f->entry];
        const size_t n = entries->first[f->entry + 1] - entries->first[f->entry];
        /* An entry with no prefix that extends the key (its two expansions
         * disagreeing) would never run: the group then goes unfiltered. */
        bool extended = false;
        for (size_t k = 0; k < n && useful; k++) {
            const int key_level = (int)(keys[k] >> 56);
            if (!S_extends(keys[k], group->key, level < key_level ? level : key_level))
                continue;
            useful = key_level > level;
            extended = useful;
            if (useful && !syevp_grow(a, (void **)&out->v, &out->cap, out->n + 1, sizeof *out->v))
                return false;
            if (useful) {
                out->v[out->n++] = (struct S_wide_item){g, keys[k]};
                levels |= (uint8_t)(1u << key_level);
            }
        }
        useful = useful && extended;
        group->wild_prefixes = group->wild_prefixes || entries->wild[f->entry];
    }
    if (!useful)
        out->n = mark;
    group->wide_levels = useful ? levels : 0;
    return true;
}

#define HIGHS4 0x80808080u /* the top bit of each of four bytes */

/* Sets four_bits from the prefixes of the groups of three characters. */
static void S_index_four(syevp_multi *m, const S_wide_list *list)
{
    for (size_t i = 0; i < list->n; i++) {
        const uint64_t key = list->v[i].key;
        if ((m->groups[list->v[i].group].key >> 24) != 3 || (key >> 56) < 4)
            continue;
        const unsigned char four[4] = {(unsigned char)(key >> 48), (unsigned char)(key >> 40),
                                       (unsigned char)(key >> 32), (unsigned char)(key >> 24)};
        uint32_t word;
        memcpy(&word, four, sizeof word);
        if (word & HIGHS4)
            continue;
        const unsigned h = S_start_hash(word);
        m->four_bits[h / 8] |= (uint8_t)(1u << (h % 8));
    }
}

/* Sets the bits of the gathered prefixes, 64 to 128 bits per prefix: with
 * one bit each, a prefix no entry has passes at most once in 64 (16 bits
 * per prefix cost 1.5 M more instructions on the test slice; the largest
 * table, about 2,300 prefixes, takes 32 KB). */
static bool S_index_prefixes(syevp_multi *m, const syev_allocator *a, const S_wide_list *list)
{
    unsigned log2 = 10;
    while (log2 < 24 && ((size_t)1 << log2) < 64 * list->n)
        log2++;
    m->wide_shift = 64 - log2;
    m->wide_bits = syevp_calloc(a, ((size_t)1 << log2) / 8, 1);
    if (!m->wide_bits)
        return false;
    for (size_t i = 0; i < list->n; i++) {
        const size_t bit = S_wide_bit(m, m->groups[list->v[i].group].key, list->v[i].key);
        m->wide_bits[bit / 8] |= (uint8_t)(1u << (bit % 8));
    }
    return true;
}

#define MAX_BRANCHES 64

/* The top-level alternatives of a pattern (split at each '|' outside
 * groups and classes): their starts and lengths, and their number; 0 when
 * there are more than `cap` or a class is not closed. */
static size_t S_split_branches(const char *p, const char **start, size_t *len, size_t cap)
{
    size_t n = 0;
    int depth = 0;
    const char *alt = p;
    for (const char *q = p;; q++) {
        if (*q == '\0' || (*q == '|' && depth == 0)) {
            if (n == cap)
                return 0;
            start[n] = alt;
            len[n++] = (size_t)(q - alt);
            if (*q == '\0')
                return n;
            alt = q + 1;
        } else if (*q == '\\' && q[1]) {
            q++;
        } else if (*q == '[') {
            q = S_class_end(q);
            if (!q)
                return 0;
        } else if (*q == '(' || *q == ')') {
            depth += *q == '(' ? 1 : -1;
        }
    }
}

/* Is [b, b + n) "\b" at its start, not quantified? */
static bool S_leading_bound(const char *b, size_t n)
{
    return n >= 2 && b[0] == '\\' && b[1] == 'b' && !(n > 2 && strchr("?*+{", b[2]));
}

/* Does [b, b + n) end with "\b" (its backslash not escaped)? */
static bool S_trailing_bound(const char *b, size_t n)
{
    if (n < 2 || b[n - 2] != '\\' || b[n - 1] != 'b')
        return false;
    size_t backslashes = 1;
    while (backslashes < n && b[n - 2 - backslashes] == '\\')
        backslashes++;
    return backslashes % 2 == 1;
}

/* The strings a branch [b, b + n) can match, in their order (S_lit_list):
 * in a table of words, without its leading and trailing "\b", which the
 * words' own boundaries (tested around every entry) make redundant. */
static void S_list_branch(S_lit_list *L, const char *b, size_t n, bool words)
{
    if (words && S_leading_bound(b, n)) {
        b += 2;
        n -= 2;
    }
    if (words && S_trailing_bound(b, n))
        n -= 2;
    S_lit_pattern(L, b, n, LIT_MAX_STRINGS);
}

/* Growing arrays of S_list_strings. */
typedef struct S_listing {
    size_t strings, strings_cap, chars, chars_cap, branches_cap;
} S_listing;

/* Appends the strings of L, in order. */
static bool S_add_strings(syevp_multi *m, const syev_allocator *a, S_listing *g,
                          const S_lit_list *L)
{
    if (!syevp_grow(a, (void **)&m->strings, &g->strings_cap, g->strings + L->n,
                    sizeof *m->strings) ||
        !syevp_grow(a, (void **)&m->string_chars, &g->chars_cap, g->chars + L->chars_n, 1))
        return false;
    memcpy(m->string_chars + g->chars, L->chars, L->chars_n);
    for (size_t k = 0; k < L->n; k++) {
        const int head = L->v[k].len < WIDE_LEN ? (int)L->v[k].len : WIDE_LEN;
        const uint64_t key = S_wide_key(head, (const unsigned char *)L->chars + L->v[k].at);
        m->strings[g->strings++] =
            (S_string){key & S_first_chars[head], S_first_chars[head],
                       (uint32_t)g->chars + L->v[k].at, L->v[k].len, NO_BRANCH};
    }
    g->chars += L->chars_n;
    return true;
}

/* Appends branch [b, b + n), run by its own pattern, and its place. */
static bool S_add_branch(syevp_multi *m, const syev_allocator *a, S_listing *g, const char *b,
                         size_t n)
{
    if (!syevp_grow(a, (void **)&m->strings, &g->strings_cap, g->strings + 1,
                    sizeof *m->strings) ||
        !syevp_grow(a, (void **)&m->branches, &g->branches_cap, m->branch_count + 1,
                    sizeof *m->branches))
        return false;
    S_branch *br = &m->branches[m->branch_count];
    memset(br, 0, sizeof *br);
    br->pattern = syevp_malloc(a, n + 1);
    br->keys = syevp_malloc(a, WIDE_KEYS * sizeof *br->keys);
    if (!br->pattern || !br->keys) {
        syevp_free(a, br->pattern);
        syevp_free(a, br->keys);
        return false;
    }
    memcpy(br->pattern, b, n);
    br->pattern[n] = '\0';
    S_syntax sx;
    if (!S_group_open(a, br->pattern, n, &sx)) {
        syevp_free(a, br->pattern);
        syevp_free(a, br->keys);
        return false;
    }
    bool wild;
    br->key_count = S_entry_prefixes(&sx, br->keys, &wild);
    S_group_free(a, &sx);
    m->strings[g->strings++] = (S_string){0, 0, 0, 0, (uint32_t)m->branch_count++};
    return true;
}

/* The branches of each entry, in order: each listed as strings
 * (S_lit_list) when it can be, else run by its own pattern (a pattern
 * with a single branch is one branch, the whole). */
static bool S_list_strings(syevp_multi *m, const syev_allocator *a, size_t count,
                           const char *(*pattern_at)(const void *, size_t), const void *table)
{
    m->entries = syevp_calloc(a, count ? count : 1, sizeof *m->entries);
    if (!m->entries)
        return false;
    m->entry_count = count;
    S_listing g = {0, 0, 0, 0, 0};
    bool ok = true;
    for (size_t i = 0; i < count && ok; i++) {
        const char *pattern = pattern_at(table, i), *start[MAX_BRANCHES];
        size_t len[MAX_BRANCHES];
        size_t n = S_split_branches(pattern, start, len, MAX_BRANCHES);
        if (n == 0) {
            n = 1;
            start[0] = pattern;
            len[0] = strlen(pattern);
        }
        m->entries[i].first_string = (uint32_t)g.strings;
        for (size_t k = 0; k < n && ok; k++) {
            S_lit_list L = {.a = a, .budget = LIT_BUDGET};
            S_list_branch(&L, start[k], len[k], m->words);
            ok = !L.nomem && (L.fail ? S_add_branch(m, a, &g, start[k], len[k])
                                     : S_add_strings(m, a, &g, &L));
            syevp_free(a, L.chars);
            syevp_free(a, L.v);
        }
        m->entries[i].string_count = (uint32_t)g.strings - m->entries[i].first_string;
    }
    return ok;
}

/* The tries of the groups with prefixes, gathered group after group. */
typedef struct S_try_list {
    struct S_try_item {
        size_t group;
        uint64_t key;
        uint64_t try_; /**< entry << 32 | string */
    } *v;
    size_t n, cap;
} S_try_list;

static bool S_add_try(const syev_allocator *a, S_try_list *list, size_t group, uint64_t key,
                      size_t entry, uint32_t string)
{
    if (!syevp_grow(a, (void **)&list->v, &list->cap, list->n + 1, sizeof *list->v))
        return false;
    list->v[list->n++] = (struct S_try_item){group, key, (uint64_t)entry << 32 | string};
    return true;
}

/* Files branch b (the string `string`) of entry `entry` in group g: under
 * its prefixes that extend the group's key, or the key itself when the
 * group has no prefix filter (or the branch no prefixes known).  False
 * when memory ran out. */
static bool S_branch_tries(const syev_allocator *a, const S_branch *b, size_t entry,
                           uint32_t string, size_t g, S_group *group, S_try_list *out)
{
    const int level = (int)(group->key >> 24);
    for (int k = 0; group->wide_levels && k < b->key_count; k++) {
        const int key_level = (int)(b->keys[k] >> 56);
        if (key_level <= level || !S_extends(b->keys[k], group->key, level))
            continue;
        if (!S_add_try(a, out, g, b->keys[k], entry, string))
            return false;
        group->try_levels |= (uint8_t)(1u << key_level);
    }
    if (group->wide_levels && b->key_count > 0)
        return true;
    /* filed under the group's key itself */
    const uint64_t key = syevp_key(level, (uint64_t)(group->key & 0xFFFFFFu) << 32);
    group->try_levels |= (uint8_t)(1u << level);
    return S_add_try(a, out, g, key, entry, string);
}

/* Files the tries of group g, keyed by one to three characters: each
 * listed string of its entries that starts with the group's key, under its
 * first characters; each other branch as S_branch_tries says (these
 * lookups then hold whatever follows the key, even beyond ASCII).  False
 * when memory ran out. */
static bool S_group_tries(const syev_allocator *a, const syevp_multi *m, const S_filing *first,
                          const S_filing *last, size_t g, S_group *group, S_try_list *out)
{
    const int level = (int)(group->key >> 24);
    if (level < 1 || level > 3)
        return true;
    if (!group->wide_levels)
        group->wild_prefixes = false;
    for (const S_filing *f = first; f < last; f++) {
        const S_entry *e = &m->entries[f->entry];
        for (uint32_t k = e->first_string; k < e->first_string + e->string_count; k++) {
            const S_string *str = &m->strings[k];
            if (str->branch != NO_BRANCH) {
                if (!S_branch_tries(a, &m->branches[str->branch], f->entry, k, g, group, out))
                    return false;
                continue;
            }
            const int key_level = str->len < WIDE_LEN ? (int)str->len : WIDE_LEN;
            if (!S_extends(str->head, group->key, level))
                continue;
            if (!S_add_try(a, out, g, syevp_key(key_level, str->head), f->entry, k))
                return false;
            group->try_levels |= (uint8_t)(1u << key_level);
        }
    }
    return true;
}

static int S_cmp_try(const void *pa, const void *pb)
{
    const struct S_try_item *a = pa, *b = pb;
    if (a->group != b->group)
        return a->group < b->group ? -1 : 1;
    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    return a->try_ < b->try_ ? -1 : a->try_ > b->try_;
}

/* The bytes from s that S_load8 reads: 8, or fewer before len. */
static uint64_t S_load8(const unsigned char *s, size_t n)
{
    unsigned char bytes[8] = {0};
    memcpy(bytes, s, n < 8 ? n : 8);
    uint64_t word;
    memcpy(&word, bytes, 8);
    return word;
}

static S_try S_try_of(const syevp_multi *m, uint64_t try_)
{
    const S_string *str = &m->strings[(uint32_t)try_];
    S_try t = {0, 0, (uint32_t)(try_ >> 32), (uint32_t)try_, str->branch};
    if (t.branch == NO_BRANCH) {
        if (str->len > WIDE_LEN) {
            static const unsigned char ones[8] = {255, 255, 255, 255, 255, 255, 255, 255};
            t.rest = S_load8((const unsigned char *)m->string_chars + str->at + WIDE_LEN,
                             str->len - WIDE_LEN);
            t.rest_mask = S_load8(ones, str->len - WIDE_LEN);
        }
    }
    return t;
}

static size_t S_candidates_hash(size_t group, uint64_t key, size_t mask)
{
    return (size_t)(((key ^ ((uint64_t)group * 0x9E3779B97F4A7C15u)) * 0xFF51AFD7ED558CCDu) >> 40) &
           mask;
}

static bool S_same_prefix(const struct S_try_item *a, const struct S_try_item *b)
{
    return a->group == b->group && a->key == b->key;
}

/* The next_chars of the tries [t, end) (see S_candidates). */
static uint64_t S_next_chars(const syevp_multi *m, const S_try *t, const S_try *end)
{
    uint64_t chars = 0;
    for (; t < end; t++) {
        const S_string *str = &m->strings[t->string];
        if (t->branch != NO_BRANCH || str->len <= WIDE_LEN)
            return ~(uint64_t)0;
        chars |= (uint64_t)1 << ((unsigned char)m->string_chars[str->at + WIDE_LEN] % 64);
    }
    return chars;
}

/* Does try t reach offset `at` (a string longer than that)? */
static bool S_try_reaches(const syevp_multi *m, const S_try *t, size_t at)
{
    return t->branch == NO_BRANCH && m->strings[t->string].len > at;
}

/* The bucket of try t at offset `at` (it reaches it). */
static unsigned S_try_bucket(const syevp_multi *m, const S_try *t, size_t at)
{
    return (unsigned char)m->string_chars[m->strings[t->string].at + at] % SPLIT_BUCKETS;
}

/* The tries of [t, end) walked after a split at offset `at`, on average
 * over the texts that have there the character of one of the tries
 * reaching it (those too short and the branches are in every list). */
static double S_split_cost(const syevp_multi *m, const S_try *t, const S_try *end, size_t at)
{
    size_t in[SPLIT_BUCKETS] = {0}, reaching = 0, rest = 0, squares = 0;
    for (const S_try *u = t; u < end; u++) {
        if (!S_try_reaches(m, u, at)) {
            rest++;
            continue;
        }
        squares += 2 * in[S_try_bucket(m, u, at)]++ + 1; /* (n + 1)^2 - n^2 */
        reaching++;
    }
    if (!reaching)
        return (double)rest;
    return (double)rest + (double)squares / (double)reaching;
}

/* The offset (WIDE_LEN or beyond) at which a split of [t, end) leaves the
 * fewest tries to walk, when that is at most three quarters of them; else
 * 0. */
static uint32_t S_split_offset(const syevp_multi *m, const S_try *t, const S_try *end)
{
    size_t longest = 0; /* no try reaches an offset past its last character */
    for (const S_try *u = t; u < end; u++)
        if (u->branch == NO_BRANCH && m->strings[u->string].len > longest)
            longest = m->strings[u->string].len;
    uint32_t best = 0;
    double best_cost = (double)(end - t) * 3 / 4;
    for (size_t at = WIDE_LEN; at < WIDE_LEN + SPLIT_REACH && at < longest; at++) {
        const double cost = S_split_cost(m, t, end, at);
        if (cost < best_cost) {
            best_cost = cost;
            best = (uint32_t)at;
        }
    }
    return best;
}

/* Lists the tries of [t, end) in the lists of a split at offset `at` (see
 * S_candidates.split_at), in order, from split_tries[base] on; their
 * SPLIT_BUCKETS + 2 bounds in bounds. */
static void S_split_lists(syevp_multi *m, const S_try *t, const S_try *end, size_t at,
                          uint32_t base, uint32_t *bounds)
{
    uint32_t in[SPLIT_BUCKETS + 1] = {0}, rest = 0, next[SPLIT_BUCKETS + 1];
    for (const S_try *u = t; u < end; u++) {
        if (S_try_reaches(m, u, at))
            in[S_try_bucket(m, u, at)]++;
        else
            rest++;
    }
    bounds[0] = base;
    for (unsigned b = 0; b <= SPLIT_BUCKETS; b++)
        bounds[b + 1] = bounds[b] + in[b] + rest;
    memcpy(next, bounds, sizeof next);
    for (const S_try *u = t; u < end; u++) {
        if (S_try_reaches(m, u, at)) {
            m->split_tries[next[S_try_bucket(m, u, at)]++] = *u;
            continue;
        }
        for (unsigned b = 0; b <= SPLIT_BUCKETS; b++)
            m->split_tries[next[b]++] = *u;
    }
}

/* Splits the span of c (see S_candidates.split_at) when it is long and
 * an offset tells its tries apart.  False when memory ran out. */
static bool S_split_span(syevp_multi *m, const syev_allocator *a, S_candidates *c)
{
    const S_try *t = m->tries + c->first, *end = t + c->count;
    const uint32_t at = c->count >= SPLIT_MIN ? S_split_offset(m, t, end) : 0;
    if (!at)
        return true;
    size_t rest = 0;
    for (const S_try *u = t; u < end; u++)
        rest += !S_try_reaches(m, u, at);
    const size_t listed = c->count + SPLIT_BUCKETS * rest; /* rest: in every list */
    if (!syevp_grow(a, (void **)&m->split_tries, &m->split_tries_cap,
                    m->split_tries_n + listed, sizeof *m->split_tries) ||
        !syevp_grow(a, (void **)&m->bucket_bounds, &m->bucket_bounds_cap,
                    m->bucket_bounds_n + SPLIT_BUCKETS + 2, sizeof *m->bucket_bounds))
        return false;
    S_split_lists(m, t, end, at, (uint32_t)m->split_tries_n,
                  m->bucket_bounds + m->bucket_bounds_n);
    m->split_tries_n += listed;
    c->split_at = at;
    c->buckets = (uint32_t)m->bucket_bounds_n;
    m->bucket_bounds_n += SPLIT_BUCKETS + 2;
    return true;
}

/* Files the gathered tries by group and prefix, sorted (the list is
 * sorted here). */
static bool S_index_candidates(syevp_multi *m, const syev_allocator *a, S_try_list *list)
{
    qsort(list->v, list->n, sizeof *list->v, S_cmp_try);
    size_t keys = 0;
    for (size_t i = 0; i < list->n; i++)
        keys += i == 0 || !S_same_prefix(&list->v[i], &list->v[i - 1]);
    size_t cap = 16;
    while (cap < 2 * keys)
        cap *= 2;
    m->candidates = syevp_calloc(a, cap, sizeof *m->candidates);
    m->tries = syevp_malloc(a, (list->n ? list->n : 1) * sizeof *m->tries);
    if (!m->candidates || !m->tries)
        return false;
    m->candidates_mask = cap - 1;
    size_t n = 0;
    for (size_t i = 0; i < list->n;) {
        const size_t first = n;
        size_t j = i;
        for (; j < list->n && S_same_prefix(&list->v[j], &list->v[i]); j++)
            if (j == i || list->v[j].try_ != list->v[j - 1].try_)
                m->tries[n++] = S_try_of(m, list->v[j].try_);
        size_t slot = S_candidates_hash(list->v[i].group, list->v[i].key, m->candidates_mask);
        while (m->candidates[slot].key)
            slot = (slot + 1) & m->candidates_mask;
        m->candidates[slot] = (S_candidates){list->v[i].key, (uint32_t)list->v[i].group,
                                             (uint32_t)first, (uint32_t)(n - first),
                                             S_next_chars(m, m->tries + first, m->tries + n), 0,
                                             0};
        if (!S_split_span(m, a, &m->candidates[slot]))
            return false;
        i = j;
    }
    return true;
}

/* ------------------------------------------------------------------ */
/* What an entry tried by its own pattern needs in the text             */
/* ------------------------------------------------------------------ */

/* Some entries look far ahead ("negociations\b[^.;:]{0,120}?\b(?:ont|a)
 * \Krepris"), where PCRE2 spends thousands of instructions per try.  When
 * whatever such an entry reads from a position lies within `reach` bytes
 * and must hold a run of plain characters (one outside any group and
 * quantifier, or in a lookahead), the entry cannot match where that run is
 * not found within reach: a search much cheaper than the pattern. */
#define CHAR_BYTES 4 /* one character in UTF-8, at most */

static size_t S_reach_add(size_t a, size_t b)
{
    return a == SIZE_MAX || b == SIZE_MAX || a + b < a ? SIZE_MAX : a + b;
}

static size_t S_reach_times(size_t a, size_t n)
{
    if (a == 0 || n == 0)
        return 0;
    return a == SIZE_MAX || n == SIZE_MAX || a > SIZE_MAX / n ? SIZE_MAX : a * n;
}

/* The most repetitions the quantifier at *q allows (1 without one,
 * SIZE_MAX unbounded), *q moved past it; false for a '{' that is not one. */
static bool S_quantifier_max(const char **q, size_t *max)
{
    const char *p = *q;
    *max = 1;
    if (*p == '*' || *p == '+') {
        *max = SIZE_MAX;
        p++;
    } else if (*p == '?') {
        p++;
    } else if (*p == '{') {
        size_t n = 0;
        bool digits = false;
        for (p++; *p >= '0' && *p <= '9' && n < 100000; p++, digits = true)
            n = n * 10 + (size_t)(*p - '0');
        if (*p == ',') {
            p++;
            n = *p == '}' ? SIZE_MAX : 0;
            for (; *p >= '0' && *p <= '9' && n < 100000; p++)
                n = n * 10 + (size_t)(*p - '0');
        }
        if (!digits || *p != '}')
            return false;
        *max = n;
        p++;
    }
    if (p != *q && (*p == '?' || *p == '+'))
        p++; /* lazy or possessive */
    *q = p;
    return true;
}

static bool S_lookahead(const char *p)
{
    return p[0] == '(' && p[1] == '?' && (p[2] == '=' || p[2] == '!' ||
                                          (p[2] == '<' && (p[3] == '=' || p[3] == '!')));
}

static size_t S_reach(const char *p, const char *end, size_t char_bytes, size_t *ahead);

/* The most bytes the atom at p reads (*ahead: beyond its own match, for a
 * lookahead), a character of the subject taking char_bytes at most (1 in
 * a text all ASCII); false when it is not understood here. */
static bool S_atom_reach(const char *p, size_t char_bytes, size_t *reach, size_t *ahead,
                         const char **next)
{
    const unsigned char c = (unsigned char)*p;
    *ahead = 0;
    if (c == '(') {
        const char *close = S_group_end(p), *body = p + 1;
        if (!close)
            return false;
        *next = close + 1;
        if (S_lookahead(p)) {
            size_t inner_ahead = 0;
            const size_t inner =
                p[2] == '<' ? 0 : S_reach(p + 3, close, char_bytes, &inner_ahead);
            *reach = 0;
            *ahead = S_reach_add(inner, inner_ahead); /* a lookbehind reads before */
            return true;
        }
        if (body[0] == '?' && (body[1] == ':' || body[1] == '>'))
            body += 2;
        else if (body[0] == '?' || body[0] == '*')
            return false; /* options, names, verbs */
        *reach = S_reach(body, close, char_bytes, ahead);
        return true;
    }
    *next = p + 1;
    *reach = char_bytes;
    if (c == '[') {
        const char *close = S_class_end(p);
        *next = close ? close + 1 : p;
        return close != NULL;
    }
    if (c == '\\') {
        const char e = p[1];
        *next = p + 2;
        if (e && strchr("bBKAzZG", e))
            *reach = 0;
        return e && !strchr("xpPNQEgkcuoRX", e) && !(e >= '0' && e <= '9');
    }
    if (c == '^' || c == '$')
        *reach = 0;
    else if (c >= 0x80) {
        *next = p + (c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2);
        *reach = (size_t)(*next - p);
    }
    else if (c != '.')
        *reach = 1;
    return !strchr(")|*+?{", c);
}

/* The most bytes a match of [p, end) can take (SIZE_MAX: no bound), and in
 * *ahead the most its lookaheads read beyond. */
static size_t S_reach(const char *p, const char *end, size_t char_bytes, size_t *ahead)
{
    size_t most = 0, here = 0;
    *ahead = 0;
    while (p < end) {
        if (*p == '|') {
            most = here > most ? here : most;
            here = 0;
            p++;
            continue;
        }
        size_t atom, atom_ahead, times;
        const char *next;
        if (!S_atom_reach(p, char_bytes, &atom, &atom_ahead, &next) ||
            !S_quantifier_max(&next, &times))
            return SIZE_MAX;
        *ahead = atom_ahead > *ahead ? atom_ahead : *ahead;
        here = S_reach_add(here, S_reach_times(atom, times));
        p = next;
    }
    return here > most ? here : most;
}

/* Is there a '|' outside groups and classes in [p, end)? */
static bool S_has_bar(const char *p, const char *end)
{
    int depth = 0;
    bool in_class = false;
    for (; p < end; p++) {
        if (*p == '\\' && p + 1 < end)
            p++;
        else if (in_class)
            in_class = *p != ']';
        else if (*p == '[')
            in_class = true;
        else if (*p == '(')
            depth++;
        else if (*p == ')')
            depth--;
        else if (*p == '|' && depth == 0)
            return true;
    }
    return false;
}

/* A character that matches itself alone (ASCII), or 0. */
static char S_plain_char(const char *p, const char *next)
{
    if (next == p + 1 && (unsigned char)*p < 0x80 && !strchr("\\[](){}|?*+.^$", *p))
        return *p;
    if (next == p + 2 && p[0] == '\\' && (unsigned char)p[1] < 0x80 &&
        strchr("\\[](){}|?*+.^$-/'\",;:!#&%@<>=~` ", p[1]))
        return p[1];
    return 0;
}

static size_t S_needed_run(const char *p, const char *end, char *out);

/* The longest common part of a[0, n) and b[0, k), moved to the start of a. */
static size_t S_common_run(char *a, size_t n, const char *b, size_t k)
{
    size_t best = 0, at = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < k; j++) {
            size_t l = 0;
            while (i + l < n && j + l < k && a[i + l] == b[j + l])
                l++;
            if (l > best) {
                best = l;
                at = i;
            }
        }
    memmove(a, a + at, best);
    return best;
}

/* The longest run every alternative of [p, end) holds (what their runs
 * have in common: "ur" in "sur|pour|autour d"). */
static size_t S_alternatives_run(const char *p, const char *end, char *out)
{
    size_t n = 0;
    int depth = 0;
    bool in_class = false, first = true;
    const char *alt = p;
    for (const char *q = p; q <= end; q++) {
        if (q < end && *q == '\\' && q + 1 < end) {
            q++;
        } else if (q < end && in_class) {
            in_class = *q != ']';
        } else if (q < end && *q == '[') {
            in_class = true;
        } else if (q < end && (*q == '(' || *q == ')')) {
            depth += *q == '(' ? 1 : -1;
        } else if (q == end || (*q == '|' && depth == 0)) {
            char run[NEED_MAX];
            const size_t k = S_needed_run(alt, q, run);
            if (first)
                memcpy(out, run, n = k);
            else
                n = S_common_run(out, n, run, k);
            first = false;
            alt = q + 1;
            if (n == 0)
                return 0;
        }
    }
    return n;
}

/* The body of the group at p whose matches are needed where the group is:
 * a plain group or a lookahead (NULL for the others). */
static const char *S_needed_body(const char *p)
{
    if (p[0] != '(')
        return NULL;
    if (p[1] != '?')
        return p[1] == '*' ? NULL : p + 1;
    return p[2] == ':' || p[2] == '=' || p[2] == '>' ? p + 3 : NULL;
}

/* The longest run of plain characters every match of [p, end) holds, in
 * out (at most NEED_MAX); 0 when none is found. */
static size_t S_needed_run(const char *p, const char *end, char *out)
{
    char run[NEED_MAX];
    size_t run_len = 0, best = 0;
    if (S_has_bar(p, end))
        return 0;
    while (p < end) {
        size_t atom, ahead, times;
        const char *next, *after;
        if (!S_atom_reach(p, CHAR_BYTES, &atom, &ahead, &next))
            return best;
        after = next;
        if (!S_quantifier_max(&after, &times))
            return best;
        const char c = after == next ? S_plain_char(p, next) : 0;
        if (c && run_len < NEED_MAX) {
            run[run_len++] = c;
        } else {
            if (run_len > best)
                memcpy(out, run, best = run_len);
            run_len = 0;
            char inner[NEED_MAX];
            const char *body = after == next ? S_needed_body(p) : NULL;
            const size_t inner_len = body ? S_alternatives_run(body, next - 1, inner) : 0;
            if (inner_len > best)
                memcpy(out, inner, best = inner_len);
        }
        p = after;
    }
    if (run_len > best)
        memcpy(out, run, best = run_len);
    return best;
}

/* The character of a run to look for first: the least common in French
 * text, by a rough ranking (which only affects the speed). */
static size_t S_pivot(const char *run, size_t n)
{
    static const char common[] = " esaitnrulodcpmvqfbghjxyzkw";
    size_t pivot = 0, pivot_rank = 0;
    for (size_t k = 0; k < n; k++) {
        const char *in = strchr(common, run[k]);
        const size_t rank = in ? (size_t)(in - common) : sizeof common;
        if (rank > pivot_rank) {
            pivot = k;
            pivot_rank = rank;
        }
    }
    return pivot;
}

/* The bytes one of a pattern's atoms may match, in a set of 256 bits. */
typedef struct S_byte_set {
    uint8_t bits[32];
} S_byte_set;

static void S_byte_add(S_byte_set *b, unsigned c)
{
    b->bits[c / 8] |= (uint8_t)(1u << (c % 8));
}

static void S_byte_add_all(S_byte_set *b)
{
    memset(b->bits, 0xFF, sizeof b->bits);
}

static void S_byte_add_high(S_byte_set *b)
{
    for (unsigned c = 0x80; c < 256; c++)
        S_byte_add(b, c);
}

/* Adds the bytes of escape e (\s, \d, \w reach beyond ASCII); false for
 * a zero-width one. */
static bool S_byte_add_escape(S_byte_set *b, char e)
{
    char lit[2];
    if (e && strchr("bBKAzZG", e))
        return false;
    const char *members = e == 'w' ? NULL : S_escape_set(e, lit);
    if (e == 'w') {
        for (unsigned c = 0; c < 128; c++)
            if (S_word_ascii((unsigned char)c))
                S_byte_add(b, c);
    } else if (!members) {
        S_byte_add_all(b); /* \W, \x.., \p..: anything */
        return true;
    }
    for (; members && *members; members++)
        S_byte_add(b, (unsigned char)*members);
    if (S_escape_wild(e) || e == 'w')
        S_byte_add_high(b);
    return true;
}

/* Adds the bytes the class [first, last) (between the brackets) matches. */
static void S_byte_add_class(S_byte_set *b, const char *first, const char *last)
{
    char set[160];
    bool wild;
    const bool negated = *first == '^';
    if (!S_class_set(first + negated, last, set, sizeof set, &wild) || (negated && wild)) {
        S_byte_add_all(b);
        return;
    }
    S_byte_set members = {{0}};
    for (const char *c = set; *c; c++)
        S_byte_add(&members, (unsigned char)*c);
    if (wild)
        S_byte_add_high(&members);
    for (unsigned k = 0; k < sizeof b->bits; k++)
        b->bits[k] |= negated ? (uint8_t)~members.bits[k] : members.bits[k];
}

/* The length of the syntax of a group's opening at p ('('): "(", "(?:",
 * "(?=", "(?<name>"...; 0 for options and verbs, whose text is not known
 * here. */
static size_t S_group_syntax(const char *p)
{
    if (p[1] == '*')
        return 0;
    if (p[1] != '?')
        return 1;
    if (strchr(":=!>|", p[2]) && p[2])
        return 3;
    if (p[2] == '<' && (p[3] == '=' || p[3] == '!'))
        return 4;
    if (p[2] == '<') {
        const char *close = strchr(p, '>');
        return close ? (size_t)(close - p) + 1 : 0;
    }
    return 0;
}

/* Is the '{' at p a quantifier ({n}, {n,}, {n,m}, {,m})?  Its length. */
static size_t S_counted_syntax(const char *p)
{
    const char *q = p + 1;
    bool digits = false;
    for (; *q >= '0' && *q <= '9'; q++)
        digits = true;
    if (*q == ',')
        for (q++; *q >= '0' && *q <= '9'; q++)
            digits = true;
    return digits && *q == '}' ? (size_t)(q - p) + 1 : 0;
}

/* The bytes any atom of the pattern may match (lookarounds included, so
 * that it is a superset): the bytes a match reads from its position on. */
static void S_matchable_bytes(const char *p, S_byte_set *b)
{
    memset(b, 0, sizeof *b);
    while (*p) {
        const unsigned char c = (unsigned char)*p;
        size_t syntax = 0;
        if (c == '\\') {
            S_byte_add_escape(b, p[1]);
            p += p[1] ? 2 : 1;
            continue;
        }
        if (c == '[') {
            const char *close = S_class_end(p);
            if (!close) {
                S_byte_add_all(b);
                return;
            }
            S_byte_add_class(b, p + 1, close);
            p = close + 1;
            continue;
        }
        if (c == '(') {
            syntax = S_group_syntax(p);
            if (!syntax) {
                S_byte_add_all(b);
                return;
            }
        } else if (c == '{') {
            syntax = S_counted_syntax(p);
        } else if (strchr("|)?*+^$", c)) {
            syntax = 1;
        } else if (c == '.') {
            S_byte_add_all(b);
            return;
        }
        if (!syntax)
            S_byte_add(b, c);
        p += syntax ? syntax : 1;
    }
}

/* Up to three bytes no atom of the branch matches, the most common first:
 * no match reads one of them before the run it needs. */
static void S_find_stops(S_branch *e, const char *pattern)
{
    static const char common[] = ".,;:\"\n)(";
    S_byte_set matchable;
    S_matchable_bytes(pattern, &matchable);
    e->stop_count = 0;
    for (const char *c = common; *c && e->stop_count < sizeof e->stops; c++)
        if (!(matchable.bits[(unsigned char)*c / 8] & (1u << ((unsigned char)*c % 8))))
            e->stops[e->stop_count++] = *c;
}

/* ------------------------------------------------------------------ */
/* The leading atoms of a branch, followed in C                        */
/* ------------------------------------------------------------------ */

/* Some branches start with lists of words around an optional one of any
 * letters ("(?:a|ont) (?:[a-z]+ )?(?:annonce|declare|...)\b[^.;]{0,40}?
 * que"): PCRE2 spends about a thousand instructions at each place their
 * prefix is found, mostly to learn that no listed word follows.  Their
 * leading atoms are followed here over the positions they can reach:
 * where none is left, the branch cannot match. */
#define LEAD_STEPS 6
#define LEAD_POSITIONS 16
#define LEAD_STRINGS 255

typedef struct S_lead_step {
    /* A run of one or more bytes of `run`, then the byte `end` (not in
     * run), or nothing (an optional group "(?:[a-z]+ )?"); else one of
     * the strings [first, first + count) of the lead, sorted by their
     * first byte (by_first[c]: the first of those starting with c), or
     * nothing when `empty`. */
    bool word, empty;
    uint8_t end;
    bool run[256]; /* a table of bytes, not of bits: one load a byte */
    uint32_t first, count;
    uint8_t by_first[257];
} S_lead_step;

typedef struct S_lead {
    int step_count;
    S_lead_step steps[LEAD_STEPS];
    char *chars;
    struct S_lit_span *strings;
    /* The first 8 bytes of each string (fewer when shorter) as a number,
     * the first byte highest (S_lead_big8), and which of those it has: one
     * comparison where the text holds 8 bytes more, and the strings of a
     * step are in the order of their heads (S_lead_strings_at). */
    uint64_t *heads, *head_masks;
} S_lead;

static void S_lead_free(S_lead *l, const syev_allocator *a)
{
    if (!l)
        return;
    syevp_free(a, l->chars);
    syevp_free(a, l->strings);
    syevp_free(a, l->heads);
    syevp_free(a, l->head_masks);
    syevp_free(a, l);
}

/* Lists [p, end) with its empty string if any; false when it cannot be
 * listed in LEAD_STRINGS strings. */
static bool S_lead_list(const syev_allocator *a, const char *p, const char *end, S_lit_list *L)
{
    memset(L, 0, sizeof *L);
    L->a = a;
    L->budget = LIT_BUDGET;
    L->allow_empty = true;
    S_lit_pattern(L, p, (size_t)(end - p), LEAD_STRINGS);
    if (!L->fail && !L->nomem && L->n <= LEAD_STRINGS)
        return true;
    syevp_free(a, L->chars);
    syevp_free(a, L->v);
    return false;
}

/* The first byte of a string of the lead. */
static unsigned char S_lead_first(const S_lead *l, const struct S_lit_span *str)
{
    return (unsigned char)l->chars[str->at];
}

/* Does string a of the lead come after b in byte order? */
static bool S_lead_after(const S_lead *l, const struct S_lit_span *a, const struct S_lit_span *b)
{
    const int c = memcmp(l->chars + a->at, l->chars + b->at, a->len < b->len ? a->len : b->len);
    return c != 0 ? c > 0 : a->len > b->len;
}

/* Appends the strings of L as a step of l, in byte order (by_first: where
 * those of each first byte start; within them, by their second byte). */
static bool S_lead_add_strings(S_lead *l, const syev_allocator *a, S_lit_list *L, size_t *cap,
                               size_t *chars_cap, size_t *n, size_t *chars_n)
{
    S_lead_step *st = &l->steps[l->step_count++];
    memset(st, 0, sizeof *st);
    st->first = (uint32_t)*n;
    if (!syevp_grow(a, (void **)&l->strings, cap, *n + L->n, sizeof *l->strings) ||
        !syevp_grow(a, (void **)&l->chars, chars_cap, *chars_n + L->chars_n + 1, 1))
        return false;
    memcpy(l->chars + *chars_n, L->chars, L->chars_n);
    for (size_t k = 0; k < L->n; k++) {
        if (L->v[k].len == 0) {
            st->empty = true;
            continue;
        }
        /* insertion in byte order: the lists are short */
        struct S_lit_span sp = {(uint32_t)*chars_n + L->v[k].at, L->v[k].len};
        size_t j = *n;
        while (j > st->first && S_lead_after(l, &l->strings[j - 1], &sp)) {
            l->strings[j] = l->strings[j - 1];
            j--;
        }
        l->strings[j] = sp;
        (*n)++;
    }
    *chars_n += L->chars_n;
    st->count = (uint32_t)*n - st->first;
    size_t k = 0;
    for (unsigned c = 0; c <= 256; c++) {
        while (k < st->count && S_lead_first(l, &l->strings[st->first + k]) < c)
            k++;
        st->by_first[c] = (uint8_t)k;
    }
    return true;
}

/* The optional group at [p, after) as a word step "(?:[set]+c)?", or
 * false. */
static bool S_lead_word(const char *p, const char *next, const char *after, S_lead_step *st)
{
    if (after == next || next[0] != '?' || p[0] != '(')
        return false;
    const char *body = p + 1;
    if (body[0] == '?' && body[1] == ':')
        body += 2;
    else if (body[0] == '?' || body[0] == '*')
        return false;
    const char *close = body[0] == '[' ? S_class_end(body) : NULL;
    char set[160];
    bool wild;
    if (!close || body[1] == '^' || close[1] != '+' ||
        !S_class_set(body + 1, close, set, sizeof set, &wild) || wild)
        return false;
    const char *c = close + 2, *c_next = c + (*c == '\\' ? 2 : 1);
    const char end = *c ? S_plain_char(c, c_next) : 0;
    if (!end || c_next != next - 1 || strchr(set, end))
        return false;
    memset(st, 0, sizeof *st);
    st->word = true;
    st->end = (uint8_t)end;
    for (const char *m = set; *m; m++)
        st->run[(unsigned char)*m] = true;
    return true;
}

/* Is [p, p + 2) a "\b" not quantified? */
static bool S_is_bound(const char *p)
{
    return p[0] == '\\' && p[1] == 'b' && !strchr("?*+{", p[2] ? p[2] : ' ');
}

/* The first 8 bytes from s (fewer before n, zeros after them) as a
 * number, the first byte highest: numbers in the byte order of the
 * strings. */
static uint64_t S_lead_big8(const unsigned char *s, size_t n)
{
#if SYEVP_LOAD8_LITTLE
    if (n >= 8) {
        uint64_t word;
        memcpy(&word, s, sizeof word);
        return __builtin_bswap64(word);
    }
#endif
    uint64_t word = 0;
    for (size_t i = 0; i < 8; i++)
        word = word << 8 | (i < n ? s[i] : 0u);
    return word;
}

/* Fills the heads of the n strings of l.  False when memory ran out. */
static bool S_lead_heads(S_lead *l, const syev_allocator *a, size_t n)
{
    static const unsigned char ones[8] = {255, 255, 255, 255, 255, 255, 255, 255};
    l->heads = syevp_malloc(a, (n ? n : 1) * sizeof *l->heads);
    l->head_masks = syevp_malloc(a, (n ? n : 1) * sizeof *l->head_masks);
    if (!l->heads || !l->head_masks)
        return false;
    for (size_t k = 0; k < n; k++) {
        l->heads[k] = S_lead_big8((const unsigned char *)l->chars + l->strings[k].at,
                                  l->strings[k].len);
        l->head_masks[k] = S_lead_big8(ones, l->strings[k].len);
    }
    return true;
}

/* Builds the lead of a branch: its leading atoms as steps of listed
 * strings (as many atoms in one step as can be) and optional words, up to
 * the first other atom; kept only when a word step or strings with the
 * empty one are followed by strings (the first strings are what its
 * prefixes already tell).  False when
 * memory ran out. */
static bool S_find_lead(S_branch *e, const syev_allocator *a)
{
    S_lead *l = syevp_calloc(a, 1, sizeof *l);
    if (!l)
        return false;
    size_t cap = 0, chars_cap = 0, n = 0, chars_n = 0;
    bool ok = true, useful = false, after_word = false;
    const char *p = e->pattern, *seg = NULL, *seg_end = NULL;
    S_lit_list seg_list = {0};
    while (ok && l->step_count < LEAD_STEPS) {
        while (S_is_bound(p))
            p += 2;
        size_t reach, ahead, times = 0;
        const char *next = NULL, *after = NULL;
        const bool atom = *p && S_atom_reach(p, CHAR_BYTES, &reach, &ahead, &next) &&
                          !S_lookahead(p) && (after = next, S_quantifier_max(&after, &times));
        S_lit_list L;
        if (atom && (times == 1) && S_lead_list(a, seg ? seg : p, after, &L)) {
            if (seg) {
                syevp_free(a, seg_list.chars);
                syevp_free(a, seg_list.v);
            }
            seg_list = L;
            seg = seg ? seg : p;
            seg_end = after;
            p = after;
            if (!S_is_bound(p))
                continue;
        }
        /* the segment ends here */
        if (seg) {
            ok = S_lead_add_strings(l, a, &seg_list, &cap, &chars_cap, &n, &chars_n);
            useful = useful || after_word;
            after_word = after_word || (ok && l->steps[l->step_count - 1].empty); /* as a word */
            syevp_free(a, seg_list.chars);
            syevp_free(a, seg_list.v);
            seg = NULL;
            p = seg_end;
            continue;
        }
        if (ok && atom && l->step_count < LEAD_STEPS &&
            S_lead_word(p, next, after, &l->steps[l->step_count])) {
            l->step_count++;
            after_word = true;
            p = after;
            continue;
        }
        break;
    }
    if (seg) {
        if (ok && l->step_count < LEAD_STEPS) {
            ok = S_lead_add_strings(l, a, &seg_list, &cap, &chars_cap, &n, &chars_n);
            useful = useful || after_word;
        }
        syevp_free(a, seg_list.chars);
        syevp_free(a, seg_list.v);
    }
    if (!ok || !useful) {
        S_lead_free(l, a);
        return ok;
    }
    if (!S_lead_heads(l, a, n)) {
        S_lead_free(l, a);
        return false;
    }
    e->lead = l;
    return true;
}

/* What a match of [p, end) (no top-level bar) reads from the first space
 * after its start (see S_branch), or SIZE_MAX. */
static size_t S_word_rest(const char *p, const char *end, size_t char_bytes)
{
    size_t before_ahead = 0;
    if (S_has_bar(p, end))
        return SIZE_MAX;
    while (p < end) {
        size_t reach, ahead, times;
        const char *next, *after;
        if (!S_atom_reach(p, char_bytes, &reach, &ahead, &next))
            return SIZE_MAX;
        after = next;
        if (!S_quantifier_max(&after, &times))
            return SIZE_MAX;
        /* the bytes the atom may match (a lookaround's too) */
        const size_t n = (size_t)(next - p);
        char atom[256];
        if (n >= sizeof atom)
            return SIZE_MAX;
        memcpy(atom, p, n);
        atom[n] = '\0';
        S_byte_set bytes;
        S_matchable_bytes(atom, &bytes);
        if (bytes.bits[' ' / 8] & (1u << (' ' % 8))) {
            size_t rest_ahead = 0;
            const size_t rest = S_reach(p, end, char_bytes, &rest_ahead);
            const size_t total = S_reach_add(rest, rest_ahead);
            return total > before_ahead ? total : before_ahead;
        }
        before_ahead = ahead > before_ahead ? ahead : before_ahead;
        p = after;
    }
    return before_ahead;
}

/* Finds what the branch's pattern needs (S_needed_run) and its reach. */
static void S_find_need(S_branch *e, const char *pattern)
{
    const char *end = pattern + strlen(pattern);
    for (int ascii = 0; ascii < 2; ascii++) {
        size_t ahead = 0;
        const size_t reach = S_reach(pattern, end, ascii ? 1 : CHAR_BYTES, &ahead);
        e->reach[ascii] = S_reach_add(reach, ahead);
        e->word_rest[ascii] = S_word_rest(pattern, end, ascii ? 1 : CHAR_BYTES);
    }
    /* (without a bound, the search goes on to the end of the subject) */
    const size_t n = S_alternatives_run(pattern, end, e->need);
    e->need_len = n >= 2 ? (uint8_t)n : 0;
    e->need_pivot = (uint8_t)S_pivot(e->need, e->need_len);
    S_find_stops(e, pattern);
}

static const char *S_branch_pattern(const void *multi, size_t i)
{
    return ((const syevp_multi *)multi)->branches[i].pattern;
}

/* The alternation of the group of entry e alone, when branch b is the
 * whole of e: the same pattern but for its mark, which the match of a
 * branch does not read.  NULL: none. */
static pcre2_code *S_alone_re(const syevp_multi *m, S_alike *al, const char *entry_pattern,
                              size_t e, const S_branch *b)
{
    if (!al->slots || strcmp(entry_pattern, b->pattern) != 0)
        return NULL;
    const S_filing alone = {0, e};
    const size_t *slot = S_alike_slot(al, &alone, &alone + 1);
    return *slot ? m->groups[*slot - 1].re : NULL;
}

/* Compiles on its own each branch filed in a group (or takes the
 * alternation of its entry alone), and finds what it needs. */
static syev_status S_compile_branches(const syev_extractor *ex, syevp_multi *m, S_alike *al,
                                      const char *(*pattern_at)(const void *, size_t),
                                      const void *table, syev_error *err)
{
    const size_t slots = m->candidates_mask + 1;
    for (size_t c = 0; c < slots; c++) {
        for (uint32_t k = 0; m->candidates[c].key && k < m->candidates[c].count; k++) {
            const S_try *t = &m->tries[m->candidates[c].first + k];
            if (t->branch == NO_BRANCH || m->branches[t->branch].re)
                continue;
            S_branch *b = &m->branches[t->branch];
            const S_filing one = {0, t->branch};
            S_find_need(b, b->pattern);
            if (!S_find_lead(b, &ex->alloc))
                return syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
            b->re = S_alone_re(m, al, pattern_at(table, t->entry), t->entry, b);
            b->re_shared = b->re != NULL;
            syev_status st = b->re ? SYEV_OK
                                   : S_compile_group(ex, m, S_branch_pattern, m, &one, &one + 1,
                                                     &b->re, err);
            if (st != SYEV_OK)
                return st;
        }
    }
    return SYEV_OK;
}

static void S_shared_register(syevp_shared_starts *r, syevp_multi *m);
static void S_shared_forget(syevp_multi *m);

syev_status syevp_multi_new(const syev_extractor *ex, size_t count,
                            const char *(*pattern_at)(const void *table, size_t i),
                            const void *table, bool words, syevp_multi **out, syev_error *err)
{
    *out = NULL;
    syevp_multi *m = syevp_calloc(&ex->alloc, 1, sizeof *m);
    if (!m)
        return syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    m->words = words;
    S_filing *filed = NULL;
    size_t n = 0;
    S_wide_list prefixes = {NULL, 0, 0};
    S_try_list tries = {NULL, 0, 0};
    S_entry_keys entry_keys = {NULL, NULL, NULL};
    S_alike alike = {NULL, 0, NULL, NULL};
    syev_status st = S_file_all(ex, count, pattern_at, table, &filed, &n, &entry_keys, err);
    if (st == SYEV_OK && !S_list_strings(m, &ex->alloc, count, pattern_at, table))
        st = syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    if (st == SYEV_OK && n) {
        qsort(filed, n, sizeof *filed, S_cmp_filing);
        size_t groups = 1;
        for (size_t i = 1; i < n; i++)
            groups += filed[i].key != filed[i - 1].key;
        m->groups = syevp_calloc(&ex->alloc, groups, sizeof *m->groups);
        if (!m->groups || !S_alike_init(&alike, &ex->alloc, groups))
            st = syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
        for (size_t i = 0; st == SYEV_OK && i < n;) {
            size_t j = i + 1;
            while (j < n && filed[j].key == filed[i].key)
                j++;
            const size_t gi = m->group_count;
            S_group *g = &m->groups[gi];
            g->key = filed[i].key;
            g->first_entry = filed[i].entry;
            st = S_compile_alike(ex, m, &alike, pattern_at, table, filed + i, filed + j, gi, err);
            if (g->re)
                m->group_count++; /* its alternation is freed with the multi */
            if (st == SYEV_OK &&
                (!S_group_prefixes(&ex->alloc, &entry_keys, filed + i, filed + j, gi, g,
                                   &prefixes) ||
                 !S_group_tries(&ex->alloc, m, filed + i, filed + j, gi, g, &tries)))
                st = syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
            if (st == SYEV_OK)
                m->level_used[g->key >> 24] = true;
            i = j;
        }
    }
    if (st == SYEV_OK && S_index_groups(m, &ex->alloc))
        S_index_steps(m);
    else if (st == SYEV_OK)
        st = syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    if (st == SYEV_OK && (!S_index_prefixes(m, &ex->alloc, &prefixes) ||
                          !S_index_candidates(m, &ex->alloc, &tries)))
        st = syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    if (st == SYEV_OK)
        S_index_four(m, &prefixes);
    if (st == SYEV_OK)
        st = S_compile_branches(ex, m, &alike, pattern_at, table, err);
    S_alike_free(&alike, &ex->alloc);
    syevp_free(&ex->alloc, filed); /* (alike's filings) */
    for (size_t b = 0; m->branches && b < m->branch_count; b++) {
        syevp_free(&ex->alloc, m->branches[b].keys); /* needed while filing only */
        m->branches[b].keys = NULL;
    }
    syevp_free(&ex->alloc, prefixes.v);
    syevp_free(&ex->alloc, tries.v);
    S_entry_keys_free(&entry_keys, &ex->alloc);
    if (st != SYEV_OK) {
        syevp_multi_free(m, &ex->alloc);
        return st;
    }
    S_shared_register(ex->starts, m);
    *out = m;
    return SYEV_OK;
}

void syevp_multi_free(syevp_multi *m, const syev_allocator *a)
{
    if (!m)
        return;
    S_shared_forget(m);
    for (size_t i = 0; i < m->group_count; i++)
        if (!m->groups[i].re_shared)
            pcre2_code_free(m->groups[i].re);
    for (size_t i = 0; m->branches && i < m->branch_count; i++) {
        if (!m->branches[i].re_shared)
            pcre2_code_free(m->branches[i].re);
        S_lead_free(m->branches[i].lead, a);
        syevp_free(a, m->branches[i].pattern);
        syevp_free(a, m->branches[i].keys);
    }
    syevp_free(a, m->branches);
    syevp_free(a, m->entries);
    syevp_free(a, m->strings);
    syevp_free(a, m->string_chars);
    syevp_free(a, m->candidates);
    syevp_free(a, m->tries);
    syevp_free(a, m->bucket_bounds);
    syevp_free(a, m->split_tries);
    syevp_free(a, m->groups);
    syevp_free(a, m->slots);
    syevp_free(a, m->wide_bits);
    syevp_free(a, m);
}

static bool S_has_bit(const uint8_t *bits, unsigned char c)
{
    return bits[c / 8] & (1u << (c % 8));
}

/* Is one of the 3 characters from p beyond ASCII, where a wild key may be? */
static bool S_wild_may(const syevp_multi *m, const syevp_text *t, size_t len, size_t p)
{
    if (!m->wild_used || t->fold_ascii)
        return false;
    const unsigned char *s = (const unsigned char *)t->fold;
    if (p + 3 <= len) /* one load (a fourth byte is readable: len <= fold_len) */
        return (S_three_bytes(s + p) & HIGHS4) != 0;
    for (size_t i = p; i < len; i++)
        if (s[i] >= 0x80)
            return true;
    return false;
}

static bool S_may_start(const syevp_multi *m, const syevp_text *t, size_t len, size_t p)
{
    const unsigned char *s = (const unsigned char *)t->fold;
    return (p < len && m->levels_of_first[s[p]]) || S_wild_may(m, t, len, p) ||
           (p > 0 && m->level_used[LEVEL_BEFORE] && S_has_bit(m->prev_byte, s[p - 1]));
}

typedef struct S_best {
    size_t begin, end, entry;
    bool found;
} S_best;

/* The WIDE_LEN characters from s (at least 8 bytes readable), laid out as
 * in S_wide_key.  One load and a byte swap where the byte order is known
 * (the compilers did not merge the bytewise form). */
static uint64_t S_chars7(const unsigned char *s)
{
#if SYEVP_LOAD8_LITTLE
    uint64_t word;
    memcpy(&word, s, sizeof word);
    return __builtin_bswap64(word) >> 8;
#else
    return (uint64_t)s[0] << 48 | (uint64_t)s[1] << 40 | (uint64_t)s[2] << 32 |
           (uint64_t)s[3] << 24 | (uint64_t)s[4] << 16 | (uint64_t)s[5] << 8 | (uint64_t)s[6];
#endif
}

#define HIGH_BITS7 0x0080808080808080u /* the top bit of each of 7 characters */

/* The (up to) WIDE_LEN characters from p, laid out as in S_wide_key, and
 * their number in *count (fewer near len). */
static uint64_t S_chars_at(const unsigned char *s, size_t len, size_t p, int *count)
{
    if (p + 8 <= len) {
        *count = WIDE_LEN;
        return S_chars7(s + p);
    }
    uint64_t chars = 0;
    int n = 0;
    for (; p + (size_t)n < len && n < WIDE_LEN; n++)
        chars |= syevp_key_char(n, s[p + (size_t)n]);
    *count = n;
    return chars;
}

/* The levels of `wide_levels` the `count` characters available can have. */
static unsigned S_levels_within(unsigned wide_levels, int count)
{
    return wide_levels & ((2u << count) - 1u);
}

/* Could an entry of the group keyed `group_key` start with `chars` (count
 * of them), by its prefixes of `wide_levels`?  A character beyond ASCII
 * answers yes: \d and \s reach there (UCP), their prefixes do not.
 * (Inline: the calls cost 0.5 M instructions on the test slice.) */
static inline bool S_wide_hit(const syevp_multi *m, uint32_t group_key, unsigned wide_levels,
                              uint64_t chars, int count)
{
    if (chars & HIGH_BITS7)
        return true;
    for (unsigned levels = S_levels_within(wide_levels, count); levels; levels &= levels - 1u) {
        const int level = syevp_lowest_bit(levels);
        const uint64_t prefix = syevp_key(level, chars & S_first_chars[level]);
        const size_t bit = S_wide_bit(m, group_key, prefix);
        if (m->wide_bits[bit / 8] & (1u << (bit % 8)))
            return true;
    }
    return false;
}

/* Would S_match_at try a group keyed by 1 to 3 characters at p?  (A key
 * of one character, a known pair with keys of two, or a known triple whose
 * longer prefixes may be there.)  Most word boundaries that pass the pair
 * test fail the triple or prefix test: testing them here, before the group
 * is looked up, saves those calls. */
static bool S_keys_may_start(const syevp_multi *m, const unsigned char *s, size_t len, size_t p)
{
    const unsigned levels = p < len ? m->levels_of_first[s[p]] : 0;
    if (levels & (1u << 1))
        return true;
    if (!levels || p + 1 >= len)
        return false;
    const unsigned pair = ((unsigned)s[p] << 8) | s[p + 1];
    if ((levels & (1u << 2)) && (m->pair2_bits[pair / 8] & (1u << (pair % 8))))
        return true;
    if (!(levels & (1u << 3)) || !(m->pair_bits[pair / 8] & (1u << (pair % 8))) ||
        p + 2 >= len)
        return false;
    const uint32_t chars = (uint32_t)pair << 8 | s[p + 2];
    const unsigned info = m->triple_info[S_triple_hash(chars)];
    if (info & TRIPLE_UNFILTERED)
        return true;
    if (!info)
        return false;
    /* The wide levels of all the groups hashed there: a superset of those
     * of the group keyed by these characters, if there is one. */
    int count;
    const uint64_t wide = S_chars_at(s, len, p, &count);
    return S_wide_hit(m, (uint32_t)3 << 24 | chars, info & 0xF0u, wide, count);
}

/* Inlined even where called from several walks (S_next_at_bounds,
 * S_walk_starts): a call costs about a fifth of it.  Its cheap tests are
 * repeated for all the word tables at once by S_shared_close_table and
 * S_cheap_tables: a change here goes there too (test_shared_starts_agree
 * in test_scan.c compares them). */
#if defined(__GNUC__) || defined(__clang__)
#define S_INLINE __attribute__((always_inline)) static inline
#define S_NOINLINE __attribute__((noinline)) static
#else
#define S_INLINE static inline
#define S_NOINLINE static
#endif

/* S_keys_may_start where p + 3 <= len and the triple hash `h` of the
 * three bytes at p is known; fours_passed: the test of four_bits is known
 * to pass where it is reached (the shared starts made it: S_walk_starts). */
S_INLINE bool S_keys_may_start_fours(const syevp_multi *m, const unsigned char *s, size_t len,
                                     size_t p, unsigned h, bool fours_passed)
{
    if (m->level_used[1] || m->level_used[2]) {
        const unsigned levels = m->levels_of_first[s[p]], pair = ((unsigned)s[p] << 8) | s[p + 1];
        if ((levels & (1u << 1)) ||
            ((levels & (1u << 2)) && (m->pair2_bits[pair / 8] & (1u << (pair % 8)))))
            return true;
    }
    const unsigned info = m->triple_info[h];
    if (info & TRIPLE_UNFILTERED)
        return true;
    if (!info)
        return false;
    if (!fours_passed && p + 4 <= len) {
        /* The groups hashed here have prefixes of four characters or more:
         * where the first four are ASCII, they are among four_bits. */
        uint32_t word;
        memcpy(&word, s + p, sizeof word);
        const unsigned four = S_start_hash(word);
        if (!(word & HIGHS4) && !(m->four_bits[four / 8] & (1u << (four % 8))))
            return false;
    }
    int count;
    const uint64_t wide = S_chars_at(s, len, p, &count);
    const uint32_t chars = (uint32_t)(wide >> 32) & 0xFFFFFFu;
    return S_wide_hit(m, (uint32_t)3 << 24 | chars, info & 0xF0u, wide, count);
}

S_INLINE bool S_keys_may_start_at(const syevp_multi *m, const unsigned char *s, size_t len,
                                  size_t p, unsigned h)
{
    return S_keys_may_start_fours(m, s, len, p, h, false);
}

/* What S_match_at reads once at a position, for all the groups it tries. */
typedef struct S_pos {
    const unsigned char *s;
    size_t p, len;
    uint64_t chars; /**< S_chars_at */
    int count;
    bool ascii;      /**< none of these characters is beyond ASCII */
    int start_bound; /**< S_bound_at p */
    uint64_t rest;   /**< the 8 bytes after those (fewer near len), as S_load8 reads them */
    unsigned char next_char; /**< the first of those (0 at len) */
} S_pos;

/* Is there a word boundary (\b) at q of the subject s[0, len)?  1 or 0;
 * -1 when a byte beyond ASCII is next to it (PCRE2 knows its class). */
static int S_bound_at(const unsigned char *s, size_t len, size_t q)
{
    const unsigned before = S_word_class[q > 0 ? s[q - 1] : ' '],
                   after = S_word_class[q < len ? s[q] : ' '];
    if ((before | after) & 2)
        return -1;
    return before != after;
}

static void S_pos_init(S_pos *at, const unsigned char *s, size_t len, size_t p)
{
    at->s = s;
    at->p = p;
    at->len = len;
    at->chars = S_chars_at(s, len, p, &at->count);
    at->ascii = !(at->chars & HIGH_BITS7);
    at->start_bound = S_bound_at(s, len, p);
    at->next_char = p + WIDE_LEN < len ? s[p + WIDE_LEN] : 0;
    if (p + WIDE_LEN + 8 <= len)
        memcpy(&at->rest, s + p + WIDE_LEN, 8);
    else
        at->rest = p + WIDE_LEN < len ? S_load8(s + p + WIDE_LEN, len - p - WIDE_LEN) : 0;
}

/* The entry a match came from: the digits of its (*MARK:n), written by
 * S_compile_group (strtoul costs more for these few digits). */
static size_t S_mark_entry(PCRE2_SPTR mark)
{
    size_t entry = 0;
    for (; mark && *mark >= '0' && *mark <= '9'; mark++)
        entry = entry * 10 + (size_t)(*mark - '0');
    return entry;
}

/* Runs the alternation of group g at p; keeps the match of the entry that
 * comes first in the table. */
static int S_run_group(const syevp_run *run, const S_group *g, const S_pos *at, S_best *best)
{
    const syev_doc *doc = run->doc;
    int rc = syevp_regex_match(&run->ex->re, g->re, doc->text.fold, at->len, at->p, doc->md,
                               run->err);
    if (rc != 1)
        return rc;
    const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(doc->md);
    const size_t entry = S_mark_entry(pcre2_get_mark(doc->md));
    if (!best->found || entry < best->entry)
        *best = (S_best){ov[0] < ov[1] ? ov[0] : ov[1], ov[1], entry, true};
    return 1;
}

/* S_try_at could not tell: the group's alternation will. */
#define UNDECIDED 2

/* Are the n bytes at a and b the same?  (Mostly a few bytes: a call of
 * memcmp costs more.) */
static bool S_same_bytes(const unsigned char *a, const char *b, size_t n)
{
    for (; n >= 8; n -= 8, a += 8, b += 8) {
        uint64_t x, y;
        memcpy(&x, a, 8);
        memcpy(&y, b, 8);
        if (x != y)
            return false;
    }
    for (; n; n--, a++, b++)
        if (*a != (unsigned char)*b)
            return false;
    return true;
}

/* Does the string of try t, whose first characters were found, match at
 * the position?  Its end in *end. */
static int S_string_at(const syevp_multi *m, const S_try *t, const S_pos *at, size_t *end)
{
    if ((at->rest & t->rest_mask) != t->rest)
        return 0;
    const S_string *str = &m->strings[t->string];
    const size_t known = WIDE_LEN + 8; /* the characters compared so far, at most */
    if (str->len > known &&
        (str->len > at->len - at->p ||
         !S_same_bytes(at->s + at->p + known, m->string_chars + str->at + known,
                       str->len - known)))
        return 0;
    if (m->words) {
        const int bound = S_bound_at(at->s, at->len, at->p + str->len);
        if (bound < 0 || at->start_bound < 0)
            return UNDECIDED;
        if (!bound)
            return 0;
    }
    *end = at->p + str->len;
    return 1;
}

/* Is none of the branch's stops among the n bytes at s?  (The run it
 * needs, first found n bytes on, cannot be reached past one, nor can any
 * further one.) */
static bool S_before_stops(const S_branch *e, const unsigned char *s, size_t n)
{
    for (unsigned k = 0; k < e->stop_count; k++)
        if (memchr(s, e->stops[k], n))
            return false;
    return true;
}

/* Is the run the branch needs within its reach from the position, before
 * any of its stops? */
static bool S_holds_need(const S_branch *e, const S_pos *at, bool ascii)
{
    const size_t room = at->len - at->p;
    size_t span = e->reach[ascii] < room ? e->reach[ascii] : room;
    if (e->word_rest[ascii] < span) {
        const unsigned char *space = memchr(at->s + at->p, ' ', span);
        const size_t word = space ? (size_t)(space - (at->s + at->p)) : span;
        const size_t within = S_reach_add(word, e->word_rest[ascii]);
        span = within < span ? within : span;
    }
    if (span < e->need_len)
        return false;
    const unsigned char *s = at->s + at->p, *last = s + span - e->need_len + e->need_pivot;
    const unsigned char key = (unsigned char)e->need[e->need_pivot];
    for (const unsigned char *from = s + e->need_pivot; from <= last;) {
        const unsigned char *hit = memchr(from, key, (size_t)(last - from) + 1);
        if (!hit)
            return false;
        if (S_same_bytes(hit - e->need_pivot, e->need, e->need_len))
            return S_before_stops(e, s, (size_t)(hit - e->need_pivot - s));
        from = hit + 1;
    }
    return false;
}

/* Adds position q to the n of v (LEAD_POSITIONS at most); false when full.
 * (A position reached twice is kept twice: rare, and only slower.) */
static bool S_lead_add(size_t *v, int *n, size_t q)
{
    if (*n == LEAD_POSITIONS)
        return false;
    v[(*n)++] = q;
    return true;
}

/* Adds to the n of v the ends of the strings of step st found at q of the
 * text; false when v is full.  One load of the text's 8 bytes there, then
 * one masked comparison a string (its head), in byte order: once a head
 * comes after the text's bytes, so do all the strings left (one of them
 * starting the text would come before it). */
static bool S_lead_strings_at(const S_lead *l, const S_lead_step *st, const S_pos *at, size_t q,
                              size_t *v, int *n)
{
    if (q >= at->len)
        return true;
    const size_t room = at->len - q;
    /* zeros past the text: no string has one */
    const uint64_t word = S_lead_big8(at->s + q, room);
    const unsigned c = at->s[q];
    for (size_t k = st->first + st->by_first[c], last = st->first + st->by_first[c + 1];
         k < last; k++) {
        const uint64_t head = word & l->head_masks[k];
        if (head != l->heads[k]) {
            if (l->heads[k] > head)
                break;
            continue;
        }
        const struct S_lit_span *str = &l->strings[k];
        if (str->len > 8 &&
            (str->len > room || !S_same_bytes(at->s + q + 8, l->chars + str->at + 8, str->len - 8)))
            continue;
        if (!S_lead_add(v, n, q + str->len))
            return false;
    }
    return true;
}

/* Can the branch's leading atoms be followed from the position?  (True
 * also when too many positions are reached to follow.) */
static bool S_lead_may(const S_lead *l, const S_pos *at)
{
    size_t v[2][LEAD_POSITIONS];
    int n = 1, cur = 0;
    v[0][0] = at->p;
    for (int k = 0; k < l->step_count && n > 0; k++, cur ^= 1) {
        const S_lead_step *st = &l->steps[k];
        size_t *out = v[cur ^ 1];
        int m = 0;
        for (int i = 0; i < n; i++) {
            const size_t q = v[cur][i];
            if ((st->word || st->empty) && !S_lead_add(out, &m, q))
                return true;
            if (st->word) {
                size_t r = q;
                while (r < at->len && st->run[at->s[r]])
                    r++;
                if (r > q && r < at->len && at->s[r] == st->end && !S_lead_add(out, &m, r + 1))
                    return true;
                continue;
            }
            if (!S_lead_strings_at(l, st, at, q, out, &m))
                return true;
        }
        n = m;
    }
    return n > 0;
}

/* Tries one string of an entry, or one of its branches by its own pattern. */
static int S_try_at(const syevp_multi *m, const syevp_run *run, const S_try *t, const S_pos *at,
                    S_best *best)
{
    if (t->branch == NO_BRANCH) {
        size_t end = 0;
        const int rc = S_string_at(m, t, at, &end);
        if (rc == 1)
            *best = (S_best){at->p, end, t->entry, true};
        return rc;
    }
    const S_branch *e = &m->branches[t->branch];
    if (e->need_len && !S_holds_need(e, at, run->doc->text.fold_ascii))
        return 0;
    if (e->lead && !S_lead_may(e->lead, at))
        return 0;
    const syev_doc *doc = run->doc;
    const int rc = syevp_regex_match(&run->ex->re, e->re, doc->text.fold, at->len, at->p, doc->md,
                                     run->err);
    if (rc == 1) {
        const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(doc->md);
        *best = (S_best){ov[0] < ov[1] ? ov[0] : ov[1], ov[1], t->entry, true};
    }
    return rc;
}

static const S_candidates *S_find_candidates(const syevp_multi *m, size_t group, uint64_t key)
{
    for (size_t i = S_candidates_hash(group, key, m->candidates_mask);;
         i = (i + 1) & m->candidates_mask) {
        const S_candidates *c = &m->candidates[i];
        if (!c->key)
            return NULL;
        if (c->key == key && c->group == group)
            return c;
    }
}

/* Tries the tries [t, end) in order, until one matches or an entry not
 * before best's. */
static int S_try_span(const syevp_multi *m, const syevp_run *run, const S_group *g,
                      const S_try *t, const S_try *end, const S_pos *at, S_best *best)
{
    for (; t < end; t++) {
        if (best->found && t->entry >= best->entry)
            return 0;
        const int rc = S_try_at(m, run, t, at, best);
        if (rc == UNDECIDED)
            return S_run_group(run, g, at, best);
        if (rc != 0)
            return rc;
    }
    return 0;
}

static bool S_try_before(const S_try *a, const S_try *b)
{
    return a->entry != b->entry ? a->entry < b->entry : a->string < b->string;
}

/* Several spans (prefixes of several lengths found): merged in order. */
static int S_try_spans(const syevp_multi *m, const syevp_run *run, const S_group *g,
                       const S_try **next, const S_try **end, int count, const S_pos *at,
                       S_best *best)
{
    for (;;) {
        int pick = -1;
        for (int k = 0; k < count; k++)
            if (next[k] < end[k] && (pick < 0 || S_try_before(next[k], next[pick])))
                pick = k;
        if (pick < 0)
            return 0;
        const S_try *t = next[pick];
        for (int k = 0; k < count; k++)
            if (next[k] < end[k] && next[k]->entry == t->entry && next[k]->string == t->string)
                next[k]++;
        const int rc = S_try_span(m, run, g, t, t + 1, at, best);
        if (rc != 0 || (best->found && t->entry >= best->entry))
            return rc;
    }
}

/* The tries of c that may match at the position, in [*first, *last);
 * false when none may. */
static bool S_span_at(const syevp_multi *m, const S_candidates *c, const S_pos *at,
                      const S_try **first, const S_try **last)
{
    if (!c->split_at) {
        *first = m->tries + c->first;
        *last = *first + c->count;
        return true;
    }
    const unsigned bucket = c->split_at < at->len - at->p
                                ? at->s[at->p + c->split_at] % SPLIT_BUCKETS
                                : SPLIT_BUCKETS; /* the text ends before it */
    const uint32_t *bounds = m->bucket_bounds + c->buckets + bucket;
    *first = m->split_tries + bounds[0];
    *last = m->split_tries + bounds[1];
    return bounds[0] < bounds[1];
}

/* Tries what can match of group g at the position, in table order,
 * instead of its alternation. */
static int S_try_candidates(const syevp_multi *m, const syevp_run *run, const S_group *g,
                            const S_pos *at, S_best *best)
{
    const size_t group = (size_t)(g - m->groups);
    const S_try *next[WIDE_LEN], *end[WIDE_LEN];
    int count = 0;
    for (unsigned levels = S_levels_within(g->try_levels, at->count); levels;
         levels &= levels - 1u) {
        const int level = syevp_lowest_bit(levels);
        const S_candidates *c =
            S_find_candidates(m, group, syevp_key(level, at->chars & S_first_chars[level]));
        if (c && ((c->next_chars >> (at->next_char % 64)) & 1u) &&
            S_span_at(m, c, at, &next[count], &end[count]))
            count++;
    }
    if (count == 1)
        return S_try_span(m, run, g, next[0], end[0], at, best);
    return S_try_spans(m, run, g, next, end, count, at, best);
}

/* Tries the group filed under `key` at the position; keeps the match of
 * the entry that comes first in the table. */
/* Runs the alternation of group g where its prefixes are found (a function
 * of its own: few groups go there, and S_match_at need not save the
 * registers of S_wide_hit). */
S_NOINLINE int S_run_group_filtered(const syevp_multi *m, const syevp_run *run, const S_group *g,
                                    const S_pos *at, S_best *best)
{
    if (g->wide_levels && !S_wide_hit(m, g->key, g->wide_levels, at->chars, at->count))
        return 0;
    return S_run_group(run, g, at, best);
}

static inline int S_try_group(const syevp_multi *m, const syevp_run *run, uint32_t key,
                              const S_pos *at, S_best *best)
{
    const S_group *g = S_find_group(m, key);
    if (!g || (best->found && g->first_entry >= best->entry))
        return 0;
    /* Beyond ASCII, the prefixes of \s and \d are not all known. */
    if (g->try_levels && (at->ascii || !g->wild_prefixes))
        return S_try_candidates(m, run, g, at, best);
    return S_run_group_filtered(m, run, g, at, best);
}

#define NO_HASH 0xFFFFFFFFu /* the start hash of a position is not known */

/* Could a group keyed by the three characters at p be there?  `hash`: the
 * start hash of those three (p + 3 <= len: the walk of the boundaries
 * made it), or NO_HASH. */
static bool S_triple_may(const syevp_multi *m, const unsigned char *s, size_t len, size_t p,
                         unsigned hash)
{
    if (hash != NO_HASH)
        return m->triple_info[hash];
    if (p + 2 >= len)
        return false;
    const unsigned pair = ((unsigned)s[p] << 8) | s[p + 1];
    return (m->pair_bits[pair / 8] & (1u << (pair % 8))) &&
           m->triple_info[S_triple_hash((uint32_t)pair << 8 | s[p + 2])];
}

/* S_key(level, s + p) from the characters read at the position (at least
 * `level` of them): no load of the text again. */
static uint32_t S_key_at(const S_pos *at, int level)
{
    static const uint32_t key_chars[4] = {0, 0xFF0000u, 0xFFFF00u, 0xFFFFFFu};
    return (uint32_t)level << 24 | ((uint32_t)(at->chars >> 32) & key_chars[level]);
}

/* Could a key other than one of three characters be found at the
 * position, whose first byte starts keys of `levels`? */
static bool S_short_keys_may(const syevp_multi *m, const syevp_run *run, unsigned levels)
{
    return (levels & ((1u << 2) | (1u << 1))) || m->level_used[0] ||
           m->level_used[LEVEL_BEFORE] || (m->wild_used && !run->doc->text.fold_ascii);
}

/* S_match_at's tries of the keys shorter than three characters, where
 * S_short_keys_may says one may be found (a function of its own: most
 * positions have none to try, and the registers it needs cost them all). */
S_NOINLINE int S_match_short_keys(const syevp_multi *m, const syevp_run *run, const S_pos *at,
                                  unsigned levels, S_best *best)
{
    const unsigned char *s = at->s;
    const size_t p = at->p, len = at->len;
    int rc = 0;
    if ((levels & (1u << 2)) && p + 1 < len) {
        const unsigned pair = ((unsigned)s[p] << 8) | s[p + 1];
        if (m->pair_bits[pair / 8] & (1u << (pair % 8)))
            rc = S_try_group(m, run, S_key_at(at, 2), at, best);
    }
    if (rc >= 0 && (levels & (1u << 1)))
        rc = S_try_group(m, run, S_key_at(at, 1), at, best);
    if (rc >= 0 && m->level_used[0])
        rc = S_try_group(m, run, KEY_ANY, at, best);
    if (rc >= 0 && m->level_used[LEVEL_BEFORE] && p > 0 && S_has_bit(m->prev_byte, s[p - 1]))
        rc = S_try_group(m, run, S_before_key(s[p - 1]), at, best);
    /* after 0 to 2 ASCII characters, one beyond: the entries with \d or \s there */
    const bool wild = m->wild_used && !run->doc->text.fold_ascii;
    for (int level = 0; rc >= 0 && wild && level < 3 && p + (size_t)level < len; level++) {
        if (s[p + (size_t)level] < 0x80)
            continue;
        rc = S_try_group(m, run, (S_key(level, s + p) & 0xFFFFFFu) | (uint32_t)(LEVEL_WILD + level) << 24,
                   at, best);
        break; /* a key's characters are ASCII: none goes further */
    }
    return rc;
}

/* The first entry matching at p in best (`hash`: as in S_triple_may). */
static int S_match_at(const syevp_multi *m, const syevp_run *run, size_t p, size_t len,
                      unsigned hash, S_best *best)
{
    const unsigned char *s = (const unsigned char *)run->doc->text.fold;
    best->found = false;
    S_pos at;
    S_pos_init(&at, s, len, p);
    if (m->words && at.start_bound == 0)
        return 0; /* every group starts with \b */
    int rc = 0;
    /* The longest keys first; the byte, pair and triple filters before a
     * hash probe. */
    const unsigned levels = p < len ? m->levels_of_first[s[p]] : 0;
    if ((levels & (1u << 3)) && S_triple_may(m, s, len, p, hash))
        rc = S_try_group(m, run, S_key_at(&at, 3), &at, best);
    if (rc >= 0 && S_short_keys_may(m, run, levels))
        rc = S_match_short_keys(m, run, &at, levels, best);
    return rc < 0 ? rc : best->found;
}


/* Runs S_match_at at boundary p (hash: see S_triple_may); 1 (the match in
 * the outputs), 0, or a negative status. */
static int S_match_bound(const syevp_multi *m, const syevp_run *run, size_t p, size_t len,
                         unsigned hash, size_t *mb, size_t *me, size_t *entry)
{
    S_best best; /* S_match_at sets found, and the rest where it is */
    const int rc = S_match_at(m, run, p, len, hash, &best);
    if (rc == 1) {
        *mb = best.begin;
        *me = best.end;
        *entry = best.entry;
    }
    return rc;
}

/* Could a match start at boundary p (any kind of key)? */
static bool S_bound_may_start(const syevp_multi *m, const syevp_text *t, size_t len, size_t p)
{
    const unsigned char *s = (const unsigned char *)t->fold;
    return m->level_used[0] || S_keys_may_start(m, s, len, p) ||
           (m->level_used[LEVEL_BEFORE] && p > 0 && S_has_bit(m->prev_byte, s[p - 1])) ||
           (m->wild_used && S_wild_may(m, t, len, p));
}

/* The boundaries [b, end) up to len, each tested in full. */
static int S_next_at_any_bound(const syevp_multi *m, const syevp_run *run, const uint32_t *b,
                               const uint32_t *end, size_t len, size_t *mb, size_t *me,
                               size_t *entry)
{
    const syevp_text *t = &run->doc->text;
    for (; b < end && *b <= len; b++) {
        if (!S_bound_may_start(m, t, len, *b))
            continue;
        const int rc = S_match_bound(m, run, *b, len, NO_HASH, mb, me, entry);
        if (rc != 0)
            return rc;
    }
    return 0;
}

/* The end of the boundaries from index `from` with three bytes before len
 * (and a fourth readable: len <= fold_len). */
static size_t S_bounds_with_three(const syevp_text *t, size_t from, size_t len)
{
    if (len < 3)
        return from;
    const size_t stop = syevp_first_bound(t, len - 2);
    return stop > from ? stop : from;
}

/* The first of the boundaries bounds[i, stop) visited (going on by
 * bound_step) whose first three bytes pass start_bits (their hash in
 * *hash), or stop; *next: the boundary to go on from after it.  (A loop
 * of its own, so that its few values stay in registers: about 16
 * instructions a boundary.) */
static size_t S_next_start(const syevp_multi *m, const unsigned char *s, const uint32_t *bounds,
                           size_t i, size_t stop, size_t *next, unsigned *hash)
{
    const uint32_t *bits = m->start_bits;
    const uint8_t *step = m->bound_step;
    while (i < stop) {
        const size_t p = bounds[i], here = i;
        const unsigned h = S_start_hash(S_three_bytes(s + p));
        /* A boundary skipped by bound_step is never a word's start: between
         * the start of a word and the next start, there is its end (the
         * boundaries hold every one where \b holds, and maybe more). */
        i += step[s[p]];
        if ((bits[h / 32] >> (h % 32)) & 1u) {
            *next = i;
            *hash = h;
            return here;
        }
    }
    *next = stop;
    return stop;
}

/* A table of words: only the text's word boundaries are visited.  Where
 * only keys of two or three characters can be found (no "anywhere",
 * lookbehind, wild key or key of one character to look for), a boundary
 * is first tested by its three first bytes (start_bits): most are turned
 * away there. */
static int S_next_at_bounds(const syevp_multi *m, const syevp_run *run, size_t start, size_t len,
                            size_t *mb, size_t *me, size_t *entry)
{
    const syevp_text *t = &run->doc->text;
    const unsigned char *s = (const unsigned char *)t->fold;
    const uint32_t *bounds = t->bounds;
    const size_t count = t->bound_count;
    size_t i = syevp_first_bound(t, start);
    const bool keys_only = !m->level_used[0] && !m->level_used[1] &&
                           !m->level_used[LEVEL_BEFORE] && !(m->wild_used && !t->fold_ascii);
    const size_t stop = keys_only ? S_bounds_with_three(t, i, len) : i;
    while (i < stop) {
        unsigned h = 0;
        const size_t at = S_next_start(m, s, bounds, i, stop, &i, &h);
        if (at == stop)
            break;
        const size_t p = bounds[at];
        if (!S_keys_may_start_at(m, s, len, p, h))
            continue;
        const int rc = S_match_bound(m, run, p, len, h, mb, me, entry);
        if (rc != 0)
            return rc;
    }
    /* the last boundaries, or every one */
    return i >= count ? 0
                      : S_next_at_any_bound(m, run, bounds + i, bounds + count, len, mb, me, entry);
}

/* ------------------------------------------------------------------ */
/* The word starts of a document, found once for all word tables       */
/* ------------------------------------------------------------------ */

/* Every table of words walks the boundaries of the whole text (or of a
 * sentence, restarting after each match), hashing the first three bytes of
 * each one it visits to test its start_bits: about 16 instructions a
 * boundary for each table.  The shared walk hashes each boundary once and
 * looks up, for all the tables at once, start_bits and the cheap tests of
 * S_keys_may_start_at (a byte of table bits a boundary); a table then
 * reads those bytes 64 at a time and only tries the boundaries where its
 * bit is set (about one in ten). */
struct syevp_shared_starts {
    syevp_multi *tables[SYEVP_SHARED_TABLES]; /**< by bit index; NULL when freed */
    size_t count;
    bool closed; /**< the tables below built: no table registers any more */
    /* keep_after[c]: the bits of the tables that visit the boundary after
     * one starting with byte c (those whose bound_step[c] is 1).  A table
     * whose bound_step[c] is 2 goes from a word's start to the next
     * boundary but one; since no two boundaries in a row start with a word
     * byte of ASCII, the boundaries it visits from i0 on are i0 and every
     * later one whose previous boundary its step does not jump over. */
    uint8_t keep_after[256];
    /* first_tables[c]: the bits of the tables with a key of two or three
     * characters starting with byte c (levels_of_first): elsewhere,
     * S_match_at tries nothing for a registered table, so the walk skips
     * the start hash there (about half the boundaries are word ends). */
    uint8_t first_tables[256];
    uint8_t wild_tables;  /**< the bits of the tables with wild keys */
    /* By start hash: the bits of the tables whose start_bits hold it (byte
     * 0), and those whose triple_info there is TRIPLE_UNFILTERED (byte 1)
     * or another nonzero value (byte 2). */
    uint32_t triples[65536];
    /* The cheap tests of S_keys_may_start_at for all the tables at once
     * (S_cheap_tables): by the first two bytes, the tables whose test of
     * the first byte and the pair passes; by the start hash of four bytes
     * of ASCII, the tables whose four_bits hold it. */
    uint8_t pairs[65536];
    uint8_t fours[65536];
};

syevp_shared_starts *syevp_shared_starts_new(const syev_allocator *a)
{
    return syevp_calloc(a, 1, sizeof(syevp_shared_starts));
}

void syevp_shared_starts_free(syevp_shared_starts *r, const syev_allocator *a)
{
    syevp_free(a, r);
}

/* A table of words registers while the extractor is built, when its scans
 * always start with the start_bits test (S_next_at_bounds' keys_only, but
 * for wild keys, which only apply to documents beyond ASCII). */
static void S_shared_register(syevp_shared_starts *r, syevp_multi *m)
{
    if (!r || r->closed || r->count == SYEVP_SHARED_TABLES || !m->words || m->level_used[0] ||
        m->level_used[1] || m->level_used[LEVEL_BEFORE])
        return;
    m->shared = r;
    m->shared_bit = (uint8_t)(1u << r->count);
    r->tables[r->count++] = m;
}

static void S_shared_forget(syevp_multi *m)
{
    if (m->shared)
        m->shared->tables[syevp_lowest_bit(m->shared_bit)] = NULL;
    m->shared = NULL;
    m->shared_bit = 0;
}

/* Files m's filters in the registry's tables (as S_keys_may_start_at
 * reads them).  Its tables are sparse (a few thousand keys): only the bits
 * and bytes set are visited. */
static void S_shared_close_table(syevp_shared_starts *r, const syevp_multi *m)
{
    const uint32_t bit = m->shared_bit;
    for (unsigned w = 0; w < 65536 / 32; w++)
        for (uint32_t b = m->start_bits[w]; b; b &= b - 1)
            r->triples[w * 32 + syevp_lowest_bit(b)] |= bit;
    for (unsigned x = 0; x < 65536; x += 8) {
        uint64_t eight;
        memcpy(&eight, m->triple_info + x, sizeof eight);
        for (unsigned k = x; eight && k < x + 8; k++) {
            if (m->triple_info[k] & TRIPLE_UNFILTERED)
                r->triples[k] |= bit << 8;
            else if (m->triple_info[k])
                r->triples[k] |= bit << 16;
        }
    }
    /* pairs: every pair whose first byte starts a key of one character,
     * and the keys of two characters alone */
    for (unsigned c = 0; (m->level_used[1] || m->level_used[2]) && c < 256; c++) {
        const unsigned levels = m->levels_of_first[c];
        for (unsigned x = c << 8; (levels & (1u << 1)) && x < (c + 1) << 8; x++)
            r->pairs[x] |= (uint8_t)bit;
        for (unsigned i = c * 32; !(levels & (1u << 1)) && (levels & (1u << 2)) && i < c * 32 + 32;
             i++)
            for (unsigned b = m->pair2_bits[i]; b; b &= b - 1)
                r->pairs[i * 8 + syevp_lowest_bit(b)] |= (uint8_t)bit;
    }
    for (unsigned i = 0; i < 65536 / 8; i++)
        for (unsigned b = m->four_bits[i]; b; b &= b - 1)
            r->fours[i * 8 + syevp_lowest_bit(b)] |= (uint8_t)bit;
}

void syevp_shared_starts_close(syevp_shared_starts *r)
{
    memset(r->keep_after, 0xFF, sizeof r->keep_after);
    for (size_t k = 0; k < r->count; k++) {
        const syevp_multi *m = r->tables[k];
        if (!m)
            continue;
        S_shared_close_table(r, m);
        for (unsigned c = 0; c < 256; c++) {
            if (m->bound_step[c] != 1)
                r->keep_after[c] &= (uint8_t)~m->shared_bit;
            if (m->levels_of_first[c] & ((1u << 2) | (1u << 3)))
                r->first_tables[c] |= m->shared_bit;
        }
        if (m->wild_used)
            r->wild_tables |= m->shared_bit;
    }
    r->closed = true;
}

void syevp_doc_starts_release(syevp_doc_starts *d, const syev_allocator *a)
{
    syevp_free(a, d->tables);
    memset(d, 0, sizeof *d);
}

/* The tables whose cheap tests in S_keys_may_start_at pass at `at` (four
 * bytes readable, the scan's end at least four bytes away), `triple` its
 * entry in r->triples. */
S_INLINE uint8_t S_cheap_tables(const syevp_shared_starts *r, const unsigned char *at,
                                uint32_t triple)
{
    uint32_t word;
    memcpy(&word, at, sizeof word);
    const uint8_t fours = (word & HIGHS4) ? 0xFF : r->fours[S_start_hash(word)];
    return r->pairs[(unsigned)at[0] << 8 | at[1]] | (uint8_t)(triple >> 8) |
           ((uint8_t)(triple >> 16) & fours);
}

/* Of the tables `first`, those whose start_bits and cheap tests pass at
 * `at`. */
S_INLINE uint8_t S_start_tables(const syevp_shared_starts *r, const unsigned char *at,
                                uint8_t first)
{
    const uint32_t triple = r->triples[S_start_hash(S_three_bytes(at))];
    const uint8_t tables = (uint8_t)triple & first;
    return tables ? tables & S_cheap_tables(r, at, triple) : 0;
}

/* The bits of the tables that visit the boundary at `at` and whose tests
 * pass there (S_find_starts); *keep: the tables that visit it, then those
 * that visit the next one. */
S_INLINE uint8_t S_find_start(const syevp_shared_starts *r, const unsigned char *at, uint8_t *keep)
{
    const uint8_t first = r->first_tables[*at] & *keep;
    *keep = r->keep_after[*at];
    return first ? S_start_tables(r, at, first) : 0;
}

/* The bits of the tables that visit each boundary of t with three bytes
 * before its end and whose start_bits and cheap tests pass there
 * (S_cheap_tables), in one walk (then 64 zeros: S_starts64 reads them).
 * Four boundaries a turn, all inlined: 0.36 M instructions less on the
 * test slice than one a turn (the compilers did not unroll it). */
static void S_find_starts(const syevp_shared_starts *r, const syevp_text *t, syevp_doc_starts *d)
{
    const unsigned char *s = (const unsigned char *)t->fold;
    const uint32_t *bounds = t->bounds;
    uint8_t *out = d->tables, keep = 0xFF;
    const size_t end = d->end;
    size_t i = 0;
    for (; i + 4 <= end; i += 4) {
        out[i] = S_find_start(r, s + bounds[i], &keep);
        out[i + 1] = S_find_start(r, s + bounds[i + 1], &keep);
        out[i + 2] = S_find_start(r, s + bounds[i + 2], &keep);
        out[i + 3] = S_find_start(r, s + bounds[i + 3], &keep);
    }
    for (; i < end; i++)
        out[i] = S_find_start(r, s + bounds[i], &keep);
    memset(out + end, 0, 64);
}

static bool S_eight_ascii(const unsigned char *s)
{
    uint64_t word;
    memcpy(&word, s, sizeof word);
    return !(word & 0x8080808080808080u);
}

/* Beyond ASCII, a wild key may start where one of the three bytes is not
 * ASCII (S_wild_may): the wild tables' bits are set there too, at every
 * boundary (their walk, S_walk_any_starts, visits each one). */
static void S_find_wild_starts(const syevp_shared_starts *r, const syevp_text *t,
                               syevp_doc_starts *d)
{
    const unsigned char *s = (const unsigned char *)t->fold;
    size_t i = 0; /* the boundaries before i are marked */
    for (size_t q = 0; q < t->fold_len && i < d->end; q++) {
        if (q + 8 <= t->fold_len && S_eight_ascii(s + q)) {
            q += 7;
            continue;
        }
        if (s[q] < 0x80)
            continue;
        /* the boundaries at q - 2 to q hold it in their three bytes */
        const size_t from = syevp_first_bound(t, q >= 2 ? q - 2 : 0);
        for (i = i > from ? i : from; i < d->end && t->bounds[i] <= q; i++)
            d->tables[i] |= r->wild_tables;
    }
}

/* Finds the document's starts on the first scan that needs them. */
static bool S_doc_starts_ready(const syevp_shared_starts *r, syev_doc *doc)
{
    syevp_doc_starts *d = &doc->starts;
    if (d->of == r)
        return true;
    if (d->failed || d->of)
        return false;
    const syevp_text *t = &doc->text;
    d->end = t->fold_len >= 3 ? syevp_first_bound(t, t->fold_len - 2) : 0;
    d->tables = syevp_malloc(&doc->alloc, d->end + 64);
    if (!d->tables) {
        syevp_doc_starts_release(d, &doc->alloc);
        d->failed = true;
        return false;
    }
    S_find_starts(r, t, d);
    if (!t->fold_ascii && r->wild_tables)
        S_find_wild_starts(r, t, d);
    d->of = r;
    d->usable = (uint8_t)((1u << r->count) - 1);
    return true;
}

/* S_shared_usable before the document's starts are found. */
static bool S_shared_first_use(const syevp_multi *m, const syevp_run *run)
{
    const syevp_shared_starts *r = m->shared;
    return r && r->closed && r == run->ex->starts && S_doc_starts_ready(r, run->doc) &&
           (run->doc->starts.usable & m->shared_bit);
}

/* Does this scan of m go through the shared starts?  (Once they are
 * found, one test.) */
static inline bool S_shared_usable(const syevp_multi *m, const syevp_run *run)
{
    const syevp_doc_starts *d = &run->doc->starts;
    if (d->of)
        return d->of == m->shared && (d->usable & m->shared_bit);
    return S_shared_first_use(m, run);
}

/* The bit of table k in the 64 starts from i, as bits 0 to 63. */
S_INLINE uint64_t S_starts64(const uint8_t *tables, size_t i, unsigned k)
{
    uint64_t bits = 0;
#if defined(__SSE2__)
    /* Bit k of each byte goes to its top bit: shifting the 16-bit lanes
     * left by 7 - k, no bit of a low byte reaches the top of the high one. */
    const __m128i shift = _mm_cvtsi32_si128((int)(7 - k));
    const __m128i *v = (const __m128i *)(const void *)(tables + i);
#define S_TOPS(q) ((uint64_t)(unsigned)_mm_movemask_epi8(_mm_sll_epi16(_mm_loadu_si128(v + (q)), shift)))
    bits = S_TOPS(0) | S_TOPS(1) << 16 | S_TOPS(2) << 32 | S_TOPS(3) << 48;
#undef S_TOPS
#else
    for (unsigned b = 0; b < 64; b++)
        bits |= (uint64_t)((tables[i + b] >> k) & 1u) << b;
#endif
    return bits;
}

/* S_starts64 of the block at `block` (a multiple of 64), with only the
 * boundaries in [from, stop) kept. */
S_INLINE uint64_t S_starts_within(const uint8_t *tables, size_t block, unsigned k, size_t from,
                                  size_t stop)
{
    uint64_t bits = S_starts64(tables, block, k);
    if (block < from)
        bits &= ~(uint64_t)0 << (from - block);
    if (stop - block < 64)
        bits &= ((uint64_t)1 << (stop - block)) - 1;
    return bits;
}

/* The boundaries [from, stop) of the shared starts where m's bit is set,
 * tried in order (four bytes lie before len at each). */
static int S_walk_starts(const syevp_multi *m, const syevp_run *run, size_t from, size_t stop,
                         size_t len, size_t *mb, size_t *me, size_t *entry)
{
    const syevp_text *t = &run->doc->text;
    const unsigned char *s = (const unsigned char *)t->fold;
    const uint8_t *tables = run->doc->starts.tables;
    const unsigned k = syevp_lowest_bit(m->shared_bit);
    for (size_t block = from & ~(size_t)63; block < stop; block += 64) {
        uint64_t bits = S_starts_within(tables, block, k, from, stop);
        for (; bits; bits &= bits - 1) {
            const size_t p = t->bounds[block + syevp_lowest_bit64(bits)];
            const unsigned h = S_start_hash(S_three_bytes(s + p));
            /* its bit: the pair or an unfiltered triple passed, or else
             * four_bits did (S_cheap_tables) */
            if (!S_keys_may_start_fours(m, s, len, p, h, true))
                continue;
            const int rc = S_match_bound(m, run, p, len, h, mb, me, entry);
            if (rc != 0)
                return rc;
        }
    }
    return 0;
}

/* S_bounds_with_three for a scan through the shared starts: to the end of
 * the text (most scans), the end of the shared starts, found once. */
static size_t S_shared_bounds_with_three(const syevp_text *t, const syevp_doc_starts *d,
                                         size_t from, size_t len)
{
    if (len != t->fold_len)
        return S_bounds_with_three(t, from, len);
    return d->end > from ? d->end : from;
}

/* S_next_at_bounds of a table with wild keys beyond ASCII, which tries
 * every boundary in full (S_next_at_any_bound): through the shared starts
 * where four bytes lie before len.  Those not set are turned away there:
 * no key starts with their byte (or, past a word's start, no word does),
 * start_bits or the cheap tests fail, and no wild key can start there. */
static int S_next_at_any_shared(const syevp_multi *m, const syevp_run *run, size_t start,
                                size_t len, size_t *mb, size_t *me, size_t *entry)
{
    const syevp_text *t = &run->doc->text;
    const uint8_t *tables = run->doc->starts.tables;
    const unsigned k = syevp_lowest_bit(m->shared_bit);
    const size_t i0 = syevp_first_bound(t, start);
    const size_t stop = S_shared_bounds_with_three(t, &run->doc->starts, i0, len);
    /* the boundaries before stop lie before len - 2: only the last may lie at len - 3 */
    const size_t four_end = i0 < stop ? stop - (t->bounds[stop - 1] + 3 == len) : i0;
    for (size_t block = i0 & ~(size_t)63; block < four_end; block += 64) {
        uint64_t bits = S_starts_within(tables, block, k, i0, four_end);
        for (; bits; bits &= bits - 1) {
            const uint32_t *b = t->bounds + block + syevp_lowest_bit64(bits);
            const int rc = S_next_at_any_bound(m, run, b, b + 1, len, mb, me, entry);
            if (rc != 0)
                return rc;
        }
    }
    return four_end >= t->bound_count
               ? 0
               : S_next_at_any_bound(m, run, t->bounds + four_end, t->bounds + t->bound_count, len,
                                     mb, me, entry);
}

/* Does m's walk from boundary i0 visit boundary j (j >= i0)?  It visits
 * i0, then every boundary its step from the previous one does not jump
 * over (keep_after). */
static bool S_visits(const syevp_multi *m, const syevp_text *t, size_t i0, size_t j)
{
    return j == i0 || m->bound_step[(unsigned char)t->fold[t->bounds[j - 1]]] == 1;
}

/* Do the three bytes at boundary j pass m's start_bits? */
static bool S_start_bit(const syevp_multi *m, const syevp_text *t, size_t j)
{
    const unsigned h = S_start_hash(S_three_bytes((const unsigned char *)t->fold + t->bounds[j]));
    return (m->start_bits[h / 32] >> (h % 32)) & 1u;
}

/* Boundary j as S_next_at_bounds tries it once start_bits passed. */
static int S_try_bound(const syevp_multi *m, const syevp_run *run, size_t j, size_t len,
                       size_t *mb, size_t *me, size_t *entry)
{
    const unsigned char *s = (const unsigned char *)run->doc->text.fold;
    const size_t p = run->doc->text.bounds[j];
    const unsigned h = S_start_hash(S_three_bytes(s + p));
    if (!S_keys_may_start_at(m, s, len, p, h))
        return 0;
    return S_match_bound(m, run, p, len, h, mb, me, entry);
}

/* Where S_next_at_bounds' walk from i0 goes on after stop (> i0): after
 * stop, unless its step from the last boundary before it, when visited and
 * passing start_bits, jumps over stop. */
static size_t S_walk_end(const syevp_multi *m, const syevp_text *t, size_t i0, size_t stop)
{
    const size_t j = stop - 1;
    return m->bound_step[(unsigned char)t->fold[t->bounds[j]]] == 2 && S_visits(m, t, i0, j) &&
                   S_start_bit(m, t, j)
               ? stop + 1
               : stop;
}

/* S_next_at_bounds through the shared starts (S_shared_usable): the same
 * boundaries tried in the same order, the same place to go on from.  The
 * shared starts assume four bytes before the scan's end: the boundary
 * three bytes before it, if any, is tried on its own. */
static int S_next_at_shared(const syevp_multi *m, const syevp_run *run, size_t start, size_t len,
                            size_t *mb, size_t *me, size_t *entry)
{
    const syevp_text *t = &run->doc->text;
    if (m->wild_used && !t->fold_ascii)
        return S_next_at_any_shared(m, run, start, len, mb, me, entry);
    const size_t i0 = syevp_first_bound(t, start);
    const size_t stop = S_shared_bounds_with_three(t, &run->doc->starts, i0, len);
    size_t i = i0;
    if (i0 < stop) {
        int rc = S_start_bit(m, t, i0) ? S_try_bound(m, run, i0, len, mb, me, entry) : 0;
        /* the boundaries before stop lie before len - 2: only the last may
         * lie at len - 3 */
        const size_t four_end = stop - (t->bounds[stop - 1] + 3 == len);
        size_t j = four_end > i0 + 1 ? four_end : i0 + 1;
        if (rc == 0)
            rc = S_walk_starts(m, run, i0 + 1, j, len, mb, me, entry);
        for (; rc == 0 && j < stop; j++) {
            if (S_visits(m, t, i0, j) && S_start_bit(m, t, j))
                rc = S_try_bound(m, run, j, len, mb, me, entry);
        }
        if (rc != 0)
            return rc;
        i = S_walk_end(m, t, i0, stop);
    }
    return i >= t->bound_count ? 0
                               : S_next_at_any_bound(m, run, t->bounds + i,
                                                     t->bounds + t->bound_count, len, mb, me,
                                                     entry);
}

/* Whether two scans found the same thing (rc, and the match when 1). */
static bool S_same_scan(int ra, size_t ab, size_t ae, size_t aentry, int rb, size_t bb, size_t be,
                        size_t bentry)
{
    return ra == rb && (ra != 1 || (ab == bb && ae == be && aentry == bentry));
}

/* For the tests: the count S_lit_pattern asks first against the listing
 * itself, made in full. */
int syevp_lit_count_agrees(const syev_allocator *a, const char *pattern)
{
    S_syntax sx;
    const size_t n = strlen(pattern);
    if (!S_group_open(a, pattern, n, &sx))
        return -1;
    int agrees = 1;
    if (sx.readable) {
        const S_frag whole = {sx.base, sx.base + sx.len, NULL};
        const size_t count = S_lit_count(&sx, sx.base, &whole, LIT_MAX_STRINGS);
        S_lit_list L = {.a = a, .budget = LIT_BUDGET, .allow_empty = true, .syntax = &sx};
        char buf[LIT_MAX_LEN];
        S_lit_expand(&L, sx.base, &whole, buf, 0);
        if (L.nomem)
            agrees = -1;
        else if (count > LIT_MAX_STRINGS ? !L.fail : !L.fail && L.n != count)
            agrees = 0;
        syevp_free(a, L.chars);
        syevp_free(a, L.v);
    }
    S_group_free(a, &sx);
    return agrees;
}

int syevp_shared_starts_agree(const syevp_run *run, size_t start, size_t len)
{
    const syevp_shared_starts *r = run->ex->starts;
    int compared = 0;
    for (size_t k = 0; r && k < r->count; k++) {
        const syevp_multi *m = r->tables[k];
        if (!m || !S_shared_usable(m, run))
            continue;
        compared++;
        /* every scan of the table from start on, restarting after each match */
        for (size_t pos = start; pos <= len;) {
            size_t ab = 0, ae = 0, aentry = 0, bb = 0, be = 0, bentry = 0;
            const int ra = S_next_at_bounds(m, run, pos, len, &ab, &ae, &aentry);
            const int rb = S_next_at_shared(m, run, pos, len, &bb, &be, &bentry);
            if (!S_same_scan(ra, ab, ae, aentry, rb, bb, be, bentry))
                return -1;
            if (ra != 1)
                break;
            pos = ae > pos ? ae : pos + 1;
        }
    }
    return compared;
}

/* A table that is not of words: every character's start is tried. */
S_NOINLINE int S_next_at_any(const syevp_multi *m, const syevp_run *run, size_t start,
                             size_t len, size_t *mb, size_t *me, size_t *entry)
{
    const unsigned char *s = (const unsigned char *)run->doc->text.fold;
    for (size_t p = start; p <= len; p++) {
        if (p < len && (s[p] & 0xC0) == 0x80)
            continue; /* inside a character */
        if (!m->level_used[0] && !S_may_start(m, &run->doc->text, len, p))
            continue; /* no entry can start here */
        S_best best = {0, 0, 0, false};
        int rc = S_match_at(m, run, p, len, NO_HASH, &best);
        if (rc < 0)
            return rc;
        if (rc == 1) {
            *mb = best.begin;
            *me = best.end;
            *entry = best.entry;
            return 1;
        }
    }
    return 0;
}

/* (The walk of a table that is not of words is a function of its own: the
 * registers it saves cost most scans, of words, 20 instructions a call.) */
int syevp_multi_next(const syevp_multi *m, const syevp_run *run, size_t start, size_t len,
                     size_t *mb, size_t *me, size_t *entry)
{
    if (!m->words)
        return S_next_at_any(m, run, start, len, mb, me, entry);
    return S_shared_usable(m, run) ? S_next_at_shared(m, run, start, len, mb, me, entry)
                                   : S_next_at_bounds(m, run, start, len, mb, me, entry);
}
