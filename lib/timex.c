/* timex.c — French time expressions: detection, then resolution.
 *
 * Detection (SPEC section 3, issue 2).  One scan over the folded text finds
 * anchor words (digits, month and weekday names, deictic and unit words):
 * a lookup of each ASCII word in a table of the words' forms, with PCRE2
 * deciding only next to characters beyond ASCII (where \d and \b follow
 * Unicode).  Around each anchor the rows of the grammar — PCRE2 patterns
 * compiled once, anchored — are tried at the few word starts just before
 * it; the longest match that covers the anchor wins and its handler turns
 * the named groups into a syevp_txsem.  Names (months, weekdays, numbers,
 * seasons, holidays, units) live in the tables below; the pattern fragments
 * that list them are generated from those tables.
 *
 * Resolution runs in text order once the DCT is known (dct.c): against the
 * DCT, in the direction the governing verb's tense points (tense.c), and for
 * story words (la veille, quelques heures plus tot) against the last date
 * the story set (SPEC section 6).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "syev_private.h"
#include "tense_private.h"
#include "timex_private.h"

/* ================================================================== */
/* Tables                                                              */
/* ================================================================== */

typedef struct name_value {
    const char *name; /* folded; ' ' stands for any run of blanks */
    int value;
} name_value;

/* Month names and the abbreviations accepted after a day number. */
static const name_value MONTH_NAMES[] = {
    {"janvier", 1}, {"fevrier", 2}, {"mars", 3}, {"avril", 4}, {"mai", 5}, {"juin", 6},
    {"juillet", 7}, {"aout", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11},
    {"decembre", 12}, {NULL, 0}};
static const name_value MONTH_ABBREVIATIONS[] = {
    {"janv", 1}, {"jan", 1}, {"fevr", 2}, {"fev", 2}, {"avr", 4}, {"juil", 7},
    {"jui", 7}, /* ambiguous juin/juillet: read as juillet, as Duckling does */
    {"sept", 9}, {"sep", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}, {NULL, 0}};

static const name_value WEEKDAY_NAMES[] = {
    {"lundi", 1}, {"mardi", 2}, {"mercredi", 3}, {"jeudi", 4}, {"vendredi", 5},
    {"samedi", 6}, {"dimanche", 7}, {NULL, 0}};
/* Weekday abbreviations, accepted only before a day number (lun. alone). */
static const name_value WEEKDAY_ABBREVIATIONS[] = {
    {"lun", 1}, {"mar", 2}, {"mer", 3}, {"jeu", 4}, {"ven", 5}, {"sam", 6}, {"dim", 7},
    {NULL, 0}};

/* Cardinals written out. */
static const name_value NUMBER_WORDS[] = {
    {"un", 1}, {"une", 1}, {"premier", 1}, {"premiere", 1}, {"deux", 2}, {"trois", 3},
    {"quatre", 4}, {"cinq", 5}, {"six", 6}, {"sept", 7}, {"huit", 8}, {"neuf", 9},
    {"dix", 10}, {"onze", 11}, {"douze", 12}, {"treize", 13}, {"quatorze", 14},
    {"quinze", 15}, {"seize", 16}, {"dix-sept", 17}, {"dix-huit", 18}, {"dix-neuf", 19},
    {"vingt", 20}, {"vingt et un", 21}, {"vingt-et-un", 21}, {"vingt-deux", 22},
    {"vingt-trois", 23}, {"vingt-quatre", 24}, {"vingt-cinq", 25}, {"vingt-six", 26},
    {"vingt-sept", 27}, {"vingt-huit", 28}, {"vingt-neuf", 29}, {"trente", 30},
    {"trente et un", 31}, {"trente-et-un", 31}, {"quarante", 40}, {"quarante-huit", 48},
    {"cinquante", 50}, {"soixante", 60}, {"soixante-douze", 72}, {"cent", 100},
    {NULL, 0}};
/* Vague quantities, counted as three ("il y a quelques jours"). */
static const name_value VAGUE_NUMBERS[] = {{"quelques", 3}, {"plusieurs", 3}, {NULL, 0}};

/* Ordinals of weeks, weekdays, quarters and fortnights (-1: the last). */
static const name_value ORDINALS[] = {
    {"premier", 1}, {"premiere", 1}, {"1er", 1}, {"1ere", 1}, {"deuxieme", 2},
    {"second", 2}, {"seconde", 2}, {"2e", 2}, {"2eme", 2}, {"troisieme", 3}, {"3e", 3},
    {"3eme", 3}, {"quatrieme", 4}, {"4e", 4}, {"4eme", 4}, {"dernier", -1},
    {"derniere", -1}, {NULL, 0}};

/* Time units, matched on their singular prefix. */
static const name_value UNIT_NAMES[] = {
    {"minute", SYEVP_U_HOUR}, {"heure", SYEVP_U_HOUR}, {"journee", SYEVP_U_DAY},
    {"jour", SYEVP_U_DAY}, {"semaine", SYEVP_U_WEEK}, {"mois", SYEVP_U_MONTH},
    {"annee", SYEVP_U_YEAR}, {"an", SYEVP_U_YEAR}, {NULL, 0}};

typedef struct season_def {
    const char *name;
    syevp_season season;
    const char *code;      /* TIMEX3 season code */
    int bm, bd, em, ed;    /* astronomical bounds; winter ends next year */
} season_def;

static const season_def SEASONS[] = {
    {"printemps", SYEVP_SEASON_SP, "SP", 3, 20, 6, 20},
    {"ete", SYEVP_SEASON_SU, "SU", 6, 21, 9, 23},
    {"automne", SYEVP_SEASON_FA, "FA", 9, 24, 12, 20},
    {"hiver", SYEVP_SEASON_WI, "WI", 12, 21, 3, 20},
};

typedef struct holiday_def {
    const char *word; /* a word the matched text contains */
    int m, d;
} holiday_def;

static const holiday_def HOLIDAYS[] = {
    {"noel", 12, 25}, {"an", 1, 1}, {"toussaint", 11, 1}, {"morts", 11, 1},
    {"travail", 5, 1}, {"sylvestre", 12, 31},
};

/* Nouns that make a preceding four-digit number a count, not a year. */
static const char COUNT_NOUNS[] =
    "|morts|personnes|civils|combattants|soldats|hommes|habitants|victimes|blesses|"
    "refugies|deplaces|km|kilometres|metres|euros|dollars|tonnes|enfants|femmes|"
    "militaires|membres|familles|maisons|frappes|raids|missiles|obus|";

/* ================================================================== */
/* The grammar                                                         */
/* ================================================================== */

/* Templates are PCRE2 patterns with three conveniences: {NAME} inserts a
 * fragment, ' ' stands for one or more blanks and '~' for any (zero or
 * more) blanks.  Blanks never include a line break: expressions do not run
 * across lines. */

/* Fragments written out; the name lists are generated from the tables. */
static const struct { const char *name; const char *text; } FRAGMENTS[] = {
    {"DAYN", "(?<![\\d.,/])(?:1ere|1er|premier|(?:[12]\\d|3[01]|0?[1-9])(?:eme|er|e)?)(?!\\d)"},
    {"DAYX", "(?:{DAYN}|{DAYW})"},
    {"YEAR", "(?<![\\d.,])(?:1[89]\\d\\d|20\\d\\d)(?!\\d|[.,]\\d)"},
    {"YEARX", "(?:{YEAR}|(?<![\\d.,])\\d\\d(?=~(?:[.,;:)\\n]|$|p\\.|ap\\.)))"},
    {"NUM", "(?:(?<![\\d.,])\\d{1,3}(?!\\d|[.,]\\d)|{NUMW})"},
    {"CLOCKC", "(?:(?:[01]?\\d|2[0-3])~[h:]~(?:[0-5]\\d)?(?![a-z\\d])|minuit|midi)"},
    {"CLOCKSUF",
     "(?:,?~(?:(?:a|vers|des|aux alentours de|peu avant|peu apres|autour de) )?"
     "(?:{CLOCKC}|(?:[01]?\\d|2[0-3]) heures?(?: [0-5]\\d)?(?![a-z\\d]))"
     "(?: (?:heure locale|heures locales|locales?|gmt|utc|hec|edt|cet)\\b)?)?"},
    {"TODSUF",
     "(?: (?:au (?:matin|soir)|dans la (?:matinee|soiree|nuit)|dans l'~apres-midi|"
     "a l'~aube|au petit matin|tot le matin|tard le soir|"
     "en (?:debut|fin|milieu) (?:de |d'~)(?:matinee|journee|soiree|apres-midi|nuit)|"
     "dans la journee|matin|soir|apres-midi|midi)\\b)?"},
    {"TODPRE",
     "(?:(?:(?:dans|durant|pendant|au cours de|tot|tard|plus tot|plus tard) "
     "(?:la matinee|la soiree|l'~apres-midi|la journee|le matin|le soir|la nuit)|"
     "a l'~aube|(?:la|le) (?:matinee|soiree|matin|soir)) (?:(?:de|du) |d'~)?)?"},
    {"LEAD", "(?:(?:depuis|des) )?(?:(?:le|ce|cette) )?"},
};

/* Handlers: turn a row's match into a syevp_txsem.  They may reject. */
typedef struct match_view match_view;
typedef bool (*row_handler)(match_view *mv, syevp_txsem *s);

typedef struct row_def {
    const char *tmpl;
    row_handler handle;
    syevp_txsem preset; /* copied into the result before the handler runs */
} row_def;

static bool S_h_date(match_view *mv, syevp_txsem *s);
static bool S_h_numdate(match_view *mv, syevp_txsem *s);
static bool S_h_iso_month(match_view *mv, syevp_txsem *s);
static bool S_h_month(match_view *mv, syevp_txsem *s);
static bool S_h_year(match_view *mv, syevp_txsem *s);
static bool S_h_part(match_view *mv, syevp_txsem *s);
static bool S_h_part_rel(match_view *mv, syevp_txsem *s);
static bool S_h_season(match_view *mv, syevp_txsem *s);
static bool S_h_quarter(match_view *mv, syevp_txsem *s);
static bool S_h_weekday(match_view *mv, syevp_txsem *s);
static bool S_h_wdday(match_view *mv, syevp_txsem *s);
static bool S_h_dayonly(match_view *mv, syevp_txsem *s);
static bool S_h_range(match_view *mv, syevp_txsem *s);
static bool S_h_night(match_view *mv, syevp_txsem *s);
static bool S_h_counted(match_view *mv, syevp_txsem *s);
static bool S_h_fixed(match_view *mv, syevp_txsem *s);
static bool S_h_weekend(match_view *mv, syevp_txsem *s);
static bool S_h_holiday(match_view *mv, syevp_txsem *s);
static bool S_h_ordinal(match_view *mv, syevp_txsem *s);

#define K(k) .kind = SYEVP_TXK_##k

/* Order matters only between rows matching the same text: the first wins. */
static const row_def ROWS[] = {
    /* --- nights: before the date and weekday rows they tie with --- */
    {"(?:(?:dans|durant|pendant|au cours de) )?la nuit (?:(?:de|du) |d'~)"
     "(?:(?<wd>{WD})(?: (?<d>{DAYX}))?|(?<d1>{DAYX}))(?: (?<m>{MONA}))?"
     "(?: (?:a|au|et) (?:(?<wd2>{WD})(?: (?<d2>{DAYX}))?|(?<d3>{DAYX}))"
     "(?: (?<m2>{MONA})(?: (?<y2>{YEAR}))?)?)?",
     S_h_night, {K(NIGHT)}},
    {"cette nuit", S_h_fixed, {K(NIGHT), .sub = 1, .rel = 0}},
    {"la nuit (?:derniere|passee)", S_h_fixed, {K(NIGHT), .sub = 1, .rel = -1}},
    {"la nuit prochaine", S_h_fixed, {K(NIGHT), .sub = 1, .rel = 1}},
    /* a night named alone is the one that ends on the DCT (the news of the
     * morning), whatever day the story told before: "mercredi soir ... ont
     * repousse les attaques dans la nuit" in Thursday's paper */
    {"(?:toute la|durant la|pendant la|dans la|au cours de la) nuit(?! (?:de|du|des)\\b)(?! d')",
     S_h_fixed, {K(NIGHT), .sub = 1, .rel = 0}},
    {"la nuit (?:precedente|d'~avant)", S_h_fixed, {K(NIGHT), .sub = 2, .rel = -1}},
    {"cette nuit~-?~la", S_h_fixed, {K(NIGHT), .sub = 2, .rel = 0}},
    {"la nuit suivante", S_h_fixed, {K(NIGHT), .sub = 2, .rel = 1}},

    /* --- ranges of days --- */
    {"(?:(?:du|depuis le|entre le|de) )?(?:(?<wd>{WD}) )?(?<d>{DAYX})"
     "(?: (?<m>{MONA})(?: (?<y>{YEAR}))?)?~(?:au|a|-|jusqu'~au|et le|et)~"
     "(?:(?<wd2>{WD}) )?(?<d2>{DAYX})~(?<m2>{MONA})(?: (?<y2>{YEARX}))?",
     S_h_range, {K(RANGE)}},
    {"(?:du|entre le) (?<d>{DAYN}) (?:au|et le) (?<d2>{DAYX})(?=~(?:[.,;:)\\n]|$))",
     S_h_range, {K(RANGE)}},

    /* --- dates --- */
    {"{TODPRE}{LEAD}(?:(?<wd>{WD}|{WDA})~,?~)?(?<d>{DAYX})~(?<m>{MONA})"
     "(?:,? (?<y>{YEARX})(?<era> p\\. ?chr\\. ?n\\.| ap\\. ?j\\.-c\\.)?)?(?: (?<q>dernier|prochain)\\b)?"
     "{TODSUF}{CLOCKSUF}",
     S_h_date, {K(DATE)}},
    {"(?:le lendemain|le surlendemain) (?:(?:de|du) |d'~)(?:(?<wd>{WD}) )?(?<d>{DAYX}) "
     "(?<m>{MONA})(?: (?<y>{YEAR}))?",
     S_h_date, {K(DATE), .offset = 1}},
    {"(?:la veille|l'~avant-veille) (?:(?:de|du) |d'~)(?:(?<wd>{WD}) )?(?<d>{DAYX}) "
     "(?<m>{MONA})(?: (?<y>{YEAR}))?",
     S_h_date, {K(DATE), .offset = -1}},
    {"{LEAD}(?:(?<wd>{WD}|{WDA}),? )?(?<![\\d.,/])(?<d>0?[1-9]|[12]\\d|3[01])(?<sep>[/.])"
     "(?<m>0?[1-9]|1[0-2])\\k<sep>(?<y>\\d{4}|\\d\\d)(?!\\d|[.,/]\\d){CLOCKSUF}",
     S_h_numdate, {K(DATE)}},
    {"(?<![\\d.,/-])(?<d>0?[1-9]|[12]\\d|3[01])-(?<m>0?[1-9]|1[0-2])-(?<y>\\d{4})(?![\\d])",
     S_h_numdate, {K(DATE)}},
    {"(?:le )?(?<![\\d.,])(?<d>0?[1-9]|[12]\\d|3[01]) (?<m>0?[1-9]|1[0-2]) "
     "(?<y>(?:19|20)\\d\\d|\\d\\d)(?!\\d|[.,]\\d| \\d)",
     S_h_numdate, {K(DATE)}},
    {"{LEAD}(?:(?<wd>{WD}) )?(?<![\\d.,/])(?<d>0?[1-9]|[12]\\d|3[01])/(?<m>0?[1-9]|1[0-2])"
     "(?![\\d/])(?!~(?:des?|du|d')\\b){CLOCKSUF}",
     S_h_numdate, {K(DATE)}},
    {"(?:le )?(?<![\\d.,])(?<d>0?[1-9]|[12]\\d|3[01]) (?<m>0\\d|1[0-2]|[1-9])"
     "(?=~(?:[.;)\\n]|,|$))",
     S_h_numdate, {K(DATE)}},
    {"(?<![\\d.])(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})(?!\\d)", S_h_numdate, {K(DATE)}},
    {"\\bdate (?<y>\\d{4})-(?<m>0[1-9]|1[0-2])(?![\\d-])", S_h_iso_month,
     {K(MONTH), .flags = SYEVP_SEM_HEADER}},
    {"(?:le )?(?<o>(?:[12]?\\d|3[01])(?:eme|er|e)|premier|dernier) jour "
     "(?:de |d'~|du mois de |du mois d'~)(?<m>{MONF})(?: (?<y>{YEAR}))?",
     S_h_ordinal, {K(DATE)}},
    {"(?:(?:le )?jour de |la fete de )?noel|(?:le )?jour de l'~an|(?:le )?nouvel an|"
     "(?:(?:la journee|le jour) de )?la toussaint|toussaint|(?:le )?jour des morts|"
     "(?:la )?fete du travail|(?:la )?saint-sylvestre",
     S_h_holiday, {K(DATE)}},

    /* --- weekdays --- */
    {"{TODPRE}{LEAD}(?<wd>{WD}|lun\\.)(?: (?<q>dernier|prochain|suivant|precedent|d'~apres|"
     "passe|en huit|en 8|en quinze|en 15|(?:de )?la semaine (?:prochaine|derniere|suivante|"
     "passee|precedente|d'~apres|qui suit|d'~avant)|(?:de )?cette semaine))?{TODSUF}{CLOCKSUF}",
     S_h_weekday, {K(WEEKDAY)}},
    {"(?:(?:le|ce) )?(?<wd>{WD}) (?<d>{DAYN})(?=~(?:[.,;:)!?\\n]|$|au\\b|et\\b))",
     S_h_wdday, {K(WDDAY)}},
    {"(?<![\\w'])le (?<d>[12]\\d|3[01]|0?[1-9])(?:er)?(?=~(?:[.;)\\n]|,|$))",
     S_h_dayonly, {K(DAYONLY)}},

    /* --- months, years, parts, seasons, quarters --- */
    {"(?:(?:depuis|des|en|au mois de|le mois de|du mois de|courant|jusqu'~en) ~|"
     "(?:au|le|du) mois d'~)?(?<m>{MONF})(?: (?<y>{YEAR}))?(?: (?<q>dernier|prochain)\\b)?",
     S_h_month, {K(MONTH)}},
    {"(?:depuis|des|en|en l'~an|l'~an|l'~annee|jusqu'~en|courant|avant|apres|vers|"
     "a partir de|d'~ici|d'~ici a) ~(?<y>{YEAR})(?!~[-/]~\\d)",
     S_h_year, {K(YEAR)}},
    {"(?:(?:depuis|des|jusqu'~a|jusqu'~au|vers|en|d'~ici|a) ~)?(?:(?:la|le|l'|au|du) ~)?"
     "(?<p>mi|fin|debut|milieu)(?:~-~|(?: (?:du mois|de mois) (?:de |d'~)| (?:de |d'~)| ))"
     "(?<m>{MONF})(?: (?<y>{YEAR}))?",
     S_h_part, {K(MONTH)}},
    {"(?:(?:depuis|des|jusqu'~a|jusqu'~au|vers|en|d'~ici|a) ~)?(?:(?:la|le|l'|au|du) ~)?"
     "(?<p>mi|fin|debut|milieu)(?:~-~| (?:de l'~annee |de l'~an |d'~annee |de |d'~)?)"
     "(?<y>{YEAR})",
     S_h_part, {K(YEAR)}},
    {"(?:(?:depuis|des|jusqu'~a|jusqu'~au|vers|d'~ici) ~)?(?:(?:en|a la|a l'|au|la|le|l') ~)?"
     "(?<p>mi|fin|debut|milieu)(?:~-~| (?:(?:de|du) |d'~)(?:(?:la|cette|ce|cet) |l'~)?)"
     "(?<u>semaine|mois|annee|an)\\b(?: (?<q>prochaine?|derniere?|passee?|precedente?|"
     "suivante?|en cours))?",
     S_h_part_rel, {0}},
    {"(?:la )?(?<o>premiere|1ere|deuxieme|seconde|2e|2eme|derniere) quinzaine "
     "(?:de |d'~|du mois de |du mois d'~)(?<m>{MONF})(?: (?<y>{YEAR}))?",
     S_h_ordinal, {K(MONTH)}},
    {"(?:la )?(?<o>premiere|1ere|deuxieme|seconde|2e|2eme|troisieme|3e|3eme|quatrieme|4e|"
     "4eme|derniere) semaine (?:de |d'~|du mois de |du mois d'~)(?<m>{MONF})(?: (?<y>{YEAR}))?",
     S_h_ordinal, {K(NTHWEEK)}},
    {"(?:la )?semaine du (?<d>{DAYX}) (?<m>{MONA})(?: (?<y>{YEAR}))?", S_h_date, {K(WEEKOF)}},
    {"(?:le )?(?<o>premier|1er|deuxieme|second|2e|2eme|troisieme|3e|3eme|quatrieme|4e|4eme|"
     "dernier) (?<wd>{WD}) (?:(?:de|du) |d'~)(?:mois (?<q>prochain|dernier|suivant|precedent)|"
     "(?:mois de |mois d'~)?(?<m>{MONF})(?: (?<y>{YEAR}))?)",
     S_h_ordinal, {K(NTHWDAY)}},
    {"(?:(?:depuis|des|jusqu'~a|jusqu'~au|vers|d'~ici|pendant|durant|tout) ~)?"
     "(?<det>au|a l'|l'|le|cet|ce|en|de l'|du|cette)?~(?<s>printemps|ete|automne|hiver)\\b"
     "(?: (?:(?<q>dernier|prochain|passe|precedent|suivant)|(?<y>{YEAR})))?",
     S_h_season, {K(SEASON)}},
    {"(?:(?:au|le|du|ce|au cours du) ~)?(?:(?<o>premier|1er|deuxieme|2e|second|troisieme|3e|"
     "quatrieme|4e|dernier) trimestre(?: (?:de |d'~)?(?<y>{YEAR}))?|trimestre (?<q>dernier|"
     "prochain|precedent|suivant|en cours)|(?<q2>prochain) trimestre)",
     S_h_quarter, {K(QUARTER)}},

    /* --- deictic days --- */
    {"aujourd'~hui|ce jour(?!~-?~la)|en ce jour", S_h_fixed, {K(DAYREL), .n = 0}},
    {"(?:(?:des|depuis) )?hier(?: (?:soir|matin|apres-midi|midi)\\b)?", S_h_fixed,
     {K(DAYREL), .n = -1}},
    {"avant-hier(?: (?:soir|matin)\\b)?", S_h_fixed, {K(DAYREL), .n = -2}},
    {"(?:des )?demain(?: (?:matin|soir|apres-midi|midi)\\b)?", S_h_fixed, {K(DAYREL), .n = 1}},
    {"apres-demain", S_h_fixed, {K(DAYREL), .n = 2}},
    {"(?:ce|cet) (?:matin|soir|apres-midi|midi)\\b", S_h_fixed, {K(DAYREL), .n = 0}},

    /* --- story words (SPEC section 6) --- */
    {"la veille(?! (?:de|du|des)\\b)(?! d')", S_h_fixed, {K(ANAPHOR), .n = -1, .unit = SYEVP_U_DAY}},
    {"l'~avant-veille", S_h_fixed, {K(ANAPHOR), .n = -2, .unit = SYEVP_U_DAY}},
    {"le lendemain(?! (?:de|du|des)\\b)(?! d')", S_h_fixed,
     {K(ANAPHOR), .n = 1, .unit = SYEVP_U_DAY}},
    {"le surlendemain", S_h_fixed, {K(ANAPHOR), .n = 2, .unit = SYEVP_U_DAY}},
    {"le jour (?:d'~avant|precedent)", S_h_fixed, {K(ANAPHOR), .n = -1, .unit = SYEVP_U_DAY}},
    {"(?:le |un )?jour (?:d'~apres|suivant)|un jour (?:apres|plus tard)", S_h_fixed,
     {K(ANAPHOR), .n = 1, .unit = SYEVP_U_DAY}},
    {"le jour meme|le meme jour|ce jour~-?~la|le (?:matin|soir) meme", S_h_fixed,
     {K(ANAPHOR), .n = 0, .unit = SYEVP_U_DAY}},
    {"a l'~aube|a l'~aurore|au petit matin|au lever du jour|a la tombee de la nuit|"
     "(?:dans|durant|pendant|au cours de) (?:la matinee|la soiree|l'~apres-midi)|"
     "en (?:debut|fin|milieu) (?:de |d'~)(?:matinee|soiree|apres-midi|journee)|"
     "en (?:matinee|soiree)",
     S_h_fixed, {K(ANAPHOR), .n = 0, .unit = SYEVP_U_DAY}},
    {"(?<n>{NUM}) (?<u>{UNIT}) (?:plus tard|apres|ensuite)", S_h_counted,
     {K(ANAPHOR), .rel = 1}},
    {"(?<n>{NUM}) (?<u>{UNIT}) (?:plus tot|auparavant|avant)(?! (?:de|que|qu)\\b)",
     S_h_counted, {K(ANAPHOR), .rel = -1}},
    {"(?:(?:toute|durant|pendant|dans|au cours de|tout au long de|plus tot dans|"
     "plus tard dans) )?la journee(?! (?:de|du|des|d)\\b)(?! d')",
     S_h_fixed, {K(LEADDAY)}},

    /* --- weeks, months, years relative to the DCT --- */
    {"cette semaine(?:-ci)?|dans la semaine|la semaine en cours", S_h_fixed,
     {K(WEEKREL), .rel = 0}},
    {"la semaine (?:derniere|passee|precedente|ecoulee|d'~avant)\\b", S_h_fixed,
     {K(WEEKREL), .rel = -1}},
    {"la semaine (?:prochaine|suivante|qui suit|d'~apres|qui vient)|la prochaine semaine",
     S_h_fixed, {K(WEEKREL), .rel = 1}},
    {"en semaine", S_h_fixed, {K(WEEKREL), .rel = 0, .part = SYEVP_P_WORKWEEK}},
    {"(?:ce|le|du|au cours du|pendant le|durant le) (?:week-end|weekend|week end)"
     "(?: (?<q>dernier|prochain|passe))?",
     S_h_weekend,
     {K(WEEKREL), .part = SYEVP_P_WEEKEND}},
    {"le mois (?:dernier|passe|precedent|ecoule|d'~avant)\\b", S_h_fixed,
     {K(MONTHREL), .rel = -1}},
    {"le mois (?:prochain|suivant|d'~apres)\\b|le prochain mois\\b", S_h_fixed,
     {K(MONTHREL), .rel = 1}},
    {"ce mois(?:-ci)?|le mois en cours", S_h_fixed, {K(MONTHREL), .rel = 0}},
    {"l'~(?:an|annee) (?:derniere?|passee?|precedente?|ecoulee?)\\b", S_h_fixed,
     {K(YEARREL), .rel = -1}},
    {"l'~(?:an|annee) (?:prochaine?|suivante?)\\b", S_h_fixed, {K(YEARREL), .rel = 1}},
    {"cette annee|l'~annee en cours", S_h_fixed, {K(YEARREL), .rel = 0}},

    /* --- windows around the DCT --- */
    {"(?:dans|au cours) (?:les|des) (?:toutes )?prochaines heures|"
     "dans les heures (?:qui viennent|a venir)",
     S_h_fixed, {K(WINDOW), .mod = SYEV_MOD_AFTER, .n = 1, .unit = SYEVP_U_DAY}},
    {"(?:dans|au cours) (?:les|des) (?:tout )?prochains jours|dans les jours (?:qui viennent|"
     "a venir)|dans un delai d'~une semaine",
     S_h_fixed, {K(WINDOW), .mod = SYEV_MOD_AFTER, .n = 7, .unit = SYEVP_U_DAY}},
    {"(?:dans|au cours) (?:les|des) (?:prochaines semaines|semaines (?:qui viennent|a venir))",
     S_h_fixed, {K(WINDOW), .mod = SYEV_MOD_AFTER, .n = 21, .unit = SYEVP_U_DAY}},
    {"(?:dans|au cours) (?:les|des) (?:prochains mois|mois (?:qui viennent|a venir))", S_h_fixed,
     {K(WINDOW), .mod = SYEV_MOD_AFTER, .n = 3, .unit = SYEVP_U_MONTH}},
    {"(?:dans|au cours) (?:les|des) (?:prochaines annees|annees (?:qui viennent|a venir))",
     S_h_fixed, {K(WINDOW), .mod = SYEV_MOD_AFTER, .n = 3, .unit = SYEVP_U_YEAR}},
    {"(?:dans )?(?:un|le) (?:futur|avenir) (?:proche|immediat)", S_h_fixed,
     {K(WINDOW), .mod = SYEV_MOD_AFTER, .n = 30, .unit = SYEVP_U_DAY}},
    {"(?:d'~ici|d'~ici a|sous|dans un delai de) (?:moins de |environ )?(?<n>{NUM}) (?<u>{UNIT})",
     S_h_counted, {K(WINDOW), .mod = SYEV_MOD_AFTER}},
    {"dans les (?<n>{NUM}) (?:prochains|prochaines) (?<u>{UNIT})", S_h_counted,
     {K(WINDOW), .mod = SYEV_MOD_AFTER}},
    {"dans les (?<n>{NUM}) (?<u>{UNIT}) (?:a venir|qui viennent)", S_h_counted,
     {K(WINDOW), .mod = SYEV_MOD_AFTER}},
    {"dans les (?<n>{NUM}) (?<u>{UNIT})(?! (?:qui|derni|pass|preced|suiva|a venir)\\w*)",
     S_h_counted, {K(WINDOW), .mod = SYEV_MOD_AFTER}},
    {"(?:ces|au cours des|durant les|pendant les|lors des) (?:derniers|dernieres) (?<n>{NUM}) "
     "(?<u>{UNIT})",
     S_h_counted, {K(WINDOW), .mod = SYEV_MOD_BEFORE}},
    {"(?:ces|au cours des|durant les|pendant les|dans les) (?:tout )?derniers jours|"
     "ces jours (?:derniers|-ci)",
     S_h_fixed, {K(WINDOW), .mod = SYEV_MOD_BEFORE, .n = 7, .unit = SYEVP_U_DAY}},
    {"(?:ces|au cours des|durant les|pendant les) dernieres semaines", S_h_fixed,
     {K(WINDOW), .mod = SYEV_MOD_BEFORE, .n = 21, .unit = SYEVP_U_DAY}},
    {"(?:ces|au cours des|durant les|pendant les) derniers mois", S_h_fixed,
     {K(WINDOW), .mod = SYEV_MOD_BEFORE, .n = 3, .unit = SYEVP_U_MONTH}},
    {"(?:ces|au cours des|durant les|pendant les) dernieres annees", S_h_fixed,
     {K(WINDOW), .mod = SYEV_MOD_BEFORE, .n = 3, .unit = SYEVP_U_YEAR}},
    {"(?:ces|au cours des) dernieres heures", S_h_fixed,
     {K(WINDOW), .mod = SYEV_MOD_BEFORE, .n = 1, .unit = SYEVP_U_DAY}},

    /* --- whole units before or after the DCT's (peer suites) --- */
    {"(?:(?:les|des|ces|au cours des) )?(?<n>{NUM}) (?:derniers|dernieres|dernier|derniere) "
     "(?<u>{UNIT})",
     S_h_counted, {K(UNITS), .rel = -1}},
    {"(?:(?:les|des|ces) )?(?<n>{NUM}) (?<u>{UNIT}) (?:passes|passees|precedents|precedentes)",
     S_h_counted, {K(UNITS), .rel = -1}},
    {"(?:(?:les|des) )?(?<n>{NUM}) (?:prochains|prochaines) (?<u>{UNIT})", S_h_counted,
     {K(UNITS), .rel = 1}},
    {"(?:(?:les|des) )?(?<n>{NUM}) (?<u>{UNIT}) (?:suivants?|suivantes?)", S_h_counted,
     {K(UNITS), .rel = 1}},

    /* --- shifts from the DCT --- */
    {"il y a (?:environ |pres de |plus de |moins de |seulement )?(?<n>{NUM}) (?<u>{UNIT})",
     S_h_counted, {K(SHIFT), .rel = -1}},
    {"dans (?:environ |pres de |moins de )?(?<n>{NUM}) (?<u>{UNIT})", S_h_counted,
     {K(SHIFT), .rel = 1}},
};

