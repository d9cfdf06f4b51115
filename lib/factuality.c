/* factuality.c — asserted, alleged, planned, possible or negated.
 *
 * French marks how certain an event is with the mood and tense of its verb
 * and with cue words, often outside the trigger's own clause ("a declare
 * esperer obtenir un accord sur un cessez-le-feu").  Each cue below has a
 * category and a scope relative to the trigger (just before it, just after
 * it when the trigger is the subject, or anywhere in the sentence); the
 * strongest category that applies wins, in this order:
 *   negated > possible > planned > weak possible (a purpose) > alleged.
 * "Future or hoped-for wins over alleged" (SPEC section 6); a conditional
 * after a past verb of saying is a future in the past (planned), and an
 * obligation stated as an opinion ("doivent etre poursuivis, a estime X")
 * is possible.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "events_private.h"

#if defined(__SSE2__)
#include <emmintrin.h> /* S_next_pivot */
#endif

typedef enum cue_kind {
    CUE_NEGATION,    /**< "ne ... pas": scope decided by S_negates */
    CUE_NEGATED,     /**< denial: "dement", "non un" */
    CUE_POSSIBLE,    /**< hope, proposal, call, ability */
    CUE_MODAL,       /**< "devrait": possible, planned in reported speech */
    CUE_PLANNED,     /**< future, schedule, "prochain" */
    CUE_OBLIGATION,  /**< "doit": planned, possible as an opinion */
    CUE_PURPOSE,     /**< "pour obtenir", "dans le but de": weak possible */
    CUE_TOPIC,       /**< "des discussions sur": weak possible, unless it exists */
    CUE_SCHEDULED,   /**< "prevue samedi": a schedule beats a request */
    CUE_CONDITIONAL, /**< conditional of hearsay: alleged, planned if reported */
    CUE_ALLEGED,     /**< unnamed sources, "probablement", "accuse de" */
    CUE_REPORTED,    /**< a past verb of saying followed by "que" */
    CUE_OPINION,     /**< "a estime", "estime que" */
    CUE_EXISTING,    /**< "renforcer la treve": the event already exists */
    CUE_IN_FORCE     /**< "la treve en vigueur": it exists, whatever the purpose */
} cue_kind;

/* Where a cue reaches: up to `before` bytes before the trigger and up to
 * `after` bytes after it (0: not on that side); SENTENCE: anywhere in a
 * natural sentence. */
#define SENTENCE 600 /* bytes: a natural sentence is shorter; a huge one stays linear */

/* A word of letters only that ends with `suffix` after at least
 * `min_stem` letters (0: the suffix is the whole word), the last of which
 * is not `not_after` ('\0': any). */
typedef struct ending {
    const char *suffix;
    unsigned char len; /**< strlen(suffix): tested on every word */
    unsigned char min_stem;
    char not_after;
} ending;

#define ENDING(suffix, min_stem, not_after) {suffix, sizeof suffix - 1, min_stem, not_after}

/* How a cue is found.  Most are patterns found together by the table scan
 * (scan.c).  The tense endings that any verb may carry are tested in C on
 * each word (a pattern that starts with [a-z]+ would run at every word of
 * the sentence).  A pattern read after a comma (",\s*" then the pattern) is
 * tried where a comma is: a key that is no word's start would make the
 * table scan visit every word's end as well as its start. */
typedef enum cue_finder {
    BY_SCAN,
    BY_ENDINGS,
    AFTER_COMMA
} cue_finder;

/* What follows the head of a cue, a word found by the table scan: a lazy
 * span of at most `max` characters none of `stops`, then the first of
 * `words` (between word boundaries) — as the pattern
 * "[^stops]{0,max}?\b(?:word|...)\b" (S_tail_pattern) would match it.
 * PCRE2 spends some thousand instructions a try on the span of such a
 * pattern; it is followed in C (S_tail_ascii), the pattern running only
 * beside characters beyond ASCII. */
typedef struct lazy_tail {
    const char *stops; /**< no letter or digit (each is escaped in the pattern) */
    unsigned max;
    const char *const words[4]; /**< ends with NULL */
} lazy_tail;

typedef struct cue {
    const char *pattern;   /**< NULL for endings; with a tail, its head */
    cue_kind kind;
    size_t before, after;
    const ending *endings; /**< BY_ENDINGS: ends with a NULL suffix */
    cue_finder finder;
    /* BY_SCAN: NULL, or what the head's matches must be followed by.  The
     * head matches one word (it ends where the word does), and no entry
     * of a later cue can match where it does (test_factuality): where the
     * tail fails, no cue starts there. */
    const lazy_tail *tail;
} cue;

/* Future: "sera", "negocieront", "mettra", "tiendra". */
static const ending future_endings[] = {
    ENDING("sera", 0, 0),   ENDING("seront", 0, 0), ENDING("aura", 0, 0),
    ENDING("auront", 0, 0), ENDING("fera", 0, 0),   ENDING("feront", 0, 0),
    ENDING("ira", 0, 0),    ENDING("iront", 0, 0),  ENDING("era", 3, 0),
    ENDING("eront", 3, 0),  ENDING("ira", 3, 0),    ENDING("iront", 3, 0),
    ENDING("ttra", 1, 0),   ENDING("ttront", 1, 0), ENDING("dra", 1, 0),
    ENDING("dront", 1, 0),  {NULL, 0, 0, 0}};
/* Conditional: "aurait", "negocierait" (not "trait"), "mettraient". */
static const ending conditional_endings[] = {
    ENDING("aurait", 0, 0), ENDING("auraient", 0, 0), ENDING("serait", 0, 0),
    ENDING("seraient", 0, 0), ENDING("rait", 2, 't'), ENDING("raient", 2, 't'),
    ENDING("ttrait", 1, 0), ENDING("ttraient", 1, 0), {NULL, 0, 0, 0}};

/* Verbs that say an event takes place, after a subject noun trigger. */
#define TAKES_PLACE                                                                            \
    "\\s+(?:[a-z]+\\s+)?(?:avoir lieu|se tenir|se derouler|debuter|commencer|demarrer|s'ouvrir|" \
    "aboutir|reprendre|etablir|permettre|etre|s'averer|entrer en vigueur|prendre effet|"        \
    "s'appliquer|se poursuivre|durer)\\b"

/* "selon des militants", "d'apres un responsable": a source not named
 * (not a document: "selon un accord", "d'apres des chiffres"). */
#define UNNAMED_SOURCE                                                                    \
    "(?:selon|d'apres) (?:des|une?|plusieurs|quatre|deux|trois|certaine?s|de|nos) "    \
    "(?!(?:accords?|plans?|bilans?|communiques?|documents?|textes?|rapports?|decrets?|"   \
    "resolutions?|calendriers?|memorandums?|projets?|chiffres?|estimations?|sondages?|"   \
    "termes)\\b)[a-z]+"

/* After "afin de": not to enforce what exists ("afin de faire respecter la
 * treve").  (Each phrase that it follows is an alternative of its own:
 * the table scan then runs the pattern only where the whole phrase is.) */
#define NOT_ENFORCING "(?!\\s*(?:faire\\s+)?(?:respecter|appliquer|maintenir))"

/* "des discussions sur", "negociations a Geneve pour" */
static const lazy_tail topic_tail = {".;\"", 80, {"sur", "pour", "autour d", NULL}};

/* Table order matters where two cues start at the same word: the specific
 * modal forms come before the generic conditional and future endings.
 * Where a lazy repeat is followed by \b and words ("...]{0,40}?(?=q)"), a
 * lookahead for their first letters comes first: with Unicode properties
 * \b at each step costs PCRE2 much more than a letter. */
