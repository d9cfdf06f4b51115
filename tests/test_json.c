/* test_json.c — JSON rendering of documents and timelines (SPEC section 4)
 * and reading document lines back (the reduce step).  Documents are built
 * by hand; expected offsets were counted by hand on the fixture texts. */
#include <inttypes.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>
#include <cmocka.h>

#include "json_private.h"
#include "syev_private.h"

/* ------------------------------------------------------------------ */
/* Fixture                                                             */
/* ------------------------------------------------------------------ */

/* An allocator that fails after `countdown` allocations (never when < 0)
 * and counts live blocks. */
typedef struct S_chaos {
    long countdown;
    long live;
} S_chaos;

static void *S_chaos_malloc(size_t n, void *user)
{
    S_chaos *c = user;
    if (c->countdown >= 0 && c->countdown-- == 0)
        return NULL;
    void *p = malloc(n);
    c->live += p != NULL;
    return p;
}

static void *S_chaos_realloc(void *p, size_t n, void *user)
{
    S_chaos *c = user;
    if (c->countdown >= 0 && c->countdown-- == 0)
        return NULL;
    void *q = realloc(p, n);
    c->live += q && !p;
    return q;
}

static void S_chaos_free(void *p, void *user)
{
    S_chaos *c = user;
    c->live -= p != NULL;
    free(p);
}

static syev_doc *S_doc_with(const syev_allocator *al, const char *id, const char *dct,
                            const char *text)
{
    syev_allocator a;
    syevp_allocator_init(&a, al);
    syev_doc *d = NULL;
    assert_int_equal(syevp_doc_new(&a, id, text, strlen(text), &d, NULL), SYEV_OK);
    if (dct) {
        assert_int_equal(syev_date_parse(dct, &d->dct.pub, NULL), SYEV_OK);
        d->dct_source = SYEV_DCT_CALLER;
    }
    return d;
}

static syev_doc *S_doc(const char *id, const char *dct, const char *text)
{
    return S_doc_with(NULL, id, dct, text);
}

static syev_span S_span(size_t b, size_t e)
{
    syev_span s = {b, e};
    return s;
}

static syev_date S_day(const char *day)
{
    syev_date d;
    memset(&d, 0, sizeof d);
    strcpy(d.value, day);
    strcpy(d.begin, day);
    strcpy(d.end, day);
    d.granularity = SYEV_GRAN_DAY;
    return d;
}

static const syev_place ALEPPO = {"Aleppo", "SY", 36.2, 37.16, 1};

/* The fixture sentence, byte offsets counted by hand:
 * "La trêve à Alep a été violée samedi, selon Moscou."
 *  La_ 0-3, trêve 3-9 (ê is 2 bytes), à 10-12, Alep 13-17, a 18-19,
 *  été 20-25, violée 26-33, samedi 34-40, selon 42-47, Moscou 48-54, . 54 */
static const char FIXTURE[] = "La trêve à Alep a été violée samedi, selon Moscou.";

static syev_doc *S_fixture_doc(const syev_allocator *al)
{
    syev_doc *d = S_doc_with(al, "003", "2016-05-03", FIXTURE);
    syevp_mention *m = syevp_doc_add_mention(d);
    assert_non_null(m);
    m->pub.type = SYEV_EVENT_CEASEFIRE;
    m->pub.cameo = "0871";
    m->pub.sentence = S_span(0, 55);
    m->pub.trigger = S_span(3, 9);
    m->pub.date = S_day("2016-04-30");
    m->pub.anchor = SYEV_ANCHOR_RELATIVE;
    m->pub.date_span = S_span(34, 40);
    m->pub.factuality = SYEV_FACT_ASSERTED;
    m->pub.location = &ALEPPO;
    m->pub.location_span = S_span(13, 17);
    m->pub.source = S_span(48, 54);
    m->pub.confidence = 0.8;
    assert_int_not_equal(syevp_doc_add_actor(d, "RUS", 48, 54), SIZE_MAX);
    m->pub.actor_count = 1;
    m->pub.actors = d->actor_pool;
    syevp_timex *t = syevp_doc_add_timex(d);
    assert_non_null(t);
    t->pub.span = S_span(34, 40);
    t->pub.date = S_day("2016-04-30");
    return d;
}

static cJSON *S_parse(const char *s)
{
    cJSON *j = cJSON_Parse(s);
    assert_non_null(j);
    return j;
}

static const cJSON *S_get(const cJSON *obj, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!v)
        fail_msg("missing field \"%s\"", key);
    return v;
}

static void S_assert_str(const cJSON *obj, const char *key, const char *want)
{
    const cJSON *v = S_get(obj, key);
    if (!want) {
        assert_true(cJSON_IsNull(v));
        return;
    }
    assert_true(cJSON_IsString(v));
    assert_string_equal(v->valuestring, want);
}

