/* test_threads.c — one extractor shared by 8 threads.
 *
 * The extractor is immutable once built (syriaevents.h); documents and
 * timelines belong to one thread.  Each thread extracts every document of a
 * small set, starting at a different one, for several rounds, and compares
 * every result with the one computed beforehand on a single thread: the
 * accessor dump (fuzz/doc_dump.h), syev_doc_to_json, syev_text_to_json, and
 * a timeline of all the documents added in a fixed order.
 * tests/tsan_test.sh runs this test under ThreadSanitizer.
 */
#define _POSIX_C_SOURCE 200809L

#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "fuzz/doc_dump.h"
#include "syriaevents.h"

#define THREADS 8
#define ROUNDS 6

typedef struct doc_input {
    const char *id;
    const char *dct; /* NULL: none, found in the text or absent */
    const char *text;
} doc_input;

/* French sentences written for this test. */
static const doc_input docs[] = {
    {"t01", "2016-12-27",
     "L'arm\xC3\xA9" "e syrienne et les rebelles ont conclu mardi une tr\xC3\xAAve dans la Ghouta "
     "orientale, selon l'OSDH. Les combats avaient repris la veille."},
    {"t02", "2017-01-10",
     "Les pourparlers de paix doivent reprendre le 23 janvier \xC3\xA0 Astana, sous l'\xC3\xA9gide "
     "de la Russie, de la Turquie et de l'Iran."},
    {"t03", NULL,
     "03/05/16 \xC3\xA0 15:13\nLa Russie esp\xC3\xA8re un cessez-le-feu \xC3\xA0 Alep dans les "
     "prochaines heures, a d\xC3\xA9" "clar\xC3\xA9 Sergue\xC3\xAF Lavrov."},
    {"t04", NULL,
     "Mis \xC3\xA0 jour le 3 mai 2016\nDes frappes a\xC3\xA9riennes auraient fait vingt morts "
     "\xC3\xA0 Idleb hier, d'apr\xC3\xA8s des sources locales."},
    {"t05", NULL,
     "date 2017-02\nLe r\xC3\xA9gime a d\xC3\xA9menti avoir bombard\xC3\xA9 Homs mi-d\xC3\xA9" "cembre. "
     "Fin f\xC3\xA9vrier, l'opposition a boycott\xC3\xA9 les n\xC3\xA9gociations de Gen\xC3\xA8ve."},
    {"t06", "2017-03-23",
     "Jeudi, les FDS ont repris le barrage de Tabqa apr\xC3\xA8s une offensive contre l'\xC3\x89tat "
     "islamique. Dans la nuit de lundi \xC3\xA0 mardi, des affrontements ont eu lieu pr\xC3\xA8s "
     "de Raqqa."},
    {"t07", "2016-09-12",
     "Moscou et Washington ont annonc\xC3\xA9 un accord de cessation des hostilit\xC3\xA9s qui "
     "doit entrer en vigueur lundi au coucher du soleil. Le Conseil de s\xC3\xA9" "curit\xC3\xA9 "
     "doit se r\xC3\xA9unir dans les prochains jours."},
    {"t08", "2016",
     "Au printemps dernier, les rebelles avaient lanc\xC3\xA9 une contre-attaque au sud d'Alep. "
     "Le si\xC3\xA8ge de la ville a dur\xC3\xA9 jusqu'en d\xC3\xA9" "cembre."},
    {"t09", NULL, "Moscou, 16 f\xC3\xA9vrier (AFP) - Des raids ont vis\xC3\xA9 Deraa hier soir."},
    {"t10", "2017-05-04",
     "Les garants ont sign\xC3\xA9 un m\xC3\xA9morandum sur quatre zones de d\xC3\xA9sescalade. "
     "Il y a deux jours, le Hezbollah a repouss\xC3\xA9 une attaque dans le Qalamoun."},
    {"t11", "2016-12-07", "Cette semaine, aucune n\xC3\xA9gociation n'a eu lieu \xC3\xA0 Gen\xC3\xA8ve."},
    {"t12", NULL, ""},
};

#define NDOCS (sizeof docs / sizeof *docs)

static syev_extractor *ex;

typedef struct result {
    char *dump;      /* doc_dump, or "error N" */
    char *doc_json;  /* syev_doc_to_json, or "error N" */
    char *text_json; /* syev_text_to_json, or "error N" */
} result;

static result reference[NDOCS];
static char *reference_timeline;

static char *S_error_string(syev_status st)
{
    char buf[32];
    snprintf(buf, sizeof buf, "error %d", (int)st);
    return strdup(buf);
}

/* A library string copied with malloc (so that every result is freed the
 * same way), or the error. */
static char *S_take(syev_status st, char *out)
{
    if (st != SYEV_OK)
        return S_error_string(st);
    char *copy = strdup(out);
    syev_free(out);
    return copy;
}

