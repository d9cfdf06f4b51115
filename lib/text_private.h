/*
 * text_private.h — hooks of text.c for its unit test only.
 */
#ifndef SYEV_TEXT_PRIVATE_H
#define SYEV_TEXT_PRIVATE_H

#include <stddef.h>

/** For tests: 1 when the word boundaries and chunk table text.c finds in
 *  `fold` (fold_len bytes then a NUL; any bytes, not only folded UTF-8)
 *  agree with the byte-by-byte rule (S_maybe_boundary) at every offset up
 *  to fold_len, 0 when they do not, -1 out of memory. */
int syevp_text_bounds_agree(const char *fold, size_t fold_len);

#endif
