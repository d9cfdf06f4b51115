/*
 * timex_private.h — declarations shared by the files of the time-expression
 * engine only (timex.c, dct.c, tense.c, calendar.c).  Other stages use the
 * syev_private.h interface (syevp_timex_run, syevp_tense_at, syevp_when_*).
 *
 * The engine works in three passes over the folded text:
 *   1. detection: one combined PCRE2 scan finds where an expression starts,
 *      the rows anchored there compete (longest wins) and a handler turns
 *      the winner's named groups into a syevp_txsem (what was said);
 *   2. DCT discovery (dct.c) among the header / dateline candidates;
 *   3. resolution in text order against the DCT, the tense of the
 *      governing verb and the last date the story set (what it means).
 */
#ifndef SYEV_TIMEX_PRIVATE_H
#define SYEV_TIMEX_PRIVATE_H

#include "syev_private.h"

/* ------------------------------------------------------------------ */
/* calendar.c: arithmetic on day numbers                               */
/* ------------------------------------------------------------------ */

/** Adds months, clamping the day of month (Jan 31 + 1 month = Feb 28/29). */
int32_t syevp_add_months(int32_t day, int months);
/** First / last day number of a month (m may be out of 1..12: it wraps). */
int32_t syevp_month_first(int y, int m);
int32_t syevp_month_last(int y, int m);

/* ------------------------------------------------------------------ */
/* tense.c                                                             */
/* ------------------------------------------------------------------ */

/** The verb group that governs a position. */
typedef struct syevp_verb {
    syevp_tense tense;
    bool perfect;          /**< compound form of the past (aurait peri, sera parti) */
    bool announce;         /**< a verb of saying, deciding or agreeing (a annonce) */
    bool bare;             /**< a past participle without auxiliary (une treve conclue) */
    size_t begin, end;     /**< folded span of the verb group */
} syevp_verb;

/** Like syevp_tense_at, with details.  When `t` is given its original text
 *  tells the preposition "à" from the verb "a" (both fold to "a").  Returns
 *  false (and tense UNKNOWN) when the sentence holds no finite verb. */
bool syevp_tense_probe(const syevp_text *t, const char *fold, size_t sent_begin,
                       size_t sent_end, size_t pos, syevp_verb *out);

/** For many probes in one document: every verb group of the text, in text
 *  order, found once (*out allocated with `a`; SYEV_ERR_NOMEM on failure)... */
syev_status syevp_verbs_index(const syevp_text *t, const syev_allocator *a, syevp_verb **out,
                              size_t *count);
/** ... then the one that governs `pos`, as syevp_tense_probe would find it. */
bool syevp_tense_lookup(const syevp_text *t, const syevp_verb *verbs, size_t count,
                        size_t sent_begin, size_t sent_end, size_t pos, syevp_verb *out);
/** The verb group syevp_tense_lookup would pick from the whole text's
 *  index, found by indexing only the stretch of text around `pos` that can
 *  hold or classify it.  SYEV_ERR_NOMEM when `a` fails. */
syev_status syevp_tense_near(const syevp_text *t, const syev_allocator *a, size_t sent_begin,
                             size_t sent_end, size_t pos, syevp_verb *out);
/** The word and announce-stem tables of tense.c are in byte order (their
 *  lookups need it). */
bool syevp_tense_words_sorted(void);
/** Do the tense endings' tables of tense.c all pass its quick test of the
 *  last bytes (which rules words out before the tables are read)? */
bool syevp_tense_endings_screened(void);

/* ------------------------------------------------------------------ */
/* What an expression says, before resolution                          */
/* ------------------------------------------------------------------ */

typedef enum syevp_txkind {
    SYEVP_TXK_DATE = 1,  /**< y? m d (+ offset days): le 23 janvier, 03/05/16 */
    SYEVP_TXK_DAYONLY,   /**< d: le 16 */
    SYEVP_TXK_WDDAY,     /**< wd d: mercredi 13 */
    SYEVP_TXK_MONTH,     /**< y? m (+ part): en decembre, fin fevrier */
    SYEVP_TXK_YEAR,      /**< y (+ part): en 2015, fin 2016 */
    SYEVP_TXK_SEASON,    /**< season with y or rel: au printemps dernier */
    SYEVP_TXK_QUARTER,   /**< n of y, or rel: le dernier trimestre */
    SYEVP_TXK_WEEKDAY,   /**< wd + qualifier: mardi, jeudi prochain */
    SYEVP_TXK_DAYREL,    /**< n days from the DCT: hier, demain */
    SYEVP_TXK_WEEKREL,   /**< rel weeks (+ part): cette semaine, ce week-end */
    SYEVP_TXK_MONTHREL,  /**< rel months (+ part): le mois dernier */
    SYEVP_TXK_YEARREL,   /**< rel years (+ part): l'an dernier */
    SYEVP_TXK_SHIFT,     /**< n units from the DCT: il y a deux jours */
    SYEVP_TXK_WINDOW,    /**< DCT mod AFTER/BEFORE, n units long */
    SYEVP_TXK_UNITS,     /**< n whole units before/after the DCT's: 3 prochains jours */
    SYEVP_TXK_ANAPHOR,   /**< n units from the story's last date: la veille */
    SYEVP_TXK_LEADDAY,   /**< the story's day: toute la journee */
    SYEVP_TXK_NIGHT,     /**< a night: pair of days (explicit, weekdays, relative) */
    SYEVP_TXK_RANGE,     /**< du 13 au 15 juillet */
    SYEVP_TXK_NTHWEEK,   /**< ord-th full week of a month */
    SYEVP_TXK_WEEKOF,    /**< la semaine du 7 octobre */
    SYEVP_TXK_NTHWDAY    /**< ord-th weekday of a month (or of rel month) */
} syevp_txkind;