static result S_compute(const doc_input *in)
{
    result r = {NULL, NULL, NULL};
    syev_doc *doc = NULL;
    syev_error err;
    size_t len = strlen(in->text);
    syev_status st = syev_extract(ex, in->text, len, in->id, in->dct, &doc, &err);
    r.dump = st == SYEV_OK ? doc_dump(doc) : S_error_string(st);
    char *out = NULL;
    if (st == SYEV_OK)
        st = syev_doc_to_json(doc, &out, &err);
    r.doc_json = S_take(st, out);
    syev_doc_free(doc);
    out = NULL;
    st = syev_text_to_json(ex, in->text, len, in->dct, &out, &err);
    r.text_json = S_take(st, out);
    return r;
}

static void S_release(result *r)
{
    free(r->dump);
    free(r->doc_json);
    free(r->text_json);
}

/* All documents, in order, into one timeline rendered as JSON. */
static char *S_timeline(void)
{
    syev_timeline *tl = NULL;
    syev_error err;
    syev_status st = syev_timeline_new(0, NULL, &tl, &err);
    for (size_t i = 0; st == SYEV_OK && i < NDOCS; i++) {
        syev_doc *doc = NULL;
        st = syev_extract(ex, docs[i].text, strlen(docs[i].text), docs[i].id, docs[i].dct, &doc,
                          &err);
        if (st == SYEV_OK)
            st = syev_timeline_add(tl, doc, &err);
        syev_doc_free(doc);
    }
    char *out = NULL;
    if (st == SYEV_OK)
        st = syev_timeline_to_json(tl, &out, &err);
    syev_timeline_free(tl);
    return S_take(st, out);
}

/* ------------------------------------------------------------------ */
/* Workers: no cmocka call here (cmocka is not thread-safe); mismatches */
/* are counted and checked by the main thread.                          */
/* ------------------------------------------------------------------ */

typedef struct worker {
    pthread_t thread;
    size_t index;
    size_t runs;
    size_t mismatches;
    char first_mismatch[160];
} worker;

static pthread_barrier_t start_line;

static void S_note_mismatch(worker *w, const char *what, const char *id)
{
    if (w->mismatches++ == 0)
        snprintf(w->first_mismatch, sizeof w->first_mismatch, "thread %zu: %s of %s differs",
                 w->index, what, id);
}

static void S_compare(worker *w, size_t d)
{
    result r = S_compute(&docs[d]);
    if (strcmp(r.dump, reference[d].dump) != 0)
        S_note_mismatch(w, "the document", docs[d].id);
    if (strcmp(r.doc_json, reference[d].doc_json) != 0)
        S_note_mismatch(w, "syev_doc_to_json", docs[d].id);
    if (strcmp(r.text_json, reference[d].text_json) != 0)
        S_note_mismatch(w, "syev_text_to_json", docs[d].id);
    S_release(&r);
    w->runs++;
}

static void *S_work(void *arg)
{
    worker *w = arg;
    pthread_barrier_wait(&start_line);
    for (size_t round = 0; round < ROUNDS; round++) {
        for (size_t k = 0; k < NDOCS; k++)
            S_compare(w, (w->index + k) % NDOCS); /* each thread starts elsewhere */
        char *tl = S_timeline();
        if (strcmp(tl, reference_timeline) != 0)
            S_note_mismatch(w, "the timeline", "all documents");
        free(tl);
    }
    return NULL;
}

/* ------------------------------------------------------------------ */

static void test_eight_threads_match_one(void **state)
{
    (void)state;
    for (size_t d = 0; d < NDOCS; d++)
        reference[d] = S_compute(&docs[d]);
    reference_timeline = S_timeline();

    worker workers[THREADS];
    assert_int_equal(pthread_barrier_init(&start_line, NULL, THREADS), 0);
    for (size_t i = 0; i < THREADS; i++) {
        memset(&workers[i], 0, sizeof workers[i]);
        workers[i].index = i;
        assert_int_equal(pthread_create(&workers[i].thread, NULL, S_work, &workers[i]), 0);
    }
    size_t runs = 0;
    for (size_t i = 0; i < THREADS; i++) {
        assert_int_equal(pthread_join(workers[i].thread, NULL), 0);
        runs += workers[i].runs;
        if (workers[i].mismatches)
            fail_msg("%zu mismatches; first: %s", workers[i].mismatches,
                     workers[i].first_mismatch);
    }
    pthread_barrier_destroy(&start_line);
    assert_int_equal(runs, (size_t)THREADS * ROUNDS * NDOCS);
}

/* The reference itself must be a real result, not a row of errors. */
static void test_reference_is_a_success(void **state)
{
    (void)state;
    for (size_t d = 0; d < NDOCS; d++) {
        if (strncmp(reference[d].doc_json, "error", 5) == 0 ||
            strncmp(reference[d].text_json, "error", 5) == 0)
            fail_msg("document %s: %s / %s", docs[d].id, reference[d].doc_json,
                     reference[d].text_json);
    }
    assert_true(strncmp(reference_timeline, "error", 5) != 0);
}

static int S_setup(void **state)
{
    (void)state;
    syev_error err;
    return syev_extractor_new(NULL, &ex, &err) == SYEV_OK ? 0 : -1;
}

static int S_teardown(void **state)
{
    (void)state;
    for (size_t d = 0; d < NDOCS; d++)
        S_release(&reference[d]);
    free(reference_timeline);
    syev_extractor_free(ex);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_eight_threads_match_one),
        cmocka_unit_test(test_reference_is_a_success),
    };
    return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
