/* lexicon.h — private layout of the built-in lexicon tables (lib/data_*.c). */
#ifndef SYEV_LEXICON_H
#define SYEV_LEXICON_H

#include <stddef.h>

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

#endif /* SYEV_LEXICON_H */
