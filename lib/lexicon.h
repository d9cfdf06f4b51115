/* lexicon.h — private layout of the built-in lexicon tables (lib/data_*.c)
 * and of the lexicon an extractor uses (built-ins plus the user's file). */
#ifndef SYEV_LEXICON_H
#define SYEV_LEXICON_H

#include <stddef.h>

#include "syriaevents.h"

typedef enum syevp_place_kind {
    SYEVP_PLACE_COUNTRY = 0,
    SYEVP_PLACE_GOVERNORATE, /**< Syrian muhafazah (province) */
    SYEVP_PLACE_CITY,        /**< city or large town */
    SYEVP_PLACE_TOWN,        /**< town or village */
    SYEVP_PLACE_DISTRICT,    /**< district, neighbourhood, suburb */
    SYEVP_PLACE_REGION,      /**< area, mountain range, front line (Qalamoun, Eastern Ghouta) */
    SYEVP_PLACE_SITE         /**< dam, air base, crossing, camp */
} syevp_place_kind;

/** A gazetteer entry.  `forms` lists the surface forms, French and English,
 *  as written in text (accents allowed: the lexicon folds them), separated by
 *  '|', e.g. "Alep|Aleppo|Halab". */
typedef struct syevp_place_entry {
    const char *name;    /**< GeoNames-style English name */
    const char *country; /**< ISO 3166-1 alpha-2 */
    double lat, lon;     /**< decimal degrees, 2 decimals */
    syevp_place_kind kind;
    const char *forms;
} syevp_place_entry;

extern const syevp_place_entry syevp_builtin_places[];
extern const size_t syevp_builtin_place_count;

/* ------------------------------------------------------------------ */
/* Event triggers (data_triggers.c)                                    */
/* ------------------------------------------------------------------ */

/* A trigger counts only with a military cue in its sentence (an armed
 * actor, "armee", "forces", ...): "ont repris", "victoire", "liberer". */
#define SYEVP_TRIG_MILITARY 0x01u
/* Refers back to an event of the same type named earlier in the document or
 * sentence ("l'accord" in a story about a truce). */
#define SYEVP_TRIG_STORY 0x02u
/* The word names ground won or lost only with a place or a ground noun just
 * after it ("la prise de Palmyre", "perdent du terrain"). */
#define SYEVP_TRIG_GROUND 0x04u
/* A verb: its own mood and tense decide factuality. */
#define SYEVP_TRIG_VERB 0x08u

/** One trigger family.  `pattern` is a PCRE2 fragment over FOLDED text
 *  (lowercase, no accents, ASCII apostrophes and dashes) with no capturing
 *  groups; it must begin and end on a word character. */
typedef struct syevp_trigger_entry {
    syev_event_type type;
    const char *pattern;
    const char *cameo; /**< CAMEO event code when asserted */
    unsigned flags;    /**< SYEVP_TRIG_* */
} syevp_trigger_entry;

extern const syevp_trigger_entry syevp_builtin_triggers[];
extern const size_t syevp_builtin_trigger_count;

/** Phrases that cancel the triggers they cover: names ("Haut Comite des
 *  negociations"), idioms ("attaque verbale", "champ de bataille"), talks
 *  about other matters.  A PCRE2 fragment; \K narrows the cancelled part. */
extern const char *const syevp_builtin_stops[];
extern const size_t syevp_builtin_stop_count;
/** Phrases that cancel the triggers just before them (data_triggers.c). */
extern const char *const syevp_builtin_habits[];
extern const size_t syevp_builtin_habit_count;
#define SYEVP_HABIT_REACH 50

/* ------------------------------------------------------------------ */
/* Actors (data_actors.c)                                              */
/* ------------------------------------------------------------------ */

/* A capital or country also used as a place ("Moscou"): an actor only when
 * no preposition of place comes before it. */
#define SYEVP_ACTOR_METONYM 0x01u
/* An armed party: its presence is a military cue for weak triggers. */
#define SYEVP_ACTOR_ARMED 0x02u
/* A generic word ("djihadistes", "terroristes") whose code is the armed
 * group the story named last (ISIS when none). */
#define SYEVP_ACTOR_GENERIC 0x04u
/* Both sides of the war ("les deux camps", "les parties en conflit"): the
 * government (the entry's code) and the opposition, political in talks and
 * truces, armed in battles. */
#define SYEVP_ACTOR_SIDES 0x08u

/** One actor surface form.  `code` is a CAMEO-style code; an empty code
 *  blocks a form without naming an actor ("armee irakienne"). */
typedef struct syevp_actor_entry {
    const char *code;
    const char *pattern; /**< PCRE2 fragment over folded text, as for triggers */
    unsigned flags;      /**< SYEVP_ACTOR_* */
} syevp_actor_entry;

extern const syevp_actor_entry syevp_builtin_actors[];
extern const size_t syevp_builtin_actor_count;

/* ------------------------------------------------------------------ */
/* The lexicon of one extractor (lexicon.c)                            */
/* ------------------------------------------------------------------ */

/** Built-in tables followed by the user's entries (which come first in the
 *  trigger and actor lists, so that a longer user form wins).  Every string
 *  of a user entry is owned by the lexicon. */
struct syevp_lexicon {
    syevp_trigger_entry *triggers;
    size_t trigger_count;
    syevp_actor_entry *actors;
    size_t actor_count;
    syevp_place_entry *places;
    size_t place_count;
    const char **stops;
    size_t stop_count;
    char **owned; /**< strings allocated for user entries */
    size_t owned_count, owned_cap;
};

/** Folds '|'-separated plain forms ("Alep|Aleppo") and escapes them into a
 *  PCRE2 alternation ("alep|aleppo").  The caller frees it with syevp_free;
 *  NULL on allocation failure or invalid UTF-8. */
char *syevp_forms_to_pattern(const syev_allocator *a, const char *forms);

#endif /* SYEV_LEXICON_H */
