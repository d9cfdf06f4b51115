/* events_private.h — what the event stage files share (events.c,
 * factuality.c, actors.c): the per-document working lists and the compiled
 * helpers of each file.  All offsets are FOLDED offsets. */
#ifndef SYEV_EVENTS_PRIVATE_H
#define SYEV_EVENTS_PRIVATE_H

#include "lexicon.h"
#include "syev_private.h"

/** One match of a combined alternation: span and the index of the table
 *  entry that matched (its MARK). */
typedef struct syevp_hit {
    size_t begin, end;
    size_t entry;
    size_t sentence;
} syevp_hit;

typedef struct syevp_hits {
    syevp_hit *v;
    size_t n, cap;
} syevp_hits;

/** Appends every match of `re` in the folded text to `out` (with the
 *  entry index from the MARK, or 0 when the pattern has none). */
syev_status syevp_scan(const syevp_run *run, const pcre2_code *re, syevp_hits *out);
/** Every match of a table matcher (scan.c), non-overlapping, in text order. */
syev_status syevp_scan_table(const syevp_run *run, const syevp_multi *m, syevp_hits *out);
/** Index of the sentence holding folded offset `pos`. */
/** Does [begin, end) of the sentence contain a match of `re`? (<0: error) */
/** The look-back patterns of events.c that a test in C decides first. */
typedef enum syevp_lookback {
    SYEVP_LOOKBACK_ANAPHOR,
    SYEVP_LOOKBACK_DEFINITE,
    SYEVP_LOOKBACK_INDEFINITE,
    SYEVP_LOOKBACK_NONFINITE
} syevp_lookback;
/** For tests: 1 when the quick test of `which` agrees with its pattern on
 *  `text` (folded, taken as the text before a trigger), 0 when not, -1 on
 *  a PCRE2 error. */
int syevp_lookback_agrees(const syev_extractor *ex, syevp_lookback which, const char *text);
/** For tests: 1 when the C pre-check of the nationwide pattern ("dans tout
 *  le pays") lets it run wherever it matches in folded `text`, 0 when not,
 *  -1 on an error. */
int syevp_nationwide_agrees(const syev_extractor *ex, const char *text);

int syevp_find(const syevp_run *run, const pcre2_code *re, size_t begin, size_t end,
               size_t *mb, size_t *me);

/* ------------------------------------------------------------------ */
/* factuality.c                                                        */
/* ------------------------------------------------------------------ */

typedef struct syevp_fact_engine syevp_fact_engine;

syev_status syevp_fact_engine_new(const syev_extractor *ex, syevp_fact_engine **out,
                                  syev_error *err);
void syevp_fact_engine_free(syevp_fact_engine *eng, const syev_allocator *a);
/** For tests, factuality.c's shortcuts against the patterns they stand
 *  for (1: agree, 0: contradict, -1: error): the cue tried after a comma,
 *  on folded `text`; */
int syevp_fact_comma_agrees(const syevp_fact_engine *eng, const char *text);
/** the tense endings looked for at word boundaries, against a search
 *  byte by byte; */
int syevp_fact_endings_agree(const syev_extractor *ex, const syevp_fact_engine *eng,
                             const char *text);
/** each cue's whole pattern against its split entries at every position of
 *  the n texts (*bad: the first text where they differ). */
int syevp_fact_entries_agree(const syev_extractor *ex, const syevp_fact_engine *eng,
                             const char *const *texts, size_t n, size_t *bad);
/** syevp_fact_cues (the tails of cues followed in C) against the plain
 *  way, every cue's whole pattern tried at every position of `text` and
 *  of sentences that cut it short; */
int syevp_fact_cues_agree(const syev_extractor *ex, const syevp_fact_engine *eng,
                          const char *text);
/** no entry of a later cue can start where the head of a cue with a tail
 *  does (by their keys: where the tail fails, no cue starts there). */
int syevp_fact_heads_alone(const syev_extractor *ex, const syevp_fact_engine *eng);

/** Cue matches of one sentence, found once and read for each trigger. */
typedef struct syevp_cues {
    syevp_hits hits;
} syevp_cues;

syev_status syevp_fact_cues(const syevp_fact_engine *eng, const syevp_run *run,
                            const syevp_sentence *s, syevp_cues *cues);
