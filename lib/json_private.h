/* json_private.h — the library's JSON writer (allocator-aware, no global
 * state; cJSON is used only to READ JSON).  Shared by json.c (documents),
 * timeline.c and html.c. */
#ifndef SYEV_JSON_PRIVATE_H
#define SYEV_JSON_PRIVATE_H

#include "syev_private.h"

/* The names of the public enums, in enum order from the value named (the
 * values before it have none): syev_*_name() (extractor.c) and the JSON
 * writer's quoted forms (json.c) are both made from these lists. */
#define SYEVP_MOD_NAMES(X) /* from SYEV_MOD_START */ X("START") X("MID") X("END") X("BEFORE") X("AFTER")
#define SYEVP_GRANULARITY_NAMES(X) /* from SYEV_GRAN_DAY ("unknown" before) */                     \
    X("day") X("week") X("month") X("quarter") X("season") X("year") X("interval")
#define SYEVP_ANCHOR_NAMES(X) /* from SYEV_ANCHOR_NONE */                                           \
    X("none") X("explicit") X("relative") X("inherited") X("dct")
#define SYEVP_EVENT_TYPE_NAMES(X) /* from SYEV_EVENT_CEASEFIRE */ X("ceasefire") X("talks") X("battle")
#define SYEVP_FACTUALITY_NAMES(X) /* from SYEV_FACT_ASSERTED */                                     \
    X("asserted") X("alleged") X("planned") X("possible") X("negated")

/** A growable output buffer.  After an allocation failure every write is a
 *  no-op and `failed` stays set, so writers check once at the end.  `data`
 *  is NUL-terminated after each syevp_* call that writes to it (unless
 *  failed). */
typedef struct syevp_buf {
    const syev_allocator *alloc;
    char *data;
    size_t len, cap;
    bool failed;
    bool handed_out; /**< data comes from syevp_out_alloc (syevp_buf_init_output) */
} syevp_buf;

void syevp_buf_init(syevp_buf *b, const syev_allocator *a);
/** A buffer whose data is already the string syevp_buf_finish hands to the
 *  caller, with room for `size_hint` bytes: finishing then copies nothing. */
