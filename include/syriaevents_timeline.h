/*
 * libsyriaevents — the merged timeline (included by syriaevents.h).
 *
 * A timeline accepts documents' results one at a time, merges mentions of the
 * same real event (SPEC.md section 4) and iterates over entries in order.
 *
 * Merging (unless SYEV_TIMELINE_NO_MERGE): a mention joins an existing entry
 * when both have the same type, both are dated by a date stated for the
 * event (anchor explicit or relative: a date inherited from the story or
 * taken from the DCT tells when the article spoke, not which occurrence it
 * means, so such mentions keep entries of their own), their intervals overlap
 * and are of compatible precision (equal, or the wider one spans at most 10
 * days for battles — so different days of a battle stay apart — and at most
 * 31 days for ceasefires and talks), their places are equal or one is
 * unknown, and their actor sets share a code or one is empty.  Within one
 * document only the same report merges (a headline repeated in the body):
 * same factuality, date, place and actor set — the extraction already
 * carried places and parties across the story, so an article that tells
 * two sentences differently (a meeting held and one hoped for, a night
 * then a day, other parties) speaks of two events.  When several
 * entries qualify, the one that agrees best (same date, same place, shared
 * actors) wins, then the oldest.
 *
 * An entry's fields: date = the member date most to be trusted (of what
 * happened before what was planned or hoped for — plans slip — before what
 * was denied), then the most precise (narrowest interval), then the best
 * anchored (explicit, relative, inherited, dct), then the first;
 * factuality = the strongest member factuality in the order asserted >
 * alleged > planned > possible > negated, so a denial is kept as evidence
 * (a mention of the entry) but the entry is `negated` only when every
 * member denies it; location, source and cameo = those of the first member
 * that has one; actors = the union of the members' actors (first surface
 * form kept); confidence = 1 - prod(1 - c_d) over the documents d that
 * report the entry, c_d being the highest confidence of d's mentions, so it
 * grows with independent sources.
 *
 * Order: dated entries by date.begin, then narrower interval first, then
 * first mention; undated entries last, in document order.
 * Identity: `id` is the FNV-1a 64-bit hash (16 hex digits) of the type, the
 * normalized date (value and mod), the place name and the sorted actor
 * codes; it depends only on the entry's own mentions, never on unrelated
 * documents.  Entries that would share an id (and every entry under
 * SYEV_TIMELINE_NO_MERGE) also hash their first mention's document id and
 * trigger span.
 */
#ifndef SYRIAEVENTS_TIMELINE_H
#define SYRIAEVENTS_TIMELINE_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct syev_timeline syev_timeline;

/** Timeline behaviour flags. */
#define SYEV_TIMELINE_NO_MERGE 0x1u /**< keep one entry per mention */

/** Creates an empty timeline.  `allocator` may be NULL.
 *  On success *out is owned by the caller (syev_timeline_free). */
SYEV_EXPORT syev_status syev_timeline_new(unsigned flags, const syev_allocator *allocator,
                                          syev_timeline **out, syev_error *err);
SYEV_EXPORT void syev_timeline_free(syev_timeline *tl);

/** Adds a document's mentions and timexes; everything needed is copied (for
 *  text: only the sentences of mentions), so the document may be freed right
 *  after.  Mentions are merged as they arrive (each meets only the entries
 *  near its date); ids and order are computed when the timeline is next read.
 *  On SYEV_ERR_NOMEM some of the document's mentions may have been added;
 *  the timeline stays consistent. */
SYEV_EXPORT syev_status syev_timeline_add(syev_timeline *tl, const syev_doc *doc, syev_error *err);

/** Adds one line written by syev_doc_to_json (the map step's output), so that
 *  JSONL files can be merged without the original text (the reduce step).
 *  Malformed lines are refused with SYEV_ERR_JSON (nothing added; err->message
 *  names the field).  Only blanks (space, tab, CR) may follow the object;
 *  anything else (a second object, junk) is refused, err->offset at its
 *  first byte.  The line is parsed with cJSON, whose temporary tree is
 *  allocated with malloc (cJSON has no per-call allocator) and which resets
 *  a global error record on every parse: calls from several threads at once
 *  race on that record (harmless here, but thread sanitizers report it). */
SYEV_EXPORT syev_status syev_timeline_add_json(syev_timeline *tl, const char *line, size_t len,
                                               syev_error *err);

/** Renders the SPEC JSON object ({"schema", "documents", "timeline",
 *  "timexes"}), sorted and merged.  *out is owned by the caller (syev_free). */
SYEV_EXPORT syev_status syev_timeline_to_json(syev_timeline *tl, char **out, syev_error *err);

/** Renders one self-contained HTML page (inline CSS and SVG, no network)
 *  drawing the timeline.  *out is owned by the caller (syev_free). */
SYEV_EXPORT syev_status syev_timeline_to_html(syev_timeline *tl, char **out, syev_error *err);

/* ------------------------------------------------------------------ */
/* Iteration                                                           */
/* ------------------------------------------------------------------ */

/* The structures below are read-only views owned by the timeline: every
 * pointer in them (strings included) is BORROWED and stays valid until the
 * next syev_timeline_add / syev_timeline_add_json or syev_timeline_free.
 * Fields may be appended in later versions: never allocate or copy them by
 * value across library versions.  Strings are NULL when absent. */

typedef struct syev_entry_actor {
    const char *code; /**< CAMEO-style code, e.g. "RUS" */
    const char *text; /**< surface form */
} syev_entry_actor;

typedef struct syev_entry_place {
    const char *name;    /**< GeoNames-style English name */
    const char *text;    /**< surface form */
    const char *country; /**< ISO 3166-1 alpha-2 */
    double lat, lon;
    int has_coords;
} syev_entry_place;

/** One piece of evidence: a mention in one document. */
typedef struct syev_entry_mention {
    const char *doc;          /**< document id ("" when none) */
    syev_span sentence;       /**< byte offsets into the document's text */
    syev_span trigger;
    const char *trigger_text;
    const char *text;         /**< the sentence */
} syev_entry_mention;

/** One timeline entry: a real event and every mention of it. */
typedef struct syev_entry {
    char id[17];              /**< stable hash, 16 hex digits */
    syev_event_type type;
    const char *cameo;
    syev_date date;           /**< empty value/begin/end when undated */
    const char *date_text;    /**< surface form of the governing TIMEX */
    syev_anchor anchor;
    syev_factuality factuality;
    const syev_entry_actor *actors;
    size_t actor_count;
    const syev_entry_place *location; /**< NULL when unknown */
    const char *source;       /**< who reports it */
    double confidence;        /**< in [0, 1] */
    size_t document_count;    /**< independent documents reporting it */
    const syev_entry_mention *const *mentions; /**< in document order */
    size_t mention_count;
} syev_entry;

/** Number of entries (merged and sorted); 0 for NULL. */
SYEV_EXPORT size_t syev_timeline_count(const syev_timeline *tl);
/** Entry `i` in timeline order, or NULL when out of range; borrowed. */
SYEV_EXPORT const syev_entry *syev_timeline_entry(const syev_timeline *tl, size_t i);
/** Number of documents added; 0 for NULL. */
SYEV_EXPORT size_t syev_timeline_document_count(const syev_timeline *tl);

#ifdef __cplusplus
}
#endif

#endif /* SYRIAEVENTS_TIMELINE_H */
