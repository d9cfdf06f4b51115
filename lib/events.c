/* events.c — ceasefire, talks and battle mentions.
 *
 * One pass per document over the folded text:
 *   1. every trigger form (one combined alternation, compiled once per
 *      extractor; the MARK of the alternative names the table entry), minus
 *      those a stop phrase covers and weak forms without their context;
 *   2. actors, places and source phrases (actors.c);
 *   3. per sentence: each trigger's governing TIMEX, factuality
 *      (factuality.c), place and actors; triggers of one type and one date
 *      form one mention (SPEC section 2), on its first strong trigger;
 *   4. undated mentions take the date the story set for the same event, the
 *      DCT for what goes on now, and places and participants carry over to
 *      anaphors ("ces negociations", "l'accord").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "events_private.h"
#include "tense_private.h"

/* The words of a look-back list by first letter and length (S_word_among):
 * [c - 'a'], bit n for a word of n letters (bit 15: 15 or more). */
typedef struct lookback_masks {
    uint16_t sure[26], maybe[26];
} lookback_masks;

/* The keys (syevp_pattern_keys) the habit phrases can start with. */
#define HABIT_KEYS 32

typedef struct habit_keys {
    char text[HABIT_KEYS][8];
    uint8_t len[HABIT_KEYS];
    int count; /**< 0: not known (any place may start a habit) */
} habit_keys;

struct syevp_event_engine {
    const syevp_lexicon *lex;
    syevp_multi *triggers;
    syevp_multi *stops;
    syevp_multi *habits; /**< phrases that cancel the triggers before them */
    habit_keys habit_keys;
    pcre2_code *anaphor; /**< a demonstrative just before a trigger */
    pcre2_code *definite; /**< a demonstrative or definite article */
    pcre2_code *indefinite; /**< "une nouvelle attaque", "de contre-attaques" */
    pcre2_code *nonfinite;  /**< "pour consolider la", "d'avoir viole le", "en" */
    pcre2_code *nationwide; /**< "dans tout le pays", "d'autres villes" */
    uint16_t nationwide_by_first[256]; /**< [c]: bits of the nationwide_words starting with c */
    uint8_t openers_by_first[26]; /**< [c - 'a']: bits of the dependent_openers starting with c */
    lookback_masks anaphor_masks, definite_masks, indefinite_masks;
    syev_place *places;  /**< published views of lex->places (same order) */
    const syev_place *syria;
    syevp_fact_engine *fact;
    syevp_actor_engine *actors;
};

/* ------------------------------------------------------------------ */
/* Shared helpers: combined tables, scanning                          */
/* ------------------------------------------------------------------ */

