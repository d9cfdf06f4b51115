/* timeline.c — the merged, ordered timeline: storing documents' mentions,
 * merging mentions of one real event, ordering entries, stable ids.
 * The policy is documented in include/syriaevents_timeline.h. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json_private.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* ------------------------------------------------------------------ */
/* Arena                                                               */
/* ------------------------------------------------------------------ */

struct syevp_arena_block {
    syevp_arena_block *next;
    size_t used, size;
    max_align_t data[]; /* flexible member keeps the payload aligned */
};

#define ARENA_BLOCK_BYTES 16384u

void syevp_arena_init(syevp_arena *ar, const syev_allocator *a)
{
    ar->alloc = a;
    ar->head = NULL;
}

static size_t S_align_up(size_t n)
{
    const size_t al = sizeof(max_align_t);
    return n > SIZE_MAX - al ? SIZE_MAX : (n + al - 1) / al * al;
}

/* Links a new block of `size` payload bytes into the arena; NULL on failure. */
static syevp_arena_block *S_arena_new_block(syevp_arena *ar, size_t size)
{
    if (size > SIZE_MAX - sizeof(syevp_arena_block))
        return NULL;
    syevp_arena_block *blk = syevp_malloc(ar->alloc, sizeof *blk + size);
    if (!blk)
        return NULL;
    blk->used = 0;
    blk->size = size;
    /* A large block goes behind the current one so the current one's
     * free space is not wasted. */
    if (ar->head && size > ARENA_BLOCK_BYTES) {
        blk->next = ar->head->next;
        ar->head->next = blk;
    } else {
        blk->next = ar->head;
        ar->head = blk;
    }
    return blk;
}

/* Aligned memory, not zeroed; NULL on allocation failure. */
static void *S_arena_alloc_raw(syevp_arena *ar, size_t n)
{
    n = S_align_up(n ? n : 1);
    syevp_arena_block *blk = ar->head;
    if (!blk || blk->size - blk->used < n) {
        blk = S_arena_new_block(ar, n > ARENA_BLOCK_BYTES ? n : ARENA_BLOCK_BYTES);
        if (!blk)
            return NULL;
    }
    char *p = (char *)blk->data + blk->used;
    blk->used += n;
    return p;
}

void *syevp_arena_alloc(syevp_arena *ar, size_t n)
{
    void *p = S_arena_alloc_raw(ar, n);
    if (p)
        memset(p, 0, n ? n : 1);
    return p;
}

/* The free bytes at the end of the arena's current block, at least n of
 * them (a new block when it has fewer; n <= ARENA_BLOCK_BYTES): they stay
 * free until S_arena_claim(), so nothing else may allocate meanwhile. */
static char *S_arena_room(syevp_arena *ar, size_t n, size_t *room)
{
    syevp_arena_block *blk = ar->head;
    if (!blk || blk->size - blk->used < n) {
        blk = S_arena_new_block(ar, ARENA_BLOCK_BYTES);
        if (!blk)
            return NULL;
    }
    *room = blk->size - blk->used;
    return (char *)blk->data + blk->used;
}

/* Marks the first n bytes of S_arena_room()'s room as used. */
static void S_arena_claim(syevp_arena *ar, size_t n)
{
    if (n)
        ar->head->used += S_align_up(n);
}

char *syevp_arena_strndup(syevp_arena *ar, const char *s, size_t n)
{
    char *d = syevp_arena_alloc(ar, n + 1);
    if (d && n)
        memcpy(d, s, n);
    return d;
}

void syevp_arena_move(syevp_arena *dst, syevp_arena *src)
{
    if (!src->head)
        return;
    syevp_arena_block *tail = src->head;
    while (tail->next)
        tail = tail->next;
    /* src's blocks go behind dst's head so dst keeps filling its own. */
    if (dst->head) {
        tail->next = dst->head->next;
        dst->head->next = src->head;
    } else {
        dst->head = src->head;
    }
    src->head = NULL;
}

void syevp_arena_release(syevp_arena *ar)
{
    while (ar->head) {
        syevp_arena_block *next = ar->head->next;
        syevp_free(ar->alloc, ar->head);
        ar->head = next;
    }
}

/* ------------------------------------------------------------------ */
/* Numbers and days shared with the JSON reader                        */
/* ------------------------------------------------------------------ */

double syevp_canon_number(double v, int decimals)
{
    char tmp[64];
    if (v != v || v > 1e300 || v < -1e300)
        return 0.0;
    long long k;
    /* k / 10^d divides two exact doubles, rounded once: the double strtod
     * reads from printf's digits */
    if (syevp_fixed_point(v, decimals, &k))
        return (double)k / syevp_decimal_scale(decimals);
    int n = snprintf(tmp, sizeof tmp, "%.*f", decimals, v);
    if (n <= 0 || (size_t)n >= sizeof tmp)
        return 0.0;
    return strtod(tmp, NULL);
}