static void S_assert_span(const cJSON *obj, const char *key, int b, int e)
{
    const cJSON *v = S_get(obj, key);
    assert_int_equal(cJSON_GetArraySize(v), 2);
    assert_int_equal(cJSON_GetArrayItem(v, 0)->valueint, b);
    assert_int_equal(cJSON_GetArrayItem(v, 1)->valueint, e);
}

/* ------------------------------------------------------------------ */
/* Writing                                                             */
/* ------------------------------------------------------------------ */

static void test_doc_line_fields(void **state)
{
    (void)state;
    syev_doc *d = S_fixture_doc(NULL);
    char *out = NULL;
    assert_int_equal(syev_doc_to_json(d, &out, NULL), SYEV_OK);
    assert_null(strchr(out, '\n'));
    cJSON *j = S_parse(out);
    S_assert_str(j, "id", "003");
    S_assert_str(S_get(j, "dct"), "value", "2016-05-03");
    S_assert_str(S_get(j, "dct"), "source", "caller");
    const cJSON *e = cJSON_GetArrayItem(S_get(j, "mentions"), 0);
    S_assert_str(e, "type", "ceasefire");
    S_assert_str(e, "cameo", "0871");
    assert_int_equal(strlen(S_get(e, "id")->valuestring), 16);
    const cJSON *date = S_get(e, "date");
    S_assert_str(date, "text", "samedi");
    S_assert_str(date, "value", "2016-04-30");
    S_assert_str(date, "mod", NULL);
    S_assert_str(date, "begin", "2016-04-30");
    S_assert_str(date, "end", "2016-04-30");
    S_assert_str(date, "granularity", "day");
    S_assert_str(date, "anchor", "relative");
    S_assert_str(e, "factuality", "asserted");
    const cJSON *actor = cJSON_GetArrayItem(S_get(e, "actors"), 0);
    S_assert_str(actor, "code", "RUS");
    S_assert_str(actor, "text", "Moscou");
    const cJSON *loc = S_get(e, "location");
    S_assert_str(loc, "name", "Aleppo");
    S_assert_str(loc, "text", "Alep");
    S_assert_str(loc, "country", "SY");
    assert_true(fabs(S_get(loc, "lat")->valuedouble - 36.2) < 1e-9);
    assert_true(fabs(S_get(loc, "lon")->valuedouble - 37.16) < 1e-9);
    S_assert_str(e, "source", "Moscou");
    assert_true(fabs(S_get(e, "confidence")->valuedouble - 0.8) < 1e-9);
    const cJSON *m = cJSON_GetArrayItem(S_get(e, "mentions"), 0);
    S_assert_str(m, "doc", "003");
    S_assert_span(m, "sentence", 0, 55);
    S_assert_span(m, "trigger", 3, 9);
    S_assert_str(m, "trigger_text", "trêve");
    S_assert_str(m, "text", FIXTURE);
    const cJSON *t = cJSON_GetArrayItem(S_get(j, "timexes"), 0);
    S_assert_str(t, "doc", "003");
    S_assert_span(t, "span", 34, 40);
    S_assert_str(t, "text", "samedi");
    S_assert_str(t, "granularity", "day");
    cJSON_Delete(j);
    syev_free(out);
    syev_doc_free(d);
}

static void test_absent_fields_are_null(void **state)
{
    (void)state;
    syev_doc *d = S_doc("", NULL, "Les combats continuent.");
    syevp_mention *m = syevp_doc_add_mention(d);
    m->pub.type = SYEV_EVENT_BATTLE;
    m->pub.sentence = S_span(0, 23);
    m->pub.trigger = S_span(4, 11);
    syevp_timex *t = syevp_doc_add_timex(d);
    t->pub.span = S_span(0, 3);
    strcpy(t->pub.date.value, "XXXX-XX-XX");
    t->pub.date.mod = SYEV_MOD_MID;
    char *out = NULL;
    assert_int_equal(syev_doc_to_json(d, &out, NULL), SYEV_OK);
    cJSON *j = S_parse(out);
    S_assert_str(j, "id", "");
    assert_true(cJSON_IsNull(S_get(j, "dct")));
    const cJSON *e = cJSON_GetArrayItem(S_get(j, "mentions"), 0);
    const cJSON *date = S_get(e, "date");
    const char *const nulls[] = {"text", "value", "mod", "begin", "end", "granularity"};
    for (size_t i = 0; i < sizeof nulls / sizeof *nulls; i++)
        S_assert_str(date, nulls[i], NULL);
    S_assert_str(date, "anchor", "none");
    S_assert_str(e, "cameo", NULL);
    S_assert_str(e, "source", NULL);
    assert_true(cJSON_IsNull(S_get(e, "location")));
    assert_int_equal(cJSON_GetArraySize(S_get(e, "actors")), 0);
    const cJSON *tx = cJSON_GetArrayItem(S_get(j, "timexes"), 0);
    S_assert_str(tx, "value", "XXXX-XX-XX");
    S_assert_str(tx, "mod", "MID");
    S_assert_str(tx, "begin", NULL);
    cJSON_Delete(j);
    syev_free(out);
    syev_doc_free(d);
}

