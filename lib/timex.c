/* timex.c — French time expressions and the DCT (stub: to be written). */
#include <stdio.h>
#include <string.h>

#include "syev_private.h"

struct syevp_timex_engine {
    int unused;
};

void syevp_when_clear(syevp_when *w)
{
    memset(w, 0, sizeof *w);
    w->begin = w->end = SYEVP_NO_DAY;
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
        snprintf(w->pub.value, sizeof w->pub.value, "%04d", y);
        break;
    case SYEV_GRAN_MONTH:
        snprintf(w->pub.value, sizeof w->pub.value, "%04d-%02d", y, m);
        break;
    case SYEV_GRAN_QUARTER:
        snprintf(w->pub.value, sizeof w->pub.value, "%04d-Q%d", y, (m - 1) / 3 + 1);
        break;
    case SYEV_GRAN_WEEK: {
        int iy, wk;
        syevp_iso_week(begin, &iy, &wk);
        snprintf(w->pub.value, sizeof w->pub.value, "%04d-W%02d", iy, wk);
        break;
    }
    default:
        if (begin == end)
            snprintf(w->pub.value, sizeof w->pub.value, "%s", w->pub.begin);
        else
            snprintf(w->pub.value, sizeof w->pub.value, "%s/%s", w->pub.begin, w->pub.end);
        break;
    }
}

syev_status syevp_timex_engine_new(const syev_extractor *ex, syevp_timex_engine **out,
                                   syev_error *err)
{
    *out = syevp_calloc(&ex->alloc, 1, sizeof **out);
    return *out ? SYEV_OK : syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
}

void syevp_timex_engine_free(syevp_timex_engine *eng, const syev_allocator *a)
{
    syevp_free(a, eng);
}

syev_status syevp_timex_run(const syevp_timex_engine *eng, syevp_run *run)
{
    (void)eng;
    (void)run;
    return SYEV_OK;
}