/* The number written by the n digits at s, or -1 when one is not a digit. */
static int S_digits_value(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

int32_t syevp_parse_day(const char *iso)
{
    /* Exactly YYYY-MM-DD (this runs for every mention: no sscanf). */
    if (!iso || strlen(iso) != 10 || iso[4] != '-' || iso[7] != '-')
        return SYEVP_NO_DAY;
    const int y = S_digits_value(iso, 4), m = S_digits_value(iso + 5, 2),
              d = S_digits_value(iso + 8, 2);
    if (y < 0)
        return SYEVP_NO_DAY;
    if (m < 1 || m > 12 || d < 1 || d > syevp_days_in_month(y, m))
        return SYEVP_NO_DAY;
    return syevp_days_from_civil(y, m, d);
}

/* ------------------------------------------------------------------ */
/* Batches: one document's records                                     */
/* ------------------------------------------------------------------ */

void syevp_batch_init(syevp_tl_batch *b, const syev_allocator *a)
{
    memset(b, 0, sizeof *b);
    syevp_arena_init(&b->arena, a);
}

void syevp_batch_release(syevp_tl_batch *b)
{
    const syev_allocator *a = b->arena.alloc;
    syevp_arena_release(&b->arena);
    syevp_free(a, b->mentions);
    syevp_free(a, b->timexes);
    b->mentions = NULL;
    b->timexes = NULL;
    b->mention_count = b->mention_cap = b->timex_count = b->timex_cap = 0;
    b->doc = NULL;
}

syevp_tl_mention *syevp_batch_add_mention(syevp_tl_batch *b)
{
    if (!syevp_grow(b->arena.alloc, (void **)&b->mentions, &b->mention_cap, b->mention_count + 1,
                    sizeof *b->mentions))
        return NULL;
    syevp_tl_mention *m = syevp_arena_alloc(&b->arena, sizeof *m);
    if (!m)
        return NULL;
    m->doc = b->doc;
    m->first_day = m->last_day = SYEVP_NO_DAY;
    b->mentions[b->mention_count++] = m;
    return m;
}

syevp_tl_timex *syevp_batch_add_timex(syevp_tl_batch *b)
{
    if (!syevp_grow(b->arena.alloc, (void **)&b->timexes, &b->timex_cap, b->timex_count + 1,
                    sizeof *b->timexes))
        return NULL;
    syevp_tl_timex *t = &b->timexes[b->timex_count++];
    memset(t, 0, sizeof *t);
    t->doc = b->doc;
    return t;
}

/* Building one document's batch.  Its strings are packed (no alignment,
 * no zeroing) into the room left in the arena's current block, and a
 * string met again is copied once: the same lexicon entry (cameo, actor
 * code, place), or the same span of text (the mentions of one sentence
 * share it).  Records are read-only, so sharing a copy is invisible.  The
 * records and actor arrays are allocated before any string, since nothing
 * else may take from the arena while the room is open. */

enum { S_RECENT = 32 }; /* remembered strings and spans; a power of two */

typedef struct S_builder {
    syevp_tl_batch *batch;
    const char *text;
    size_t len;
    char *room;        /* free bytes of the arena's current block */
    size_t room_left;  /* of room, after room_used */
    size_t room_used;  /* not yet claimed from the block */
    bool oom;
    struct {
        const char *from, *copy;
    } strings[S_RECENT];
    struct {
        syev_span span;
        const char *copy;
    } spans[S_RECENT];
    const syev_date *last_date;      /* the date whose days follow */
    int32_t last_first, last_last;
    const syev_place *last_place;    /* the place whose rounded coords follow */
    double last_lat, last_lon;
    double last_confidence, last_rounded; /* both 0.0 at first */
} S_builder;

/* Claims what the room's strings used; the room is closed. */
static void S_builder_close_room(S_builder *bd)
{
    S_arena_claim(&bd->batch->arena, bd->room_used);
    bd->room = NULL;
    bd->room_left = bd->room_used = 0;
}

/* n bytes for a string when the room has fewer. */
static char *S_builder_take_slow(S_builder *bd, size_t n)
{
    syevp_arena *ar = &bd->batch->arena;
    S_builder_close_room(bd);
    char *d;
    if (n > ARENA_BLOCK_BYTES / 4) {
        d = syevp_arena_alloc(ar, n); /* a long string has its own allocation */
    } else {
        bd->room = S_arena_room(ar, n, &bd->room_left);
        d = bd->room;
        if (d) {
            bd->room_used = n;
            bd->room_left -= n;
        }
    }
    if (!d)
        bd->oom = true;
    return d;
}

/* A NUL-terminated copy of s[0..n) in the room; NULL on failure. */
static const char *S_builder_put(S_builder *bd, const char *s, size_t n)
{
    char *d;
    if (n < bd->room_left) {
        d = bd->room + bd->room_used;
        bd->room_used += n + 1;
        bd->room_left -= n + 1;
    } else {
        d = S_builder_take_slow(bd, n + 1);
        if (!d)
            return NULL;
    }
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

/* A copy of text[span]; NULL for an empty or invalid span. */
static const char *S_slice(S_builder *bd, syev_span s)
{
    if (s.end <= s.begin || s.end > bd->len)
        return NULL;
    size_t k = (size_t)(((uint64_t)s.begin * 0x9e3779b97f4a7c15ull + s.end) >> 32) & (S_RECENT - 1);
    if (bd->spans[k].span.begin == s.begin && bd->spans[k].span.end == s.end)
        return bd->spans[k].copy;
    const char *d = S_builder_put(bd, bd->text + s.begin, s.end - s.begin);
    bd->spans[k].span = s;
    bd->spans[k].copy = d;
    return d;
}

/* A copy of the string s (which the extractor owns); NULL for NULL. */
static const char *S_copy(S_builder *bd, const char *s)
{
    if (!s)
        return NULL;
    size_t k = (size_t)(((uint64_t)(uintptr_t)s * 0x9e3779b97f4a7c15ull) >> 32) & (S_RECENT - 1);
    if (bd->strings[k].from == s)
        return bd->strings[k].copy;
    const char *d = S_builder_put(bd, s, strlen(s));
    bd->strings[k].from = s;
    bd->strings[k].copy = d;
    return d;
}

static bool S_same_days(const syev_date *a, const syev_date *b)
{
    return memcmp(a->begin, b->begin, sizeof a->begin) == 0 &&
           memcmp(a->end, b->end, sizeof a->end) == 0;
}

/* Mentions of one story mostly share their date: its days are parsed once. */
static void S_record_date(S_builder *bd, syevp_tl_mention *r, const syev_date *date)
{
    r->date = *date;
    if (!bd->last_date || !S_same_days(bd->last_date, date)) {
        int32_t first = syevp_parse_day(date->begin);
        int32_t last = memcmp(date->begin, date->end, sizeof date->begin) == 0
                           ? first
                           : syevp_parse_day(date->end);
        if (first == SYEVP_NO_DAY || last == SYEVP_NO_DAY)
            first = last = SYEVP_NO_DAY;
        bd->last_date = date;
        bd->last_first = first;
        bd->last_last = last;
    }
    r->first_day = bd->last_first;
    r->last_day = bd->last_last;
}

static void S_record_actors(S_builder *bd, syevp_tl_mention *r, const syev_mention *m)
{
    for (size_t i = 0; i < m->actor_count; i++) {
        if (!m->actors[i].code)
            continue;
        syev_entry_actor *a = &r->actors[r->actor_count++];
        a->code = S_copy(bd, m->actors[i].code);
        a->text = S_slice(bd, m->actors[i].span);
    }
}

static void S_record_place(S_builder *bd, syevp_tl_mention *r, const syev_mention *m)
{
    const syev_place *p = m->location;
    if (!p || !p->name)
        return;
    r->has_place = true;
    r->place.name = S_copy(bd, p->name);
    r->place.country = S_copy(bd, p->country);
    r->place.text = S_slice(bd, m->location_span);
    if (p->has_coords) {
        if (p != bd->last_place) {
            bd->last_place = p;
            bd->last_lat = syevp_canon_number(p->lat, SYEVP_COORD_DECIMALS);
            bd->last_lon = syevp_canon_number(p->lon, SYEVP_COORD_DECIMALS);
        }
        r->place.has_coords = 1;
        r->place.lat = bd->last_lat;
        r->place.lon = bd->last_lon;
    }
}

static void S_record_from_mention(S_builder *bd, syevp_tl_mention *r, const syev_mention *m)
{
    r->pub.doc = bd->batch->doc->id;
    r->pub.sentence = m->sentence;
    r->pub.trigger = m->trigger;
    r->pub.trigger_text = S_slice(bd, m->trigger);
    r->pub.text = S_slice(bd, m->sentence);
    r->type = m->type;
    r->cameo = S_copy(bd, m->cameo);
    S_record_date(bd, r, &m->date);
    r->date_text = S_slice(bd, m->date_span);
    r->anchor = m->anchor;
    r->factuality = m->factuality;
    r->source = S_slice(bd, m->source);
    if (memcmp(&m->confidence, &bd->last_confidence, sizeof m->confidence) != 0) {
        bd->last_confidence = m->confidence;
        bd->last_rounded = syevp_canon_number(m->confidence, SYEVP_CONFIDENCE_DECIMALS);
    }
    r->confidence = bd->last_rounded;
    S_record_actors(bd, r, m);
    S_record_place(bd, r, m);
}

static bool S_batch_doc(syevp_tl_batch *b, const syev_doc *doc)
{
    b->doc = syevp_arena_alloc(&b->arena, sizeof *b->doc);
    if (!b->doc)
        return false;
    syev_dct_source src;
    const syev_date *dct = syev_doc_dct(doc, &src);
    if (dct) {
        b->doc->dct = *dct;
        b->doc->dct_source = src;
    }
    syev_doc_text(doc, &b->doc->length);
    b->doc->mention_count = syev_doc_mention_count(doc);
    return true;
}

/* The document's records, zeroed, and their actor arrays, all in two
 * allocations: b->mentions lists them. */
static bool S_batch_records(syevp_tl_batch *b, const syev_doc *doc)
{
    const size_t n = syev_doc_mention_count(doc);
    if (!n)
        return true;
    size_t actors = 0;
    for (size_t i = 0; i < n; i++)
        actors += syev_doc_mention(doc, i)->actor_count;
    if (!syevp_grow(b->arena.alloc, (void **)&b->mentions, &b->mention_cap, n,
                    sizeof *b->mentions) ||
        n > SIZE_MAX / sizeof(syevp_tl_mention) || actors > SIZE_MAX / sizeof(syev_entry_actor))
        return false;
    /* Not zeroed here: one memset of many records would cost more (per
     * byte under callgrind) than zeroing each record as it is set up. */
    syevp_tl_mention *records = S_arena_alloc_raw(&b->arena, n * sizeof *records);
    syev_entry_actor *actor = actors ? syevp_arena_alloc(&b->arena, actors * sizeof *actor) : NULL;
    if (!records || (actors && !actor))
        return false;
    for (size_t i = 0; i < n; i++) {
        syevp_tl_mention *r = &records[i];
        const size_t count = syev_doc_mention(doc, i)->actor_count;
        *r = (syevp_tl_mention){.doc = b->doc, .actors = count ? actor : NULL};
        if (count) /* actor is NULL when no mention has one */
            actor += count;
        b->mentions[b->mention_count++] = r;
    }
    return true;
}

static bool S_batch_timexes(syevp_tl_batch *b, const syev_doc *doc)
{
    const size_t n = syev_doc_timex_count(doc);
    if (!n)
        return true;
    if (!syevp_grow(b->arena.alloc, (void **)&b->timexes, &b->timex_cap, n, sizeof *b->timexes))
        return false;
    memset(b->timexes, 0, n * sizeof *b->timexes);
    b->timex_count = n;
    return true;
}

/* Fills the batch's allocated doc, records and timexes: strings last. */
static bool S_batch_strings(syevp_tl_batch *b, const syev_doc *doc)
{
    S_builder bd;
    memset(&bd, 0, sizeof bd);
    bd.batch = b;
    bd.text = syev_doc_text(doc, &bd.len);
    b->doc->id = S_copy(&bd, syev_doc_id(doc) ? syev_doc_id(doc) : "");
    for (size_t i = 0; i < b->timex_count; i++) {
        const syev_timex *x = syev_doc_timex(doc, i);
        syevp_tl_timex *t = &b->timexes[i];
        t->doc = b->doc;
        t->span = x->span;
        t->date = x->date;
        t->text = S_slice(&bd, x->span);
    }
    for (size_t i = 0; i < b->mention_count; i++)
        S_record_from_mention(&bd, b->mentions[i], syev_doc_mention(doc, i));
    S_builder_close_room(&bd);
    return !bd.oom;
}

syev_status syevp_batch_from_doc(syevp_tl_batch *b, const syev_doc *doc, syev_error *err)
{
    bool ok = S_batch_doc(b, doc) && S_batch_records(b, doc) && S_batch_timexes(b, doc) &&
              S_batch_strings(b, doc);
    return ok ? SYEV_OK
              : syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory copying document");
}

/* ------------------------------------------------------------------ */
/* Entries                                                             */
/* ------------------------------------------------------------------ */

/* Most entries keep one mention and a few actors: those live in the entry
 * itself (arena memory), and move to the heap when the entry outgrows them. */
enum { S_OWN_MEMBERS = 1, S_OWN_ACTORS = 4 };

typedef struct S_entry {
    syev_entry pub;
    const syev_entry_mention **members; /* pub.mentions: own_members or heap */
    size_t member_cap;                  /* of the heap array; 0 before it */
    syev_entry_actor *actors;           /* pub.actors: union of the members' */
    size_t actor_cap;
    const syev_entry_mention *own_members[S_OWN_MEMBERS];
    syev_entry_actor own_actors[S_OWN_ACTORS];
    const syevp_tl_mention *rep;        /* the member whose date is the entry's */
    int32_t first_day, last_day;
    const syevp_tl_doc *last_doc;
    double miss_before; /* prod(1 - c_d) over the documents before last_doc */
    double doc_max;     /* highest confidence of last_doc's members */
    uint64_t hash;
    struct S_entry *next_in_slot; /* chain of its S_index slot */
    int32_t key_day;    /* first_day when indexed */
    unsigned char indexed; /* S_NOT_INDEXED, S_NARROW or S_WIDE */
} S_entry;

enum { S_NOT_INDEXED = 0, S_NARROW, S_WIDE };

/* Dated entries by (type, first day), so that a mention meets only the
 * entries it could join: chained hash table, load factor at most 1. */
typedef struct S_index {
    S_entry **slots;
    size_t cap, count;
} S_index;

struct syev_timeline {
    syev_allocator alloc;
    unsigned flags;
    syevp_arena arena;
    syevp_tl_doc **docs;
    size_t doc_count, doc_cap;
    syevp_tl_timex *timexes;
    size_t timex_count, timex_cap;
    size_t mention_count; /* next record seq */
    S_entry **entries;    /* in timeline order once finalized */
    size_t entry_count, entry_cap;
    S_index narrow;       /* entries at most S_merge_width() days wide */
    S_index wide;         /* wider entries: they only take the same date */
    bool dirty;           /* ids and order to recompute */
};

static size_t S_first_seq(const S_entry *e)
{
    return syevp_tl_record(e->members[0])->seq;
}

static bool S_dated(const S_entry *e)
{
    return e->first_day != SYEVP_NO_DAY;
}

static int S_anchor_rank(syev_anchor a)
{
    switch (a) {
    case SYEV_ANCHOR_EXPLICIT: return 4;
    case SYEV_ANCHOR_RELATIVE: return 3;
    case SYEV_ANCHOR_INHERITED: return 2;
    case SYEV_ANCHOR_DCT: return 1;
    default: return 0;
    }
}

/* Strength of the evidence that the event took place. */
static int S_fact_rank(syev_factuality f)
{
    switch (f) {
    case SYEV_FACT_ASSERTED: return 5;
    case SYEV_FACT_ALLEGED: return 4;
    case SYEV_FACT_PLANNED: return 3;
    case SYEV_FACT_POSSIBLE: return 2;
    default: return 1; /* negated */
    }
}

/* Dates of what happened beat dates of what was planned or hoped for
 * (plans slip), which beat dates of what was denied. */
static int S_date_trust(syev_factuality f)
{
    switch (f) {
    case SYEV_FACT_ASSERTED:
    case SYEV_FACT_ALLEGED: return 2;
    case SYEV_FACT_PLANNED:
    case SYEV_FACT_POSSIBLE: return 1;
    default: return 0;
    }
}

/* Should m's date replace rep's as the entry's date?  The most trusted,
 * then the most precise, then the best anchored; else the first stays. */
static bool S_date_better(const syevp_tl_mention *m, const syevp_tl_mention *rep)
{
    if (m->first_day == SYEVP_NO_DAY)
        return false;
    if (rep->first_day == SYEVP_NO_DAY)
        return true;
    if (S_date_trust(m->factuality) != S_date_trust(rep->factuality))
        return S_date_trust(m->factuality) > S_date_trust(rep->factuality);
    int64_t wm = (int64_t)m->last_day - m->first_day;
    int64_t wr = (int64_t)rep->last_day - rep->first_day;
    if (wm != wr)
        return wm < wr;
    return S_anchor_rank(m->anchor) > S_anchor_rank(rep->anchor);
}

static void S_entry_set_date(S_entry *e, const syevp_tl_mention *m)
{
    e->rep = m;
    e->pub.date = m->date;
    e->pub.date_text = m->date_text;
    e->pub.anchor = m->anchor;
    e->first_day = m->first_day;
    e->last_day = m->last_day;
}

static bool S_has_actor(const S_entry *e, const char *code)
{
    for (size_t i = 0; i < e->pub.actor_count; i++)
        if (strcmp(e->pub.actors[i].code, code) == 0)
            return true;
    return false;
}

static void S_entry_confidence(S_entry *e, const syevp_tl_mention *m)
{
    if (m->doc != e->last_doc) {
        if (e->last_doc)
            e->miss_before *= 1.0 - e->doc_max;
        e->last_doc = m->doc;
        e->doc_max = m->confidence;
        e->pub.document_count++;
    } else if (m->confidence > e->doc_max) {
        e->doc_max = m->confidence;
    }
    e->pub.confidence = 1.0 - e->miss_before * (1.0 - e->doc_max);
}

/* Room for `need` items in *data, which starts as the entry's own array
 * `own` (of own_n items) and moves to the heap (*cap items) beyond it. */
static bool S_entry_reserve(const syev_allocator *a, void **data, size_t *cap, size_t need,
                            size_t elem, void *own, size_t own_n)
{
    if (!*cap && need <= own_n) {
        *data = own;
        return true;
    }
    if (*cap)
        return syevp_grow(a, data, cap, need, elem);
    void *heap = NULL;
    if (!syevp_grow(a, &heap, cap, need, elem))
        return false;
    if (*data) /* own, with at most own_n items */
        memcpy(heap, own, own_n * elem);
    *data = heap;
    return true;
}

/* Frees what the entry holds on the heap (the arena keeps e itself). */
static void S_entry_release(const syev_allocator *a, S_entry *e)
{
    if (e->member_cap)
        syevp_free(a, e->members);
    if (e->actor_cap)
        syevp_free(a, e->actors);
}

/* Adds m to e; reserves first, so on failure e is unchanged. */
static bool S_entry_add(const syev_allocator *a, S_entry *e, const syevp_tl_mention *m)
{
    if (!S_entry_reserve(a, (void **)&e->members, &e->member_cap, e->pub.mention_count + 1,
                         sizeof *e->members, e->own_members, S_OWN_MEMBERS) ||
        !S_entry_reserve(a, (void **)&e->actors, &e->actor_cap,
                         e->pub.actor_count + m->actor_count, sizeof *e->actors, e->own_actors,
                         S_OWN_ACTORS))
        return false;
    e->pub.mentions = e->members;
    e->pub.actors = e->actors;
    e->members[e->pub.mention_count++] = &m->pub;
    if (!e->rep || S_date_better(m, e->rep))
        S_entry_set_date(e, m);
    if (e->pub.mention_count == 1 || S_fact_rank(m->factuality) > S_fact_rank(e->pub.factuality))
        e->pub.factuality = m->factuality;
    if (!e->pub.location && m->has_place)
        e->pub.location = &m->place;
    if (!e->pub.source)
        e->pub.source = m->source;
    if (!e->pub.cameo)
        e->pub.cameo = m->cameo;
    for (size_t i = 0; i < m->actor_count; i++)
        if (!S_has_actor(e, m->actors[i].code))
            e->actors[e->pub.actor_count++] = m->actors[i];
    S_entry_confidence(e, m);
    return true;
}

/* ------------------------------------------------------------------ */
/* Merging                                                             */
/* ------------------------------------------------------------------ */

/* Widest interval (in days) a date may span and still be merged with a
 * different date: battles last for days, and a coarse date must not pull
 * two of its days into one entry. */
static int32_t S_merge_width(syev_event_type t)
{
    return t == SYEV_EVENT_BATTLE ? 10 : 31;
}

static bool S_same_date(const syevp_tl_mention *m, const S_entry *e)
{
    return m->date.mod == e->pub.date.mod && strcmp(m->date.value, e->pub.date.value) == 0 &&
           m->first_day == e->first_day && m->last_day == e->last_day;
}

static bool S_dates_compatible(const syevp_tl_mention *m, const S_entry *e)
{
    if (m->first_day == SYEVP_NO_DAY || !S_dated(e))
        return false;
    if (m->first_day > e->last_day || e->first_day > m->last_day)
        return false;
    if (S_same_date(m, e))
        return true;
    int64_t wm = (int64_t)m->last_day - m->first_day + 1;
    int64_t we = (int64_t)e->last_day - e->first_day + 1;
    return (wm > we ? wm : we) <= S_merge_width(m->type);
}

static size_t S_shared_actors(const syevp_tl_mention *m, const S_entry *e)
{
    size_t n = 0;
    for (size_t i = 0; i < m->actor_count; i++)
        n += S_has_actor(e, m->actors[i].code);
    return n;
}

static bool S_actor_subset(const syev_entry_actor *a, size_t na, const syev_entry_actor *b,
                           size_t nb)
{
    for (size_t i = 0; i < na; i++) {
        bool found = false;
        for (size_t j = 0; j < nb && !found; j++)
            found = strcmp(a[i].code, b[j].code) == 0;
        if (!found)
            return false;
    }
    return true;
}

static bool S_same_place(const syevp_tl_mention *m, const S_entry *e)
{
    if (!m->has_place || !e->pub.location)
        return !m->has_place && !e->pub.location;
    return strcmp(m->place.name, e->pub.location->name) == 0;
}

/* Within one article only the same report merges (a headline repeated in
 * the body): same factuality, date, place and actors.  The extraction
 * already carried places and parties across the story's sentences, so an
 * article that tells two sentences differently (a meeting held and one
 * hoped for, a night then a day, other parties) speaks of two events.
 * Across articles, a plan later reported as done is the same event. */
static bool S_same_story_compatible(const syevp_tl_mention *m, const S_entry *e)
{
    if (e->last_doc != m->doc)
        return true;
    const syevp_tl_mention *last = syevp_tl_record(e->members[e->pub.mention_count - 1]);
    return last->factuality == m->factuality && S_same_date(m, e) && S_same_place(m, e) &&
           S_actor_subset(m->actors, m->actor_count, e->pub.actors, e->pub.actor_count) &&
           S_actor_subset(e->pub.actors, e->pub.actor_count, m->actors, m->actor_count);
}

/* -1 when m cannot join e, else how well they agree (higher is better). */
static int S_merge_score(const syevp_tl_mention *m, const S_entry *e)
{
    if (m->type != e->pub.type || !S_dates_compatible(m, e) || !S_same_story_compatible(m, e))
        return -1;
    bool both_places = m->has_place && e->pub.location;
    if (both_places && strcmp(m->place.name, e->pub.location->name) != 0)
        return -1;
    size_t shared = S_shared_actors(m, e);
    if (m->actor_count && e->pub.actor_count && !shared)
        return -1;
    int score = (S_same_date(m, e) ? 4 : 0) + (both_places ? 2 : 0);
    return score + (int)(shared > 8 ? 8 : shared);
}

/* Entries are indexed by runs of 32 days (day >> S_RUN_SHIFT), so that a
 * mention looks at two or three runs rather than at each of the up to 61
 * days a narrow entry it could join may start on. */
enum { S_RUN_SHIFT = 5 };

/* The run of `day`, in day order (the bias makes negative days sort first). */
static uint32_t S_run(int32_t day)
{
    return ((uint32_t)day ^ 0x80000000u) >> S_RUN_SHIFT;
}

static size_t S_slot(size_t cap, syev_event_type t, uint32_t run)
{
    uint64_t k = ((uint64_t)run << 2 | (uint64_t)t) * 0x9e3779b97f4a7c15ull;
    return (size_t)(k >> 32) & (cap - 1);
}

/* Room for `more` entries; never moves entries, only their slots. */
static bool S_index_reserve(const syev_allocator *a, S_index *ix, size_t more)
{
    if (more <= ix->cap - ix->count)
        return true;
    size_t ncap = ix->cap ? ix->cap : 64;
    while (ncap - ix->count < more) {
        if (ncap > SIZE_MAX / 4)
            return false;
        ncap *= 2;
    }
    S_entry **slots = syevp_calloc(a, ncap, sizeof *slots);
    if (!slots)
        return false;
    for (size_t i = 0; i < ix->cap; i++) {
        S_entry *next;
        for (S_entry *e = ix->slots[i]; e; e = next) {
            next = e->next_in_slot;
            size_t k = S_slot(ncap, e->pub.type, S_run(e->key_day));
            e->next_in_slot = slots[k];
            slots[k] = e;
        }
    }
    syevp_free(a, ix->slots);
    ix->slots = slots;
    ix->cap = ncap;
    return true;
}

static void S_index_put(S_index *ix, S_entry *e)
{
    size_t k = S_slot(ix->cap, e->pub.type, S_run(e->first_day));
    e->key_day = e->first_day;
    e->next_in_slot = ix->slots[k];
    ix->slots[k] = e;
    ix->count++;
}

static void S_index_remove(S_index *ix, S_entry *e)
{
    S_entry **p = &ix->slots[S_slot(ix->cap, e->pub.type, S_run(e->key_day))];
    while (*p != e)
        p = &(*p)->next_in_slot;
    *p = e->next_in_slot;
    ix->count--;
}

/* Only a date stated for the event itself (explicit, or relative to the
 * DCT) identifies an occurrence: a date inherited from the story or taken
 * from the DCT says when the article spoke, so it must not fuse mentions. */
static bool S_identifying_date(const syevp_tl_mention *m)
{
    return m->first_day != SYEVP_NO_DAY &&
           (m->anchor == SYEV_ANCHOR_EXPLICIT || m->anchor == SYEV_ANCHOR_RELATIVE);
}

static int S_index_kind(const syev_timeline *tl, const S_entry *e)
{
    if ((tl->flags & SYEV_TIMELINE_NO_MERGE) || !S_identifying_date(e->rep))
        return S_NOT_INDEXED;
    int64_t width = (int64_t)e->last_day - e->first_day + 1;
    return width > S_merge_width(e->pub.type) ? S_WIDE : S_NARROW;
}

/* Puts e where its (possibly new) date belongs; the caller reserved room. */
static void S_reindex(syev_timeline *tl, S_entry *e)
{
    int kind = S_index_kind(tl, e);
    if (kind == e->indexed && (kind == S_NOT_INDEXED || e->key_day == e->first_day))
        return;
    if (e->indexed != S_NOT_INDEXED)
        S_index_remove(e->indexed == S_WIDE ? &tl->wide : &tl->narrow, e);
    if (kind != S_NOT_INDEXED)
        S_index_put(kind == S_WIDE ? &tl->wide : &tl->narrow, e);
    e->indexed = (unsigned char)kind;
}

typedef struct S_best {
    S_entry *entry;
    int score;
} S_best;

/* Considers the entries of m's type that start within [lo, hi].  A slot
 * shared by two runs is walked twice: harmless, the choice does not depend
 * on the order nor on repeats (best score, then first mention). */
static void S_consider(const S_index *ix, const syevp_tl_mention *m, int32_t lo, int32_t hi,
                       S_best *best)
{
    if (!ix->cap)
        return;
    for (uint32_t run = S_run(lo); run <= S_run(hi); run++) {
        for (S_entry *e = ix->slots[S_slot(ix->cap, m->type, run)]; e; e = e->next_in_slot) {
            if (e->key_day < lo || e->key_day > hi || e->pub.type != m->type)
                continue;
            int s = S_merge_score(m, e);
            if (s > best->score ||
                (s == best->score && s >= 0 && S_first_seq(e) < S_first_seq(best->entry))) {
                best->entry = e;
                best->score = s;
            }
        }
    }
}

/* The entry m should join, or NULL.  A wide entry only takes m's exact
 * date, so it starts on m's first day; a narrow one (at most `lim` days)
 * that overlaps m starts within [first - lim + 1, last]. */
static S_entry *S_best_entry(const syev_timeline *tl, const syevp_tl_mention *m)
{
    S_best best = {NULL, -1};
    if ((tl->flags & SYEV_TIMELINE_NO_MERGE) || !S_identifying_date(m))
        return NULL;
    S_consider(&tl->wide, m, m->first_day, m->first_day, &best);
    int32_t lim = S_merge_width(m->type);
    if ((int64_t)m->last_day - m->first_day + 1 <= lim)
        S_consider(&tl->narrow, m, m->first_day - lim + 1, m->last_day, &best);
    return best.score >= 0 ? best.entry : NULL;
}

/* Room for the entries and index slots was reserved by the caller. */
static bool S_place_mention(syev_timeline *tl, const syevp_tl_mention *m)
{
    S_entry *e = S_best_entry(tl, m);
    if (e) {
        if (!S_entry_add(&tl->alloc, e, m))
            return false;
        S_reindex(tl, e);
        return true;
    }
    e = syevp_arena_alloc(&tl->arena, sizeof *e);
    if (!e)
        return false;
    e->pub.type = m->type;
    e->first_day = e->last_day = SYEVP_NO_DAY;
    e->miss_before = 1.0;
    if (!S_entry_add(&tl->alloc, e, m)) {
        S_entry_release(&tl->alloc, e);
        return false;
    }
    tl->entries[tl->entry_count++] = e;
    S_reindex(tl, e);
    return true;
}

/* ------------------------------------------------------------------ */
/* Identity and order                                                  */
/* ------------------------------------------------------------------ */

/* The steps of a mention's hash, inlined into it even when the compiler
 * would not on its own: it is taken for every mention written. */
#if defined(__GNUC__) || defined(__clang__)
#define S_HASH_INLINE inline __attribute__((always_inline))
#else
#define S_HASH_INLINE inline
#endif

#define FNV_OFFSET 0xcbf29ce484222325ull
#define FNV_PRIME 0x100000001b3ull

static uint64_t S_fnv(uint64_t h, const char *s)
{
    /* four bytes a step: one pointer increment and loop jump for them */
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); p[0]; p += 4) {
        h = (h ^ p[0]) * FNV_PRIME;
        if (!p[1])
            break;
        h = (h ^ p[1]) * FNV_PRIME;
        if (!p[2])
            break;
        h = (h ^ p[2]) * FNV_PRIME;
        if (!p[3])
            break;
        h = (h ^ p[3]) * FNV_PRIME;
    }
    return (h ^ 0xffu) * FNV_PRIME; /* field separator: 0xff never occurs in UTF-8 */
}

