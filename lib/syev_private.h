/*
 * Private declarations shared by the files of lib/ (prefix syevp_).
 * Nothing here is exported from the shared library.
 *
 * Coordinates: every stage works on the *folded* text (lowercase, accents
 * removed, typographic quotes/dashes/spaces normalised; see text.c) and keeps
 * folded byte offsets.  Spans are converted to the caller's original byte
 * offsets (text.map) only when results are published.
 */
#ifndef SYEV_PRIVATE_H
#define SYEV_PRIVATE_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "syriaevents.h"

/* ------------------------------------------------------------------ */
/* alloc.c: every allocation goes through the caller's hooks           */
/* ------------------------------------------------------------------ */

/** Fills NULL hooks with malloc/realloc/free. */
void syevp_allocator_init(syev_allocator *dst, const syev_allocator *src);
void *syevp_malloc(const syev_allocator *a, size_t n);
void *syevp_calloc(const syev_allocator *a, size_t count, size_t size);
void *syevp_realloc(const syev_allocator *a, void *p, size_t n);
void syevp_free(const syev_allocator *a, void *p);
char *syevp_strndup(const syev_allocator *a, const char *s, size_t n);
/** Allocates a string handed to the caller: releasable with syev_free(),
 *  whatever allocator made it (the allocator is remembered in a header). */
char *syevp_out_alloc(const syev_allocator *a, size_t n);
/** Shrinks string `s` of syevp_out_alloc to `n` bytes; `s` when that fails. */
char *syevp_out_shrink(char *s, size_t n);
/** Ensures *data can hold `need` elements of `elem` bytes (amortised
 *  doubling).  Returns false on overflow or allocation failure. */
bool syevp_grow(const syev_allocator *a, void **data, size_t *cap, size_t need, size_t elem);

/** A pool: blocks carved one after the other from chunks, all released
 *  at once.  A document's arrays live there: a block costs a pointer bump
 *  instead of an allocator call and a release.  The first chunk may be
 *  given by the caller (on the stack, or the tail of a block it owns); the
 *  next ones, and every block larger than SYEVP_POOL_BIG (grown by
 *  realloc), come from the allocator.  The last block of the chunk grows
 *  in place; another small block that grows is copied, leaving at most
 *  SYEVP_POOL_BIG bytes behind per array. */
#define SYEVP_POOL_BIG 16384
typedef union syevp_pool_block syevp_pool_block;
typedef struct syevp_pool {
    const syev_allocator *alloc;
    unsigned char *top, *end; /**< the free room of the current chunk */
    unsigned char *last;      /**< the block allocated last from it (grows in place) */
    syevp_pool_block *heap;  /**< every block taken from alloc, newest first */
    size_t chunk_size;        /**< of the next chunk */
    size_t first_block;       /**< the bytes of an array's first block */
    unsigned char *first, *first_end; /**< the caller's first chunk (may be NULL) */
} syevp_pool;
/** `first` (aligned for any type, `size` bytes; may be NULL) is the first chunk. */
void syevp_pool_init(syevp_pool *pool, const syev_allocator *a, void *first, size_t size);
/** NULL when the allocator fails. */
void *syevp_pool_alloc(syevp_pool *pool, size_t n);
void *syevp_pool_calloc(syevp_pool *pool, size_t count, size_t size);
/** syevp_grow for a block of the pool (or *data NULL). */
bool syevp_pool_grow(syevp_pool *pool, void **data, size_t *cap, size_t need, size_t elem);
/** Gives back block p of `n` bytes early (a temporary array of a stage):
 *  a big block returns to the allocator, the last block of the chunk to
 *  the chunk; another small block stays until syevp_pool_release. */
void syevp_pool_free(syevp_pool *pool, void *p, size_t n);
/** Hooks that allocate from `pool` (for code written for an allocator):
 *  each block carries its size before it; free gives it back as
 *  syevp_pool_free does. */
void syevp_pool_allocator(syevp_pool *pool, syev_allocator *out);
/** Releases every block at once and hands the first chunk back to the
 *  caller: the pool is then empty, without any chunk. */
void syevp_pool_release(syevp_pool *pool);

/* ------------------------------------------------------------------ */
/* error.c                                                             */
/* ------------------------------------------------------------------ */