#define ROW_COUNT (sizeof ROWS / sizeof *ROWS)

/* The names of the groups the handlers read, whose numbers in each row are
 * looked up once (S_group). */
static const char GROUP_NAMES[][4] = {"wd", "d", "d1", "m", "wd2", "d2", "d3", "m2", "y2", "y",
                                      "era", "q", "sep", "o", "p", "u", "s", "det", "q2", "n"};
/* Their indexes, in the same order. */
typedef enum group_name {
    G_WD, G_D, G_D1, G_M, G_WD2, G_D2, G_D3, G_M2, G_Y2, G_Y, G_ERA, G_Q, G_SEP, G_O, G_P, G_U, G_S, G_DET, G_Q2, G_N,
    GROUP_NAME_COUNT
} group_name;
#define ROW_WORDS ((ROW_COUNT + 63) / 64)

/* A set of rows of the grammar, one bit each. */
typedef struct row_set {
    uint64_t bits[ROW_WORDS];
} row_set;

static void S_set_add(row_set *set, size_t row)
{
    set->bits[row / 64] |= UINT64_C(1) << row % 64;
}

static bool S_set_has(const row_set *set, size_t row)
{
    return set->bits[row / 64] >> row % 64 & 1u;
}

static void S_set_or(row_set *to, const row_set *from)
{
    for (size_t w = 0; w < ROW_WORDS; w++)
        to->bits[w] |= from->bits[w];
}

static void S_set_and(row_set *to, const row_set *from)
{
    for (size_t w = 0; w < ROW_WORDS; w++)
        to->bits[w] &= from->bits[w];
}

static bool S_set_empty(const row_set *set)
{
    uint64_t any = 0;
    for (size_t w = 0; w < ROW_WORDS; w++)
        any |= set->bits[w];
    return any == 0;
}

/* The lowest row of a set that is not empty, which it leaves. */
static size_t S_set_take(row_set *set)
{
    size_t w = 0;
    while (!set->bits[w])
        w++;
    const uint64_t bits = set->bits[w];
    set->bits[w] = bits & (bits - 1);
    return w * 64 + syevp_lowest_bit64(bits);
}
#define ROW_KEYS 16384 /* keys of a row at most; more and it may start anywhere */
#define ROW_KEY_LEN 7 /* characters of a key (3 for a row that has too many) */

/* Words that can stand inside an expression and make the scan look back
 * for its start: digits, names, deictic and unit words. */
#define ANCHOR_WORDS \
    "hier|demain|aujourd|veille|lendemain|surlendemain|avant-veille|semaines?|week-?end|" \
    "week|mois|ans?|annees?|jours?|journee|nuit|heures?|minutes?|trimestre|quinzaine|" \
    "printemps|ete|automne|hiver|matin|soir|matinee|soiree|apres-midi|aube|aurore|" \
    "futur|avenir|noel|toussaint|nouvel|fete|saint-sylvestre|mi|fin|debut|milieu|date|" \
    "lun|mar|mer|jeu|ven|sam|dim|janv|jan|fevr|fev|avr|juil|jui|sept|sep|oct|nov|dec|" \
    "derniers|dernieres|prochains|prochaines|petit|lever|tombee|meme"

/* ================================================================== */
/* Engine                                                              */
/* ================================================================== */

/* A literal form of an anchor word: "semaines?" has two, "semaines" and
 * "semaine", tried in that order as PCRE2 does. */
#define ANCHOR_FORMS 256
#define ANCHOR_FORM_LEN 24
typedef struct anchor_form {
    char text[ANCHOR_FORM_LEN];
    uint8_t len;
    uint8_t head; /* the letters before its first '-' (len when it has none) */
    uint16_t query; /* its word's index in rows_by_anchor */
    /* Its first eight bytes as a word and the mask of those it has: one
     * comparison of the text's eight bytes instead of a memcmp(). */
    uint64_t first8, mask8;
} anchor_form;

/* Classes of characters (of bytes in the text): the 26 letters, digits,
 * blanks, other ASCII (capitals, punctuation, line breaks) and beyond ASCII. */
enum { CLS_DIGIT = 26, CLS_BLANK, CLS_OTHER, CLS_BEYOND, CLS_COUNT };
#define DFA_STRIDE 32 /* CLS_COUNT rounded up: a state's row found by a shift */
#define DFA_ACCEPTS 31 /* the column of a state's row that tells a match may end there */

struct syevp_timex_engine {
    pcre2_code *anchors;          /* the combined scan */
    pcre2_code *anchors_here;     /* the same, anchored: for what the forms cannot tell */
    /* The anchor words as literal forms grouped by first letter and letters
     * before any '-', in the order of the alternation: the forms of letter c
     * with h such letters are [form_begin[c - 'a'][h], form_begin[c - 'a'][h + 1]).
     * form_count is 0 when a word could not be written out (then PCRE2
     * scans alone). */
    anchor_form forms[ANCHOR_FORMS];
    size_t form_count;
    uint16_t form_begin[26][ANCHOR_FORM_LEN + 1];
    uint32_t form_heads[26]; /* bit h: some form of the letter has h letters before any '-' */
    /* bit l - 'a': some form of the first letter and head h has l second
     * (a form of one letter has none: bit 31) */
    uint32_t form_seconds[26][ANCHOR_FORM_LEN];
    /* bit l - 'a': some form of the first letter and head h >= 3 has l third */
    uint32_t form_thirds[26][ANCHOR_FORM_LEN];
    /* The same for the skip over plain words (S_skip_plain_words): by the
     * class of a word's first and second bytes (letter_class: 0-25 for
     * [a-z], 26 for any other), bit n when a word of n bytes so begun must
     * be looked at (no bit n >= ANCHOR_FORM_LEN for a letter: no form is so
     * long; all 32 bits for any other byte). */
    uint8_t letter_class[256];
    uint32_t word_stops[27][27];
    /* word_stops by a word's first two bytes as one 16-bit load (the bytes
     * in memory order, S_two_bytes): the skip's one look-up per word */
    uint32_t stops_by_bytes[1u << 16];
    pcre2_code *rows[ROW_COUNT];  /* anchored rows of the grammar */
    /* Rows by the (up to ROW_KEY_LEN) characters their matches start with
     * (scan.c's keys): an open-addressing table from key to rows, and the
     * rows that may start with anything. */
    struct row_key {
        uint64_t key; /* 0: empty slot */
        bool has_rows; /* false: only a prefix of longer keys */
        row_set rows;
    } *row_keys;
    size_t row_key_mask;
    /* Every prefix of a key is filed too (under no row): a lookup stops at
     * the first prefix the table lacks.  False if a key had a level out of
     * range (then every level is looked up). */
    bool key_prefixes;
    /* Each byte as the keys read it: digits as '0', blanks as ' ',
     * KEY_BEYOND for a byte beyond ASCII. */
    uint8_t key_chars[256];
    row_set rows_anywhere;
    row_set rows_by_first[256]; /* the rows each byte may start */
    /* The rows of the keys of one character and of those that start with
     * two, by the classes of the first two characters the keys read there
     * (S_pair_classes): a first look, for every start, before the walk of
     * S_rows_for_start; pair_count * pair_count sets. */
    uint8_t pair_class[256];
    size_t pair_count;
    row_set *rows_by_pair;
    /* What the walk of S_rows_for_start gives after its first two levels,
     * by the same pairs of classes: the rows, and whether a longer key may
     * start there (then the walk goes on at the third character).  NULL
     * when the classes cannot tell (every level is then walked). */
    struct pair_start {
        row_set rows;
        bool go_on;
    } *starts_by_pair;
    /* The rows whose matches can hold an anchor's word followed by (after
     * blanks) a character of each class or nothing: query_count words (the
     * forms' queries, then runs of one to DIGIT_RUN digits from
     * digit_query on) of CLS_END + 1 sets each. */
    row_set *rows_by_anchor;
    /* for each of them, the most word starts from a match's start to the
     * anchor's, both counted, in any of those rows (NO_REACH: no bound) */
    uint8_t *anchor_reach;
    /* Where each row can still go after an anchor's word: a DFA over the
     * classes of the bytes that follow it (S_char_class), read from the
     * row's automaton (see S_file_anchor_rows) at most DFA_DEPTH bytes deep.
     * dfa_start[query * ROW_COUNT + row] is the row's state just after the
     * word, dfa_next[state][class] the state after one more byte, and
     * dfa_next[state][DFA_ACCEPTS] 1 when a match may end after it; DFA_DEAD:
     * no match of the row holds the word followed by the bytes read,
     * DFA_OPEN: the DFA does not tell (too deep, or beyond ASCII). */
    uint16_t *dfa_start;
    /* each row's state after the first byte of a match, by its class: the
     * same DFA read from the start of a match (DFA_DEAD on the way: the row
     * cannot match there) */
    uint16_t dfa_first[ROW_COUNT][CLS_COUNT];
    uint16_t (*dfa_next)[DFA_STRIDE];
    size_t dfa_count, dfa_cap;
    uint8_t byte_class[256]; /* S_char_class of each byte */
    /* Each row's number of each group of GROUP_NAMES (0: it has none). */
    uint16_t group_numbers[ROW_COUNT][GROUP_NAME_COUNT];
    size_t query_count;
    uint16_t digit_query;
    row_set all_rows;
};

typedef struct strbuf {
    const syev_allocator *a;
    char *s;
    size_t len, cap;
    bool failed;
} strbuf;