/* Actor codes are hashed from a timeline entry's actors and from a
 * document's mentions (syevp_mention_hash): code i of either array. */
typedef const char *(*S_code_at)(const void *actors, size_t i);

static const char *S_entry_actor_code(const void *actors, size_t i)
{
    return ((const syev_entry_actor *)actors)[i].code;
}

static const char *S_mention_actor_code(const void *actors, size_t i)
{
    return ((const syev_actor *)actors)[i].code;
}

/* The smallest actor code greater than `after` (NULL: the smallest). */
static const char *S_next_code(const void *actors, size_t count, S_code_at code_at,
                               const char *after)
{
    const char *best = NULL;
    for (size_t i = 0; i < count; i++) {
        const char *c = code_at(actors, i);
        if (c && (!after || strcmp(c, after) > 0) && (!best || strcmp(c, best) < 0))
            best = c;
    }
    return best;
}

/* Codes sorted on the stack; more go through S_next_code. */
enum { S_SORTED_CODES = 8 };

/* Hashes the distinct actor codes in strcmp order (NULL codes skipped).
 * The few codes of a mention are sorted by insertion (one comparison for
 * two codes). */
static inline uint64_t S_fnv_codes(uint64_t h, const void *actors, size_t count,
                                   S_code_at code_at)
{
    if (count > S_SORTED_CODES) {
        for (const char *c = S_next_code(actors, count, code_at, NULL); c;
             c = S_next_code(actors, count, code_at, c))
            h = S_fnv(h, c);
        return h;
    }
    const char *sorted[S_SORTED_CODES];
    size_t n = 0;
    for (size_t i = 0; i < count; i++) {
        const char *c = code_at(actors, i);
        if (!c)
            continue; /* as S_next_code: it never returns a NULL code */
        size_t j = n;
        int order = 1;
        while (j && (order = strcmp(sorted[j - 1], c)) > 0)
            j--;
        if (j && order == 0)
            continue; /* equal codes hash once */
        for (size_t k = n; k > j; k--)
            sorted[k] = sorted[k - 1];
        sorted[j] = c;
        n++;
    }
    for (size_t i = 0; i < n; i++)
        h = S_fnv(h, sorted[i]);
    return h;
}