static void test_escaping(void **state)
{
    (void)state;
    static const char text[] = "Il a dit \"treve\" \\ puis\tcombats\nle 3\x01.";
    syev_doc *d = S_doc("q\"1", NULL, text);
    syevp_mention *m = syevp_doc_add_mention(d);
    m->pub.type = SYEV_EVENT_CEASEFIRE;
    m->pub.sentence = S_span(0, sizeof text - 1);
    m->pub.trigger = S_span(10, 15);
    char *out = NULL;
    assert_int_equal(syev_doc_to_json(d, &out, NULL), SYEV_OK);
    assert_null(strchr(out, '\n'));
    assert_null(strchr(out, '\t'));
    cJSON *j = S_parse(out);
    S_assert_str(j, "id", "q\"1");
    const cJSON *ev = cJSON_GetArrayItem(S_get(cJSON_GetArrayItem(S_get(j, "mentions"), 0), "mentions"), 0);
    S_assert_str(ev, "text", text);
    S_assert_str(ev, "trigger_text", "treve");
    cJSON_Delete(j);
    syev_free(out);
    syev_doc_free(d);
}

/* The reference escaper, byte by byte: what syevp_json_str must write. */
static void S_escape_slowly(const char *s, size_t n, char *out)
{
    *out++ = '"';
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            out += sprintf(out, "\\%c", c);
        else if (c == '\n')
            out += sprintf(out, "\\n");
        else if (c == '\r')
            out += sprintf(out, "\\r");
        else if (c == '\t')
            out += sprintf(out, "\\t");
        else if (c < 0x20)
            out += sprintf(out, "\\u%04x", c);
        else
            *out++ = (char)c;
    }
    strcpy(out, "\"");
}

/* Strings of every length up to 20 (the word, two-half and byte paths),
 * with a byte needing an escape at every place or none, are written as the
 * byte-by-byte escaper writes them, after a key-sized prefix or not. */
static void test_string_escapes_at_every_place(void **state)
{
    (void)state;
    static const char specials[] = {'"', '\\', '\n', '\x01', '\x1f', '\t'};
    syev_allocator a;
    syevp_allocator_init(&a, NULL);
    for (size_t n = 0; n <= 20; n++) {
        for (size_t at = 0; at <= n; at++) {
            for (size_t k = 0; k < sizeof specials; k++) {
                char s[24], want[160];
                for (size_t i = 0; i < n; i++) /* the bytes next to the escaped ones too */
                    s[i] = " !#[]^a\x7f\xc3\xa9"[i % 10];
                if (at < n)
                    s[at] = specials[k];
                S_escape_slowly(s, n, want);
                syevp_buf b;
                syevp_buf_init(&b, &a);
                syevp_buf_puts(&b, "{\"k\":");
                syevp_json_str(&b, s, n);
                assert_false(b.failed);
                assert_string_equal(b.data + 5, want);
                syevp_buf_release(&b);
            }
        }
    }
}

/* A buffer that is the caller's string from the start grows past its hint
 * (new block, copy) and is handed over NUL-terminated, releasable with
 * syev_free; released unfinished, it frees its block. */
static void test_output_buffer_grows_past_its_hint(void **state)
{
    (void)state;
    syev_allocator a;
    syevp_allocator_init(&a, NULL);
    for (size_t hint = 0; hint < 40; hint += 13) {
        syevp_buf b;
        syevp_buf_init_output(&b, &a, hint);
        char want[512] = "";
        for (int i = 0; i < 20; i++) {
            syevp_json_str(&b, "ab\"c", 4);
            syevp_buf_putc(&b, ',');
            syevp_buf_put_size(&b, (size_t)i);
            strcat(want, "\"ab\\\"c\",");
            snprintf(want + strlen(want), sizeof want - strlen(want), "%d", i);
            assert_string_equal(b.data, want);
        }
        char *out = NULL;
        syev_error err;
        assert_int_equal(syevp_buf_finish(&b, &out, &err), SYEV_OK);
        assert_string_equal(out, want);
        syev_free(out);
        syevp_buf_init_output(&b, &a, hint);
        syevp_buf_puts(&b, "unfinished");
        syevp_buf_release(&b);
    }
}

