/* lexicon.c — built-in tables plus the user's JSON lexicon (stub). */
#include "syev_private.h"

struct syevp_lexicon {
    int unused;
};

syev_status syevp_lexicon_new(const syev_allocator *a, const char *path, syevp_lexicon **out,
                              syev_error *err)
{
    (void)path;
    *out = syevp_calloc(a, 1, sizeof **out);
    return *out ? SYEV_OK : syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
}

void syevp_lexicon_free(syevp_lexicon *lex, const syev_allocator *a)
{
    syevp_free(a, lex);
}
