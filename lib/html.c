/* html.c — the timeline drawn as one self-contained HTML page. */
#include "json_private.h"

syev_status syev_timeline_to_html(syev_timeline *tl, char **out, syev_error *err)
{
    (void)tl;
    *out = NULL;
    return syevp_fail(err, SYEV_ERR_INVALID_ARG, SIZE_MAX, 0, "not implemented");
}
