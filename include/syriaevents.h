/*
 * libsyriaevents — French news about the Syrian war in, dated event timeline out.
 *
 * Pipeline: text -> sentences -> time expressions -> events -> timeline -> JSON.
 *
 * Conventions used throughout this header:
 *  - Every public symbol starts with syev_ / SYEV_.
 *  - Functions that can fail return a syev_status (SYEV_OK == 0, errors < 0)
 *    and fill an optional caller-owned syev_error (may always be NULL).
 *  - Ownership: objects returned through `**out` parameters are owned by the
 *    caller and released with the matching syev_*_free(); every free function
 *    accepts NULL.  Strings returned as `char *` are released with syev_free().
 *    Pointers returned by accessors (const ...) are BORROWED: they stay valid
 *    until the object they were read from is freed.
 *  - Byte offsets are into the caller's UTF-8 text, spans are [begin, end).
 *  - An extractor is immutable once built and may be shared by any number of
 *    threads; documents and timelines belong to one thread at a time.
 */
#ifndef SYRIAEVENTS_H
#define SYRIAEVENTS_H

#include <stddef.h>
#include <stdint.h>

#include "syriaevents_export.h"
#include "syriaevents_version.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ */
/* Versions                                                            */
/* ------------------------------------------------------------------ */

/** Packed runtime version: (major << 16) | (minor << 8) | patch. */
SYEV_EXPORT unsigned syev_version(void);
/** Runtime version as "MAJOR.MINOR.PATCH"; static storage, never free it. */
SYEV_EXPORT const char *syev_version_string(void);

/* ------------------------------------------------------------------ */
/* Errors                                                              */
/* ------------------------------------------------------------------ */

typedef enum syev_status {
    SYEV_OK = 0,
    SYEV_ERR_NOMEM = -1,        /**< an allocation failed */
    SYEV_ERR_INVALID_ARG = -2,  /**< NULL where not allowed, bad length */
    SYEV_ERR_UTF8 = -3,         /**< input is not valid UTF-8 (offset set) */
    SYEV_ERR_PATTERN = -4,      /**< a PCRE2 pattern failed to compile */
    SYEV_ERR_MATCH_LIMIT = -5,  /**< a PCRE2 match or depth limit was hit */
    SYEV_ERR_LEXICON = -6,      /**< a lexicon file is malformed (line set) */
    SYEV_ERR_IO = -7,           /**< a file could not be read or written */
    SYEV_ERR_JSON = -8,         /**< JSON input is malformed */
    SYEV_ERR_INVALID_OPTS = -9, /**< options are contradictory or unknown */
    SYEV_ERR_DATE = -10,        /**< a date string (e.g. DCT) is malformed */
    SYEV_ERR_TOO_LARGE = -11    /**< input exceeds a configured size limit */
} syev_status;

/** Error details.  The first error of a call wins; `message` is always
 *  NUL-terminated.  `offset` is a byte offset into the input text or file
 *  (SIZE_MAX when unknown); `line` is 1-based (0 when unknown). */
typedef struct syev_error {
    syev_status code;
    size_t offset;
    size_t line;
    char message[192];
} syev_error;

/** Fixed English text for a status; static storage. */
SYEV_EXPORT const char *syev_strerror(syev_status code);

/* ------------------------------------------------------------------ */
/* Memory                                                              */
/* ------------------------------------------------------------------ */

/** Allocation hooks.  The memory the library allocates goes through these
 *  (when set in syev_options or given to syev_timeline_new): extractor,
 *  documents, timelines, returned strings, PCRE2 contexts and match data.
 *  Outside them (malloc, or pages mapped by PCRE2): the extractor's compiled
 *  PCRE2 patterns and their JIT code (PCRE2 10.42's JIT compiler crashes
 *  when an allocation it makes fails, and it allocates through the pattern's
 *  allocator), and cJSON's temporary tree while a JSON line or lexicon file
 *  is read (cJSON has only process-wide hooks). */
typedef struct syev_allocator {
    void *(*malloc_fn)(size_t size, void *user);
    void *(*realloc_fn)(void *ptr, size_t size, void *user);
    void (*free_fn)(void *ptr, void *user);
    void *user;
} syev_allocator;

/** Frees a string returned by the library (e.g. syev_doc_to_json). */
SYEV_EXPORT void syev_free(void *ptr);

/* ------------------------------------------------------------------ */
/* Extractor                                                           */
/* ------------------------------------------------------------------ */

typedef struct syev_extractor syev_extractor;

