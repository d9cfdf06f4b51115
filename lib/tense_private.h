/* tense_private.h — the governing verb of many positions in one document,
 * with the document's verb groups indexed once (tense.c; used by timex.c for
 * dates and events.c for triggers).
 *
 * syevp_tense_near indexes the stretch of text around each position it is
 * asked about: where positions are dense (a hostile text: "mardi" repeated
 * a million times) that is the same stretch over and over, and the two
 * stages ask about the same sentences.  The cache indexes each sentence
 * asked about once (about half of a news text is never asked about), so
 * each later question costs a binary search and a look at its window. */
#ifndef SYEV_TENSE_PRIVATE_H
#define SYEV_TENSE_PRIVATE_H

#include "timex_private.h"

/** tense.c's word table as a hash table (open addressing, a key made of a
 *  word's first eight bytes and length), what the endings tell for
 *  every last three bytes, and where the announce stems lie for each first
 *  byte.  Built by tense.c, read only afterwards. */
#define SYEVP_WORD_SLOTS 4096 /* a power of two, several times the words */
#define SYEVP_TAIL_RANKS 27   /* the letters, and one rank for every other byte */
typedef struct syevp_word_index {
    uint32_t slot[SYEVP_WORD_SLOTS]; /**< 0, or 1 + a word's index | its length << 16 */
    uint64_t head[SYEVP_WORD_SLOTS]; /**< its first eight bytes (tense.c's S_word_head) */
    /** by slot, what the word there tells by itself: its classes, and the
     *  properties, tense of ending and distance its tokens take (tense.c's
     *  token fields, packed; worked out once) */
    uint64_t told[SYEVP_WORD_SLOTS];
    /** by the ranks of the last three bytes: the ending bits of a word of 3
     *  bytes, and those of a longer one << 4 */
    uint8_t tails[SYEVP_TAIL_RANKS * SYEVP_TAIL_RANKS * SYEVP_TAIL_RANKS];
    /** [k][c]: the part of byte c, k + 1 places from a word's end, in its
     *  slot of `tails` */
    uint16_t tail_weight[3][256];
    uint8_t stem_lo[32], stem_hi[32]; /**< the announce stems, by first byte */
} syevp_word_index;

/** Fills x: built once per extractor (it depends on tense.c's tables only). */
void syevp_word_index_build(syevp_word_index *x);

/** Does the hash table find every word of the table with its classes, and
 *  no word that the table does not hold (its prefixes, its extensions)?
 *  Does the table of the last bytes tell what the endings tell, for every
 *  three letters or other bytes?  For the unit test. */
bool syevp_word_index_agrees(void);

/** Does tense.c tell the bytes of words 64 at a time as it does one at a
 *  time?  Are the words of its table cut alike with the index and without
 *  (their classes, properties, the verb groups they may head)?  For the
 *  unit test. */
bool syevp_tense_scan_agrees(void);
/** Are the tokens of [b, e) of `fold` (NUL-terminated) cut with the index
 *  `x` the same as without?  For the unit test. */
bool syevp_tense_tokens_agree(const char *fold, const syevp_word_index *x, size_t b, size_t e);

/** A stretch of text whose verb groups are all known: [b, e); and
 *  [tokens_b, tokens_e), where its tokens are all known too (empty when
 *  they are not: a walk that did not start and end on a sync point). */
typedef struct syevp_verb_span {
    size_t b, e;
    size_t tokens_b, tokens_e;
} syevp_verb_span;

/** The tokens of stretches of text, in text order, with the distance each
 *  adds between a verb and a position (tense.c's S_gap_cost); `total` is
 *  the sum over them all, `last_e` the end of the last.  Every token of
 *  [known_b, known_e) is there. */
typedef struct syevp_gap_run {
    struct syevp_gap_token *tk;
    size_t n, cap;
    uint32_t total;
    size_t last_e;
    size_t known_b, known_e;
} syevp_gap_run;

/** The verb groups of the sentences of one document asked about so far
 *  (timex.c and events.c share one per document): only the text queried is
 *  indexed, a sentence at a time (a long one a few kilobytes at a time).
 *  The stretches indexed in text order are kept with their verb groups and
 *  tokens; a question about a sentence before the last of them that they
 *  do not cover (the second stage going back to the start) is answered
 *  from a second, single stretch that is replaced when missed.  Set it up
 *  with syevp_verb_cache_init, use it for ONE document, in any order, then
 *  release it with the allocator it was used with. */
struct syevp_verb_cache {
    syevp_verb *verbs; /**< the verb groups of `spans`, in text order */
    size_t count, cap;
    syevp_gap_run tokens; /**< the tokens of `spans` */
    syevp_verb_span *spans; /**< disjoint, in text order */
    size_t span_count, span_cap;
    syevp_verb_span aside;    /**< the stretch out of order, empty when none */
    syevp_verb *aside_verbs;  /**< its verb groups */
    size_t aside_count, aside_cap;
    syevp_gap_run aside_tokens;
    const syevp_word_index *words; /**< the extractor's, for the word lookups */
    /** Where its arrays come from when set (a run's scratch pool), instead
     *  of the allocator each call is given. */
    const syev_allocator *alloc;
};

/** An empty cache that looks words up in `words` (which must outlive it). */
void syevp_verb_cache_init(syevp_verb_cache *c, const syevp_word_index *words);
void syevp_verb_cache_release(syevp_verb_cache *c, const syev_allocator *a);

/** What syevp_tense_near finds for `pos` in the sentence [sent_begin,
 *  sent_end), from the cached verb groups (the sentence is indexed first
 *  when they do not cover the window).  SYEV_ERR_NOMEM when `a` fails (the cache then
 *  keeps what it held, and is still releasable). */
syev_status syevp_tense_near_cached(const syevp_text *t, const syev_allocator *a,
                                    syevp_verb_cache *c, size_t sent_begin, size_t sent_end,
                                    size_t pos, syevp_verb *out);

#endif
