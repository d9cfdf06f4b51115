/* tense.c — stub, to be written. */
#include "syev_private.h"

typedef int syevp_stub_tense;

syevp_tense syevp_tense_at(const char *fold, size_t sent_begin, size_t sent_end, size_t pos)
{
    (void)fold; (void)sent_begin; (void)sent_end; (void)pos;
    return SYEVP_TENSE_UNKNOWN;
}