void syevp_buf_init_output(syevp_buf *b, const syev_allocator *a, size_t size_hint);
void syevp_buf_release(syevp_buf *b);
void syevp_buf_putn(syevp_buf *b, const char *s, size_t n);
void syevp_buf_puts(syevp_buf *b, const char *s);
void syevp_buf_putc(syevp_buf *b, char c);
/** Writes n in decimal (printf costs more than the rest of a span). */
void syevp_buf_put_size(syevp_buf *b, size_t n);
/** The decimal digits of n written at out (no NUL); returns their count. */
#define SYEVP_SIZE_DIGITS 24
size_t syevp_size_digits(size_t n, char out[SYEVP_SIZE_DIGITS]);
void syevp_buf_printf(syevp_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/** Hands the buffer to the caller as a NUL-terminated string releasable with
 *  syev_free(); SYEV_ERR_NOMEM if any write failed.  The buffer is emptied. */
syev_status syevp_buf_finish(syevp_buf *b, char **out, syev_error *err);

/** Writes a JSON string literal (quoted, escaped; invalid UTF-8 never occurs
 *  because documents are validated on input). */
void syevp_json_str(syevp_buf *b, const char *s, size_t n);
/** Writes a JSON string literal, "" when s is NULL. */
void syevp_json_str_or_empty(syevp_buf *b, const char *s);
/** Writes a double with at most `decimals` decimals (trailing zeros cut). */
void syevp_json_num(syevp_buf *b, double v, int decimals);
/** v rounded to `decimals` (at most 9) decimals as the integer *k = v * 10^decimals,
 *  when that is certainly what printf's "%.*f" rounds to (|v| < 1e9, and
 *  v * 10^decimals not within a quarter of a half); false otherwise. */
bool syevp_fixed_point(double v, int decimals, long long *k);
/** 10^decimals, exactly (decimals from 0 to 9). */
double syevp_decimal_scale(int decimals);


/* ------------------------------------------------------------------ */
/* The timeline's model, shared by timeline.c (storing, merging),      */
/* json.c (reading and writing) and html.c (drawing)                   */
/* ------------------------------------------------------------------ */

/** A bump allocator: strings and records of a timeline live here and never
 *  move, so views may point at them.  Everything is freed at once. */
typedef struct syevp_arena_block syevp_arena_block;
typedef struct syevp_arena {
    const syev_allocator *alloc;
    syevp_arena_block *head;
} syevp_arena;

void syevp_arena_init(syevp_arena *ar, const syev_allocator *a);
/** Zeroed, suitably aligned memory; NULL on allocation failure. */
void *syevp_arena_alloc(syevp_arena *ar, size_t n);
/** Copies s[0..n) as a NUL-terminated string; NULL on failure. */
char *syevp_arena_strndup(syevp_arena *ar, const char *s, size_t n);
/** Hands every block of src to dst (src is left empty). */
void syevp_arena_move(syevp_arena *dst, syevp_arena *src);
void syevp_arena_release(syevp_arena *ar);

/** A document as the timeline remembers it (no text). */
typedef struct syevp_tl_doc {
    const char *id;            /**< "" when none */
    syev_date dct;             /**< value "" when none */
    syev_dct_source dct_source;
    size_t length;             /**< bytes of text; SIZE_MAX when unknown */
    size_t mention_count;
} syevp_tl_doc;

/** A mention as the timeline remembers it.  `pub` comes first: entries
 *  point at it and get the record back with syevp_tl_record(). */
typedef struct syevp_tl_mention {
    syev_entry_mention pub;
    size_t seq;                /**< insertion order over the whole timeline */
    const syevp_tl_doc *doc;
    syev_event_type type;
    const char *cameo;
    syev_date date;
    const char *date_text;
    syev_anchor anchor;
    int32_t first_day, last_day; /**< SYEVP_NO_DAY when undated */
    syev_factuality factuality;
    syev_entry_actor *actors;
    size_t actor_count;
    syev_entry_place place;
    bool has_place;
    const char *source;
    double confidence;
} syevp_tl_mention;

static inline const syevp_tl_mention *syevp_tl_record(const syev_entry_mention *pub)
{
    return (const syevp_tl_mention *)(const void *)pub;
}

typedef struct syevp_tl_timex {
    const syevp_tl_doc *doc;
    syev_span span;
    const char *text;
    syev_date date;
} syevp_tl_timex;

/** One document's records before they join a timeline: made from a syev_doc
 *  (timeline.c) or from a JSON line (json.c). */
typedef struct syevp_tl_batch {
    syevp_arena arena;         /**< owns the doc, records and strings */
    syevp_tl_doc *doc;
    syevp_tl_mention **mentions;
    size_t mention_count, mention_cap;
    syevp_tl_timex *timexes;
    size_t timex_count, timex_cap;
} syevp_tl_batch;

void syevp_batch_init(syevp_tl_batch *b, const syev_allocator *a);
void syevp_batch_release(syevp_tl_batch *b);
/** Fills an initialised batch from an extracted document. */
syev_status syevp_batch_from_doc(syevp_tl_batch *b, const syev_doc *doc, syev_error *err);
/** Appends a zeroed record (undated, no place) to the batch; NULL on failure. */
syevp_tl_mention *syevp_batch_add_mention(syevp_tl_batch *b);
/** Appends a zeroed timex to the batch; NULL on failure. */
syevp_tl_timex *syevp_batch_add_timex(syevp_tl_batch *b);
/** Parses a JSON line of syev_doc_to_json into an initialised batch (json.c). */
syev_status syevp_batch_from_json(syevp_tl_batch *b, const char *line, size_t len,
                                  syev_error *err);
/** Moves the batch into the timeline (merging, sorting); the batch is left
 *  empty and must still be released. */
syev_status syevp_timeline_commit(syev_timeline *tl, syevp_tl_batch *b, syev_error *err);

/** Rounds a number the way the JSON writer prints it with `decimals`, so a
 *  value read back from JSON equals the value that was written. */
double syevp_canon_number(double v, int decimals);
#define SYEVP_CONFIDENCE_DECIMALS 3
#define SYEVP_COORD_DECIMALS 5

/** Day number of "YYYY-MM-DD", SYEVP_NO_DAY when empty or malformed. */
int32_t syevp_parse_day(const char *iso);

/** Timeline internals that the renderers read. */
const syev_allocator *syevp_timeline_allocator(const syev_timeline *tl);
size_t syevp_timeline_doc_count(const syev_timeline *tl);
const syevp_tl_doc *syevp_timeline_doc(const syev_timeline *tl, size_t i);
size_t syevp_timeline_timex_count(const syev_timeline *tl);
const syevp_tl_timex *syevp_timeline_timex(const syev_timeline *tl, size_t i);
/** NULL when every invariant holds (sorted, unique ids, begin <= end, every
 *  mention inside its document), else a description of the first broken. */
const char *syevp_timeline_check(const syev_timeline *tl);

/** A view of one record as a single-mention entry (its id included):
 *  `slot` receives the record's mention pointer, view->mentions points to it. */
void syevp_entry_of_record(const syevp_tl_mention *m, syev_entry *view,
                           const syev_entry_mention **slot);
/** The entry id hash: FNV-1a 64 of type, date, place and sorted actor codes;
 *  `salt` (may be NULL) adds a mention's identity. */
uint64_t syevp_entry_hash(const syev_entry *e, const syevp_tl_mention *salt);
/** syevp_entry_hash of the record the batch of `m`'s document (its id
 *  `doc_id`, "" when none) holds for it, salted by it: the id of its entry
 *  in syev_doc_to_json, without the record. */
uint64_t syevp_mention_hash(const syev_mention *m, const char *doc_id);
/** An entry id: h as 16 lowercase hex digits (no NUL). */
void syevp_hash_hex(uint64_t h, char out[16]);

/* Rendering pieces (json.c). */
void syevp_json_entry(syevp_buf *b, const syev_entry *e);
void syevp_json_timex(syevp_buf *b, const syevp_tl_timex *t);
/** {"value","source"} or null. */
void syevp_json_dct(syevp_buf *b, const syevp_tl_doc *d);

#endif /* SYEV_JSON_PRIVATE_H */