static const cue cues[] = {
    {"\\bn(?:e\\s|')\\s*(?:[a-z']+\\s+){0,4}?(?:pas|plus|jamais|aucune?|ni|point|guere)\\b"
     "(?!\\s+(?:la premiere fois|seulement|que|encore|non plus|comment|si|quand|pourquoi|"
     "combien)\\b)"
     "(?!\\s+(?:[a-z]+\\s+)?(?:dit|precise|indique|revele|voulu|souhaite|commente|confirme|"
     "explique|su|sait|savons|savent|cite|exclu|cesse)\\b)",
     CUE_NEGATION, 0, 0, NULL, BY_SCAN, NULL},
    {"\\bnon (?:pas )?(?=(?:un|une|le|la|des) )", CUE_NEGATED, 12, 0, NULL, BY_SCAN, NULL},
    {"\\bdement\\w*|\\b(?:a|ont|avait|avaient) nie\\b|\\bnient\\b|\\brejet\\w* (?:les |toute )?accusations?",
     CUE_NEGATED, 80, 0, NULL, BY_SCAN, NULL},
    {"\\b(?:pourrai(?:t|ent)|pourr(?:a|ont)|peu(?:t|vent))" TAKES_PLACE, CUE_POSSIBLE, 80, 110, NULL, BY_SCAN, NULL},
    {"\\bdevrai(?:t|ent)" TAKES_PLACE, CUE_MODAL, 80, 110, NULL, BY_SCAN, NULL},
    {"\\b(?:doi(?:t|vent)|devr(?:a|ont))" TAKES_PLACE, CUE_OBLIGATION, 80, 110, NULL, BY_SCAN, NULL},
    {"\\bdevai(?:t|ent)" TAKES_PLACE, CUE_PLANNED, 80, 110, NULL, BY_SCAN, NULL},
    /* a schedule: "une reunion, prevue samedi", "programmee pour le 9" */
    {"\\b(?:prevue?s?|programmee?s?|fixee?s?)\\s+(?:pour|le|la|au|a|en|dans|d'ici|des|ce|cette|"
     "debut|mi|fin|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|\\d)\\b",
     CUE_SCHEDULED, 0, 40, NULL, BY_SCAN, NULL},
    {"\\b(?:ser(?:a|ont)|aur(?:a|ont) lieu|se tiendr\\w*|(?:debuter|commencer|demarrer|s'ouvrir)(?:a|ont))\\b",
     CUE_PLANNED, 60, 110, NULL, BY_SCAN, NULL},
    {"\\bsembl(?:e|ent|ait|aient) avoir\\b", CUE_ALLEGED, 0, 60, NULL, BY_SCAN, NULL},
    {"\\besper\\w*|\\bespoir\\b|\\beventuel(?:le)?s?\\b|\\bappel\\w* (?:[a-z0-9]+ ){0,3}?(?:a|au|aux)\\b|"
     "\\bexhort\\w*|\\bmenac\\w* (?:[a-z0-9]+ ){0,3}?d(?:e |')|\\bprete?s? a\\b|\\bpropos\\w*|"
     "\\bsouhait\\w*|\\bvoudrai\\w*|\\bveu(?:t|lent) que\\b|\\breclam(?:e|ent|ait|er)\\b(?! par)|\\bexig\\w*|"
     "\\bdemand(?:e|ent|ait|er) (?:un|une|la|le|l'|des)\\b|\\bplaid\\w* pour\\b|\\bpourrai(?:t|ent)\\b|"
     "\\bpourr(?:a|ont)\\b|\\bpeu(?:t|vent)\\b|\\bpouvons\\b|(?<!rendu )(?<!rendue )(?<!rendus )\\bpossibles?\\b|\\bpossibilite\\b|"
     "\\bconditionn\\w*|\\bs'oppos\\w* a\\b|\\bimportance de\\b|\\bil faut\\b|\\bfaudrait\\b|"
     "\\benvisag\\w*",
     CUE_POSSIBLE, 80, 0, NULL, BY_SCAN, NULL},
    {"\\bdevrai(?:t|ent)\\b", CUE_MODAL, 80, 0, NULL, BY_SCAN, NULL},
    {"\\bdevai(?:t|ent)\\b", CUE_PLANNED, 80, 0, NULL, BY_SCAN, NULL},
    /* agreeing or deciding to do it is planning it */
    {"\\b(?:convenue?s?|decidee?s?|decident|decide) (?:de |d')",
     CUE_PLANNED, 60, 0, NULL, BY_SCAN, NULL},
    /* preparing an attack is planning it */
    {"\\bprepar(?:e|ent|ait|aient|erait|eraient|era|eront)\\b", CUE_PLANNED, 40, 0, NULL, BY_SCAN, NULL},
    /* refusal and exclusion deny taking part */
    {"\\brefus\\w* (?:de |d')|\\bexclue?s? (?:de|du|des)\\b", CUE_NEGATED, 40, 0, NULL, BY_SCAN, NULL},
    {"\\baucune?\\s", CUE_NEGATED, 2, 0, NULL, BY_SCAN, NULL},
    {"\\bdoi(?:t|vent)\\b|\\bdevr(?:a|ont)\\b", CUE_OBLIGATION, 80, 0, NULL, BY_SCAN, NULL},
    {"\\bprochaine?s?\\b|\\ba venir\\b|\\bprevue?s?\\b|"
     /* the noun "programme" folds like the participle */
     "(?<!\\bdu )(?<!\\ble )(?<!\\bun )(?<!\\bau )(?<!\\bce )(?<!\\bson )(?<!\\bde )"
     "\\bprogrammee?s?\\b|\\battendue?s?\\b|"
     "\\b(?:pour )?la tenue d(?:e|u|es|')|\\bconvoqu\\w*|\\bintention de\\b|\\bd'ici\\b|\\bsurveill\\w*|\\bsupervis\\w*|"
     "\\bva\\b|\\bvont\\b|\\ballai(?:t|ent)\\b|\\bfuture?s?\\b|\\bfutur proche\\b",
     CUE_PLANNED, 80, 30, NULL, BY_SCAN, NULL},
    {NULL, CUE_PLANNED, 60, 20, future_endings, BY_ENDINGS, NULL},
    {"\\bpour(?=\\s+(?:[a-z']+\\s+)?(?:obtenir|parvenir|conclure|stopper|faire|mettre|preparer|"
     "negocier|instaurer|etablir|relancer|trouver|discuter|passer|permettre|tenter|arriver|"
     "arracher|creer|imposer|consolider|organiser|renforcer|preserver|sauver|garantir|"
     "etendre|elargir|prolonger|relancer|retablir|ramener)\\b)"
     "(?!\\s+faire\\s+(?:respecter|appliquer))|"
     "\\bafin d(?:e|')" NOT_ENFORCING "|\\bdans le but d(?:e|')" NOT_ENFORCING
     "|\\ben vue d(?:e|')" NOT_ENFORCING "|"
     "\\bcherch\\w* a\\b|\\ben faveur d(?:e|u|es|')|\\bpreparer\\b|"
     "\\bvis(?:e|ent|ait|aient|ant) a\\b|\\b(?:le|son|leur) but (?:est|etait) d(?:e|')",
     CUE_PURPOSE, 40, 0, NULL, BY_SCAN, NULL},
    {"\\b(?:negociations|discussions|pourparlers|consultations|entretiens|"
     "discute\\w*|negoci\\w*)\\b",
     CUE_TOPIC, 40, 0, NULL, BY_SCAN, &topic_tail},
    {NULL, CUE_CONDITIONAL, 80, 40, conditional_endings, BY_ENDINGS, NULL},
    {"\\bselon (?:des|une|plusieurs|quatre|deux|trois|certaines|de) sources?\\b|"
     "\\bd'apres (?:la|une|des|plusieurs|nos|certaines) sources?\\b|"
     "\\bde sources? (?:proches|concordantes|diplomatiques|militaires|locales|securitaires)",
     CUE_ALLEGED, SENTENCE, SENTENCE, NULL, BY_SCAN, NULL},
    /* an unnamed source set off by a comma qualifies the whole sentence
     * ("..., selon des secouristes"); otherwise only what is near it */
    {UNNAMED_SOURCE, CUE_ALLEGED, SENTENCE, SENTENCE, NULL, AFTER_COMMA, NULL},
    {UNNAMED_SOURCE, CUE_ALLEGED, 60, 60, NULL, BY_SCAN, NULL},
    {"\\bprobablement\\b|\\bpresumee?s?\\b|\\bsoupconn\\w*|\\bimput\\w*", CUE_ALLEGED, 40, 0, NULL, BY_SCAN, NULL},
    {"\\baccusee?s?(?: par [^.;,]{0,60}?)? d(?:e|')|\\baccusations? d(?:e|')|"
     "\\baccus(?:e|ent|ait|aient|ant) (?:[a-z0-9'-]+ ){1,6}?d(?:e |')",
     CUE_ALLEGED, 100, 0, NULL, BY_SCAN, NULL},
    {"\\b(?:a|ont|avait|avaient) (?:[a-z]+ )?(?:annonce|assure|affirme|declare|indique|ajoute|"
     "precise|dit|estime|explique|souligne|confirme|promis|garanti|fait savoir)\\b[^.;]{0,40}?"
     "(?=q)(?:\\bque\\b|\\bqu')",
     CUE_REPORTED, SENTENCE, 0, NULL, BY_SCAN, NULL},
    {"\\b(?:a|ont|avait) estime\\b|\\bestime que\\b|\\bselon (?:lui|elle)\\b", CUE_OPINION,
     SENTENCE, SENTENCE, NULL, BY_SCAN, NULL},
    {"\\b(?:renforc|consolid|respect|mainten|preserv|sauv|prolong|surveill|viol)\\w*"
     "(?:\\s+(?:de |d'|du |des |la |le |les |l'|cette |ce |une |un ))?"
     "(?:\\s*(?:nouvelle|nouveau)\\s)?",
     CUE_EXISTING, 12, 0, NULL, BY_SCAN, NULL},
    {"\\b(?:en vigueur|actuel(?:le)?s?|en cours|instauree?s?|decretee?s?|conclue?s?|fragiles?|"
     "precaires?)\\b",
     CUE_IN_FORCE, 2, 12, NULL, BY_SCAN, NULL},
    {"\\bpour (?:de |des |les |la |le |une |un |d'|l')(?:(?:premiers?|premieres?|nouveaux?|"
     "nouvelles?)\\s)?",
     CUE_PLANNED, 3, 0, NULL, BY_SCAN, NULL},
};

#define NCUES (sizeof cues / sizeof *cues)

/* The endings of all the ending cues, at most. */
#define ENDING_SLOTS 32

/* The keys (syevp_pattern_keys) a cue read after a comma is told by. */
#define COMMA_KEYS 64

/* A cue read after a comma, and what it must find after the comma and
 * its blanks. */
