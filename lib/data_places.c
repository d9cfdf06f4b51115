/* data_places.c — built-in gazetteer (stub: to be completed). */
#include "lexicon.h"

const syevp_place_entry syevp_builtin_places[] = {
    {"Syria", "SY", 35.0, 38.0, SYEVP_PLACE_COUNTRY, "Syrie|Syria"},
    {"Aleppo", "SY", 36.2, 37.16, SYEVP_PLACE_CITY, "Alep|Aleppo|Halab"},
};
const size_t syevp_builtin_place_count = sizeof syevp_builtin_places / sizeof *syevp_builtin_places;