typedef enum syevp_txunit {
    SYEVP_U_NONE = 0, SYEVP_U_HOUR, SYEVP_U_DAY, SYEVP_U_WEEK, SYEVP_U_MONTH,
    SYEVP_U_YEAR
} syevp_txunit;

typedef enum syevp_txpart {
    SYEVP_P_NONE = 0, SYEVP_P_START, SYEVP_P_MID, SYEVP_P_END,
    SYEVP_P_HALF1, SYEVP_P_HALF2,      /**< quinzaines */
    SYEVP_P_WORKWEEK, SYEVP_P_WEEKEND  /**< en semaine, ce week-end */
} syevp_txpart;

/** Weekday qualifiers. */
typedef enum syevp_wdq {
    SYEVP_WDQ_NONE = 0,   /**< direction from the tense */
    SYEVP_WDQ_LAST,       /**< dernier: strictly before the DCT */
    SYEVP_WDQ_NEXT,       /**< prochain: strictly after the DCT */
    SYEVP_WDQ_PREV_WEEK,  /**< de la semaine derniere */
    SYEVP_WDQ_THIS_WEEK,  /**< cette semaine */
    SYEVP_WDQ_NEXT_WEEK,  /**< suivant, de la semaine prochaine */
    SYEVP_WDQ_IN8,        /**< en huit */
    SYEVP_WDQ_IN15        /**< en quinze */
} syevp_wdq;

typedef enum syevp_season {
    SYEVP_SEASON_NONE = 0, SYEVP_SEASON_SP, SYEVP_SEASON_SU, SYEVP_SEASON_FA,
    SYEVP_SEASON_WI
} syevp_season;

#define SYEVP_SEM_NO_REL 99 /**< rel not given (season, quarter: explicit) */

/** Semantic flags of a candidate. */
#define SYEVP_SEM_HEADER 0x1u   /**< matched as a header ("date 2017-02") */
#define SYEVP_SEM_DEPUIS 0x2u   /**< introduced by depuis: a state's start */
#define SYEVP_SEM_FUTURE 0x4u   /**< a cue inside points forward (d'ici, jusqu'a) */
#define SYEVP_SEM_PAST 0x8u     /**< a cue inside points backward (depuis) */
#define SYEVP_SEM_EARLIER 0x10u /**< anaphor "plus tot": the anchor's first day */
#define SYEVP_SEM_ERA 0x20u     /**< a year given with an era: taken literally */
#define SYEVP_SEM_STRICT 0x40u  /**< dernier / prochain: never the DCT's own day or month */
#define SYEVP_SEM_VAGUE 0x80u   /**< a vague count (quelques, plusieurs) */

typedef struct syevp_txsem {
    syevp_txkind kind;
    int y, m, d;       /**< 0 when not given */
    int y2, m2, d2;    /**< second date of a range or night */
    int wd, wd2;       /**< 1 = Monday .. 7 = Sunday; 0 when not given */
    int n;             /**< count, ordinal (-1 = last) or quarter */
    int rel;           /**< -1 last, 0 this, +1 next ... */
    int offset;        /**< days added at the end (le lendemain du 13 fevrier) */
    int sub;           /**< variant of a kind (nights: 0 named, 1 DCT, 2 story) */
    syevp_txunit unit;
    syevp_txpart part;
    syev_mod mod;      /**< for windows: AFTER or BEFORE */
    syevp_wdq wdq;
    syevp_season season;
    unsigned flags;    /**< SYEVP_SEM_* */
} syevp_txsem;

/** A detected expression. */
typedef struct syevp_txcand {
    size_t begin, end; /**< folded span */
    syevp_txsem sem;
    unsigned tx_flags; /**< SYEVP_TX_* decided before resolution (header) */
} syevp_txcand;

/** Day interval of an explicit (year-given) date, month or year expression.
 *  Returns false when the candidate needs the DCT to be resolved. */
bool syevp_txsem_absolute(const syevp_txsem *s, int32_t *begin, int32_t *end,
                          syev_granularity *gran);

/** For tests: does every grammar row that matches somewhere in `text`
 *  pass the quick filter (its start keys, digits read as '0') that decides
 *  where rows are tried?  1 yes, 0 no, -1 on error. */
int syevp_timex_rows_agree(const syev_extractor *ex, const char *text);
/** For tests: does every grammar row that matches somewhere in `text` hold,
 *  for each anchor its match would be kept around, the anchor's word and
 *  what follows as the per-row table of the anchors (read off the rows'
 *  patterns) says it can, and does the scan over plain words look at every
 *  anchor's word (its length and first three letters fit a form)?  1 yes,
 *  0 no, -1 on error. */
int syevp_timex_anchor_rows_agree(const syev_extractor *ex, const char *text);
/** For tests: are the rows' start keys the same when every part of a
 *  row's pattern is expanded whole before it is split (the order they
 *  were first found in)?  1 yes, 0 no, -1 on error. */
int syevp_timex_row_keys_agree(const syev_extractor *ex);

/* ------------------------------------------------------------------ */
/* dct.c                                                               */
/* ------------------------------------------------------------------ */

/** Flags the header / dateline candidates (SYEVP_TX_DCT_HEADER) and, when
 *  the caller gave no DCT (doc->dct_source == SYEV_DCT_NONE), sets doc->dct
 *  from them (dct_source = SYEV_DCT_TEXT).  A dateline without a year takes
 *  it from the text's weekdays and years when they settle it, else none. */
void syevp_dct_discover(syev_doc *doc, syevp_txcand *cands, size_t count);

#endif /* SYEV_TIMEX_PRIVATE_H */