/* "00", "01" ... "99": two digits at a time. */
#define S_DEC_ROW(t)                                                                               \
    t "0" t "1" t "2" t "3" t "4" t "5" t "6" t "7" t "8" t "9"
static const char S_two_digits[] = S_DEC_ROW("0") S_DEC_ROW("1") S_DEC_ROW("2") S_DEC_ROW("3")
    S_DEC_ROW("4") S_DEC_ROW("5") S_DEC_ROW("6") S_DEC_ROW("7") S_DEC_ROW("8") S_DEC_ROW("9");
#undef S_DEC_ROW

/* Hashes v's decimal digits, as "%zu" writes them (no separator).  Offsets
 * in a news text mostly have 2 to 4 digits: those are hashed from two
 * pairs, without the general loop. */
static S_HASH_INLINE uint64_t S_fnv_size(uint64_t h, size_t v)
{
    if (v < 10000) {
        const char *high = S_two_digits + 2 * (v / 100), *low = S_two_digits + 2 * (v % 100);
        if (v >= 1000)
            h = (h ^ (unsigned char)high[0]) * FNV_PRIME;
        if (v >= 100)
            h = (h ^ (unsigned char)high[1]) * FNV_PRIME;
        if (v >= 10)
            h = (h ^ (unsigned char)low[0]) * FNV_PRIME;
        return (h ^ (unsigned char)low[1]) * FNV_PRIME;
    }
    unsigned char digits[sizeof(size_t) * 3]; /* 3 digits a byte are enough */
    size_t n = sizeof digits;
    while (v >= 10) {
        const char *pair = S_two_digits + 2 * (v % 100);
        digits[--n] = (unsigned char)pair[1];
        digits[--n] = (unsigned char)pair[0];
        v /= 100;
    }
    /* The last pair, from 10..99, has no leading zero; a digit is left
     * when v had an odd number of them (or was 0). */
    if (v || n == sizeof digits)
        digits[--n] = (unsigned char)('0' + v);
    for (; n < sizeof digits; n++)
        h = (h ^ digits[n]) * FNV_PRIME;
    return h;
}

