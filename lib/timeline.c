/* timeline.c — merged, ordered timeline (stub: to be written). */
#include "syev_private.h"

struct syev_timeline {
    syev_allocator alloc;
    unsigned flags;
};

syev_status syev_timeline_new(unsigned flags, const syev_allocator *allocator, syev_timeline **out,
                              syev_error *err)
{
    syev_allocator a;
    syevp_allocator_init(&a, allocator);
    *out = syevp_calloc(&a, 1, sizeof **out);
    if (!*out)
        return syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    (*out)->alloc = a;
    (*out)->flags = flags;
    return SYEV_OK;
}

void syev_timeline_free(syev_timeline *tl)
{
    if (tl) {
        syev_allocator a = tl->alloc;
        syevp_free(&a, tl);
    }
}

syev_status syev_timeline_add(syev_timeline *tl, const syev_doc *doc, syev_error *err)
{
    (void)tl; (void)doc; (void)err;
    return SYEV_OK;
}

syev_status syev_timeline_add_json(syev_timeline *tl, const char *line, size_t len, syev_error *err)
{
    (void)tl; (void)line; (void)len;
    return syevp_fail(err, SYEV_ERR_INVALID_ARG, SIZE_MAX, 0, "not implemented");
}

syev_status syev_timeline_to_json(syev_timeline *tl, char **out, syev_error *err)
{
    (void)tl;
    *out = NULL;
    return syevp_fail(err, SYEV_ERR_INVALID_ARG, SIZE_MAX, 0, "not implemented");
}

syev_status syev_timeline_to_html(syev_timeline *tl, char **out, syev_error *err)
{
    (void)tl;
    *out = NULL;
    return syevp_fail(err, SYEV_ERR_INVALID_ARG, SIZE_MAX, 0, "not implemented");
}