syev_status syevp_scan(const syevp_run *run, const pcre2_code *re, syevp_hits *out)
{
    const syev_doc *doc = run->doc;
    const char *s = doc->text.fold;
    size_t n = doc->text.fold_len, pos = 0;
    while (pos <= n) {
        int rc = syevp_regex_match(&run->ex->re, re, s, n, pos, doc->md, run->err);
        if (rc < 0)
            return (syev_status)rc;
        if (rc == 0)
            break;
        const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(doc->md);
        PCRE2_SPTR mark = pcre2_get_mark(doc->md);
        if (!syevp_grow(&doc->alloc, (void **)&out->v, &out->cap, out->n + 1, sizeof *out->v))
            return syevp_fail(run->err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
        syevp_hit *h = &out->v[out->n++];
        h->begin = ov[0] < ov[1] ? ov[0] : ov[1];
        h->end = ov[1];
        h->entry = mark ? (size_t)strtoul((const char *)mark, NULL, 10) : 0;
        h->sentence = syevp_sentence_of(doc, h->begin);
        pos = ov[1] > pos ? ov[1] : pos + 1;
    }
    return SYEV_OK;
}

syev_status syevp_scan_table(const syevp_run *run, const syevp_multi *m, syevp_hits *out)
{
    const syev_doc *doc = run->doc;
    size_t n = doc->text.fold_len, pos = 0, b = 0, e = 0, entry = 0;
    for (;;) {
        int rc = syevp_multi_next(m, run, pos, n, &b, &e, &entry);
        if (rc < 0)
            return (syev_status)rc;
        if (rc == 0)
            return SYEV_OK;
        if (out->n == out->cap && /* a call only when full */
            !syevp_pool_grow(run->scratch, (void **)&out->v, &out->cap, out->n + 1,
                              sizeof *out->v))
            return syevp_fail(run->err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
        syevp_hit *h = &out->v[out->n++];
        h->begin = b;
        h->end = e;
        h->entry = entry;
        h->sentence = syevp_sentence_of(doc, b);
        pos = e > pos ? e : pos + 1;
        if (pos > n)
            return SYEV_OK;
    }
}

int syevp_find(const syevp_run *run, const pcre2_code *re, size_t begin, size_t end, size_t *mb,
               size_t *me)
{
    const syev_doc *doc = run->doc;
    int rc = syevp_regex_match(&run->ex->re, re, doc->text.fold, end, begin, doc->md, run->err);
    if (rc == 1) {
        const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(doc->md);
        if (mb)
            *mb = ov[0];
        if (me)
            *me = ov[1];
    }
    return rc;
}

/* ------------------------------------------------------------------ */
/* Engine                                                              */
/* ------------------------------------------------------------------ */

static const char *S_trigger_pattern(const void *table, size_t i)
{
    return ((const syevp_trigger_entry *)table)[i].pattern;
}

static const char *S_stop_pattern(const void *table, size_t i)
{
    return ((const char *const *)table)[i];
}

static syev_status S_build_places(const syev_extractor *ex, syevp_event_engine *eng,
                                  syev_error *err)
{
    const syevp_lexicon *lex = eng->lex;
    eng->places = syevp_calloc(&ex->alloc, lex->place_count ? lex->place_count : 1,
                               sizeof *eng->places);
    if (!eng->places)
        return syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    for (size_t i = 0; i < lex->place_count; i++) {
        const syevp_place_entry *p = &lex->places[i];
        eng->places[i] = (syev_place){p->name, p->country, p->lat, p->lon, 1};
        if (!eng->syria && p->kind == SYEVP_PLACE_COUNTRY && strcmp(p->country, "SY") == 0)
            eng->syria = &eng->places[i];
    }
    return SYEV_OK;
}

/* Words one of which each branch of the nationwide pattern holds, at the
 * start of a word ("tout" for "toute" too): where none is, the pattern
 * need not run. */
static const struct {
    const char *word;
    size_t len;
} nationwide_words[] = {{"tout", 4},     {"l'ensemble", 10},  {"d'autres", 8},
                        {"ailleurs", 8}, {"reste du", 8},     {"l'echelle", 9},
                        {"au niveau", 9}, {"pays a connu", 12}, {"desescalade", 11}};

#define NATIONWIDE_WORDS (sizeof nationwide_words / sizeof *nationwide_words)

_Static_assert(NATIONWIDE_WORDS <= 16, "nationwide_by_first has a bit per word");

static void S_index_nationwide(syevp_event_engine *eng)
{
    for (size_t k = 0; k < NATIONWIDE_WORDS; k++)
        eng->nationwide_by_first[(unsigned char)nationwide_words[k].word[0]] |=
            (uint16_t)(1u << k);
}

static void S_index_lookbacks(syevp_event_engine *eng);

/* Files the keys of the habit phrases (count 0 when some cannot be told);
 * false when memory ran out. */
static bool S_habit_keys(const syev_extractor *ex, habit_keys *h)
{
    uint64_t keys[HABIT_KEYS];
    h->count = 0;
    for (size_t i = 0; i < syevp_builtin_habit_count; i++) {
        const int n = syevp_pattern_keys(&ex->alloc, syevp_builtin_habits[i], 7, keys,
                                         HABIT_KEYS - h->count);
        if (n < 0)
            return false;
        if (n == 0) { /* not known: every document is scanned */
            h->count = 0;
            return true;
        }
        for (int k = 0; k < n; k++) {
            /* the level in the top byte, then the characters from bits 48-55 */
            char text[8] = {0};
            const uint8_t len = (uint8_t)(keys[k] >> 56);
            for (int j = 0; j < len; j++)
                text[j] = (char)(keys[k] >> (8 * (6 - j)));
            int same = 0; /* the branches of a phrase often share their key */
            while (same < h->count && !(h->len[same] == len && memcmp(h->text[same], text, len) == 0))
                same++;
            if (same < h->count)
                continue;
            memcpy(h->text[h->count], text, sizeof text);
            h->len[h->count++] = len;
        }
    }
    return true;
}
static void S_index_openers(syevp_event_engine *eng);

syev_status syevp_event_engine_new(const syev_extractor *ex, syevp_event_engine **out,
                                   syev_error *err)
{
    syevp_event_engine *eng = syevp_calloc(&ex->alloc, 1, sizeof *eng);
    *out = NULL;
    if (!eng)
        return syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    eng->lex = ex->lexicon;
    syev_status st = syevp_multi_new(ex, eng->lex->trigger_count, S_trigger_pattern,
                                         eng->lex->triggers, true, &eng->triggers, err);
    if (st == SYEV_OK)
        st = syevp_multi_new(ex, eng->lex->stop_count, S_stop_pattern, eng->lex->stops,
                                 true, &eng->stops, err);
    if (st == SYEV_OK)
        st = syevp_multi_new(ex, syevp_builtin_habit_count, S_stop_pattern,
                             syevp_builtin_habits, true, &eng->habits, err);
    if (st == SYEV_OK && !S_habit_keys(ex, &eng->habit_keys))
        st = syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    /* Matched on the text that ends at the trigger: "ces ", "cette
     * derniere ", "les memes " (a demonstrative points back).  The words
     * these three patterns can end on are listed again for a quick test in
     * C (anaphor_sure and the lists after it): keep them in step. */
    if (st == SYEV_OK)
        st = syevp_regex_compile(&ex->re,
                                 "\\b(?:ce|cet|cette|ces|les memes|ces memes)\\s+"
                                 "(?:(?:dernier|derniere|derniers|dernieres|meme|memes|"
                                 "premier|premiere|precedente?s?)\\s+)?\\z",
                                 0, &eng->anaphor, err);
    /* ... or a definite article ("les pourparlers", "l'accord"): a talks
     * venue named before carries over to it. */
    if (st == SYEV_OK)
        st = syevp_regex_compile(&ex->re,
                                 "(?:\\b(?:ce|cet|cette|ces|le|la|les|du|au|aux|de la)\\s+"
                                 "(?:(?:dernier|derniere|derniers|dernieres|meme|memes|"
                                 "premier|premiere|precedente?s?)\\s+)?|\\bl')\\z",
                                 0, &eng->definite, err);
    /* An indefinite article: a new event, not one the story dated. */
    if (st == SYEV_OK)
        st = syevp_regex_compile(&ex->re,
                                 "(?:\\b(?:un|une|de)\\s+|\\bd'|"
                                 /* "des", but not "lors des", "la plupart des" */
                                 "(?<!lors )(?<!cours )(?<!suite )(?<!issue )(?<!plupart )"
                                 "(?<!partie )(?<!nombre )(?<!l'un )(?<!l'une )(?<!certains )"
                                 "(?<!chacun )(?<!aucun )(?<!majorite )(?<!reprise )(?<!fin )"
                                 "(?<!debut )(?<!theatre )(?<!cible )(?<!coeur )(?<!centre )"
                                 "\\bdes\\s+)(?:(?:nouvel|nouvelle|nouveau|"
                                 "nouveaux|nouvelles|premier|premiere|courte?|breve?|vaste|longue?|"
                                 "intense|eventuel(?:le)?s?|importante?s?|violente?s?|autres?|"
                                 "veritable|grande?s?|petite?s?|enieme|second|seconde)\\s+)?\\z",
                                 0, &eng->indefinite, err);
    /* A purpose, a past infinitive or a gerund: the trigger depends on the
     * verb before it and shares its date ("se sont parle mardi pour
     * consolider la treve", "a accuse samedi les rebelles d'avoir viole le
     * cessez-le-feu en attaquant").  Its opening words are listed again in
     * S_may_depend: keep them in step. */
    if (st == SYEV_OK)
        st = syevp_regex_compile(&ex->re,
                                 "(?:\\b(?:pour|afin d(?:e|')|en vue d(?:e|')|dans le but d(?:e|'))"
                                 "\\s*(?:[a-z]+(?:er|ir|re)\\s+(?:(?:le|la|les|une?|des|du|cette|ce|"
                                 "cet|ces|son|sa|ses|leur|leurs|notre|nos)\\s+|l')?)?|"
                                 "\\bd'avoir\\s+[a-z]+\\s+(?:(?:le|la|les|une?|des|du|cette|ce|ces|"
                                 "son|sa|ses|leur|leurs)\\s+|l')?|\\ben\\s+)\\z",
                                 0, &eng->nonfinite, err);
    /* Every branch holds one of nationwide_words (S_nationwide_may): keep
     * them in step. */
    if (st == SYEV_OK)
        st = syevp_regex_compile(&ex->re,
                                 "\\b(?:(?:tout|toute|l'ensemble (?:du|de la|de l'))\\s+(?:le\\s+|l')?"
                                 "(?:pays|territoire|syrie)|d'autres (?:villes|regions|provinces|"
                                 "localites|fronts)|ailleurs dans le pays|le reste du pays|"
                                 "(?:a l'echelle|au niveau) (?:nationale?|du pays)|le pays a connu|"
                                 "zones de desescalade)\\b",
                                 0, &eng->nationwide, err);
    S_index_nationwide(eng);
    S_index_lookbacks(eng);
    S_index_openers(eng);
    if (st == SYEV_OK)
        st = S_build_places(ex, eng, err);
    if (st == SYEV_OK)
        st = syevp_fact_engine_new(ex, &eng->fact, err);
    if (st == SYEV_OK)
        st = syevp_actor_engine_new(ex, &eng->actors, err);
    if (st != SYEV_OK) {
        syevp_event_engine_free(eng, &ex->alloc);
        return st;
    }
    *out = eng;
    return SYEV_OK;
}

void syevp_event_engine_free(syevp_event_engine *eng, const syev_allocator *a)
{
    if (!eng)
        return;
    syevp_multi_free(eng->triggers, a);
    syevp_multi_free(eng->stops, a);
    syevp_multi_free(eng->habits, a);
    pcre2_code_free(eng->anaphor);
    pcre2_code_free(eng->definite);
    pcre2_code_free(eng->indefinite);
    pcre2_code_free(eng->nonfinite);
    pcre2_code_free(eng->nationwide);
    syevp_fact_engine_free(eng->fact, a);
    syevp_actor_engine_free(eng->actors, a);
    syevp_free(a, eng->places);
    syevp_free(a, eng);
}

/* ------------------------------------------------------------------ */
/* Per-document state                                                  */
/* ------------------------------------------------------------------ */

/* How far back (in mentions) the story is searched for the same event: a
 * bound that keeps a huge document linear. */
#define MENTION_WINDOW 256

/* Index of the first reference that begins at or after `pos`. */
static size_t S_first_ref_at(const syevp_refs *refs, size_t pos)
{
    return syevp_lower_bound(refs->v, refs->n, sizeof *refs->v, offsetof(syevp_ref, begin), pos);
}

/* Index of the first reference of sentence `si` or after it (references
 * are in text order): a sentence looks only at its own. */
static size_t S_first_ref(const syevp_refs *refs, size_t si)
{
    return syevp_lower_bound(refs->v, refs->n, sizeof *refs->v, offsetof(syevp_ref, sentence), si);
}

/** A trigger kept for a mention, with what each stage found for it. */
typedef struct trig {
    syevp_hit hit;
    const syevp_trigger_entry *entry;
    size_t timex;                  /**< own governing TIMEX or SIZE_MAX */
    size_t timex_gap;              /**< its distance to the trigger */
    syev_factuality fact;
    const syevp_ref *place;        /**< most specific place attached to it */
    int place_score;
    bool anaphoric;                /**< "ces negociations" */
    bool indefinite;               /**< "une attaque", "de contre-attaques" */
    bool brand_new;                /**< "une nouvelle attaque", "un autre raid" */
    size_t group;                  /**< mention group within its sentence */
} trig;

/* Where the clause marks of a document are, so that a question about a
 * long stretch of a huge sentence ("a comma between these two words?")
 * is a binary search, not a walk: without it, pairs of triggers and
 * TIMEXes made such a sentence quadratic. */
typedef struct clause_marks {
    size_t *commas, ncommas;
    size_t *stops, nstops; /**< ';' and ':' */
    size_t *all, nall;     /**< ',', ';', ':', '"', '(' and ')' */
    bool built;
} clause_marks;

/** Where a word lies in the folded text. */
typedef struct head_word {
    size_t at, len;
} head_word;

typedef struct state {
    const syevp_event_engine *eng;
    syevp_run *run;
    syevp_hits hits;   /**< every trigger match */
    syevp_hits stops;
    syevp_hits habits;
    syevp_doc_refs refs;
    trig *trigs;       /**< kept triggers, in text order */
    size_t ntrigs;
    size_t *actor_trig; /**< per actor reference: its trigger in its window, once found
                             (SIZE_MAX: not yet); each reference lies in one window */
    unsigned char *dependent; /**< per kept trigger: S_dependent once found (0: not yet,
                                   1: no, 2: yes) */
    unsigned char *timex_usable; /**< per TIMEX: S_timex_usable in its window, once found
                                      (0: not yet, 1: no, 2: yes) */
    bool seen[3];      /**< a mention of each type was emitted */
    syevp_sentence win; /**< the sentence, or the part of a huge one, at work */
    size_t win_timexes[2]; /**< the TIMEXes that begin in it (S_window_timexes) */
    unsigned char nationwide; /**< S_nationwide of the window, once found (0: not yet,
                                   1: no, 2: yes) */
    size_t military_si; /**< the sentence whose military context is known */
    int military;       /**< that context (1, 0 or a negative error) */
    clause_marks marks; /**< built only for a document with a long sentence */
    head_word *heads;   /**< per mention: the head word of its main trigger (S_head_word) */
    size_t heads_cap;
    syevp_cues cues;    /**< the factuality cues of the window (one buffer for all) */
} state;

static void S_state_release(state *S)
{
    /* hits, stops, habits, trigs, actor_trig, timex_usable, dependent, heads
     * and refs live in run->scratch */
    const syev_allocator *a = &S->run->doc->alloc;
    syevp_free(a, S->marks.commas);
    syevp_free(a, S->marks.stops);
    syevp_free(a, S->marks.all);
    syevp_free(a, S->cues.hits.v);
    syevp_doc_refs_release(&S->refs, a);
}

/* ------------------------------------------------------------------ */
/* Triggers: stops and weak forms                                      */
/* ------------------------------------------------------------------ */

/* Index of the first hit that begins at or after `pos` (hits are in text
 * order and do not overlap). */
static size_t S_first_hit_from(const syevp_hits *hits, size_t pos)
{
    return syevp_lower_bound(hits->v, hits->n, sizeof *hits->v, offsetof(syevp_hit, begin), pos);
}

/* Is the trigger's first word followed, in its clause and within reach,
 * by a habit phrase ("negocient ... depuis des annees")? */
static bool S_habit_follows(const state *S, const syevp_hit *h)
{
    const char *s = S->run->doc->text.fold;
    /* none within reach of the trigger's end (most documents have none):
     * its first word need not be read */
    size_t near = S_first_hit_from(&S->habits, h->begin);
    if (near == S->habits.n || S->habits.v[near].begin > h->end + SYEVP_HABIT_REACH)
        return false;
    size_t word_end = h->begin;
    while (word_end < h->end && s[word_end] >= 'a' && s[word_end] <= 'z')
        word_end++;
    if (word_end == h->begin)
        return false;
    size_t i = S_first_hit_from(&S->habits, word_end);
    if (i == S->habits.n || S->habits.v[i].begin - word_end > SYEVP_HABIT_REACH)
        return false;
    for (size_t p = word_end; p < S->habits.v[i].begin; p++)
        if (s[p] == '.' || s[p] == ';')
            return false;
    return true;
}

static bool S_stopped(const state *S, const syevp_hit *h)
{
    size_t i = S_first_hit_from(&S->stops, h->begin + 1); /* the last stop starting at or before */
    return (i > 0 && h->begin < S->stops.v[i - 1].end) || S_habit_follows(S, h);
}

/* The earliest strong trigger of each type (no story word, not stopped):
 * SIZE_MAX when there is none. */
static void S_first_strong(const state *S, size_t first[3])
{
    first[0] = first[1] = first[2] = SIZE_MAX;
    for (size_t i = 0; i < S->hits.n; i++) {
        const syevp_trigger_entry *e = &S->eng->lex->triggers[S->hits.v[i].entry];
        if (first[e->type] == SIZE_MAX && !(e->flags & SYEVP_TRIG_STORY) &&
            !S_stopped(S, &S->hits.v[i]))
            first[e->type] = i;
    }
}

/* A story trigger ("l'accord") needs a strong trigger of its type in its
 * sentence or earlier in the document: the earliest one is either before
 * it or, if in its sentence, after it there. */
static bool S_story_ok(const state *S, size_t k, const size_t first[3])
{
    const syevp_hit *h = &S->hits.v[k];
    size_t f = first[S->eng->lex->triggers[h->entry].type];
    if (f == SIZE_MAX)
        return false;
    const syevp_hit *o = &S->hits.v[f];
    return o->begin < h->begin || o->sentence == h->sentence;
}

/* Does the text near an agreement speak of an evacuation ("quittent
 * Harasta en vertu d'un accord", "un accord sur l'evacuation")? */
static bool S_evacuation_near(const syev_doc *doc, const syevp_hit *h)
{
    static const char *const words[] = {"evacu", "quitt", "partir", "depart d", "sortie d",
                                        "reddition"};
    const syevp_sentence *sent = &doc->sentences[h->sentence];
    size_t b = h->begin > sent->begin + 80 ? h->begin - 80 : sent->begin;
    size_t e = h->end + 60 < sent->end ? h->end + 60 : sent->end;
    const char *s = doc->text.fold;
    for (size_t p = b; p < e; p++)
        for (size_t i = 0; i < sizeof words / sizeof *words; i++)
            if (s[p] == words[i][0] && p + strlen(words[i]) <= e &&
                memcmp(s + p, words[i], strlen(words[i])) == 0)
                return true;
    return false;
}

/* The first agreement told together with a truce in its sentence: from
 * there on, the story's agreements are truces (SIZE_MAX: none).  One pass:
 * per sentence, its first agreement and whether it names a truce. */
static size_t S_first_truce_agreement(const state *S)
{
    const char *s = S->run->doc->text.fold;
    size_t si = SIZE_MAX, accord = SIZE_MAX;
    bool truce = false;
    for (size_t i = 0; i < S->hits.n; i++) {
        const syevp_hit *h = &S->hits.v[i];
        const syevp_trigger_entry *e = &S->eng->lex->triggers[h->entry];
        if (h->sentence != si) {
            if (truce && accord != SIZE_MAX)
                return accord;
            si = h->sentence;
            accord = SIZE_MAX;
            truce = false;
        }
        if (e->type != SYEV_EVENT_CEASEFIRE || S_stopped(S, h))
            continue;
        if (!(e->flags & SYEVP_TRIG_STORY))
            truce = true;
        else if (accord == SIZE_MAX && strncmp(s + h->begin, "accord", 6) == 0)
            accord = h->begin;
    }
    return truce ? accord : SIZE_MAX;
}

/* An evacuation deal is a truce only when the story's agreement is one
 * (SPEC section 6): named with a truce in its sentence, or earlier. */
static bool S_deal_ok(const state *S, const syevp_hit *h, size_t truce_agreement)
{
    const char *s = S->run->doc->text.fold;
    if (strncmp(s + h->begin, "accord", 6) != 0)
        return true;
    /* after the truce agreement any agreement is a truce: the text near it
     * need not be read */
    if (truce_agreement != SIZE_MAX && truce_agreement <= h->begin)
        return true;
    return !S_evacuation_near(S->run->doc, h);
}

static bool S_place_follows(const state *S, const syevp_hit *h)
{
    const syevp_refs *places = &S->refs.places;
    size_t lo = S_first_ref_at(places, h->end);
    return lo < places->n && places->v[lo].begin <= h->end + 4;
}

static int S_keep(state *S, size_t k, const size_t first[4])
{
    const syevp_hit *h = &S->hits.v[k];
    const syevp_trigger_entry *e = &S->eng->lex->triggers[h->entry];
    if (S_stopped(S, h))
        return 0;
    if ((e->flags & SYEVP_TRIG_STORY) &&
        (!S_story_ok(S, k, first) ||
         (e->type == SYEV_EVENT_CEASEFIRE && !S_deal_ok(S, h, first[3]))))
        return 0;
    /* "la reprise d'Idleb": naming the place taken is context enough. */
    if ((e->flags & SYEVP_TRIG_GROUND) && S_place_follows(S, h))
        return 1;
    int ok = 1;
    if ((e->flags & SYEVP_TRIG_MILITARY) && S->military_si != h->sentence) {
        /* a property of the sentence: found once for all its weak words */
        S->military = syevp_military_sentence(S->eng->actors, S->run, &S->refs, h->sentence);
        S->military_si = h->sentence;
    }
    if (e->flags & SYEVP_TRIG_MILITARY)
        ok = S->military;
    if (ok == 1 && (e->flags & SYEVP_TRIG_GROUND))
        ok = syevp_ground_near(S->eng->actors, S->run, &S->refs, h->begin, h->end);
    return ok;
}

/* Does one of the habit keys start in [b, e) of the folded text? */
static bool S_habit_key_in(const habit_keys *h, const syevp_text *t, size_t b, size_t e)
{
    for (int k = 0; k < h->count; k++) {
        const char first = h->text[k][0];
        for (const char *c = memchr(t->fold + b, first, e - b); c;
             c = c + 1 < t->fold + e ? memchr(c + 1, first, (size_t)(t->fold + e - c - 1)) : NULL)
            /* the second byte first (the text ends with a NUL, that no key holds) */
            if ((h->len[k] < 2 || c[1] == h->text[k][1]) &&
                (size_t)(c - t->fold) + h->len[k] <= t->fold_len &&
                memcmp(c, h->text[k], h->len[k]) == 0)
                return true;
    }
    return false;
}

/* Can a habit phrase follow a trigger within reach (S_habit_follows)?  A
 * phrase starts with one of its keys, in [its begin, its end +
 * SYEVP_HABIT_REACH]: where no key starts in these stretches (most
 * documents), the habits need not be scanned.  The keys list the ASCII
 * characters of \s and \d only: a text beyond ASCII is scanned. */
static bool S_habit_may_follow(const state *S)
{
    const habit_keys *h = &S->eng->habit_keys;
    const syevp_text *t = &S->run->doc->text;
    if (h->count == 0 || !t->fold_ascii)
        return true;
    /* the stretches of the hits (in text order) overlap: each run of them
     * is read at once */
    for (size_t i = 0; i < S->hits.n;) {
        const size_t b = S->hits.v[i].begin;
        size_t e = b;
        for (; i < S->hits.n && S->hits.v[i].begin <= e; i++)
            if (S->hits.v[i].end + SYEVP_HABIT_REACH + 1 > e)
                e = S->hits.v[i].end + SYEVP_HABIT_REACH + 1;
        if (e > t->fold_len)
            e = t->fold_len;
        if (b < e && S_habit_key_in(h, t, b, e))
            return true;
    }
    return false;
}

static syev_status S_find_triggers(state *S)
{
    syevp_run *run = S->run;
    syev_status st = syevp_scan_table(run, S->eng->triggers, &S->hits);
    /* Stops, habits, actors and places only qualify triggers: a text
     * without any needs none of them. */
    if (st == SYEV_OK && S->hits.n)
        st = syevp_scan_table(run, S->eng->stops, &S->stops);
    if (st == SYEV_OK && S->hits.n && S_habit_may_follow(S))
        st = syevp_scan_table(run, S->eng->habits, &S->habits);
    if (st == SYEV_OK && S->hits.n)
        st = syevp_find_refs(S->eng->actors, run, &S->refs);
    if (st != SYEV_OK)
        return st;
    S->trigs = syevp_pool_calloc(run->scratch, S->hits.n ? S->hits.n : 1, sizeof *S->trigs);
    size_t nactors = S->refs.actors.n;
    S->actor_trig = syevp_pool_calloc(run->scratch, nactors ? nactors : 1, sizeof *S->actor_trig);
    size_t ntimexes = run->doc->timex_count;
    S->timex_usable =
        syevp_pool_calloc(run->scratch, ntimexes ? ntimexes : 1, sizeof *S->timex_usable);
    S->dependent = syevp_pool_calloc(run->scratch, S->hits.n ? S->hits.n : 1, sizeof *S->dependent);
    if (!S->trigs || !S->actor_trig || !S->timex_usable || !S->dependent)
        return syevp_fail(run->err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    for (size_t k = 0; k < nactors; k++)
        S->actor_trig[k] = SIZE_MAX;
    size_t first[4]; /* the first strong trigger of each type, the first truce agreement */
    S_first_strong(S, first);
    first[3] = S_first_truce_agreement(S);
    for (size_t k = 0; k < S->hits.n; k++) {
        int ok = S_keep(S, k, first);
        if (ok < 0)
            return (syev_status)ok;
        if (!ok)
            continue;
        trig *t = &S->trigs[S->ntrigs++];
        t->hit = S->hits.v[k];
        t->entry = &S->eng->lex->triggers[t->hit.entry];
        t->timex = SIZE_MAX;
    }
    return SYEV_OK;
}

/* ------------------------------------------------------------------ */
/* Dates                                                               */
/* ------------------------------------------------------------------ */

static size_t S_gap(size_t ab, size_t ae, size_t bb, size_t be)
{
    return ae <= bb ? bb - ae : be <= ab ? ab - be : 0;
}

/* A word of a list S_preceded_by reads, with its length. */
typedef struct word_len {
    const char *word;
    size_t len;
} word_len;

#define WORD(w) {w, sizeof w - 1}

/* Does the text that ends at `pos` end with one of `words`? */
static bool S_preceded_by(const char *s, size_t from, size_t pos, const word_len *words,
                          size_t nwords)
{
    while (pos > from && s[pos - 1] == ' ')
        pos--;
    for (size_t i = 0; i < nwords; i++) {
        const size_t n = words[i].len;
        /* the last two letters first: most words differ there */
        if (pos >= from + n && s[pos - 1] == words[i].word[n - 1] &&
            (n < 2 || s[pos - 2] == words[i].word[n - 2]) &&
            memcmp(s + pos - n, words[i].word, n) == 0 &&
            (pos - n == from || s[pos - n - 1] == ' ' || s[pos - n - 1] == '\''))
            return true;
    }
    return false;
}

/* A TIMEX that cannot date an event of its sentence: the dateline, the
 * bound of a state ("prolongee jusqu'a mercredi"), the start of the war in
 * a casualty count ("270 000 morts depuis mars 2011"). */
static bool S_timex_usable(const syev_doc *doc, size_t x, size_t si)
{
    static const word_len bounds[] = {WORD("jusqu'a"), WORD("jusqu'au"), WORD("jusqu'aux"),
                                      WORD("jusqu'en")};
    static const word_len background[] = {WORD("morts depuis"),   WORD("victimes depuis"),
                                          WORD("guerre depuis"),  WORD("conflit depuis"),
                                          WORD("morts en"),       WORD("depuis le debut de")};
    const syevp_timex *tx = &doc->timexes[x];
    const syevp_sentence *sent = &doc->sentences[si];
    const char *s = doc->text.fold;
    if ((tx->flags & SYEVP_TX_DCT_HEADER) || !tx->pub.date.value[0] || tx->begin < sent->begin ||
        tx->end > sent->end)
        return false;
    static const word_len war[] = {WORD("morts"),   WORD("victimes"), WORD("tues"),
                                   WORD("guerre"),  WORD("conflit"),  WORD("ravage"),
                                   WORD("ravagee"), WORD("dechire"),  WORD("dechiree")};
    bool since = strncmp(s + tx->begin, "depuis ", 7) == 0;
    return !S_preceded_by(s, sent->begin, tx->begin, bounds, sizeof bounds / sizeof *bounds) &&
           !S_preceded_by(s, sent->begin, tx->begin, background,
                          sizeof background / sizeof *background) &&
           !(since && S_preceded_by(s, sent->begin, tx->begin, war, sizeof war / sizeof *war));
}

/* No clause boundary (comma, semicolon, colon, quote) in [b, e)? */
static bool S_one_clause(const char *s, size_t b, size_t e)
{
    static const bool clause_mark[256] = {[','] = true, [';'] = true, [':'] = true,
                                          ['"'] = true, ['('] = true, [')'] = true};
    for (size_t i = b; i < e; i++)
        if (clause_mark[(unsigned char)s[i]])
            return false;
    return true;
}

/* What a punctuation mark adds to the cost of a link across it. */
typedef struct mark_cost {
    char mark;
    size_t cost;
} mark_cost;

/* The cost of the n marks in [b, e) of s: each mark found by memchr (they
 * are rare: most stretches between words hold none). */
static size_t S_marks_cost(const char *s, size_t b, size_t e, const mark_cost *marks, size_t n)
{
    size_t cost = 0;
    for (size_t k = 0; k < n && b < e; k++)
        for (const char *c = memchr(s + b, marks[k].mark, e - b); c;
             c = memchr(c + 1, marks[k].mark, (size_t)(s + e - c - 1)))
            cost += marks[k].cost;
    return cost;
}

/* Stretches up to this long are read byte by byte; longer ones (only in
 * a sentence longer than this) are looked up in the clause marks. */
#define LONG_SPAN 512

static bool S_marks_push(const syev_allocator *a, size_t **v, size_t *n, size_t *cap, size_t pos)
{
    if (*n == *cap && !syevp_grow(a, (void **)v, cap, *n + 1, sizeof **v))
        return false;
    (*v)[(*n)++] = pos;
    return true;
}

/* Builds S->marks when some sentence is longer than LONG_SPAN. */
static syev_status S_marks_build(state *S)
{
    const syev_doc *doc = S->run->doc;
    bool long_sentence = false;
    for (size_t i = 0; i < doc->sentence_count && !long_sentence; i++)
        long_sentence = doc->sentences[i].end - doc->sentences[i].begin > LONG_SPAN;
    if (!long_sentence)
        return SYEV_OK;
    clause_marks *m = &S->marks;
    size_t cap_commas = 0, cap_stops = 0, cap_all = 0;
    const char *s = doc->text.fold;
    bool ok = true;
    for (size_t i = 0; i < doc->text.fold_len && ok; i++) {
        const char c = s[i];
        if (c != ',' && c != ';' && c != ':' && c != '"' && c != '(' && c != ')')
            continue;
        ok = S_marks_push(&doc->alloc, &m->all, &m->nall, &cap_all, i);
        if (ok && c == ',')
            ok = S_marks_push(&doc->alloc, &m->commas, &m->ncommas, &cap_commas, i);
        if (ok && (c == ';' || c == ':'))
            ok = S_marks_push(&doc->alloc, &m->stops, &m->nstops, &cap_stops, i);
    }
    m->built = ok;
    return ok ? SYEV_OK : syevp_fail(S->run->err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
}

/* Index of the first of the n sorted positions v that is >= pos. */
static size_t S_mark_from(const size_t *v, size_t n, size_t pos)
{
    return syevp_lower_bound(v, n, sizeof *v, 0, pos);
}

/* How many of the n sorted positions v lie in [b, e) (b <= e)? */
static size_t S_marks_in(const size_t *v, size_t n, size_t b, size_t e)
{
    return S_mark_from(v, n, e) - S_mark_from(v, n, b);
}

/* S_one_clause, by the marks for a long stretch. */
static bool S_clause_free(const state *S, size_t b, size_t e)
{
    if (e <= b || e - b <= LONG_SPAN || !S->marks.built)
        return S_one_clause(S->run->doc->text.fold, b, e);
    return S_marks_in(S->marks.all, S->marks.nall, b, e) == 0;
}

/* The last comma in [lo, pos), or SIZE_MAX. */
static size_t S_last_comma(const state *S, size_t lo, size_t pos)
{
    if (pos - lo > LONG_SPAN && S->marks.built) {
        size_t k = S_mark_from(S->marks.commas, S->marks.ncommas, pos);
        return k > 0 && S->marks.commas[k - 1] >= lo ? S->marks.commas[k - 1] : SIZE_MAX;
    }
    /* forward, comma after comma: they are rare, a walk back byte by byte
     * costs more */
    const char *s = S->run->doc->text.fold;
    size_t last = SIZE_MAX;
    for (const char *c = lo < pos ? memchr(s + lo, ',', pos - lo) : NULL; c;
         c = memchr(c + 1, ',', (size_t)(s + pos - c - 1)))
        last = (size_t)(c - s);
    return last;
}

/* The first comma in [b, e), or SIZE_MAX. */
static size_t S_next_comma(const state *S, size_t b, size_t e)
{
    if (e - b > LONG_SPAN && S->marks.built) {
        size_t k = S_mark_from(S->marks.commas, S->marks.ncommas, b);
        return k < S->marks.ncommas && S->marks.commas[k] < e ? S->marks.commas[k] : SIZE_MAX;
    }
    const char *s = S->run->doc->text.fold;
    const char *c = memchr(s + b, ',', e - b);
    return c ? (size_t)(c - s) : SIZE_MAX;
}

/* Is the TIMEX inside a relative clause (", qui ...", ", ou ...") whose
 * antecedent is not the trigger ("Astana, ou les organisateurs installaient
 * dimanche une table": dimanche does not date the talks)?  Only the comma
 * nearest before the TIMEX can open it. */
static bool S_timex_in_other_clause(const state *S, const syevp_sentence *sent, const trig *t,
                                    const syevp_timex *tx)
{
    static const char *const relatives[] = {", qui ", ", dont ", ", ou ", ", lequel ",
                                            ", laquelle "};
    const char *s = S->run->doc->text.fold;
    size_t lo = t->hit.end <= tx->begin ? t->hit.end : sent->begin;
    size_t p = lo < tx->begin ? S_last_comma(S, lo, tx->begin) : SIZE_MAX;
    if (p == SIZE_MAX)
        return false;
    for (size_t i = 0; i < sizeof relatives / sizeof *relatives; i++) {
        size_t n = strlen(relatives[i]);
        if (p + n <= tx->begin && memcmp(s + p, relatives[i], n) == 0)
            /* the clause describes the trigger when it follows it
             * closely, and holds it when it comes after the pronoun */
            return !(t->hit.end <= p && p - t->hit.end <= 2) &&
                   (t->hit.begin < p || !S_clause_free(S, p + n, t->hit.begin));
    }
    return false;
}

/* An opening phrase ends at a comma within this many bytes of the start of
 * its sentence (a bound that keeps a huge sentence linear). */
#define OPENING_MAX 120

/* The first comma of the sentence if it closes an opening phrase, else
 * NULL. */
static const char *S_opening_comma(const syev_doc *doc, const syevp_sentence *sent)
{
    size_t len = sent->end - sent->begin;
    return memchr(doc->text.fold + sent->begin, ',', len < OPENING_MAX ? len : OPENING_MAX);
}

/* A TIMEX governs the whole sentence when it opens it ("Dimanche, ...",
 * "Dans la matinee du 5 septembre, ...") or dates the report ("a declare
 * mardi que ..."). */
static bool S_timex_governs_sentence(const syev_doc *doc, size_t x, size_t si)
{
    const char *s = doc->text.fold;
    const syevp_sentence *sent = &doc->sentences[si];
    const syevp_timex *tx = &doc->timexes[x];
    const char *comma = S_opening_comma(doc, sent);
    size_t first_end = comma ? (size_t)(comma - s) : sent->end;
    if ((tx->end <= first_end && first_end - sent->begin < 90) || tx->begin == sent->begin)
        return true;
    static const word_len saying[] = {WORD("declare"), WORD("annonce"), WORD("indique"),
                                      WORD("affirme"), WORD("confirme"), WORD("precise"),
                                      WORD("dit"),     WORD("ajoute"),   WORD("rapporte"),
                                      WORD("assure")};
    return S_preceded_by(s, sent->begin, tx->begin, saying, sizeof saying / sizeof *saying);
}

/* The TIMEXes that begin in the window `sent` (the sentence, or a part of
 * a huge one): indexes [*lo, *hi) (TIMEXes are in text order).  Found once
 * per window (S_set_window). */
static void S_window_timexes(const syev_doc *doc, const syevp_sentence *sent, size_t *lo,
                             size_t *hi)
{
    size_t a = 0, b = doc->timex_count;
    while (a < b) {
        size_t mid = a + (b - a) / 2;
        if (doc->timexes[mid].begin < sent->begin)
            a = mid + 1;
        else
            b = mid;
    }
    *lo = a;
    while (a < doc->timex_count && doc->timexes[a].begin < sent->end)
        a++;
    *hi = a;
}

/* S_timex_usable for a TIMEX of the window, found once (a TIMEX lies in
 * one window: its sentence is always `si`). */
static bool S_usable(state *S, size_t x, size_t si)
{
    if (!S->timex_usable[x])
        S->timex_usable[x] = S_timex_usable(S->run->doc, x, si) ? 2 : 1;
    return S->timex_usable[x] == 2;
}

/* The usable TIMEX nearest before the trigger in its clause (SIZE_MAX:
 * none): the date of the verb a dependent clause hangs on. */
static size_t S_timex_before(state *S, const syevp_sentence *sent, size_t si, const trig *t)
{
    const syev_doc *doc = S->run->doc;
    size_t best = SIZE_MAX;
    for (size_t x = S->win_timexes[0]; x < S->win_timexes[1]; x++) {
        const syevp_timex *tx = &doc->timexes[x];
        if (tx->end > t->hit.begin)
            continue;
        if (S_usable(S, x, si) && !S_timex_in_other_clause(S, sent, t, tx))
            best = x;
    }
    return best;
}

/* The only usable TIMEX of the sentence (SIZE_MAX: none or several). */
static size_t S_only_timex(state *S, size_t si)
{
    size_t found = SIZE_MAX;
    for (size_t x = S->win_timexes[0]; x < S->win_timexes[1]; x++) {
        if (!S_usable(S, x, si))
            continue;
        if (found != SIZE_MAX)
            return SIZE_MAX;
        found = x;
    }
    return found;
}

/* Is there a feminine or plural past participle in [b, e) ("une treve
 * instauree fin decembre": the date is the participle's)? */
static bool S_participle_between(const char *s, size_t b, size_t e)
{
    static const word_len endings[] = {WORD("ee"), WORD("ees"), WORD("ise"),
                                       WORD("ises"), WORD("ue"), WORD("ues")};
    for (size_t i = b; i < e; i++) {
        if (s[i] < 'a' || s[i] > 'z' || (i + 1 < e && s[i + 1] >= 'a' && s[i + 1] <= 'z'))
            continue;
        size_t w = i + 1; /* a word ends at i */
        for (size_t k = 0; k < sizeof endings / sizeof *endings; k++) {
            const size_t n = endings[k].len;
            /* the last letter first: most words end otherwise */
            if (s[i] == endings[k].word[n - 1] && w >= b + n + 3 &&
                memcmp(s + w - n, endings[k].word, n) == 0)
                return true;
        }
    }
    return false;
}

/* The only date of a sentence dates the undated triggers of its clause
 * ("la surveillance de la treve doit etre definie lors de discussions dans
 * les prochains jours"), whatever their type, unless it belongs to a
 * participle after the trigger that took it. */
static void S_share_only_date(state *S, const syevp_sentence *sent, size_t si, trig *t,
                              size_t n)
{
    const syev_doc *doc = S->run->doc;
    size_t x = S_only_timex(S, si);
    if (x == SIZE_MAX)
        return;
    const syevp_timex *tx = &doc->timexes[x];
    const char *s = doc->text.fold;
    for (size_t j = 0; j < n; j++)
        if (t[j].timex == x && t[j].hit.end <= tx->begin &&
            S_participle_between(s, t[j].hit.end, tx->begin))
            return;
    for (size_t i = 0; i < n; i++) {
        size_t b = t[i].hit.end <= tx->begin ? t[i].hit.end : tx->end;
        size_t e = t[i].hit.end <= tx->begin ? tx->begin : t[i].hit.begin;
        if (t[i].timex == SIZE_MAX && !t[i].anaphoric && b <= e && e - b <= 70 &&
            S_one_clause(s, b, e) && !S_timex_in_other_clause(S, sent, &t[i], tx))
            t[i].timex = x;
    }
}

/* A date given to a verb dates its clause: "des raids ont frappe dimanche"
 * (dimanche chose "frappe"; "raids" is its subject). */
static void S_share_verb_dates(const state *S, trig *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (t[i].timex != SIZE_MAX || t[i].anaphoric)
            continue;
        for (size_t j = 0; j < n; j++) {
            bool verb = t[j].entry->flags & SYEVP_TRIG_VERB;
            size_t b = i < j ? t[i].hit.end : t[j].hit.end, e = i < j ? t[j].hit.begin : t[i].hit.begin;
            if (j != i && verb && t[j].timex != SIZE_MAX && t[j].entry->type == t[i].entry->type &&
                b <= e && S_clause_free(S, b, e)) {
                t[i].timex = t[j].timex;
                break;
            }
        }
    }
}

/* Beyond this cost a TIMEX dates no trigger by nearness (it belongs to a
 * clause of its own, two commas or a long way off). */
#define MAX_TIMEX_COST 250

/* When a relative clause set off by commas follows the trigger right away
 * (", qui ... ,"), the position after its closing comma; else `pos`. */
static size_t S_after_relative(const state *S, size_t pos, size_t limit)
{
    const char *s = S->run->doc->text.fold;
    static const char *const relatives[] = {", qui ", ", dont ", ", ou ", ", lequel ", ", laquelle "};
    for (size_t i = 0; i < sizeof relatives / sizeof *relatives; i++) {
        size_t n = strlen(relatives[i]);
        if (pos + n > limit || memcmp(s + pos, relatives[i], n) != 0)
            continue;
        size_t close = S_next_comma(S, pos + n, limit);
        return close != SIZE_MAX ? close + 1 : pos;
    }
    return pos;
}

/* Cost of dating trigger t with a TIMEX at [b, e): the distance, more when
 * the date comes first, and much more across a clause boundary ("en vigueur
 * depuis le 30 decembre, malgre des violations": the date is the truce's). */
static size_t S_timex_cost(const state *S, const trig *t, size_t b, size_t e)
{
    const char *s = S->run->doc->text.fold;
    size_t lo = e <= t->hit.begin ? e : t->hit.end, hi = e <= t->hit.begin ? t->hit.begin : b;
    /* "Le processus, qui vise a ..., a ete lance en janvier": the verb after
     * the relative clause is the trigger's */
    size_t after = lo == t->hit.end ? S_after_relative(S, t->hit.end, hi) : lo;
    /* The cost is at least the distance: past MAX_TIMEX_COST, any cost
     * does (no reading of a huge sentence's words for each pair). */
    if (hi > after && hi - after > MAX_TIMEX_COST)
        return MAX_TIMEX_COST + 1;
    size_t cost = after > lo ? hi - after : S_gap(t->hit.begin, t->hit.end, b, e);
    cost += e <= t->hit.begin ? 15 : 0;
    /* what each clause mark adds */
    static const mark_cost marks[] = {{',', 100}, {';', 200}, {':', 200}};
    return cost + S_marks_cost(s, after, hi, marks, sizeof marks / sizeof *marks);
}

/* Is the trigger in a clause that depends on the verb before it ("pour
 * consolider la treve", "en attaquant")?  Read only for the triggers that
 * ask: undated ones, mentions without participants. */
static bool S_dependent(state *S, const trig *t);

/* Each TIMEX of a sentence chooses the trigger nearest to it (a date after
 * its event is the usual order: "est entre en vigueur vendredi"), and each
 * trigger keeps the nearest of the TIMEXes that chose it; a trigger that
 * none chose takes one that governs the whole sentence. */
static void S_attach_timexes(state *S, trig *t, size_t n, size_t si)
{
    const syev_doc *doc = S->run->doc;
    const syevp_sentence *sent = &doc->sentences[si];
    const size_t lo = S->win_timexes[0], hi = S->win_timexes[1];
    for (size_t i = 0; i < n; i++)
        t[i].timex_gap = SIZE_MAX;
    for (size_t x = lo; x < hi; x++) {
        if (!S_usable(S, x, si))
            continue;
        const syevp_timex *tx = &doc->timexes[x];
        size_t best = SIZE_MAX, best_gap = SIZE_MAX;
        for (size_t i = 0; i < n; i++) {
            if (S_timex_in_other_clause(S, sent, &t[i], tx))
                continue;
            size_t g = S_timex_cost(S, &t[i], tx->begin, tx->end);
            if (g < best_gap)
                best = i, best_gap = g;
        }
        if (best != SIZE_MAX && best_gap < t[best].timex_gap && best_gap <= MAX_TIMEX_COST) {
            t[best].timex = x;
            t[best].timex_gap = best_gap;
        }
    }
    for (size_t x = lo; x < hi; x++) {
        if (!S_usable(S, x, si) || !S_timex_governs_sentence(doc, x, si))
            continue;
        for (size_t i = 0; i < n; i++)
            if (t[i].timex == SIZE_MAX && !t[i].anaphoric &&
                !S_timex_in_other_clause(S, sent, &t[i], &doc->timexes[x]))
                t[i].timex = x;
    }
    for (size_t i = 0; i < n; i++)
        if (t[i].timex == SIZE_MAX && S_dependent(S, &t[i]))
            t[i].timex = S_timex_before(S, sent, si, &t[i]);
    S_share_verb_dates(S, t, n);
    S_share_only_date(S, sent, si, t, n);
}

static void S_date_from_timex(const syev_doc *doc, syevp_mention *m, size_t x)
{
    const syevp_timex *tx = &doc->timexes[x];
    m->timex_index = x;
    m->pub.date = tx->pub.date;
    m->pub.date_span = (syev_span){tx->begin, tx->end};
    m->pub.anchor = tx->flags & (SYEVP_TX_RELATIVE | SYEVP_TX_ANAPHORIC) ? SYEV_ANCHOR_RELATIVE
                                                                         : SYEV_ANCHOR_EXPLICIT;
}

static void S_date_from_dct(const syev_doc *doc, syevp_mention *m)
{
    if (doc->dct.pub.value[0]) {
        m->pub.date = doc->dct.pub;
        m->pub.anchor = SYEV_ANCHOR_DCT;
    } else {
        memset(&m->pub.date, 0, sizeof m->pub.date);
        m->pub.anchor = SYEV_ANCHOR_NONE;
    }
}

static bool S_unreal(syev_factuality f)
{
    return f == SYEV_FACT_PLANNED || f == SYEV_FACT_POSSIBLE;
}

/* The main mention of the last sentence that has one of this type: the
 * truce that came into force, not the agreement it was made under. */
static const syevp_mention *S_last_of_type(const syev_doc *doc, size_t first,
                                           syev_event_type type, bool real)
{
    const syevp_mention *found = NULL;
    for (size_t i = first; i-- > 0 && first - i <= MENTION_WINDOW;) {
        const syevp_mention *p = &doc->mentions[i];
        if (p->pub.type != type || !p->pub.date.value[0] || (real && S_unreal(p->pub.factuality)))
            continue;
        if (found && p->sentence_index != found->sentence_index)
            break;
        found = p;
    }
    return found;
}


/* The head word of a trigger [b, e): past a reflexive pronoun, an
 * auxiliary or an article ("se sont rendus" -> "rendus"); its first five
 * letters at most.  Returns its offset, *n its length. */
static size_t S_head_word(const char *s, size_t b, size_t e, size_t *n)
{
    static const struct {
        const char *word;
        size_t len;
    } skip[] = {{"se", 2},  {"sont", 4}, {"est", 3}, {"etait", 5}, {"etaient", 7}, {"a", 1},
                {"ont", 3}, {"la", 2},   {"le", 2},  {"les", 3},   {"des", 3},     {"du", 2},
                {"de", 2},  {"ces", 3},  {"cet", 3}, {"cette", 5}, {"ce", 2}};
    for (;;) {
        size_t w = 0; /* strcspn(s + b, " '"), inline: the words are short */
        while (s[b + w] && s[b + w] != ' ' && s[b + w] != '\'')
            w++;
        bool skipped = false;
        for (size_t i = 0; i < sizeof skip / sizeof *skip && b + w < e && !skipped; i++)
            skipped = skip[i].len == w && s[b] == skip[i].word[0] &&
                      memcmp(s + b, skip[i].word, w) == 0;
        if (!skipped && !(b + w < e && s[b + w] == '\'' && w <= 1)) {
            *n = w > 5 ? 5 : w;
            return b;
        }
        b += w + 1;
    }
}

/* The same trigger word earlier ("la contre-attaque a echoue"): the last
 * such event that happened, else the last of them (one walk for both). */
static const syevp_mention *S_last_same_word(const state *S, size_t first, const trig *t)
{
    const syev_doc *doc = S->run->doc;
    const char *s = doc->text.fold;
    const syevp_mention *any = NULL; /* the last with the same word, real or not */
    const head_word h = S->heads[first]; /* the head of t, the main trigger of mention first */
    for (size_t i = first; i-- > 0 && first - i <= MENTION_WINDOW;) {
        const syevp_mention *p = &doc->mentions[i];
        if (p->pub.type != t->entry->type || !p->pub.date.value[0])
            continue;
        if (S->heads[i].len != h.len || strncmp(s + S->heads[i].at, s + h.at, h.len) != 0)
            continue;
        if (!S_unreal(p->pub.factuality))
            return p;
        if (!any)
            any = p;
    }
    return any;
}

/* The last dated mention of the type that is planned or hoped for: a plan
 * told again ("ces pourparlers", in the future) is the same plan. */
static const syevp_mention *S_last_plan(const syev_doc *doc, size_t first, syev_event_type type)
{
    for (size_t i = first; i-- > 0 && first - i <= MENTION_WINDOW;) {
        const syevp_mention *p = &doc->mentions[i];
        if (p->pub.type == type && p->pub.date.value[0] && S_unreal(p->pub.factuality))
            return p;
    }
    return NULL;
}

/* The earlier mention of the same real event; NULL when none was dated.
 * A plan refers to the plan told before; other events to the same word,
 * else to the last event of the type, what happened before what was only
 * planned or hoped for ("cette treve" is the truce in force, not the truce
 * someone proposed to monitor).  With an indefinite article only the same
 * word refers back ("une treve de 48 heures", told again). */
static const syevp_mention *S_antecedent(const state *S, size_t first, const trig *main)
{
    const syev_doc *doc = S->run->doc;
    syev_event_type type = main->entry->type;
    if (S_unreal(main->fact)) /* a plan is the same as a plan told before, else new */
        return main->indefinite ? NULL : S_last_plan(doc, first, type);
    const syevp_mention *from = S_last_same_word(S, first, main);
    if (from || main->indefinite)
        return from;
    from = S_last_of_type(doc, first, type, true); /* what happened before what was planned */
    return from ? from : S_last_of_type(doc, first, type, false);
}

/* The latest date the story set before sentence `si` (in any sentence). */
static const syevp_timex *S_last_story_date(const syev_doc *doc, size_t si)
{
    for (size_t x = doc->timex_count; x-- > 0;) {
        const syevp_timex *tx = &doc->timexes[x];
        if (tx->begin < doc->sentences[si].begin && !(tx->flags & SYEVP_TX_DCT_HEADER) &&
            tx->first_day != SYEVP_NO_DAY)
            return tx;
    }
    return NULL;
}

/* Does the undated trigger refer back to an event the story told?  An
 * anaphor always does ("ces frappes", "cette treve"), even in the present
 * tense; otherwise what goes on now is dated by the DCT, and "une nouvelle
 * attaque" is a new event. */
static syev_status S_refers_back(const syevp_run *run, const trig *main, bool *back)
{
    const syev_doc *doc = run->doc;
    *back = main->anaphoric;
    if (main->anaphoric || main->brand_new)
        return SYEV_OK;
    const syevp_sentence *sent = &doc->sentences[main->hit.sentence];
    syevp_verb v;
    if (syevp_tense_near_cached(&doc->text, &doc->alloc, run->verbs, sent->begin, sent->end,
                                main->hit.begin, &v) != SYEV_OK)
        return syevp_fail(run->err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    *back = v.tense != SYEVP_TENSE_PRESENT;
    return SYEV_OK;
}

/* Undated: the date of the same event earlier in the story, else the DCT
 * (an unrelated event told before lends it no date). */
static syev_status S_date_inherited(const state *S, syevp_mention *m, const trig *main,
                                    size_t first)
{
    const syev_doc *doc = S->run->doc;
    /* The antecedent is looked for first: without one, whether the trigger
     * refers back changes nothing, and its tense need not be read. */
    const syevp_mention *from = S_antecedent(S, first, main);
    if (from) {
        bool back = false;
        const syev_status st = S_refers_back(S->run, main, &back);
        if (st != SYEV_OK)
            return st;
        if (!back)
            from = NULL;
    }
    /* "Apres cette reunion": an anaphor of what the story told last */
    const syevp_timex *story =
        !from && main->anaphoric ? S_last_story_date(doc, main->hit.sentence) : NULL;
    if (from)
        m->pub.date = from->pub.date;
    else if (story)
        m->pub.date = story->pub.date;
    else {
        S_date_from_dct(doc, m);
        return SYEV_OK;
    }
    m->pub.anchor = SYEV_ANCHOR_INHERITED;
    return SYEV_OK;
}

/* ------------------------------------------------------------------ */
/* Places and actors per trigger                                       */
/* ------------------------------------------------------------------ */

static int S_place_rank(syevp_place_kind k)
{
    switch (k) {
    case SYEVP_PLACE_SITE: case SYEVP_PLACE_DISTRICT: case SYEVP_PLACE_TOWN: return 5;
    case SYEVP_PLACE_CITY: return 4;
    case SYEVP_PLACE_REGION: return 3;
    case SYEVP_PLACE_GOVERNORATE: return 2;
    default: return 1;
    }
}

/* Is the trigger inside an opening adverbial phrase ("Juste avant l'heure
 * prevue pour l'arret des combats, le Conseil ...")?  Such a phrase sets
 * the scene; the main clause names the event. */
static bool S_in_opening_phrase(const syev_doc *doc, const trig *t)
{
    static const word_len openers[] = {
        WORD("avant "),   WORD("apres "), WORD("depuis "), WORD("durant "),
        WORD("pendant "), WORD("malgre "), WORD("lors "),  WORD("juste "),
        WORD("au lendemain "), WORD("a la veille "), WORD("dans l'attente ")};
    const syevp_sentence *sent = &doc->sentences[t->hit.sentence];
    const char *s = doc->text.fold + sent->begin;
    const char *comma = S_opening_comma(doc, sent);
    if (!comma || doc->text.fold + t->hit.begin > comma)
        return false;
    /* the text holds the opener's bytes (it ends with a NUL that no opener has) */
    const size_t room = doc->text.fold_len - sent->begin;
    for (size_t i = 0; i < sizeof openers / sizeof *openers; i++)
        if (s[0] == openers[i].word[0] && openers[i].len <= room &&
            memcmp(s, openers[i].word, openers[i].len) == 0)
            return true;
    return false;
}

/* Cost of linking something at [b, e) to trigger t: the distance, more
 * across punctuation, and a little more when it comes before the trigger
 * (complements usually follow: "negociations entre Turcs et Russes"). */
static size_t S_link_cost(const char *s, const trig *t, size_t b, size_t e)
{
    size_t lo = e <= t->hit.begin ? e : t->hit.end, hi = e <= t->hit.begin ? t->hit.begin : b;
    size_t cost = S_gap(t->hit.begin, t->hit.end, b, e);
    /* what each mark adds */
    static const mark_cost marks[] = {{',', 40}, {';', 120}, {':', 120}, {'"', 120}};
    cost += S_marks_cost(s, lo, hi, marks, sizeof marks / sizeof *marks);
    return cost + (e <= t->hit.begin ? 15 : 0);
}

static bool S_place_fits(const trig *t, const syevp_ref *r, bool next);

/* Does the place follow the trigger closely ("la bataille d'Alep")? */
static bool S_next_to(const trig *t, const syevp_ref *r)
{
    return r->begin >= t->hit.end && r->begin <= t->hit.end + 4;
}


/* Cost of linking the reference [b, e) to trigger t (S_link_cost), more
 * when t is named in the opening phrase and the reference in the main
 * clause ("Depuis la victoire de X, la Russie ...": the subject of the main
 * clause does not belong to that event). */
static size_t S_ref_cost(const syev_doc *doc, const trig *t, size_t b, size_t e)
{
    const char *s = doc->text.fold;
    size_t c = S_link_cost(s, t, b, e);
    if (b > t->hit.end && S_in_opening_phrase(doc, t) &&
        memchr(s + t->hit.end, ',', b - t->hit.end))
        c += 500;
    return c;
}

/* What S_ref_cost is at least: the distance (+15 before the trigger). */
static size_t S_least_cost(const trig *t, size_t b, size_t e)
{
    return S_gap(t->hit.begin, t->hit.end, b, e) + (e <= t->hit.begin ? 15 : 0);
}

/* The best trigger so far (*best, SIZE_MAX: none yet) and its cost: trigger
 * i replaces it when it costs less, or as much with a lower index.  Its
 * punctuation is not counted when its distance alone rules it out. */
static void S_consider_trig(const syev_doc *doc, const trig *t, size_t i, const syevp_ref *ref,
                            bool fitting, size_t *best, size_t *best_cost)
{
    size_t least = S_least_cost(&t[i], ref->begin, ref->end);
    if (least > *best_cost || (least == *best_cost && i > *best))
        return;
    if (fitting && !S_place_fits(&t[i], ref, S_next_to(&t[i], ref)))
        return;
    size_t c = S_ref_cost(doc, &t[i], ref->begin, ref->end);
    if (c < *best_cost || (c == *best_cost && i < *best)) {
        *best = i;
        *best_cost = c;
    }
}

/* The trigger nearest to a reference (the first of least cost): an actor
 * (place NULL) or, with `fitting`, a place, among the triggers it can
 * locate (SIZE_MAX: none).  The closest trigger is costed first: its cost
 * rules most others out by their distance alone. */
static size_t S_nearest_trig(const state *S, const trig *t, size_t n, const syevp_ref *ref,
                             bool fitting)
{
    const syev_doc *doc = S->run->doc;
    if (n == 1) /* no other trigger to weigh it against */
        return !fitting || S_place_fits(&t[0], ref, S_next_to(&t[0], ref)) ? 0 : SIZE_MAX;
    size_t closest = 0;
    for (size_t i = 1; i < n; i++)
        if (S_least_cost(&t[i], ref->begin, ref->end) <
            S_least_cost(&t[closest], ref->begin, ref->end))
            closest = i;
    size_t best = SIZE_MAX, best_cost = SIZE_MAX;
    if (n > 0)
        S_consider_trig(doc, t, closest, ref, fitting, &best, &best_cost);
    for (size_t i = 0; i < n; i++)
        if (i != closest)
            S_consider_trig(doc, t, i, ref, fitting, &best, &best_cost);
    return best == SIZE_MAX && !fitting ? 0 : best;
}

/* How good a place is for an event: the most specific first, then one
 * reached by a preposition of place ("a Alep") or right after the trigger
 * ("les quartiers assieges de Homs"). */
static int S_place_score(const syevp_ref *r, bool next_to_trigger)
{
    bool locative = (r->flags & SYEVP_REF_LOCATIVE) || next_to_trigger;
    int landmark = r->flags & SYEVP_REF_LANDMARK ? 40 : 0; /* "pres de Damas" */
    return 10 * S_place_rank(r->place->kind) + (locative ? 5 : 0) - landmark;
}

/* Can this place be where the event of trigger t happens?  (`next`: it
 * follows the trigger: "la conference de paix Geneve II".) */
static bool S_place_fits(const trig *t, const syevp_ref *r, bool next)
{
    bool locative = (r->flags & SYEVP_REF_LOCATIVE) || next;
    switch (t->entry->type) {
    case SYEV_EVENT_CEASEFIRE: /* a truce covers ground in Syria, not the city that agreed it */
        return strcmp(r->place->country, "SY") == 0;
    case SYEV_EVENT_TALKS: /* a venue, never "sur la Syrie" (the topic) */
        return locative && (r->place->kind != SYEVP_PLACE_COUNTRY ||
                            strcmp(r->place->country, "SY") != 0);
    default:
        return true;
    }
}

/* Each place of the sentence goes to the nearest trigger it can locate
 * ("se sont entretenus vendredi a Geneve avant d'annoncer l'accord": Geneva
 * is the venue of the talks, no truce covers it). */
static void S_attach_places(state *S, trig *t, size_t n)
{
    for (size_t k = S_first_ref_at(&S->refs.places, S->win.begin); k < S->refs.places.n; k++) {
        const syevp_ref *r = &S->refs.places.v[k];
        if (r->begin >= S->win.end)
            break;
        if (r->flags & (SYEVP_REF_QUALIFIER | SYEVP_REF_SPEAKER))
            continue;
        size_t b = S_nearest_trig(S, t, n, r, true);
        if (b == SIZE_MAX)
            continue;
        trig *best = &t[b];
        int score = S_place_score(r, S_next_to(best, r));
        if (!best->place || score > best->place_score) {
            best->place = r;
            best->place_score = score;
        }
    }
}

/* ------------------------------------------------------------------ */
/* Look-back patterns ("ces ", "l'", "une nouvelle "): a test in C      */
/* ------------------------------------------------------------------ */

/* The anaphor, definite and indefinite patterns end with a word and blanks
 * (\s+) or with an elided article ("l'", "d'") right before the trigger.
 * The last word before the final blanks mostly decides: the pattern cannot
 * match after any word not listed here, surely matches after a `sure` one
 * ("ces ", "la ", "une ") and may match after a `maybe` one (an adjective
 * after the article: "cette derniere ").  "des" is sure unless a word its
 * lookbehinds rule out comes before it ("lors des").  So the pattern only
 * runs in the few doubtful cases.  The lists
 * must hold every word each pattern can end on (see the patterns in
 * syevp_event_engine_new). */
typedef struct lookback {
    const char *const *sure;  /**< NULL-terminated */
    const char *const *maybe; /**< NULL-terminated */
    char elided;              /**< 'l' for "l'", 'd' for "d'", 0: none */
    /* A word sure unless one of `not_after` (NULL-terminated, each with its
     * blank, as the lookbehinds of its branch have them) comes right
     * before it: "des", not "lors des" (NULL: none). */
    const char *guarded;
    const char *const *not_after;
} lookback;

#define ORDINAL_WORDS                                                                          \
    "dernier", "derniere", "derniers", "dernieres", "meme", "memes", "premier", "premiere",     \
        "precedent", "precedente", "precedents", "precedentes"

static const char *const anaphor_sure[] = {"ce", "cet", "cette", "ces", NULL};
static const char *const anaphor_maybe[] = {ORDINAL_WORDS, NULL}; /* "les memes" ends on memes */
static const char *const definite_sure[] = {"ce", "cet", "cette", "ces", "le", "la",
                                            "les", "du", "au", "aux", NULL};
static const char *const definite_maybe[] = {ORDINAL_WORDS, NULL};
static const char *const indefinite_sure[] = {"un", "une", "de", NULL};
static const char *const indefinite_maybe[] = {
    "nouvel", "nouvelle", "nouveau", "nouveaux", "nouvelles", "premier", "premiere",
    "court", "courte", "brev", "breve", "vaste", "longu", "longue", "intense", "eventuel",
    "eventuelle", "eventuels", "eventuelles", "important", "importante", "importants",
    "importantes", "violent", "violente", "violents", "violentes", "autre", "autres",
    "veritable", "grand", "grande", "grands", "grandes", "petit", "petite", "petits", "petites",
    "enieme", "second", "seconde", NULL};

/* The lookbehinds before "des" in the indefinite pattern. */
static const char *const indefinite_not_after[] = {
    "lors ",   "cours ",    "suite ",    "issue ",   "plupart ", "partie ", "nombre ",
    "l'un ",   "l'une ",    "certains ", "chacun ",  "aucun ",   "majorite ", "reprise ",
    "fin ",    "debut ",    "theatre ",  "cible ",   "coeur ",   "centre ", NULL};

static const lookback anaphor_words = {anaphor_sure, anaphor_maybe, 0, NULL, NULL};
static const lookback definite_words = {definite_sure, definite_maybe, 'l', NULL, NULL};
static const lookback indefinite_words = {indefinite_sure, indefinite_maybe, 'd', "des",
                                          indefinite_not_after};

/* The bit of a word of n letters in a lookback_masks row. */
static uint16_t S_length_bit(size_t n)
{
    return (uint16_t)(1u << (n < 15 ? n : 15));
}

/* Files the words of `list` in `rows`. */
static void S_file_lengths(const char *const *list, uint16_t rows[26])
{
    for (; *list; list++) {
        const unsigned c = (unsigned char)(*list)[0] - 'a';
        if (c < 26)
            rows[c] |= S_length_bit(strlen(*list));
        else /* it starts with no letter a-z: no word is ruled out */
            for (unsigned r = 0; r < 26; r++)
                rows[r] = 0xFFFFu;
    }
}

static lookback_masks S_masks_of(const lookback *lw)
{
    lookback_masks m;
    memset(&m, 0, sizeof m);
    S_file_lengths(lw->sure, m.sure);
    S_file_lengths(lw->maybe, m.maybe);
    return m;
}

static void S_index_lookbacks(syevp_event_engine *eng)
{
    eng->anaphor_masks = S_masks_of(&anaphor_words);
    eng->definite_masks = S_masks_of(&definite_words);
    eng->indefinite_masks = S_masks_of(&indefinite_words);
}

/* A byte that may belong to a blank (\s with Unicode properties: the
 * non-ASCII blanks are multi-byte). */
static bool S_maybe_blank(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || c >= 0x80;
}

/* A byte that is surely no word character for \b (an ASCII one that is
 * not a letter, a digit or '_'). */
static bool S_surely_no_word(unsigned char c)
{
    return c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                         (c >= '0' && c <= '9') || c == '_');
}

/* Is w[0, n) (n > 0, of letters a-z) one of `list`?  `lengths` (its
 * lookback_masks row, or NULL) rules out most words at once. */
static bool S_word_among(const char *w, size_t n, const char *const *list,
                         const uint16_t *lengths)
{
    if (lengths && !(lengths[w[0] - 'a'] & S_length_bit(n)))
        return false;
    for (; *list; list++) {
        const char *c = *list;
        if (c[0] != w[0])
            continue;
        /* compared here: these words are short, a call of strncmp costs more */
        size_t i = 1;
        while (i < n && c[i] == w[i])
            i++;
        if (i == n && c[n] == '\0')
            return true;
    }
    return false;
}

/* Does a word boundary (\b) surely come before offset `b`? */
static bool S_boundary_before(const unsigned char *s, size_t b)
{
    return b == 0 || S_surely_no_word(s[b - 1]);
}

/* Does text[0, pos) end with one of `words` (NULL-terminated)? */
static bool S_ends_with_one_of(const char *text, size_t pos, const char *const *words)
{
    for (; *words; words++) {
        const size_t n = strlen(*words);
        if (pos >= n && memcmp(text + pos - n, *words, n) == 0)
            return true;
    }
    return false;
}

/* Can a pattern described by `lw` match text that starts at `from` or
 * after it and ends at `pos`?  0: no, 1: yes, -1: only the pattern can tell. */
/* The text that ends at pos (from `from` on), and its last word of
 * letters a-z [wb, we) before blanks (empty: none). */
typedef struct word_before {
    size_t from, pos;
    size_t wb, we;
} word_before;

static word_before S_word_before(const char *text, size_t from, size_t pos)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t we = pos;
    while (we > from && S_maybe_blank(s[we - 1]))
        we--;
    size_t wb = we;
    while (wb > from && s[wb - 1] >= 'a' && s[wb - 1] <= 'z')
        wb--;
    return (word_before){from, pos, wb, we};
}

/* S_lookback_quick, its last word found (the same for all the patterns
 * asked about one trigger). */
static int S_lookback_word(const char *text, const word_before *w, const lookback *lw,
                           const lookback_masks *masks)
{
    const unsigned char *s = (const unsigned char *)text;
    const size_t from = w->from, pos = w->pos, wb = w->wb, we = w->we;
    if (pos >= from + 2 && s[pos - 1] == '\'') {
        if (!lw->elided || s[pos - 2] != (unsigned char)lw->elided)
            return 0;
        if (pos - 2 > 0 && s[pos - 3] >= 0x80)
            return -1; /* a non-ASCII letter or not: \b undecided */
        return S_boundary_before(s, pos - 2) ? 1 : 0;
    }
    if (we == pos || wb == we)
        return 0;
    if (lw->guarded && strlen(lw->guarded) == we - wb &&
        memcmp(text + wb, lw->guarded, we - wb) == 0) {
        if (!syevp_only_blanks(text, we, pos) || !S_boundary_before(s, wb))
            return -1;
        return S_ends_with_one_of(text, wb, lw->not_after) ? 0 : 1;
    }
    if (S_word_among(text + wb, we - wb, lw->maybe, masks ? masks->maybe : NULL))
        return -1;
    if (!S_word_among(text + wb, we - wb, lw->sure, masks ? masks->sure : NULL))
        return 0;
    if (!syevp_only_blanks(text, we, pos) || !S_boundary_before(s, wb))
        return -1; /* a non-ASCII blank, or a letter before the word */
    return 1;
}

static int S_lookback_quick(const char *text, size_t from, size_t pos, const lookback *lw,
                            const lookback_masks *masks)
{
    const word_before w = S_word_before(text, from, pos);
    return S_lookback_word(text, &w, lw, masks);
}

/* The anaphor, definite and indefinite patterns hold at most this many
 * words ("les memes derniers", "de la premiere"): letters a-z and
 * apostrophes between blanks. */
#define LOOKBACK_WORDS 3

/* Where the last LOOKBACK_WORDS words of text[from, pos) start, with the
 * blanks after them (at `from` at most): no match of those patterns that
 * ends at pos starts before. */
static size_t S_last_words(const char *text, size_t from, size_t pos)
{
    const unsigned char *s = (const unsigned char *)text;
    for (int k = 0; k < LOOKBACK_WORDS; k++) {
        while (pos > from && S_maybe_blank(s[pos - 1]))
            pos--;
        while (pos > from && ((s[pos - 1] >= 'a' && s[pos - 1] <= 'z') || s[pos - 1] == '\''))
            pos--;
    }
    return pos;
}

/* The text of the sentence that ends at the trigger (40 bytes at most),
 * and its last word. */
static word_before S_trigger_word_before(const state *S, const trig *t)
{
    const syev_doc *doc = S->run->doc;
    size_t sb = doc->sentences[t->hit.sentence].begin;
    size_t from = t->hit.begin > sb + 40 ? t->hit.begin - 40 : sb;
    return S_word_before(doc->text.fold, from, t->hit.begin);
}

/* Does `re` match w, the text of the sentence that ends at a trigger? */
static bool S_before_trigger(const state *S, const pcre2_code *re, const lookback *lw,
                             const lookback_masks *masks, const word_before *w)
{
    const char *text = S->run->doc->text.fold;
    int quick = S_lookback_word(text, w, lw, masks);
    if (quick >= 0)
        return quick == 1;
    const size_t start = S_last_words(text, w->from, w->pos);
    return syevp_find(S->run, re, start, w->pos, NULL, NULL) == 1;
}

/* "les negociations", "l'accord": read only where it matters (a battle
 * planned or hoped for with no place), not for every trigger. */
static bool S_definite(const state *S, const trig *t)
{
    const word_before w = S_trigger_word_before(S, t);
    return S_before_trigger(S, S->eng->definite, &definite_words, &S->eng->definite_masks, &w);
}

/* "une nouvelle attaque", "un autre raid": not the event told before. */
static bool S_brand_new(const syev_doc *doc, const trig *t)
{
    static const word_len words[] = {WORD("nouvel"),    WORD("nouvelle"), WORD("nouveau"),
                                     WORD("nouveaux"),  WORD("nouvelles"), WORD("autre"),
                                     WORD("autres")};
    size_t sb = doc->sentences[t->hit.sentence].begin;
    return S_preceded_by(doc->text.fold, sb, t->hit.begin, words, sizeof words / sizeof *words);
}

/* A word of S_may_depend, with its length. */
typedef struct opener {
    const char *word;
    size_t len;
} opener;

/* The first of t's word boundaries in [from, pos) (where \b may hold)
 * after no letter a-z where one of `words` starts and ends by pos
 * (SIZE_MAX: none); by_first[c - 'a']: the bits of the words that start
 * with letter c. */
static size_t S_first_word(const syevp_text *t, size_t from, size_t pos, const opener *words,
                           const uint8_t by_first[26])
{
    const char *s = t->fold;
    for (size_t i = syevp_first_bound(t, from), stop = syevp_first_bound(t, pos); i < stop; i++) {
        const size_t p = t->bounds[i];
        const unsigned c = (unsigned char)s[p] - 'a';
        if (c >= 26 || !by_first[c] || (p > 0 && s[p - 1] >= 'a' && s[p - 1] <= 'z'))
            continue;
        /* the second byte first: "de", "des" and "d'" open no word there */
        for (unsigned m = by_first[c]; m; m &= m - 1) {
            const opener *w = &words[syevp_lowest_bit(m)];
            if (p + w->len <= pos && s[p + 1] == w->word[1] && memcmp(s + p, w->word, w->len) == 0)
                return p;
        }
    }
    return SIZE_MAX;
}

/* The words each branch of the nonfinite pattern opens with (after \b),
 * but for the gerund ("en" and blanks at the end). */
static const opener dependent_openers[] = {
    {"pour", 4}, {"afin d", 6}, {"en vue d", 8}, {"dans le but d", 13}, {"d'avoir", 7}};

#define DEPENDENT_OPENERS (sizeof dependent_openers / sizeof *dependent_openers)

_Static_assert(DEPENDENT_OPENERS <= 8, "openers_by_first has a bit per opener");

static void S_index_openers(syevp_event_engine *eng)
{
    for (size_t k = 0; k < DEPENDENT_OPENERS; k++)
        eng->openers_by_first[(unsigned char)dependent_openers[k].word[0] - 'a'] |=
            (uint8_t)(1u << k);
}

/* Where in [from, pos) of t can the nonfinite pattern first match?  Each
 * of its branches starts at \b with one of dependent_openers, or is "en"
 * and blanks at the end: the first opener, else `from` if the gerund may
 * match (SIZE_MAX: nowhere). */
static size_t S_may_depend(const syevp_event_engine *eng, const syevp_text *t, size_t from,
                           size_t pos)
{
    static const char *const none[] = {NULL};
    static const char *const en[] = {"en", NULL};
    static const lookback gerund = {none, en, 0, NULL, NULL};
    const size_t first =
        S_first_word(t, from, pos, dependent_openers, eng->openers_by_first);
    if (first != SIZE_MAX)
        return first; /* "en" at the end comes after the opener */
    return S_lookback_quick(t->fold, from, pos, &gerund, NULL) != 0 ? from : SIZE_MAX;
}

/* Is the trigger in a clause that depends on the verb before it (a
 * purpose, a past infinitive, a gerund: "en attaquant")? */
static bool S_find_dependent(const state *S, const trig *t)
{
    const syev_doc *doc = S->run->doc;
    const char *s = doc->text.fold;
    size_t sb = doc->sentences[t->hit.sentence].begin;
    size_t from = t->hit.begin > sb + 60 ? t->hit.begin - 60 : sb, mb = 0;
    /* no match starts before `start`: the search need not try there */
    const size_t start = S_may_depend(S->eng, &doc->text, from, t->hit.begin);
    if (start == SIZE_MAX ||
        syevp_find(S->run, S->eng->nonfinite, start, t->hit.begin, &mb, NULL) != 1)
        return false;
    if (strncmp(s + mb, "en ", 3) != 0)
        return true;
    /* "en" only before a gerund */
    return t->hit.end - t->hit.begin > 3 && memcmp(s + t->hit.end - 3, "ant", 3) == 0;
}

/* S_find_dependent for a kept trigger, found once (its dates and its
 * mention's actors both ask). */
static bool S_dependent(state *S, const trig *t)
{
    unsigned char *known = &S->dependent[t - S->trigs];
    if (!*known)
        *known = S_find_dependent(S, t) ? 2 : 1;
    return *known == 2;
}

/* For tests (test_events.c): does the quick test in C of a look-back
 * pattern agree with the pattern on `text`, taken as the text before a
 * trigger?  The quick test may always answer "ask the pattern"; when it
 * answers yes or no, the pattern must say the same. */
int syevp_lookback_agrees(const syev_extractor *ex, syevp_lookback which, const char *text)
{
    const syevp_event_engine *eng = ex->events;
    const size_t len = strlen(text);
    static const char *const none[] = {NULL};
    static const lookback nonfinite_words = {none, none, 0, NULL, NULL};
    const pcre2_code *re = which == SYEVP_LOOKBACK_ANAPHOR      ? eng->anaphor
                           : which == SYEVP_LOOKBACK_DEFINITE   ? eng->definite
                           : which == SYEVP_LOOKBACK_INDEFINITE ? eng->indefinite
                                                                : eng->nonfinite;
    const lookback *lw = which == SYEVP_LOOKBACK_ANAPHOR      ? &anaphor_words
                         : which == SYEVP_LOOKBACK_DEFINITE   ? &definite_words
                         : which == SYEVP_LOOKBACK_INDEFINITE ? &indefinite_words
                                                              : &nonfinite_words;
    const lookback_masks *masks = which == SYEVP_LOOKBACK_ANAPHOR      ? &eng->anaphor_masks
                                  : which == SYEVP_LOOKBACK_DEFINITE   ? &eng->definite_masks
                                  : which == SYEVP_LOOKBACK_INDEFINITE ? &eng->indefinite_masks
                                                                       : NULL;
    /* the tests and the pattern read the folded text, as in a document */
    syevp_text t;
    pcre2_match_data *md;
    if (!syevp_fold_for_test(&ex->alloc, text, len, 4, &t, &md))
        return -1;
    /* where the first match can start: the nonfinite test tells, and the
     * others start in the last words */
    const size_t start = which == SYEVP_LOOKBACK_NONFINITE ? S_may_depend(eng, &t, 0, t.fold_len)
                                                           : S_last_words(t.fold, 0, t.fold_len);
    const int quick = which == SYEVP_LOOKBACK_NONFINITE
                          ? (start != SIZE_MAX ? -1 : 0)
                          : S_lookback_quick(t.fold, 0, t.fold_len, lw, masks);
    const int rc = pcre2_match(re, (PCRE2_SPTR)t.fold, t.fold_len, 0, 0, md, NULL);
    const bool before_start = rc >= 0 && pcre2_get_ovector_pointer(md)[0] < start;
    pcre2_match_data_free(md);
    syevp_text_release(&t, &ex->alloc);
    if (rc < 0 && rc != PCRE2_ERROR_NOMATCH)
        return -1;
    return !before_start && (quick < 0 || (quick == 1) == (rc >= 0));
}

/* ------------------------------------------------------------------ */
/* Mentions                                                            */
/* ------------------------------------------------------------------ */

static const char *S_cameo(const trig *t, syev_factuality f)
{
    if (t->entry->type == SYEV_EVENT_CEASEFIRE && f == SYEV_FACT_PLANNED)
        return "0356"; /* express intent to de-escalate */
    if (t->entry->type == SYEV_EVENT_CEASEFIRE && f == SYEV_FACT_POSSIBLE)
        return "0256"; /* appeal for de-escalation */
    if (t->entry->type == SYEV_EVENT_TALKS && (f == SYEV_FACT_PLANNED || f == SYEV_FACT_POSSIBLE))
        return "036"; /* express intent to meet or negotiate */
    return t->entry->cameo;
}

static double S_confidence(const trig *t, syev_anchor anchor)
{
    double c = t->entry->flags & (SYEVP_TRIG_MILITARY | SYEVP_TRIG_GROUND | SYEVP_TRIG_STORY)
                   ? 0.6
                   : 0.85;
    if (anchor == SYEV_ANCHOR_EXPLICIT || anchor == SYEV_ANCHOR_RELATIVE)
        c += 0.1;
    else if (anchor == SYEV_ANCHOR_NONE)
        c -= 0.1;
    return c > 1.0 ? 1.0 : c < 0.0 ? 0.0 : c;
}

/* Was `code` already added to the mention whose actors start at `first`? */
static bool S_has_actor(const syev_doc *doc, size_t first, const char *code)
{
    for (size_t i = first; i < doc->actor_count; i++)
        if (strcmp(doc->actor_pool[i].code, code) == 0)
            return true;
    return false;
}

static syev_status S_add_actor(state *S, syevp_mention *m, const char *code, size_t b, size_t e);

/* A reference's actors: its code, and for both sides of the war the
 * opposition too (armed in a battle). */
static syev_status S_add_ref(state *S, syevp_mention *m, const syevp_ref *r)
{
    syev_status st = S_add_actor(S, m, r->code, r->begin, r->end);
    if (st == SYEV_OK && (r->flags & SYEVP_REF_SIDES))
        st = S_add_actor(S, m, m->pub.type == SYEV_EVENT_BATTLE ? "SYRREB" : "SYROPP", r->begin,
                         r->end);
    return st;
}

static syev_status S_add_actor(state *S, syevp_mention *m, const char *code, size_t b, size_t e)
{
    syev_doc *doc = S->run->doc;
    if (!code[0] || S_has_actor(doc, m->actor_first, code))
        return SYEV_OK;
    if (syevp_doc_add_actor(doc, code, b, e) == SIZE_MAX)
        return syevp_fail(S->run->err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    m->pub.actor_count++;
    return SYEV_OK;
}

/* Is [b, e) a comma or "et", with an article ("le regime et les rebelles")? */
static bool S_coordinated(const char *s, size_t b, size_t e)
{
    static const word_len joints[] = {
        WORD(","),        WORD(", "),      WORD(" et "),    WORD(", et "),    WORD(" et les "),
        WORD(" et le "),  WORD(" et la "), WORD(" et l'"),  WORD(" et des "), WORD(" et du "),
        WORD(", les "),   WORD(", le "),   WORD(", la "),   WORD(", l'")};
    for (size_t i = 0; i < sizeof joints / sizeof *joints; i++)
        if (joints[i].len == e - b && memcmp(s + b, joints[i].word, e - b) == 0)
            return true;
    return false;
}

/* The trigger an actor reference belongs to: the nearest one, except that
 * coordinated actors ("militaires russes et americains", "la Russie, la
 * Turquie et l'Iran") go together with the first of them. */
static size_t S_find_actor_trigger(const state *S, const trig *t, size_t n, size_t k)
{
    const syevp_ref *r = &S->refs.actors.v[k];
    const char *s = S->run->doc->text.fold;
    while (k > 0) {
        const syevp_ref *prev = &S->refs.actors.v[k - 1];
        if (prev->sentence != r->sentence || prev->end > r->begin || r->begin - prev->end > 12)
            break;
        if (!S_coordinated(s, prev->end, r->begin))
            break;
        r = prev;
        k--;
    }
    return S_nearest_trig(S, t, n, r, false);
}

/* The same, found once per reference: every mention of the window and the
 * actors it shares ask for it. */
static size_t S_actor_trigger(state *S, const trig *t, size_t n, size_t k)
{
    if (S->actor_trig[k] == SIZE_MAX)
        S->actor_trig[k] = S_find_actor_trigger(S, t, n, k);
    return S->actor_trig[k];
}

/* Actors of the sentence that are participants, each linked to its nearest
 * trigger; the mention takes those of all its triggers. */
static syev_status S_mention_actors(state *S, syevp_mention *m, const trig *t, size_t n,
                                    size_t group)
{
    for (size_t k = S_first_ref_at(&S->refs.actors, S->win.begin); k < S->refs.actors.n; k++) {
        const syevp_ref *r = &S->refs.actors.v[k];
        if (r->begin >= S->win.end)
            break;
        if (r->flags & (SYEVP_REF_SPEAKER | SYEVP_REF_SUPPORTER))
            continue;
        if (t[S_actor_trigger(S, t, n, k)].group != group)
            continue;
        syev_status st = S_add_ref(S, m, r);
        if (st != SYEV_OK)
            return st;
    }
    return SYEV_OK;
}

/* A truce discussed in talks ("des consultations ... sur un eventuel
 * cessez-le-feu") has the parties of the talks, and the other way round:
 * a ceasefire or talks mention with no participant of its own takes those
 * linked to the other ceasefire and talks triggers of its sentence. */
static syev_status S_shared_actors(state *S, syevp_mention *m, const trig *t, size_t n,
                                   bool with_battles)
{
    for (size_t k = S_first_ref_at(&S->refs.actors, S->win.begin); k < S->refs.actors.n; k++) {
        const syevp_ref *r = &S->refs.actors.v[k];
        if (r->begin >= S->win.end)
            break;
        if (r->flags & (SYEVP_REF_SPEAKER | SYEVP_REF_SUPPORTER))
            continue;
        if (!with_battles && t[S_actor_trigger(S, t, n, k)].entry->type == SYEV_EVENT_BATTLE)
            continue;
        syev_status st = S_add_ref(S, m, r);
        if (st != SYEV_OK)
            return st;
    }
    return SYEV_OK;
}

/* An anaphor with no participant of its own carries those of the last
 * mention of its type that named some. */
static syev_status S_inherit_actors(state *S, syevp_mention *m, size_t first)
{
    syev_doc *doc = S->run->doc;
    for (size_t i = first; i-- > 0 && first - i <= MENTION_WINDOW;) {
        const syevp_mention p = doc->mentions[i];
        if (p.pub.type != m->pub.type || p.pub.actor_count == 0)
            continue;
        for (size_t a = 0; a < p.pub.actor_count; a++) {
            const syev_actor act = doc->actor_pool[p.actor_first + a];
            syev_status st = S_add_actor(S, m, act.code, act.span.begin, act.span.end);
            if (st != SYEV_OK)
                return st;
        }
        return SYEV_OK;
    }
    return SYEV_OK;
}

static const syev_place *S_pub_place(const state *S, const syevp_place_entry *p)
{
    return &S->eng->places[p - S->eng->lex->places];
}

/* Where: the best place of the mention's triggers (those as certain as its
 * main one: "discute ... pour preparer d'eventuels pourparlers a Astana" is
 * not located in Astana); else what the story said for the same kind of
 * event (battles and truces always happen somewhere, Syria by default;
 * talks carry a venue over only to an anaphor). */
/* The latest place in Syria the story named in the three sentences before
 * `si` (for a battle told without one: "au sud de cette ville, ..."). */
static const syevp_ref *S_last_place(const state *S, size_t si)
{
    for (size_t k = S_first_ref(&S->refs.places, si); k-- > 0;) {
        const syevp_ref *r = &S->refs.places.v[k];
        if (r->sentence + 3 < si)
            break;
        if (!(r->flags & (SYEVP_REF_QUALIFIER | SYEVP_REF_SPEAKER | SYEVP_REF_LANDMARK)) &&
            r->place->kind != SYEVP_PLACE_COUNTRY && strcmp(r->place->country, "SY") == 0)
            return r;
    }
    return NULL;
}

/* The location of the last mention of a type that happened (a truce
 * hoped for in one city does not locate the truce in force); with
 * `country`, only if it lies there and was named within the two sentences
 * before `si`. */
static const syev_place *S_story_place(const syev_doc *doc, size_t first, syev_event_type type,
                                       const char *country, size_t si)
{
    for (size_t i = first; i-- > 0 && first - i <= MENTION_WINDOW;) {
        const syevp_mention *p = &doc->mentions[i];
        if (p->pub.type != type || !p->pub.location ||
            (type != SYEV_EVENT_TALKS && p->pub.factuality != SYEV_FACT_ASSERTED))
            continue;
        if (country && (strcmp(p->pub.location->country, country) != 0 || p->sentence_index + 2 < si))
            return NULL;
        return p->pub.location;
    }
    return NULL;
}

/* The best place of the mention's group (from its triggers as certain as
 * its main one: "discute ... pour preparer d'eventuels pourparlers a
 * Astana" is not located in Astana). */
static const syevp_ref *S_group_place(const trig *t, size_t n, const trig *main)
{
    const trig *best = NULL;
    for (size_t i = 0; i < n; i++)
        if (t[i].group == main->group && t[i].place && t[i].fact == main->fact &&
            (!best || t[i].place_score > best->place_score))
            best = &t[i];
    return best ? best->place : NULL;
}

/* Is [a, b) and [c, d) in one clause, whichever comes first? */
static bool S_same_clause(const state *S, size_t a, size_t b, size_t c, size_t d)
{
    return b <= c ? S_clause_free(S, b, c) : d <= a ? S_clause_free(S, d, a) : true;
}

/* Is the place in the phrase that opens the sentence ("Dans la Ghouta
 * orientale, ...")? */
static bool S_opening_place(const syev_doc *doc, const syevp_ref *r)
{
    const syevp_sentence *sent = &doc->sentences[r->sentence];
    const char *s = doc->text.fold;
    const char *comma = S_opening_comma(doc, sent);
    return comma && (size_t)(comma - s) - sent->begin <= 60 && r->end <= (size_t)(comma - s) &&
           (r->flags & SYEVP_REF_LOCATIVE);
}

/* For a truce or a battle, a place of its clause that went to another
 * trigger: first one of its type (the counter-attack to retake a village
 * is where the village is), then any, or one that opens the sentence ("Dans
 * la Ghouta orientale, les bombardements ont repris apres une courte pause
 * humanitaire"). */
static const syevp_ref *S_sentence_place(const state *S, const trig *t, size_t n,
                                         const trig *main)
{
    const syev_doc *doc = S->run->doc;
    for (size_t i = 0; i < n; i++)
        if (t[i].entry->type == main->entry->type && t[i].place &&
            S_same_clause(S, t[i].hit.begin, t[i].hit.end, main->hit.begin, main->hit.end))
            return t[i].place;
    const syevp_ref *best = NULL;
    int best_score = 0;
    for (size_t k = S_first_ref_at(&S->refs.places, S->win.begin); k < S->refs.places.n; k++) {
        const syevp_ref *r = &S->refs.places.v[k];
        if (r->begin >= S->win.end)
            break;
        if ((r->flags & (SYEVP_REF_QUALIFIER | SYEVP_REF_SPEAKER)) ||
            strcmp(r->place->country, "SY") != 0 || !S_place_fits(main, r, false) ||
            !(S_same_clause(S, r->begin, r->end, main->hit.begin, main->hit.end) ||
              S_opening_place(doc, r)))
            continue;
        if (!best || S_place_score(r, false) > best_score)
            best = r, best_score = S_place_score(r, false);
    }
    return best;
}

/* Can the nationwide pattern match in [b, e) of the text?  Its words start
 * where \b holds, at one of the text's word boundaries. */
static bool S_nationwide_may(const syevp_event_engine *eng, const syevp_text *t, size_t b,
                             size_t e)
{
    for (size_t i = syevp_first_bound(t, b), stop = syevp_first_bound(t, e); i < stop; i++) {
        const char *at = t->fold + t->bounds[i];
        const size_t room = e - t->bounds[i];
        for (unsigned words = eng->nationwide_by_first[(unsigned char)at[0]]; words;
             words &= words - 1) {
            const size_t k = (size_t)syevp_lowest_bit(words);
            const size_t n = nationwide_words[k].len;
            /* the second byte first: most words differ there */
            if (n <= room && at[1] == nationwide_words[k].word[1] &&
                memcmp(at, nationwide_words[k].word, n) == 0)
                return true;
        }
    }
    return false;
}

/* Does the sentence say the whole country ("dans tout le pays", "d'autres
 * villes", "les zones de desescalade")? */
static bool S_nationwide(state *S, const trig *main)
{
    (void)main;
    if (!S->nationwide) { /* a property of the window: found once for its mentions */
        const bool says =
            S_nationwide_may(S->eng, &S->run->doc->text, S->win.begin, S->win.end) &&
            syevp_find(S->run, S->eng->nationwide, S->win.begin, S->win.end, NULL, NULL) == 1;
        S->nationwide = says ? 2 : 1;
    }
    return S->nationwide == 2;
}

/* For tests (events_private.h): when S_nationwide_may rules out `text`,
 * does the pattern find nothing there?  1: yes, 0: no, -1: a PCRE2 error. */
int syevp_nationwide_agrees(const syev_extractor *ex, const char *text)
{
    const size_t len = strlen(text);
    syevp_text t;
    pcre2_match_data *md;
    if (!syevp_fold_for_test(&ex->alloc, text, len, 4, &t, &md))
        return -1;
    /* the pattern runs on the folded text, as in a document */
    const int rc = pcre2_match(ex->events->nationwide, (PCRE2_SPTR)t.fold, t.fold_len, 0, 0, md,
                               NULL);
    const bool may = S_nationwide_may(ex->events, &t, 0, t.fold_len);
    pcre2_match_data_free(md);
    syevp_text_release(&t, &ex->alloc);
    if (rc < 0 && rc != PCRE2_ERROR_NOMATCH)
        return -1;
    return rc < 0 || may;
}

/* Does a phone call, or a sentence on a place named before ("dans ce
 * secteur"), say where? */
static bool S_sentence_has(const state *S, const trig *main, const char *const *words, size_t nw)
{
    (void)main;
    const syevp_sentence *sent = &S->win;
    const char *s = S->run->doc->text.fold;
    for (size_t i = 0; i < nw; i++) {
        const size_t len = strlen(words[i]);
        if (len > sent->end - sent->begin)
            continue;
        /* the places of its first letter, by memchr, up to the last that
         * leaves room for it */
        const char *first = s + sent->begin, *last = s + sent->end - len;
        for (const char *c = memchr(first, words[i][0], (size_t)(last - first) + 1); c;
             c = c < last ? memchr(c + 1, words[i][0], (size_t)(last - c)) : NULL)
            if (memcmp(c, words[i], len) == 0)
                return true;
    }
    return false;
}

static void S_set_place(const state *S, syevp_mention *m, const syevp_ref *r, size_t first,
                        const trig *main)
{
    const syevp_place_entry *p = r->place;
    m->pub.location = S_pub_place(S, p);
    m->pub.location_span = (syev_span){r->begin, r->end};
    /* "dans le nord de la Syrie" does not undo the town the story is about,
     * but "une treve d'un mois en Syrie" covers the country */
    bool own = r->begin >= main->hit.end && r->begin - main->hit.end <= 40 &&
               S_one_clause(S->run->doc->text.fold, main->hit.end, r->begin) &&
               !(r->flags & SYEVP_REF_REGIONAL);
    const syev_place *story =
        p->kind == SYEVP_PLACE_COUNTRY && m->pub.type != SYEV_EVENT_TALKS && !own
            ? S_story_place(S->run->doc, first, m->pub.type, p->country, main->hit.sentence)
            : NULL;
    if (story && story != m->pub.location) {
        m->pub.location = story;
        m->pub.location_span = (syev_span){0, 0};
    }
}

/* A talks mention with no venue of its own: the venue of the story's
 * talks, unless it is a phone call, talks that did not take place, or new
 * talks only planned or hoped for ("une reunion pourrait avoir lieu"). */
static void S_talks_venue(const state *S, syevp_mention *m, const trig *main, size_t first)
{
    static const char *const phone[] = {"telephon"};
    if (m->pub.factuality == SYEV_FACT_NEGATED ||
        (S_unreal(m->pub.factuality) && main->indefinite) || S_sentence_has(S, main, phone, 1))
        return;
    m->pub.location = S_story_place(S->run->doc, first, m->pub.type, NULL, 0);
}

/* A battle or truce with no place of its own: the place of the truce in
 * force or the place the story just named (a battle, or the story's first
 * truce), else Syria.  A new battle only planned or hoped for is in Syria
 * unless the sentence points back to a place ("dans ce secteur"). */
static const syev_place *S_story_or_country_place(const state *S, const syevp_mention *m,
                                                  const trig *main, size_t first)
{
    static const char *const back[] = {"ce secteur", "cette zone", "cette region", "cette ville",
                                       "cette localite", "ce quartier", "ce front"};
    const syev_doc *doc = S->run->doc;
    bool battle = m->pub.type == SYEV_EVENT_BATTLE;
    if (battle && S_unreal(m->pub.factuality) && !main->anaphoric &&
        !S_definite(S, main) && !S_sentence_has(S, main, back, 7))
        return S->eng->syria;
    const syevp_ref *last = S_last_place(S, main->hit.sentence);
    bool first_of_type = !S->seen[m->pub.type];
    const syev_place *found = battle ? NULL : S_story_place(doc, first, m->pub.type, NULL, 0);
    if (!found && last && (battle || first_of_type))
        found = S_pub_place(S, last->place);
    if (!found)
        found = S_story_place(doc, first, m->pub.type, NULL, 0);
    return found ? found : S->eng->syria;
}

/* ... and Syria whatever the story said when the sentence speaks of the
 * whole country (tested last: it changes nothing when the place found is
 * Syria already). */
static void S_story_or_country(state *S, syevp_mention *m, const trig *main, size_t first)
{
    m->pub.location = S_story_or_country_place(S, m, main, first);
    if (m->pub.location != S->eng->syria && S_nationwide(S, main))
        m->pub.location = S->eng->syria;
}

/* Where: the best place of the mention's group, else (not for talks, nor
 * for an anaphor, whose place is its antecedent's) a place of its sentence,
 * else what the story said for the same kind of event. */
static void S_mention_place(state *S, syevp_mention *m, const trig *t, size_t n,
                            const trig *main, size_t first)
{
    bool talks = m->pub.type == SYEV_EVENT_TALKS;
    const syevp_ref *r = S_group_place(t, n, main);
    if (!r && !talks && !main->anaphoric)
        r = S_sentence_place(S, t, n, main);
    if (r)
        S_set_place(S, m, r, first, main);
    else if (talks)
        S_talks_venue(S, m, main, first);
    else
        S_story_or_country(S, m, main, first);
}

static void S_mention_source(const state *S, syevp_mention *m, size_t si)
{
    const syevp_hits *src = &S->refs.sources;
    size_t lo = syevp_lower_bound(src->v, src->n, sizeof *src->v, offsetof(syevp_hit, sentence), si);
    if (lo < src->n && src->v[lo].sentence == si)
        m->pub.source = (syev_span){src->v[lo].begin, src->v[lo].end};
}

/* The group's first trigger that is no weak battle word and opens no
 * adverbial phrase; else its first strong trigger; else its first. */
static const trig *S_main_trigger(const syev_doc *doc, const trig *t, size_t n, size_t group)
{
    const trig *first = NULL, *strong = NULL;
    for (size_t i = 0; i < n; i++) {
        if (t[i].group != group)
            continue;
        bool weak = t[i].entry->flags & (SYEVP_TRIG_MILITARY | SYEVP_TRIG_GROUND);
        if (!weak && !S_in_opening_phrase(doc, &t[i]))
            return &t[i];
        if (!weak && !strong)
            strong = &t[i];
        if (!first)
            first = &t[i];
    }
    return strong ? strong : first;
}

static bool S_after_dct(const syev_doc *doc, const syevp_mention *m)
{
    if (m->timex_index == SIZE_MAX || doc->dct.end == SYEVP_NO_DAY)
        return false;
    return doc->timexes[m->timex_index].first_day != SYEVP_NO_DAY &&
           doc->timexes[m->timex_index].first_day > doc->dct.end;
}

/* Is the window a part of a huge sentence, and the mention's type and date
 * already told by another part?  (One mention per sentence, type and date,
 * SPEC section 2; the parts of one sentence are told in a row.) */
static bool S_told_in_another_part(const state *S, const syevp_mention *m, size_t first)
{
    const syev_doc *doc = S->run->doc;
    const syevp_sentence *sent = &doc->sentences[m->sentence_index];
    if (S->win.begin == sent->begin && S->win.end == sent->end)
        return false;
    for (size_t i = first; i-- > 0 && first - i <= MENTION_WINDOW;) {
        const syevp_mention *p = &doc->mentions[i];
        if (p->sentence_index != m->sentence_index)
            break;
        if (p->pub.type == m->pub.type && strcmp(p->pub.date.value, m->pub.date.value) == 0)
            return true;
    }
    return false;
}

static syev_status S_emit(state *S, trig *t, size_t n, size_t group)
{
    syev_doc *doc = S->run->doc;
    const trig *main = S_main_trigger(doc, t, n, group);
    size_t first = doc->mention_count, si = main->hit.sentence;
    syevp_mention *m = syevp_doc_add_mention(doc);
    if (!m || !syevp_pool_grow(S->run->scratch, (void **)&S->heads, &S->heads_cap, first + 1,
                                sizeof *S->heads))
        return syevp_fail(S->run->err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    S->heads[first].at = S_head_word(doc->text.fold, main->hit.begin, main->hit.end,
                                     &S->heads[first].len);
    m->sentence_index = si;
    m->trig_begin = main->hit.begin;
    m->trig_end = main->hit.end;
    m->pub.type = main->entry->type;
    m->pub.sentence = (syev_span){doc->sentences[si].begin, doc->sentences[si].end};
    m->pub.trigger = (syev_span){main->hit.begin, main->hit.end};
    m->pub.factuality = main->fact;
    m->pub.cameo = main->entry->cameo;
    if (main->timex != SIZE_MAX) {
        S_date_from_timex(doc, m, main->timex);
    } else {
        syev_status dated = S_date_inherited(S, m, main, first);
        if (dated != SYEV_OK)
            return dated;
    }
    if (S_told_in_another_part(S, m, first)) {
        doc->mention_count--; /* one mention per sentence, type and date */
        return SYEV_OK;
    }
    if (S_after_dct(doc, m) &&
        (m->pub.factuality == SYEV_FACT_ASSERTED || m->pub.factuality == SYEV_FACT_ALLEGED))
        m->pub.factuality = SYEV_FACT_PLANNED;
    m->pub.cameo = S_cameo(main, m->pub.factuality);
    S_mention_place(S, m, t, n, main, first);
    S_mention_source(S, m, si);
    m->pub.confidence = S_confidence(main, m->pub.anchor);
    syev_status st = S_mention_actors(S, m, t, n, group);
    if (st == SYEV_OK && m->pub.actor_count == 0 && m->pub.type != SYEV_EVENT_BATTLE &&
        !main->anaphoric)
        st = S_shared_actors(S, m, t, n, false);
    /* "accuse les rebelles d'avoir viole la treve en attaquant ses positions":
     * a dependent clause has the parties of the clause it hangs on */
    if (st == SYEV_OK && m->pub.actor_count == 0 && S_dependent(S, main))
        st = S_shared_actors(S, m, t, n, true);
    /* an event told without its sides ("l'assaut final a ete retarde", "les
     * discussions doivent se poursuivre") has those the story named for its
     * type, unless it is a new one only hoped for ("une reunion pourrait") */
    if (st == SYEV_OK && m->pub.actor_count == 0 &&
        !(main->indefinite && S_unreal(m->pub.factuality)))
        st = S_inherit_actors(S, m, first);
    S->seen[m->pub.type] = true;
    return st;
}

static bool S_same_date(const syev_doc *doc, size_t x, size_t y)
{
    return x == y || (x != SIZE_MAX && y != SIZE_MAX &&
                      strcmp(doc->timexes[x].pub.date.value, doc->timexes[y].pub.date.value) == 0);
}

/* Does a subordinate or relative clause open in [b, e) (", alors qu'elle
 * reculait depuis le printemps", ", qui subit ces derniers jours")? */
static bool S_subordinate_between(const char *s, size_t b, size_t e)
{
    static const char *const openers[] = {", qui ", ", ou ", ", dont ", ", alors qu", ", tandis qu",
                                          ", lorsqu", ", quand ", ", apres qu", ", avant qu",
                                          ", depuis qu", ", puisqu"};
    for (size_t p = b; p < e; p++) {
        if (s[p] != ',')
            continue;
        for (size_t i = 0; i < sizeof openers / sizeof *openers; i++) {
            size_t n = strlen(openers[i]);
            if (p + n <= e && memcmp(s + p, openers[i], n) == 0)
                return true;
        }
    }
    return false;
}

/* Is the trigger's date its own complement ("le raid de mardi", "l'offensive
 * du 6 juin")? */
static bool S_dated_noun(const syev_doc *doc, const trig *t)
{
    static const char *const links[] = {" de ", " du ", " d'"};
    const syevp_timex *tx = &doc->timexes[t->timex];
    if (tx->begin < t->hit.end || tx->begin - t->hit.end > 4)
        return false;
    for (size_t i = 0; i < sizeof links / sizeof *links; i++)
        if (tx->begin - t->hit.end == strlen(links[i]) &&
            memcmp(doc->text.fold + t->hit.end, links[i], strlen(links[i])) == 0)
            return true;
    return false;
}

/* Groups the triggers of one sentence: one type and one date per mention.
 * Undated triggers of a type join its dated group when there is one, except
 * an anaphor ("ces frappes repondent a une attaque lancee le 7"): it names
 * an event of its own, told before. */
static void S_group(const syev_doc *doc, trig *t, size_t n, size_t *ngroups)
{
    size_t g = 0;
    for (size_t i = 0; i < n; i++) {
        t[i].group = SIZE_MAX;
        for (size_t j = 0; j < i && t[i].group == SIZE_MAX; j++)
            if (t[j].entry->type == t[i].entry->type &&
                (S_same_date(doc, t[j].timex, t[i].timex) ||
                 (t[i].timex == SIZE_MAX && !(t[i].anaphoric && t[j].timex != SIZE_MAX))))
                t[i].group = t[j].group;
        if (t[i].group == SIZE_MAX)
            t[i].group = g++;
    }
    /* An undated first trigger joins the dated group of its type ("les
     * combats et les bombardements ont repris samedi"), but not an event
     * its date names as its own ("en reponse au raid de mardi"). */
    for (size_t i = 0; i < n; i++) {
        if (t[i].timex != SIZE_MAX || t[i].anaphoric)
            continue;
        for (size_t j = i + 1; j < n; j++) {
            if (t[j].entry->type == t[i].entry->type && t[j].timex != SIZE_MAX &&
                t[j].group != t[i].group) {
                if (S_dated_noun(doc, &t[j]) ||
                    S_subordinate_between(doc->text.fold, t[i].hit.end, t[j].hit.begin))
                    break;
                size_t from = t[i].group;
                for (size_t k = 0; k < n; k++)
                    if (t[k].group == from && t[k].timex == SIZE_MAX && !t[k].anaphoric)
                        t[k].group = t[j].group;
                break;
            }
        }
    }
    *ngroups = g;
}

static syev_status S_sentence(state *S, trig *t, size_t n, size_t si)
{
    syevp_cues *cues = &S->cues;
    const syevp_sentence *sent = &S->win;
    cues->hits.n = 0;
    syev_status st = syevp_fact_cues(S->eng->fact, S->run, sent, cues);
    for (size_t i = 0; i < n && st == SYEV_OK; i++) {
        t[i].fact = syevp_factuality(S->eng->fact, S->run, sent, cues, t[i].hit.begin,
                                     t[i].hit.end, (t[i].entry->flags & SYEVP_TRIG_VERB) != 0);
        const word_before w = S_trigger_word_before(S, &t[i]); /* read once for both */
        t[i].anaphoric =
            S_before_trigger(S, S->eng->anaphor, &anaphor_words, &S->eng->anaphor_masks, &w);
        t[i].indefinite = S_before_trigger(S, S->eng->indefinite, &indefinite_words,
                                           &S->eng->indefinite_masks, &w);
        t[i].brand_new = t[i].indefinite && S_brand_new(S->run->doc, &t[i]);
    }
    if (st != SYEV_OK)
        return st;
    S_attach_timexes(S, t, n, si);
    S_attach_places(S, t, n);
    size_t ngroups = 0;
    S_group(S->run->doc, t, n, &ngroups);
    for (size_t g = 0; g < ngroups && st == SYEV_OK; g++) {
        bool used = false;
        for (size_t i = 0; i < n && !used; i++)
            used = t[i].group == g;
        if (used)
            st = S_emit(S, t, n, g);
    }
    return st;
}

/* Triggers of a sentence read together; a sentence with more (no natural
 * text has them) is read in parts, so that every step stays linear. */
#define MAX_CLAUSE_TRIGGERS 64

/* The window of triggers [i, j): their sentence, or the part of a huge
 * one between the neighbouring parts. */
static void S_set_window(state *S, size_t i, size_t j)
{
    const trig *t = S->trigs;
    size_t si = t[i].hit.sentence;
    S->win = S->run->doc->sentences[si];
    S->nationwide = 0;
    if (i > 0 && t[i - 1].hit.sentence == si)
        S->win.begin = t[i - 1].hit.end + (t[i].hit.begin - t[i - 1].hit.end) / 2;
    if (j < S->ntrigs && t[j].hit.sentence == si)
        S->win.end = t[j - 1].hit.end + (t[j].hit.begin - t[j - 1].hit.end) / 2;
    S_window_timexes(S->run->doc, &S->win, &S->win_timexes[0], &S->win_timexes[1]);
}

syev_status syevp_events_run(const syevp_event_engine *eng, syevp_run *run)
{
    state S;
    memset(&S, 0, sizeof S);
    S.military_si = SIZE_MAX;
    S.eng = eng;
    S.run = run;
    syev_status st = run->doc->sentence_count ? S_find_triggers(&S) : SYEV_OK;
    if (st == SYEV_OK && S.ntrigs)
        st = S_marks_build(&S);
    for (size_t i = 0; i < S.ntrigs && st == SYEV_OK;) {
        size_t j = i, si = S.trigs[i].hit.sentence;
        while (j < S.ntrigs && S.trigs[j].hit.sentence == si && j - i < MAX_CLAUSE_TRIGGERS)
            j++;
        S_set_window(&S, i, j);
        st = S_sentence(&S, S.trigs + i, j - i, si);
        i = j;
    }
    S_state_release(&S);
    return st;
}