static char *S_num(double v, int decimals)
{
    static char out[64];
    syevp_buf b;
    syev_allocator a;
    syevp_allocator_init(&a, NULL);
    syevp_buf_init(&b, &a);
    syevp_json_num(&b, v, decimals);
    assert_false(b.failed);
    snprintf(out, sizeof out, "%s", b.data);
    syevp_buf_release(&b);
    return out;
}

static void test_numbers(void **state)
{
    (void)state;
    assert_string_equal(S_num(0.85, 3), "0.85");
    assert_string_equal(S_num(36.2, 5), "36.2");
    assert_string_equal(S_num(3.0, 3), "3");
    assert_string_equal(S_num(-0.0000001, 3), "0");
    assert_string_equal(S_num(0.66666, 3), "0.667");
    assert_string_equal(S_num(NAN, 3), "null");
    /* Canonical values print the same digits as the originals. */
    assert_true(syevp_canon_number(0.66666, 3) == 0.667);
    assert_true(syevp_canon_number(37.123456789, 5) == 37.12346);
    assert_string_equal(S_num(-12.3456789, 5), "-12.34568");
    assert_string_equal(S_num(1e12, 2), "1000000000000"); /* beyond the fast path */
}

/* The digits written without printf are printf's: "%.*f", trailing zeros
 * cut, for values near every rounding boundary of a coordinate grid. */
static void test_numbers_match_printf(void **state)
{
    (void)state;
    unsigned long long seed = 88172645463325252ull;
    for (int i = 0; i < 200000; i++) {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        const int decimals = (int)(seed % 7);
        double v = ((double)(seed >> 11) / 9007199254740992.0 - 0.5) * 400.0;
        if (i % 3 == 0) /* on a half of the last decimal, where rounding hesitates */
            v = (floor(v * pow(10, decimals)) + 0.5) / pow(10, decimals);
        char want[64];
        int n = snprintf(want, sizeof want, "%.*f", decimals, v);
        if (strchr(want, '.')) {
            while (n > 1 && want[n - 1] == '0')
                want[--n] = '\0';
            if (want[n - 1] == '.')
                want[--n] = '\0';
        }
        if (strcmp(want, "-0") == 0)
            strcpy(want, "0");
        const char *got = S_num(v, decimals);
        if (strcmp(got, want) != 0)
            fail_msg("%.17g with %d decimals: wrote %s, printf %s", v, decimals, got, want);
        char canon[64];
        snprintf(canon, sizeof canon, "%.*f", decimals, v);
        assert_true(syevp_canon_number(v, decimals) == strtod(canon, NULL));
    }
}

/* The timeline object's top level: schema, documents with mention counts. */
static void test_timeline_object(void **state)
{
    (void)state;
    syev_timeline *tl = NULL;
    assert_int_equal(syev_timeline_new(0, NULL, &tl, NULL), SYEV_OK);
    syev_doc *d = S_fixture_doc(NULL);
    assert_int_equal(syev_timeline_add(tl, d, NULL), SYEV_OK);
    syev_doc_free(d);
    char *out = NULL;
    assert_int_equal(syev_timeline_to_json(tl, &out, NULL), SYEV_OK);
    cJSON *j = S_parse(out);
    S_assert_str(j, "schema", "syriaevents/1");
    const cJSON *doc = cJSON_GetArrayItem(S_get(j, "documents"), 0);
    S_assert_str(doc, "id", "003");
    assert_int_equal(S_get(doc, "mentions")->valueint, 1);
    const cJSON *e = cJSON_GetArrayItem(S_get(j, "timeline"), 0);
    S_assert_str(e, "id", syev_timeline_entry(tl, 0)->id);
    assert_int_equal(S_get(e, "documents")->valueint, 1);
    S_assert_str(cJSON_GetArrayItem(S_get(j, "timexes"), 0), "value", "2016-04-30");
    cJSON_Delete(j);
    syev_free(out);
    syev_timeline_free(tl);
}

/* ------------------------------------------------------------------ */
/* Reading back                                                        */
/* ------------------------------------------------------------------ */

/* Two documents reporting one ceasefire, with numbers that need rounding. */
static syev_doc *S_second_doc(void)
{
    static const syev_place aleppo_fine = {"Aleppo", "SY", 36.2000012345, 37.16, 1};
    syev_doc *d = S_doc("004", "2016-05-04", "La treve conclue samedi tient.");
    syevp_mention *m = syevp_doc_add_mention(d);
    m->pub.type = SYEV_EVENT_CEASEFIRE;
    m->pub.sentence = S_span(0, 30);
    m->pub.trigger = S_span(3, 8);
    m->pub.date = S_day("2016-04-30");
    m->pub.date_span = S_span(16, 22);
    m->pub.anchor = SYEV_ANCHOR_RELATIVE;
    m->pub.location = &aleppo_fine;
    m->pub.confidence = 2.0 / 3.0;
    return d;
}