typedef struct comma_cue {
    size_t cue;       /**< index in cues[] */
    pcre2_code *re;   /**< "\b(?:,\s*(?:pattern))\b", anchored, as the table scan would run it */
    /* The first characters of the pattern's matches (its keys, 1 to 7
     * characters each), and the bytes they start with. */
    char key_text[COMMA_KEYS][8];
    uint8_t key_len[COMMA_KEYS];
    int key_count; /**< 0: not known, the pattern runs at every comma */
    uint8_t key_first[32];
} comma_cue;

/* The entries of the table scan: each alternative of a cue found by it
 * (S_split_cue). */
typedef struct scan_entry {
    char *pattern;
    size_t cue; /**< index in cues[] */
} scan_entry;

/* The cues with a tail, at most. */
#define TAIL_SLOTS 2

/* letter_of a byte that is no letter a-z */
#define NO_LETTER 26

struct syevp_fact_engine {
    syevp_multi *re; /**< the cues that are patterns, found in one pass (scan.c) */
    scan_entry *entries; /**< the entries of `re`, cue after cue in table order */
    size_t entry_count, entry_cap;
    /* The endings of the ending cues, cue after cue in table order, and
     * for each last two letters of a word the endings that end so. */
    const ending *ending_at[ENDING_SLOTS];
    size_t ending_cue[ENDING_SLOTS]; /**< the cue of each ending */
    size_t ending_count;
    comma_cue comma[NCUES]; /**< the cues read after a comma, in table order */
    size_t comma_count;
    /* For the last three letters of a word, the endings it may carry
     * (bits of ending_at): by letter_of its last two bytes, then by the
     * third from its end (NO_LETTER in a word of two). */
    uint32_t endings_of_pair[NO_LETTER + 1][NO_LETTER + 1]; /**< [last][before it] */
    uint32_t endings_of_third[NO_LETTER + 1];
    uint8_t letter_of[256]; /**< c - 'a' for a letter a-z, else NO_LETTER */
    char ending_pivot; /**< a letter every ending holds (S_next_ending looks for it) */
    /* The bytes that follow the pivot in an ending (after the last letter
     * of one: a byte that ends the word), and whether the pivot ends one
     * (a word cut after it may carry it). */
    uint8_t after_pivot[256];
    bool pivot_ends;
    uint8_t word_byte[256]; /**< 1: a character of a word for \b (S_word_char) */
    /* For each cue with a tail, its whole pattern (S_tail_pattern) as the
     * table scan would run it, for a tail beside characters beyond ASCII,
     * and the slot of its tail's first bytes (1: a word of the tail starts
     * with the byte). */
    pcre2_code *whole[NCUES];
    uint8_t tail_slot[NCUES];
    uint8_t tail_first[TAIL_SLOTS][256];
    size_t tail_count;
};

static const char *S_entry_pattern(const void *table, size_t i)
{
    const syevp_fact_engine *eng = table;
    return eng->entries[i].pattern;
}

/* Steps over the character of a pattern at p (before e): an escape, a
 * class's member, a parenthesis changing *depth. */
typedef struct pattern_walk {
    int depth;
    bool in_class;
} pattern_walk;

static const char *S_walk_step(pattern_walk *w, const char *p, const char *e)
{
    if (*p == '\\' && p + 1 < e)
        return p + 1;
    if (w->in_class)
        w->in_class = *p != ']';
    else if (*p == '[') {
        w->in_class = true;
        p += p + 1 < e && p[1] == '^';
        p += p + 1 < e && p[1] == ']'; /* a ']' first in a class is one of its members */
    } else if (*p == '(')
        w->depth++;
    else if (*p == ')')
        w->depth--;
    return p;
}

/* The end of the alternative that starts at p: the next '|' outside any
 * group and class, or e. */
static const char *S_alternative_end(const char *p, const char *e)
{
    pattern_walk w = {0, false};
    for (; p < e; p++) {
        if (*p == '|' && w.depth == 0 && !w.in_class)
            break;
        p = S_walk_step(&w, p, e);
    }
    return p < e ? p : e;
}

/* Is [b, e) one group "(?:...)" and nothing else? */
static bool S_one_group(const char *b, const char *e)
{
    if (e - b < 4 || strncmp(b, "(?:", 3) != 0)
        return false;
    pattern_walk w = {0, false};
    for (const char *p = b; p < e; p++) {
        const bool opens = *p == '(' && !w.in_class;
        p = S_walk_step(&w, p, e);
        if (w.depth == 0 && !opens)
            return p == e - 1;
    }
    return false;
}

/* Does the alternative [b, e) end with \b (not with an escaped backslash
 * followed by "b")? */
static bool S_ends_with_bound(const char *b, const char *e)
{
    if (e - b < 2 || e[-1] != 'b' || e[-2] != '\\')
        return false;
    size_t slashes = 0;
    for (const char *q = e - 2; q >= b && *q == '\\'; q--)
        slashes++;
    return slashes % 2 == 1;
}

static bool S_add_entry(const syev_allocator *a, syevp_fact_engine *eng, size_t i,
                        const char *b, const char *e)
{
    if (!syevp_grow(a, (void **)&eng->entries, &eng->entry_cap, eng->entry_count + 1,
                    sizeof *eng->entries))
        return false;
    char *copy = syevp_strndup(a, b, (size_t)(e - b));
    if (!copy)
        return false;
    eng->entries[eng->entry_count++] = (scan_entry){copy, i};
    return true;
}

/* Adds the alternatives of [b, e), a part of cue i's pattern, to the
 * entries of the table scan, in their order.  The scan runs its entries as
 * \b(?:e0|e1|...)\b, where at one position the first entry that matches
 * wins: the same as one alternation of the cue's alternatives, each
 * between the scan's \b, which stand for an alternative's own \b at its
 * start and end, and for the alternatives of a group that is the whole
 * alternative.  Without those, most alternatives are a short list of
 * strings, which the scan compares instead of running PCRE2 (scan.c,
 * S_lit_list).  False when memory ran out. */
static bool S_add_alternatives(const syev_allocator *a, syevp_fact_engine *eng, size_t i,
                               const char *b, const char *e)
{
    for (;;) {
        const char *end = S_alternative_end(b, e), *ab = b, *ae = end;
        if (ae - ab > 2 && strncmp(ab, "\\b", 2) == 0)
            ab += 2;
        if (ae - ab > 2 && S_ends_with_bound(ab, ae))
            ae -= 2;
        if (!(S_one_group(ab, ae) ? S_add_alternatives(a, eng, i, ab + 3, ae - 1)
                                  : S_add_entry(a, eng, i, ab, ae)))
            return false;
        if (end == e)
            return true;
        b = end + 1;
    }
}

static bool S_split_cue(const syev_allocator *a, syevp_fact_engine *eng, size_t i)
{
    const char *p = cues[i].pattern;
    return S_add_alternatives(a, eng, i, p, p + strlen(p));
}