static void S_put(strbuf *b, const char *s, size_t n)
{
    if (b->failed || !syevp_grow(b->a, (void **)&b->s, &b->cap, b->len + n + 1, 1)) {
        b->failed = true;
        return;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

static void S_puts(strbuf *b, const char *s)
{
    S_put(b, s, strlen(s));
}

/* Alternation of a table's names, longest first so that PCRE2's ordered
 * choice takes "dix-sept" before "dix". */
static void S_put_names(strbuf *b, const name_value *const *tables, size_t ntables,
                        int min_value, int max_value)
{
    bool first = true;
    for (size_t len = 16; len > 0; len--) {
        for (size_t t = 0; t < ntables; t++) {
            for (const name_value *nv = tables[t]; nv->name; nv++) {
                if (strlen(nv->name) != len || nv->value < min_value || nv->value > max_value)
                    continue;
                if (!first)
                    S_puts(b, "|");
                S_puts(b, nv->name);
                first = false;
            }
        }
    }
}

static bool S_expand_names(strbuf *b, const char *tmpl, int depth);

/* Writes the fragment `name` (generated or written out) into b. */
static bool S_put_fragment(strbuf *b, const char *name, size_t n, int depth)
{
    static const name_value *const months[] = {MONTH_NAMES};
    static const name_value *const abbrevs[] = {MONTH_ABBREVIATIONS};
    static const name_value *const weekdays[] = {WEEKDAY_NAMES};
    static const name_value *const wd_abbrevs[] = {WEEKDAY_ABBREVIATIONS};
    static const name_value *const numbers[] = {NUMBER_WORDS, VAGUE_NUMBERS};
#define IS(lit) (n == sizeof lit - 1 && memcmp(name, lit, n) == 0)
    if (IS("MONF") || IS("MONA")) {
        S_puts(b, "(?:(?:");
        S_put_names(b, months, 1, 1, 12);
        S_puts(b, ")\\b");
        if (IS("MONA")) {
            S_puts(b, "|(?:");
            S_put_names(b, abbrevs, 1, 1, 12);
            S_puts(b, ")\\b\\.?");
        }
        S_puts(b, ")");
    } else if (IS("WD")) {
        S_puts(b, "(?:");
        S_put_names(b, weekdays, 1, 1, 7);
        S_puts(b, ")\\b");
    } else if (IS("WDA")) {
        S_puts(b, "(?:");
        S_put_names(b, wd_abbrevs, 1, 1, 7);
        S_puts(b, ")\\b\\.?");
    } else if (IS("DAYW")) {
        S_puts(b, "(?:");
        S_put_names(b, numbers, 1, 2, 31);
        S_puts(b, ")\\b");
    } else if (IS("NUMW")) {
        S_puts(b, "(?:");
        S_put_names(b, numbers, 2, 1, 100);
        S_puts(b, ")\\b");
    } else if (IS("UNIT")) {
        S_puts(b, "(?:heures?|minutes?|jours?|journees?|semaines?|mois|annees?|ans?)\\b");
    } else {
        for (size_t i = 0; i < sizeof FRAGMENTS / sizeof *FRAGMENTS; i++)
            if (strlen(FRAGMENTS[i].name) == n && memcmp(FRAGMENTS[i].name, name, n) == 0)
                return depth < 8 && S_expand_names(b, FRAGMENTS[i].text, depth + 1);
        return false;
    }
#undef IS
    return true;
}

/* Replaces every {NAME} (an upper-case name: regex counts like {1,3} stay). */
static bool S_expand_names(strbuf *b, const char *tmpl, int depth)
{
    for (const char *p = tmpl; *p; p++) {
        const char *name = p;
        while (*name && !(name[0] == '{' && name[1] >= 'A' && name[1] <= 'Z'))
            name++;
        S_put(b, p, (size_t)(name - p)); /* written as it is */
        const char *close = *name ? strchr(name, '}') : NULL;
        if (close && !S_put_fragment(b, name + 1, (size_t)(close - name - 1), depth))
            return false;
        if (close)
            p = close;
        else if (*name)
            S_put(b, p = name, 1);
        else
            break;
    }
    return true;
}

/* Expands a template into a PCRE2 pattern: fragments, then blanks (one
 * ' ' for a run of them when `one_blank`: the form start keys are found
 * on, see S_rows_for_start). */
static bool S_expand_blanks(strbuf *out, const syev_allocator *a, const char *tmpl, bool one_blank)
{
    strbuf names = {a, NULL, 0, 0, false};
    bool ok = S_expand_names(&names, tmpl, 0) && !names.failed;
    for (const char *p = ok ? names.s : ""; *p; p++) {
        const size_t run = strcspn(p, " ~"); /* written as it is */
        S_put(out, p, run);
        p += run;
        if (*p == ' ')
            S_puts(out, one_blank ? " " : "[ \\t]+");
        else if (*p == '~')
            S_puts(out, one_blank ? "(?: )?" : "[ \\t]*");
        else
            break;
    }
    syevp_free(a, names.s);
    if (names.failed)
        out->failed = true;
    return ok && !out->failed;
}

static bool S_expand(strbuf *out, const syev_allocator *a, const char *tmpl)
{
    return S_expand_blanks(out, a, tmpl, false);
}

static syev_status S_compile(const syev_extractor *ex, const char *tmpl, uint32_t options,
                             pcre2_code **out, syev_error *err)
{
    strbuf b = {&ex->alloc, NULL, 0, 0, false};
    if (!S_expand(&b, &ex->alloc, tmpl)) {
        syevp_free(&ex->alloc, b.s);
        return b.failed ? syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory")
                        : syevp_fail(err, SYEV_ERR_PATTERN, SIZE_MAX, 0,
                                     "unknown fragment in time pattern \"%.60s\"", tmpl);
    }
    syev_status st = syevp_regex_compile(&ex->re, b.s, options, out, err);
    syevp_free(&ex->alloc, b.s);
    return st;
}

/* The bytes a match of the pattern can start with, from PCRE2's study of
 * the unanchored form (the anchored one is not studied); every byte when
 * PCRE2 cannot tell. */
static void S_first_bytes(const pcre2_code *re, uint8_t set[32])
{
    uint32_t type = 0, unit = 0;
    const uint8_t *bitmap = NULL;
    memset(set, 0xff, 32);
    if (pcre2_pattern_info(re, PCRE2_INFO_FIRSTCODETYPE, &type) != 0)
        return;
    if (type == 1 && pcre2_pattern_info(re, PCRE2_INFO_FIRSTCODEUNIT, &unit) == 0 && unit < 256) {
        memset(set, 0, 32);
        set[unit / 8] |= (uint8_t)(1u << unit % 8);
        /* the other case too, should a row ever be caseless */
        const uint32_t other = unit >= 'a' && unit <= 'z'   ? unit - 32
                               : unit >= 'A' && unit <= 'Z' ? unit + 32
                                                            : unit;
        set[other / 8] |= (uint8_t)(1u << other % 8);
    } else if (type == 0 && pcre2_pattern_info(re, PCRE2_INFO_FIRSTBITMAP, &bitmap) == 0 &&
               bitmap) {
        memcpy(set, bitmap, 32);
    }
}

static struct row_key *S_row_key_slot(const syevp_timex_engine *eng, uint64_t key)
{
    size_t i = (size_t)((key * 0x9E3779B97F4A7C15u) >> 40) & eng->row_key_mask;
    while (eng->row_keys[i].key && eng->row_keys[i].key != key)
        i = (i + 1) & eng->row_key_mask;
    return &eng->row_keys[i];
}

/* The length of "(?<name>" or "\\k<name>" at p. */
static size_t S_name_end(const char *p)
{
    const char *close = strchr(p, '>');
    return close ? (size_t)(close - p) + 1 : strlen(p);
}

/* After a digit: its count {m} or {m,n} written as m '0's and the optional
 * ones ("0?"); false (left to the key expansion, which stops there) for
 * any other count. */
static bool S_put_digit_count(strbuf *out, const char **pp)
{
    const char *p = *pp;
    char *end = NULL;
    const long m = strtol(p + 1, &end, 10);
    long n = m;
    if (end == p + 1 || m < 1 || m > 8)
        return false;
    if (*end == ',') {
        const char *num = end + 1;
        n = strtol(num, &end, 10);
        if (end == num || n < m || n > 8)
            return false;
    }
    if (*end != '}')
        return false;
    for (long k = 1; k < m; k++)
        S_puts(out, "0");
    for (long k = m; k < n; k++)
        S_puts(out, "0?");
    *pp = end + 1;
    return true;
}

static bool S_is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* For the keys only, every digit a row matches is written '0' (and the
 * text's digits are read as '0' by S_rows_for_start): "\d{4}-" or
 * "(?:[12]\d|3[01]) (?:janv|...)" then give keys that go on past the number
 * ("0000-", "00 janv") instead of stopping at a repeat or multiplying by
 * every digit.  Group names and back references keep their digits. */
static void S_put_key_digits(strbuf *out, const char *p)
{
    bool in_class = false, class_has_digit = false;
    bool after_digit = false; /* the atom just written is one digit */
    while (*p) {
        const bool digit = S_is_digit(p[0]) || (p[0] == '\\' && p[1] == 'd');
        if (digit && in_class) {
            /* a class's digits and ranges of digits are one '0' */
            p += p[0] == '\\' ? 2 : S_is_digit(p[0]) && p[1] == '-' && S_is_digit(p[2]) ? 3 : 1;
            if (!class_has_digit)
                S_puts(out, "0");
            class_has_digit = true;
        } else if (digit) {
            S_puts(out, "0");
            p += p[0] == '\\' ? 2 : 1;
        } else if (p[0] == '\\' && p[1] == 'k' && p[2] == '<') {
            const size_t n = S_name_end(p);
            S_put(out, p, n);
            p += n;
        } else if (p[0] == '\\' && p[1]) {
            S_put(out, p, 2);
            p += 2;
        } else if (!in_class && p[0] == '(' && p[1] == '?' && p[2] == '<' && p[3] != '=' &&
                   p[3] != '!') {
            const size_t n = S_name_end(p);
            S_put(out, p, n);
            p += n;
        } else if (!in_class && p[0] == '{' && after_digit && S_put_digit_count(out, &p)) {
            /* written out */
        } else {
            if (in_class && p[0] == ']')
                in_class = false;
            else if (!in_class && p[0] == '[')
                in_class = true, class_has_digit = false;
            S_put(out, p, 1);
            p++;
        }
        after_digit = digit && !in_class;
    }
}

/* The index of the ')' closing the group that opens at p[0], or 0. */
static size_t S_group_close(const char *p)
{
    int depth = 0;
    bool in_class = false;
    for (size_t i = 0; p[i]; i++) {
        if (p[i] == '\\' && p[i + 1])
            i++;
        else if (in_class)
            in_class = p[i] != ']';
        else if (p[i] == '[')
            in_class = true;
        else if (p[i] == '(')
            depth++;
        else if (p[i] == ')' && --depth == 0)
            return i;
    }
    return 0;
}

static bool S_lookaround(const char *p)
{
    return p[0] == '(' && p[1] == '?' &&
           (p[2] == '=' || p[2] == '!' || (p[2] == '<' && (p[3] == '=' || p[3] == '!')));
}

/* Sorts keys[0, n) in increasing order, a byte at a time from the lowest
 * (a radix sort, through scratch[0, n)). */
static void S_sort_keys(uint64_t *keys, uint64_t *scratch, int n)
{
    uint64_t *from = keys, *to = scratch;
    for (unsigned shift = 0; n > 0 && shift < 64; shift += 8) {
        size_t at[257] = {0}; /* where the keys of each byte go */
        for (int k = 0; k < n; k++)
            at[(from[k] >> shift & 0xFFu) + 1]++;
        if (at[(from[0] >> shift & 0xFFu) + 1] == (size_t)n)
            continue; /* the same byte in all */
        for (size_t b = 1; b < 256; b++)
            at[b] += at[b - 1];
        for (int k = 0; k < n; k++)
            to[at[from[k] >> shift & 0xFFu]++] = from[k];
        uint64_t *sorted = to;
        to = from;
        from = sorted;
    }
    if (from != keys)
        memcpy(keys, from, (size_t)n * sizeof *keys);
}

/* Sorts keys[0, n) (scratch: room for n more) and drops the duplicates:
 * their new count. */
static int S_unique_keys(uint64_t *keys, uint64_t *scratch, int n)
{
    S_sort_keys(keys, scratch, n);
    int unique = 0;
    for (int k = 0; k < n; k++)
        if (unique == 0 || keys[k] != keys[unique - 1])
            keys[unique++] = keys[k];
    return unique;
}

/* The end of the top-level alternative of the group body starting at p
 * (at its '|' or at the group's ')'). */
static const char *S_alternative_end(const char *p)
{
    int depth = 0;
    bool in_class = false;
    for (; *p; p++) {
        if (*p == '\\' && p[1])
            p++;
        else if (in_class)
            in_class = *p != ']';
        else if (*p == '[')
            in_class = true;
        else if (*p == '(')
            depth++;
        else if (*p == ')' && depth-- == 0)
            return p;
        else if (*p == '|' && depth == 0)
            return p;
    }
    return p;
}

/* The start of the body of the plain or capturing group opening at p, or
 * NULL for a lookaround or an option setting. */
static const char *S_group_body(const char *p)
{
    if (p[1] != '?')
        return p + 1;
    if (p[2] == ':')
        return p + 3;
    if (p[2] == '<' && p[3] != '=' && p[3] != '!')
        return p + S_name_end(p);
    return NULL;
}

/* The row's keys, found piecewise when scan.c's expansion of the whole
 * pattern runs over its budget (a row that names every weekday, day and
 * month before its eighth character): the pattern is split on what it
 * starts with, and each part is expanded with a budget of its own. */
/* A part expanded before: the same part comes back after many prefixes
 * (each alternative of a leading group is followed by the same rest), and
 * its keys do not depend on the prefix, only on its length. */
typedef struct part_memo {
    uint64_t hash; /* of the part and its prefix's length (S_part_hash) */
    char *pattern; /* the part */
    int plen;
    size_t first;  /* its keys: [first, first + count) of the finder's pool */
    int count;     /* 0: its expansion ran over its budget or had too many keys */
} part_memo;

typedef struct key_finder {
    const syev_allocator *a;
    uint64_t *keys; /* ROW_KEYS, then as many to sort them */
    int count;
    bool unknown; /* some part could not be told: the row's keys neither */
    bool alternation_at_top; /* the row's pattern is an alternation */
    bool whole_first; /* expand every part whole before its split (a test's) */
    bool nomem;
    part_memo *parts;
    size_t part_count, part_cap;
    uint64_t *pool; /* the parts' keys as syevp_pattern_keys gave them */
    size_t pool_count, pool_cap;
} key_finder;

#define KEY_SPLITS 24 /* nested splits at most */
/* Keys of one part at most: scan.c checks each new key against those it
 * has, so parts with many keys are better split too, and a part with too
 * many costs less the sooner its expansion gives up.  (Much smaller and
 * the splits of rows 8 and 10 run deeper than KEY_SPLITS: their keys
 * would fall back to three characters.) */
#define KEY_PART 64

static void S_keys_after(key_finder *kf, const char *pattern, const char *prefix, int plen,
                         int depth);

/* The members of the one-character atom at p (a character, an escape of
 * punctuation or a class of them), written to set[]: the atom's length,
 * 0 when it is none of these. */
static size_t S_atom_members(const char *p, char set[128])
{
    size_t n = 0, i = 0;
    if (p[0] == '\\') {
        if (!p[1] || (p[1] >= 'a' && p[1] <= 'z') || (p[1] >= 'A' && p[1] <= 'Z') ||
            S_is_digit(p[1]))
            return 0;
        set[0] = p[1];
        set[1] = '\0';
        return 2;
    }
    if (p[0] != '[') {
        if (!p[0] || strchr(".^$|()[]{}?*+", p[0]))
            return 0;
        set[0] = p[0];
        set[1] = '\0';
        return 1;
    }
    for (i = 1; p[i] && p[i] != ']'; i++) {
        char lo = p[i], hi = p[i];
        if (p[i] == '^' && i == 1)
            return 0;
        if (p[i] == '\\') {
            if (!p[i + 1] || (p[i + 1] >= 'a' && p[i + 1] <= 'z') ||
                (p[i + 1] >= 'A' && p[i + 1] <= 'Z') || S_is_digit(p[i + 1]))
                return 0;
            lo = hi = p[++i];
        } else if (p[i + 1] == '-' && p[i + 2] && p[i + 2] != ']') {
            hi = p[i + 2];
            i += 2;
        }
        for (int c = (unsigned char)lo; c <= (unsigned char)hi; c++) {
            if (n + 1 >= 128)
                return 0;
            if (!memchr(set, c, n))
                set[n++] = (char)c;
        }
    }
    set[n] = '\0';
    return p[i] == ']' && n > 0 ? i + 1 : 0;
}

/* The keys of alt[0, alt_len) followed by rest. */
static void S_keys_concat(key_finder *kf, const char *alt, size_t alt_len, const char *rest,
                          const char *prefix, int plen, int depth)
{
    strbuf b = {kf->a, NULL, 0, 0, false};
    S_put(&b, alt, alt_len);
    S_puts(&b, rest);
    if (b.failed)
        kf->nomem = true;
    else
        S_keys_after(kf, b.s ? b.s : "", prefix, plen, depth + 1);
    syevp_free(kf->a, b.s);
}

/* Splits `pattern` on what it starts with: each alternative of a leading
 * group ("(?:A|B)?C" starts as AC, BC or C), or a leading optional atom,
 * or the characters of a leading atom, moved to the prefix. */
static void S_keys_split(key_finder *kf, const char *pattern, const char *prefix, int plen,
                         int depth)
{
    const size_t close = pattern[0] == '(' ? S_group_close(pattern) : 0;
    const char *body = close ? S_group_body(pattern) : NULL;
    char set[128];
    const size_t atom = close ? 0 : S_atom_members(pattern, set);
    const size_t len = close ? close + 1 : atom; /* the group's or the atom's */
    const char q = len ? pattern[len] : '\0';
    if ((close && !body) || !len || q == '*' || q == '+' || q == '{') {
        kf->unknown = true;
        return;
    }
    const char *rest = pattern + len + (q == '?');
    if (q == '?' && (*rest == '?' || *rest == '+'))
        rest++; /* lazy or possessive */
    if (q == '?')
        S_keys_after(kf, rest, prefix, plen, depth + 1);
    if (atom && q == '?') {
        S_keys_concat(kf, pattern, atom, rest, prefix, plen, depth);
    } else if (atom) {
        char longer[ROW_KEY_LEN];
        memcpy(longer, prefix, (size_t)plen);
        for (const char *c = set; *c && !kf->unknown && !kf->nomem; c++) {
            longer[plen] = *c;
            S_keys_after(kf, rest, longer, plen + 1, depth + 1);
        }
    } else {
        for (const char *alt = body; alt < pattern + close && !kf->unknown && !kf->nomem;) {
            const char *end = S_alternative_end(alt);
            S_keys_concat(kf, alt, (size_t)(end - alt), rest, prefix, plen, depth);
            alt = end + 1;
        }
    }
}

/* FNV-1a of the part and the number of characters its keys need. */
static uint64_t S_part_hash(const char *pattern, int plen)
{
    uint64_t h = 0xcbf29ce484222325u ^ (uint64_t)plen;
    for (const char *p = pattern; *p; p++)
        h = (h ^ (unsigned char)*p) * 0x100000001b3u;
    return h;
}

/* The part `pattern` after plen characters expanded before, or NULL. */
static const part_memo *S_part_memo(const key_finder *kf, uint64_t hash, const char *pattern,
                                    int plen)
{
    for (size_t k = 0; k < kf->part_count; k++) {
        const part_memo *m = &kf->parts[k];
        if (m->hash == hash && m->plen == plen && strcmp(m->pattern, pattern) == 0)
            return m;
    }
    return NULL;
}

/* Remembers the n keys of the part (n = 0: it failed). */
static bool S_remember_part(key_finder *kf, uint64_t hash, const char *pattern, int plen,
                            const uint64_t *keys, int n)
{
    const size_t len = strlen(pattern) + 1;
    char *copy = syevp_malloc(kf->a, len);
    if (!copy ||
        !syevp_grow(kf->a, (void **)&kf->parts, &kf->part_cap, kf->part_count + 1,
                    sizeof *kf->parts) ||
        !syevp_grow(kf->a, (void **)&kf->pool, &kf->pool_cap, kf->pool_count + (size_t)n + 1,
                    sizeof *kf->pool)) {
        syevp_free(kf->a, copy);
        return false;
    }
    memcpy(copy, pattern, len);
    kf->parts[kf->part_count++] = (part_memo){hash, copy, plen, kf->pool_count, n};
    memcpy(kf->pool + kf->pool_count, keys, (size_t)n * sizeof *keys);
    kf->pool_count += (size_t)n;
    return true;
}

static void S_key_finder_release(key_finder *kf)
{
    for (size_t k = 0; k < kf->part_count; k++)
        syevp_free(kf->a, kf->parts[k].pattern);
    syevp_free(kf->a, kf->parts);
    syevp_free(kf->a, kf->pool);
}

/* Expands `pattern` into keys of the ROW_KEY_LEN - plen characters after
 * the prefix `head` and adds them: 1, 0 when it ran over its budget or
 * had too many keys, -1 when memory ran out.  Each part is expanded once
 * (with the full room of KEY_PART keys). */
static int S_part_keys(key_finder *kf, const char *pattern, uint64_t head, int plen)
{
    const uint64_t hash = S_part_hash(pattern, plen);
    uint64_t *added = kf->keys + kf->count;
    const int cap = ROW_KEYS - kf->count < KEY_PART ? ROW_KEYS - kf->count : KEY_PART;
    const part_memo *memo = S_part_memo(kf, hash, pattern, plen);
    int n;
    if (memo) {
        n = memo->count <= cap ? memo->count : 0; /* more than cap: syevp_pattern_keys fails */
        memcpy(added, kf->pool + memo->first, (size_t)n * sizeof *added);
    } else {
        n = syevp_pattern_keys(kf->a, pattern, ROW_KEY_LEN - plen, added, cap);
        if (n >= 0 && cap == KEY_PART && !S_remember_part(kf, hash, pattern, plen, added, n))
            n = -1;
    }
    for (int k = 0; k < n; k++) {
        const int level = (int)(added[k] >> 56);
        const uint64_t chars = added[k] & ((UINT64_C(1) << 56) - 1);
        added[k] = syevp_key(plen + level, head | chars >> (8 * plen));
    }
    kf->count += n > 0 ? n : 0;
    return n > 0 ? 1 : n;
}

/* Is `pattern` better split (S_keys_split) than expanded whole first?  So
 * when it starts with an atom (its characters move to the prefix, and the
 * rest is expanded once, not once for each of them) or a group, taken
 * once (each alternative followed by the rest is expanded as the whole
 * would expand it): its split expands no more than the whole would, and
 * a long part with too many keys is not expanded whole only to be split,
 * again and again, one character or alternative shorter each time.  (Not
 * so an optional one: the rest would be expanded both after it and
 * alone, at every level.)  The keys are the same: the split is what a
 * part with too many keys gets, and the keys of a part with few are
 * those of its split, each part of which has fewer keys and is expanded
 * in fewer steps (syevp_timex_row_keys_agree checks it).  Not in a row
 * with an alternation at its top, which such a split does not read: the
 * parts of other rows have none either. */
static bool S_split_first(const char *pattern)
{
    char set[128];
    size_t len = 0;
    if (pattern[0] != '(') {
        len = S_atom_members(pattern, set);
    } else if (S_group_body(pattern)) {
        const size_t close = S_group_close(pattern);
        len = close ? close + 1 : 0;
    }
    return len && (!pattern[len] || !strchr("?*+{", pattern[len]));
}

/* Adds the keys of prefix[0, plen) followed by a match of `pattern`. */
static void S_keys_after(key_finder *kf, const char *pattern, const char *prefix, int plen,
                         int depth)
{
    if (kf->unknown || kf->nomem)
        return;
    if (ROW_KEYS - kf->count < KEY_PART) /* room from the duplicates */
        kf->count = S_unique_keys(kf->keys, kf->keys + ROW_KEYS, kf->count);
    if (kf->count == ROW_KEYS) {
        kf->unknown = true;
        return;
    }
    uint64_t head = 0;
    for (int i = 0; i < plen; i++)
        head |= syevp_key_char(i, (unsigned char)prefix[i]);
    if (plen == ROW_KEY_LEN) {
        kf->keys[kf->count++] = syevp_key(plen, head);
        return;
    }
    while (pattern[0] == '\\' && pattern[1] == 'b')
        pattern += 2;
    while (S_lookaround(pattern) && S_group_close(pattern))
        pattern += S_group_close(pattern) + 1; /* matches no character */
    if (depth < KEY_SPLITS && !kf->alternation_at_top && !kf->whole_first &&
        S_split_first(pattern)) {
        S_keys_split(kf, pattern, prefix, plen, depth);
        return;
    }
    const int rc = S_part_keys(kf, pattern, head, plen);
    if (rc < 0)
        kf->nomem = true;
    else if (rc == 0 && depth < KEY_SPLITS)
        S_keys_split(kf, pattern, prefix, plen, depth);
    else if (rc == 0)
        kf->unknown = true;
}

/* The keys of row i into keys[ROW_KEYS] (with digits read as '0', see
 * S_put_key_digits; and as many more to sort them): their count, 0 when
 * the row may start with anything, -1 when memory ran out. */
static int S_row_keys(const syev_extractor *ex, size_t i, uint64_t *keys, bool whole_first)
{
    strbuf blanks = {&ex->alloc, NULL, 0, 0, false}, b = {&ex->alloc, NULL, 0, 0, false};
    if (S_expand_blanks(&blanks, &ex->alloc, ROWS[i].tmpl, true))
        S_put_key_digits(&b, blanks.s);
    syevp_free(&ex->alloc, blanks.s);
    if (blanks.failed || b.failed || !b.s) {
        syevp_free(&ex->alloc, b.s);
        return -1;
    }
    key_finder kf = {.a = &ex->alloc, .keys = keys,
                     .alternation_at_top = *S_alternative_end(b.s), .whole_first = whole_first};
    S_keys_after(&kf, b.s, "", 0, 0);
    S_key_finder_release(&kf);
    int n = kf.count;
    if (kf.unknown && !kf.nomem) /* too many long keys: the short ones may still tell */
        n = syevp_pattern_keys(&ex->alloc, b.s, 3, keys, ROW_KEYS);
    syevp_free(&ex->alloc, b.s);
    if (kf.nomem || n < 0)
        return -1;
    n = S_unique_keys(keys, keys + ROW_KEYS, n);
    return n > 0 && keys[0] >> 56 == 0 ? 0 : n; /* level 0: a match may start with anything */
}

/* Doubles the key table. */
static bool S_grow_row_keys(const syev_allocator *a, syevp_timex_engine *eng)
{
    const size_t old_cap = eng->row_keys ? eng->row_key_mask + 1 : 0;
    const size_t cap = old_cap ? 2 * old_cap : 64;
    struct row_key *old = eng->row_keys;
    eng->row_keys = syevp_calloc(a, cap, sizeof *eng->row_keys);
    if (!eng->row_keys) {
        eng->row_keys = old;
        return false;
    }
    eng->row_key_mask = cap - 1;
    for (size_t i = 0; i < old_cap; i++)
        if (old[i].key)
            *S_row_key_slot(eng, old[i].key) = old[i];
    syevp_free(a, old);
    return true;
}

/* Files `key` under row `row` (ROW_COUNT: under no row, a mere prefix of
 * longer keys), keeping the table at most a quarter full: most lookups
 * (S_walk_keys) end at a key the table lacks, found at the first empty
 * slot. */
static bool S_file_row_key(const syev_allocator *a, syevp_timex_engine *eng, size_t *filled,
                           uint64_t key, size_t row)
{
    if (4 * (*filled + 1) > (eng->row_keys ? eng->row_key_mask + 1 : 0) &&
        !S_grow_row_keys(a, eng))
        return false;
    struct row_key *slot = S_row_key_slot(eng, key);
    if (!slot->key) {
        slot->key = key;
        ++*filled;
    }
    if (row < ROW_COUNT) {
        S_set_add(&slot->rows, row);
        slot->has_rows = true;
    }
    return true;
}

/* The first `level` characters of a key: the key of that level. */
static uint64_t S_key_prefix(uint64_t key, int level)
{
    const uint64_t chars = level ? ~UINT64_C(0) << 8 * (ROW_KEY_LEN - level) : 0;
    return syevp_key(level, key & chars & ((UINT64_C(1) << 56) - 1));
}

/* The characters `key` shares with `before` at its start, when both are of
 * the same level (0 when not). */
static int S_shared_chars(uint64_t key, uint64_t before)
{
    const int level = (int)(key >> 56);
    int n = 0;
    if (level == (int)(before >> 56))
        while (n < level && S_key_prefix(key, n + 1) == S_key_prefix(before, n + 1))
            n++;
    return n;
}

/* Files the shorter prefixes of `key` too, so that S_rows_for_start can
 * stop at the first level the table does not hold: those it does not
 * share with the key filed before it, `before` (the keys of a row are
 * sorted: the prefixes they share are filed once).  *ok is cleared (no
 * pruning) for a key of a level the rows' keys cannot have. */
static bool S_file_key_prefixes(const syev_allocator *a, syevp_timex_engine *eng, size_t *filled,
                                uint64_t key, uint64_t before, bool *ok)
{
    const int level = (int)(key >> 56);
    if (level < 1 || level > ROW_KEY_LEN) {
        *ok = false;
        return true;
    }
    const int shared = S_shared_chars(key, before);
    /* the shared prefixes are in the table: it only grows as filing them would have */
    if (shared > 0 && 4 * (*filled + 1) > eng->row_key_mask + 1 && !S_grow_row_keys(a, eng))
        return false;
    for (int l = shared + 1; l < level; l++)
        if (!S_file_row_key(a, eng, filled, S_key_prefix(key, l), ROW_COUNT))
            return false;
    return true;
}

#define KEY_BEYOND 0xff

static void S_index_key_chars(syevp_timex_engine *eng)
{
    for (unsigned c = 0; c < 256; c++)
        eng->key_chars[c] = c >= 0x80 ? KEY_BEYOND
                            : c == '\t' ? ' '
                            : c >= '0' && c <= '9' ? '0'
                                                   : (uint8_t)c;
}

enum { PAIR_NONE = 0, PAIR_BEYOND = 1 }; /* the classes of no key's character, of one beyond ASCII */

/* The first two levels of S_rows_for_start's walk, for the key characters
 * of classes a and b (see S_index_pair_starts). */
static struct pair_start S_pair_start(const syevp_timex_engine *eng, size_t a, size_t b,
                                      const uint8_t *char_of)
{
    struct pair_start ps = {eng->rows_anywhere, false};
    struct pair_start every_row = {.go_on = false};
    /* \d and \s reach beyond ASCII (UCP): no key says no there */
    memset(&every_row.rows, 0xff, sizeof every_row.rows);
    if (a == PAIR_BEYOND)
        return every_row;
    if (a == PAIR_NONE)
        return ps; /* no key starts with it */
    const uint64_t one = syevp_key_char(0, char_of[a]);
    const struct row_key *first = S_row_key_slot(eng, syevp_key(1, one));
    if (!first->key)
        return ps;
    if (first->has_rows)
        S_set_or(&ps.rows, &first->rows);
    if (b == PAIR_BEYOND)
        return every_row;
    if (b == PAIR_NONE)
        return ps; /* no key has it second, or the text ends */
    const struct row_key *second =
        S_row_key_slot(eng, syevp_key(2, one | syevp_key_char(1, char_of[b])));
    if (!second->key)
        return ps;
    if (second->has_rows)
        S_set_or(&ps.rows, &second->rows);
    ps.go_on = true;
    return ps;
}

/* eng->starts_by_pair, from of_char (each key character's class; only
 * with key_prefixes, where a key the table lacks ends the walk). */
static bool S_index_pair_starts(const syev_allocator *a, syevp_timex_engine *eng,
                                const uint8_t *of_char)
{
    const size_t n = eng->pair_count;
    uint8_t char_of[256] = {0};
    for (unsigned c = 0; c < 256; c++)
        if (of_char[c])
            char_of[of_char[c]] = (uint8_t)c;
    eng->starts_by_pair = syevp_malloc(a, n * n * sizeof *eng->starts_by_pair);
    if (!eng->starts_by_pair)
        return false;
    for (size_t p = 0; p < n * n; p++)
        eng->starts_by_pair[p] = S_pair_start(eng, p / n, p % n, char_of);
    return true;
}


/* Classes for the characters the keys have first or second, and the rows
 * of each pair of classes: those that may start anywhere, those of the
 * keys of one character (whatever follows) and those of longer keys. */
static bool S_index_pairs(const syev_allocator *a, syevp_timex_engine *eng)
{
    size_t n = PAIR_BEYOND + 1;
    uint8_t of_char[256] = {0};
    for (size_t i = 0; i <= eng->row_key_mask; i++) {
        const uint64_t key = eng->row_keys[i].key;
        const int level = (int)(key >> 56);
        for (int k = 0; key && k < level && k < 2; k++) {
            const unsigned char c = (unsigned char)(key >> (8 * (6 - k)));
            if (!of_char[c])
                of_char[c] = (uint8_t)n++;
        }
    }
    if (n > 255)
        n = 0; /* not expected: every pair then allows every row */
    for (unsigned c = 0; c < 256; c++) {
        const uint8_t k = eng->key_chars[c];
        eng->pair_class[c] = !n ? 0 : k == KEY_BEYOND ? PAIR_BEYOND : of_char[k];
    }
    eng->pair_count = n ? n : 1;
    eng->rows_by_pair = syevp_malloc(a, eng->pair_count * eng->pair_count * sizeof(row_set));
    if (!eng->rows_by_pair)
        return false;
    row_set *pairs = eng->rows_by_pair;
    for (size_t p = 0; p < eng->pair_count * eng->pair_count; p++) {
        const bool beyond = n && (p / n == PAIR_BEYOND || p % n == PAIR_BEYOND);
        if (beyond || !n)
            memset(&pairs[p], 0xff, sizeof pairs[p]);
        else
            pairs[p] = eng->rows_anywhere;
    }
    for (size_t i = 0; n && i <= eng->row_key_mask; i++) {
        const struct row_key *k = &eng->row_keys[i];
        const int level = (int)(k->key >> 56);
        if (!k->key || !k->has_rows)
            continue;
        const size_t first = of_char[(unsigned char)(k->key >> 48)];
        if (level > 1)
            S_set_or(&pairs[first * n + of_char[(unsigned char)(k->key >> 40)]], &k->rows);
        for (size_t c = 0; level == 1 && c < n; c++)
            S_set_or(&pairs[first * n + c], &k->rows);
    }
    return !n || !eng->key_prefixes || S_index_pair_starts(a, eng, of_char);
}

/* Files every row under the keys its matches can start with, and every
 * key under its prefixes. */
static syev_status S_index_row_keys(const syev_extractor *ex, syevp_timex_engine *eng,
                                    syev_error *err)
{
    uint64_t *keys = syevp_malloc(&ex->alloc, 2 * ROW_KEYS * sizeof *keys);
    bool ok = keys != NULL;
    size_t filled = 0;
    bool prefixes = true;
    for (size_t i = 0; ok && i < ROW_COUNT; i++) {
        const int count = S_row_keys(ex, i, keys, false);
        ok = count >= 0;
        if (count == 0)
            S_set_add(&eng->rows_anywhere, i);
        for (int k = 0; ok && k < count; k++)
            ok = S_file_row_key(&ex->alloc, eng, &filled, keys[k], i) &&
                 S_file_key_prefixes(&ex->alloc, eng, &filled, keys[k], k ? keys[k - 1] : 0,
                                     &prefixes);
    }
    ok = ok && (eng->row_keys || S_grow_row_keys(&ex->alloc, eng));
    eng->key_prefixes = prefixes;
    S_index_key_chars(eng);
    ok = ok && S_index_pairs(&ex->alloc, eng);
    syevp_free(&ex->alloc, keys);
    return ok ? SYEV_OK : syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
}

/* Past the blanks from q. */
static size_t S_after_blanks(const syevp_text *t, size_t q)
{
    while (q < t->fold_len && (t->fold[q] == ' ' || t->fold[q] == '\t'))
        q++;
    return q;
}

/* Adds to rows those of the keys read on from q (a run of blanks read as
 * one ' ' and digits as '0', as the keys were found), `chars` holding the
 * level - 1 characters before, looked up one more character at a time
 * until no key starts with them. */
static inline void S_walk_keys(const syevp_timex_engine *eng, const syevp_text *t, size_t q,
                               int level, uint64_t chars, row_set *rows)
{
    const char *s = t->fold;
    const size_t len = t->fold_len;
    for (; level <= ROW_KEY_LEN && q < len; level++) {
        const uint8_t c = eng->key_chars[(unsigned char)s[q++]];
        if (c == KEY_BEYOND) {
            /* \d and \s reach beyond ASCII (UCP): no key says no there */
            memset(rows, 0xff, sizeof *rows);
            return;
        }
        if (c == ' ')
            q = S_after_blanks(t, q);
        chars |= syevp_key_char(level - 1, c);
        const struct row_key *slot = S_row_key_slot(eng, syevp_key(level, chars));
        if (!slot->key && eng->key_prefixes)
            break; /* no longer key starts with these characters */
        if (slot->has_rows)
            S_set_or(rows, &slot->rows);
    }
}

/* Where the key character after the one at q starts: a blank's run is
 * read as one ' '. */
static size_t S_next_key_char(const syevp_timex_engine *eng, const syevp_text *t, size_t q)
{
    return eng->key_chars[(unsigned char)t->fold[q]] == ' ' ? S_after_blanks(t, q + 1) : q + 1;
}

/* Where the classes of the first two key characters at `start` are
 * filed in rows_by_pair and starts_by_pair; *second_at: where the second
 * starts. */
static inline size_t S_pair_at(const syevp_timex_engine *eng, const syevp_text *t, size_t start,
                               size_t *second_at)
{
    const unsigned char *s = (const unsigned char *)t->fold;
    const size_t q = S_next_key_char(eng, t, start);
    const size_t second = q < t->fold_len ? eng->pair_class[s[q]] : PAIR_NONE;
    *second_at = q;
    return eng->pair_class[s[start]] * eng->pair_count + second;
}

/* The rows that can match at `start`, from the characters there: the
 * first two by their classes (starts_by_pair at `pair`, found by
 * S_pair_at with second_at), the others walked. */
static void S_rows_from_pair(const syevp_timex_engine *eng, const syevp_text *t, size_t start,
                             size_t pair, size_t second_at, row_set *rows)
{
    if (!eng->starts_by_pair) {
        *rows = eng->rows_anywhere;
        S_walk_keys(eng, t, start, 1, 0, rows);
        return;
    }
    const unsigned char *s = (const unsigned char *)t->fold;
    const struct pair_start *ps = &eng->starts_by_pair[pair];
    *rows = ps->rows;
    if (ps->go_on)
        S_walk_keys(eng, t, S_next_key_char(eng, t, second_at), 3,
                    syevp_key_char(0, eng->key_chars[s[start]]) |
                        syevp_key_char(1, eng->key_chars[s[second_at]]),
                    rows);
}

static void S_rows_for_start(const syevp_timex_engine *eng, const syevp_text *t, size_t start,
                             row_set *rows)
{
    size_t second_at;
    const size_t pair = S_pair_at(eng, t, start, &second_at);
    S_rows_from_pair(eng, t, start, pair, second_at, rows);
}

/* The rows worth trying at `start`: those its characters and its first
 * byte allow. */
static void S_candidate_rows(const syevp_timex_engine *eng, const syevp_text *t, size_t start,
                             row_set *rows)
{
    S_rows_for_start(eng, t, start, rows);
    S_set_and(rows, &eng->rows_by_first[(unsigned char)t->fold[start]]);
    size_t second_at;
    S_set_and(rows, &eng->rows_by_pair[S_pair_at(eng, t, start, &second_at)]);
}

/* Compiled without JIT and freed at once: only its study is kept.  PCRE2
 * does not study Unicode properties, and with PCRE2_UCP \d is one: the study
 * is made without UCP, which means the same for ASCII characters, and every
 * byte of a multibyte character is kept.  The row compiled a moment ago
 * (its UTF-8 is checked) and the study reads the same first items whether
 * repeats were made possessive or not: both passes are skipped. */
static syev_status S_row_first_bytes(const syev_extractor *ex, size_t i, uint8_t set[32],
                                     syev_error *err)
{
    strbuf b = {&ex->alloc, NULL, 0, 0, false};
    if (!S_expand(&b, &ex->alloc, ROWS[i].tmpl)) {
        syevp_free(&ex->alloc, b.s);
        return syevp_fail(err, b.failed ? SYEV_ERR_NOMEM : SYEV_ERR_PATTERN, SIZE_MAX, 0,
                          b.failed ? "out of memory" : "unknown fragment in a time pattern");
    }
    int code = 0;
    PCRE2_SIZE where = 0;
    pcre2_code *studied = pcre2_compile((PCRE2_SPTR)b.s, PCRE2_ZERO_TERMINATED,
                                        PCRE2_UTF | PCRE2_NO_AUTO_POSSESS | PCRE2_NO_UTF_CHECK,
                                        &code, &where, ex->re.cctx);
    syevp_free(&ex->alloc, b.s);
    if (!studied) /* it compiled anchored a moment ago: memory ran out */
        return syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory compiling a pattern");
    S_first_bytes(studied, set);
    memset(set + 16, 0xff, 16);
    pcre2_code_free(studied);
    return SYEV_OK;
}

/* The anchor words (month and weekday names, then ANCHOR_WORDS) as one
 * alternation factored on the first letter, "j(?:anvier|uin|...)": at a word
 * start PCRE2 tries the few words of its letter instead of all of them.  The
 * order of the words of a letter is kept, so the same word matches. */
static char *S_next_alternative(char *w)
{
    w += strcspn(w, "|");
    return *w ? w + 1 : w;
}

/* False when a word does not start with a letter (it could not be factored). */
static bool S_put_factored(strbuf *out, char *words)
{
    bool first_group = true;
    for (char *w = words; *w; w = S_next_alternative(w)) {
        const char letter = w[0];
        if (letter == '#') /* in the group of an earlier word */
            continue;
        if (letter < 'a' || letter > 'z')
            return false;
        S_puts(out, first_group ? "" : "|");
        first_group = false;
        S_put(out, &letter, 1);
        S_puts(out, "(?:");
        bool first_word = true;
        for (char *v = w; *v; v = S_next_alternative(v)) {
            if (v[0] != letter)
                continue;
            S_puts(out, first_word ? "" : "|");
            first_word = false;
            S_put(out, v + 1, strcspn(v + 1, "|"));
            v[0] = '#';
        }
        S_puts(out, ")");
    }
    return true;
}

/* Eight bytes of text as one word: on a little-endian machine byte k is
 * bits 8k..8k+7, which the quick tests of the anchor scan rely on (they go
 * byte by byte elsewhere). */
#define ONES UINT64_C(0x0101010101010101)
#define HIGHS UINT64_C(0x8080808080808080)


static uint64_t S_load8(const char *s)
{
    uint64_t w;
    memcpy(&w, s, 8);
    return w;
}

/* The mask of the n (< 8) lowest bytes of a word. */
static uint64_t S_low_bytes(size_t n)
{
    return (UINT64_C(1) << (8 * n)) - 1u;
}

/* Appends the literal forms of the anchor word w[0, n) to forms[*count]:
 * a letter or '-' followed by '?' is optional, taken first (PCRE2's greedy
 * order).  False when the word holds anything else or the forms overflow. */
static bool S_add_forms(anchor_form *forms, size_t *count, const char *w, size_t n, char *buf,
                        size_t len)
{
    if (n == 0) {
        /* a form starting with a dash would belong to no letter's group */
        if (*count == ANCHOR_FORMS || len == 0 || buf[0] == '-')
            return false;
        anchor_form *f = &forms[(*count)++];
        memcpy(f->text, buf, len);
        f->len = (uint8_t)len;
        f->head = (uint8_t)strcspn(buf, "-");
        char first8[8] = {0};
        memcpy(first8, buf, len < 8 ? len : 8);
        f->first8 = S_load8(first8);
        f->mask8 = len >= 8 ? ~UINT64_C(0) : S_low_bytes(len);
        return true;
    }
    const char c = w[0];
    if (!((c >= 'a' && c <= 'z') || c == '-') || len + 1 >= ANCHOR_FORM_LEN)
        return false;
    const bool optional = n > 1 && w[1] == '?';
    const size_t skip = optional ? 2 : 1;
    buf[len] = c;
    buf[len + 1] = '\0';
    if (!S_add_forms(forms, count, w + skip, n - skip, buf, len + 1))
        return false;
    buf[len] = '\0';
    return !optional || S_add_forms(forms, count, w + skip, n - skip, buf, len);
}

_Static_assert(ANCHOR_FORM_LEN <= 32, "word_stops: a bit for each length of a form");

/* Fills letter_class and word_stops from form_seconds. */
static void S_index_word_stops(syevp_timex_engine *eng)
{
    for (unsigned c = 0; c < 256; c++)
        eng->letter_class[c] = c >= 'a' && c <= 'z' ? (uint8_t)(c - 'a') : 26;
    for (size_t first = 0; first < 27; first++) {
        for (size_t second = 0; second < 27; second++) {
            uint32_t stops = first < 26 ? 0 : UINT32_MAX;
            for (size_t n = 1; first < 26 && n < ANCHOR_FORM_LEN; n++)
                if (eng->form_seconds[first][n] >> (second < 26 ? second : 31) & 1u)
                    stops |= UINT32_C(1) << n;
            eng->word_stops[first][second] = stops;
        }
    }
}

/* The first two bytes at u as one number, as they lie in memory. */
static inline uint16_t S_two_bytes(const unsigned char *u)
{
    uint16_t v;
    memcpy(&v, u, sizeof v);
    return v;
}

/* Fills stops_by_bytes from letter_class and word_stops. */
static void S_index_stops_by_bytes(syevp_timex_engine *eng)
{
    for (unsigned first = 0; first < 256; first++) {
        for (unsigned second = 0; second < 256; second++) {
            const unsigned char bytes[2] = {(unsigned char)first, (unsigned char)second};
            eng->stops_by_bytes[S_two_bytes(bytes)] =
                eng->word_stops[eng->letter_class[first]][eng->letter_class[second]];
        }
    }
}

/* Writes out the anchor words ("a|b|...") as forms grouped by first letter
 * and head, their order kept within a group: a form matches only where its
 * head is the whole run of letters, so forms of other groups never compete
 * (S_anchor_word_end).  Leaves form_count at 0 when a word cannot be
 * written out. */
static void S_index_anchor_forms(syevp_timex_engine *eng, const char *words)
{
    anchor_form all[ANCHOR_FORMS];
    size_t count = 0;
    char buf[ANCHOR_FORM_LEN];
    for (const char *w = words;; w++) {
        const size_t n = strcspn(w, "|");
        buf[0] = '\0';
        if (!S_add_forms(all, &count, w, n, buf, 0))
            return;
        w += n;
        if (!*w)
            break;
    }
    size_t n = 0;
    for (int letter = 'a'; letter <= 'z'; letter++) {
        for (size_t head = 0; head < ANCHOR_FORM_LEN; head++) {
            eng->form_begin[letter - 'a'][head] = (uint16_t)n;
            for (size_t i = 0; i < count; i++) {
                if (all[i].text[0] != letter || all[i].head != head)
                    continue;
                eng->forms[n++] = all[i];
                eng->form_heads[letter - 'a'] |= UINT32_C(1) << head;
                const char second = all[i].text[1];
                eng->form_seconds[letter - 'a'][head] |=
                    second >= 'a' && second <= 'z' ? UINT32_C(1) << (second - 'a') : UINT32_C(1) << 31;
                if (head >= 3) /* (then its first three bytes are letters) */
                    eng->form_thirds[letter - 'a'][head] |= UINT32_C(1) << (all[i].text[2] - 'a');
            }
        }
        eng->form_begin[letter - 'a'][ANCHOR_FORM_LEN] = (uint16_t)n;
    }
    eng->form_count = n;
    S_index_word_stops(eng);
    S_index_stops_by_bytes(eng);
}

static syev_status S_compile_anchors(const syev_extractor *ex, syevp_timex_engine *eng,
                                     syev_error *err)
{
    static const name_value *const months[] = {MONTH_NAMES};
    static const name_value *const weekdays[] = {WEEKDAY_NAMES};
    strbuf words = {&ex->alloc, NULL, 0, 0, false}, tmpl = {&ex->alloc, NULL, 0, 0, false};
    S_put_names(&words, months, 1, 1, 12);
    S_puts(&words, "|");
    S_put_names(&words, weekdays, 1, 1, 7);
    S_puts(&words, "|" ANCHOR_WORDS);
    if (!words.failed)
        S_index_anchor_forms(eng, words.s);
    S_puts(&tmpl, "(?<![a-z0-9])(?:\\d|(?:");
    const bool factored = !words.failed && S_put_factored(&tmpl, words.s);
    S_puts(&tmpl, ")\\b)");
    syevp_free(&ex->alloc, words.s);
    if (words.failed || tmpl.failed) {
        syevp_free(&ex->alloc, tmpl.s);
        return syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    }
    syev_status st = factored ? S_compile(ex, tmpl.s, 0, &eng->anchors, err)
                              : S_compile(ex, "(?<![a-z0-9])(?:\\d|(?:{MONF}|{WD}|" ANCHOR_WORDS
                                              ")\\b)",
                                          0, &eng->anchors, err);
    if (!factored)
        eng->form_count = 0;
    if (st == SYEV_OK && eng->form_count)
        st = S_compile(ex, tmpl.s, PCRE2_ANCHORED, &eng->anchors_here, err);
    syevp_free(&ex->alloc, tmpl.s);
    return st;
}

/* ================================================================== */
/* What a row's match can hold at an anchor                           */
/* ================================================================== */

/* A match that the scan keeps reaches past its anchor and does not stop
 * inside a word: it holds the anchor's word (the letters before any '-' of
 * its form, or its one digit), after no [a-z0-9], and then the text that
 * follows.  Which rows can hold a given word followed by a given kind of
 * character is read off each row's pattern once, through its Glushkov
 * automaton: one position per character the pattern reads, each with the
 * classes of characters it can read, and which positions can follow which.
 * Look-arounds and assertions read nothing and are left out, so the
 * automaton reads at least what the pattern does: a row it rules out can
 * never be kept there (syevp_timex_anchor_rows_agree checks it on text). */

#define CLS_BIT(c) (UINT32_C(1) << (c))
#define CLS_ALL (CLS_BIT(CLS_COUNT) - 1u)
#define CLS_LETTERS (CLS_BIT(26) - 1u)
/* what may stand before an anchor (no [a-z0-9]) */
#define CLS_NOT_ALNUM (CLS_BIT(CLS_BLANK) | CLS_BIT(CLS_OTHER) | CLS_BIT(CLS_BEYOND))
#define GLUSHKOV_POSITIONS 8192 /* more and the row may hold anything */
#define GLUSHKOV_COPIES 16      /* of a counted repeat */

static int S_char_class(unsigned char c)
{
    if (c >= 'a' && c <= 'z')
        return c - 'a';
    if (c >= '0' && c <= '9')
        return CLS_DIGIT;
    if (c >= 0x80)
        return CLS_BEYOND;
    return c == ' ' || c == '\t' ? CLS_BLANK : CLS_OTHER;
}

typedef struct glushkov {
    const char *pattern;
    bool counting;      /* the first pass only counts the positions */
    bool unknown;       /* a construct this walker does not read */
    size_t n, cap;      /* positions made, room for them */
    size_t words;       /* 64-bit words of a set of positions */
    uint32_t *mask;     /* the classes each position reads */
    uint64_t *follow;   /* the positions that can follow each one */
    uint64_t *stack;    /* sets of the fragments being built */
    size_t top, stack_cap;
} glushkov;

/* A fragment of the pattern: where its first and last sets lie on the
 * stack, and whether it can match the empty string. */
typedef struct gfrag {
    size_t first, last;
    bool nullable;
} gfrag;

static uint64_t *S_gset(const glushkov *g, size_t at)
{
    return g->stack + at;
}

/* A fragment with empty sets, pushed on the stack. */
static gfrag S_gfrag_new(glushkov *g, bool nullable)
{
    gfrag f = {g->top, g->top + g->words, nullable};
    if (g->counting)
        return f;
    if (g->top + 2 * g->words > g->stack_cap) {
        g->unknown = true;
        f.first = f.last = 0;
        return f;
    }
    memset(g->stack + g->top, 0, 2 * g->words * sizeof *g->stack);
    g->top += 2 * g->words;
    return f;
}

static void S_gfrag_pop(glushkov *g, const gfrag *f)
{
    if (!g->counting && !g->unknown)
        g->top = f->first;
}

static gfrag S_gposition(glushkov *g, uint32_t mask)
{
    gfrag f = S_gfrag_new(g, false);
    const size_t p = g->n++;
    if (g->counting || g->unknown)
        return f;
    if (p >= g->cap) {
        g->unknown = true;
        return f;
    }
    g->mask[p] = mask;
    S_gset(g, f.first)[p / 64] |= UINT64_C(1) << p % 64;
    S_gset(g, f.last)[p / 64] |= UINT64_C(1) << p % 64;
    return f;
}

/* Every position of `from` can be followed by those of `to`. */
static void S_glink(glushkov *g, size_t from, size_t to)
{
    if (g->counting || g->unknown)
        return;
    const uint64_t *src = S_gset(g, from), *add = S_gset(g, to);
    for (size_t w = 0; w < g->words; w++) {
        for (uint64_t bits = src[w]; bits; bits &= bits - 1) {
            uint64_t *row = g->follow + (w * 64 + syevp_lowest_bit64(bits)) * g->words;
            for (size_t k = 0; k < g->words; k++)
                row[k] |= add[k];
        }
    }
}

static void S_gunion(glushkov *g, size_t to, size_t from)
{
    if (g->counting || g->unknown)
        return;
    for (size_t k = 0; k < g->words; k++)
        S_gset(g, to)[k] |= S_gset(g, from)[k];
}

/* acc := acc followed by item (item lies above acc on the stack). */
static void S_gconcat(glushkov *g, gfrag *acc, const gfrag *item)
{
    S_glink(g, acc->last, item->first);
    if (acc->nullable)
        S_gunion(g, acc->first, item->first);
    if (!item->nullable && !g->counting && !g->unknown)
        memset(S_gset(g, acc->last), 0, g->words * sizeof *g->stack);
    S_gunion(g, acc->last, item->last);
    acc->nullable = acc->nullable && item->nullable;
}

static gfrag S_galternation(glushkov *g, const char **pp);

/* The classes of the escape at p ("\d", "\."...): 0 for an assertion
 * (\b...), and *known false for one this walker does not read. */
static uint32_t S_gescape(const char *p, bool *known)
{
    const char c = p[1];
    *known = true;
    if (c && strchr("bBAzZG", c))
        return 0;
    switch (c) {
    case 'd': return CLS_BIT(CLS_DIGIT) | CLS_BIT(CLS_BEYOND); /* with UCP, other scripts' digits */
    case 'D': return CLS_ALL & ~CLS_BIT(CLS_DIGIT);
    case 'w': return CLS_LETTERS | CLS_BIT(CLS_DIGIT) | CLS_BIT(CLS_OTHER) | CLS_BIT(CLS_BEYOND);
    case 'W': case 's': case 'h': case 'v': return CLS_NOT_ALNUM;
    case 'S': case 'H': case 'V': return CLS_ALL;
    case 't': return CLS_BIT(CLS_BLANK);
    case 'n': case 'r': case 'f': case 'e': case 'a': return CLS_BIT(CLS_OTHER);
    default: break;
    }
    if (c && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
        return CLS_BIT(S_char_class((unsigned char)c));
    *known = false;
    return 0;
}

/* The classes a character class [...] at p can read; *end after it. */
static uint32_t S_gclass(const char *p, const char **end, bool *known)
{
    uint32_t mask = 0;
    size_t i = 1;
    const bool negated = p[1] == '^';
    i += negated;
    *known = true;
    for (bool first = true; p[i] && (p[i] != ']' || first); first = false) {
        if (p[i] == '[' && p[i + 1] == ':') {
            mask = CLS_ALL; /* a POSIX class */
            const char *close = strstr(p + i, ":]");
            if (!close)
                break;
            i = (size_t)(close - p) + 2;
            continue;
        }
        if (p[i] == '\\') {
            const uint32_t m = S_gescape(p + i, known);
            if (!*known || !p[i + 1])
                return 0;
            mask |= m;
            i += 2;
            continue;
        }
        unsigned char lo = (unsigned char)p[i], hi = lo;
        if (p[i + 1] == '-' && p[i + 2] && p[i + 2] != ']') {
            hi = (unsigned char)p[i + 2];
            i += 2;
        }
        for (unsigned c = lo; c <= hi; c++)
            mask |= CLS_BIT(S_char_class((unsigned char)c));
        i++;
    }
    if (p[i] != ']') {
        *known = false;
        return 0;
    }
    *end = p + i + 1;
    return negated ? CLS_ALL : mask;
}

/* The group at p: its body read as an alternation; a look-around reads
 * nothing. */
static gfrag S_ggroup(glushkov *g, const char **pp)
{
    const char *p = *pp;
    const size_t close = S_group_close(p);
    const char *body = p[1] != '?' ? p + 1 : p[2] == '>' ? p + 3 : S_group_body(p);
    if (!close || (!body && !S_lookaround(p))) {
        g->unknown = true;
        return S_gfrag_new(g, true);
    }
    *pp = p + close + 1;
    if (!body) /* a look-around */
        return S_gfrag_new(g, true);
    const char *q = body;
    gfrag f = S_galternation(g, &q);
    if (q != p + close)
        g->unknown = true;
    return f;
}

/* The group a back reference \k<name> at p refers to, read again: the
 * reference matches what the group matched. */
static gfrag S_gbackref(glushkov *g, const char **pp)
{
    const char *p = *pp, *close = strchr(p, '>');
    char open[40];
    const size_t n = close ? (size_t)(close - (p + 3)) : 0;
    const char *group = NULL;
    if (close && n + 4 < sizeof open) {
        memcpy(open, "(?<", 3);
        memcpy(open + 3, p + 3, n);
        open[n + 3] = '>';
        open[n + 4] = '\0';
        group = strstr(g->pattern, open);
    }
    if (!group) {
        g->unknown = true;
        return S_gfrag_new(g, true);
    }
    *pp = close + 1;
    const char *q = group;
    return S_ggroup(g, &q);
}

/* One atom at *pp: a character, a class, an escape or a group. */
static gfrag S_gatom(glushkov *g, const char **pp)
{
    const char *p = *pp;
    bool known = true;
    uint32_t mask = 0;
    switch (p[0]) {
    case '(':
        return S_ggroup(g, pp);
    case '[':
        mask = S_gclass(p, pp, &known);
        break;
    case '\\':
        if (p[1] == 'k' && p[2] == '<')
            return S_gbackref(g, pp);
        mask = S_gescape(p, &known);
        *pp = p + 2;
        if (known && !mask)
            return S_gfrag_new(g, true); /* an assertion */
        break;
    case '.':
        mask = CLS_ALL;
        *pp = p + 1;
        break;
    case '^': case '$':
        *pp = p + 1;
        return S_gfrag_new(g, true);
    case '*': case '+': case '?': case '{':
        known = false;
        break;
    default:
        mask = CLS_BIT(S_char_class((unsigned char)p[0]));
        *pp = p + 1;
        break;
    }
    if (!known) {
        g->unknown = true;
        *pp = p + strlen(p);
        return S_gfrag_new(g, true);
    }
    return S_gposition(g, mask);
}

/* The quantifier at *pp, if any: its bounds (max -1: none) and length. */
static bool S_gquantifier(const char *p, long *min, long *max, size_t *len)
{
    char *end = NULL;
    *len = 1;
    switch (p[0]) {
    case '?': *min = 0, *max = 1; break;
    case '*': *min = 0, *max = -1; break;
    case '+': *min = 1, *max = -1; break;
    case '{':
        if (!S_is_digit(p[1]))
            return false;
        *min = *max = strtol(p + 1, &end, 10);
        if (*end == ',') {
            const char *m = end + 1;
            *max = S_is_digit(*m) ? strtol(m, &end, 10) : -1;
            if (*max < 0)
                end = (char *)m;
        }
        if (*end != '}')
            return false;
        *len = (size_t)(end - p) + 1;
        break;
    default:
        return false;
    }
    if (p[*len] == '?' || p[*len] == '+')
        ++*len; /* lazy or possessive: no more than the greedy one */
    return true;
}

/* An atom and its quantifier: a counted repeat reads the atom again for
 * each copy; the last copy of an open one loops. */
static gfrag S_gitem(glushkov *g, const char **pp)
{
    const char *atom = *pp;
    gfrag acc = S_gatom(g, pp);
    long min = 1, max = 1;
    size_t qlen = 0;
    if (g->unknown || !S_gquantifier(*pp, &min, &max, &qlen))
        return acc;
    const char *after = *pp + qlen;
    const long copies = max < 0 ? (min > 1 ? min : 1) : max;
    if (copies > GLUSHKOV_COPIES || (max >= 0 && max < min)) {
        g->unknown = true;
        return acc;
    }
    if (copies == 1 && max < 0)
        S_glink(g, acc.last, acc.first);
    for (long k = 2; k <= copies && !g->unknown; k++) {
        const char *q = atom;
        gfrag copy = S_gatom(g, &q);
        copy.nullable = copy.nullable || k > min;
        if (k == copies && max < 0)
            S_glink(g, copy.last, copy.first);
        S_gconcat(g, &acc, &copy);
        S_gfrag_pop(g, &copy);
    }
    acc.nullable = acc.nullable || min == 0;
    *pp = after;
    return acc;
}

static gfrag S_gsequence(glushkov *g, const char **pp)
{
    gfrag acc = S_gfrag_new(g, true);
    while (**pp && **pp != '|' && **pp != ')' && !g->unknown) {
        gfrag item = S_gitem(g, pp);
        S_gconcat(g, &acc, &item);
        S_gfrag_pop(g, &item);
    }
    return acc;
}

static gfrag S_galternation(glushkov *g, const char **pp)
{
    gfrag acc = S_gsequence(g, pp);
    while (**pp == '|' && !g->unknown) {
        ++*pp;
        gfrag alt = S_gsequence(g, pp);
        S_gunion(g, acc.first, alt.first);
        S_gunion(g, acc.last, alt.last);
        acc.nullable = acc.nullable || alt.nullable;
        S_gfrag_pop(g, &alt);
    }
    return acc;
}

/* The positions that can follow one of `set`, into out. */
static void S_gfollowers(const glushkov *g, const uint64_t *set, uint64_t *out)
{
    memset(out, 0, g->words * sizeof *out);
    for (size_t w = 0; w < g->words; w++) {
        for (uint64_t bits = set[w]; bits; bits &= bits - 1) {
            const uint64_t *row = g->follow + (w * 64 + syevp_lowest_bit64(bits)) * g->words;
            for (size_t k = 0; k < g->words; k++)
                out[k] |= row[k];
        }
    }
}

/* Keeps the positions of `set` that read one of `classes`: any left? */
static bool S_gkeep(const glushkov *g, uint64_t *set, uint32_t classes)
{
    uint64_t any = 0;
    for (size_t w = 0; w < g->words; w++) {
        for (uint64_t bits = set[w]; bits; bits &= bits - 1) {
            const size_t p = w * 64 + syevp_lowest_bit64(bits);
            if (!(g->mask[p] & classes))
                set[w] &= ~(UINT64_C(1) << p % 64);
        }
        any |= set[w];
    }
    return any != 0;
}

/* Scratch sets of a row's queries. */
typedef struct gquery {
    uint64_t *starts; /* where an anchor's word may start: first, or after no [a-z0-9] */
    /* those of them that read each class (CLS_COUNT sets), for the classes
     * of starts_kept, and starts_found: the classes some start reads */
    uint64_t *starts_by_class;
    uint32_t starts_kept, starts_found;
    uint64_t *at, *closure, *next;
    uint64_t *after_word; /* out: the positions that read the word's last byte */
    uint8_t *word_starts; /* per position, see S_gword_starts */
    uint8_t reach;        /* out: see S_gafter_word */
} gquery;

#define NO_REACH 255 /* word starts without bound */

/* The most word starts (a blank or other ASCII, then a letter, digit or
 * byte beyond ASCII: S_word_byte) a match can read up to each position,
 * counted along the paths from a first position: NO_REACH when a loop can
 * read more and more (positions no path reaches keep NO_REACH too). */
static void S_gword_starts(const glushkov *g, const gfrag *whole, uint8_t *count, bool *reached)
{
    const uint32_t delimiter = CLS_BIT(CLS_BLANK) | CLS_BIT(CLS_OTHER);
    const uint32_t word = CLS_LETTERS | CLS_BIT(CLS_DIGIT) | CLS_BIT(CLS_BEYOND);
    const uint64_t *first = S_gset(g, whole->first);
    for (size_t p = 0; p < g->n; p++) {
        reached[p] = first[p / 64] >> p % 64 & 1u;
        count[p] = 0;
    }
    bool changed = true;
    for (int round = 0; changed && round < 64; round++) {
        changed = false;
        for (size_t p = 0; p < g->n; p++) {
            if (!reached[p])
                continue;
            const bool after_delimiter = g->mask[p] & delimiter;
            const uint64_t *row = g->follow + p * g->words;
            for (size_t k = 0; k < g->words; k++) {
                for (uint64_t bits = row[k]; bits; bits &= bits - 1) {
                    const size_t q = k * 64 + syevp_lowest_bit64(bits);
                    unsigned v = count[p] + (after_delimiter && (g->mask[q] & word));
                    v = v < NO_REACH ? v : NO_REACH;
                    if (!reached[q] || v > count[q]) {
                        reached[q] = true;
                        count[q] = (uint8_t)v;
                        changed = true;
                    }
                }
            }
        }
    }
    for (size_t p = 0; p < g->n; p++)
        if (changed || !reached[p])
            count[p] = NO_REACH;
}

#define CLS_END CLS_COUNT /* nothing but blanks follows: the match must end */

/* For a match of the automaton that holds the word w[0, n) (after no
 * [a-z0-9]): the classes of the first character after it and the blanks
 * that follow it (bit CLS_END: the match may end there), and in q->reach
 * the most word starts from the match's start to the word's, both counted.
 * 0 when no match holds the word. */
static uint32_t S_gafter_word(const glushkov *g, const gfrag *whole, gquery *q, const char *w,
                              size_t n)
{
    const size_t bytes = g->words * sizeof *q->at;
    const int first = S_char_class((unsigned char)w[0]);
    uint64_t *starts = q->starts_by_class + (size_t)first * g->words;
    if (!(q->starts_kept & CLS_BIT(first))) { /* the starts of the words of this class */
        memcpy(starts, q->starts, bytes);
        if (S_gkeep(g, starts, CLS_BIT(first)))
            q->starts_found |= CLS_BIT(first);
        q->starts_kept |= CLS_BIT(first);
    }
    if (!(q->starts_found & CLS_BIT(first)))
        return 0;
    memcpy(q->at, starts, bytes);
    for (size_t k = 1; k < n; k++) {
        S_gfollowers(g, q->at, q->next);
        memcpy(q->at, q->next, bytes);
        if (!S_gkeep(g, q->at, CLS_BIT(S_char_class((unsigned char)w[k]))))
            return 0;
    }
    memcpy(q->after_word, q->at, bytes);
    /* the word starts up to the word's end (no more than up to its start:
     * it holds none), the match's start included */
    q->reach = 0;
    for (size_t k = 0; k < g->words; k++) {
        for (uint64_t bits = q->at[k]; bits; bits &= bits - 1) {
            const unsigned c = q->word_starts[k * 64 + syevp_lowest_bit64(bits)];
            const unsigned r = c < NO_REACH - 1 ? c + 1 : NO_REACH;
            q->reach = (uint8_t)(r > q->reach ? r : q->reach);
        }
    }
    /* the positions after the word and any blanks: the closure */
    memcpy(q->closure, q->at, bytes);
    for (bool grew = true; grew;) {
        S_gfollowers(g, q->at, q->next);
        grew = false;
        for (size_t k = 0; k < g->words; k++) {
            q->next[k] &= ~q->closure[k];
        }
        if (S_gkeep(g, q->next, CLS_BIT(CLS_BLANK))) {
            grew = true;
            for (size_t k = 0; k < g->words; k++)
                q->closure[k] |= q->next[k];
            memcpy(q->at, q->next, bytes);
        }
    }
    uint32_t classes = 0;
    const uint64_t *last = S_gset(g, whole->last);
    for (size_t k = 0; k < g->words; k++)
        if (q->closure[k] & last[k])
            classes = CLS_ALL | CLS_BIT(CLS_END);
    S_gfollowers(g, q->closure, q->next);
    for (size_t k = 0; k < g->words; k++)
        for (uint64_t bits = q->next[k]; bits; bits &= bits - 1)
            classes |= g->mask[k * 64 + syevp_lowest_bit64(bits)];
    return classes;
}

static void S_glushkov_free(const syev_allocator *a, glushkov *g)
{
    syevp_free(a, g->mask);
    syevp_free(a, g->follow);
    syevp_free(a, g->stack);
}

/* The automaton of `pattern` into *g (g->unknown when this walker cannot
 * read it) and its whole fragment; false when memory ran out. */
static bool S_glushkov_build(const syev_allocator *a, const char *pattern, glushkov *g,
                             gfrag *whole)
{
    memset(g, 0, sizeof *g);
    g->pattern = pattern;
    g->counting = true;
    const char *p = pattern;
    S_galternation(g, &p);
    const size_t n = g->n;
    if (g->unknown || *p || n > GLUSHKOV_POSITIONS) {
        g->unknown = true;
        return true;
    }
    memset(g, 0, sizeof *g);
    g->pattern = pattern;
    g->cap = n;
    g->words = n / 64 + 1;
    g->stack_cap = 128 * g->words; /* 64 fragments open at once */
    g->mask = syevp_calloc(a, n + 1, sizeof *g->mask);
    g->follow = syevp_calloc(a, (n + 1) * g->words, sizeof *g->follow);
    g->stack = syevp_malloc(a, g->stack_cap * sizeof *g->stack);
    if (!g->mask || !g->follow || !g->stack)
        return false;
    p = pattern;
    *whole = S_galternation(g, &p);
    if (*p || g->n != n)
        g->unknown = true;
    return true;
}

/* The DFA of what can follow an anchor's word in a row (dfa_start,
 * dfa_next): its states are sets of the row's positions, made as they are
 * reached from the sets after each word, DFA_DEPTH bytes deep at most. */
#define DFA_DEAD 0
#define DFA_OPEN 1
#define DFA_DEPTH 48         /* bytes read */
#define DFA_ROW_STATES 4096  /* per row; more and the row stays open */
#define DFA_SLOT_BITS 13     /* of the slots of a row's states: 2 * DFA_ROW_STATES */
_Static_assert(UINT64_C(1) << DFA_SLOT_BITS == 2 * DFA_ROW_STATES, "the slots of a row's states");
#define DFA_STATES 65535     /* in all (uint16_t) */

typedef struct dfa_builder {
    const glushkov *g;
    const uint64_t *last; /* the positions a match can end after */
    uint64_t *sets;       /* state k's positions: sets + k * g->words */
    uint16_t *ids;        /* its index in dfa_next */
    uint8_t *depth;       /* the bytes read after the word to reach it */
    uint32_t *slots;      /* hash of the sets: k + 1, 0 empty (2 * DFA_ROW_STATES) */
    size_t count;
} dfa_builder;

/* The slot of a set in a table of 2 * DFA_ROW_STATES: the top bits of its
 * hash (the low bits of a product depend on the low bits of the set only,
 * the first positions, alike in many sets). */
static size_t S_dfa_slot(const uint64_t *set, size_t words)
{
    uint64_t h = 0;
    for (size_t k = 0; k < words; k++)
        h = (h ^ set[k]) * UINT64_C(0x9E3779B97F4A7C15);
    return (size_t)(h >> (64 - DFA_SLOT_BITS));
}

/* The state of the positions `set` reached `depth` bytes after the word:
 * DFA_DEAD when it is empty, DFA_OPEN when there is no room left for it;
 * 0xffffffff when memory ran out. */
static uint32_t S_dfa_state(syevp_timex_engine *eng, const syev_allocator *a, dfa_builder *b,
                            const uint64_t *set, unsigned depth)
{
    const size_t words = b->g->words;
    uint64_t any = 0, ends = 0;
    for (size_t k = 0; k < words; k++) {
        any |= set[k];
        ends |= set[k] & b->last[k];
    }
    if (!any)
        return DFA_DEAD;
    const size_t mask = 2 * DFA_ROW_STATES - 1;
    size_t h = S_dfa_slot(set, words);
    for (; b->slots[h]; h = (h + 1) & mask) {
        const size_t k = b->slots[h] - 1;
        if (memcmp(b->sets + k * words, set, words * sizeof *set) == 0)
            return b->ids[k];
    }
    if (b->count == DFA_ROW_STATES || eng->dfa_count == DFA_STATES)
        return DFA_OPEN;
    if (!syevp_grow(a, (void **)&eng->dfa_next, &eng->dfa_cap, eng->dfa_count + 1,
                    sizeof *eng->dfa_next))
        return 0xffffffffu;
    const size_t k = b->count++;
    memcpy(b->sets + k * words, set, words * sizeof *set);
    b->ids[k] = (uint16_t)eng->dfa_count;
    b->depth[k] = (uint8_t)depth;
    b->slots[h] = (uint32_t)k + 1;
    for (size_t c = 0; c < CLS_COUNT; c++)
        eng->dfa_next[eng->dfa_count][c] = DFA_OPEN; /* until it is expanded */
    eng->dfa_next[eng->dfa_count][DFA_ACCEPTS] = ends != 0;
    return eng->dfa_count++;
}

/* Each state made, in the order made (by depth), is given its successors
 * by the class of the next byte (the followers of its positions sorted by
 * the classes they read, into by_class: CLS_COUNT sets, empty on entry and
 * left so).  Beyond ASCII the automaton reads a character where the text
 * has several bytes: the DFA stays open. */
static bool S_dfa_expand(syevp_timex_engine *eng, const syev_allocator *a, dfa_builder *b,
                         uint64_t *followers, uint64_t *by_class)
{
    const glushkov *g = b->g;
    for (size_t k = 0; k < b->count; k++) {
        if (b->depth[k] >= DFA_DEPTH)
            continue;
        S_gfollowers(g, b->sets + k * g->words, followers);
        uint32_t read = 0; /* the classes some follower reads */
        for (size_t w = 0; w < g->words; w++) {
            for (uint64_t bits = followers[w]; bits; bits &= bits - 1) {
                const unsigned bit = syevp_lowest_bit64(bits);
                read |= g->mask[w * 64 + bit];
                for (uint32_t m = g->mask[w * 64 + bit]; m; m &= m - 1)
                    by_class[syevp_lowest_bit(m) * g->words + w] |= UINT64_C(1) << bit;
            }
        }
        /* no follower reads the other classes; beyond ASCII it stays open */
        _Static_assert(DFA_DEAD == 0, "the classes not named below");
        static const uint16_t unread[CLS_COUNT] = {[CLS_BEYOND] = DFA_OPEN};
        memcpy(eng->dfa_next[b->ids[k]], unread, sizeof unread);
        for (uint32_t m = read & ~CLS_BIT(CLS_BEYOND); m; m &= m - 1) {
            const unsigned c = syevp_lowest_bit(m);
            const uint32_t to = S_dfa_state(eng, a, b, by_class + (size_t)c * g->words,
                                            b->depth[k] + 1u);
            if (to == 0xffffffffu)
                return false;
            eng->dfa_next[b->ids[k]][c] = (uint16_t)to; /* (S_dfa_state may move dfa_next) */
        }
        /* empty again for the next state: only the sets of the classes read were filled */
        for (uint32_t m = read; m; m &= m - 1)
            memset(by_class + (size_t)syevp_lowest_bit(m) * g->words, 0,
                   g->words * sizeof *by_class);
    }
    return true;
}

/* Empties the slots of the states made: b->slots serves the next row. */
static void S_dfa_clear_slots(dfa_builder *b)
{
    const size_t mask = 2 * DFA_ROW_STATES - 1, words = b->g->words;
    for (size_t k = 0; k < b->count; k++) {
        size_t h = S_dfa_slot(b->sets + k * words, words);
        while (b->slots[h] != k + 1)
            h = (h + 1) & mask;
        b->slots[h] = 0;
    }
}

/* Files row i under every (word, next class) its matches can hold (slots:
 * 2 * DFA_ROW_STATES, empty, and left so). */
static bool S_file_anchor_rows(const syev_extractor *ex, syevp_timex_engine *eng, size_t i,
                               char *const *words, uint32_t *slots)
{
    strbuf b = {&ex->alloc, NULL, 0, 0, false};
    if (!S_expand(&b, &ex->alloc, ROWS[i].tmpl)) {
        syevp_free(&ex->alloc, b.s);
        return false;
    }
    glushkov g;
    gfrag whole = {0, 0, true};
    bool ok = S_glushkov_build(&ex->alloc, b.s, &g, &whole);
    const bool known = ok && !g.unknown;
    const syev_allocator *a = &ex->alloc;
    uint64_t *sets = known ? syevp_calloc(a, (6 + 2 * CLS_COUNT) * g.words, sizeof *sets) : NULL;
    uint8_t *word_starts = known ? syevp_malloc(a, g.n + 1) : NULL;
    bool *reached = known ? syevp_malloc(a, (g.n + 1) * sizeof *reached) : NULL;
    dfa_builder dfa = {&g, known ? S_gset(&g, whole.last) : NULL,
                       known ? syevp_malloc(a, DFA_ROW_STATES * g.words * sizeof *sets) : NULL,
                       known ? syevp_malloc(a, DFA_ROW_STATES * sizeof *dfa.ids) : NULL,
                       known ? syevp_malloc(a, DFA_ROW_STATES) : NULL,
                       slots, 0};
    ok = ok && (!known || (sets && word_starts && reached && dfa.sets && dfa.ids && dfa.depth));
    gquery q = {.starts = sets,
                .starts_by_class = sets ? sets + (6 + CLS_COUNT) * g.words : NULL,
                .at = sets ? sets + g.words : NULL,
                .closure = sets ? sets + 2 * g.words : NULL,
                .next = sets ? sets + 3 * g.words : NULL,
                .after_word = sets ? sets + 4 * g.words : NULL,
                .word_starts = word_starts,
                .reach = NO_REACH};
    if (ok && known) {
        S_gword_starts(&g, &whole, word_starts, reached);
        /* a word starts the match or follows a delimiter */
        for (size_t p = 0; p < g.n; p++)
            if (g.mask[p] & CLS_NOT_ALNUM)
                for (size_t k = 0; k < g.words; k++)
                    q.starts[k] |= g.follow[p * g.words + k];
        for (size_t k = 0; k < g.words; k++)
            q.starts[k] |= S_gset(&g, whole.first)[k];
    }
    for (size_t w = 0; ok && w < eng->query_count; w++) {
        q.reach = NO_REACH;
        const uint32_t classes =
            !known ? CLS_ALL | CLS_BIT(CLS_END)
                   : S_gafter_word(&g, &whole, &q, words[w], strlen(words[w]));
        for (uint32_t m = classes & (CLS_BIT(CLS_END + 1) - 1u); m; m &= m - 1) {
            const size_t at = w * (CLS_END + 1) + syevp_lowest_bit(m);
            S_set_add(&eng->rows_by_anchor[at], i);
            if (q.reach > eng->anchor_reach[at])
                eng->anchor_reach[at] = q.reach;
        }
        if (known && classes) {
            const uint32_t state = S_dfa_state(eng, a, &dfa, q.after_word, 0);
            ok = state != 0xffffffffu;
            eng->dfa_start[w * ROW_COUNT + i] = (uint16_t)state;
        }
    }
    for (int c = 0; c < CLS_COUNT; c++) {
        eng->dfa_first[i][c] = DFA_OPEN;
        if (!ok || !known || whole.nullable || c == CLS_BEYOND)
            continue;
        memcpy(sets + 5 * g.words, S_gset(&g, whole.first), g.words * sizeof *sets);
        S_gkeep(&g, sets + 5 * g.words, CLS_BIT(c));
        const uint32_t state = S_dfa_state(eng, a, &dfa, sets + 5 * g.words, 1);
        ok = state != 0xffffffffu;
        eng->dfa_first[i][c] = (uint16_t)state;
    }
    ok = ok && (!known || S_dfa_expand(eng, a, &dfa, sets + 5 * g.words, sets + 6 * g.words));
    if (known && dfa.sets)
        S_dfa_clear_slots(&dfa);
    syevp_free(a, dfa.depth);
    syevp_free(a, dfa.ids);
    syevp_free(a, dfa.sets);
    syevp_free(a, reached);
    syevp_free(a, word_starts);
    syevp_free(a, sets);
    S_glushkov_free(a, &g);
    syevp_free(a, b.s);
    return ok;
}

/* The words anchors are known by (the letters of each form before any
 * '-', once each, then runs of digits), and the rows that can hold each.
 * A digit anchor's word is the run of digits it starts (a match kept does
 * not stop inside it), its first DIGIT_RUN digits when longer. */
#define DIGIT_RUN 5
static syev_status S_index_anchor_rows(const syev_extractor *ex, syevp_timex_engine *eng,
                                       syev_error *err)
{
    char heads[ANCHOR_FORMS + DIGIT_RUN][ANCHOR_FORM_LEN + 1];
    char *words[ANCHOR_FORMS + DIGIT_RUN];
    size_t n = 0;
    for (size_t f = 0; f < eng->form_count; f++) {
        const anchor_form *form = &eng->forms[f];
        size_t w = 0;
        while (w < n && !(strlen(heads[w]) == form->head && memcmp(heads[w], form->text, form->head) == 0))
            w++;
        if (w == n) {
            memcpy(heads[n], form->text, form->head);
            heads[n][form->head] = '\0';
            words[n] = heads[n];
            n++;
        }
        eng->forms[f].query = (uint16_t)w;
    }
    eng->digit_query = (uint16_t)n;
    for (size_t k = 1; k <= DIGIT_RUN; k++, n++) {
        memset(heads[n], '0', k);
        heads[n][k] = '\0';
        words[n] = heads[n];
    }
    eng->query_count = n;
    memset(&eng->all_rows, 0xff, sizeof eng->all_rows);
    eng->rows_by_anchor = syevp_calloc(&ex->alloc, n * (CLS_END + 1), sizeof *eng->rows_by_anchor);
    eng->anchor_reach = syevp_calloc(&ex->alloc, n * (CLS_END + 1), 1);
    eng->dfa_start = syevp_malloc(&ex->alloc, n * ROW_COUNT * sizeof *eng->dfa_start);
    /* states 0 and 1 are DFA_DEAD and DFA_OPEN, never read */
    bool ok = eng->rows_by_anchor && eng->anchor_reach && eng->dfa_start &&
              syevp_grow(&ex->alloc, (void **)&eng->dfa_next, &eng->dfa_cap, 2,
                         sizeof *eng->dfa_next);
    eng->dfa_count = 2;
    for (unsigned c = 0; c < 256; c++)
        eng->byte_class[c] = (uint8_t)S_char_class((unsigned char)c);
    for (size_t k = 0; ok && k < n * ROW_COUNT; k++)
        eng->dfa_start[k] = DFA_OPEN;
    uint32_t *slots = ok ? syevp_calloc(&ex->alloc, 2 * DFA_ROW_STATES, sizeof *slots) : NULL;
    ok = ok && slots;
    for (size_t i = 0; ok && i < ROW_COUNT; i++)
        ok = S_file_anchor_rows(ex, eng, i, words, slots);
    syevp_free(&ex->alloc, slots);
    return ok ? SYEV_OK : syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
}

syev_status syevp_timex_engine_new(const syev_extractor *ex, syevp_timex_engine **out,
                                   syev_error *err)
{
    syevp_timex_engine *eng = syevp_calloc(&ex->alloc, 1, sizeof *eng);
    if (!eng)
        return syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    syev_status st = S_compile_anchors(ex, eng, err);
    /* Anchored rows gain nothing from PCRE2's start optimizations, and its
     * search for a required character would scan ahead on every try. */
    for (size_t i = 0; st == SYEV_OK && i < ROW_COUNT; i++) {
        st = S_compile(ex, ROWS[i].tmpl, PCRE2_ANCHORED | PCRE2_NO_START_OPTIMIZE, &eng->rows[i],
                       err);
        for (size_t k = 0; st == SYEV_OK && k < GROUP_NAME_COUNT; k++) {
            const int n = pcre2_substring_number_from_name(eng->rows[i], (PCRE2_SPTR)GROUP_NAMES[k]);
            eng->group_numbers[i][k] = n > 0 ? (uint16_t)n : 0; /* at most 65535 groups */
        }
        uint8_t first[32] = {0}; /* the bytes a match of the row can start with */
        if (st == SYEV_OK)
            st = S_row_first_bytes(ex, i, first, err);
        for (unsigned c = 0; st == SYEV_OK && c < 256; c++)
            if (first[c / 8] & (1u << c % 8))
                S_set_add(&eng->rows_by_first[c], i);
    }
    if (st == SYEV_OK)
        st = S_index_row_keys(ex, eng, err);
    if (st == SYEV_OK)
        st = S_index_anchor_rows(ex, eng, err);
    if (st != SYEV_OK) {
        syevp_timex_engine_free(eng, &ex->alloc);
        return st;
    }
    *out = eng;
    return SYEV_OK;
}

void syevp_timex_engine_free(syevp_timex_engine *eng, const syev_allocator *a)
{
    if (!eng)
        return;
    pcre2_code_free(eng->anchors);
    pcre2_code_free(eng->anchors_here);
    syevp_free(a, eng->row_keys);
    syevp_free(a, eng->rows_by_pair);
    syevp_free(a, eng->starts_by_pair);
    syevp_free(a, eng->rows_by_anchor);
    syevp_free(a, eng->anchor_reach);
    syevp_free(a, eng->dfa_start);
    syevp_free(a, eng->dfa_next);
    for (size_t i = 0; i < ROW_COUNT; i++)
        pcre2_code_free(eng->rows[i]);
    syevp_free(a, eng);
}

/* ================================================================== */
/* Reading a match                                                     */
/* ================================================================== */

struct match_view {
    const pcre2_code *re;
    const uint16_t *group_numbers; /* the row's, see GROUP_NAMES */
    pcre2_match_data *md;
    const char *s;      /* folded text */
    size_t len;
    size_t begin, end;  /* the match; handlers may narrow it */
};

static bool S_group(const match_view *mv, group_name name, size_t *b, size_t *e)
{
    const unsigned n = mv->group_numbers[name];
    if (n == 0)
        return false;
    const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(mv->md);
    if (n >= pcre2_get_ovector_count(mv->md) || ov[2 * n] == PCRE2_UNSET)
        return false;
    *b = ov[2 * n];
    *e = ov[2 * n + 1];
    return *e > *b;
}

/* Copies a group's text with blanks collapsed and a final '.' dropped. */
static bool S_group_text(const match_view *mv, group_name name, char *out, size_t cap)
{
    size_t b, e, o = 0;
    if (!S_group(mv, name, &b, &e))
        return false;
    for (size_t i = b; i < e && o + 1 < cap; i++) {
        char c = mv->s[i] == '\t' ? ' ' : mv->s[i];
        if (c == ' ' && o > 0 && out[o - 1] == ' ')
            continue;
        out[o++] = c;
    }
    while (o > 0 && (out[o - 1] == '.' || out[o - 1] == ' '))
        o--;
    out[o] = '\0';
    return o > 0;
}

static int S_table_value(const name_value *table, const char *w)
{
    for (const name_value *nv = table; nv->name; nv++)
        if (strcmp(nv->name, w) == 0)
            return nv->value;
    return 0;
}

/* Leading digits of w (0 when none); *rest points after them. */
static int S_digits(const char *w, const char **rest)
{
    int v = 0;
    const char *p = w;
    while (*p >= '0' && *p <= '9' && v < 100000)
        v = v * 10 + (*p++ - '0');
    if (rest)
        *rest = p;
    return p == w ? 0 : v;
}

static int S_number(const match_view *mv, group_name name)
{
    char w[32];
    if (!S_group_text(mv, name, w, sizeof w))
        return 0;
    const char *rest;
    int v = S_digits(w, &rest);
    if (v)
        return v;
    if (strcmp(w, "1er") == 0 || strcmp(w, "1ere") == 0)
        return 1;
    v = S_table_value(NUMBER_WORDS, w);
    return v ? v : S_table_value(VAGUE_NUMBERS, w);
}

static int S_month(const match_view *mv, group_name name)
{
    char w[32];
    if (!S_group_text(mv, name, w, sizeof w))
        return 0;
    int v = S_digits(w, NULL);
    if (v)
        return v >= 1 && v <= 12 ? v : 0;
    v = S_table_value(MONTH_NAMES, w);
    return v ? v : S_table_value(MONTH_ABBREVIATIONS, w);
}

static int S_weekday(const match_view *mv, group_name name)
{
    char w[32];
    if (!S_group_text(mv, name, w, sizeof w))
        return 0;
    int v = S_table_value(WEEKDAY_NAMES, w);
    return v ? v : S_table_value(WEEKDAY_ABBREVIATIONS, w);
}

/* Two-digit years: 00-49 are 2000-2049, 50-99 are 1950-1999. */
static int S_year(const match_view *mv, group_name name, bool literal)
{
    char w[16];
    if (!S_group_text(mv, name, w, sizeof w))
        return 0;
    const char *rest;
    int v = S_digits(w, &rest);
    if (strlen(w) == 2 && !literal)
        v += v < 50 ? 2000 : 1900;
    return v;
}

static syevp_txunit S_unit(const match_view *mv, group_name name)
{
    char w[32];
    if (!S_group_text(mv, name, w, sizeof w))
        return SYEVP_U_NONE;
    for (const name_value *nv = UNIT_NAMES; nv->name; nv++)
        if (strncmp(w, nv->name, strlen(nv->name)) == 0)
            return (syevp_txunit)nv->value;
    return SYEVP_U_NONE;
}

static bool S_text_starts(const match_view *mv, const char *prefix)
{
    size_t n = strlen(prefix);
    return mv->end - mv->begin >= n && memcmp(mv->s + mv->begin, prefix, n) == 0;
}

/* "depuis X" is dated X and points to the past; "d'ici X", "jusqu'a X"
 * bound a state and point forward. */
static void S_lead_flags(const match_view *mv, syevp_txsem *s)
{
    if (S_text_starts(mv, "depuis") || S_text_starts(mv, "des "))
        s->flags |= SYEVP_SEM_DEPUIS | SYEVP_SEM_PAST;
    else if (S_text_starts(mv, "d'") || S_text_starts(mv, "jusqu") || S_text_starts(mv, "avant"))
        s->flags |= SYEVP_SEM_FUTURE;
}

/* "le 30 decembre dernier", "en mars prochain". */
static void S_qualifier_flags(const match_view *mv, syevp_txsem *s)
{
    char q[16];
    if (!S_group_text(mv, G_Q, q, sizeof q))
        return;
    s->flags |= SYEVP_SEM_STRICT |
                (strcmp(q, "dernier") == 0 ? SYEVP_SEM_PAST : SYEVP_SEM_FUTURE);
}

static bool S_valid_day(int y, int m, int d)
{
    if (m < 1 || m > 12 || d < 1)
        return false;
    return d <= (y ? syevp_days_in_month(y, m) : syevp_days_in_month(2000, m));
}

/* ================================================================== */
/* Handlers                                                            */
/* ================================================================== */

static bool S_h_date(match_view *mv, syevp_txsem *s)
{
    size_t eb, ee;
    const bool era = S_group(mv, G_ERA, &eb, &ee);
    s->d = S_number(mv, G_D);
    s->m = S_month(mv, G_M);
    s->y = S_year(mv, G_Y, era);
    s->wd = S_weekday(mv, G_WD);
    if (era)
        s->flags |= SYEVP_SEM_ERA;
    S_lead_flags(mv, s);
    S_qualifier_flags(mv, s);
    return S_valid_day(s->y, s->m, s->d);
}

static bool S_h_numdate(match_view *mv, syevp_txsem *s)
{
    s->d = S_number(mv, G_D);
    s->m = S_month(mv, G_M);
    s->y = S_year(mv, G_Y, false);
    s->wd = S_weekday(mv, G_WD);
    S_lead_flags(mv, s);
    return S_valid_day(s->y, s->m, s->d);
}

/* "date 2017-02": the header's expression is the value alone. */
static bool S_h_iso_month(match_view *mv, syevp_txsem *s)
{
    size_t b, e;
    s->y = S_year(mv, G_Y, false);
    s->m = S_month(mv, G_M);
    if (S_group(mv, G_Y, &b, &e))
        mv->begin = b;
    return s->y > 0 && s->m > 0;
}

static bool S_h_month(match_view *mv, syevp_txsem *s)
{
    s->m = S_month(mv, G_M);
    s->y = S_year(mv, G_Y, false);
    S_lead_flags(mv, s);
    S_qualifier_flags(mv, s);
    return s->m > 0;
}

/* The word after a match, for "2000 morts" and "le printemps arabe". */
static bool S_next_word_in(const match_view *mv, const char *list)
{
    size_t i = mv->end;
    while (i < mv->len && (mv->s[i] == ' ' || mv->s[i] == '\t'))
        i++;
    size_t j = i;
    while (j < mv->len && ((mv->s[j] >= 'a' && mv->s[j] <= 'z') || mv->s[j] == '-'))
        j++;
    char w[40];
    if (j == i || j - i + 3 > sizeof w)
        return false;
    w[0] = '|';
    memcpy(w + 1, mv->s + i, j - i);
    w[j - i + 1] = '|';
    w[j - i + 2] = '\0';
    return strstr(list, w) != NULL;
}

static bool S_h_year(match_view *mv, syevp_txsem *s)
{
    s->y = S_year(mv, G_Y, false);
    S_lead_flags(mv, s);
    return s->y > 0 && !S_next_word_in(mv, COUNT_NOUNS);
}

static syevp_txpart S_part(const match_view *mv)
{
    char w[16];
    if (!S_group_text(mv, G_P, w, sizeof w))
        return SYEVP_P_NONE;
    if (strcmp(w, "fin") == 0)
        return SYEVP_P_END;
    if (strcmp(w, "debut") == 0)
        return SYEVP_P_START;
    return SYEVP_P_MID;
}

static bool S_h_part(match_view *mv, syevp_txsem *s)
{
    s->part = S_part(mv);
    s->m = S_month(mv, G_M);
    s->y = S_year(mv, G_Y, false);
    S_lead_flags(mv, s);
    return s->kind == SYEVP_TXK_YEAR ? s->y > 0 : s->m > 0;
}

/* -1, 0 or +1 from a qualifier word (dernier, prochain, ...). */
static int S_qualifier(const char *w)
{
    if (strncmp(w, "dernier", 7) == 0 || strncmp(w, "derniere", 8) == 0 ||
        strncmp(w, "passe", 5) == 0 || strncmp(w, "precedent", 9) == 0)
        return -1;
    if (strncmp(w, "prochain", 8) == 0 || strncmp(w, "suivant", 7) == 0)
        return 1;
    return 0;
}

static bool S_h_part_rel(match_view *mv, syevp_txsem *s)
{
    char u[16], q[16];
    s->part = S_part(mv);
    if (!S_group_text(mv, G_U, u, sizeof u))
        return false;
    s->kind = strcmp(u, "semaine") == 0 ? SYEVP_TXK_WEEKREL
              : strcmp(u, "mois") == 0  ? SYEVP_TXK_MONTHREL
                                        : SYEVP_TXK_YEARREL;
    s->rel = S_group_text(mv, G_Q, q, sizeof q) ? S_qualifier(q) : 0;
    S_lead_flags(mv, s);
    return true;
}

static bool S_h_season(match_view *mv, syevp_txsem *s)
{
    char w[16], det[8], q[16];
    if (!S_group_text(mv, G_S, w, sizeof w))
        return false;
    for (size_t i = 0; i < sizeof SEASONS / sizeof *SEASONS; i++)
        if (strcmp(SEASONS[i].name, w) == 0)
            s->season = SEASONS[i].season;
    const bool has_det = S_group_text(mv, G_DET, det, sizeof det);
    const bool has_q = S_group_text(mv, G_Q, q, sizeof q);
    s->y = S_year(mv, G_Y, false);
    /* "a ete", "ont ete": the participle; "le printemps arabe": a name. */
    if (!has_det && !has_q && !s->y)
        return false;
    if (s->season == SYEVP_SEASON_SU && (!has_det || strcmp(det, "le") == 0 ||
                                          strcmp(det, "du") == 0 || strcmp(det, "au") == 0))
        return false;
    if (S_next_word_in(mv, "|arabe|syrien|de|des|du|"))
        return false;
    if (has_q)
        s->rel = S_qualifier(q);
    else if (!s->y && (strcmp(det, "cet") == 0 || strcmp(det, "ce") == 0))
        s->rel = 0;
    else
        s->rel = SYEVP_SEM_NO_REL;
    S_lead_flags(mv, s);
    return true;
}

static int S_ordinal(const match_view *mv, group_name name)
{
    char w[16];
    if (!S_group_text(mv, name, w, sizeof w))
        return 0;
    int v = S_table_value(ORDINALS, w);
    return v ? v : S_digits(w, NULL);
}

static bool S_h_quarter(match_view *mv, syevp_txsem *s)
{
    char q[16];
    s->n = S_ordinal(mv, G_O);
    s->y = S_year(mv, G_Y, false);
    s->rel = SYEVP_SEM_NO_REL;
    if (S_group_text(mv, G_Q, q, sizeof q) || S_group_text(mv, G_Q2, q, sizeof q)) {
        s->rel = strcmp(q, "en cours") == 0 ? 0 : S_qualifier(q);
        s->n = 0;
    } else if (s->n == -1 && !s->y) {
        s->rel = -1; /* le dernier trimestre: the last whole one */
        s->n = 0;
    } else if (s->n == -1) {
        s->n = 4;
    }
    return s->rel != SYEVP_SEM_NO_REL || (s->n >= 1 && s->n <= 4);
}

static syevp_wdq S_weekday_qualifier(const char *q)
{
    if (strstr(q, "cette semaine"))
        return SYEVP_WDQ_THIS_WEEK;
    if (strstr(q, "semaine")) {
        const char *last = strstr(q, "semaine") + 8;
        return S_qualifier(last) < 0 || strstr(last, "avant") ? SYEVP_WDQ_PREV_WEEK
                                                               : SYEVP_WDQ_NEXT_WEEK;
    }
    if (strstr(q, "huit") || strcmp(q, "en 8") == 0)
        return SYEVP_WDQ_IN8;
    if (strstr(q, "quinze") || strcmp(q, "en 15") == 0)
        return SYEVP_WDQ_IN15;
    if (strcmp(q, "prochain") == 0)
        return SYEVP_WDQ_NEXT;
    if (strncmp(q, "suivant", 7) == 0 || strstr(q, "apres"))
        return SYEVP_WDQ_NEXT_WEEK;
    return S_qualifier(q) < 0 ? SYEVP_WDQ_LAST : SYEVP_WDQ_NONE;
}

static bool S_h_weekday(match_view *mv, syevp_txsem *s)
{
    char q[48];
    s->wd = S_weekday(mv, G_WD);
    if (S_group_text(mv, G_Q, q, sizeof q))
        s->wdq = S_weekday_qualifier(q);
    S_lead_flags(mv, s);
    return s->wd > 0;
}

static bool S_h_wdday(match_view *mv, syevp_txsem *s)
{
    s->wd = S_weekday(mv, G_WD);
    s->d = S_number(mv, G_D);
    return s->wd > 0 && s->d >= 1 && s->d <= 31;
}

static bool S_h_dayonly(match_view *mv, syevp_txsem *s)
{
    s->d = S_number(mv, G_D);
    return s->d >= 1 && s->d <= 31;
}

static bool S_h_range(match_view *mv, syevp_txsem *s)
{
    s->d = S_number(mv, G_D);
    s->m = S_month(mv, G_M);
    s->y = S_year(mv, G_Y, false);
    s->d2 = S_number(mv, G_D2);
    s->m2 = S_month(mv, G_M2);
    s->y2 = S_year(mv, G_Y2, false);
    if (!s->m && s->m2)
        s->m = s->d > s->d2 ? (s->m2 == 1 ? 12 : s->m2 - 1) : s->m2;
    if (!s->y && s->y2)
        s->y = s->m > s->m2 ? s->y2 - 1 : s->y2;
    if (s->m && !S_valid_day(s->y, s->m, s->d))
        return false;
    if (s->m2 && !S_valid_day(s->y2, s->m2, s->d2))
        return false;
    S_lead_flags(mv, s);
    return s->d >= 1 && s->d <= 31 && s->d2 >= 1 && s->d2 <= 31;
}

static bool S_h_night(match_view *mv, syevp_txsem *s)
{
    s->wd = S_weekday(mv, G_WD);
    s->d = S_number(mv, G_D) ? S_number(mv, G_D) : S_number(mv, G_D1);
    s->m = S_month(mv, G_M);
    s->wd2 = S_weekday(mv, G_WD2);
    s->d2 = S_number(mv, G_D2) ? S_number(mv, G_D2) : S_number(mv, G_D3);
    s->m2 = S_month(mv, G_M2);
    s->y2 = S_year(mv, G_Y2, false);
    if (!s->wd && !s->d)
        return false;
    if (!s->m && s->m2)
        s->m = s->d > s->d2 ? (s->m2 == 1 ? 12 : s->m2 - 1) : s->m2;
    if (s->y2)
        s->y = s->m > s->m2 ? s->y2 - 1 : s->y2;
    return !s->d || !s->m || S_valid_day(s->y, s->m, s->d);
}

static bool S_h_counted(match_view *mv, syevp_txsem *s)
{
    char w[16];
    s->n = S_number(mv, G_N);
    s->unit = S_unit(mv, G_U);
    if (s->n <= 0 || s->unit == SYEVP_U_NONE)
        return false;
    if (S_group_text(mv, G_N, w, sizeof w) && S_table_value(VAGUE_NUMBERS, w))
        s->flags |= SYEVP_SEM_VAGUE;
    /* "six ans apres le debut du conflit" counts from that event, not the story */
    if (s->kind == SYEVP_TXK_ANAPHOR && s->unit == SYEVP_U_YEAR &&
        S_next_word_in(mv, "|le|la|l|les|son|sa|ses|leur|leurs|un|une|des|du|de|d|"))
        return false;
    if (s->kind == SYEVP_TXK_ANAPHOR) {
        s->n *= s->rel;
        if (s->rel < 0)
            s->flags |= SYEVP_SEM_EARLIER;
    }
    /* "dans un an" is a shift; "dans 500 ans" is not about the news. */
    return s->n <= 400;
}

static bool S_h_fixed(match_view *mv, syevp_txsem *s)
{
    S_lead_flags(mv, s);
    return true;
}

static bool S_h_weekend(match_view *mv, syevp_txsem *s)
{
    char q[16];
    s->rel = S_group_text(mv, G_Q, q, sizeof q) ? S_qualifier(q) : 0;
    s->sub = S_text_starts(mv, "ce") ? 1 : 0;
    return true;
}

static bool S_word_in_match(const match_view *mv, const char *w)
{
    size_t n = strlen(w);
    for (size_t i = mv->begin; i + n <= mv->end; i++) {
        bool left = i == mv->begin || !(mv->s[i - 1] >= 'a' && mv->s[i - 1] <= 'z');
        bool right = i + n == mv->end || !(mv->s[i + n] >= 'a' && mv->s[i + n] <= 'z');
        if (left && right && memcmp(mv->s + i, w, n) == 0)
            return true;
    }
    return false;
}

static bool S_h_holiday(match_view *mv, syevp_txsem *s)
{
    for (size_t i = 0; i < sizeof HOLIDAYS / sizeof *HOLIDAYS; i++)
        if (S_word_in_match(mv, HOLIDAYS[i].word)) {
            s->m = HOLIDAYS[i].m;
            s->d = HOLIDAYS[i].d;
            return true;
        }
    return false;
}

/* Rows with an ordinal: nth day, fortnight, nth week, nth weekday. */
static bool S_h_ordinal(match_view *mv, syevp_txsem *s)
{
    char q[16];
    const int o = S_ordinal(mv, G_O);
    s->m = S_month(mv, G_M);
    s->y = S_year(mv, G_Y, false);
    s->wd = S_weekday(mv, G_WD);
    switch (s->kind) {
    case SYEVP_TXK_DATE: /* le 3eme jour d'octobre, le dernier jour de ... */
        s->d = o;
        return o == -1 || S_valid_day(s->y, s->m, o);
    case SYEVP_TXK_MONTH: /* quinzaines */
        s->part = o == 1 ? SYEVP_P_HALF1 : SYEVP_P_HALF2;
        return o == 1 || o == 2 || o == -1;
    case SYEVP_TXK_NTHWDAY:
        s->n = o;
        s->rel = S_group_text(mv, G_Q, q, sizeof q) ? S_qualifier(q) : SYEVP_SEM_NO_REL;
        return o != 0 && s->wd > 0 && (s->m > 0 || s->rel != SYEVP_SEM_NO_REL);
    default: /* NTHWEEK */
        s->n = o;
        return o != 0 && s->m > 0;
    }
}

/* ================================================================== */
/* Detection                                                           */
/* ================================================================== */

#define LOOKBACK 48 /* bytes before an anchor where its expression may start */


static bool S_word_byte(unsigned char c)
{
    return syevp_word_bytes[c];
}

/* An anchor's word (its query) and where it ends, and the rows read
 * (S_row_may_follow) for what follows it: those that may hold it. */
typedef struct anchor_follow {
    size_t query, word_end;
    row_set read, may;
} anchor_follow;

/* An anchor found by the scan: [begin, end), and the form it is when the
 * forms told (an index of forms, else SIZE_MAX). */
typedef struct anchor_span {
    size_t begin, end, form;
} anchor_span;

/* What the rows gave at the starts tried lately: anchors close together
 * look back over the same starts, and a row that failed at a start fails
 * there again (whatever the anchor).  Direct-mapped on the start. */
#define MEMO_SLOTS 64 /* more than LOOKBACK + 1: a look-back never collides with itself */
typedef struct memo_slot {
    size_t start;    /* SIZE_MAX: empty */
    bool has_keys;   /* the start keys were looked up (settled holds the rows they rule out) */
    size_t pair, second_at; /* S_pair_at's */
    row_set settled; /* the rows whose outcome here is known */
    row_set matched; /* those of them that matched */
} memo_slot;
typedef struct row_memo {
    memo_slot slot[MEMO_SLOTS];
} row_memo;

static void S_memo_init(row_memo *m)
{
    for (size_t k = 0; k < MEMO_SLOTS; k++)
        m->slot[k].start = SIZE_MAX;
}

static void S_set_andnot(row_set *to, const row_set *from)
{
    for (size_t w = 0; w < ROW_WORDS; w++)
        to->bits[w] &= ~from->bits[w];
}

/* The rows worth trying at `start` among `allowed` (those that can hold
 * the anchor): the ones that matched here before, and those not settled
 * here yet that the start's characters allow (looked up once). */
static void S_rows_to_try(const syevp_timex_engine *eng, const syevp_text *t, row_memo *memo,
                          size_t start, size_t pair_at, size_t second_at, const row_set *allowed,
                          row_set *rows)
{
    memo_slot *slot = &memo->slot[start % MEMO_SLOTS];
    if (slot->start != start) {
        slot->start = start;
        slot->has_keys = false;
        const row_set *first = &eng->rows_by_first[(unsigned char)t->fold[start]];
        slot->pair = pair_at;
        slot->second_at = second_at;
        const row_set *pair = &eng->rows_by_pair[slot->pair];
        for (size_t w = 0; w < ROW_WORDS; w++)
            slot->settled.bits[w] = ~(first->bits[w] & pair->bits[w]);
        memset(&slot->matched, 0, sizeof slot->matched);
    }
    *rows = *allowed;
    S_set_andnot(rows, &slot->settled);
    if (!slot->has_keys && !S_set_empty(rows)) {
        row_set keys;
        S_rows_from_pair(eng, t, start, slot->pair, slot->second_at, &keys);
        for (size_t w = 0; w < ROW_WORDS; w++)
            slot->settled.bits[w] |= ~keys.bits[w];
        slot->has_keys = true;
        S_set_andnot(rows, &slot->settled);
    }
    row_set again = slot->matched;
    S_set_and(&again, allowed);
    S_set_or(rows, &again);
}

/* Can row i hold the anchor's word followed by the bytes after it (the
 * row's DFA, see S_file_anchor_rows)? */
static bool S_row_may_follow(const syevp_timex_engine *eng, const syevp_text *t,
                             const anchor_follow *after, size_t i)
{
    unsigned state = eng->dfa_start[after->query * ROW_COUNT + i];
    const size_t end = t->fold_len - after->word_end < DFA_DEPTH ? t->fold_len
                                                                 : after->word_end + DFA_DEPTH;
    for (size_t p = after->word_end;
         state > DFA_OPEN && !eng->dfa_next[state][DFA_ACCEPTS] && p < end; p++)
        state = eng->dfa_next[state][eng->byte_class[(unsigned char)t->fold[p]]];
    return state != DFA_DEAD;
}

/* Leaves out of rows those that cannot hold the anchor for what follows
 * its word (each row read once per anchor). */
static void S_keep_followed(const syevp_timex_engine *eng, const syevp_text *t,
                            anchor_follow *after, row_set *rows)
{
    row_set unread = *rows;
    S_set_andnot(&unread, &after->read);
    while (!S_set_empty(&unread)) {
        const size_t i = S_set_take(&unread);
        if (i >= ROW_COUNT)
            break;
        S_set_add(&after->read, i);
        if (S_row_may_follow(eng, t, after, i))
            S_set_add(&after->may, i);
    }
    S_set_and(rows, &after->may);
}

/* The furthest a match of row i at start can end, by its DFA (see
 * S_file_anchor_rows): 0 when no match can be made there, SIZE_MAX when
 * the DFA cannot tell. */
static size_t S_row_reach(const syevp_timex_engine *eng, const syevp_text *t, size_t start,
                          size_t i)
{
    unsigned state = eng->dfa_first[i][eng->byte_class[(unsigned char)t->fold[start]]];
    const size_t end = t->fold_len - start < DFA_DEPTH ? t->fold_len : start + DFA_DEPTH;
    size_t reach = 0;
    for (size_t p = start + 1; state > DFA_OPEN; p++) {
        if (eng->dfa_next[state][DFA_ACCEPTS])
            reach = p;
        if (p == end)
            return SIZE_MAX;
        state = eng->dfa_next[state][eng->byte_class[(unsigned char)t->fold[p]]];
    }
    return state == DFA_DEAD ? reach : SIZE_MAX;
}

/* Can one of the rows hold the anchor for what follows its word?  (The
 * rows read are kept for S_keep_followed.) */
static bool S_any_followed(const syevp_timex_engine *eng, const syevp_text *t,
                           anchor_follow *after, const row_set *rows)
{
    row_set unread = *rows;
    while (!S_set_empty(&unread)) {
        const size_t i = S_set_take(&unread);
        if (i >= ROW_COUNT)
            break;
        S_set_add(&after->read, i);
        if (S_row_may_follow(eng, t, after, i)) {
            S_set_add(&after->may, i);
            return true;
        }
    }
    return false;
}

/* Can a row of `allowed` match at `start`, by the first byte there and
 * the classes of the first two key characters (rows_by_first,
 * rows_by_pair; S_pair_at's answers in *pair and *second_at)?
 * S_rows_to_try offers no other row, so where none can S_try_rows would
 * try nothing: most starts looked back over are passed by this test
 * without a memo slot. */
static bool S_start_may_match(const syevp_timex_engine *eng, const syevp_text *t, size_t start,
                              const row_set *allowed, size_t *pair, size_t *second_at)
{
    const row_set *first = &eng->rows_by_first[(unsigned char)t->fold[start]];
    uint64_t any = 0;
    for (size_t w = 0; w < ROW_WORDS; w++)
        any |= allowed->bits[w] & first->bits[w];
    if (!any)
        return false;
    *pair = S_pair_at(eng, t, start, second_at);
    const row_set *by_pair = &eng->rows_by_pair[*pair];
    any = 0;
    for (size_t w = 0; w < ROW_WORDS; w++)
        any |= allowed->bits[w] & first->bits[w] & by_pair->bits[w];
    return any != 0;
}

/* Tries the rows anchored at `start` that can hold the anchor (`allowed`);
 * the longest accepted match that reaches past `anchor` is kept in *best. */
static int S_try_rows(const syevp_timex_engine *eng, syevp_run *run, row_memo *memo, size_t start,
                      size_t pair, size_t second_at, size_t anchor, const row_set *allowed,
                      anchor_follow *after, syevp_txcand *best)
{
    const syevp_text *t = &run->doc->text;
    const syevp_regex_env *env = &run->ex->re;
    bool found = false;
    row_set rows, alive = *allowed;
    if (after) { /* less the rows read dead for this anchor already */
        row_set dead = after->read;
        S_set_andnot(&dead, &after->may);
        S_set_andnot(&alive, &dead);
    }
    S_rows_to_try(eng, t, memo, start, pair, second_at, &alive, &rows);
    if (after && !S_set_empty(&rows))
        S_keep_followed(eng, t, after, &rows); /* (not settled here: other anchors may) */
    row_set *settled = &memo->slot[start % MEMO_SLOTS].settled;
    row_set *matched = &memo->slot[start % MEMO_SLOTS].matched;
    S_set_or(settled, &rows);
    while (!S_set_empty(&rows)) {
        const size_t i = S_set_take(&rows);
        if (i >= ROW_COUNT)
            break;
        const size_t reach = S_row_reach(eng, t, start, i);
        if (reach == 0)
            continue; /* it cannot match here (settled: whatever the anchor) */
        if (reach <= anchor || (found && reach - start <= best->end - start)) {
            /* its match would not be kept for this anchor: not settled */
            settled->bits[i / 64] &= ~(UINT64_C(1) << i % 64);
            continue;
        }
        int rc = syevp_regex_match(env, eng->rows[i], t->fold, t->fold_len, start, run->doc->md,
                                   run->err);
        if (rc < 0) {
            memo->slot[start % MEMO_SLOTS].start = SIZE_MAX;
            return rc;
        }
        if (rc == 0)
            continue;
        S_set_add(matched, i);
        const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(run->doc->md);
        match_view mv = {eng->rows[i], eng->group_numbers[i], run->doc->md, t->fold, t->fold_len,
                         ov[0], ov[1]};
        while (mv.end > mv.begin && (t->fold[mv.end - 1] == ' ' || t->fold[mv.end - 1] == '\t' ||
                                     t->fold[mv.end - 1] == ','))
            mv.end--;
        if (mv.end <= anchor || (found && mv.end - start <= best->end - start))
            continue;
        /* A row must not stop inside a word ("prochain" of "prochaine"). */
        if (mv.end < t->fold_len && S_word_byte((unsigned char)t->fold[mv.end]) &&
            S_word_byte((unsigned char)t->fold[mv.end - 1]))
            continue;
        syevp_txsem sem = ROWS[i].preset;
        if (!ROWS[i].handle(&mv, &sem))
            continue;
        best->begin = mv.begin;
        best->end = mv.end;
        best->sem = sem;
        best->tx_flags = 0;
        found = true;
    }
    return found ? 1 : 0;
}

/* The start of the line `a` is on, or lo if that is before it: after the
 * last '\n' in [lo, a), looked for eight bytes at a time. */
static size_t S_line_start(const char *s, size_t lo, size_t a)
{
    size_t i = a;
    for (; i - lo >= 8; i -= 8) {
        const uint64_t w = S_load8(s + i - 8) ^ (ONES * '\n');
        if ((w - ONES) & ~w & HIGHS)
            break; /* a '\n' among these eight bytes */
    }
    while (i > lo && s[i - 1] != '\n')
        i--;
    return i;
}

static bool S_form_at(const anchor_form *w, const char *s, size_t len, size_t p);

/* The query of the anchor [a, ae) of the text s (see S_index_anchor_rows)
 * and in *word_end the end of its word (before any '-'); -1 when it is no
 * form of the words (PCRE2 found it next to other characters). */
static int S_anchor_query(const syevp_timex_engine *eng, const char *s, size_t len, size_t a,
                          size_t ae, size_t *word_end)
{
    const unsigned char c = (unsigned char)s[a];
    if (c >= '0' && c <= '9') {
        size_t n = 1;
        while (n < DIGIT_RUN && a + n < len && S_is_digit(s[a + n]))
            n++;
        *word_end = a + n;
        return eng->digit_query + (int)n - 1;
    }
    if (c < 'a' || c > 'z' || !eng->form_count)
        return -1;
    size_t head = 1; /* the forms are grouped by their letters before any '-' */
    while (a + head < ae && s[a + head] >= 'a' && s[a + head] <= 'z')
        head++;
    if (head >= ANCHOR_FORM_LEN)
        return -1;
    const uint16_t *begin = eng->form_begin[c - 'a'];
    for (size_t f = begin[head]; f < begin[head + 1]; f++) {
        const anchor_form *w = &eng->forms[f];
        if (w->len == ae - a && S_form_at(w, s, len, a)) {
            *word_end = a + w->head;
            return w->query;
        }
    }
    return -1;
}

/* The entry of rows_by_anchor and anchor_reach for the anchor [a, ae) and
 * what follows it, SIZE_MAX when its word is none of the queries; the
 * query and the end of its word in *after (when not NULL).  `form`: the
 * form the scan found there (S_anchor_word_end), SIZE_MAX when unknown
 * (then looked up). */
static inline size_t S_anchor_entry(const syevp_timex_engine *eng, const char *s, size_t len,
                                    size_t a, size_t ae, size_t form, anchor_follow *after)
{
    size_t d = 0;
    int query;
    if (form != SIZE_MAX) {
        query = eng->forms[form].query;
        d = a + eng->forms[form].head;
    } else {
        query = S_anchor_query(eng, s, len, a, ae, &d);
    }
    if (query < 0)
        return SIZE_MAX;
    if (after) {
        after->query = (size_t)query;
        after->word_end = d;
    }
    while (d < len && (s[d] == ' ' || s[d] == '\t'))
        d++;
    const int next = d < len ? S_char_class((unsigned char)s[d]) : CLS_END;
    return (size_t)query * (CLS_END + 1) + (size_t)next;
}

/* In a plain text, where a match that holds the anchor at a = bounds[ia]
 * can start at the earliest: the reach-th word start counted back from a
 * (a included), or lo when fewer lie after lo. */
static size_t S_reach_back(const syevp_text *t, size_t ia, size_t lo, unsigned reach)
{
    const char *s = t->fold;
    size_t start = t->bounds[ia];
    for (size_t j = ia; j-- > 0 && reach > 1;) {
        const size_t x = t->bounds[j];
        if (x < lo)
            break;
        if (S_word_byte((unsigned char)s[x]) && (x == 0 || !S_word_byte((unsigned char)s[x - 1]))) {
            start = x;
            reach--;
        }
    }
    return reach > 1 ? lo : start;
}

/* Does a word start at p (a word byte after none)? */
static bool S_word_start(const char *s, size_t p)
{
    return S_word_byte((unsigned char)s[p]) && (p == 0 || !S_word_byte((unsigned char)s[p - 1]));
}

/* Finds the expression around the anchor *an: the leftmost start
 * (a word start on the anchor's line at most LOOKBACK bytes before, after
 * `floor`) wins.  In a text without '_' (`plain`) every word start is one
 * of the text's word boundaries (text.c), and only those are looked at. */
static int S_parse_around(const syevp_timex_engine *eng, syevp_run *run, row_memo *memo,
                          const anchor_span *an, size_t floor, bool plain, syevp_txcand *out)
{
    const syevp_text *t = &run->doc->text;
    const char *s = t->fold;
    const size_t a = an->begin;
    anchor_follow after;
    memset(&after.read, 0, sizeof after.read);
    memset(&after.may, 0, sizeof after.may);
    const size_t entry = S_anchor_entry(eng, s, t->fold_len, a, an->end, an->form, &after);
    const row_set *allowed = entry == SIZE_MAX ? &eng->all_rows : &eng->rows_by_anchor[entry];
    if (entry != SIZE_MAX && !S_any_followed(eng, t, &after, allowed))
        return 0; /* (nor when none is allowed) */
    size_t lo = S_line_start(s, a > floor + LOOKBACK ? a - LOOKBACK : floor, a);
    size_t i = 0;
    if (plain) {
        const size_t ia = syevp_first_bound(t, a);
        i = syevp_first_bound(t, lo);
        /* a word start every other boundary at most: a reach below their
         * count rules the first ones out */
        const unsigned reach = entry == SIZE_MAX ? NO_REACH : eng->anchor_reach[entry];
        if (reach != NO_REACH && ia < t->bound_count && t->bounds[ia] == a &&
            (ia - i) / 2 + 1 > reach) {
            lo = S_reach_back(t, ia, lo, reach);
            i = syevp_first_bound(t, lo);
        }
    }
    for (size_t p = lo; p <= a; p++) {
        if (plain) {
            if (i == t->bound_count || t->bounds[i] > a)
                break;
            p = t->bounds[i++];
        }
        if (!S_word_start(s, p))
            continue;
        /* In a plain text the boundary after a word start starts no word:
         * the bytes up to it are ASCII word bytes, or the rest of one
         * character beyond ASCII (word bytes too). */
        i += plain && i < t->bound_count;
        size_t pair, second_at;
        if (!S_start_may_match(eng, t, p, allowed, &pair, &second_at))
            continue;
        int rc = S_try_rows(eng, run, memo, p, pair, second_at, a, allowed,
                            entry == SIZE_MAX ? NULL : &after, out);
        if (rc != 0)
            return rc;
    }
    return 0;
}

typedef struct cand_list {
    syevp_txcand *v;
    size_t n, cap;
} cand_list;

/* The anchor scan.  The anchors pattern is (?<![a-z0-9])(?:\d|(?:words)\b);
 * where every character is ASCII the forms of the words decide alone, as
 * the pattern would, and PCRE2 is asked only next to other characters
 * (\d and \b with UCP know Unicode). */

static bool S_lower_alnum(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* Does \b hold at e, just after a letter?  -1 when PCRE2 must tell. */
static int S_boundary_after_letter(const char *s, size_t len, size_t e)
{
    const unsigned char c = e < len ? (unsigned char)s[e] : 0;
    if (c >= 0x80)
        return -1;
    return !(S_lower_alnum(c) || (c >= 'A' && c <= 'Z') || c == '_');
}

static bool S_lower_letter(unsigned char c)
{
    return c >= 'a' && c <= 'z';
}

/* Is the form w at p (which has room for it)?  One comparison of eight
 * bytes where the text has them, memcmp() for the rest. */
static bool S_form_at(const anchor_form *w, const char *s, size_t len, size_t p)
{
    if (p + 8 > len || !syevp_little_endian())
        return memcmp(s + p, w->text, w->len) == 0;
    return (S_load8(s + p) & w->mask8) == w->first8 &&
           (w->len <= 8 || memcmp(s + p + 8, w->text + 8, w->len - 8u) == 0);
}

/* The end of the anchor word at p, where `letters` letters [a-z] start
 * after no [a-z0-9]: the first form of the words there that is followed by
 * \b.  0 when there is none, SIZE_MAX when a \b next to a non-ASCII
 * character decides. */
static size_t S_anchor_word_end(const syevp_timex_engine *eng, const char *s, size_t len,
                                size_t p, size_t letters, size_t *form)
{
    if (letters >= ANCHOR_FORM_LEN)
        return 0;
    const uint16_t *begin = eng->form_begin[s[p] - 'a'];
    for (size_t f = begin[letters]; f < begin[letters + 1]; f++) {
        const anchor_form *w = &eng->forms[f];
        if (w->len > len - p || !S_form_at(w, s, len, p))
            continue;
        const int b = S_boundary_after_letter(s, len, p + w->len);
        *form = f;
        if (b != 0)
            return b > 0 ? p + w->len : SIZE_MAX;
    }
    return 0;
}

/* The anchors pattern itself over [pos, len) (len may stop short of the text). */
static int S_anchor_search(syevp_run *run, const pcre2_code *re, size_t pos, size_t len,
                           anchor_span *out)
{
    int rc = syevp_regex_match(&run->ex->re, re, run->doc->text.fold, len, pos, run->doc->md,
                               run->err);
    if (rc <= 0)
        return rc;
    const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(run->doc->md);
    out->begin = ov[0];
    out->end = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
    out->form = SIZE_MAX;
    return 1;
}

/* Tries the run of [a-z0-9] at p (after no such byte), whose first
 * `letters` bytes are letters: 1 with *out when an anchor starts there, 0
 * when none, or a negative status. */
static int S_anchor_at(const syevp_timex_engine *eng, syevp_run *run, size_t p, size_t letters,
                       anchor_span *out)
{
    if (letters == 0) { /* a digit */
        *out = (anchor_span){p, p + 1, SIZE_MAX};
        return 1;
    }
    const syevp_text *t = &run->doc->text;
    size_t form = SIZE_MAX;
    const size_t e = S_anchor_word_end(eng, t->fold, t->fold_len, p, letters, &form);
    if (e == SIZE_MAX)
        return S_anchor_search(run, eng->anchors_here, p, t->fold_len, out);
    *out = (anchor_span){p, e, form};
    return e != 0;
}

#define NON_ASCII_STRETCH 32 /* bytes: a longer stretch of other characters goes to PCRE2 */

/* The anchors pattern from p, a byte beyond ASCII: up to the next [a-z0-9]
 * only a \d beyond ASCII can match, one character with no look ahead, so
 * PCRE2 searches that stretch.  A stretch longer than NON_ASCII_STRETCH
 * (text in another script) is left to PCRE2 up to the end: its first match
 * from p is the answer anyway, and the stretch is not read twice.  *next is
 * where the scan goes on. */
static int S_anchor_beyond_ascii(const syevp_timex_engine *eng, syevp_run *run, size_t p,
                                 size_t *next, anchor_span *out)
{
    const char *s = run->doc->text.fold;
    const size_t len = run->doc->text.fold_len;
    size_t r = p;
    while (r < len && r - p < NON_ASCII_STRETCH && !S_lower_alnum((unsigned char)s[r]))
        r++;
    if (r < len && !S_lower_alnum((unsigned char)s[r]))
        r = len;
    *next = r;
    return S_anchor_search(run, eng->anchors, p, r, out);
}

/* The first anchor in [p, e), ASCII bytes, byte by byte: a run of [a-z0-9]
 * after no such byte. */
static int S_anchor_bytewise(const syevp_timex_engine *eng, syevp_run *run, size_t p, size_t e,
                             anchor_span *out)
{
    const char *s = run->doc->text.fold;
    while (p < e) {
        if (!S_lower_alnum((unsigned char)s[p])) {
            p++;
            continue;
        }
        const bool first = p == 0 || !S_lower_alnum((unsigned char)s[p - 1]);
        size_t q = p;
        while (q < e && S_lower_letter((unsigned char)s[q]))
            q++;
        int rc = first ? S_anchor_at(eng, run, p, q - p, out) : 0;
        if (rc != 0)
            return rc;
        while (q < e && S_lower_alnum((unsigned char)s[q]))
            q++;
        p = q;
    }
    return 0;
}

static bool S_ascii_word_byte(unsigned char c)
{
    return S_lower_alnum(c) || (c >= 'A' && c <= 'Z') || c == '_';
}

/* Can a form of first letter c and head n have the bytes w[1] and w[2]
 * second and third (the word w has n bytes)?  (A word of letters then
 * digits has fewer letters than n: it cannot be an anchor, as
 * S_next_anchor tells, so they need not be letters.)  Most words that
 * reach here are ruled out by their third letter ("des" by "dec"). */
static inline bool S_first_letters_fit(const syevp_timex_engine *eng, unsigned char c, size_t n,
                                       const char *w)
{
    const uint32_t seconds = eng->form_seconds[c - 'a'][n];
    if (n == 1)
        return seconds >> 31 & 1u;
    const unsigned char d = (unsigned char)w[1];
    if (!S_lower_letter(d) || !(seconds >> (d - 'a') & 1u))
        return false;
    const unsigned char third = n >= 3 ? (unsigned char)w[2] : 'a';
    return n < 3 || (S_lower_letter(third) && (eng->form_thirds[c - 'a'][n] >> (third - 'a') & 1u));
}

/* The anchor the word of letters [b, e) may be (its length is one the
 * forms of its first letter have): the letters before a digit decide. */
static int S_anchor_in_letters(const syevp_timex_engine *eng, syevp_run *run, size_t b, size_t e,
                               anchor_span *out)
{
    const char *s = run->doc->text.fold;
    size_t q = b + 1;
    while (q < e && S_lower_letter((unsigned char)s[q]))
        q++;
    return S_anchor_at(eng, run, b, q - b, out);
}

/* Must the word [b[0], b[1]) be looked at: is it not a word of ASCII
 * letters ruled out by its length and second letter (word_stops)?  (A
 * word of 32 bytes or more is read as one of its length modulo 32: looked
 * at or not, it is no form, and S_next_anchor passes over it too.) */
static inline bool S_word_stops(const syevp_timex_engine *eng, const unsigned char *u,
                                const uint32_t *b)
{
    const size_t p = b[0], e = b[1];
    const uint32_t n = b[1] - b[0];
    /* (the second byte: a letter's class, else 26, that of a one-letter form) */
    const uint32_t stops = eng->stops_by_bytes[S_two_bytes(u + p)];
    /* (e < bounds[i + 2] <= len: s[e] is in the text) */
    return (stops >> (n & 31u) & 1u) || u[e] >= 0x80;
}

/* In a plain text, from the word boundary bounds[i] on: the index of the
 * first boundary that is not the start of a word S_word_stops rules out
 * (most words), or where the bounds run short.  Each word skipped ends
 * before an ASCII byte, so the boundary after its end starts the next
 * word. */
static size_t S_skip_by_stops(const syevp_timex_engine *eng, const char *s,
                              const uint32_t *bounds, size_t nb, size_t i)
{
    const unsigned char *u = (const unsigned char *)s;
    const uint32_t *b = bounds + i, *const last = nb > i + 2 ? bounds + nb - 2 : b;
    /* two words a turn */
    for (; b + 2 < last; b += 4) {
        if (S_word_stops(eng, u, b))
            return (size_t)(b - bounds);
        if (S_word_stops(eng, u, b + 2))
            return (size_t)(b + 2 - bounds);
    }
    if (b < last && !S_word_stops(eng, u, b))
        b += 2;
    return (size_t)(b - bounds);
}

/* The same, less also the words of ASCII letters whose first three
 * letters no form has (S_first_letters_fit): S_next_anchor would pass
 * over them too. */
static size_t S_skip_plain_words(const syevp_timex_engine *eng, const char *s,
                                 const uint32_t *bounds, size_t nb, size_t i)
{
    for (;; i += 2) {
        i = S_skip_by_stops(eng, s, bounds, nb, i);
        if (i + 2 >= nb)
            return i;
        const size_t p = bounds[i], e = bounds[i + 1], n = e - p;
        const unsigned char c = (unsigned char)s[p];
        if ((unsigned char)s[e] >= 0x80 || n >= ANCHOR_FORM_LEN || !S_lower_letter(c) ||
            S_first_letters_fit(eng, c, n, s + p))
            return i;
    }
}

/* The first anchor at or after pos, as the anchors pattern finds it: 1 with
 * [*a, *ae), 0 when there is none, or a negative status.  Only the first
 * byte of a run of [a-z0-9] can start one (the look-behind).
 *
 * The scan goes from word to word along the text's word boundaries
 * (text.c): in ASCII text they are where word bytes [a-z0-9_] start and end
 * (the folded text has no capitals), next to other characters every
 * character's start.  When the text holds no '_' (`plain`), a word that
 * starts with a letter is a run of [a-z0-9], and only the letters of a
 * length some anchor form of that letter has can be one (letters followed
 * by digits cannot: no \b follows them), so most words are ruled out by
 * their length alone.  Anything else goes byte by byte. */
static int S_next_anchor(const syevp_timex_engine *eng, syevp_run *run, size_t pos, bool plain,
                         anchor_span *out)
{
    const syevp_text *t = &run->doc->text;
    const char *s = t->fold;
    const size_t len = t->fold_len, nb = t->bound_count;
    const uint32_t *bounds = t->bounds, *heads = eng->form_heads;
    if (!eng->form_count)
        return S_anchor_search(run, eng->anchors, pos, len, out);
    size_t p = pos, i = syevp_first_bound(t, pos);
    while (p < len) {
        if (plain && i < nb && p == bounds[i]) {
            i = S_skip_plain_words(eng, s, bounds, nb, i);
            p = i < nb ? bounds[i] : len;
            if (p >= len)
                break;
        }
        const size_t b = i < nb ? bounds[i] : len;
        const unsigned char c = (unsigned char)s[p];
        int rc = 0;
        if (p == b && plain && S_lower_letter(c)) {
            const size_t e = ++i < nb ? bounds[i] : len;
            if (e - p < ANCHOR_FORM_LEN && (heads[c - 'a'] >> (e - p) & 1u) &&
                S_first_letters_fit(eng, c, e - p, s + p))
                rc = S_anchor_in_letters(eng, run, p, e, out);
            p = e;
            if (p < len && (unsigned char)s[p] < 0x80) /* a word's end: on to the next */
                p = ++i < nb ? bounds[i] : len;
        } else if (p < b) {
            /* inside a word (just after an anchor or a stretch beyond
             * ASCII): the rest of it */
            if (S_ascii_word_byte(c))
                rc = S_anchor_bytewise(eng, run, p, b, out);
            p = b;
        } else if (c >= '0' && c <= '9') {
            *out = (anchor_span){p, p + 1, SIZE_MAX};
            rc = 1;
        } else if (c >= 0x80) {
            rc = S_anchor_beyond_ascii(eng, run, p, &p, out);
            i = syevp_first_bound(t, p);
        } else if (S_ascii_word_byte(c)) {
            const size_t e = ++i < nb ? bounds[i] : len;
            rc = S_anchor_bytewise(eng, run, p, e, out);
            p = e;
        } else {
            p = ++i < nb ? bounds[i] : len; /* the end of a word */
        }
        if (rc != 0)
            return rc;
    }
    return 0;
}

static syev_status S_detect(const syevp_timex_engine *eng, syevp_run *run, cand_list *out)
{
    const syevp_text *t = &run->doc->text;
    size_t pos = 0, floor = 0;
    /* without '_' a word between two boundaries is one run of [a-z0-9] */
    const bool plain = !memchr(t->fold, '_', t->fold_len);
    row_memo memo;
    S_memo_init(&memo);
    while (pos < t->fold_len) {
        anchor_span an;
        int rc = S_next_anchor(eng, run, pos, plain, &an);
        if (rc <= 0)
            return rc < 0 ? (syev_status)rc : SYEV_OK;
        syevp_txcand c;
        rc = S_parse_around(eng, run, &memo, &an, floor, plain, &c);
        if (rc < 0)
            return (syev_status)rc;
        if (rc == 0) {
            pos = an.end;
            continue;
        }
        if (!syevp_grow(&run->doc->alloc, (void **)&out->v, &out->cap, out->n + 1, sizeof *out->v))
            return syevp_fail(run->err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
        out->v[out->n++] = c;
        floor = pos = c.end;
    }
    return SYEV_OK;
}

/* For tests (test_timex.c): does every row that matches somewhere in
 * `text` (folded) pass the filter of S_candidate_rows there, and end no
 * further than its DFA says (S_row_reach)?  1 yes, 0 no
 * (the filter would skip a match), -1 on error. */
int syevp_timex_rows_agree(const syev_extractor *ex, const char *text)
{
    const syevp_timex_engine *eng = ex->timex;
    syevp_text t;
    pcre2_match_data *md;
    if (!syevp_fold_for_test(&ex->alloc, text, strlen(text), 64, &t, &md))
        return -1;
    int agrees = 1;
    for (size_t p = 0; agrees == 1 && p < t.fold_len; p++) {
        if (((unsigned char)t.fold[p] & 0xC0) == 0x80)
            continue; /* inside a character */
        row_set rows, walked = eng->rows_anywhere;
        /* the first two levels by their classes give what the walk gives */
        S_rows_for_start(eng, &t, p, &rows);
        S_walk_keys(eng, &t, p, 1, 0, &walked);
        agrees = memcmp(&rows, &walked, sizeof rows) == 0;
        S_candidate_rows(eng, &t, p, &rows);
        for (size_t i = 0; agrees == 1 && i < ROW_COUNT; i++) {
            const size_t reach = S_set_has(&rows, i) ? S_row_reach(eng, &t, p, i) : 0;
            const int rc = pcre2_match(eng->rows[i], (PCRE2_SPTR)t.fold, t.fold_len, p, 0, md,
                                       NULL);
            agrees = rc >= 0 ? pcre2_get_ovector_pointer(md)[1] <= reach
                     : rc == PCRE2_ERROR_NOMATCH ? 1
                                                 : -1;
        }
    }
    pcre2_match_data_free(md);
    syevp_text_release(&t, &ex->alloc);
    return agrees;
}

int syevp_timex_row_keys_agree(const syev_extractor *ex)
{
    uint64_t *keys = syevp_malloc(&ex->alloc, 4 * ROW_KEYS * sizeof *keys);
    int agree = keys ? 1 : -1;
    for (size_t i = 0; agree == 1 && i < ROW_COUNT; i++) {
        const int n = S_row_keys(ex, i, keys, false);
        const int whole = S_row_keys(ex, i, keys + 2 * ROW_KEYS, true);
        if (n < 0 || whole < 0)
            agree = -1;
        else if (n != whole || memcmp(keys, keys + 2 * ROW_KEYS, (size_t)n * sizeof *keys) != 0)
            agree = 0;
    }
    syevp_free(&ex->alloc, keys);
    return agree;
}

/* The anchors of the folded text t, as the anchors pattern finds them
 * from the start ([v[2k], v[2k + 1]) each), into *out: their count, or -1. */
static int S_all_anchors(const syevp_timex_engine *eng, const syevp_text *t,
                         pcre2_match_data *md, const syev_allocator *a, size_t **out)
{
    size_t n = 0, cap = 0, pos = 0;
    *out = NULL;
    while (pos < t->fold_len) {
        const int rc = pcre2_match(eng->anchors, (PCRE2_SPTR)t->fold, t->fold_len, pos, 0, md, NULL);
        if (rc == PCRE2_ERROR_NOMATCH)
            break;
        if (rc < 0 || !syevp_grow(a, (void **)out, &cap, n + 2, sizeof **out))
            return -1;
        const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        (*out)[n++] = ov[0];
        (*out)[n++] = pos = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
    }
    return (int)(n / 2);
}

/* Would the scan keep row i's match [p, e) around the anchor at a (see
 * S_try_rows)? */
static bool S_kept_around(const syevp_text *t, size_t e, size_t a)
{
    while (e > 0 && (t->fold[e - 1] == ' ' || t->fold[e - 1] == '\t' || t->fold[e - 1] == ','))
        e--;
    return e > a && !(e < t->fold_len && S_word_byte((unsigned char)t->fold[e]) &&
                      S_word_byte((unsigned char)t->fold[e - 1]));
}

/* The word starts in [p, a]. */
static size_t S_word_starts_in(const syevp_text *t, size_t p, size_t a)
{
    size_t n = 0;
    for (size_t x = p; x <= a; x++)
        n += S_word_byte((unsigned char)t->fold[x]) &&
             (x == 0 || !S_word_byte((unsigned char)t->fold[x - 1]));
    return n;
}

/* For tests (test_timex.c): does every row that matches somewhere in `text`
 * (folded) hold, for each anchor its match would be kept around, what
 * rows_by_anchor says it can, with no more word starts before it than
 * anchor_reach says, and with what follows the word allowed by the row's
 * DFA (S_row_may_follow)?  1 yes, 0 no, -1 on error. */
/* Does the scan over plain words (S_next_anchor) look at the word of the
 * anchor that starts at a, a letter: its length, first, second and third
 * letters fit those of some form (form_heads, S_word_stops, form_thirds)? */
static bool S_scan_looks_at(const syevp_timex_engine *eng, const syevp_text *t, size_t a)
{
    const char *s = t->fold;
    size_t e = a;
    while (e < t->fold_len && S_lower_alnum((unsigned char)s[e]))
        e++;
    const size_t n = e - a;
    const unsigned char c = (unsigned char)s[a];
    if (n >= ANCHOR_FORM_LEN || !(eng->form_heads[c - 'a'] >> n & 1u))
        return false;
    const uint32_t word[2] = {(uint32_t)a, (uint32_t)e}; /* its bounds, as the skip reads them */
    return S_word_stops(eng, (const unsigned char *)s, word) &&
           S_first_letters_fit(eng, c, n, s + a);
}

/* Does the form the scan finds for the anchor [a, ae) (a letter at a)
 * give the entry that looking its word up gives (S_anchor_entry)? */
static bool S_form_entry_agrees(const syevp_timex_engine *eng, const syevp_text *t, size_t a,
                                size_t ae)
{
    size_t letters = 0, form = SIZE_MAX;
    while (S_lower_letter((unsigned char)t->fold[a + letters]))
        letters++;
    if (S_anchor_word_end(eng, t->fold, t->fold_len, a, letters, &form) != ae)
        return true; /* not the scan's own answer (PCRE2 or a digit tells) */
    anchor_follow known = {0}, looked = {0};
    const size_t entry = S_anchor_entry(eng, t->fold, t->fold_len, a, ae, form, &known);
    return entry == S_anchor_entry(eng, t->fold, t->fold_len, a, ae, SIZE_MAX, &looked) &&
           (entry == SIZE_MAX ||
            (known.query == looked.query && known.word_end == looked.word_end));
}

int syevp_timex_anchor_rows_agree(const syev_extractor *ex, const char *text)
{
    const syevp_timex_engine *eng = ex->timex;
    syevp_text t;
    pcre2_match_data *md;
    if (!syevp_fold_for_test(&ex->alloc, text, strlen(text), 64, &t, &md))
        return -1;
    size_t *anchors = NULL;
    const int count = S_all_anchors(eng, &t, md, &ex->alloc, &anchors);
    int agrees = count >= 0 ? 1 : -1;
    for (int k = 0; agrees == 1 && eng->form_count && k < count; k++)
        if (S_lower_letter((unsigned char)t.fold[anchors[2 * k]]) &&
            (!S_scan_looks_at(eng, &t, anchors[2 * k]) ||
             !S_form_entry_agrees(eng, &t, anchors[2 * k], anchors[2 * k + 1])))
            agrees = 0; /* the scan would skip an anchor's word, or misread it */
    for (size_t p = 0; agrees == 1 && p < t.fold_len; p++) {
        if (((unsigned char)t.fold[p] & 0xC0) == 0x80)
            continue; /* inside a character */
        for (size_t i = 0; agrees == 1 && i < ROW_COUNT; i++) {
            const int rc = pcre2_match(eng->rows[i], (PCRE2_SPTR)t.fold, t.fold_len, p, 0, md, NULL);
            if (rc == PCRE2_ERROR_NOMATCH)
                continue;
            if (rc < 0) {
                agrees = -1;
                break;
            }
            const size_t e = pcre2_get_ovector_pointer(md)[1];
            for (int k = 0; agrees == 1 && k < count; k++) {
                const size_t a = anchors[2 * k], ae = anchors[2 * k + 1];
                if (a < p || !S_kept_around(&t, e, a))
                    continue;
                anchor_follow after;
                const size_t entry = S_anchor_entry(eng, t.fold, t.fold_len, a, ae, SIZE_MAX, &after);
                if (entry != SIZE_MAX && (!S_set_has(&eng->rows_by_anchor[entry], i) ||
                                          (eng->anchor_reach[entry] != NO_REACH &&
                                           S_word_starts_in(&t, p, a) > eng->anchor_reach[entry]) ||
                                          !S_row_may_follow(eng, &t, &after, i)))
                    agrees = 0;
            }
        }
    }
    syevp_free(&ex->alloc, anchors);
    pcre2_match_data_free(md);
    syevp_text_release(&t, &ex->alloc);
    return agrees;
}

/* ================================================================== */
/* Dates                                                               */
/* ================================================================== */

void syevp_when_clear(syevp_when *w)
{
    memset(w, 0, sizeof *w);
    w->begin = w->end = SYEVP_NO_DAY;
}

/* snprintf() for the few conversions the values use ("%s", "%d", "%02d",
 * "%04d"), the same text without the cost of the general one: the values
 * of most expressions are formatted here. */
static void S_format(char *dst, size_t cap, const char *fmt, ...)
{
    if (cap == 0)
        return;
    va_list ap;
    va_start(ap, fmt);
    size_t o = 0;
    for (const char *f = fmt; *f; f++) {
        char tmp[16];
        const char *piece = tmp;
        size_t n = 0;
        if (f[0] != '%') {
            tmp[n++] = f[0];
        } else if (f[1] == 's') {
            piece = va_arg(ap, const char *);
            n = strlen(piece);
            f++;
        } else {
            int width = 0;
            if (f[1] == '0')
                width = f[2] - '0', f += 2; /* "%0Nd" */
            f++;                             /* at the 'd' */
            const int v = va_arg(ap, int);
            unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
            char digits[12];
            int nd = 0;
            do
                digits[nd++] = (char)('0' + u % 10);
            while (u /= 10);
            if (v < 0)
                tmp[n++] = '-';
            for (int z = (int)n + nd; z < width; z++)
                tmp[n++] = '0';
            while (nd > 0)
                tmp[n++] = digits[--nd];
        }
        n = o + n < cap ? n : cap - 1 - o;
        memcpy(dst + o, piece, n);
        o += n;
    }
    dst[o] = '\0';
    va_end(ap);
}

/* snprintf(dst, cap, "%s", src) without the format: the text, cut to fit. */
static void S_copy_text(char *dst, size_t cap, const char *src)
{
    if (cap == 0)
        return;
    size_t n = strlen(src);
    n = n < cap ? n : cap - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
}

void syevp_when_set_days(syevp_when *w, int32_t begin, int32_t end, syev_granularity gran,
                         syev_mod mod)
{
    int y, m, d;
    w->begin = begin;
    w->end = end;
    w->pub.mod = mod;
    w->pub.granularity = gran;
    syevp_format_day(begin, w->pub.begin);
    syevp_format_day(end, w->pub.end);
    syevp_civil_from_days(begin, &y, &m, &d);
    switch (gran) {
    case SYEV_GRAN_YEAR:
        S_format(w->pub.value, sizeof w->pub.value, "%04d", y);
        break;
    case SYEV_GRAN_MONTH:
        S_format(w->pub.value, sizeof w->pub.value, "%04d-%02d", y, m);
        break;
    case SYEV_GRAN_QUARTER:
        S_format(w->pub.value, sizeof w->pub.value, "%04d-Q%d", y, (m - 1) / 3 + 1);
        break;
    case SYEV_GRAN_WEEK: {
        int iy, wk;
        syevp_iso_week(begin, &iy, &wk);
        S_format(w->pub.value, sizeof w->pub.value, "%04d-W%02d", iy, wk);
        break;
    }
    default:
        /* A window (AFTER / BEFORE) is named by the day it starts from. */
        if (begin == end || mod == SYEV_MOD_AFTER) {
            S_copy_text(w->pub.value, sizeof w->pub.value, w->pub.begin);
        } else if (mod == SYEV_MOD_BEFORE) {
            S_copy_text(w->pub.value, sizeof w->pub.value, w->pub.end);
        } else {
            S_copy_text(w->pub.value, sizeof w->pub.value, w->pub.begin);
            const size_t n = strlen(w->pub.value);
            S_copy_text(w->pub.value + n, sizeof w->pub.value - n, "/");
            S_copy_text(w->pub.value + n + 1, sizeof w->pub.value - n - 1, w->pub.end);
        }
        break;
    }
}

static void S_when(syevp_when *w, const char *value, int32_t b, int32_t e, syev_granularity g,
                   syev_mod mod)
{
    syevp_when_clear(w);
    S_copy_text(w->pub.value, sizeof w->pub.value, value);
    w->begin = b;
    w->end = e;
    syevp_format_day(b, w->pub.begin);
    syevp_format_day(e, w->pub.end);
    w->pub.granularity = g;
    w->pub.mod = mod;
}

static void S_when_day(syevp_when *w, int32_t day)
{
    syevp_when_set_days(w, day, day, SYEV_GRAN_DAY, SYEV_MOD_NONE);
}

static void S_when_days(syevp_when *w, int32_t b, int32_t e)
{
    syevp_when_set_days(w, b, e, b == e ? SYEV_GRAN_DAY : SYEV_GRAN_INTERVAL, SYEV_MOD_NONE);
}

static syev_mod S_part_mod(syevp_txpart p)
{
    switch (p) {
    case SYEVP_P_START: case SYEVP_P_HALF1: return SYEV_MOD_START;
    case SYEVP_P_MID: return SYEV_MOD_MID;
    case SYEVP_P_END: case SYEVP_P_HALF2: return SYEV_MOD_END;
    default: return SYEV_MOD_NONE;
    }
}

/* Day spans of the parts: of a month START 1-10, MID 11-20, END 21-end
 * (SPEC section 3); of a year its first, middle and last four months
 * (SPEC section 6); of a week Mon-Tue, Wed-Thu, Thu-Sun. */
static void S_month_part(int y, int m, syevp_txpart p, int32_t *b, int32_t *e)
{
    const int32_t first = syevp_month_first(y, m), last = syevp_month_last(y, m);
    *b = first;
    *e = last;
    switch (p) {
    case SYEVP_P_START: *e = first + 9; break;
    case SYEVP_P_MID: *b = first + 10; *e = first + 19; break;
    case SYEVP_P_END: *b = first + 20; break;
    case SYEVP_P_HALF1: *e = first + 13; break;
    case SYEVP_P_HALF2: *b = first + 14; break;
    default: break;
    }
}

static void S_year_part(int y, syevp_txpart p, int32_t *b, int32_t *e)
{
    *b = syevp_days_from_civil(y, 1, 1);
    *e = syevp_days_from_civil(y, 12, 31);
    if (p == SYEVP_P_START)
        *e = syevp_days_from_civil(y, 4, 30);
    else if (p == SYEVP_P_MID)
        *b = syevp_days_from_civil(y, 5, 1), *e = syevp_days_from_civil(y, 8, 31);
    else if (p == SYEVP_P_END)
        *b = syevp_days_from_civil(y, 9, 1);
}

static void S_week_part(int32_t monday, syevp_txpart p, int32_t *b, int32_t *e)
{
    static const int from[] = {0, 0, 2, 3, 0, 0, 0, 5};
    static const int to[] = {6, 1, 3, 6, 6, 6, 4, 6};
    *b = monday + from[p];
    *e = monday + to[p];
}

static int32_t S_monday(int32_t day)
{
    return day - (syevp_weekday(day) - 1);
}

static const season_def *S_season_def(syevp_season s)
{
    for (size_t i = 0; i < sizeof SEASONS / sizeof *SEASONS; i++)
        if (SEASONS[i].season == s)
            return &SEASONS[i];
    return &SEASONS[0];
}

/* Winter y runs from December y to March y+1. */
static void S_season_span(syevp_season s, int y, int32_t *b, int32_t *e)
{
    const season_def *sd = S_season_def(s);
    *b = syevp_days_from_civil(y, sd->bm, sd->bd);
    *e = syevp_days_from_civil(sd->em < sd->bm ? y + 1 : y, sd->em, sd->ed);
}

static int S_year_of(int32_t day)
{
    int y, m, d;
    syevp_civil_from_days(day, &y, &m, &d);
    return y;
}

static int S_month_of(int32_t day)
{
    int y, m, d;
    syevp_civil_from_days(day, &y, &m, &d);
    return m;
}

/* ================================================================== */
/* Resolution context                                                  */
/* ================================================================== */

/* What the story set so far (SPEC section 6). */
typedef struct story {
    bool has_anchor;         /* the last day-level date of the story */
    int32_t anchor_b, anchor_e;
    bool has_lead;           /* the first one: the day "la journee" means */
    int32_t lead;
} story;

/* The direction of time an expression points (SPEC section 3), from its
 * flags, the words before it or the tense of its verb.  The verb is looked
 * up only once the resolution depends on it (S_dir): a weekday that is the
 * DCT's own weekday, or a date that can only be the DCT's day, needs none. */
typedef struct direction {
    bool known;                /* dir and flip_ok are set */
    int dir;                   /* -1 backward, +1 forward, 0 nearest */
    bool flip_ok;              /* a past verb of saying may announce a near future date */
    syev_status status;        /* of the verb's lookup */
    const syevp_txcand *cand;  /* what the lookup needs */
    syevp_verb_cache *verbs;
} direction;

typedef struct rctx {
    const syev_doc *doc;
    bool has_dct, dct_day;
    int32_t dct_b, dct_e, D; /* D: the DCT's day when it is a day */
    int cue;                 /* CUE_*: the words just before the expression */
    direction *direction;    /* filled in when first asked (S_dir) */
    const story *st;
} rctx;

static int S_dir(const rctx *c);
static bool S_flip_ok(const rctx *c);

typedef struct result {
    syevp_when w;
    unsigned flags;  /* SYEVP_TX_RELATIVE / ANAPHORIC */
    bool story_day;  /* may become the story's anchor */
} result;

static void S_unresolved(result *r, const char *value, syev_granularity g)
{
    S_when(&r->w, value, SYEVP_NO_DAY, SYEVP_NO_DAY, g, SYEV_MOD_NONE);
}

/* A relative day with a month or year DCT falls back to the DCT's span;
 * without a DCT it stays unresolved (SPEC section 3). */
static void S_dct_fallback(const rctx *c, result *r, const char *unresolved,
                           syev_granularity g)
{
    if (!c->has_dct) {
        S_unresolved(r, unresolved, g);
        return;
    }
    r->w = c->doc->dct;
    r->w.pub.mod = SYEV_MOD_NONE;
    r->flags |= SYEVP_TX_RELATIVE;
}

typedef bool (*span_fn)(const syevp_txsem *s, int y, int32_t *b, int32_t *e);

static bool S_span_md(const syevp_txsem *s, int y, int32_t *b, int32_t *e)
{
    int d = s->d == -1 ? syevp_days_in_month(y, s->m) : s->d;
    if (!S_valid_day(y, s->m, d))
        return false;
    *b = *e = syevp_days_from_civil(y, s->m, d);
    return true;
}

static bool S_span_month(const syevp_txsem *s, int y, int32_t *b, int32_t *e)
{
    S_month_part(y, s->m, s->part, b, e);
    return true;
}

static bool S_span_season(const syevp_txsem *s, int y, int32_t *b, int32_t *e)
{
    S_season_span(s->season, y, b, e);
    return true;
}

/* The year that puts the expression nearest the DCT in the direction of the
 * tense (SPEC section 3).  A past verb may still announce a date a few
 * weeks ahead ("a convoque ... le 7 mars"): a day more than six months back
 * whose next occurrence is within three months is taken forward. */
static bool S_pick_year(const rctx *c, const syevp_txsem *s, span_fn fn, bool day_level, int *out)
{
    const int Y = S_year_of(c->dct_b);
    const bool strict = s->flags & SYEVP_SEM_STRICT;
    int P = 0, F = 0;
    int32_t Pb = 0, Pe = 0, Fb = 0;
    for (int y = Y - 2; y <= Y + 2; y++) {
        int32_t b, e;
        if (!fn(s, y, &b, &e))
            continue;
        if (strict ? e < c->dct_b : b <= c->dct_e)
            P = y, Pb = b, Pe = e;
        if ((strict ? b > c->dct_e : e >= c->dct_b) && !F)
            F = y, Fb = b;
    }
    if (!P && !F)
        return false;
    if (!P || !F || P == F) { /* whatever the direction */
        *out = P ? P : F;
        return true;
    }
    const int dir = S_dir(c);
    if (dir < 0) {
        *out = P;
        if (S_flip_ok(c) && day_level && c->dct_b - Pb > 183 && Fb - c->dct_e <= 92)
            *out = F;
    } else if (dir > 0) {
        *out = F;
    } else if (Pe >= c->dct_b) {
        *out = P; /* it contains the DCT */
    } else {
        *out = (c->dct_b - Pe) <= (Fb - c->dct_e) ? P : F;
    }
    return true;
}

/* ================================================================== */
/* Resolution by kind                                                  */
/* ================================================================== */

static void S_r_date(const rctx *c, const syevp_txsem *s, result *r)
{
    int y = s->y;
    int32_t b, e;
    r->story_day = true;
    if (!y && !c->has_dct) {
        char v[40];
        S_format(v, sizeof v, "XXXX-%02d-%02d", s->m, s->d < 0 ? 0 : s->d);
        if (s->d < 0)
            S_format(v, sizeof v, "XXXX-%02d-XX", s->m);
        S_unresolved(r, v, SYEV_GRAN_DAY);
        return;
    }
    if (!y) {
        if (!S_pick_year(c, s, S_span_md, true, &y)) {
            S_unresolved(r, "XXXX-XX-XX", SYEV_GRAN_DAY);
            return;
        }
        r->flags |= SYEVP_TX_RELATIVE;
    }
    if (!S_span_md(s, y, &b, &e)) {
        S_unresolved(r, "XXXX-XX-XX", SYEV_GRAN_DAY);
        return;
    }
    S_when_day(&r->w, b + s->offset);
}

/* A day of month alone ("le 16"): the nearest month holding it. */
static void S_r_dayonly(const rctx *c, const syevp_txsem *s, result *r)
{
    if (!c->has_dct) {
        S_unresolved(r, "XXXX-XX-XX", SYEV_GRAN_DAY);
        return;
    }
    int32_t P = SYEVP_NO_DAY, F = SYEVP_NO_DAY;
    const int y = S_year_of(c->dct_b), m = S_month_of(c->dct_b);
    for (int k = -2; k <= 2; k++) {
        int32_t first = syevp_month_first(y, m + k), last = syevp_month_last(y, m + k);
        if (first + s->d - 1 > last)
            continue;
        int32_t day = first + s->d - 1;
        if (day <= c->dct_e)
            P = day;
        if (day >= c->dct_b && F == SYEVP_NO_DAY)
            F = day;
    }
    int32_t day = P;
    if (P != F) {
        const int dir = S_dir(c);
        day = dir > 0 ? F : dir < 0 ? P : (c->dct_b - P <= F - c->dct_e ? P : F);
    }
    if (day == SYEVP_NO_DAY)
        day = P != SYEVP_NO_DAY ? P : F;
    S_when_day(&r->w, day);
    r->flags |= SYEVP_TX_RELATIVE;
    r->story_day = true;
}

/* "jeudi 15": the nearest month whose 15th is a Thursday. */
static void S_r_wdday(const rctx *c, const syevp_txsem *s, result *r)
{
    if (!c->has_dct) {
        S_unresolved(r, "XXXX-XX-XX", SYEV_GRAN_DAY);
        return;
    }
    const int y = S_year_of(c->dct_b), m = S_month_of(c->dct_b), dir = S_dir(c);
    int32_t best = SYEVP_NO_DAY;
    for (int k = 0; k <= 28 && best == SYEVP_NO_DAY; k++) {
        for (int sign = -1; sign <= 1; sign += 2) {
            int mm = m + sign * k;
            int32_t first = syevp_month_first(y, mm), last = syevp_month_last(y, mm);
            int32_t day = first + s->d - 1;
            bool ahead = day >= c->dct_b, behind = day <= c->dct_e;
            if (day > last || syevp_weekday(day) != s->wd)
                continue;
            if ((dir > 0 && !ahead) || (dir < 0 && !behind))
                continue;
            if (best == SYEVP_NO_DAY || labs((long)day - c->dct_b) < labs((long)best - c->dct_b))
                best = day;
        }
    }
    if (best == SYEVP_NO_DAY) {
        S_unresolved(r, "XXXX-XX-XX", SYEV_GRAN_DAY);
        return;
    }
    S_when_day(&r->w, best);
    r->flags |= SYEVP_TX_RELATIVE;
    r->story_day = true;
}

static void S_r_month(const rctx *c, const syevp_txsem *s, result *r)
{
    int y = s->y;
    char v[40];
    if (!y && !c->has_dct) {
        S_format(v, sizeof v, "XXXX-%02d", s->m);
        S_when(&r->w, v, SYEVP_NO_DAY, SYEVP_NO_DAY, SYEV_GRAN_MONTH, S_part_mod(s->part));
        return;
    }
    if (!y && !S_pick_year(c, s, S_span_month, false, &y)) {
        S_unresolved(r, "XXXX-XX", SYEV_GRAN_MONTH);
        return;
    }
    if (!s->y)
        r->flags |= SYEVP_TX_RELATIVE;
    int32_t b, e;
    S_month_part(y, s->m, s->part, &b, &e);
    S_format(v, sizeof v, "%04d-%02d", y, s->m);
    S_when(&r->w, v, b, e, SYEV_GRAN_MONTH, S_part_mod(s->part));
}

static void S_r_year(const syevp_txsem *s, result *r)
{
    char v[40];
    int32_t b, e;
    S_year_part(s->y, s->part, &b, &e);
    S_format(v, sizeof v, "%04d", s->y);
    S_when(&r->w, v, b, e, SYEV_GRAN_YEAR, S_part_mod(s->part));
}

static void S_r_season(const rctx *c, const syevp_txsem *s, result *r)
{
    const season_def *sd = S_season_def(s->season);
    char v[40];
    int y = s->y;
    if (!y && !c->has_dct) {
        S_format(v, sizeof v, "XXXX-%s", sd->code);
        S_unresolved(r, v, SYEV_GRAN_SEASON);
        return;
    }
    if (!y) {
        const int Y = S_year_of(c->dct_b);
        int32_t b, e;
        r->flags |= SYEVP_TX_RELATIVE;
        if (s->rel == -1) { /* the last one over before the DCT */
            for (y = Y; y > Y - 3; y--)
                if (S_season_span(s->season, y, &b, &e), e < c->dct_b)
                    break;
        } else if (s->rel == 1) {
            for (y = Y - 1; y < Y + 2; y++)
                if (S_season_span(s->season, y, &b, &e), b > c->dct_e)
                    break;
        } else if (s->rel == 0) { /* cet hiver: the one holding the DCT, else this year's */
            y = Y;
            S_season_span(s->season, Y - 1, &b, &e);
            if (e >= c->dct_b)
                y = Y - 1;
        } else if (!S_pick_year(c, s, S_span_season, false, &y)) {
            y = Y;
        }
    }
    int32_t b, e;
    S_season_span(s->season, y, &b, &e);
    S_format(v, sizeof v, "%04d-%s", y, sd->code);
    S_when(&r->w, v, b, e, SYEV_GRAN_SEASON, SYEV_MOD_NONE);
}

static void S_r_quarter(const rctx *c, const syevp_txsem *s, result *r)
{
    int y = s->y, q = s->n;
    if (s->rel != SYEVP_SEM_NO_REL || !y) {
        if (!c->has_dct) {
            S_unresolved(r, "XXXX-QX", SYEV_GRAN_QUARTER);
            return;
        }
        r->flags |= SYEVP_TX_RELATIVE;
        if (!y)
            y = S_year_of(c->dct_b);
        if (s->rel != SYEVP_SEM_NO_REL) {
            int idx = y * 4 + (S_month_of(c->dct_b) - 1) / 3 + s->rel;
            y = idx / 4;
            q = idx % 4 + 1;
        }
    }
    char v[40];
    S_format(v, sizeof v, "%04d-Q%d", y, q);
    S_when(&r->w, v, syevp_month_first(y, 3 * q - 2), syevp_month_last(y, 3 * q),
           SYEV_GRAN_QUARTER, SYEV_MOD_NONE);
}

/* The weekday `wd` relative to the DCT's day D (SPEC section 3): past and
 * present take the latest on or before D, the future the next on or after
 * it (D itself either way when it is that weekday). */
static int32_t S_weekday_from(const rctx *c, int wd, syevp_wdq q)
{
    const int32_t D = c->D;
    const int w = syevp_weekday(D);
    const int32_t back = D - (w - wd + 7) % 7, fwd = D + (wd - w + 7) % 7;
    switch (q) {
    case SYEVP_WDQ_LAST: return back == D ? D - 7 : back;
    case SYEVP_WDQ_NEXT: return fwd == D ? D + 7 : fwd;
    case SYEVP_WDQ_PREV_WEEK: return S_monday(D) - 7 + wd - 1;
    case SYEVP_WDQ_THIS_WEEK: return S_monday(D) + wd - 1;
    case SYEVP_WDQ_NEXT_WEEK: return S_monday(D) + 7 + wd - 1;
    case SYEVP_WDQ_IN8: return fwd + 7;
    case SYEVP_WDQ_IN15: return fwd + 14;
    default: return fwd == back || S_dir(c) > 0 ? fwd : back;
    }
}

static void S_r_weekday(const rctx *c, const syevp_txsem *s, result *r)
{
    if (!c->dct_day) {
        S_dct_fallback(c, r, "XXXX-XX-XX", SYEV_GRAN_DAY);
        return;
    }
    S_when_day(&r->w, S_weekday_from(c, s->wd, s->wdq));
    r->flags |= SYEVP_TX_RELATIVE;
    r->story_day = true;
}

static void S_r_dayrel(const rctx *c, const syevp_txsem *s, result *r)
{
    if (!c->dct_day) {
        S_dct_fallback(c, r, "XXXX-XX-XX", SYEV_GRAN_DAY);
        return;
    }
    S_when_day(&r->w, c->D + s->n);
    r->flags |= SYEVP_TX_RELATIVE;
    r->story_day = true;
}

static void S_r_weekrel(const rctx *c, const syevp_txsem *s, result *r)
{
    if (!c->dct_day) {
        S_dct_fallback(c, r, "XXXX-WXX", SYEV_GRAN_WEEK);
        return;
    }
    int32_t monday = S_monday(c->D) + 7 * s->rel, b, e;
    const int w = syevp_weekday(c->D);
    if (s->part == SYEVP_P_WEEKEND) {
        if (s->rel < 0) /* the last weekend over: its Sunday before D */
            monday = c->D - (w == 7 ? 7 : w) - 6;
        else if (s->rel > 0) /* the next one: its Saturday after D */
            monday = c->D + ((6 - w + 7) % 7 ? (6 - w + 7) % 7 : 7) - 5;
        else if (w < 6 && S_dir(c) < 0)
            monday -= 7; /* "ce week-end" told in the past on a weekday */
    }
    S_week_part(monday, s->part, &b, &e);
    r->flags |= SYEVP_TX_RELATIVE;
    if (s->part == SYEVP_P_WEEKEND) {
        /* SPEC section 6: "ce week-end" is that Saturday-Sunday, an
         * interval of days like a night ("2016-12-10/2016-12-11") */
        syevp_when_set_days(&r->w, b, e, SYEV_GRAN_DAY, SYEV_MOD_NONE);
        return;
    }
    int iy, wk;
    syevp_iso_week(monday, &iy, &wk);
    char v[40];
    S_format(v, sizeof v, "%04d-W%02d", iy, wk);
    S_when(&r->w, v, b, e, SYEV_GRAN_WEEK, S_part_mod(s->part));
}

static void S_r_monthrel(const rctx *c, const syevp_txsem *s, result *r)
{
    if (!c->has_dct) {
        S_unresolved(r, "XXXX-XX", SYEV_GRAN_MONTH);
        return;
    }
    int y = S_year_of(c->dct_b), m = S_month_of(c->dct_b) + s->rel;
    int32_t b, e;
    S_month_part(y, m, s->part, &b, &e);
    /* "au debut du mois" in the future when the start is over: next month. */
    if (s->rel == 0 && s->part != SYEVP_P_NONE && e < c->dct_b && S_dir(c) > 0)
        m++;
    else if (s->rel == 0 && s->part != SYEVP_P_NONE && b > c->dct_e && S_dir(c) < 0)
        m--;
    S_month_part(y, m, s->part, &b, &e);
    char v[40];
    S_format(v, sizeof v, "%04d-%02d", S_year_of(b), S_month_of(b));
    S_when(&r->w, v, b, e, SYEV_GRAN_MONTH, S_part_mod(s->part));
    r->flags |= SYEVP_TX_RELATIVE;
}

static void S_r_yearrel(const rctx *c, const syevp_txsem *s, result *r)
{
    if (!c->has_dct) {
        S_unresolved(r, "XXXX", SYEV_GRAN_YEAR);
        return;
    }
    syevp_txsem y = *s;
    y.y = S_year_of(c->dct_b) + s->rel;
    S_r_year(&y, r);
    r->flags |= SYEVP_TX_RELATIVE;
}

/* D moved by n units (n may be negative). */
static int32_t S_shift(int32_t D, int n, syevp_txunit u)
{
    switch (u) {
    case SYEVP_U_DAY: return D + n;
    case SYEVP_U_WEEK: return D + 7 * n;
    case SYEVP_U_MONTH: return syevp_add_months(D, n);
    case SYEVP_U_YEAR: return syevp_add_months(D, 12 * n);
    default: return D + n / 24; /* hours */
    }
}

static void S_r_window(const rctx *c, const syevp_txsem *s, result *r);

static void S_r_shift(const rctx *c, const syevp_txsem *s, result *r)
{
    /* "il y a quelques jours": as vague as "ces derniers jours" */
    if ((s->flags & SYEVP_SEM_VAGUE) && (s->unit == SYEVP_U_DAY || s->unit == SYEVP_U_WEEK)) {
        syevp_txsem w = *s;
        w.mod = s->rel < 0 ? SYEV_MOD_BEFORE : SYEV_MOD_AFTER;
        w.n = s->unit == SYEVP_U_DAY ? 7 : 21;
        w.unit = SYEVP_U_DAY;
        S_r_window(c, &w, r);
        return;
    }
    if (!c->dct_day) {
        S_dct_fallback(c, r, "XXXX-XX-XX", SYEV_GRAN_DAY);
        return;
    }
    S_when_day(&r->w, S_shift(c->D, s->rel * s->n, s->unit));
    r->flags |= SYEVP_TX_RELATIVE;
    r->story_day = true;
}

static void S_r_window(const rctx *c, const syevp_txsem *s, result *r)
{
    if (!c->dct_day) {
        S_dct_fallback(c, r, "XXXX-XX-XX", SYEV_GRAN_DAY);
        r->w.pub.mod = s->mod;
        return;
    }
    const int sign = s->mod == SYEV_MOD_BEFORE ? -1 : 1;
    int n = s->n;
    if (s->unit == SYEVP_U_HOUR) /* sous 120 heures: five days */
        n = (n + 23) / 24;
    const int32_t far = S_shift(c->D, sign * n, s->unit == SYEVP_U_HOUR ? SYEVP_U_DAY : s->unit);
    syevp_when_set_days(&r->w, sign < 0 ? far : c->D, sign < 0 ? c->D : far, SYEV_GRAN_DAY,
                        s->mod);
    r->flags |= SYEVP_TX_RELATIVE;
}

/* "les 3 prochains jours": whole units after (or before) the current one. */
static void S_r_units(const rctx *c, const syevp_txsem *s, result *r)
{
    if (!c->dct_day) {
        S_dct_fallback(c, r, "XXXX-XX-XX", SYEV_GRAN_INTERVAL);
        return;
    }
    const int n = s->n, y = S_year_of(c->D), m = S_month_of(c->D);
    int32_t b = c->D, e = c->D;
    const bool past = s->rel < 0;
    switch (s->unit) {
    case SYEVP_U_DAY:
        b = past ? c->D - n : c->D + 1;
        e = past ? c->D - 1 : c->D + n;
        break;
    case SYEVP_U_WEEK:
        b = past ? S_monday(c->D) - 7 * n : S_monday(c->D) + 7;
        e = past ? S_monday(c->D) - 1 : S_monday(c->D) + 7 * (n + 1) - 1;
        break;
    case SYEVP_U_MONTH:
        b = past ? syevp_month_first(y, m - n) : syevp_month_first(y, m + 1);
        e = past ? syevp_month_last(y, m - 1) : syevp_month_last(y, m + n);
        break;
    case SYEVP_U_YEAR:
        b = syevp_days_from_civil(past ? y - n : y + 1, 1, 1);
        e = syevp_days_from_civil(past ? y - 1 : y + n, 12, 31);
        break;
    default:
        break;
    }
    S_when_days(&r->w, b, e);
    r->flags |= SYEVP_TX_RELATIVE;
}

/* Story words count from the last date the story set, else from the DCT. */
static bool S_story_base(const rctx *c, result *r, int32_t *b, int32_t *e)
{
    if (c->st->has_anchor) {
        *b = c->st->anchor_b;
        *e = c->st->anchor_e;
        r->flags |= SYEVP_TX_ANAPHORIC;
        return true;
    }
    if (c->dct_day) {
        *b = *e = c->D;
        r->flags |= SYEVP_TX_RELATIVE;
        return true;
    }
    S_dct_fallback(c, r, "XXXX-XX-XX", SYEV_GRAN_DAY);
    return false;
}

static void S_r_anaphor(const rctx *c, const syevp_txsem *s, result *r)
{
    int32_t b, e;
    if (!S_story_base(c, r, &b, &e))
        return;
    int32_t day;
    if (s->n < 0 || (s->n == 0 && (s->flags & SYEVP_SEM_EARLIER)))
        day = S_shift(b, s->n, s->unit);
    else
        day = S_shift(e, s->n, s->unit);
    S_when_day(&r->w, day);
    r->story_day = true;
}

static void S_r_leadday(const rctx *c, result *r)
{
    if (c->st->has_lead) {
        S_when_day(&r->w, c->st->lead);
        r->flags |= SYEVP_TX_ANAPHORIC;
    } else if (c->dct_day) {
        S_when_day(&r->w, c->D);
        r->flags |= SYEVP_TX_RELATIVE;
    } else {
        S_dct_fallback(c, r, "XXXX-XX-XX", SYEV_GRAN_DAY);
    }
}

static void S_r_night(const rctx *c, const syevp_txsem *s, result *r)
{
    int32_t first, second;
    if (s->sub == 0 && s->d && s->m) { /* la nuit du 1er au 2 mars */
        syevp_txsem one = *s;
        one.kind = SYEVP_TXK_DATE;
        one.offset = 0;
        S_r_date(c, &one, r);
        if (r->w.begin == SYEVP_NO_DAY)
            return;
        first = r->w.begin;
        second = first + 1;
        if (s->d2) {
            int y = S_year_of(first), m2 = s->m2 ? s->m2 : s->m;
            second = syevp_days_from_civil(y, m2, s->d2);
            if (second < first)
                second = syevp_days_from_civil(y + 1, m2, s->d2);
        }
    } else if (!c->dct_day) {
        S_dct_fallback(c, r, "XXXX-XX-XX", SYEV_GRAN_INTERVAL);
        return;
    } else if (s->sub == 0 && s->wd2) { /* dans la nuit de lundi a mardi */
        second = S_weekday_from(c, s->wd2, SYEVP_WDQ_NONE);
        first = second - ((s->wd2 - s->wd + 7) % 7 ? (s->wd2 - s->wd + 7) % 7 : 7);
        r->flags |= SYEVP_TX_RELATIVE;
    } else if (s->sub == 0) { /* la nuit de samedi */
        first = S_weekday_from(c, s->wd, SYEVP_WDQ_NONE);
        second = first + 1;
        r->flags |= SYEVP_TX_RELATIVE;
    } else {
        int32_t base = c->D, b;
        if (s->sub == 2 && !S_story_base(c, r, &b, &base))
            return;
        if (s->sub == 1)
            r->flags |= SYEVP_TX_RELATIVE;
        const bool ahead = s->rel > 0 || (s->rel == 0 && S_dir(c) > 0);
        first = ahead ? base : base - 1;
        second = first + 1;
    }
    S_when_days(&r->w, first, second);
    r->story_day = true;
}

static void S_r_range(const rctx *c, const syevp_txsem *s, result *r)
{
    syevp_txsem one = *s;
    one.kind = SYEVP_TXK_DATE;
    one.offset = 0;
    if (s->m)
        S_r_date(c, &one, r);
    else
        S_r_dayonly(c, &one, r);
    if (r->w.begin == SYEVP_NO_DAY) {
        if (!c->has_dct)
            S_unresolved(r, "XXXX-XX-XX", SYEV_GRAN_INTERVAL);
        return;
    }
    const int32_t first = r->w.begin;
    int y = s->y2 ? s->y2 : S_year_of(first), m2 = s->m2 ? s->m2 : S_month_of(first);
    int32_t second = syevp_days_from_civil(y, m2, s->d2);
    if (second < first && !s->y2)
        second = s->m2 ? syevp_days_from_civil(y + 1, m2, s->d2)
                       : syevp_month_first(y, m2 + 1) + s->d2 - 1;
    if (second < first)
        second = first;
    S_when_days(&r->w, first, second);
    r->story_day = second - first <= 2;
}

/* The month of an NTHWEEK / NTHWDAY / WEEKOF expression. */
static bool S_month_of_sem(const rctx *c, const syevp_txsem *s, result *r, int *y, int *m)
{
    *m = s->m;
    *y = s->y;
    if (!s->m) { /* le premier mercredi du mois prochain */
        if (!c->has_dct)
            return false;
        *y = S_year_of(c->dct_b);
        *m = S_month_of(c->dct_b) + s->rel;
        r->flags |= SYEVP_TX_RELATIVE;
        return true;
    }
    if (!s->y) {
        syevp_txsem month = *s;
        month.part = SYEVP_P_NONE;
        if (!c->has_dct || !S_pick_year(c, &month, S_span_month, false, y))
            return false;
        r->flags |= SYEVP_TX_RELATIVE;
    }
    return true;
}

static void S_r_nthweek(const rctx *c, const syevp_txsem *s, result *r)
{
    int y, m;
    if (!S_month_of_sem(c, s, r, &y, &m)) {
        S_unresolved(r, "XXXX-WXX", SYEV_GRAN_WEEK);
        return;
    }
    /* Only whole Monday-Sunday weeks inside the month count. */
    const int32_t first = syevp_month_first(y, m), last = syevp_month_last(y, m);
    int32_t monday = first + (8 - syevp_weekday(first)) % 7;
    if (s->n < 0) {
        monday = S_monday(last);
        if (monday + 6 > last)
            monday -= 7;
    } else {
        monday += 7 * (s->n - 1);
    }
    syevp_when_set_days(&r->w, monday, monday + 6, SYEV_GRAN_WEEK, SYEV_MOD_NONE);
}

static void S_r_weekof(const rctx *c, const syevp_txsem *s, result *r)
{
    syevp_txsem one = *s;
    one.kind = SYEVP_TXK_DATE;
    S_r_date(c, &one, r);
    r->story_day = false;
    if (r->w.begin == SYEVP_NO_DAY) {
        S_unresolved(r, "XXXX-WXX", SYEV_GRAN_WEEK);
        return;
    }
    /* "la semaine du 6 octobre", a Sunday: the week that starts after it. */
    const int32_t monday = S_monday(r->w.begin + 1);
    syevp_when_set_days(&r->w, monday, monday + 6, SYEV_GRAN_WEEK, SYEV_MOD_NONE);
}

static void S_r_nthwday(const rctx *c, const syevp_txsem *s, result *r)
{
    int y, m;
    if (!S_month_of_sem(c, s, r, &y, &m)) {
        S_unresolved(r, "XXXX-XX-XX", SYEV_GRAN_DAY);
        return;
    }
    const int32_t first = syevp_month_first(y, m), last = syevp_month_last(y, m);
    int32_t day;
    if (s->n < 0)
        day = last - (syevp_weekday(last) - s->wd + 7) % 7;
    else
        day = first + (s->wd - syevp_weekday(first) + 7) % 7 + 7 * (s->n - 1);
    S_when_day(&r->w, day);
    r->story_day = true;
}

static void S_resolve(const rctx *c, const syevp_txsem *s, result *r)
{
    memset(r, 0, sizeof *r);
    syevp_when_clear(&r->w);
    switch (s->kind) {
    case SYEVP_TXK_DATE: S_r_date(c, s, r); break;
    case SYEVP_TXK_DAYONLY: S_r_dayonly(c, s, r); break;
    case SYEVP_TXK_WDDAY: S_r_wdday(c, s, r); break;
    case SYEVP_TXK_MONTH: S_r_month(c, s, r); break;
    case SYEVP_TXK_YEAR: S_r_year(s, r); break;
    case SYEVP_TXK_SEASON: S_r_season(c, s, r); break;
    case SYEVP_TXK_QUARTER: S_r_quarter(c, s, r); break;
    case SYEVP_TXK_WEEKDAY: S_r_weekday(c, s, r); break;
    case SYEVP_TXK_DAYREL: S_r_dayrel(c, s, r); break;
    case SYEVP_TXK_WEEKREL: S_r_weekrel(c, s, r); break;
    case SYEVP_TXK_MONTHREL: S_r_monthrel(c, s, r); break;
    case SYEVP_TXK_YEARREL: S_r_yearrel(c, s, r); break;
    case SYEVP_TXK_SHIFT: S_r_shift(c, s, r); break;
    case SYEVP_TXK_WINDOW: S_r_window(c, s, r); break;
    case SYEVP_TXK_UNITS: S_r_units(c, s, r); break;
    case SYEVP_TXK_ANAPHOR: S_r_anaphor(c, s, r); break;
    case SYEVP_TXK_LEADDAY: S_r_leadday(c, r); break;
    case SYEVP_TXK_NIGHT: S_r_night(c, s, r); break;
    case SYEVP_TXK_RANGE: S_r_range(c, s, r); break;
    case SYEVP_TXK_NTHWEEK: S_r_nthweek(c, s, r); break;
    case SYEVP_TXK_WEEKOF: S_r_weekof(c, s, r); break;
    case SYEVP_TXK_NTHWDAY: S_r_nthwday(c, s, r); break;
    }
}

bool syevp_txsem_absolute(const syevp_txsem *s, int32_t *begin, int32_t *end,
                          syev_granularity *gran)
{
    if (!s->y)
        return false;
    switch (s->kind) {
    case SYEVP_TXK_DATE:
        if (!S_span_md(s, s->y, begin, end))
            return false;
        *begin += s->offset;
        *end += s->offset;
        *gran = SYEV_GRAN_DAY;
        return true;
    case SYEVP_TXK_MONTH:
        *begin = syevp_month_first(s->y, s->m);
        *end = syevp_month_last(s->y, s->m);
        *gran = SYEV_GRAN_MONTH;
        return s->part == SYEVP_P_NONE;
    case SYEVP_TXK_YEAR:
        S_year_part(s->y, SYEVP_P_NONE, begin, end);
        *gran = SYEV_GRAN_YEAR;
        return s->part == SYEVP_P_NONE;
    default:
        return false;
    }
}

/* ================================================================== */
/* Direction of a candidate                                            */
/* ================================================================== */

/* A cue word and its length. */
typedef struct cue_word {
    const char *w;
    size_t n;
} cue_word;
#define CUE(w) {w, sizeof w - 1}

/* Does the folded text just before `pos` (blanks skipped) end with the
 * word(s) `w`? */
static bool S_preceded_by(const char *s, size_t pos, const cue_word *w)
{
    const size_t n = w->n;
    if (pos < n || s[pos - 1] != w->w[n - 1] || memcmp(s + pos - n, w->w, n) != 0)
        return false;
    return pos == n || !S_word_byte((unsigned char)s[pos - n - 1]) || w->w[0] == '\'';
}

/* Cues in the words just before an expression. */
enum { CUE_NONE = 0, CUE_BACKWARD, CUE_FORWARD, CUE_PLANNED };

typedef struct cue_def {
    cue_word word;
    int cue;
} cue_def;

/* In order of precedence: a bound or a deadline lies ahead whatever the
 * verb says; planned dates lie ahead unless the verb tells of the past. */
static const cue_def CUES[] = {
    {CUE("jusqu'a"), CUE_FORWARD},   {CUE("jusqu'au"), CUE_FORWARD},
    {CUE("jusqu'en"), CUE_FORWARD},  {CUE("d'ici"), CUE_FORWARD},
    {CUE("d'ici a"), CUE_FORWARD},   {CUE("avant"), CUE_PLANNED},
    {CUE("pour"), CUE_PLANNED},      {CUE("prevu"), CUE_PLANNED},
    {CUE("prevue"), CUE_PLANNED},    {CUE("prevus"), CUE_PLANNED},
    {CUE("prevues"), CUE_PLANNED},   {CUE("programme"), CUE_PLANNED},
    {CUE("programmee"), CUE_PLANNED}, {CUE("fixe"), CUE_PLANNED},
    {CUE("fixee"), CUE_PLANNED},     {CUE("depuis"), CUE_BACKWARD},
};

static int S_cue_before(const char *s, size_t pos)
{
    while (pos > 0 && (s[pos - 1] == ' ' || s[pos - 1] == '\t'))
        pos--;
    if (pos == 0)
        return CUE_NONE;
    /* the last byte rules most of them out before the comparison */
    for (size_t k = 0; k < sizeof CUES / sizeof *CUES; k++) {
        const cue_word *w = &CUES[k].word;
        if (w->w[w->n - 1] == s[pos - 1] && S_preceded_by(s, pos, w))
            return CUES[k].cue;
    }
    return CUE_NONE;
}

/* Verbs of hope and intent (folded stems): what they govern lies ahead,
 * even told in the past ("a dit esperer un accord fin septembre", "veut
 * reunir les parties en janvier", "le plan prevoit une treve le 1er"). */
static const cue_word PROSPECTIVE_STEMS[] = {
    CUE("esper"),   CUE("souhait"), CUE("prevoi"),  CUE("envisag"),  CUE("promet"),
    CUE("promis"),  CUE("s'engag"), CUE("veut"),    CUE("veulent"),  CUE("voulait"),
    CUE("vouloir"), CUE("comptent"), CUE("compter"), {NULL, 0}};

static bool S_word_starts_with(const char *w, size_t n, const cue_word *stem)
{
    return n >= stem->n && w[0] == stem->w[0] && memcmp(w, stem->w, stem->n) == 0;
}

/* Is there a verb of hope or intent in [b, e), in the clause that ends at e? */
static bool S_prospective_between(const char *s, size_t b, size_t e)
{
    for (size_t p = b; p < e;) {
        if (s[p] == '.' || s[p] == ';' || s[p] == ':' || s[p] == '"')
            return false; /* the verb and the date are not in one clause */
        if (!S_word_byte((unsigned char)s[p]) || (p > b && S_word_byte((unsigned char)s[p - 1]))) {
            p++;
            continue;
        }
        size_t q = p;
        while (q < e && (S_word_byte((unsigned char)s[q]) || s[q] == '\''))
            q++;
        for (const cue_word *stem = PROSPECTIVE_STEMS; stem->w; stem++)
            if (S_word_starts_with(s + p, q - p, stem))
                return true;
        p = q;
    }
    return false;
}

/* Does resolving this expression depend on the direction of time? */
static bool S_needs_direction(const syevp_txsem *s)
{
    switch (s->kind) {
    case SYEVP_TXK_DATE: case SYEVP_TXK_MONTH: case SYEVP_TXK_RANGE: case SYEVP_TXK_NTHWEEK:
    case SYEVP_TXK_WEEKOF: case SYEVP_TXK_NTHWDAY:
        return !s->y;
    case SYEVP_TXK_SEASON:
        return !s->y && s->rel == SYEVP_SEM_NO_REL;
    case SYEVP_TXK_WEEKDAY:
        return s->wdq == SYEVP_WDQ_NONE;
    case SYEVP_TXK_MONTHREL:
        return s->rel == 0 && s->part != SYEVP_P_NONE;
    case SYEVP_TXK_WEEKREL:
        return s->part == SYEVP_P_WEEKEND && s->rel == 0;
    case SYEVP_TXK_DAYONLY: case SYEVP_TXK_WDDAY: case SYEVP_TXK_NIGHT:
        return true;
    default:
        return false;
    }
}

/* What the expression's flags and the words before it tell of its
 * direction; d->known stays false when only its verb can tell (S_dir). */
static void S_direction(const syev_doc *doc, const syevp_txcand *cand, rctx *c,
                        syevp_verb_cache *verbs, direction *d)
{
    *d = (direction){true, 0, false, SYEV_OK, cand, verbs};
    c->direction = d;
    c->cue = S_cue_before(doc->text.fold, cand->begin);
    if (!S_needs_direction(&cand->sem) || !c->has_dct)
        return;
    if (cand->sem.flags & SYEVP_SEM_PAST) {
        d->dir = -1;
        return;
    }
    if (cand->sem.flags & SYEVP_SEM_FUTURE) {
        d->dir = 1;
        return;
    }
    const int cue = c->cue;
    const bool weekday = cand->sem.kind == SYEVP_TXK_WEEKDAY || cand->sem.kind == SYEVP_TXK_NIGHT;
    if ((cue == CUE_FORWARD && weekday) || cue == CUE_BACKWARD || !doc->sentence_count) {
        d->dir = cue == CUE_FORWARD ? 1 : cue == CUE_BACKWARD ? -1 : 0;
        return;
    }
    d->known = false;
}

/* The direction from the tense of the verb that governs the expression,
 * then the words before it. */
static void S_direction_from_verb(const rctx *c, direction *d)
{
    const syev_doc *doc = c->doc;
    const syevp_txcand *cand = d->cand;
    const int cue = c->cue;
    d->known = true;
    /* Only the text around the date is searched for verbs: few dates need
     * the tense, and indexing the whole document cost more than the rest.
     * Dates close together share one index (a sentence of a million dates
     * would otherwise index its text once per date). */
    const syevp_sentence *st = &doc->sentences[syevp_sentence_of(doc, cand->begin)];
    syevp_verb v;
    if (syevp_tense_near_cached(&doc->text, &doc->alloc, d->verbs, st->begin, st->end,
                                cand->begin, &v) != SYEV_OK) {
        d->status = SYEV_ERR_NOMEM;
        return;
    }
    switch (v.tense) {
    case SYEVP_TENSE_PAST:
        d->dir = -1;
        d->flip_ok = v.announce;
        break;
    case SYEVP_TENSE_FUTURE:
        d->dir = 1;
        break;
    case SYEVP_TENSE_CONDITIONAL:
        d->dir = v.perfect ? -1 : 1;
        d->flip_ok = v.perfect && v.announce;
        break;
    default:
        break;
    }
    /* the verb of saying or hoping, then a date it looks forward to (only
     * when a verb was found: v is all zeros otherwise, and the walk from 0
     * made a sentence of a million dates quadratic) */
    if (v.tense != SYEVP_TENSE_UNKNOWN && v.tense != SYEVP_TENSE_FUTURE && v.end <= cand->begin &&
        !v.bare && S_prospective_between(doc->text.fold, v.begin, cand->begin)) {
        d->dir = 1;
        d->flip_ok = false;
    }
    /* "jusqu'au 25 fevrier" bounds a state: ahead, or the nearest one when a
     * past verb tells of it; a planned date is ahead unless told as past. */
    if (cue == CUE_FORWARD)
        d->dir = d->dir < 0 ? 0 : 1;
    else if (cue == CUE_PLANNED && d->dir >= 0)
        d->dir = 1;
    if (cue == CUE_FORWARD)
        d->flip_ok = false;
    /* "la reunion, prevue fin octobre": the participle is the schedule
     * itself, not a past; the date is the nearest one (ahead in the weeks
     * before it, behind once it is over) */
    if (cue == CUE_PLANNED && v.bare && syevp_only_blanks(doc->text.fold, v.end, cand->begin))
        d->dir = 0;
}

static int S_dir(const rctx *c)
{
    if (!c->direction->known)
        S_direction_from_verb(c, c->direction);
    return c->direction->dir;
}

static bool S_flip_ok(const rctx *c)
{
    if (!c->direction->known)
        S_direction_from_verb(c, c->direction);
    return c->direction->flip_ok;
}

/* ================================================================== */
/* The stage                                                           */
/* ================================================================== */

static void S_context_init(const syev_doc *doc, rctx *c, const story *st)
{
    memset(c, 0, sizeof *c);
    c->doc = doc;
    c->st = st;
    c->has_dct = doc->dct_source != SYEV_DCT_NONE && doc->dct.begin != SYEVP_NO_DAY;
    c->dct_b = doc->dct.begin;
    c->dct_e = doc->dct.end;
    c->dct_day = c->has_dct && c->dct_b == c->dct_e;
    c->D = c->dct_b;
}

/* Only day-level dates told as events move the story on: not the bounds of
 * a state (depuis X, jusqu'a X), nor the header. */
static void S_story_update(story *st, const syevp_txcand *cand, const rctx *c, const result *r)
{
    if (!r->story_day || r->w.begin == SYEVP_NO_DAY || (cand->tx_flags & SYEVP_TX_DCT_HEADER) ||
        c->cue == CUE_FORWARD || c->cue == CUE_BACKWARD ||
        (cand->sem.flags & (SYEVP_SEM_DEPUIS | SYEVP_SEM_FUTURE)) ||
        (r->w.pub.granularity != SYEV_GRAN_DAY && r->w.pub.granularity != SYEV_GRAN_INTERVAL))
        return;
    st->has_anchor = true;
    st->anchor_b = r->w.begin;
    st->anchor_e = r->w.end;
    if (!st->has_lead && cand->sem.kind != SYEVP_TXK_ANAPHOR) {
        st->has_lead = true;
        st->lead = r->w.begin;
    }
}

static syev_status S_publish(syev_doc *doc, const syevp_txcand *cand, const result *r,
                             syev_error *err)
{
    syevp_timex *t = syevp_doc_add_timex(doc);
    if (!t)
        return syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    t->begin = cand->begin;
    t->end = cand->end;
    t->pub.span.begin = cand->begin; /* folded: syevp_doc_publish converts */
    t->pub.span.end = cand->end;
    t->pub.sentence = syevp_sentence_of(doc, cand->begin);
    t->pub.date = r->w.pub;
    t->first_day = r->w.begin;
    t->last_day = r->w.end;
    t->flags = r->flags | cand->tx_flags;
    return SYEV_OK;
}

syev_status syevp_timex_run(const syevp_timex_engine *eng, syevp_run *run)
{
    syev_doc *doc = run->doc;
    cand_list cands = {NULL, 0, 0};
    syev_status st = S_detect(eng, run, &cands);
    if (st == SYEV_OK)
        syevp_dct_discover(doc, cands.v, cands.n);
    story story_state = {false, 0, 0, false, 0};
    for (size_t i = 0; st == SYEV_OK && i < cands.n; i++) {
        rctx c;
        result r;
        direction d;
        S_context_init(doc, &c, &story_state);
        S_direction(doc, &cands.v[i], &c, run->verbs, &d);
        S_resolve(&c, &cands.v[i].sem, &r);
        if (d.status != SYEV_OK) {
            st = syevp_fail(run->err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
            break;
        }
        S_story_update(&story_state, &cands.v[i], &c, &r);
        st = S_publish(doc, &cands.v[i], &r, run->err);
    }
    syevp_free(&doc->alloc, cands.v);
    return st;
}