static char *S_render(syev_timeline *tl)
{
    char *out = NULL;
    syev_error err;
    assert_int_equal(syev_timeline_to_json(tl, &out, &err), SYEV_OK);
    return out;
}

/* Two timelines fed the same documents: one directly, one through the
 * JSON line of each (the map/reduce route). */
typedef struct map_reduce {
    syev_timeline *direct, *reduced;
} map_reduce;

static void S_map_reduce_open(map_reduce *mr)
{
    assert_int_equal(syev_timeline_new(0, NULL, &mr->direct, NULL), SYEV_OK);
    assert_int_equal(syev_timeline_new(0, NULL, &mr->reduced, NULL), SYEV_OK);
}

/* Adds doc both ways, then frees it. */
static void S_map_reduce_add(map_reduce *mr, syev_doc *doc)
{
    char *line = NULL;
    syev_error err;
    assert_int_equal(syev_timeline_add(mr->direct, doc, NULL), SYEV_OK);
    assert_int_equal(syev_doc_to_json(doc, &line, NULL), SYEV_OK);
    if (syev_timeline_add_json(mr->reduced, line, strlen(line), &err) != SYEV_OK)
        fail_msg("%s", err.message);
    syev_free(line);
    syev_doc_free(doc);
}

/* Asserts that both timelines render the same JSON, and frees them. */
static void S_map_reduce_close(map_reduce *mr)
{
    char *a = S_render(mr->direct), *b = S_render(mr->reduced);
    assert_string_equal(a, b);
    syev_free(a);
    syev_free(b);
    syev_timeline_free(mr->direct);
    syev_timeline_free(mr->reduced);
}

/* syev_doc_to_json writes each field itself, apart from the batch the
 * timeline builds from a document: the line read back must give the same
 * timeline, on extracted text with quotes, backslashes, control bytes, a
 * NUL, accents and several mentions, and with odd document ids. */
static void test_reduce_equals_direct_on_extracted_text(void **state)
{
    (void)state;
    static const char text[] =
        "Damas, 3 mars 2016 (AFP) - Un cessez-le-feu \"durable\" est entr\xC3\xA9 en vigueur "
        "samedi \xC3\xA0 Alep, selon l'ONU.\n\tDes combats ont repris lundi pr\xC3\xA8s de Homs "
        "entre l'arm\xC3\xA9""e syrienne et les rebelles \\ selon l'OSDH.\r\n"
        "Les n\xC3\xA9gociations de Gen\xC3\xA8ve reprendront le 14 mars, a annonc\xC3\xA9 "
        "l'\xC3\xA9missaire.\x01 Une tr\xC3\xAAve a \xC3\xA9t\xC3\xA9 conclue mardi \xC3\xA0 Deraa."
        "\0Des frappes ont vis\xC3\xA9 Idleb le 2 mars.";
    static const char *const ids[] = {NULL, "a\"b\\c", "d\xC3\xA9p\xC3\xAA" "che-7\x1F"};
    syev_extractor *ex = NULL;
    assert_int_equal(syev_extractor_new(NULL, &ex, NULL), SYEV_OK);
    map_reduce mr;
    S_map_reduce_open(&mr);
    for (size_t i = 0; i < sizeof ids / sizeof *ids; i++) {
        syev_doc *doc = NULL;
        syev_error err;
        if (syev_extract(ex, text, sizeof text - 1, ids[i], i ? NULL : "2016-03-03", &doc, &err) !=
            SYEV_OK)
            fail_msg("%s", err.message);
        assert_true(syev_doc_mention_count(doc) >= 3);
        S_map_reduce_add(&mr, doc);
    }
    S_map_reduce_close(&mr);
    syev_extractor_free(ex);
}

/* The date fields of an item written by syev_doc_to_json are d's. */
static void S_assert_date(const cJSON *obj, const syev_date *d)
{
    S_assert_str(obj, "value", d->value);
    S_assert_str(obj, "mod", syev_mod_name(d->mod));
    S_assert_str(obj, "begin", d->begin);
    S_assert_str(obj, "end", d->end);
    S_assert_str(obj, "granularity",
                 d->granularity == SYEV_GRAN_UNKNOWN ? NULL : syev_granularity_name(d->granularity));
}