/* A byte of a word for PCRE2's \b (UCP): non-ASCII is taken as a letter. */
static bool S_word_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
           (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* Files the endings of cue i (S_next_ending); false when there are more
 * than ENDING_SLOTS. */
static bool S_note_endings(syevp_fact_engine *eng, size_t i)
{
    for (const ending *e = cues[i].endings; e->suffix; e++) {
        if (eng->ending_count == ENDING_SLOTS)
            return false;
        const size_t slot = eng->ending_count++;
        eng->ending_at[slot] = e;
        eng->ending_cue[slot] = i;
        const int last = e->suffix[e->len - 1] - 'a';
        for (int before = 0; before < NO_LETTER; before++) /* an ending of one letter: after any */
            if (e->len < 2 || e->suffix[e->len - 2] - 'a' == before)
                eng->endings_of_pair[last][before] |= 1u << slot;
        for (int third = 0; third <= NO_LETTER; third++) /* shorter than three: after anything */
            if (e->len < 3 || e->suffix[e->len - 3] - 'a' == third)
                eng->endings_of_third[third] |= 1u << slot;
    }
    return true;
}

/* Chooses the letter that S_next_ending looks for: one that every ending
 * holds (a word carries an ending only where it holds that letter, and
 * S_next_pivot finds it much faster than a walk over the words).  False when the
 * endings share none. */
static bool S_choose_pivot(syevp_fact_engine *eng)
{
    for (char c = 'a'; c <= 'z' && !eng->ending_pivot; c++) {
        size_t k = 0;
        while (k < eng->ending_count && strchr(eng->ending_at[k]->suffix, c))
            k++;
        if (k == eng->ending_count)
            eng->ending_pivot = c;
    }
    for (size_t k = 0; k < eng->ending_count; k++)
        for (const char *p = eng->ending_at[k]->suffix; (p = strchr(p, eng->ending_pivot)); p++) {
            if (p[1])
                eng->after_pivot[(unsigned char)p[1]] = 1;
            for (unsigned c = 0; c < 256 && !p[1]; c++)
                eng->after_pivot[c] |= !eng->word_byte[c];
            eng->pivot_ends |= !p[1];
        }
    return eng->ending_pivot || eng->ending_count == 0;
}

/* Compiles cue i, read after a comma, and finds its keys. */
static syev_status S_comma_cue_new(const syev_extractor *ex, size_t i, comma_cue *c,
                                   syev_error *err)
{
    static const char head[] = "\\b(?:,\\s*(?:", tail[] = "))\\b";
    const char *pattern = cues[i].pattern;
    const size_t len = sizeof head + strlen(pattern) + sizeof tail;
    char *full = syevp_malloc(&ex->alloc, len);
    if (!full)
        return syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    snprintf(full, len, "%s%s%s", head, pattern, tail);
    c->cue = i;
    /* as scan.c compiles a pattern it tries at one position */
    syev_status st =
        syevp_regex_compile(&ex->re, full, PCRE2_ANCHORED | PCRE2_NO_START_OPTIMIZE, &c->re, err);
    syevp_free(&ex->alloc, full);
    if (st != SYEV_OK)
        return st;
    uint64_t keys[COMMA_KEYS];
    c->key_count = syevp_pattern_keys(&ex->alloc, pattern, 7, keys, COMMA_KEYS);
    if (c->key_count < 0)
        return syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    for (int k = 0; k < c->key_count; k++) {
        /* the level in the top byte, then the characters from bits 48-55 */
        c->key_len[k] = (uint8_t)(keys[k] >> 56);
        for (int j = 0; j < c->key_len[k]; j++)
            c->key_text[k][j] = (char)(keys[k] >> (8 * (6 - j)));
        const unsigned char first = (unsigned char)c->key_text[k][0];
        c->key_first[first / 8] |= (uint8_t)(1u << (first % 8));
    }
    return SYEV_OK;
}

/* Files the first bytes of the words of tail t (S_tail_ascii) in slot k. */
static void S_note_tail(syevp_fact_engine *eng, const lazy_tail *t, size_t k)
{
    for (const char *const *w = t->words; *w; w++)
        eng->tail_first[k][(unsigned char)**w] = 1;
}

/* The whole pattern of cue i, its head and tail
 * ("...\b[^\.\;\"]{0,80}?\b(?:sur|pour|autour d)\b"), in memory of a;
 * NULL when it ran out. */
static char *S_tail_pattern(const syev_allocator *a, size_t i)
{
    const lazy_tail *t = cues[i].tail;
    size_t len = strlen(cues[i].pattern) + 2 * strlen(t->stops) + 32;
    for (const char *const *w = t->words; *w; w++)
        len += strlen(*w) + 1;
    char *p = syevp_malloc(a, len);
    if (!p)
        return NULL;
    size_t n = (size_t)snprintf(p, len, "%s[^", cues[i].pattern);
    for (const char *c = t->stops; *c; c++)
        n += (size_t)snprintf(p + n, len - n, "\\%c", *c);
    n += (size_t)snprintf(p + n, len - n, "]{0,%u}?\\b(?:", t->max);
    for (const char *const *w = t->words; *w; w++)
        n += (size_t)snprintf(p + n, len - n, "%s%s", w == t->words ? "" : "|", *w);
    snprintf(p + n, len - n, ")\\b");
    return p;
}

/* Compiles the whole pattern of cue i, which has a tail, as the table
 * scan runs a pattern at one position. */
static syev_status S_whole_new(const syev_extractor *ex, size_t i, pcre2_code **re,
                               syev_error *err)
{
    char *pattern = S_tail_pattern(&ex->alloc, i);
    if (!pattern)
        return syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    syev_status st =
        syevp_regex_compile(&ex->re, pattern, PCRE2_ANCHORED | PCRE2_NO_START_OPTIMIZE, re, err);
    syevp_free(&ex->alloc, pattern);
    return st;
}

syev_status syevp_fact_engine_new(const syev_extractor *ex, syevp_fact_engine **out,
                                  syev_error *err)
{
    syevp_fact_engine *eng = syevp_calloc(&ex->alloc, 1, sizeof *eng);
    *out = NULL;
    if (!eng)
        return syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    for (unsigned c = 0; c < 256; c++) {
        eng->word_byte[c] = S_word_char((unsigned char)c);
        eng->letter_of[c] = c >= 'a' && c <= 'z' ? (uint8_t)(c - 'a') : NO_LETTER;
    }
    syev_status st = SYEV_OK;
    for (size_t i = 0; i < NCUES && st == SYEV_OK; i++)
        switch (cues[i].finder) {
        case BY_SCAN:
            if (!S_split_cue(&ex->alloc, eng, i))
                st = syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
            else if (cues[i].tail && eng->tail_count == TAIL_SLOTS)
                st = syevp_fail(err, SYEV_ERR_PATTERN, SIZE_MAX, 0, "too many cues with a tail");
            else if (cues[i].tail) {
                eng->tail_slot[i] = (uint8_t)eng->tail_count;
                S_note_tail(eng, cues[i].tail, eng->tail_count++);
                st = S_whole_new(ex, i, &eng->whole[i], err);
            }
            break;
        case BY_ENDINGS:
            if (!S_note_endings(eng, i))
                st = syevp_fail(err, SYEV_ERR_PATTERN, SIZE_MAX, 0, "too many ending cues");
            break;
        case AFTER_COMMA:
            st = S_comma_cue_new(ex, i, &eng->comma[eng->comma_count++], err);
            break;
        }
    if (st == SYEV_OK && !S_choose_pivot(eng))
        st = syevp_fail(err, SYEV_ERR_PATTERN, SIZE_MAX, 0, "the ending cues share no letter");
    if (st == SYEV_OK)
        st = syevp_multi_new(ex, eng->entry_count, S_entry_pattern, eng, true, &eng->re, err);
    if (st != SYEV_OK) {
        syevp_fact_engine_free(eng, &ex->alloc);
        return st;
    }
    *out = eng;
    return SYEV_OK;
}

void syevp_fact_engine_free(syevp_fact_engine *eng, const syev_allocator *a)
{
    if (!eng)
        return;
    syevp_multi_free(eng->re, a);
    for (size_t k = 0; k < eng->entry_count; k++)
        syevp_free(a, eng->entries[k].pattern);
    syevp_free(a, eng->entries);
    for (size_t k = 0; k < eng->comma_count; k++)
        pcre2_code_free(eng->comma[k].re);
    for (size_t i = 0; i < NCUES; i++)
        pcre2_code_free(eng->whole[i]);
    syevp_free(a, eng);
}

/* The end of the word that starts at `b` (at most `e`). */
static size_t S_word_end(const char *s, size_t b, size_t e)
{
    while (b < e && s[b] != ' ')
        b++;
    return b;
}

static bool S_letter(unsigned char c)
{
    return c >= 'a' && c <= 'z';
}


/* Does w[0, n) end with the k bytes of suffix?  (A few bytes, compared
 * from the last: most words differ there, and a call of memcmp costs more.) */
static bool S_ends_with(const char *w, size_t n, const char *suffix, size_t k)
{
    if (n < k)
        return false;
    for (size_t j = k; j-- > 0;)
        if (w[n - k + j] != suffix[j])
            return false;
    return true;
}

/* No cue found. */
static const syevp_hit S_none = {SIZE_MAX, SIZE_MAX, 0, 0};

/* Does the word w[0, n) of letters carry ending e? */
static bool S_has_ending(const char *w, size_t n, const ending *e)
{
    const size_t k = e->len;
    if (n < k + e->min_stem || (e->min_stem == 0 && n != k) || !S_ends_with(w, n, e->suffix, k))
        return false;
    return !e->not_after || w[n - k - 1] != e->not_after;
}

/* The endings a word of letters that ends at q may carry, by its last
 * three letters (bits of ending_at).  In a shorter word the bytes read
 * before it are no letters (NO_LETTER, as before the text's start); a
 * letter read there, from a word that is no candidate, only lets more
 * through. */
static inline uint32_t S_endings_may(const syevp_fact_engine *eng, const unsigned char *s,
                                     size_t q)
{
    const uint8_t *letter_of = eng->letter_of;
    if (q < 2)
        return 0;
    const uint32_t pair = eng->endings_of_pair[letter_of[s[q - 1]]][letter_of[s[q - 2]]];
    return pair ? pair & eng->endings_of_third[q > 2 ? letter_of[s[q - 3]] : NO_LETTER] : 0;
}

/* The ending cue the word s[p, q) of letters carries, as a hit; false
 * when none. */
static bool S_ending_word(const syevp_fact_engine *eng, const unsigned char *s, size_t p,
                          size_t q, syevp_hit *hit)
{
    /* the endings in table order: the first cue that has one wins */
    for (uint32_t may = S_endings_may(eng, s, q); may; may &= may - 1) {
        const int slot = syevp_lowest_bit(may);
        if (S_has_ending((const char *)s + p, q - p, eng->ending_at[slot])) {
            *hit = (syevp_hit){p, q, eng->ending_cue[slot], 0};
            return true;
        }
    }
    return false;
}

/* The words of a sentence that carry an ending cue, found in text order as
 * the cues are read: the last one found, and where the search goes on. */
typedef struct ending_walk {
    syevp_hit next; /**< begin SIZE_MAX: none found (yet, or after `from`) */
    size_t from;
} ending_walk;

static const ending_walk S_walk_start = {{SIZE_MAX, SIZE_MAX, 0, 0}, 0};

/* The first pivot in s[r, end) followed by what follows it in an ending
 * (after_pivot; at the end, pivot_ends): its place, or end.  (Sixteen
 * bytes compared at once: the pivots, one letter in fifteen, are too near
 * one another for calls of memchr.) */
static size_t S_next_pivot(const syevp_fact_engine *eng, const unsigned char *s, size_t r,
                           size_t end)
{
#if defined(__SSE2__)
    const __m128i pivot = _mm_set1_epi8(eng->ending_pivot);
    for (; r + 16 < end; r += 16) { /* the byte after each of the 16 lies before end */
        const __m128i bytes = _mm_loadu_si128((const __m128i *)(const void *)(s + r));
        for (unsigned bits = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, pivot)); bits;
             bits &= bits - 1) {
            const size_t p = r + syevp_lowest_bit(bits);
            if (eng->after_pivot[s[p + 1]])
                return p;
        }
    }
