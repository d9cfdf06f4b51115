/*
 * link-example.c — the smallest complete program using libsyriaevents.
 *
 * It extracts one French text, prints its time expressions, then puts its
 * events on a timeline and prints that as plain lines, earliest first,
 * reading everything through the C API (no JSON library involved).
 *
 *   link-example [--dct YYYY-MM-DD] "Le cessez-le-feu est entré en vigueur mardi."
 *   echo "..." | link-example --dct 2016-12-27
 *
 * Build it against an installed library with either of:
 *
 *   cc link-example.c $(pkg-config --cflags --libs syriaevents) -o link-example
 *
 *   # CMakeLists.txt
 *   find_package(syriaevents REQUIRED)
 *   add_executable(link-example link-example.c)
 *   target_link_libraries(link-example PRIVATE syriaevents::syriaevents)
 *
 * Exit status: 0 on success, 1 when extraction fails, 2 on a usage error.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <syriaevents.h>

/* Reads all of stdin into a NUL-terminated buffer the caller frees. */
static char *read_stdin(size_t *len)
{
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n - 1, stdin);
        if (n < cap - 1)
            break; /* end of input (or a read error) */
        char *bigger = realloc(buf, cap * 2);
        if (!bigger) {
            free(buf);
            return NULL;
        }
        buf = bigger;
        cap *= 2;
    }
    if (buf)
        buf[n] = '\0';
    *len = n;
    return buf;
}

/* Prints the bytes a span covers; spans are byte offsets into the text. */
static void print_span(const char *text, syev_span s)
{
    printf("\"%.*s\"", (int)(s.end - s.begin), text + s.begin);
}

/* The document itself: its creation date and its time expressions. */
static void print_document(const syev_doc *doc)
{
    size_t len;
    const char *text = syev_doc_text(doc, &len);
    syev_dct_source src;
    const syev_date *dct = syev_doc_dct(doc, &src);
    printf("dct: %s (%s)\n", dct ? dct->value : "none",
           src == SYEV_DCT_CALLER ? "given" : src == SYEV_DCT_TEXT ? "found in the text" : "-");

    size_t n = syev_doc_timex_count(doc);
    printf("time expressions: %zu\n", n);
    for (size_t i = 0; i < n; i++) {
        const syev_timex *t = syev_doc_timex(doc, i);
        printf("  %-24s ", t->date.value[0] ? t->date.value : "?");
        print_span(text, t->span);
        printf("\n");
    }
}

/* One timeline entry a line: when, what, how certain, then the evidence,
 * who took part (CAMEO-style codes), where and who says so.  Strings in an
 * entry are NULL when absent. */
static void print_entry(const syev_entry *e)
{
    printf("  %-10s %-10s %-9s %-9s", e->date.begin[0] ? e->date.begin : "undated", e->date.end,
           syev_event_type_name(e->type), syev_factuality_name(e->factuality));
    if (e->mention_count && e->mentions[0]->trigger_text)
        printf(" \"%s\"", e->mentions[0]->trigger_text);
    for (size_t i = 0; i < e->actor_count; i++)
        printf("%s%s", i ? "," : "  actors=", e->actors[i].code);
    if (e->location)
        printf("  place=%s", e->location->name);
    if (e->source)
        printf("  source=%s", e->source);
    printf("\n");
}

/* The events: the timeline sorts them by date and merges the mentions of
 * one real event (across documents too, when more are added). */
static void print_timeline(const syev_timeline *tl)
{
    size_t n = syev_timeline_count(tl);
    printf("events: %zu\n", n);
    for (size_t i = 0; i < n; i++)
        print_entry(syev_timeline_entry(tl, i));
}

int main(int argc, char **argv)
{
    const char *dct = NULL, *arg = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--dct") == 0 && i + 1 < argc)
            dct = argv[++i];
        else if (!arg && (argv[i][0] != '-' || strcmp(argv[i], "-") == 0))
            arg = argv[i];
        else {
            fprintf(stderr, "usage: %s [--dct YYYY-MM-DD] [TEXT | -]\n", argv[0]);
            return 2;
        }
    }

    /* The text: the argument, or stdin when there is none or it is "-". */
    size_t len = 0;
    int from_stdin = !arg || strcmp(arg, "-") == 0;
    char *input = from_stdin ? read_stdin(&len) : NULL;
    const char *text = from_stdin ? input : arg;
    if (!text) {
        fprintf(stderr, "error: out of memory\n");
        return 1;
    }
    if (!from_stdin)
        len = strlen(arg);

    /* 1. Build the extractor once: it compiles every pattern.  A real program
     *    keeps it for all its documents (it may be shared between threads).
     *    NULL options = the built-in lexicon and default limits. */
    syev_error err;
    syev_extractor *ex = NULL;
    syev_doc *doc = NULL;
    syev_timeline *tl = NULL;
    int status = 1;
    if (syev_extractor_new(NULL, &ex, &err) != SYEV_OK) {
        fprintf(stderr, "error: %s\n", err.message);
        goto done;
    }

    /* 2. Run it on one document.  The DCT (document creation time) resolves
     *    relative dates such as "mardi" or "hier"; without one the library
     *    looks for a dateline in the text. */
    if (syev_extract(ex, text, len, "example", dct, &doc, &err) != SYEV_OK) {
        fprintf(stderr, "error: %s (%s)\n", err.message, syev_strerror(err.code));
        goto done;
    }

    /* 3. Read the results: every pointer stays valid until syev_doc_free. */
    print_document(doc);

    /* 4. Put the document's events on a timeline.  The timeline copies what
     *    it needs, so the document can go right away. */
    if (syev_timeline_new(0, NULL, &tl, &err) != SYEV_OK ||
        syev_timeline_add(tl, doc, &err) != SYEV_OK) {
        fprintf(stderr, "error: %s\n", err.message);
        goto done;
    }
    syev_doc_free(doc);
    doc = NULL;
    print_timeline(tl);
    status = 0;

done:
    /* 5. Release: every free function accepts NULL. */
    syev_timeline_free(tl);
    syev_doc_free(doc);
    syev_extractor_free(ex);
    free(input);
    return status;
}