/* S_fnv of the text "B:T:E" that "%zu:%zu:%zu" writes (hashed for every
 * mention: the digits go to the hash, not through a string). */
static S_HASH_INLINE uint64_t S_fnv_spans(uint64_t h, size_t sentence, size_t trigger_begin,
                                          size_t trigger_end)
{
    h = (S_fnv_size(h, sentence) ^ (unsigned char)':') * FNV_PRIME;
    h = (S_fnv_size(h, trigger_begin) ^ (unsigned char)':') * FNV_PRIME;
    return (S_fnv_size(h, trigger_end) ^ 0xffu) * FNV_PRIME;
}

/* The salted hash from the unsalted one: the salt (one mention: its
 * document and offsets) is hashed last. */
static S_HASH_INLINE uint64_t S_salted_by(uint64_t h, const char *doc,
                                          const syev_span *sentence, const syev_span *trigger)
{
    return S_fnv_spans(S_fnv(h, doc), sentence->begin, trigger->begin, trigger->end);
}

static uint64_t S_salted(uint64_t h, const syevp_tl_mention *salt)
{
    return S_salted_by(h, salt->pub.doc, &salt->pub.sentence, &salt->pub.trigger);
}

/* What identifies an event: its type, date, place and actors. */
static inline uint64_t S_identity(syev_event_type type, const syev_date *date, const char *place,
                                  const void *actors, size_t actor_count, S_code_at code_at)
{
    uint64_t h = S_fnv(FNV_OFFSET, syev_event_type_name(type));
    h = S_fnv(h, date->value);
    h = S_fnv(h, syev_mod_name(date->mod));
    h = S_fnv(h, place);
    return S_fnv_codes(h, actors, actor_count, code_at);
}

