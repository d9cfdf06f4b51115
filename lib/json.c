/* json.c — JSON rendering of documents (stub: to be written). */
#include "syev_private.h"

syev_status syev_doc_to_json(const syev_doc *doc, char **out, syev_error *err)
{
    (void)doc;
    *out = NULL;
    return syevp_fail(err, SYEV_ERR_INVALID_ARG, SIZE_MAX, 0, "not implemented");
}

syev_status syev_text_to_json(const syev_extractor *ex, const char *text, size_t len,
                              const char *dct, char **out, syev_error *err)
{
    (void)ex; (void)text; (void)len; (void)dct;
    *out = NULL;
    return syevp_fail(err, SYEV_ERR_INVALID_ARG, SIZE_MAX, 0, "not implemented");
}
