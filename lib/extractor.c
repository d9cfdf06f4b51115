/* extractor.c — building the extractor, running the stages on a document,
 * and the document accessors. */
#include <string.h>

#include "json_private.h"
#include "tense_private.h"

#define DEFAULT_MAX_DOCUMENT_BYTES ((size_t)256 << 20)

static void S_error_reset(syev_error *err)
{
    if (err) {
        memset(err, 0, sizeof *err);
        err->offset = SIZE_MAX;
    }
}

unsigned syev_version(void)
{
    return SYEV_VERSION;
}

const char *syev_version_string(void)
{
    return SYEV_VERSION_STRING;
}

/* ------------------------------------------------------------------ */
/* Names                                                               */
/* ------------------------------------------------------------------ */

#define S_NAME(s) s,

const char *syev_mod_name(syev_mod mod)
{
    static const char *const names[] = {NULL, SYEVP_MOD_NAMES(S_NAME)};
    return (unsigned)mod < sizeof names / sizeof *names ? names[mod] : NULL;
}

const char *syev_granularity_name(syev_granularity g)
{
    static const char *const names[] = {"unknown", SYEVP_GRANULARITY_NAMES(S_NAME)};
    return (unsigned)g < sizeof names / sizeof *names ? names[g] : "unknown";
}

const char *syev_anchor_name(syev_anchor a)
{
    static const char *const names[] = {SYEVP_ANCHOR_NAMES(S_NAME)};
    return (unsigned)a < sizeof names / sizeof *names ? names[a] : "none";
}

const char *syev_event_type_name(syev_event_type t)
{
    static const char *const names[] = {SYEVP_EVENT_TYPE_NAMES(S_NAME)};
    return (unsigned)t < sizeof names / sizeof *names ? names[t] : "unknown";
}

const char *syev_factuality_name(syev_factuality f)
{
    static const char *const names[] = {SYEVP_FACTUALITY_NAMES(S_NAME)};
    return (unsigned)f < sizeof names / sizeof *names ? names[f] : "unknown";
}

/* ------------------------------------------------------------------ */
/* Extractor                                                           */
/* ------------------------------------------------------------------ */

syev_status syev_extractor_new(const syev_options *opts, syev_extractor **out, syev_error *err)
{
    S_error_reset(err);
    if (!out)
        return syevp_fail(err, SYEV_ERR_INVALID_ARG, SIZE_MAX, 0, "out must not be NULL");
    *out = NULL;
    syev_options def = SYEV_OPTIONS_INIT;
    if (!opts)
        opts = &def;
    if (opts->version != SYEV_OPTIONS_VERSION)
        return syevp_fail(err, SYEV_ERR_INVALID_OPTS, SIZE_MAX, 0,
                          "options version %u is not supported (expected %u)", opts->version,
                          SYEV_OPTIONS_VERSION);
    if (opts->flags != 0)
        return syevp_fail(err, SYEV_ERR_INVALID_OPTS, SIZE_MAX, 0, "unknown option flags 0x%x",
                          opts->flags);
    syev_allocator a;
    syevp_allocator_init(&a, opts->allocator);
    syev_extractor *ex = syevp_calloc(&a, 1, sizeof *ex);
    if (!ex)
        return syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    ex->alloc = a;
    ex->match_limit = opts->match_limit;
    ex->depth_limit = opts->depth_limit;
    ex->max_document_bytes = opts->max_document_bytes ? opts->max_document_bytes
                                                      : DEFAULT_MAX_DOCUMENT_BYTES;
    syev_status st = syevp_regex_env_init(&ex->re, &ex->alloc, ex->match_limit, ex->depth_limit, err);
    if (st == SYEV_OK) {
        /* before the stages, so that their word tables register */
        ex->starts = syevp_shared_starts_new(&ex->alloc);
        if (!ex->starts)
            st = syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    }
    if (st == SYEV_OK)
        st = syevp_lexicon_new(&ex->alloc, opts->lexicon_path, &ex->lexicon, err);
    if (st == SYEV_OK)
        st = syevp_timex_engine_new(ex, &ex->timex, err);
    if (st == SYEV_OK)
        st = syevp_event_engine_new(ex, &ex->events, err);
    if (st == SYEV_OK) {
        ex->tense_words = syevp_malloc(&ex->alloc, sizeof *ex->tense_words);
        if (ex->tense_words)
            syevp_word_index_build(ex->tense_words);
        else
            st = syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    }
    if (st == SYEV_OK)
        syevp_shared_starts_close(ex->starts);
    if (st != SYEV_OK) {
        syev_extractor_free(ex);
        return st;
    }
    *out = ex;
    return SYEV_OK;
}