uint64_t syevp_entry_hash(const syev_entry *e, const syevp_tl_mention *salt)
{
    uint64_t h = S_identity(e->type, &e->date, e->location ? e->location->name : NULL, e->actors,
                            e->actor_count, S_entry_actor_code);
    return salt ? S_salted(h, salt) : h;
}

uint64_t syevp_mention_hash(const syev_mention *m, const char *doc_id)
{
    /* the record of m (S_record_from_mention) has these fields: a place
     * only with a name, no actor without a code, doc_id as its document */
    uint64_t h = S_identity(m->type, &m->date, m->location ? m->location->name : NULL, m->actors,
                            m->actor_count, S_mention_actor_code);
    return S_salted_by(h, doc_id, &m->sentence, &m->trigger);
}

/* 16 lowercase hex digits, as "%016" PRIx64 writes them (no NUL).  With
 * SSE2 (every x86-64), the 16 nibbles, most significant first, are spread
 * one to a byte and turned into digits in one vector; else a byte at a
 * time from a table. */
void syevp_hash_hex(uint64_t h, char out[16])
{
#if defined(__SSE2__)
    /* the bytes of h, most significant first in memory */
#if defined(__GNUC__) || defined(__clang__)
    const uint64_t big_endian = __builtin_bswap64(h);
#else
    uint64_t big_endian = 0;
    for (int i = 0; i < 8; i++)
        big_endian |= ((h >> (8 * i)) & 255u) << (8 * (7 - i));
#endif
    const __m128i bytes = _mm_cvtsi64_si128((long long)big_endian);
    const __m128i low4 = _mm_set1_epi8(0x0f);
    const __m128i high = _mm_and_si128(_mm_srli_epi16(bytes, 4), low4);
    const __m128i nibbles = _mm_unpacklo_epi8(high, _mm_and_si128(bytes, low4));
    /* '0' + n, and 'a' - '0' - 10 more for n above 9 */
    const __m128i letters = _mm_and_si128(_mm_cmpgt_epi8(nibbles, _mm_set1_epi8(9)),
                                          _mm_set1_epi8('a' - '0' - 10));
    const __m128i digits = _mm_add_epi8(_mm_add_epi8(nibbles, _mm_set1_epi8('0')), letters);
    _mm_storeu_si128((__m128i *)(void *)out, digits);
#else
#define S_HEX_ROW(t)                                                                               \
    t "0" t "1" t "2" t "3" t "4" t "5" t "6" t "7" t "8" t "9" t "a" t "b" t "c" t "d" t "e" t "f"
    /* "00", "01" ... "ff": a byte at a time */
    static const char hex[] = S_HEX_ROW("0") S_HEX_ROW("1") S_HEX_ROW("2") S_HEX_ROW("3")
        S_HEX_ROW("4") S_HEX_ROW("5") S_HEX_ROW("6") S_HEX_ROW("7") S_HEX_ROW("8") S_HEX_ROW("9")
            S_HEX_ROW("a") S_HEX_ROW("b") S_HEX_ROW("c") S_HEX_ROW("d") S_HEX_ROW("e")
                S_HEX_ROW("f");
#undef S_HEX_ROW
    for (int i = 14; i >= 0; i -= 2, h >>= 8)
        memcpy(out + i, hex + 2 * (h & 255u), 2);
#endif
}

static void S_set_id(syev_entry *e, uint64_t h)
{
    syevp_hash_hex(h, e->id);
    e->id[16] = '\0';
}

void syevp_entry_of_record(const syevp_tl_mention *m, syev_entry *view,
                           const syev_entry_mention **slot)
{
    memset(view, 0, sizeof *view);
    *slot = &m->pub;
    view->type = m->type;
    view->cameo = m->cameo;
    view->date = m->date;
    view->date_text = m->date_text;
    view->anchor = m->anchor;
    view->factuality = m->factuality;
    view->actors = m->actors;
    view->actor_count = m->actor_count;
    view->location = m->has_place ? &m->place : NULL;
    view->source = m->source;
    view->confidence = m->confidence;
    view->document_count = 1;
    view->mentions = slot;
    view->mention_count = 1;
    S_set_id(view, syevp_entry_hash(view, m));
}