#endif
    for (; r < end; r++)
        if (s[r] == (unsigned char)eng->ending_pivot &&
            (r + 1 < end ? eng->after_pivot[s[r + 1]] : eng->pivot_ends))
            return r;
    return end;
}

/* The first word of letters a-z (no word character on either side) that
 * starts at or after pos and ends by `end` (a word cut there counts) and
 * carries one of the ending cues: its span and cue index.  Such a word
 * holds the pivot letter: only the words around that letter are read,
 * each once, as pos only grows from one call to the next (*w keeps the
 * word found until pos passes it). */
static bool S_next_ending(const syevp_fact_engine *eng, const char *text, ending_walk *w,
                          size_t pos, size_t end, syevp_hit *hit)
{
    const unsigned char *s = (const unsigned char *)text;
    if (w->next.begin == SIZE_MAX || w->next.begin < pos) {
        w->next.begin = SIZE_MAX;
        /* words that start before `from` come before pos, or were read */
        const size_t from = w->from > pos ? w->from : pos;
        size_t r = from, p;
        while ((p = S_next_pivot(eng, s, r, end)) < end) {
            size_t q = p + 1;
            while (q < end && eng->letter_of[s[q]] != NO_LETTER)
                q++;
            r = q; /* the word is read: the search goes on after it */
            /* most words end otherwise: their start need not be found */
            if ((q < end && eng->word_byte[s[q]]) || !S_endings_may(eng, s, q))
                continue;
            while (p > from && S_letter(s[p - 1]))
                p--;
            /* a word of letters only, that starts at or after `from` */
            if (!(p > 0 && eng->word_byte[s[p - 1]]) && S_ending_word(eng, s, p, q, &w->next))
                break;
        }
        /* at a word's end: the found one, or the last read (r is past it) */
        w->from = w->next.begin != SIZE_MAX ? r : end;
    }
    *hit = w->next;
    return w->next.begin != SIZE_MAX;
}

/* Compiles `pattern` as the table scan runs one entry at a position
 * (\b(?:pattern)\b, anchored), for tests: without JIT, with PCRE2's
 * default contexts. */
static pcre2_code *S_compile_anchored(const syev_allocator *a, const char *pattern)
{
    const size_t len = strlen(pattern) + 16;
    char *full = syevp_malloc(a, len);
    if (!full)
        return NULL;
    snprintf(full, len, "\\b(?:%s)\\b", pattern);
    int code = 0;
    PCRE2_SIZE where = 0;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)full, PCRE2_ZERO_TERMINATED,
                                   PCRE2_UTF | PCRE2_UCP | PCRE2_ANCHORED, &code, &where, NULL);
    syevp_free(a, full);
    return re;
}

/* The end of the match of re at p of s[0, len) (SIZE_MAX: none, or an
 * error in *rc). */
static size_t S_match_end(const pcre2_code *re, const char *s, size_t len, size_t p,
                          pcre2_match_data *md, int *rc)
{
    const int r = pcre2_match(re, (PCRE2_SPTR)s, len, p, 0, md, NULL);
    if (r < 0 && r != PCRE2_ERROR_NOMATCH)
        *rc = -1;
    return r >= 0 ? pcre2_get_ovector_pointer(md)[1] : SIZE_MAX;
}

/* Does cue `cue`, compiled as `whole`, match at every position of t as
 * its entries [k, last) do, the first that matches winning?  1, 0 or -1. */
static int S_cue_agrees(const pcre2_code *whole, pcre2_code *const *entry_re, size_t k,
                        size_t last, const syevp_text *t, pcre2_match_data *md)
{
    int rc = 1;
    for (size_t p = 0; p <= t->fold_len && rc == 1; p++) {
        if ((t->fold[p] & 0xC0) == 0x80)
            continue; /* inside a character */
        const size_t want = S_match_end(whole, t->fold, t->fold_len, p, md, &rc);
        size_t got = SIZE_MAX;
        for (size_t j = k; j < last && got == SIZE_MAX && rc == 1; j++)
            got = S_match_end(entry_re[j], t->fold, t->fold_len, p, md, &rc);
        if (rc == 1 && got != want)
            rc = 0;
    }
    return rc;
}

/* For tests (events_private.h): does each cue of the table scan match at every position of the
 * n texts (folded) as its entries do, the first that matches winning?
 * 1: yes, 0: no (*bad: the text), -1: a PCRE2 error or no memory. */
int syevp_fact_entries_agree(const syev_extractor *ex, const syevp_fact_engine *eng,
                             const char *const *texts, size_t n, size_t *bad)
{
    const syev_allocator *a = &ex->alloc;
    pcre2_code **entry_re = syevp_calloc(a, eng->entry_count + 1, sizeof *entry_re);
    pcre2_code **whole = syevp_calloc(a, NCUES, sizeof *whole);
    pcre2_match_data *md = pcre2_match_data_create(4, NULL);
    int rc = entry_re && whole && md ? 1 : -1;
    for (size_t k = 0; k < eng->entry_count && rc == 1; k++) {
        const size_t c = eng->entries[k].cue;
        entry_re[k] = S_compile_anchored(a, eng->entries[k].pattern);
        if (!whole[c])
            whole[c] = S_compile_anchored(a, cues[c].pattern);
        rc = entry_re[k] && whole[c] ? 1 : -1;
    }
    for (size_t i = 0; i < n && rc == 1; i++) {
        syevp_text t;
        syev_error err;
        memset(&t, 0, sizeof t);
        if (syevp_text_init(&t, a, texts[i], strlen(texts[i]), &err) != SYEV_OK)
            rc = -1;
        for (size_t k = 0; k < eng->entry_count && rc == 1;) {
            size_t last = k;
            while (last < eng->entry_count && eng->entries[last].cue == eng->entries[k].cue)
                last++;
            rc = S_cue_agrees(whole[eng->entries[k].cue], entry_re, k, last, &t, md);
            k = last;
        }
        syevp_text_release(&t, a);
        *bad = i;
    }
    for (size_t k = 0; entry_re && k < eng->entry_count; k++)
        pcre2_code_free(entry_re[k]);
    for (size_t c = 0; whole && c < NCUES; c++)
        pcre2_code_free(whole[c]);
    syevp_free(a, entry_re);
    syevp_free(a, whole);
    pcre2_match_data_free(md);
    return rc;
}

/* S_next_ending byte by byte, without the boundaries: what it must find. */
static bool S_next_ending_bytewise(const syevp_fact_engine *eng, const char *text, size_t from,
                                   size_t limit, size_t end, syevp_hit *hit)
{
    const unsigned char *s = (const unsigned char *)text;
    for (size_t p = from; p <= limit && p < end; p++) {
        if (!S_letter(s[p]) || (p > 0 && S_word_char(s[p - 1])))
            continue;
        size_t q = p;
        while (q < end && S_letter(s[q]))
            q++;
        for (size_t slot = 0; slot < eng->ending_count && (q == end || !S_word_char(s[q])); slot++)
            if (S_has_ending(text + p, q - p, eng->ending_at[slot])) {
                *hit = (syevp_hit){p, q, eng->ending_cue[slot], 0};
                return true;
            }
        p = q;
    }
    return false;
}

/* Does S_next_ending find in t[0, end) what the walk byte by byte finds,
 * asked from `from` on, then (as in a sentence, its walk kept from one
 * call to the next) from after the word found or `step` bytes further? */
static bool S_endings_walk_agrees(const syevp_fact_engine *eng, const syevp_text *t,
                                  size_t from, size_t end, size_t step)
{
    ending_walk w = S_walk_start;
    while (from <= end) {
        syevp_hit a = S_none, b = S_none;
        const bool fa = S_next_ending(eng, t->fold, &w, from, end, &a);
        const bool fb = S_next_ending_bytewise(eng, t->fold, from, end, end, &b);
        if (fa != fb || (fa && (a.begin != b.begin || a.end != b.end || a.entry != b.entry)))
            return false;
        from = step ? from + step : fa ? a.end : end + 1;
    }
    return true;
}

/* For tests (events_private.h): does S_next_ending find in `text` what a walk byte by byte
 * finds, from every start to every end (a cut in mid-word too), asked
 * again and again as in a sentence?
 * 1: yes, 0: no, -1: no memory or invalid text. */
int syevp_fact_endings_agree(const syev_extractor *ex, const syevp_fact_engine *eng,
                             const char *text)
{
    syevp_text t;
    syev_error err;
    memset(&t, 0, sizeof t);
    if (syevp_text_init(&t, &ex->alloc, text, strlen(text), &err) != SYEV_OK)
        return -1;
    int agrees = 1;
    for (size_t from = 0; from <= t.fold_len && agrees; from++)
        for (size_t end = from; end <= t.fold_len && agrees; end++)
            for (size_t step = 0; step < 8 && agrees; step += 1 + step)
                agrees = S_endings_walk_agrees(eng, &t, from, end, step);
    syevp_text_release(&t, &ex->alloc);
    return agrees;
}

