/*
 * libsyriaevents — the merged timeline (included by syriaevents.h).
 *
 * A timeline accepts documents' results one at a time, merges mentions of the
 * same real event (SPEC.md section 4) and iterates over entries in order.
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

/** Adds a document's mentions and timexes; everything needed is copied, so
 *  the document may be freed right after. */
SYEV_EXPORT syev_status syev_timeline_add(syev_timeline *tl, const syev_doc *doc, syev_error *err);

/** Adds one line written by syev_doc_to_json (the map step's output), so that
 *  JSONL files can be merged without the original text (the reduce step). */
SYEV_EXPORT syev_status syev_timeline_add_json(syev_timeline *tl, const char *line, size_t len,
                                               syev_error *err);

/** Renders the SPEC JSON object ({"schema", "documents", "timeline",
 *  "timexes"}), sorted and merged.  *out is owned by the caller (syev_free). */
SYEV_EXPORT syev_status syev_timeline_to_json(syev_timeline *tl, char **out, syev_error *err);

/** Renders one self-contained HTML page (inline CSS and SVG, no network)
 *  drawing the timeline.  *out is owned by the caller (syev_free). */
SYEV_EXPORT syev_status syev_timeline_to_html(syev_timeline *tl, char **out, syev_error *err);

#ifdef __cplusplus
}
#endif

#endif /* SYRIAEVENTS_TIMELINE_H */