static int S_cmp_hash(const void *pa, const void *pb)
{
    const S_entry *a = *(S_entry *const *)pa, *b = *(S_entry *const *)pb;
    if (a->hash != b->hash)
        return a->hash < b->hash ? -1 : 1;
    size_t sa = S_first_seq(a), sb = S_first_seq(b);
    return sa < sb ? -1 : sa > sb;
}

/* Entries still equal after salting are the same report of the same
 * document added more than once: later copies (in insertion order) hash an
 * occurrence number, so ids stay unique and the first copy keeps its id. */
static void S_separate_equal_ids(syev_timeline *tl)
{
    if (tl->entry_count < 2)
        return;
    qsort(tl->entries, tl->entry_count, sizeof *tl->entries, S_cmp_hash);
    size_t run = 0;
    uint64_t prev = tl->entries[0]->hash;
    for (size_t i = 1; i < tl->entry_count; i++) {
        S_entry *e = tl->entries[i];
        uint64_t base = e->hash;
        run = base == prev ? run + 1 : 0;
        if (run) {
            char occurrence[32];
            snprintf(occurrence, sizeof occurrence, "#%zu", run);
            e->hash = S_fnv(base, occurrence);
        }
        prev = base;
    }
}

/* Base ids; an entry whose base id is taken by an older entry (or every
 * entry when merging is off) also hashes its first mention. */
static void S_assign_ids(syev_timeline *tl)
{
    bool salt_all = tl->flags & SYEV_TIMELINE_NO_MERGE;
    for (size_t i = 0; i < tl->entry_count; i++) {
        S_entry *e = tl->entries[i];
        e->hash = syevp_entry_hash(&e->pub, salt_all ? syevp_tl_record(e->members[0]) : NULL);
    }
    if (!salt_all && tl->entry_count > 1) {
        qsort(tl->entries, tl->entry_count, sizeof *tl->entries, S_cmp_hash);
        uint64_t prev = tl->entries[0]->hash;
        for (size_t i = 1; i < tl->entry_count; i++) {
            S_entry *e = tl->entries[i];
            uint64_t base = e->hash;
            if (base == prev)
                e->hash = S_salted(base, syevp_tl_record(e->members[0]));
            prev = base;
        }
    }
    S_separate_equal_ids(tl);
    for (size_t i = 0; i < tl->entry_count; i++)
        S_set_id(&tl->entries[i]->pub, tl->entries[i]->hash);
}

/* Timeline order: dated by begin, narrower first, then first mention;
 * undated last in document order. */
static int S_cmp_order(const S_entry *a, const S_entry *b)
{
    if (S_dated(a) != S_dated(b))
        return S_dated(a) ? -1 : 1;
    if (S_dated(a)) {
        if (a->first_day != b->first_day)
            return a->first_day < b->first_day ? -1 : 1;
        int64_t wa = (int64_t)a->last_day - a->first_day, wb = (int64_t)b->last_day - b->first_day;
        if (wa != wb)
            return wa < wb ? -1 : 1;
    }
    size_t sa = S_first_seq(a), sb = S_first_seq(b);
    return sa < sb ? -1 : sa > sb;
}

static int S_cmp_order_q(const void *pa, const void *pb)
{
    return S_cmp_order(*(S_entry *const *)pa, *(S_entry *const *)pb);
}

static void S_debug_check(const syev_timeline *tl);

/* Ids and order are computed on demand, in place (no allocation, cannot
 * fail), so adding documents one by one stays linear.  The timeline is
 * logically const here: only this cache changes. */
static void S_finalize(const syev_timeline *ctl)
{
    syev_timeline *tl = (syev_timeline *)(uintptr_t)ctl;
    if (!tl->dirty)
        return;
    S_assign_ids(tl);
    if (tl->entry_count > 1)
        qsort(tl->entries, tl->entry_count, sizeof *tl->entries, S_cmp_order_q);
    tl->dirty = false;
    S_debug_check(tl);
}

/* ------------------------------------------------------------------ */
/* Invariants                                                          */
/* ------------------------------------------------------------------ */

static bool S_inside(syev_span s, size_t length)
{
    return s.begin <= s.end && (length == SIZE_MAX || s.end <= length);
}

static const char *S_check_mention(const syev_entry_mention *pm)
{
    const syevp_tl_mention *m = syevp_tl_record(pm);
    if (!S_inside(m->pub.sentence, m->doc->length))
        return "a mention's sentence lies outside its document";
    if (m->pub.trigger.begin < m->pub.sentence.begin || m->pub.trigger.end > m->pub.sentence.end ||
        m->pub.trigger.begin > m->pub.trigger.end)
        return "a mention's trigger lies outside its sentence";
    if (m->first_day != SYEVP_NO_DAY && m->first_day > m->last_day)
        return "a mention's date begins after it ends";
    return NULL;
}

static const char *S_check_entry(const S_entry *e)
{
    if (S_dated(e) && (e->first_day > e->last_day || strcmp(e->pub.date.begin, e->pub.date.end) > 0))
        return "an entry's date begins after it ends";
    if (!e->pub.mention_count)
        return "an entry has no mention";
    for (size_t j = 0; j < e->pub.mention_count; j++) {
        const char *why = S_check_mention(e->pub.mentions[j]);
        if (why)
            return why;
        if (j && syevp_tl_record(e->pub.mentions[j - 1])->seq >=
                     syevp_tl_record(e->pub.mentions[j])->seq)
            return "an entry's mentions are not in document order";
    }
    return NULL;
}

static int S_cmp_u64(const void *pa, const void *pb)
{
    uint64_t a = *(const uint64_t *)pa, b = *(const uint64_t *)pb;
    return a < b ? -1 : a > b;
}

static const char *S_check_unique_ids(const syev_timeline *tl)
{
    uint64_t *ids = syevp_malloc(&tl->alloc, tl->entry_count * sizeof *ids);
    if (!ids)
        return NULL; /* cannot check without memory; not a broken invariant */
    for (size_t i = 0; i < tl->entry_count; i++)
        ids[i] = strtoull(tl->entries[i]->pub.id, NULL, 16);
    qsort(ids, tl->entry_count, sizeof *ids, S_cmp_u64);
    const char *why = NULL;
    for (size_t i = 1; i < tl->entry_count && !why; i++)
        if (ids[i] == ids[i - 1])
            why = "two entries share an id";
    syevp_free(&tl->alloc, ids);
    return why;
}

const char *syevp_timeline_check(const syev_timeline *tl)
{
    S_finalize(tl);
    for (size_t i = 0; i < tl->entry_count; i++) {
        const char *why = S_check_entry(tl->entries[i]);
        if (why)
            return why;
        if (i && S_cmp_order(tl->entries[i - 1], tl->entries[i]) >= 0)
            return "entries are not sorted";
    }
    for (size_t i = 0; i < tl->timex_count; i++)
        if (!S_inside(tl->timexes[i].span, tl->timexes[i].doc->length))
            return "a timex lies outside its document";
    return S_check_unique_ids(tl);
}

/* ------------------------------------------------------------------ */
/* Timeline                                                            */
/* ------------------------------------------------------------------ */

static void S_error_reset(syev_error *err)
{
    if (err) {
        memset(err, 0, sizeof *err);
        err->offset = SIZE_MAX;
    }
}