/** Factuality of the trigger [tb, te) of sentence `s` from the cues;
 *  `is_verb` when the trigger is a verb form (its own ending counts). */
syev_factuality syevp_factuality(const syevp_fact_engine *eng, const syevp_run *run,
                                 const syevp_sentence *s, const syevp_cues *cues, size_t tb,
                                 size_t te, bool is_verb);

/* ------------------------------------------------------------------ */
/* actors.c: actors, places, source                                    */
/* ------------------------------------------------------------------ */

typedef struct syevp_actor_engine syevp_actor_engine;
/** For tests, actors.c's quick tests in C against the patterns they
 *  stand for (1: agree, 0: contradict, -1: PCRE2 error): the tests of the
 *  words after source pattern e at `at` of folded `text` (they may let the
 *  pattern be tried where it fails, never skip a match); */
int syevp_source_quick_agrees(const syevp_actor_engine *eng, size_t e, const char *text,
                              size_t at);
/** the incise's tail followed in C after PCRE2 matched its head (it must
 *  end where the whole pattern does); */
int syevp_incise_agrees(const syevp_actor_engine *eng, const char *text, size_t at);
/** the same for source pattern e ("selon X" too; 1 for a pattern with no
 *  tail in C); */
int syevp_source_tail_agrees(const syevp_actor_engine *eng, size_t e, const char *text, size_t at);
/** the search for the next comma or quote (sixteen bytes at a time) against
 *  strcspn(), from every offset of `text`; */
int syevp_next_mark_agrees(const char *text);
/** the last word before a place, told for the locative (0), qualifier (1),
 *  landmark (2) or region (3) pattern on the folded text before it; */
int syevp_tail_agrees(const syevp_actor_engine *eng, int which, const char *text);
/** the military words and the ground words told in C in a folded text
 *  (they may let the patterns be tried where they fail, never skip a
 *  match). */
int syevp_military_agrees(const syevp_actor_engine *eng, const char *text);

syev_status syevp_actor_engine_new(const syev_extractor *ex, syevp_actor_engine **out,
                                   syev_error *err);
void syevp_actor_engine_free(syevp_actor_engine *eng, const syev_allocator *a);

/** An actor or place found in the text, with what its context says. */
typedef struct syevp_ref {
    size_t begin, end;
    size_t sentence;
    const char *code;                /**< actors: CAMEO-style code */
    const syevp_place_entry *place;  /**< places: gazetteer entry */
    unsigned flags;                  /**< SYEVP_REF_* */
} syevp_ref;

#define SYEVP_REF_SPEAKER 0x01u   /**< inside the phrase naming who reports */
#define SYEVP_REF_SUPPORTER 0x02u /**< "appuye par X": not a participant */
#define SYEVP_REF_LOCATIVE 0x04u  /**< a place after a preposition of place */
#define SYEVP_REF_ARMED 0x08u     /**< an armed party */
#define SYEVP_REF_SIDES 0x80u     /**< both sides: the government and the opposition */
#define SYEVP_REF_QUALIFIER 0x10u /**< a place that only qualifies an actor */
#define SYEVP_REF_LANDMARK 0x20u  /**< "pres de Damas": situates another place */
#define SYEVP_REF_REGIONAL 0x40u  /**< "le nord de la Syrie": part of a country */

typedef struct syevp_refs {
    syevp_ref *v;
    size_t n, cap;
} syevp_refs;

/** The actors, places and source phrases of the whole document. */
typedef struct syevp_doc_refs {
    syevp_refs actors;
    syevp_refs places;
    syevp_hits sources; /**< spans naming who reports (folded) */
} syevp_doc_refs;

syev_status syevp_find_refs(const syevp_actor_engine *eng, const syevp_run *run,
                            syevp_doc_refs *refs);
void syevp_doc_refs_release(syevp_doc_refs *refs, const syev_allocator *a);
/** Is there an armed party or a military word in sentence `si`? (<0: error) */
int syevp_military_sentence(const syevp_actor_engine *eng, const syevp_run *run,
                            const syevp_doc_refs *refs, size_t si);
/** Does a place or a ground noun follow [tb, te) closely? (<0: error) */
int syevp_ground_near(const syevp_actor_engine *eng, const syevp_run *run,
                      const syevp_doc_refs *refs, size_t tb, size_t te);

#endif /* SYEV_EVENTS_PRIVATE_H */