/* The location written for m is its place, with its own slice of text. */
static void S_assert_place(const cJSON *loc, const syev_mention *m, const char *text)
{
    if (!m->location || !m->location->name) {
        assert_true(cJSON_IsNull(loc));
        return;
    }
    char slice[64] = "";
    const size_t n = m->location_span.end - m->location_span.begin;
    assert_true(n < sizeof slice);
    memcpy(slice, text + m->location_span.begin, n);
    S_assert_str(loc, "name", m->location->name);
    S_assert_str(loc, "text", n ? slice : NULL);
    S_assert_str(loc, "country", m->location->country);
}

/* syev_doc_to_json copies a date's fields, a place's and a confidence
 * from where it wrote the same before (the last few kept): with more dates and places
 * than it keeps, in turn and again, each mention and time expression
 * still gets its own. */
static void test_dates_written_again_are_their_own(void **state)
{
    (void)state;
    static const char text[] =
        "Une tr\xC3\xAAve a \xC3\xA9t\xC3\xA9 conclue le 1er mars 2016 \xC3\xA0 Alep. "
        "Des combats ont eu lieu le 2 mars 2016 \xC3\xA0 Homs. "
        "Des n\xC3\xA9gociations ont eu lieu le 3 mars 2016 \xC3\xA0 Gen\xC3\xA8ve. "
        "Une tr\xC3\xAAve a \xC3\xA9t\xC3\xA9 conclue le 4 mars 2016 \xC3\xA0 Deraa. "
        "Des combats ont eu lieu le 5 mars 2016 \xC3\xA0 Idleb. "
        "Des combats ont eu lieu le 1er mars 2016 \xC3\xA0 Raqqa. "
        "Des combats ont repris en mars 2016 \xC3\xA0 Hama. "
        "Des combats ont eu lieu le 3 mars 2016 \xC3\xA0 Alep. "
        "Des combats ont eu lieu le 6 mars 2016 \xC3\xA0 Homs. "
        "Des combats ont eu lieu \xC3\xA0 Homs. " /* no date of its own: less confidence */
        "Une tr\xC3\xAAve pourrait \xC3\xAAtre conclue \xC3\xA0 Deraa. "
        "Des combats ont eu lieu le 2 mars 2016 \xC3\xA0 Alep.";
    syev_extractor *ex = NULL;
    assert_int_equal(syev_extractor_new(NULL, &ex, NULL), SYEV_OK);
    syev_doc *doc = NULL;
    assert_int_equal(syev_extract(ex, text, sizeof text - 1, "d", "2016-03-10", &doc, NULL),
                     SYEV_OK);
    assert_true(syev_doc_mention_count(doc) >= 6);
    char *out = NULL;
    assert_int_equal(syev_doc_to_json(doc, &out, NULL), SYEV_OK);
    cJSON *j = S_parse(out);
    const cJSON *mentions = S_get(j, "mentions"), *timexes = S_get(j, "timexes");
    assert_int_equal(cJSON_GetArraySize(mentions), (int)syev_doc_mention_count(doc));
    for (size_t i = 0; i < syev_doc_mention_count(doc); i++) {
        const syev_mention *m = syev_doc_mention(doc, i);
        const cJSON *item = cJSON_GetArrayItem(mentions, (int)i);
        S_assert_date(S_get(item, "date"), &m->date);
        S_assert_place(S_get(item, "location"), m, text);
        /* written rounded to SYEVP_CONFIDENCE_DECIMALS digits */
        assert_true(fabs(S_get(item, "confidence")->valuedouble - m->confidence) <=
                    0.5 / syevp_decimal_scale(SYEVP_CONFIDENCE_DECIMALS) + 1e-9);
    }
    assert_int_equal(cJSON_GetArraySize(timexes), (int)syev_doc_timex_count(doc));
    for (size_t i = 0; i < syev_doc_timex_count(doc); i++)
        S_assert_date(cJSON_GetArrayItem(timexes, (int)i), &syev_doc_timex(doc, i)->date);
    cJSON_Delete(j);
    syev_free(out);
    syev_doc_free(doc);
    syev_extractor_free(ex);
}

/* An entry id is its hash as sixteen lower-case hex digits, as
 * "%016" PRIx64 writes them (syevp_hash_hex has an SSE2 path). */
static void test_hash_hex_is_printf_hex(void **state)
{
    (void)state;
    uint64_t h = 0;
    for (int i = 0; i < 100000; i++) {
        char want[17], got[17] = {0};
        snprintf(want, sizeof want, "%016" PRIx64, h);
        syevp_hash_hex(h, got);
        if (memcmp(want, got, 16) != 0)
            fail_msg("%016" PRIx64 ": %.16s", h, got);
        /* every nibble value at every place, then a spread of values */
        h = i < 256 ? (uint64_t)(i & 15) << (4 * (i >> 4))
                    : h * 6364136223846793005u + 1442695040888963407u;
    }
}

