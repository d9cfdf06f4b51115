/*
 * link-example.c — the smallest complete program using libsyriaevents.
 *
 * It extracts the events of one French text and prints them as plain lines,
 * earliest first, reading the results through the C API (no JSON involved).
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

/* Undated mentions (empty `begin`) sort last; otherwise ISO dates compare as
 * strings.  Ties keep document order, as in the library's own timeline. */
static int by_date(const void *a, const void *b)
{
    const syev_mention *x = *(const syev_mention *const *)a;
    const syev_mention *y = *(const syev_mention *const *)b;
    int c;
    if (!x->date.begin[0] || !y->date.begin[0])
        c = (!x->date.begin[0]) - (!y->date.begin[0]);
    else
        c = strcmp(x->date.begin, y->date.begin);
    if (c == 0)
        c = (x->trigger.begin > y->trigger.begin) - (x->trigger.begin < y->trigger.begin);
    return c;
}

static void print_mention(const char *text, const syev_mention *m)
{
    /* One line per event: when, what, how certain, the trigger word... */
    printf("%-10s %-10s %-9s %-9s ", m->date.begin[0] ? m->date.begin : "undated",
           m->date.end[0] ? m->date.end : "", syev_event_type_name(m->type),
           syev_factuality_name(m->factuality));
    print_span(text, m->trigger);
    /* ...then who took part (CAMEO-style codes) and where. */
    for (size_t i = 0; i < m->actor_count; i++)
        printf("%s%s", i ? "," : "  actors=", m->actors[i].code);
    if (m->location)
        printf("  place=%s (%s)", m->location->name, m->location->country);
    printf("\n");
}

static void print_document(const syev_doc *doc)
{
    size_t len;
    const char *text = syev_doc_text(doc, &len);
    syev_dct_source src;
    const syev_date *dct = syev_doc_dct(doc, &src);
    printf("dct: %s (%s)\n", dct ? dct->value : "none",
           src == SYEV_DCT_CALLER ? "given" : src == SYEV_DCT_TEXT ? "found in the text" : "-");

    /* Every time expression, with its normalized value and day interval. */
    size_t nt = syev_doc_timex_count(doc);
    printf("time expressions: %zu\n", nt);
    for (size_t i = 0; i < nt; i++) {
        const syev_timex *t = syev_doc_timex(doc, i);
        printf("  %-22s ", t->date.value[0] ? t->date.value : "?");
        print_span(text, t->span);
        printf("\n");
    }

    /* The events, sorted by date: a one-document timeline. */
    size_t nm = syev_doc_mention_count(doc);
    printf("events: %zu\n", nm);
    const syev_mention **sorted = nm ? malloc(nm * sizeof *sorted) : NULL;
    if (nm && !sorted)
        return;
    for (size_t i = 0; i < nm; i++)
        sorted[i] = syev_doc_mention(doc, i);
    qsort(sorted, nm, sizeof *sorted, by_date);
    for (size_t i = 0; i < nm; i++) {
        printf("  ");
        print_mention(text, sorted[i]);
    }
    free(sorted);
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
    status = 0;

done:
    /* 4. Release: every free function accepts NULL. */
    syev_doc_free(doc);
    syev_extractor_free(ex);
    free(input);
    return status;
}
