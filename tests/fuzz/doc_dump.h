/* doc_dump.h — every public field of a document as one text, built from the
 * accessors only (header-only; used by tests to compare two results field by
 * field without depending on the JSON writer). */
#ifndef SYEV_DOC_DUMP_H
#define SYEV_DOC_DUMP_H

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "syriaevents.h"

#if defined(__GNUC__)
#define DUMP_UNUSED __attribute__((unused))
#else
#define DUMP_UNUSED
#endif

typedef struct dump_buf {
    char *data;
    size_t len, cap;
} dump_buf;

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
DUMP_UNUSED static void dump_printf(dump_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        abort();
    if (b->len + (size_t)n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + (size_t)n + 1)
            cap *= 2;
        char *p = realloc(b->data, cap);
        if (!p)
            abort();
        b->data = p;
        b->cap = cap;
    }
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

DUMP_UNUSED static void dump_date(dump_buf *b, const syev_date *d)
{
    dump_printf(b, " %s %s %s mod=%d gran=%d", d->value, d->begin, d->end, (int)d->mod,
                (int)d->granularity);
}

DUMP_UNUSED static void dump_mention(dump_buf *b, const syev_mention *m)
{
    dump_printf(b, "M %d %s s=%zu-%zu t=%zu-%zu d=%zu-%zu", (int)m->type, m->cameo ? m->cameo : "-",
                m->sentence.begin, m->sentence.end, m->trigger.begin, m->trigger.end,
                m->date_span.begin, m->date_span.end);
    dump_date(b, &m->date);
    dump_printf(b, " anchor=%d fact=%d src=%zu-%zu conf=%.6f", (int)m->anchor, (int)m->factuality,
                m->source.begin, m->source.end, m->confidence);
    for (size_t a = 0; a < m->actor_count; a++)
        dump_printf(b, " A %s %zu-%zu", m->actors[a].code, m->actors[a].span.begin,
                    m->actors[a].span.end);
    if (m->location)
        dump_printf(b, " L %s %s %.4f %.4f %d %zu-%zu", m->location->name,
                    m->location->country ? m->location->country : "-", m->location->lat,
                    m->location->lon, m->location->has_coords, m->location_span.begin,
                    m->location_span.end);
    dump_printf(b, "\n");
}

/* The dump of `doc` (malloc'd, caller frees). */
DUMP_UNUSED static char *doc_dump(const syev_doc *doc)
{
    dump_buf b = {NULL, 0, 0};
    size_t len = 0;
    syev_doc_text(doc, &len);
    syev_dct_source src = SYEV_DCT_NONE;
    const syev_date *dct = syev_doc_dct(doc, &src);
    dump_printf(&b, "doc %s len=%zu dct-source=%d", syev_doc_id(doc), len, (int)src);
    if (dct)
        dump_date(&b, dct);
    dump_printf(&b, "\n");
    for (size_t i = 0; i < syev_doc_sentence_count(doc); i++) {
        syev_span s = syev_doc_sentence(doc, i);
        dump_printf(&b, "S %zu-%zu\n", s.begin, s.end);
    }
    for (size_t i = 0; i < syev_doc_timex_count(doc); i++) {
        const syev_timex *t = syev_doc_timex(doc, i);
        dump_printf(&b, "T %zu-%zu s%zu", t->span.begin, t->span.end, t->sentence);
        dump_date(&b, &t->date);
        dump_printf(&b, "\n");
    }
    for (size_t i = 0; i < syev_doc_mention_count(doc); i++)
        dump_mention(&b, syev_doc_mention(doc, i));
    return b.data;
}

#endif /* SYEV_DOC_DUMP_H */