syev_status syev_timeline_new(unsigned flags, const syev_allocator *allocator, syev_timeline **out,
                              syev_error *err)
{
    S_error_reset(err);
    if (!out)
        return syevp_fail(err, SYEV_ERR_INVALID_ARG, SIZE_MAX, 0, "out must not be NULL");
    *out = NULL;
    if (flags & ~SYEV_TIMELINE_NO_MERGE)
        return syevp_fail(err, SYEV_ERR_INVALID_OPTS, SIZE_MAX, 0, "unknown timeline flags 0x%x",
                          flags);
    syev_allocator a;
    syevp_allocator_init(&a, allocator);
    syev_timeline *tl = syevp_calloc(&a, 1, sizeof *tl);
    if (!tl)
        return syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    tl->alloc = a;
    tl->flags = flags;
    syevp_arena_init(&tl->arena, &tl->alloc);
    *out = tl;
    return SYEV_OK;
}

void syev_timeline_free(syev_timeline *tl)
{
    if (!tl)
        return;
    syev_allocator a = tl->alloc;
    for (size_t i = 0; i < tl->entry_count; i++)
        S_entry_release(&a, tl->entries[i]);
    syevp_free(&a, tl->entries);
    syevp_free(&a, tl->narrow.slots);
    syevp_free(&a, tl->wide.slots);
    syevp_free(&a, tl->docs);
    syevp_free(&a, tl->timexes);
    syevp_arena_release(&tl->arena);
    syevp_free(&a, tl);
}

static bool S_reserve(syev_timeline *tl, const syevp_tl_batch *b)
{
    const syev_allocator *a = &tl->alloc;
    return syevp_grow(a, (void **)&tl->docs, &tl->doc_cap, tl->doc_count + 1, sizeof *tl->docs) &&
           syevp_grow(a, (void **)&tl->timexes, &tl->timex_cap, tl->timex_count + b->timex_count,
                      sizeof *tl->timexes) &&
           syevp_grow(a, (void **)&tl->entries, &tl->entry_cap,
                      tl->entry_count + b->mention_count, sizeof *tl->entries) &&
           S_index_reserve(a, &tl->narrow, b->mention_count) &&
           S_index_reserve(a, &tl->wide, b->mention_count);
}

static void S_debug_check(const syev_timeline *tl)
{
#ifndef NDEBUG
    const char *why = syevp_timeline_check(tl);
    if (why) {
        fprintf(stderr, "libsyriaevents: timeline invariant broken: %s\n", why);
        abort();
    }
#else
    (void)tl;
#endif
}

syev_status syevp_timeline_commit(syev_timeline *tl, syevp_tl_batch *b, syev_error *err)
{
    if (!S_reserve(tl, b))
        return syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory adding a document");
    syevp_arena_move(&tl->arena, &b->arena);
    tl->docs[tl->doc_count++] = b->doc;
    if (b->timex_count) /* b->timexes is NULL when empty */
        memcpy(tl->timexes + tl->timex_count, b->timexes, b->timex_count * sizeof *b->timexes);
    tl->timex_count += b->timex_count;
    bool ok = true;
    for (size_t i = 0; ok && i < b->mention_count; i++) {
        b->mentions[i]->seq = tl->mention_count++;
        ok = S_place_mention(tl, b->mentions[i]);
    }
    tl->dirty = true;
    return ok ? SYEV_OK
              : syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory merging mentions");
}

syev_status syev_timeline_add(syev_timeline *tl, const syev_doc *doc, syev_error *err)
{
    S_error_reset(err);
    if (!tl || !doc)
        return syevp_fail(err, SYEV_ERR_INVALID_ARG, SIZE_MAX, 0,
                          "timeline and document must not be NULL");
    syevp_tl_batch b;
    syevp_batch_init(&b, &tl->alloc);
    syev_status st = syevp_batch_from_doc(&b, doc, err);
    if (st == SYEV_OK)
        st = syevp_timeline_commit(tl, &b, err);
    syevp_batch_release(&b);
    return st;
}

syev_status syev_timeline_add_json(syev_timeline *tl, const char *line, size_t len, syev_error *err)
{
    S_error_reset(err);
    if (!tl || (!line && len))
        return syevp_fail(err, SYEV_ERR_INVALID_ARG, SIZE_MAX, 0, "timeline and line must not be NULL");
    size_t bad = 0;
    if (line && syevp_utf8_validate(line, len, &bad) != SYEV_OK)
        return syevp_fail(err, SYEV_ERR_UTF8, bad, 0, "invalid UTF-8 at byte %zu of the line", bad);
    syevp_tl_batch b;
    syevp_batch_init(&b, &tl->alloc);
    syev_status st = syevp_batch_from_json(&b, line ? line : "", len, err);
    if (st == SYEV_OK)
        st = syevp_timeline_commit(tl, &b, err);
    syevp_batch_release(&b);
    return st;
}

size_t syev_timeline_count(const syev_timeline *tl)
{
    return tl ? tl->entry_count : 0;
}

const syev_entry *syev_timeline_entry(const syev_timeline *tl, size_t i)
{
    if (!tl || i >= tl->entry_count)
        return NULL;
    S_finalize(tl);
    return &tl->entries[i]->pub;
}

size_t syev_timeline_document_count(const syev_timeline *tl)
{
    return tl ? tl->doc_count : 0;
}

const syev_allocator *syevp_timeline_allocator(const syev_timeline *tl)
{
    return &tl->alloc;
}

size_t syevp_timeline_doc_count(const syev_timeline *tl)
{
    return tl->doc_count;
}

const syevp_tl_doc *syevp_timeline_doc(const syev_timeline *tl, size_t i)
{
    return tl->docs[i];
}

size_t syevp_timeline_timex_count(const syev_timeline *tl)
{
    return tl->timex_count;
}

const syevp_tl_timex *syevp_timeline_timex(const syev_timeline *tl, size_t i)
{
    return &tl->timexes[i];
}

/* ------------------------------------------------------------------ */
/* JSON                                                                */
/* ------------------------------------------------------------------ */

static void S_json_documents(syevp_buf *b, const syev_timeline *tl)
{
    syevp_buf_puts(b, "\"documents\":[");
    for (size_t i = 0; i < tl->doc_count; i++) {
        const syevp_tl_doc *d = tl->docs[i];
        syevp_buf_puts(b, i ? ",{\"id\":" : "{\"id\":");
        syevp_json_str_or_empty(b, d->id);
        syevp_buf_puts(b, ",\"dct\":");
        syevp_json_dct(b, d);
        syevp_buf_puts(b, ",\"mentions\":");
        syevp_buf_put_size(b, d->mention_count);
        syevp_buf_putc(b, '}');
    }
    syevp_buf_putc(b, ']');
}

syev_status syev_timeline_to_json(syev_timeline *tl, char **out, syev_error *err)
{
    S_error_reset(err);
    if (!out)
        return syevp_fail(err, SYEV_ERR_INVALID_ARG, SIZE_MAX, 0, "out must not be NULL");
    *out = NULL;
    if (!tl)
        return syevp_fail(err, SYEV_ERR_INVALID_ARG, SIZE_MAX, 0, "timeline must not be NULL");
    S_finalize(tl);
    syevp_buf b;
    syevp_buf_init(&b, &tl->alloc);
    syevp_buf_puts(&b, "{\"schema\":\"syriaevents/1\",");
    S_json_documents(&b, tl);
    syevp_buf_puts(&b, ",\"timeline\":[");
    for (size_t i = 0; i < tl->entry_count; i++) {
        if (i)
            syevp_buf_putc(&b, ',');
        syevp_json_entry(&b, &tl->entries[i]->pub);
    }
    syevp_buf_puts(&b, "],\"timexes\":[");
    for (size_t i = 0; i < tl->timex_count; i++) {
        if (i)
            syevp_buf_putc(&b, ',');
        syevp_json_timex(&b, &tl->timexes[i]);
    }
    syevp_buf_puts(&b, "]}");
    return syevp_buf_finish(&b, out, err);
}
