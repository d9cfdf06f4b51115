/* tense_private.h — the governing verb of many dates in one sentence, with
 * the sentence's verb groups indexed once (tense.c; used by timex.c).
 *
 * syevp_tense_near indexes the stretch of text around each date it is asked
 * about: where dates are dense (a hostile text: "mardi" repeated a million
 * times) that is the same stretch over and over.  The cache keeps the verb
 * groups of a few kilobytes of text from the window asked about on, so the
 * next dates in text order cost a binary search and a look at their window. */
#ifndef SYEV_TENSE_PRIVATE_H
#define SYEV_TENSE_PRIVATE_H

#include "timex_private.h"

/** The verb groups of one stretch of a document's text.  Zero-initialise it
 *  (or call syevp_verb_cache_init), use it for the dates of ONE document (in
 *  any order; text order is the fast one), then release it with the
 *  allocator it was used with. */
typedef struct syevp_verb_cache {
    size_t lo, hi;     /**< the stretch whose verb groups are all in `verbs` */
    syevp_verb *verbs; /**< in text order */
    size_t count;
    bool valid;
} syevp_verb_cache;

void syevp_verb_cache_init(syevp_verb_cache *c);
void syevp_verb_cache_release(syevp_verb_cache *c, const syev_allocator *a);

/** What syevp_tense_near finds for `pos` in the sentence [sent_begin,
 *  sent_end), from the cached verb groups when they cover its window (else
 *  a new stretch is indexed).  SYEV_ERR_NOMEM when `a` fails (the cache is
 *  then empty and still releasable). */
syev_status syevp_tense_near_cached(const syevp_text *t, const syev_allocator *a,
                                    syevp_verb_cache *c, size_t sent_begin, size_t sent_end,
                                    size_t pos, syevp_verb *out);

#endif