static void test_reduce_equals_direct(void **state)
{
    (void)state;
    syev_doc *docs[2] = {S_fixture_doc(NULL), S_second_doc()};
    map_reduce mr;
    S_map_reduce_open(&mr);
    for (int i = 0; i < 2; i++)
        S_map_reduce_add(&mr, docs[i]);
    assert_int_equal(syev_timeline_count(mr.direct), 1); /* merged across documents */
    S_map_reduce_close(&mr);
}

static void test_minimal_line(void **state)
{
    (void)state;
    static const char line[] = "{\"id\":\"m\",\"mentions\":[{\"type\":\"talks\",\"mentions\":"
                               "[{\"sentence\":[0,10],\"trigger\":[0,3]}]}]}";
    syev_timeline *tl = NULL;
    syev_error err;
    assert_int_equal(syev_timeline_new(0, NULL, &tl, NULL), SYEV_OK);
    assert_int_equal(syev_timeline_add_json(tl, line, sizeof line - 1, &err), SYEV_OK);
    const syev_entry *e = syev_timeline_entry(tl, 0);
    assert_non_null(e);
    assert_int_equal(e->type, SYEV_EVENT_TALKS);
    assert_int_equal(e->factuality, SYEV_FACT_ASSERTED);
    assert_string_equal(e->date.value, "");
    assert_string_equal(e->mentions[0]->doc, "m");
    assert_null(e->location);
    syev_timeline_free(tl);
}

static void test_malformed_lines_are_refused(void **state)
{
    (void)state;
    static const struct {
        const char *line, *message_part;
    } bad[] = {
        {"not json", "not a JSON object"},
        {"[1,2]", "not a JSON object"},
        {"{\"id\":\"x\"}", "\"mentions\""},
        {"{\"id\":7,\"mentions\":[]}", "\"id\""},
        {"{\"mentions\":[{\"type\":\"fight\",\"mentions\":[{\"sentence\":[0,9],\"trigger\":[0,3]}]}]}",
         "\"type\""},
        {"{\"mentions\":[{\"type\":\"talks\",\"mentions\":[{\"sentence\":[5,9],\"trigger\":[0,3]}]}]}",
         "\"trigger\""},
        {"{\"length\":8,\"mentions\":[{\"type\":\"talks\",\"mentions\":[{\"sentence\":[0,9],"
         "\"trigger\":[0,3]}]}]}",
         "\"sentence\""},
        {"{\"mentions\":[{\"type\":\"talks\",\"date\":{\"begin\":\"2016-13-01\",\"end\":"
         "\"2016-13-01\"},\"mentions\":[{\"sentence\":[0,9],\"trigger\":[0,3]}]}]}",
         "\"begin\""},
        {"{\"mentions\":[{\"type\":\"talks\",\"date\":{\"begin\":\"2016-02-02\",\"end\":"
         "\"2016-02-01\"},\"mentions\":[{\"sentence\":[0,9],\"trigger\":[0,3]}]}]}",
         "\"end\""},
        {"{\"dct\":{\"value\":\"hier\",\"source\":\"text\"},\"mentions\":[]}", "\"dct.value\""},
        {"{\"id\":\"a\",\"mentions\":[{\"type\":\"talks\",\"mentions\":[{\"doc\":\"b\","
         "\"sentence\":[0,9],\"trigger\":[0,3]}]}]}",
         "\"doc\""},
        {"{\"mentions\":[],\"timexes\":[{\"span\":[3,1]}]}", "\"span\""},
    };
    syev_timeline *tl = NULL;
    assert_int_equal(syev_timeline_new(0, NULL, &tl, NULL), SYEV_OK);
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        syev_error err;
        syev_status st = syev_timeline_add_json(tl, bad[i].line, strlen(bad[i].line), &err);
        if (st != SYEV_ERR_JSON || !strstr(err.message, bad[i].message_part))
            fail_msg("line %zu: status %d, message \"%s\"", i, (int)st, err.message);
        assert_int_equal(syev_timeline_document_count(tl), 0);
        assert_int_equal(syev_timeline_count(tl), 0);
    }
    syev_timeline_free(tl);
}


/* The page escapes text and never carries a URL, even one quoted in an
 * article; every entry gets a mark with hover text and an evidence item. */
