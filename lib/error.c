/* error.c — status texts and the caller-owned error record. */
#include <stdio.h>
#include <string.h>

#include "syev_private.h"

const char *syev_strerror(syev_status code)
{
    switch (code) {
    case SYEV_OK: return "success";
    case SYEV_ERR_NOMEM: return "out of memory";
    case SYEV_ERR_INVALID_ARG: return "invalid argument";
    case SYEV_ERR_UTF8: return "invalid UTF-8";
    case SYEV_ERR_PATTERN: return "pattern failed to compile";
    case SYEV_ERR_MATCH_LIMIT: return "pattern match limit reached";
    case SYEV_ERR_LEXICON: return "malformed lexicon";
    case SYEV_ERR_IO: return "input/output error";
    case SYEV_ERR_JSON: return "malformed JSON";
    case SYEV_ERR_INVALID_OPTS: return "invalid options";
    case SYEV_ERR_DATE: return "malformed date";
    case SYEV_ERR_TOO_LARGE: return "input too large";
    }
    return "unknown error";
}

syev_status syevp_fail(syev_error *err, syev_status code, size_t offset, size_t line,
                       const char *fmt, ...)
{
    if (!err || err->code != SYEV_OK)
        return code;
    err->code = code;
    err->offset = offset;
    err->line = line;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return code;
}