/* An ASCII byte that \s matches. */
static bool S_ascii_blank(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Can comma cue c match at the comma at p of s[0, end)?  Its pattern needs
 * \b before the comma (a word's character just before it), then after the
 * blanks one of its keys.  False only where it cannot match; a character
 * beyond ASCII (a blank or a letter of \s and \b with UCP) leaves it to
 * the pattern. */
static bool S_comma_may(const comma_cue *c, const unsigned char *s, size_t p, size_t end)
{
    if (p == 0 || !S_word_char(s[p - 1]))
        return false;
    size_t q = p + 1;
    while (q < end && S_ascii_blank(s[q]))
        q++;
    if (c->key_count == 0 || (q < end && s[q] >= 0x80))
        return true;
    if (q == end || !(c->key_first[s[q] / 8] & (1u << (s[q] % 8))))
        return false;
    for (int k = 0; k < c->key_count; k++)
        if (c->key_text[k][0] == (char)s[q] && q + c->key_len[k] <= end &&
            memcmp(s + q, c->key_text[k], c->key_len[k]) == 0)
            return true;
    return false;
}

/* For tests (events_private.h): does S_comma_may let through every match of the comma cues'
 * patterns in `text`, and do they match only at a comma?  1: yes, 0: no,
 * -1: a PCRE2 error or no memory. */
int syevp_fact_comma_agrees(const syevp_fact_engine *eng, const char *text)
{
    const size_t len = strlen(text);
    const unsigned char *s = (const unsigned char *)text;
    pcre2_match_data *md = pcre2_match_data_create(4, NULL);
    if (!md)
        return -1;
    int agrees = 1;
    for (size_t p = 0; p <= len && agrees == 1; p++)
        for (size_t k = 0; k < eng->comma_count && agrees == 1 && (s[p] & 0xC0) != 0x80; k++) {
            const comma_cue *c = &eng->comma[k];
            const int rc = pcre2_match(c->re, s, len, p, 0, md, NULL);
            if (rc < 0 && rc != PCRE2_ERROR_NOMATCH)
                agrees = -1;
            else if (rc >= 0 && (s[p] != ',' || !S_comma_may(c, s, p, len)))
                agrees = 0;
        }
    pcre2_match_data_free(md);
    return agrees;
}

/* The first cue read after a comma at or after `from` (its comma in
 * [from, end)): 1 (in *hit), 0 or a negative status. */
static int S_next_comma_cue(const syevp_fact_engine *eng, const syevp_run *run, size_t from,
                            size_t end, syevp_hit *hit)
{
    const syev_doc *doc = run->doc;
    const unsigned char *s = (const unsigned char *)doc->text.fold;
    for (const unsigned char *c = from < end ? memchr(s + from, ',', end - from) : NULL; c;
         c = (size_t)(c - s) + 1 < end ? memchr(c + 1, ',', end - (size_t)(c - s) - 1) : NULL) {
        const size_t p = (size_t)(c - s);
        for (size_t k = 0; k < eng->comma_count; k++) {
            const comma_cue *cc = &eng->comma[k];
            if (!S_comma_may(cc, s, p, end))
                continue;
            const int rc = syevp_regex_match(&run->ex->re, cc->re, doc->text.fold, end, p, doc->md,
                                             run->err);
            if (rc < 0)
                return rc;
            if (rc == 1) {
                *hit = (syevp_hit){p, pcre2_get_ovector_pointer(doc->md)[1], cc->cue, 0};
                return 1;
            }
        }
    }
    return 0;
}

/* The next cue a finder found in a sentence, kept while it lies ahead of
 * the scan (begin SIZE_MAX: there is none). */
typedef struct cue_ahead {
    syevp_hit next;
    bool searched;
} cue_ahead;

/* S_tail_ascii could not tell. */
#define TAIL_UNDECIDED 2

/* Is there a word boundary (\b) at q of s[0, len)?  (The bytes on both
 * sides are ASCII, or the text's ends.) */
static bool S_ascii_bound(const syevp_fact_engine *eng, const unsigned char *s, size_t len,
                          size_t q)
{
    return (q > 0 && eng->word_byte[s[q - 1]]) != (q < len && eng->word_byte[s[q]]);
}

/* Does one of the tail's words start at q of s[0, len) (s[q - 1] and
 * s[q] ASCII), with a word boundary before and after it?  1 (its end in
 * *end), 0, or TAIL_UNDECIDED where the byte after one is beyond ASCII. */
static int S_tail_word_at(const syevp_fact_engine *eng, const lazy_tail *t,
                          const unsigned char *s, size_t len, size_t q, size_t *end)
{
    if (!S_ascii_bound(eng, s, len, q))
        return 0;
    for (const char *const *w = t->words; *w; w++) {
        if ((*w)[0] != (char)s[q])
            continue;
        const size_t n = strlen(*w);
        if (q + n > len || memcmp(s + q, *w, n) != 0)
            continue;
        if (q + n < len && s[q + n] >= 0x80)
            return TAIL_UNDECIDED;
        if (S_ascii_bound(eng, s, len, q + n)) {
            *end = q + n;
            return 1;
        }
    }
    return 0;
}

/* The first byte beyond ASCII in s[q, e), or e. */
static size_t S_first_high(const unsigned char *s, size_t q, size_t e)
{
    for (; q + 8 <= e; q += 8) {
        uint64_t word;
        memcpy(&word, s + q, sizeof word);
        if (word & 0x8080808080808080u)
            break;
    }
    while (q < e && s[q] < 0x80)
        q++;
    return q;
}

/* The tail of cue i after a head that ends at `from`, in t's s[0, len),
 * as PCRE2 runs the lazy span: at each place, first the words, then one
 * more character, as long as it is none of the stops and the span is
 * shorter than max.  The places are those of the text's word boundaries
 * (the words start after \b) before the first stop or the span's end.
 * 1 (the end of the match in *end), 0, or TAIL_UNDECIDED where a byte
 * read is beyond ASCII. */
static int S_tail_ascii(const syevp_fact_engine *eng, size_t i, const syevp_text *t, size_t len,
                        size_t from, size_t *end)
{
    const lazy_tail *tail = cues[i].tail;
    const uint8_t *first = eng->tail_first[eng->tail_slot[i]];
    const unsigned char *s = (const unsigned char *)t->fold;
    if (from > 0 && s[from - 1] >= 0x80)
        return TAIL_UNDECIDED; /* \b before a word at `from` */
    /* the last place tried: at most max characters on, at the first stop */
    size_t last = len - from > tail->max ? from + tail->max : len;
    for (const char *c = tail->stops; *c; c++) {
        const unsigned char *stop = memchr(s + from, *c, last - from);
        if (stop)
            last = (size_t)(stop - s);
    }
    /* PCRE2 tells from the first byte beyond ASCII on */
    const size_t high = t->fold_ascii ? len : S_first_high(s, from, last < len ? last + 1 : len);
    const size_t stop = high <= last ? high : last + 1;
    for (size_t b = syevp_first_bound(t, from); b < t->bound_count && t->bounds[b] < stop; b++) {
        const size_t q = t->bounds[b];
        if (q < len && first[s[q]]) {
            const int rc = S_tail_word_at(eng, tail, s, len, q, end);
            if (rc != 0)
                return rc;
        }
    }
    return high <= last && high < len ? TAIL_UNDECIDED : 0;
}

/* Does the tail of cue i follow its head [mb, me), found by the table
 * scan in the sentence?  1 (the end of the whole match in *end), 0, or a
 * negative status. */
static int S_tail_end(const syevp_fact_engine *eng, const syevp_run *run, size_t i, size_t mb,
                      size_t me, size_t len, size_t *end)
{
    const syev_doc *doc = run->doc;
    const int rc = S_tail_ascii(eng, i, &doc->text, len, me, end);
    if (rc != TAIL_UNDECIDED)
        return rc;
    const int whole = syevp_regex_match(&run->ex->re, eng->whole[i], doc->text.fold, len, mb,
                                        doc->md, run->err);
    if (whole == 1)
        *end = pcre2_get_ovector_pointer(doc->md)[1];
    return whole;
}

/* The next pattern cue of the table scan at or after pos.  A head whose
 * tail fails is no cue: the scan goes on after its start. */
static int S_scan_ahead(const syevp_fact_engine *eng, const syevp_run *run,
                        const syevp_sentence *s, size_t pos, cue_ahead *ahead)
{
    if (ahead->searched && ahead->next.begin >= pos)
        return 0;
    ahead->searched = true;
    ahead->next = S_none;
    for (size_t from = pos; from <= s->end;) {
        size_t mb = 0, me = 0, entry = 0;
        int rc = syevp_multi_next(eng->re, run, from, s->end, &mb, &me, &entry);
        if (rc <= 0)
            return rc;
        const size_t i = eng->entries[entry].cue;
        if (cues[i].tail && (rc = S_tail_end(eng, run, i, mb, me, s->end, &me)) != 1) {
            if (rc < 0)
                return rc;
            from = mb + 1;
            continue;
        }
        ahead->next = (syevp_hit){mb, me, i, 0};
        return 0;
    }
    return 0;
}

/* The next cue read after a comma at or after pos. */
static int S_comma_ahead(const syevp_fact_engine *eng, const syevp_run *run,
                         const syevp_sentence *s, size_t pos, cue_ahead *ahead)
{
    if (ahead->searched && ahead->next.begin >= pos)
        return 0;
    ahead->searched = true;
    int rc = eng->comma_count ? S_next_comma_cue(eng, run, pos, s->end, &ahead->next) : 0;
    if (rc < 0)
        return rc;
    if (rc == 0)
        ahead->next = S_none;
    return 0;
}

/* Does hit a come before hit b: it starts first or, at one position, its
 * cue comes first in the table (as in one alternation)? */
static bool S_before(const syevp_hit *a, const syevp_hit *b)
{
    return a->begin < b->begin || (a->begin == b->begin && a->entry < b->entry);
}

/* Where the finders of a sentence's cues are: the next cue each of the
 * table scan and the comma cues found, the boundary the ending cues are
 * looked for from. */
typedef struct cue_walk {
    cue_ahead ahead[2];
    ending_walk endings;
} cue_walk;

/* The next cue at or after pos: the first of the table scan's, the comma
 * cues' and the ending cues'. */
static int S_next_cue(const syevp_fact_engine *eng, const syevp_run *run,
                      const syevp_sentence *s, size_t pos, cue_walk *w, syevp_hit *out)
{
    cue_ahead *ahead = w->ahead;
    int rc = S_scan_ahead(eng, run, s, pos, &ahead[0]);
    if (rc == 0)
        rc = S_comma_ahead(eng, run, s, pos, &ahead[1]);
    if (rc < 0)
        return rc;
    const syevp_hit *next = S_before(&ahead[1].next, &ahead[0].next) ? &ahead[1].next
                                                                     : &ahead[0].next;
    syevp_hit e;
    if (S_next_ending(eng, run->doc->text.fold, &w->endings, pos, s->end, &e) &&
        S_before(&e, next)) {
        *out = e;
        return 1;
    }
    if (next->begin == SIZE_MAX)
        return 0;
    *out = *next;
    return 1;
}

/* Where the search for cues goes on after cue h, found from pos. */
static size_t S_after_cue(const char *text, const syevp_hit *h, size_t pos)
{
    /* "les discussions seraient centrees sur": the words a topic cue
     * spans may hold other cues */
    if (cues[h->entry].kind == CUE_TOPIC)
        return S_word_end(text, h->begin, h->end);
    return h->end > pos ? h->end : pos + 1;
}

/* Appends h to the hits of `out`; false when memory ran out. */
static bool S_add_hit(const syev_allocator *a, syevp_cues *out, const syevp_hit *h)
{
    if (out->hits.n == out->hits.cap &&
        !syevp_grow(a, (void **)&out->hits.v, &out->hits.cap, out->hits.n + 1,
                    sizeof *out->hits.v))
        return false;
    out->hits.v[out->hits.n++] = *h;
    return true;
}

syev_status syevp_fact_cues(const syevp_fact_engine *eng, const syevp_run *run,
                            const syevp_sentence *s, syevp_cues *out)
{
    const syev_doc *doc = run->doc;
    cue_walk w = {{{S_none, false}, {S_none, false}}, S_walk_start};
    for (size_t pos = s->begin; pos < s->end;) {
        syevp_hit found;
        int rc = S_next_cue(eng, run, s, pos, &w, &found);
        if (rc < 0)
            return (syev_status)rc;
        if (rc == 0)
            break;
        if (!S_add_hit(&doc->alloc, out, &found))
            return syevp_fail(run->err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
        pos = S_after_cue(doc->text.fold, &found, pos);
    }
    return SYEV_OK;
}

/* The cues compiled whole for the plain search (S_plain_cues): each cue
 * of the table scan as \b(?:pattern)\b, its tail included. */
static bool S_plain_new(const syev_allocator *a, pcre2_code **plain)
{
    for (size_t i = 0; i < NCUES; i++) {
        if (cues[i].finder != BY_SCAN)
            continue;
        char *tailed = cues[i].tail ? S_tail_pattern(a, i) : NULL;
        if (cues[i].tail && !tailed)
            return false;
        plain[i] = S_compile_anchored(a, tailed ? tailed : cues[i].pattern);
        syevp_free(a, tailed);
        if (!plain[i])
            return false;
    }
    return true;
}

/* The first cue, in table order, that matches at p of t's s[0, end), the
 * plain way: each cue's whole pattern, the comma cues' patterns, the
 * endings byte by byte.  1 (in *hit), 0 or -1 (a PCRE2 error). */
static int S_plain_at(const syevp_fact_engine *eng, pcre2_code *const *plain, const syevp_text *t,
                      size_t p, size_t end, pcre2_match_data *md, syevp_hit *hit)
{
    int rc = 1;
    size_t k = 0; /* the comma cue */
    for (size_t i = 0; i < NCUES && rc == 1; i++) {
        size_t e = SIZE_MAX;
        if (cues[i].finder == BY_SCAN)
            e = S_match_end(plain[i], t->fold, end, p, md, &rc);
        else if (cues[i].finder == AFTER_COMMA)
            e = S_match_end(eng->comma[k++].re, t->fold, end, p, md, &rc);
        else if (S_next_ending_bytewise(eng, t->fold, p, p, end, hit) && hit->entry == i)
            return 1;
        if (e != SIZE_MAX) {
            *hit = (syevp_hit){p, e, i, 0};
            return 1;
        }
    }
    return rc == 1 ? 0 : -1;
}

/* Is p of s[0, n) inside a character? */
static bool S_inside_char(const char *s, size_t n, size_t p)
{
    return p < n && (s[p] & 0xC0) == 0x80;
}

/* The cues of s[b, e) found the plain way (S_plain_at at every position),
 * in *out; SYEV_OK, or a PCRE2 error (SYEV_ERR_PATTERN) or no memory. */
static syev_status S_plain_cues(const syev_extractor *ex, const syevp_fact_engine *eng,
                                pcre2_code *const *plain, const syevp_text *t, size_t b,
                                size_t e, pcre2_match_data *md, syevp_cues *out)
{
    for (size_t pos = b, p = b; p <= e;) {
        syevp_hit h;
        const int rc = S_inside_char(t->fold, e, p) ? 0 : S_plain_at(eng, plain, t, p, e, md, &h);
        if (rc < 0)
            return SYEV_ERR_PATTERN;
        if (rc == 0) {
            p++;
            continue;
        }
        if (!S_add_hit(&ex->alloc, out, &h))
            return SYEV_ERR_NOMEM;
        pos = S_after_cue(t->fold, &h, pos);
        if (pos >= e)
            break;
        p = pos;
    }
    return SYEV_OK;
}

/* Are the hits of a and b the same? */
static bool S_same_cues(const syevp_cues *a, const syevp_cues *b)
{
    if (a->hits.n != b->hits.n)
        return false;
    for (size_t i = 0; i < a->hits.n; i++)
        if (a->hits.v[i].begin != b->hits.v[i].begin || a->hits.v[i].end != b->hits.v[i].end ||
            a->hits.v[i].entry != b->hits.v[i].entry)
            return false;
    return true;
}

/* Do syevp_fact_cues and the plain way find the same cues in s[b, e) of
 * the document?  1, 0 or -1. */
static int S_cues_agree_in(const syev_extractor *ex, const syevp_fact_engine *eng,
                           pcre2_code *const *plain, syev_doc *doc, size_t b, size_t e)
{
    syev_error err;
    syevp_run run = {ex, doc, &err, NULL, NULL};
    const syevp_sentence s = {b, e};
    syevp_cues fast = {{NULL, 0, 0}}, slow = {{NULL, 0, 0}};
    int rc = syevp_fact_cues(eng, &run, &s, &fast) == SYEV_OK &&
                     S_plain_cues(ex, eng, plain, &doc->text, b, e, doc->md, &slow) == SYEV_OK
                 ? S_same_cues(&fast, &slow)
                 : -1;
    syevp_free(&ex->alloc, fast.hits.v);
    syevp_free(&ex->alloc, slow.hits.v);
    return rc;
}

int syevp_fact_cues_agree(const syev_extractor *ex, const syevp_fact_engine *eng,
                          const char *text)
{
    const syev_allocator *a = &ex->alloc;
    pcre2_code *plain[NCUES] = {NULL};
    syev_doc *doc = syevp_calloc(a, 1, sizeof *doc);
    int rc = doc && S_plain_new(a, plain) ? 1 : -1;
    if (rc == 1) {
        doc->alloc = ex->alloc;
        rc = syevp_fold_for_test(a, text, strlen(text), 32, &doc->text, &doc->md) ? 1 : -1;
    }
    /* the whole text, then sentences that cut it short at either end (at
     * the start of a character) */
    const size_t n = rc == 1 ? doc->text.fold_len : 0;
    for (size_t b = 0; b <= n / 2 && rc == 1; b += 1 + n / 5)
        for (size_t e = n; e >= b && e + n / 2 >= n && rc == 1; e -= 1 + n / 5)
            if (!S_inside_char(doc->text.fold, n, b) && !S_inside_char(doc->text.fold, n, e))
                rc = S_cues_agree_in(ex, eng, plain, doc, b, e);
    if (doc) {
        syevp_doc_starts_release(&doc->starts, a);
        syevp_text_release(&doc->text, a);
        pcre2_match_data_free(doc->md);
    }
    syevp_free(a, doc);
    for (size_t i = 0; i < NCUES; i++)
        pcre2_code_free(plain[i]);
    return rc;
}

/* The characters of key k (syevp_pattern_keys) in out; its length. */
static size_t S_key_text(uint64_t k, char *out)
{
    const size_t n = (size_t)(k >> 56);
    for (size_t j = 0; j < n; j++)
        out[j] = (char)(k >> (8 * (6 - j)));
    return n;
}

/* Can two matches that start with keys x and y start at one place (one
 * key the start of the other)? */
static bool S_keys_meet(uint64_t x, uint64_t y)
{
    char a[8], b[8];
    const size_t n = S_key_text(x, a), m = S_key_text(y, b);
    return memcmp(a, b, n < m ? n : m) == 0;
}

#define PROOF_KEYS 512

int syevp_fact_heads_alone(const syev_extractor *ex, const syevp_fact_engine *eng)
{
    const syev_allocator *a = &ex->alloc;
    uint64_t *head = syevp_malloc(a, 2 * PROOF_KEYS * sizeof *head), *other = head + PROOF_KEYS;
    int rc = head ? 1 : -1;
    for (size_t k = 0; k < eng->entry_count && rc == 1; k++) {
        const size_t c = eng->entries[k].cue;
        if (!cues[c].tail)
            continue;
        const int nh = syevp_pattern_keys(a, eng->entries[k].pattern, 7, head, PROOF_KEYS);
        rc = nh > 0 ? 1 : nh < 0 ? -1 : 0;
        for (size_t j = k + 1; j < eng->entry_count && rc == 1; j++) {
            if (eng->entries[j].cue == c)
                continue;
            const int no = syevp_pattern_keys(a, eng->entries[j].pattern, 7, other, PROOF_KEYS);
            rc = no > 0 ? 1 : no < 0 ? -1 : 0;
            for (int x = 0; x < nh && rc == 1; x++)
                for (int y = 0; y < no && rc == 1; y++)
                    rc = !S_keys_meet(head[x], other[y]);
        }
    }
    syevp_free(a, head);
    return rc;
}

/* ------------------------------------------------------------------ */
/* Scopes                                                              */
/* ------------------------------------------------------------------ */

/* Does [b, e) of s hold one of the bytes of `set`?  (memchr for each: the
 * sets are short, the stretches up to a sentence long.) */
static bool S_has_char(const char *s, size_t b, size_t e, const char *set)
{
    for (; b < e && *set; set++)
        if (memchr(s + b, *set, e - b))
            return true;
    return false;
}

/* Cue and trigger in one quotation (or both outside any): an odd number of
 * quotes between them, with a comma (the incise that names the speaker),
 * means one is quoted and the other is not. */
static bool S_same_quote(const char *s, size_t b, size_t e)
{
    size_t q = 0;
    for (const char *c = b < e ? memchr(s + b, '"', e - b) : NULL; c;
         c = memchr(c + 1, '"', (size_t)(s + e - c - 1)))
        q++;
    return q % 2 == 0 || !S_has_char(s, b, e, ",");
}

static bool S_in_scope(const char *s, const cue *c, const syevp_hit *h, size_t tb, size_t te)
{
    if (h->end <= tb)
        return tb - h->end <= c->before && S_same_quote(s, h->end, tb);
    if (h->begin >= te)
        return h->begin - te <= c->after && S_same_quote(s, te, h->begin) &&
               !S_has_char(s, te, h->begin, ";:");
    /* a cue word inside the trigger: "prochain tour", "mettrait fin" */
    return h->begin >= tb && h->end <= te;
}

/* "ne ... pas" negates the trigger inside it or just after it in the same
 * clause ("n'y a plus de combats"), or a subject trigger just before it
 * when it denies that the event took place ("n'a pas eu lieu", "n'est
 * signe ni par"), not when it qualifies it ("n'ont pas ete faciles"). */
static bool S_negates(const char *s, const syevp_hit *h, size_t tb, size_t te)
{
    if (tb >= h->begin && tb < h->end)
        return true;
    if (tb >= h->end)
        return tb - h->end <= 30 && !S_has_char(s, h->end, tb, ",;:\"");
    if (h->begin < te || h->begin - te > 60 || S_has_char(s, te, h->begin, ",;:\""))
        return false;
    static const char *const occurs[] = {"lieu", "sign", "inclu", "conclu", "respect",
                                         "commenc", "debut", "tenu", "appliqu", "vigueur"};
    size_t end = h->end + 25;
    for (size_t k = 0; k < sizeof occurs / sizeof *occurs; k++) {
        size_t n = strlen(occurs[k]);
        for (size_t i = h->begin; i + n <= end && s[i]; i++)
            if (strncmp(s + i, occurs[k], n) == 0) /* stops at the text's end */
                return true;
    }
    return false;
}

/* ------------------------------------------------------------------ */
/* Decision                                                            */
/* ------------------------------------------------------------------ */

/* Strength of each outcome when cues disagree. */
enum { P_ASSERTED, P_ALLEGED, P_WEAK, P_PLANNED, P_POSSIBLE, P_NEGATED };

static syev_factuality S_of_rank(int rank)
{
    static const syev_factuality f[] = {SYEV_FACT_ASSERTED, SYEV_FACT_ALLEGED,
                                        SYEV_FACT_POSSIBLE, SYEV_FACT_PLANNED,
                                        SYEV_FACT_POSSIBLE, SYEV_FACT_NEGATED};
    return f[rank];
}

typedef struct verdict {
    int rank;
    bool reported, opinion, conditional, obligation, modal, existing, topic, scheduled, in_force;
} verdict;

static void S_raise(verdict *v, int rank)
{
    if (rank > v->rank)
        v->rank = rank;
}

/* The trigger's own verb ending: "negocierait", "negocieront". */
static void S_verb_ending(const char *s, size_t tb, size_t te, verdict *v)
{
    size_t b = te;
    while (b > tb && s[b - 1] != ' ' && s[b - 1] != '\'')
        b--;
    size_t n = te - b;
    const char *w = s + b;
    if ((n > 5 && memcmp(w + n - 4, "rait", 4) == 0) || (n > 6 && memcmp(w + n - 6, "raient", 6) == 0))
        v->conditional = true;
    else if ((n > 5 && memcmp(w + n - 3, "ont", 3) == 0 && w[n - 4] == 'r') ||
             (n > 4 && memcmp(w + n - 2, "ra", 2) == 0))
        S_raise(v, P_PLANNED);
}

static void S_apply(verdict *v, cue_kind kind)
{
    switch (kind) {
    case CUE_NEGATION: case CUE_NEGATED: S_raise(v, P_NEGATED); break;
    case CUE_POSSIBLE: S_raise(v, P_POSSIBLE); break;
    case CUE_MODAL: v->modal = true; break;
    case CUE_PLANNED: S_raise(v, P_PLANNED); break;
    case CUE_OBLIGATION: v->obligation = true; break;
    case CUE_PURPOSE: S_raise(v, P_WEAK); break;
    case CUE_TOPIC: S_raise(v, P_WEAK); v->topic = true; break;
    case CUE_SCHEDULED: v->scheduled = true; break;
    case CUE_CONDITIONAL: v->conditional = true; break;
    case CUE_ALLEGED: S_raise(v, P_ALLEGED); break;
    case CUE_REPORTED: v->reported = true; break;
    case CUE_OPINION: v->opinion = true; break;
    case CUE_EXISTING: v->existing = true; break;
    case CUE_IN_FORCE: v->in_force = true; break;
    }
}

syev_factuality syevp_factuality(const syevp_fact_engine *eng, const syevp_run *run,
                                 const syevp_sentence *s, const syevp_cues *found, size_t tb,
                                 size_t te, bool is_verb)
{
    (void)eng;
    (void)s;
    const char *text = run->doc->text.fold;
    verdict v = {P_ASSERTED, false, false, false, false, false, false, false, false, false};
    for (size_t i = 0; i < found->hits.n; i++) {
        const syevp_hit *h = &found->hits.v[i];
        const cue *c = &cues[h->entry];
        if (c->kind == CUE_NEGATION ? !S_negates(text, h, tb, te) : !S_in_scope(text, c, h, tb, te))
            continue;
        S_apply(&v, c->kind);
    }
    if (is_verb)
        S_verb_ending(text, tb, te, &v);
    /* Talks about strengthening what exists are no wish for a new one (but
     * "pour consolider la treve" is a purpose); a truce said to be in force
     * is told as it is, whatever the mood of the clause around it. */
    if (((v.existing && v.topic) || v.in_force) && v.rank == P_WEAK)
        v.rank = P_ASSERTED;
    if (v.in_force)
        v.conditional = v.modal = false;
    /* A conditional, "devrait" or "doit" in reported speech after a past
     * verb of saying is a future in the past; as an opinion, a wish. */
    if (v.modal)
        S_raise(&v, v.reported ? P_PLANNED : P_POSSIBLE);
    if (v.obligation)
        S_raise(&v, v.opinion ? P_POSSIBLE : P_PLANNED);
    if (v.conditional)
        S_raise(&v, v.reported ? P_PLANNED : P_ALLEGED);
    /* A meeting requested and already scheduled is planned. */
    if (v.scheduled && v.rank == P_POSSIBLE)
        v.rank = P_PLANNED;
    return S_of_rank(v.rank);
}