static void test_html_escapes_and_loads_nothing(void **state)
{
    (void)state;
    static const char text[] = "Selon <b>https://exemple.org/x</b>, la treve tient.";
    syev_doc *d = S_doc("h&1", "2016-05-03", text);
    syevp_mention *m = syevp_doc_add_mention(d);
    m->pub.type = SYEV_EVENT_CEASEFIRE;
    m->pub.sentence = S_span(0, sizeof text - 1);
    m->pub.trigger = S_span(39, 44);
    m->pub.date = S_day("2016-05-03");
    m->pub.factuality = SYEV_FACT_PLANNED;
    syev_timeline *tl = NULL;
    assert_int_equal(syev_timeline_new(0, NULL, &tl, NULL), SYEV_OK);
    assert_int_equal(syev_timeline_add(tl, d, NULL), SYEV_OK);
    syev_doc_free(d);
    char *html = NULL;
    assert_int_equal(syev_timeline_to_html(tl, &html, NULL), SYEV_OK);
    assert_non_null(strstr(html, "<!DOCTYPE html>"));
    assert_null(strstr(html, "http"  "s://"));
    assert_null(strstr(html, "<b>http"));
    assert_non_null(strstr(html, "&lt;b&gt;"));
    assert_non_null(strstr(html, "h&amp;1"));
    assert_non_null(strstr(html, "<mark>treve</mark>"));
    assert_non_null(strstr(html, "<title>ceasefire"));
    assert_non_null(strstr(html, "fill=\"#ffffff\" stroke=\"#1b9e77\"")); /* hollow: planned */
    assert_null(strstr(html, " src="));
    syev_free(html);
    syev_timeline_free(tl);
}

/* ------------------------------------------------------------------ */
/* One-shot API and allocation failures                                */
/* ------------------------------------------------------------------ */

static void test_text_to_json_shape(void **state)
{
    (void)state;
    static const char text[] = "Les pourparlers ont repris lundi à Genève.";
    char *out = NULL;
    syev_error err;
    if (syev_text_to_json(NULL, text, sizeof text - 1, "2016-03-15", &out, &err) != SYEV_OK)
        fail_msg("%s", err.message);
    cJSON *j = S_parse(out);
    S_assert_str(j, "schema", "syriaevents/1");
    const cJSON *doc = cJSON_GetArrayItem(S_get(j, "documents"), 0);
    S_assert_str(S_get(doc, "dct"), "value", "2016-03-15");
    S_assert_str(S_get(doc, "dct"), "source", "caller");
    assert_true(cJSON_IsArray(S_get(j, "timeline")));
    assert_true(cJSON_IsArray(S_get(j, "timexes")));
    cJSON_Delete(j);
    syev_free(out);
    assert_int_equal(syev_text_to_json(NULL, text, 5, "2016-99", &out, &err), SYEV_ERR_DATE);
    assert_null(out);
}

static void test_allocation_failures(void **state)
{
    (void)state;
    S_chaos c = {-1, 0};
    syev_allocator al = {S_chaos_malloc, S_chaos_realloc, S_chaos_free, &c};
    syev_doc *d = S_fixture_doc(&al);
    bool ok = false;
    for (long n = 0; n < 300 && !ok; n++) {
        long base = c.live;
        char *line = NULL, *out = NULL;
        syev_timeline *tl = NULL;
        c.countdown = n;
        syev_status st = syev_doc_to_json(d, &line, NULL);
        if (st == SYEV_OK)
            st = syev_timeline_new(0, &al, &tl, NULL);
        if (st == SYEV_OK)
            st = syev_timeline_add_json(tl, line, strlen(line), NULL);
        if (st == SYEV_OK)
            st = syev_timeline_to_json(tl, &out, NULL);
        assert_true(st == SYEV_OK || st == SYEV_ERR_NOMEM);
        syev_free(line);
        syev_free(out);
        syev_timeline_free(tl);
        assert_int_equal(c.live, base);
        ok = st == SYEV_OK;
    }
    assert_true(ok);
    c.countdown = -1;
    syev_doc_free(d);
    assert_int_equal(c.live, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_doc_line_fields),
        cmocka_unit_test(test_absent_fields_are_null),
        cmocka_unit_test(test_escaping),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_numbers_match_printf),
        cmocka_unit_test(test_timeline_object),
        cmocka_unit_test(test_reduce_equals_direct),
        cmocka_unit_test(test_reduce_equals_direct_on_extracted_text),
        cmocka_unit_test(test_dates_written_again_are_their_own),
        cmocka_unit_test(test_hash_hex_is_printf_hex),
        cmocka_unit_test(test_minimal_line),
        cmocka_unit_test(test_malformed_lines_are_refused),
        cmocka_unit_test(test_html_escapes_and_loads_nothing),
        cmocka_unit_test(test_text_to_json_shape),
        cmocka_unit_test(test_allocation_failures),
        cmocka_unit_test(test_output_buffer_grows_past_its_hint),
        cmocka_unit_test(test_string_escapes_at_every_place),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