#define SYEV_OPTIONS_VERSION 1

typedef struct syev_options {
    unsigned version;            /**< SYEV_OPTIONS_VERSION */
    unsigned flags;              /**< reserved, 0 */
    const char *lexicon_path;    /**< JSON lexicon file to add, or NULL */
    uint32_t match_limit;        /**< PCRE2 match limit per match (0: default) */
    uint32_t depth_limit;        /**< PCRE2 depth limit per match (0: default) */
    size_t max_document_bytes;   /**< larger documents are refused (0: 256 MiB) */
    const syev_allocator *allocator; /**< NULL: malloc/realloc/free */
} syev_options;

#define SYEV_OPTIONS_INIT {SYEV_OPTIONS_VERSION, 0u, NULL, 0u, 0u, 0u, NULL}

/** Builds an extractor: loads the built-in lexicon (and `opts->lexicon_path`
 *  if set) and compiles every pattern once, with JIT.  `opts` may be NULL.
 *  On success *out is owned by the caller (syev_extractor_free). */
SYEV_EXPORT syev_status syev_extractor_new(const syev_options *opts, syev_extractor **out,
                                           syev_error *err);
SYEV_EXPORT void syev_extractor_free(syev_extractor *ex);

/* ------------------------------------------------------------------ */
/* Dates                                                               */
/* ------------------------------------------------------------------ */

typedef enum syev_mod {
    SYEV_MOD_NONE = 0, SYEV_MOD_START, SYEV_MOD_MID, SYEV_MOD_END,
    SYEV_MOD_BEFORE, SYEV_MOD_AFTER
} syev_mod;

typedef enum syev_granularity {
    SYEV_GRAN_UNKNOWN = 0, SYEV_GRAN_DAY, SYEV_GRAN_WEEK, SYEV_GRAN_MONTH,
    SYEV_GRAN_QUARTER, SYEV_GRAN_SEASON, SYEV_GRAN_YEAR, SYEV_GRAN_INTERVAL
} syev_granularity;

typedef enum syev_anchor {
    SYEV_ANCHOR_NONE = 0, SYEV_ANCHOR_EXPLICIT, SYEV_ANCHOR_RELATIVE,
    SYEV_ANCHOR_INHERITED, SYEV_ANCHOR_DCT
} syev_anchor;

/** A normalized date.  `value` is a TIMEX3 value ("2016-12-27", "2016-12",
 *  "2016-W49", "2016-SP", "2016-12-26/2016-12-27", "XXXX-XX-XX"); empty when
 *  none.  `begin`/`end` are "YYYY-MM-DD" or empty when unknown. */
typedef struct syev_date {
    char value[40];
    char begin[11];
    char end[11];
    syev_mod mod;
    syev_granularity granularity;
} syev_date;

/** Parses "YYYY-MM-DD", "YYYY-MM" or "YYYY" into a date (used for DCTs). */
SYEV_EXPORT syev_status syev_date_parse(const char *iso, syev_date *out, syev_error *err);

SYEV_EXPORT const char *syev_mod_name(syev_mod mod);                 /**< "START", ... or NULL */
SYEV_EXPORT const char *syev_granularity_name(syev_granularity g);  /**< "day", ... */
SYEV_EXPORT const char *syev_anchor_name(syev_anchor a);            /**< "explicit", ... */

/* ------------------------------------------------------------------ */
/* Documents                                                           */
/* ------------------------------------------------------------------ */

typedef struct syev_doc syev_doc;

typedef enum syev_dct_source {
    SYEV_DCT_NONE = 0, /**< no DCT: relative dates stay unresolved */
    SYEV_DCT_CALLER,   /**< given by the caller */
    SYEV_DCT_TEXT      /**< found in the text (dateline, header) */
} syev_dct_source;

/** Runs the whole pipeline on one document.
 *  `text`/`len`: UTF-8 bytes (need not be NUL-terminated); invalid UTF-8 is
 *  refused with SYEV_ERR_UTF8 and err->offset at the first bad byte.
 *  `doc_id`: optional identifier (copied), NULL for none.
 *  `dct`: optional document creation time "YYYY-MM-DD", "YYYY-MM" or "YYYY";
 *  it always wins over a date found in the text.
 *  The text is copied: the caller's buffer may be freed afterwards.
 *  On success *out is owned by the caller (syev_doc_free).  The document
 *  borrows strings from `ex` (place names, actor codes of a user lexicon):
 *  free it before the extractor. */
