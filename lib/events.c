/* events.c — ceasefire, talks and battle mentions (stub: to be written). */
#include "syev_private.h"

struct syevp_event_engine {
    int unused;
};

syev_status syevp_event_engine_new(const syev_extractor *ex, syevp_event_engine **out,
                                   syev_error *err)
{
    *out = syevp_calloc(&ex->alloc, 1, sizeof **out);
    return *out ? SYEV_OK : syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
}

void syevp_event_engine_free(syevp_event_engine *eng, const syev_allocator *a)
{
    syevp_free(a, eng);
}

syev_status syevp_events_run(const syevp_event_engine *eng, syevp_run *run)
{
    (void)eng;
    (void)run;
    return SYEV_OK;
}
