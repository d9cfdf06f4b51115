/* alloc.c — every allocation of the library goes through one set of hooks. */
#include <stdlib.h>
#include <string.h>

#include "syev_private.h"

static void *S_malloc(size_t n, void *user)
{
    (void)user;
    return malloc(n);
}

static void *S_realloc(void *p, size_t n, void *user)
{
    (void)user;
    return realloc(p, n);
}

static void S_free(void *p, void *user)
{
    (void)user;
    free(p);
}

void syevp_allocator_init(syev_allocator *dst, const syev_allocator *src)
{
    syev_allocator def = {S_malloc, S_realloc, S_free, NULL};
    if (src && src->malloc_fn && src->realloc_fn && src->free_fn)
        *dst = *src;
    else
        *dst = def;
}

void *syevp_malloc(const syev_allocator *a, size_t n)
{
    return a->malloc_fn(n ? n : 1, a->user);
}

void *syevp_calloc(const syev_allocator *a, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        return NULL;
    size_t n = count * size;
    void *p = syevp_malloc(a, n);
    if (p)
        memset(p, 0, n > 0 ? n : 1);
    return p;
}

void *syevp_realloc(const syev_allocator *a, void *p, size_t n)
{
    return a->realloc_fn(p, n ? n : 1, a->user);
}

void syevp_free(const syev_allocator *a, void *p)
{
    if (p)
        a->free_fn(p, a->user);
}

char *syevp_strndup(const syev_allocator *a, const char *s, size_t n)
{
    char *d = syevp_malloc(a, n + 1);
    if (!d)
        return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

#define FIRST_BLOCK 1024

bool syevp_grow(const syev_allocator *a, void **data, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return true;
    /* A first block of FIRST_BLOCK bytes (eight elements when they are
     * larger): most arrays of a document hold a few dozen small elements,
     * and each reallocation costs a copy and an allocator call.  (1 KiB is
     * also about the largest block glibc serves from its per-thread cache:
     * 2 KiB measured slower.) */
    size_t ncap = *cap ? *cap : elem && FIRST_BLOCK / elem > 8 ? FIRST_BLOCK / elem : 8;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 2)
            return false;
        ncap *= 2;
    }
    if (elem && ncap > SIZE_MAX / elem)
        return false;
    void *p = syevp_realloc(a, *data, ncap * elem);
    if (!p)
        return false;
    *data = p;
    *cap = ncap;
    return true;
}

/* Strings handed to the caller carry the allocator that made them in a
 * header, so that syev_free() needs no allocator argument. */
typedef union out_header {
    syev_allocator alloc;
    max_align_t align;
} out_header;

char *syevp_out_alloc(const syev_allocator *a, size_t n)
{
    if (n > SIZE_MAX - sizeof(out_header))
        return NULL;
    out_header *h = syevp_malloc(a, sizeof(out_header) + n);
    if (!h)
        return NULL;
    h->alloc = *a;
    return (char *)(h + 1);
}

char *syevp_out_shrink(char *s, size_t n)
{
    out_header *h = (out_header *)s - 1;
    out_header *smaller = h->alloc.realloc_fn(h, sizeof(out_header) + n, h->alloc.user);
    return smaller ? (char *)(smaller + 1) : s; /* failing to shrink loses nothing */
}

void syev_free(void *ptr)
{
    if (!ptr)
        return;
    out_header *h = (out_header *)ptr - 1;
    syev_allocator a = h->alloc;
    a.free_fn(h, a.user);
}