SYEV_EXPORT syev_status syev_extract(const syev_extractor *ex, const char *text, size_t len,
                                     const char *doc_id, const char *dct, syev_doc **out,
                                     syev_error *err);
SYEV_EXPORT void syev_doc_free(syev_doc *doc);

/** Borrowed accessors (valid until syev_doc_free); NULL-safe. */
SYEV_EXPORT const char *syev_doc_id(const syev_doc *doc);          /**< "" when none */
SYEV_EXPORT const char *syev_doc_text(const syev_doc *doc, size_t *len);
/** DCT used for resolution; NULL when none.  *source may be NULL. */
SYEV_EXPORT const syev_date *syev_doc_dct(const syev_doc *doc, syev_dct_source *source);

typedef struct syev_span {
    size_t begin, end; /**< byte offsets [begin, end) */
} syev_span;

SYEV_EXPORT size_t syev_doc_sentence_count(const syev_doc *doc);
SYEV_EXPORT syev_span syev_doc_sentence(const syev_doc *doc, size_t i);

/** One time expression.  Structures below are read-only views owned by the
 *  document; fields may be appended in later versions, so never allocate or
 *  copy them by value across library versions. */
typedef struct syev_timex {
    syev_span span;
    size_t sentence; /**< index of its sentence */
    syev_date date;
} syev_timex;

SYEV_EXPORT size_t syev_doc_timex_count(const syev_doc *doc);
SYEV_EXPORT const syev_timex *syev_doc_timex(const syev_doc *doc, size_t i);

/* ------------------------------------------------------------------ */
/* Event mentions                                                      */
/* ------------------------------------------------------------------ */

typedef enum syev_event_type {
    SYEV_EVENT_CEASEFIRE = 0, SYEV_EVENT_TALKS, SYEV_EVENT_BATTLE
} syev_event_type;

typedef enum syev_factuality {
    SYEV_FACT_ASSERTED = 0, SYEV_FACT_ALLEGED, SYEV_FACT_PLANNED,
    SYEV_FACT_POSSIBLE, SYEV_FACT_NEGATED
} syev_factuality;

SYEV_EXPORT const char *syev_event_type_name(syev_event_type t);   /**< "ceasefire", ... */
SYEV_EXPORT const char *syev_factuality_name(syev_factuality f);  /**< "asserted", ... */

typedef struct syev_actor {
    const char *code; /**< CAMEO-style code, e.g. "RUS", "SYRGOV" */
    syev_span span;   /**< surface form in the text */
} syev_actor;

typedef struct syev_place {
    const char *name;    /**< GeoNames-style English name, e.g. "Aleppo" */
    const char *country; /**< ISO 3166-1 alpha-2, e.g. "SY" */
    double lat, lon;
    int has_coords;
} syev_place;

typedef struct syev_mention {
    syev_event_type type;
    const char *cameo;          /**< CAMEO event code, e.g. "0871" */
    syev_span sentence;
    syev_span trigger;
    syev_date date;
    syev_anchor anchor;
    syev_span date_span;        /**< the governing TIMEX; {0,0} when none */
    syev_factuality factuality;
    const syev_actor *actors;
    size_t actor_count;
    const syev_place *location; /**< NULL when none */
    syev_span location_span;
    syev_span source;           /**< who reports it; {0,0} when none */
    double confidence;          /**< in [0, 1] */
} syev_mention;

SYEV_EXPORT size_t syev_doc_mention_count(const syev_doc *doc);
SYEV_EXPORT const syev_mention *syev_doc_mention(const syev_doc *doc, size_t i);

/* ------------------------------------------------------------------ */
/* JSON                                                                */
/* ------------------------------------------------------------------ */

/** One document as a single JSON line (no newline): {"id", "dct",
 *  "mentions": [timeline entries, unmerged], "timexes": [...]}.
 *  *out is owned by the caller (syev_free). */
SYEV_EXPORT syev_status syev_doc_to_json(const syev_doc *doc, char **out, syev_error *err);

/** One call: text in, the SPEC JSON object out (one document, its timeline).
 *  `ex` may be NULL (a default extractor is built and freed inside).
 *  *out is owned by the caller (syev_free). */
SYEV_EXPORT syev_status syev_text_to_json(const syev_extractor *ex, const char *text, size_t len,
                                          const char *dct, char **out, syev_error *err);

#ifdef __cplusplus
}
#endif

#include "syriaevents_timeline.h"

#endif /* SYRIAEVENTS_H */