void syev_extractor_free(syev_extractor *ex)
{
    if (!ex)
        return;
    syev_allocator a = ex->alloc;
    syevp_event_engine_free(ex->events, &a);
    syevp_timex_engine_free(ex->timex, &a);
    syevp_lexicon_free(ex->lexicon, &a);
    syevp_regex_env_release(&ex->re);
    syevp_free(&a, ex->tense_words);
    syevp_shared_starts_free(ex->starts, &a); /* after the tables registered there */
    syevp_free(&a, ex);
}

/* ------------------------------------------------------------------ */
/* Dates given by the caller                                           */
/* ------------------------------------------------------------------ */

static bool S_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

static int S_num(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

/* "YYYY-MM-DD", "YYYY-MM" or "YYYY" into *w (day numbers included); false
 * when malformed. */
static bool S_parse_iso_date(const char *iso, syevp_when *w)
{
    size_t n = strlen(iso);
    syevp_when_clear(w);
    int y = 0, m = 0, d = 0;
    bool ok = n >= 4 && S_digits(iso, 4);
    if (ok)
        y = S_num(iso, 4);
    if (ok && n == 4) {
        syevp_when_set_days(w, syevp_days_from_civil(y, 1, 1), syevp_days_from_civil(y, 12, 31),
                            SYEV_GRAN_YEAR, SYEV_MOD_NONE);
    } else if (ok && (n == 7 || n == 10) && iso[4] == '-' && S_digits(iso + 5, 2)) {
        m = S_num(iso + 5, 2);
        ok = m >= 1 && m <= 12;
        if (ok && n == 7) {
            syevp_when_set_days(w, syevp_days_from_civil(y, m, 1),
                                syevp_days_from_civil(y, m, syevp_days_in_month(y, m)),
                                SYEV_GRAN_MONTH, SYEV_MOD_NONE);
        } else if (ok) {
            ok = iso[7] == '-' && S_digits(iso + 8, 2);
            d = ok ? S_num(iso + 8, 2) : 0;
            ok = ok && d >= 1 && d <= syevp_days_in_month(y, m);
            if (ok) {
                int32_t day = syevp_days_from_civil(y, m, d);
                syevp_when_set_days(w, day, day, SYEV_GRAN_DAY, SYEV_MOD_NONE);
            }
        }
    } else {
        ok = false;
    }
    return ok;
}

static syev_status S_malformed_date(syev_error *err, const char *iso)
{
    return syevp_fail(err, SYEV_ERR_DATE, 0, 0,
                      "malformed date \"%.40s\" (expected YYYY-MM-DD, YYYY-MM or YYYY)", iso);
}

syev_status syev_date_parse(const char *iso, syev_date *out, syev_error *err)
{
    S_error_reset(err);
    if (!iso || !out)
        return syevp_fail(err, SYEV_ERR_INVALID_ARG, SIZE_MAX, 0, "date and out must not be NULL");
    syevp_when w;
    if (!S_parse_iso_date(iso, &w))
        return S_malformed_date(err, iso);
    *out = w.pub;
    return SYEV_OK;
}

/* ------------------------------------------------------------------ */
/* Documents                                                           */
/* ------------------------------------------------------------------ */

/* The adders call syevp_grow only when the array is full: they run for
 * every time expression, mention and actor. */

syevp_timex *syevp_doc_add_timex(syev_doc *doc)
{
    if (doc->timex_count == doc->timex_cap &&
        !syevp_pool_grow(&doc->arrays, (void **)&doc->timexes, &doc->timex_cap,
                         doc->timex_count + 1, sizeof *doc->timexes))
        return NULL;
    syevp_timex *t = &doc->timexes[doc->timex_count++];
    memset(t, 0, sizeof *t);
    t->first_day = t->last_day = SYEVP_NO_DAY;
    return t;
}

syevp_mention *syevp_doc_add_mention(syev_doc *doc)
{
    if (doc->mention_count == doc->mention_cap &&
        !syevp_pool_grow(&doc->arrays, (void **)&doc->mentions, &doc->mention_cap,
                         doc->mention_count + 1, sizeof *doc->mentions))
        return NULL;
    syevp_mention *m = &doc->mentions[doc->mention_count++];
    memset(m, 0, sizeof *m);
    m->timex_index = SIZE_MAX;
    m->actor_first = doc->actor_count;
    return m;
}

size_t syevp_doc_add_actor(syev_doc *doc, const char *code, size_t fold_begin, size_t fold_end)
{
    if (doc->actor_count == doc->actor_cap &&
        !syevp_pool_grow(&doc->arrays, (void **)&doc->actor_pool, &doc->actor_cap,
                         doc->actor_count + 1, sizeof *doc->actor_pool))
        return SIZE_MAX;
    syev_actor *a = &doc->actor_pool[doc->actor_count];
    a->code = code;
    a->span.begin = fold_begin;
    a->span.end = fold_end;
    return doc->actor_count++;
}

/* Fills doc->sentence_from_block (fold_len / SYEVP_SENTENCE_BLOCK + 1
 * entries, allocated with the document) once the sentences are known: the
 * blocks that start before a sentence's end, from the first not yet set,
 * get its index. */
static void S_index_sentences(syev_doc *doc)
{
    const size_t blocks = doc->text.fold_len / SYEVP_SENTENCE_BLOCK + 1;
    uint32_t *first = doc->sentence_from_block;
    size_t c = 0;
    for (size_t i = 0; i < doc->sentence_count && c < blocks; i++)
        for (; c < blocks && c * SYEVP_SENTENCE_BLOCK < doc->sentences[i].end; c++)
            first[c] = (uint32_t)i;
    for (; c < blocks; c++)
        first[c] = (uint32_t)doc->sentence_count;
}

/* Inline: it runs for every span of every result (a call cost as much as
 * its work). */
static inline void S_publish_span(const uint32_t *map, size_t fold_len, syev_span *s)
{
    if (s->begin == 0 && s->end == 0)
        return;
    s->begin = map[s->begin > fold_len ? fold_len : s->begin]; /* syevp_orig_off */
    s->end = map[s->end > fold_len ? fold_len : s->end];
}

void syevp_doc_publish(syev_doc *doc)
{
    const uint32_t *map = doc->text.map;
    const size_t fold_len = doc->text.fold_len;
    for (size_t i = 0; i < doc->timex_count; i++)
        S_publish_span(map, fold_len, &doc->timexes[i].pub.span);
    for (size_t i = 0; i < doc->actor_count; i++)
        S_publish_span(map, fold_len, &doc->actor_pool[i].span);
    for (size_t i = 0; i < doc->mention_count; i++) {
        syev_mention *m = &doc->mentions[i].pub;
        S_publish_span(map, fold_len, &m->sentence);
        S_publish_span(map, fold_len, &m->trigger);
        S_publish_span(map, fold_len, &m->date_span);
        S_publish_span(map, fold_len, &m->location_span);
        S_publish_span(map, fold_len, &m->source);
        m->actors = m->actor_count ? doc->actor_pool + doc->mentions[i].actor_first : NULL;
    }
}

/* The stages' scratch arrays of a document of ordinary length fit in this
 * first chunk of their arena, on the stack: no allocator call for them. */
#define SCRATCH_ON_STACK 16384

static syev_status S_run_stages(const syev_extractor *ex, syev_doc *doc, syev_error *err)
{
    union {
        max_align_t align;
        unsigned char bytes[SCRATCH_ON_STACK];
    } first_chunk;
    syevp_pool scratch;
    syevp_pool_init(&scratch, &doc->alloc, first_chunk.bytes, sizeof first_chunk.bytes);
    syev_allocator scratch_alloc; /* for the verb cache, written for an allocator */
    syevp_pool_allocator(&scratch, &scratch_alloc);
    syevp_verb_cache verbs;
    syevp_verb_cache_init(&verbs, ex->tense_words);
    verbs.alloc = &scratch_alloc;
    syevp_run run = {ex, doc, err, &verbs, &scratch};
    syev_status st =
        syevp_segment_in(&doc->text, &doc->arrays, &doc->sentences, &doc->sentence_count, err);
    if (st == SYEV_OK)
        S_index_sentences(doc);
    if (st == SYEV_OK)
        st = syevp_timex_run(ex->timex, &run);
    if (st == SYEV_OK)
        st = syevp_events_run(ex->events, &run);
    if (st == SYEV_OK)
        syevp_doc_publish(doc);
    syevp_verb_cache_release(&verbs, &doc->alloc);
    syevp_pool_release(&scratch);
    return st;
}



/* The first chunk of a document's arrays (doc->arrays): this many bytes
 * and two per byte of text, up to ARRAYS_FIRST_CHUNK_MAX more (a document
 * of ordinary length then needs no other allocation for them). */
#define ARRAYS_FIRST_CHUNK 512
#define ARRAYS_FIRST_CHUNK_MAX 8192

static size_t S_round_to_max_align(size_t n)
{
    return (n + _Alignof(max_align_t) - 1) / _Alignof(max_align_t) * _Alignof(max_align_t);
}

syev_status syevp_doc_new(const syev_allocator *a, const char *id, const char *text, size_t len,
                          syev_doc **out, syev_error *err)
{
    *out = NULL;
    /* One allocation holds the document, its sentence index (a block of
     * the folded text, no longer than the text, per entry), the first chunk
     * of its arrays, the copies of its text (but a long one's) and its id. */
    const size_t blocks = len / SYEVP_SENTENCE_BLOCK + 1;
    const size_t arrays_at = S_round_to_max_align(sizeof(syev_doc) + blocks * sizeof(uint32_t));
    const size_t arrays_bytes = S_round_to_max_align(
        ARRAYS_FIRST_CHUNK + (2 * len < ARRAYS_FIRST_CHUNK_MAX ? 2 * len : ARRAYS_FIRST_CHUNK_MAX));
    const size_t text_bytes = syevp_text_block_size(len);
    const size_t id_len = id ? strlen(id) : 0;
    const size_t head = arrays_at + arrays_bytes;
    if (id_len > SIZE_MAX - head - text_bytes - 1)
        return syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    syev_doc *doc = syevp_malloc(a, head + text_bytes + id_len + 1);
    if (!doc)
        return syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    memset(doc, 0, sizeof *doc); /* the index is written whole (S_index_sentences) */
    doc->alloc = *a;
    doc->sentence_from_block = (uint32_t *)(void *)(doc + 1);
    syevp_pool_init(&doc->arrays, &doc->alloc, (unsigned char *)doc + arrays_at, arrays_bytes);
    unsigned char *text_block = (unsigned char *)doc + head;
    doc->id = (char *)text_block + text_bytes;
    memcpy(doc->id, id ? id : "", id_len);
    doc->id[id_len] = '\0';
    syevp_when_clear(&doc->dct);
    syev_status st =
        syevp_text_init_in(&doc->text, a, text_bytes ? text_block : NULL, text, len, err);
    if (st != SYEV_OK) {
        syev_doc_free(doc);
        return st;
    }
    *out = doc;
    return SYEV_OK;
}

syev_status syev_extract(const syev_extractor *ex, const char *text, size_t len,
                         const char *doc_id, const char *dct, syev_doc **out, syev_error *err)
{
    S_error_reset(err);
    if (!out)
        return syevp_fail(err, SYEV_ERR_INVALID_ARG, SIZE_MAX, 0, "out must not be NULL");
    *out = NULL;
    if (!ex || (!text && len))
        return syevp_fail(err, SYEV_ERR_INVALID_ARG, SIZE_MAX, 0, "extractor and text must not be NULL");
    if (len > ex->max_document_bytes)
        return syevp_fail(err, SYEV_ERR_TOO_LARGE, SIZE_MAX, 0,
                          "document of %zu bytes exceeds the limit of %zu bytes", len,
                          ex->max_document_bytes);
    size_t bad = 0;
    if (doc_id && syevp_utf8_validate(doc_id, strlen(doc_id), &bad) != SYEV_OK)
        return syevp_fail(err, SYEV_ERR_UTF8, bad, 0, "document id is not valid UTF-8 (byte %zu)",
                          bad);
    syevp_when caller_dct;
    if (dct && *dct && !S_parse_iso_date(dct, &caller_dct))
        return S_malformed_date(err, dct);
    syev_doc *doc = NULL;
    syev_status st = syevp_doc_new(&ex->alloc, doc_id, text ? text : "", len, &doc, err);
    if (st != SYEV_OK)
        return st;
    if (dct && *dct) {
        doc->dct = caller_dct;
        doc->dct_source = SYEV_DCT_CALLER;
    }
    doc->md = pcre2_match_data_create(32, ex->re.gctx);
    if (!doc->md)
        st = syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    if (st == SYEV_OK)
        st = S_run_stages(ex, doc, err);
    /* Match data is only needed while the stages run. */
    pcre2_match_data_free(doc->md);
    doc->md = NULL;
    syevp_doc_starts_release(&doc->starts, &doc->alloc);
    if (st != SYEV_OK) {
        syev_doc_free(doc);
        return st;
    }
    *out = doc;
    return SYEV_OK;
}

void syev_doc_free(syev_doc *doc)
{
    if (!doc)
        return;
    syev_allocator a = doc->alloc;
    pcre2_match_data_free(doc->md);
    syevp_doc_starts_release(&doc->starts, &a);
    syevp_text_release(&doc->text, &a);
    syevp_pool_release(&doc->arrays);
    /* doc->sentence_from_block, doc->id, the first chunk of doc->arrays and
     * (but a long one's) the text's copies live in doc's own block */
    syevp_free(&a, doc);
}

const char *syev_doc_id(const syev_doc *doc)
{
    return doc ? doc->id : NULL;
}

const char *syev_doc_text(const syev_doc *doc, size_t *len)
{
    if (len)
        *len = doc ? doc->text.orig_len : 0;
    return doc ? doc->text.orig : NULL;
}

const syev_date *syev_doc_dct(const syev_doc *doc, syev_dct_source *source)
{
    if (source)
        *source = doc ? doc->dct_source : SYEV_DCT_NONE;
    if (!doc || doc->dct_source == SYEV_DCT_NONE)
        return NULL;
    return &doc->dct.pub;
}

size_t syev_doc_sentence_count(const syev_doc *doc)
{
    return doc ? doc->sentence_count : 0;
}

syev_span syev_doc_sentence(const syev_doc *doc, size_t i)
{
    syev_span s = {0, 0};
    if (!doc || i >= doc->sentence_count)
        return s;
    s.begin = syevp_orig_off(&doc->text, doc->sentences[i].begin);
    s.end = syevp_orig_off(&doc->text, doc->sentences[i].end);
    return s;
}

size_t syev_doc_timex_count(const syev_doc *doc)
{
    return doc ? doc->timex_count : 0;
}

const syev_timex *syev_doc_timex(const syev_doc *doc, size_t i)
{
    return doc && i < doc->timex_count ? &doc->timexes[i].pub : NULL;
}

size_t syev_doc_mention_count(const syev_doc *doc)
{
    return doc ? doc->mention_count : 0;
}

const syev_mention *syev_doc_mention(const syev_doc *doc, size_t i)
{
    return doc && i < doc->mention_count ? &doc->mentions[i].pub : NULL;
}
