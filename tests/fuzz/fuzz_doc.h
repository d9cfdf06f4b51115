/* fuzz_doc.h — invariants every extracted document must hold, whatever the
 * input (header-only, shared by the harnesses that extract). */
#ifndef SYEV_FUZZ_DOC_H
#define SYEV_FUZZ_DOC_H

#include "fuzz_common.h"

FUZZ_UNUSED static bool fuzz_is_continuation(const char *text, size_t off, size_t len)
{
    return off < len && ((unsigned char)text[off] & 0xC0) == 0x80;
}

/* [b, e) lies in the text and starts and ends on character boundaries. */
FUZZ_UNUSED static void fuzz_check_span(const char *what, syev_span s, const char *text,
                                        size_t len)
{
    fuzz_check(s.begin <= s.end && s.end <= len, "%s span [%zu, %zu) outside [0, %zu)", what,
               s.begin, s.end, len);
    fuzz_check(!fuzz_is_continuation(text, s.begin, len) &&
                   !fuzz_is_continuation(text, s.end, len),
               "%s span [%zu, %zu) cuts a UTF-8 character", what, s.begin, s.end);
}

FUZZ_UNUSED static bool fuzz_span_inside(syev_span inner, syev_span outer)
{
    return inner.begin >= outer.begin && inner.end <= outer.end;
}

/* "" or YYYY-MM-DD. */
FUZZ_UNUSED static bool fuzz_is_day_or_empty(const char *s)
{
    if (memchr(s, '\0', 11) == NULL)
        return false;
    if (s[0] == '\0')
        return true;
    static const char shape[] = "dddd-dd-dd";
    for (size_t i = 0; i < 10; i++) {
        bool digit = s[i] >= '0' && s[i] <= '9';
        if (shape[i] == 'd' ? !digit : s[i] != '-')
            return false;
    }
    return s[10] == '\0';
}

FUZZ_UNUSED static void fuzz_check_date(const char *what, const syev_date *d)
{
    fuzz_check(memchr(d->value, '\0', sizeof d->value) != NULL, "%s value not terminated", what);
    fuzz_check(fuzz_is_day_or_empty(d->begin) && fuzz_is_day_or_empty(d->end),
               "%s begin/end malformed: \"%.11s\" \"%.11s\"", what, d->begin, d->end);
    fuzz_check((d->begin[0] == '\0') == (d->end[0] == '\0'), "%s has only one bound", what);
    fuzz_check(strcmp(d->begin, d->end) <= 0, "%s begin %s after end %s", what, d->begin, d->end);
    fuzz_check((unsigned)d->mod <= SYEV_MOD_AFTER, "%s mod %d", what, (int)d->mod);
    fuzz_check((unsigned)d->granularity <= SYEV_GRAN_INTERVAL, "%s granularity %d", what,
               (int)d->granularity);
}

FUZZ_UNUSED static void fuzz_check_sentences(const syev_doc *doc, const char *text, size_t len)
{
    size_t n = syev_doc_sentence_count(doc), prev_end = 0;
    for (size_t i = 0; i < n; i++) {
        syev_span s = syev_doc_sentence(doc, i);
        fuzz_check_span("sentence", s, text, len);
        fuzz_check(s.begin < s.end, "empty sentence %zu", i);
        fuzz_check(s.begin >= prev_end, "sentence %zu overlaps the previous one", i);
        prev_end = s.end;
    }
}

FUZZ_UNUSED static void fuzz_check_timexes(const syev_doc *doc, const char *text, size_t len)
{
    size_t n = syev_doc_timex_count(doc);
    for (size_t i = 0; i < n; i++) {
        const syev_timex *t = syev_doc_timex(doc, i);
        fuzz_check(t != NULL, "timex %zu is NULL", i);
        fuzz_check_span("timex", t->span, text, len);
        fuzz_check(t->span.begin < t->span.end, "empty timex %zu", i);
        fuzz_check(t->sentence < syev_doc_sentence_count(doc), "timex %zu in sentence %zu", i,
                   t->sentence);
        fuzz_check_date("timex", &t->date);
    }
    fuzz_check(syev_doc_timex(doc, n) == NULL, "timex past the end");
}

FUZZ_UNUSED static void fuzz_check_mention(const syev_mention *m, const char *text, size_t len)
{
    fuzz_check((unsigned)m->type <= SYEV_EVENT_BATTLE, "type %d", (int)m->type);
    fuzz_check((unsigned)m->factuality <= SYEV_FACT_NEGATED, "factuality %d",
               (int)m->factuality);
    fuzz_check((unsigned)m->anchor <= SYEV_ANCHOR_DCT, "anchor %d", (int)m->anchor);
    fuzz_check_span("mention sentence", m->sentence, text, len);
    fuzz_check_span("trigger", m->trigger, text, len);
    fuzz_check(m->trigger.begin < m->trigger.end, "empty trigger");
    fuzz_check(fuzz_span_inside(m->trigger, m->sentence), "trigger outside its sentence");
    fuzz_check_span("date", m->date_span, text, len);
    fuzz_check_span("location", m->location_span, text, len);
    fuzz_check_span("source", m->source, text, len);
    fuzz_check_date("mention date", &m->date);
    fuzz_check(m->confidence >= 0.0 && m->confidence <= 1.0, "confidence %g", m->confidence);
    fuzz_check(m->actor_count == 0 || m->actors != NULL, "actors NULL with count %zu",
               m->actor_count);
    for (size_t a = 0; a < m->actor_count; a++) {
        fuzz_check(m->actors[a].code && m->actors[a].code[0], "actor %zu without code", a);
        fuzz_check_span("actor", m->actors[a].span, text, len);
    }
    if (m->location)
        fuzz_check(m->location->name && m->location->name[0], "location without name");
}

/* Every accessor of a successfully extracted document. */
FUZZ_UNUSED static void fuzz_check_doc(const syev_doc *doc, const char *text, size_t len)
{
    size_t doc_len = 0;
    const char *doc_text = syev_doc_text(doc, &doc_len);
    fuzz_check(doc_len == len && (len == 0 || memcmp(doc_text, text, len) == 0),
               "syev_doc_text differs from the input");
    fuzz_check(syev_doc_id(doc) != NULL, "syev_doc_id is NULL");
    syev_dct_source src = SYEV_DCT_NONE;
    const syev_date *dct = syev_doc_dct(doc, &src);
    fuzz_check((dct == NULL) == (src == SYEV_DCT_NONE), "DCT and its source disagree");
    if (dct)
        fuzz_check_date("dct", dct);
    fuzz_check_sentences(doc, text, len);
    fuzz_check_timexes(doc, text, len);
    size_t n = syev_doc_mention_count(doc);
    for (size_t i = 0; i < n; i++) {
        const syev_mention *m = syev_doc_mention(doc, i);
        fuzz_check(m != NULL, "mention %zu is NULL", i);
        fuzz_check_mention(m, text, len);
    }
    fuzz_check(syev_doc_mention(doc, n) == NULL, "mention past the end");
}

#endif /* SYEV_FUZZ_DOC_H */
