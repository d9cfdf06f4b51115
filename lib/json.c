/* json.c — the JSON writer and the rendering of documents. */
#include <stdio.h>
#include <string.h>

#include "json_private.h"

void syevp_buf_init(syevp_buf *b, const syev_allocator *a)
{
    memset(b, 0, sizeof *b);
    b->alloc = a;
}

void syevp_buf_release(syevp_buf *b)
{
    syevp_free(b->alloc, b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

static bool S_reserve(syevp_buf *b, size_t extra)
{
    if (b->failed)
        return false;
    if (extra > SIZE_MAX - b->len - 1 ||
        !syevp_grow(b->alloc, (void **)&b->data, &b->cap, b->len + extra + 1, 1)) {
        b->failed = true;
        return false;
    }
    return true;
}

void syevp_buf_putn(syevp_buf *b, const char *s, size_t n)
{
    if (!S_reserve(b, n))
        return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void syevp_buf_puts(syevp_buf *b, const char *s)
{
    syevp_buf_putn(b, s, strlen(s));
}

void syevp_buf_putc(syevp_buf *b, char c)
{
    syevp_buf_putn(b, &c, 1);
}

void syevp_buf_printf(syevp_buf *b, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->failed = true;
        return;
    }
    if ((size_t)n < sizeof small) {
        syevp_buf_putn(b, small, (size_t)n);
        return;
    }
    if (!S_reserve(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

syev_status syevp_buf_finish(syevp_buf *b, char **out, syev_error *err)
{
    *out = NULL;
    char *s = b->failed ? NULL : syevp_out_alloc(b->alloc, b->len + 1);
    if (!s) {
        syevp_buf_release(b);
        return syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory writing JSON");
    }
    if (b->len)
        memcpy(s, b->data, b->len);
    s[b->len] = '\0';
    syevp_buf_release(b);
    *out = s;
    return SYEV_OK;
}

void syevp_json_str(syevp_buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    syevp_buf_putc(b, '"');
    size_t run = 0; /* bytes copied verbatim in one go */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        syevp_buf_putn(b, s + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': syevp_buf_puts(b, "\\\""); break;
        case '\\': syevp_buf_puts(b, "\\\\"); break;
        case '\n': syevp_buf_puts(b, "\\n"); break;
        case '\r': syevp_buf_puts(b, "\\r"); break;
        case '\t': syevp_buf_puts(b, "\\t"); break;
        default: {
            char esc[7] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15], 0};
            syevp_buf_puts(b, esc);
        }
        }
    }
    syevp_buf_putn(b, s + run, n - run);
    syevp_buf_putc(b, '"');
}

void syevp_json_str_or_null(syevp_buf *b, const char *s)
{
    if (s && *s)
        syevp_json_str(b, s, strlen(s));
    else
        syevp_buf_puts(b, "null");
}

void syevp_json_num(syevp_buf *b, double v, int decimals)
{
    char tmp[64];
    if (v != v || v > 1e300 || v < -1e300) { /* NaN / inf are not JSON */
        syevp_buf_puts(b, "null");
        return;
    }
    int n = snprintf(tmp, sizeof tmp, "%.*f", decimals, v);
    if (n <= 0 || (size_t)n >= sizeof tmp) {
        syevp_buf_puts(b, "null");
        return;
    }
    if (strchr(tmp, '.')) {
        while (n > 1 && tmp[n - 1] == '0')
            tmp[--n] = '\0';
        if (tmp[n - 1] == '.')
            tmp[--n] = '\0';
    }
    if (strcmp(tmp, "-0") == 0)
        strcpy(tmp, "0");
    syevp_buf_puts(b, tmp);
}

/* ------------------------------------------------------------------ */
/* Documents (to be completed)                                         */
/* ------------------------------------------------------------------ */

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
