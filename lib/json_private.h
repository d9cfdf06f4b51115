/* json_private.h — the library's JSON writer (allocator-aware, no global
 * state; cJSON is used only to READ JSON).  Shared by json.c (documents),
 * timeline.c and html.c. */
#ifndef SYEV_JSON_PRIVATE_H
#define SYEV_JSON_PRIVATE_H

#include "syev_private.h"

/** A growable output buffer.  After an allocation failure every write is a
 *  no-op and `failed` stays set, so writers check once at the end. */
typedef struct syevp_buf {
    const syev_allocator *alloc;
    char *data;
    size_t len, cap;
    bool failed;
} syevp_buf;

void syevp_buf_init(syevp_buf *b, const syev_allocator *a);
void syevp_buf_release(syevp_buf *b);
void syevp_buf_putn(syevp_buf *b, const char *s, size_t n);
void syevp_buf_puts(syevp_buf *b, const char *s);
void syevp_buf_putc(syevp_buf *b, char c);
void syevp_buf_printf(syevp_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/** Hands the buffer to the caller as a NUL-terminated string releasable with
 *  syev_free(); SYEV_ERR_NOMEM if any write failed.  The buffer is emptied. */
syev_status syevp_buf_finish(syevp_buf *b, char **out, syev_error *err);

/** Writes a JSON string literal (quoted, escaped; invalid UTF-8 never occurs
 *  because documents are validated on input). */
void syevp_json_str(syevp_buf *b, const char *s, size_t n);
/** Writes a JSON string literal or null when s is NULL or empty. */
void syevp_json_str_or_null(syevp_buf *b, const char *s);
/** Writes a double with at most `decimals` decimals (trailing zeros cut). */
void syevp_json_num(syevp_buf *b, double v, int decimals);

#endif /* SYEV_JSON_PRIVATE_H */
