/* tense_private.h — the governing verb of many positions in one document,
 * with the document's verb groups indexed once (tense.c; used by timex.c for
 * dates and events.c for triggers).
 *
 * syevp_tense_near indexes the stretch of text around each position it is
 * asked about: where positions are dense (a hostile text: "mardi" repeated
 * a million times) that is the same stretch over and over, and the two
 * stages ask about the same sentences.  The cache indexes the text once,
 * from its start, a few kilobytes at a time as the windows asked about
 * reach further, so each later question costs a binary search and a look at
 * its window. */
#ifndef SYEV_TENSE_PRIVATE_H
#define SYEV_TENSE_PRIVATE_H

#include "timex_private.h"

/** Where the entries of tense.c's word table lie for each key made of a
 *  word's first two bytes, and its announce stems for each first byte: the
 *  lookup of a word searches that stretch only.  Built by tense.c, read only
 *  afterwards. */
#define SYEVP_WORD_KEYS (32 * 32)
typedef struct syevp_word_index {
    uint16_t lo[SYEVP_WORD_KEYS], hi[SYEVP_WORD_KEYS];
    uint8_t stem_lo[32], stem_hi[32]; /**< the announce stems, by first byte */
} syevp_word_index;

/** Fills x: built once per extractor (it depends on tense.c's tables only). */
void syevp_word_index_build(syevp_word_index *x);

/** The verb groups of a document's text from its start up to `hi`, grown
 *  forward as the windows asked about need (timex.c and events.c share one
 *  per document).  Set it up with syevp_verb_cache_init, use
 *  it for ONE document, in any order, then release it with the allocator it
 *  was used with. */
struct syevp_verb_cache {
    size_t hi;         /**< every verb group that ends before hi is in `verbs` */
    syevp_verb *verbs; /**< in text order */
    size_t count, cap;
    const syevp_word_index *words; /**< the extractor's, for the word lookups */
};

/** An empty cache that looks words up in `words` (which must outlive it). */
void syevp_verb_cache_init(syevp_verb_cache *c, const syevp_word_index *words);
void syevp_verb_cache_release(syevp_verb_cache *c, const syev_allocator *a);

/** What syevp_tense_near finds for `pos` in the sentence [sent_begin,
 *  sent_end), from the cached verb groups (extended first when the window
 *  reaches past them).  SYEV_ERR_NOMEM when `a` fails (the cache then
 *  keeps what it held, and is still releasable). */
syev_status syevp_tense_near_cached(const syevp_text *t, const syev_allocator *a,
                                    syevp_verb_cache *c, size_t sent_begin, size_t sent_end,
                                    size_t pos, syevp_verb *out);

#endif