/** Records an error (first one wins) and returns `code`. */
syev_status syevp_fail(syev_error *err, syev_status code, size_t offset, size_t line,
                       const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

/* ------------------------------------------------------------------ */
/* text.c: UTF-8 validation and folding                                */
/* ------------------------------------------------------------------ */

/** 1 where the preprocessor knows the machine is little-endian (GCC and
 *  clang say so): eight bytes loaded at once then hold byte k in bits
 *  8k..8k+7, and the paths written for that are compiled; 0 elsewhere. */
#if (defined(__GNUC__) || defined(__clang__)) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define SYEVP_LOAD8_LITTLE 1
#else
#define SYEVP_LOAD8_LITTLE 0
#endif

/** Is the machine little-endian?  (A constant once compiled, with any
 *  compiler.)  The eight-byte loops read byte k of a loaded word as bits
 *  8k..8k+7 there, and go byte by byte elsewhere. */
static inline bool syevp_little_endian(void)
{
    const uint16_t one = 1;
    unsigned char first;
    memcpy(&first, &one, 1);
    return first == 1;
}

/** Index of the lowest set bit of x (x != 0). */
static inline unsigned syevp_lowest_bit(uint32_t x)
{
#if defined(__GNUC__) || defined(__clang__)
    return (unsigned)__builtin_ctz(x);
#else
    /* De Bruijn: the isolated lowest bit times 0x077CB531 puts a distinct
     * five-bit pattern in the top bits for each of the 32 positions. */
    static const unsigned char position[32] = {
        0,  1,  28, 2,  29, 14, 24, 3, 30, 22, 20, 15, 25, 17, 4,  8,
        31, 27, 13, 23, 21, 19, 16, 7, 26, 12, 18, 6,  11, 5,  10, 9,
    };
    return position[((x & (0u - x)) * UINT32_C(0x077CB531)) >> 27];
#endif
}

/** Index of the lowest set bit of x (x != 0). */
static inline unsigned syevp_lowest_bit64(uint64_t x)
{
#if defined(__GNUC__) || defined(__clang__)
    return (unsigned)__builtin_ctzll(x);
#else
    const uint32_t low = (uint32_t)x;
    return low ? syevp_lowest_bit(low) : 32 + syevp_lowest_bit((uint32_t)(x >> 32));
#endif
}

#define SYEVP_BOUND_CHUNK 8 /**< bytes per entry of syevp_text.bounds_from_chunk */

typedef struct syevp_text {
    char *orig;      /**< copy of the caller's bytes, NUL-terminated */
    size_t orig_len;
    char *fold;      /**< folded text, NUL-terminated, ASCII for Latin letters */
    size_t fold_len;
    uint32_t *map;   /**< fold_len + 1 entries: folded byte -> original byte */
    /** Folded offsets where a word boundary (PCRE2's \b with UCP) may hold,
     *  ascending: found once so that every table scan visits only these. */
    uint32_t *bounds;
    size_t bound_count;
    /** bounds_from_chunk[c]: index in bounds of the first boundary at or
     *  after folded offset SYEVP_BOUND_CHUNK * c (c from 0 to fold_len /
     *  SYEVP_BOUND_CHUNK), so that syevp_first_bound looks at a few
     *  boundaries instead of searching. */
    uint32_t *bounds_from_chunk;
    bool fold_ascii; /**< the folded text has no byte beyond ASCII */
    bool borrowed;        /**< map (with orig and fold) lives in the caller's block */
    bool bounds_borrowed; /**< so do bounds, until they outgrow it */
} syevp_text;

/** Returns SYEV_OK or SYEV_ERR_UTF8 with *bad at the first invalid byte. */
syev_status syevp_utf8_validate(const char *s, size_t len, size_t *bad);
/** 1 for the bytes tense.c and timex.c read as parts of words in the
 *  folded text: the digits, the lower-case letters and every byte of a
 *  multibyte character (0x80 and up); 0 for the others (text.c). */
extern const unsigned char syevp_word_bytes[256];
/** For the modules' test hooks: `text` folded as a document's is, in *t,
 *  with match data for `pairs` pairs in *md.  false, with nothing to
 *  release, when the text is not UTF-8 or memory runs out; else release
 *  both (syevp_text_release, pcre2_match_data_free). */
bool syevp_fold_for_test(const syev_allocator *a, const char *text, size_t len, uint32_t pairs,
                         syevp_text *t, pcre2_match_data **md);
/** Copies and folds `s` into t (which must be zeroed). */
syev_status syevp_text_init(syevp_text *t, const syev_allocator *a, const char *s, size_t len,
                            syev_error *err);
/** The bytes of the block syevp_text_init_in takes for a text of `len`
 *  bytes; 0 when it should allocate its own (a long text is checked for
 *  UTF-8 before anything is allocated). */
size_t syevp_text_block_size(size_t len);
/** syevp_text_init with the copies in `block` (syevp_text_block_size(len)
 *  bytes, aligned for uint32_t, owned by the caller and never freed here)
 *  when it is not NULL. */
syev_status syevp_text_init_in(syevp_text *t, const syev_allocator *a, void *block, const char *s,
                               size_t len, syev_error *err);
void syevp_text_release(syevp_text *t, const syev_allocator *a);
/** Index of the first of t's word boundaries at or after pos (inline: the
 *  table scans call it at every step). */
static inline size_t syevp_first_bound(const syevp_text *t, size_t pos)
{
    if (pos > t->fold_len) /* no boundary lies after the end */
        return t->bound_count;
    /* At most SYEVP_BOUND_CHUNK boundaries lie in a chunk before pos. */
    size_t i = t->bounds_from_chunk[pos / SYEVP_BOUND_CHUNK];
    while (i < t->bound_count && t->bounds[i] < pos)
        i++;
    return i;
}
/** Does [b, e) of s hold only spaces and tabs? */
bool syevp_only_blanks(const char *s, size_t b, size_t e);
/** Folded offset -> original offset. */
static inline size_t syevp_orig_off(const syevp_text *t, size_t fold_off)
{
    return t->map[fold_off > t->fold_len ? t->fold_len : fold_off];
}

/* ------------------------------------------------------------------ */
/* regex.c: PCRE2 compiled once per extractor, bounded on every match  */
/* ------------------------------------------------------------------ */

typedef struct syevp_regex_env {
    pcre2_general_context *gctx;
    pcre2_compile_context *cctx;
    pcre2_match_context *mctx; /**< carries the match and depth limits */
} syevp_regex_env;

syev_status syevp_regex_env_init(syevp_regex_env *env, const syev_allocator *a,
                                 uint32_t match_limit, uint32_t depth_limit, syev_error *err);
void syevp_regex_env_release(syevp_regex_env *env);
/** Compiles with UTF | UCP | NO_UTF_CHECK-safe options and JIT. */
syev_status syevp_regex_compile(const syevp_regex_env *env, const char *pattern, uint32_t options,
                                pcre2_code **out, syev_error *err);
/** One bounded match.  Returns 1 matched, 0 no match, or a negative
 *  syev_status (SYEV_ERR_MATCH_LIMIT when a limit was hit). */
int syevp_regex_match(const syevp_regex_env *env, const pcre2_code *re, const char *subject,
                      size_t len, size_t start, pcre2_match_data *md, syev_error *err);

/* ------------------------------------------------------------------ */
/* scan.c: a big table of patterns found in one pass                   */
/* ------------------------------------------------------------------ */

struct syevp_run;
typedef struct syevp_multi syevp_multi;

/** Compiles `count` entries (pattern_at(table, i), folded regex fragments)
 *  into a matcher equivalent to `\b(?:e0|e1|...)\b` (`words`) or
 *  `(?:e0|e1|...)`, where at one position the first entry in table order
 *  wins — but whose cost does not grow with the size of the table. */
syev_status syevp_multi_new(const syev_extractor *ex, size_t count,
                            const char *(*pattern_at)(const void *table, size_t i),
                            const void *table, bool words, syevp_multi **out, syev_error *err);
void syevp_multi_free(syevp_multi *m, const syev_allocator *a);
/** The keys the matches of `pattern` can start with (scan.c): a level
 *  (1 to max_len, at most 7) in the top byte, then that many characters.
 *  Returns their count, 0 when they cannot be told (more than `cap`, or a
 *  match may start with anything), -1 when memory ran out.  Zero-width
 *  assertions are skipped, so the set is never too small. */
int syevp_pattern_keys(const syev_allocator *a, const char *pattern, int max_len, uint64_t *keys,
                       int cap);
/** The key of the `level` (1 to 7) characters at `at` (the text must hold them). */
uint64_t syevp_text_key(int level, const char *at);
/** A key's layout, for code that builds the keys of the text one character
 *  at a time: the characters, the first in bits 48-55 (syevp_key_char),
 *  under the level in the top byte (syevp_key). */
static inline uint64_t syevp_key_char(int index, unsigned char c)
{
    return (uint64_t)c << (8 * (6 - index));
}
static inline uint64_t syevp_key(int level, uint64_t chars)
{
    return (uint64_t)level << 56 | chars;
}
/** Leftmost match starting in [start, len] of the document's folded text
 *  (matches end at or before len).  Returns 1 (span and entry index set),
 *  0, or a negative syev_status. */
int syevp_multi_next(const syevp_multi *m, const struct syevp_run *run, size_t start, size_t len,
                     size_t *mb, size_t *me, size_t *entry);

/* The word starts of a document, found in one walk for all the word tables
 * of an extractor (scan.c): each table of words registers (up to
 * SYEVP_SHARED_TABLES, when built before the extractor's tables are
 * closed) and gets a bit; at each boundary the walk looks up, by the hash
 * of its first three bytes, the bits of the tables whose start filter it
 * passes, and keeps the boundaries where one does.  Each table's scan then
 * walks that short list instead of every boundary. */
#define SYEVP_SHARED_TABLES 8
typedef struct syevp_shared_starts syevp_shared_starts;
syevp_shared_starts *syevp_shared_starts_new(const syev_allocator *a);
/** Builds the combined start filter once every table is registered; a
 *  table built later keeps its own walk. */
void syevp_shared_starts_close(syevp_shared_starts *s);
void syevp_shared_starts_free(syevp_shared_starts *s, const syev_allocator *a);
/** A document's starts, found on the first scan that needs them. */
typedef struct syevp_doc_starts {
    const syevp_shared_starts *of; /**< the tables they were found for (NULL: not yet) */
    bool failed;                   /**< out of memory: the tables walk on their own */
    uint8_t usable;                /**< the bits of the tables that use them */
    /** tables[i]: the bits of the tables that visit boundary i (bound_step)
     *  and whose start filter passes there (i below `end`, then 64 zeros). */
    uint8_t *tables;
    size_t end; /**< the boundaries with three bytes before the end of the text */
} syevp_doc_starts;
void syevp_doc_starts_release(syevp_doc_starts *d, const syev_allocator *a);
/** For the tests: does every table registered in run->ex find the same
 *  matches (every scan from `start` up to `len`, restarting after each
 *  match) through the shared starts as through its own walk?  Returns how
 *  many tables were compared, or -1 when one disagrees. */
int syevp_shared_starts_agree(const struct syevp_run *run, size_t start, size_t len);
/** For the tests: does the count of the strings an entry's pattern lists
 *  (asked before listing them) agree with the listing made in full (a
 *  count above the limit: the listing fails)?  1 yes, 0 no, -1 out of
 *  memory. */
int syevp_lit_count_agrees(const syev_allocator *a, const char *pattern);

/* ------------------------------------------------------------------ */
/* segment.c: sentences                                                */
/* ------------------------------------------------------------------ */

typedef struct syevp_sentence {
    size_t begin, end; /**< folded offsets, trimmed of surrounding space */
} syevp_sentence;

syev_status syevp_segment(const syevp_text *t, const syev_allocator *a, syevp_sentence **out,
                          size_t *count, syev_error *err);
/** syevp_segment with the sentences in `pool`. */
syev_status syevp_segment_in(const syevp_text *t, syevp_pool *pool, syevp_sentence **out,
                             size_t *count, syev_error *err);

/* ------------------------------------------------------------------ */
/* calendar.c: day numbers                                             */
/* ------------------------------------------------------------------ */

#define SYEVP_NO_DAY INT32_MIN

/** Days since 1970-01-01 in the proleptic Gregorian calendar. */
int32_t syevp_days_from_civil(int y, int m, int d);
void syevp_civil_from_days(int32_t days, int *y, int *m, int *d);
int syevp_weekday(int32_t days); /**< 1 = Monday ... 7 = Sunday */
int syevp_days_in_month(int y, int m);
void syevp_iso_week(int32_t days, int *iso_year, int *week);
int32_t syevp_iso_week_monday(int iso_year, int week);
/** Writes "YYYY-MM-DD" (11 bytes with NUL); "" for SYEVP_NO_DAY. */
void syevp_format_day(int32_t days, char out[11]);

/* ------------------------------------------------------------------ */
/* Documents (extractor.c) and per-document state                      */
/* ------------------------------------------------------------------ */

/** A resolved date with day numbers for arithmetic. */
typedef struct syevp_when {
    syev_date pub;       /**< value, begin/end strings, mod, granularity */
    int32_t begin, end;  /**< SYEVP_NO_DAY when unknown */
} syevp_when;

typedef struct syevp_timex {
    syev_timex pub;      /**< published view (original offsets) */
    size_t begin, end;   /**< folded span */
    int32_t first_day, last_day; /**< SYEVP_NO_DAY when unresolved */
    unsigned flags;      /**< SYEVP_TX_* */
} syevp_timex;

#define SYEVP_TX_ANAPHORIC 0x1u /**< resolved against the story (la veille, ...) */
#define SYEVP_TX_DCT_HEADER 0x2u /**< the dateline / header that gave the DCT */
#define SYEVP_TX_RELATIVE 0x4u /**< resolved against the DCT (hier, mardi, ...) */

typedef struct syevp_mention {
    syev_mention pub;    /**< published view (original offsets) */
    size_t sentence_index;
    size_t trig_begin, trig_end; /**< folded span of the trigger */
    size_t timex_index;  /**< governing TIMEX, SIZE_MAX when none */
    size_t actor_first;  /**< index of its first actor in doc->actor_pool */
} syevp_mention;

typedef struct syevp_lexicon syevp_lexicon;           /* lexicon.c */
typedef struct syevp_timex_engine syevp_timex_engine; /* timex.c */
typedef struct syevp_event_engine syevp_event_engine; /* events.c */

struct syev_extractor {
    syev_allocator alloc;
    uint32_t match_limit, depth_limit;
    size_t max_document_bytes;
    syevp_regex_env re;
    syevp_lexicon *lexicon;
    syevp_timex_engine *timex;
    syevp_event_engine *events;
    struct syevp_word_index *tense_words; /**< tense.c's word lookups (tense_private.h) */
    syevp_shared_starts *starts; /**< the word tables' shared walk (scan.c) */
};

#define SYEVP_SENTENCE_BLOCK 64 /**< bytes per entry of syev_doc.sentence_from_block */

struct syev_doc {
    syev_allocator alloc;
    char *id;
    syevp_text text;
    syevp_when dct;          /**< pub.value[0] == 0 when no DCT */
    syev_dct_source dct_source;
    syevp_sentence *sentences;
    size_t sentence_count;
    /** sentence_from_block[c]: index of the first sentence that ends after
     *  folded offset SYEVP_SENTENCE_BLOCK * c (c from 0 to fold_len /
     *  SYEVP_SENTENCE_BLOCK), so that syevp_sentence_of takes a step or two
     *  instead of a search. */
    uint32_t *sentence_from_block;
    syevp_timex *timexes;
    size_t timex_count, timex_cap;
    syevp_mention *mentions;
    size_t mention_count, mention_cap;
    syev_actor *actor_pool;  /**< storage for every mention's actors */
    size_t actor_count, actor_cap;
    /** sentences, timexes, mentions and actor_pool: released with the
     *  document, its first chunk in the document's own block. */
    syevp_pool arrays;
    pcre2_match_data *md;    /**< per-document match data (extractors are shared) */
    syevp_doc_starts starts; /**< the word tables' starts, while the stages run */
};

/** Context of one extraction: the shared extractor and the document. */
typedef struct syevp_verb_cache syevp_verb_cache; /* tense_private.h */

typedef struct syevp_run {
    const syev_extractor *ex;
    syev_doc *doc;
    syev_error *err;
    syevp_verb_cache *verbs; /**< the document's verb groups, shared by the stages */
    /** The stages' scratch arrays, released at once when they are done. */
    syevp_pool *scratch;
} syevp_run;

/* ------------------------------------------------------------------ */
/* Stage entry points                                                  */
/* ------------------------------------------------------------------ */

/* tense.c: the tense of the verb that governs a position (no tagger). */
typedef enum syevp_tense {
    SYEVP_TENSE_UNKNOWN = 0,
    SYEVP_TENSE_PRESENT,     /**< present indicative */
    SYEVP_TENSE_PAST,        /**< passe compose, imparfait, plus-que-parfait, passe simple */
    SYEVP_TENSE_FUTURE,      /**< futur, futur proche (va + inf), doit/doivent + inf */
    SYEVP_TENSE_CONDITIONAL  /**< conditionnel present or passe */
} syevp_tense;

/** Tense of the finite verb that governs folded offset `pos` inside the
 *  folded sentence [sent_begin, sent_end) of `fold`. */
syevp_tense syevp_tense_at(const char *fold, size_t sent_begin, size_t sent_end, size_t pos);

/* lexicon.c: built-in tables plus the user's JSON lexicon file. */
syev_status syevp_lexicon_new(const syev_allocator *a, const char *path, syevp_lexicon **out,
                              syev_error *err);
void syevp_lexicon_free(syevp_lexicon *lex, const syev_allocator *a);

/* timex.c: time expressions and the DCT. */
syev_status syevp_timex_engine_new(const syev_extractor *ex, syevp_timex_engine **out,
                                   syev_error *err);
void syevp_timex_engine_free(syevp_timex_engine *eng, const syev_allocator *a);
/** Finds the DCT in the text when the caller gave none (doc->dct_source is
 *  then SYEV_DCT_TEXT), then finds and resolves every time expression. */
syev_status syevp_timex_run(const syevp_timex_engine *eng, syevp_run *run);

/* events.c: triggers, factuality, actors, place, source, date, confidence. */
syev_status syevp_event_engine_new(const syev_extractor *ex, syevp_event_engine **out,
                                   syev_error *err);
void syevp_event_engine_free(syevp_event_engine *eng, const syev_allocator *a);
syev_status syevp_events_run(const syevp_event_engine *eng, syevp_run *run);

/** A document with its id ("" when NULL) and text, no DCT, nothing
 *  found yet: the one allocation syev_doc_free releases with its arrays. */
syev_status syevp_doc_new(const syev_allocator *a, const char *id, const char *text, size_t len,
                          syev_doc **out, syev_error *err);
/* extractor.c helpers for the stages. */
/** Appends a zeroed timex / mention; NULL on allocation failure. */
syevp_timex *syevp_doc_add_timex(syev_doc *doc);
syevp_mention *syevp_doc_add_mention(syev_doc *doc);
/** Appends actors to the doc's pool; returns the index of the first or
 *  SIZE_MAX on allocation failure.  Pointers into the pool are fixed up when
 *  the document is finished (the pool may move while growing). */
size_t syevp_doc_add_actor(syev_doc *doc, const char *code, size_t fold_begin, size_t fold_end);
/** Called by extractor.c once all stages ran.  Stages write every span of
 *  the pub views (timex span, mention sentence/trigger/date_span/
 *  location_span/source, actor spans) in FOLDED offsets; this converts them
 *  all to original offsets and points pub.actors into the pool. */
void syevp_doc_publish(syev_doc *doc);

/** Lower bound over a sorted array: the index of the first of `count`
 *  elements (`stride` bytes each) whose size_t field at `offset` is >= key;
 *  `count` when there is none.  Inline: each caller passes a constant
 *  stride and offset, and gets a search specialised to them. */
static inline size_t syevp_lower_bound(const void *base, size_t count, size_t stride,
                                       size_t offset, size_t key)
{
    const unsigned char *bytes = (const unsigned char *)base;
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        size_t field;
        memcpy(&field, bytes + mid * stride + offset, sizeof field);
        if (field < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Index of the sentence holding folded offset `pos` (the last one when
 *  pos lies after every sentence): the first sentence that ends after pos.
 *  Inline: the stages call it for every hit. */
static inline size_t syevp_sentence_of(const syev_doc *doc, size_t pos)
{
    const size_t count = doc->sentence_count;
    if (count == 0)
        return 0;
    if (pos >= doc->text.fold_len) /* every sentence ends at or before fold_len */
        return count - 1;
    /* No earlier than the first sentence that ends after pos's block starts. */
    size_t i = doc->sentence_from_block[pos / SYEVP_SENTENCE_BLOCK];
    while (i < count && doc->sentences[i].end <= pos)
        i++;
    return i < count ? i : count - 1;
}

/** Date helpers (timex.c) used by events.c and timeline.c. */
void syevp_when_clear(syevp_when *w);
/** Sets a day/interval date: value written from begin..end at `gran`. */
void syevp_when_set_days(syevp_when *w, int32_t begin, int32_t end, syev_granularity gran,
                         syev_mod mod);

#endif /* SYEV_PRIVATE_H */
