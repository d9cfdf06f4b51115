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

/* The capacity an array grows to: `from` (its capacity, or the first one)
 * doubled until it holds `need` elements; 0 when that many bytes of
 * `elem` would overflow. */
static size_t S_grown_capacity(size_t from, size_t need, size_t elem)
{
    size_t ncap = from;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 2)
            return 0;
        ncap *= 2;
    }
    return elem && ncap > SIZE_MAX / elem ? 0 : ncap;
}

bool syevp_grow(const syev_allocator *a, void **data, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return true;
    /* A first block of FIRST_BLOCK bytes (eight elements when they are
     * larger): most arrays of a document hold a few dozen small elements,
     * and each reallocation costs a copy and an allocator call.  (1 KiB is
     * also about the largest block glibc serves from its per-thread cache:
     * 2 KiB measured slower.) */
    const size_t ncap =
        S_grown_capacity(*cap ? *cap : elem && FIRST_BLOCK / elem > 8 ? FIRST_BLOCK / elem : 8,
                         need, elem);
    if (!ncap)
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

/* ------------------------------------------------------------------ */
/* Pools                                                               */
/* ------------------------------------------------------------------ */

/* The header of a block taken from the allocator (a chunk, or one big
 * block): linked both ways, so that a big block can be reallocated. */
union syevp_pool_block {
    struct {
        syevp_pool_block *prev, *next;
    } link;
    max_align_t align;
};

#define POOL_ALIGN (_Alignof(max_align_t))

/* Under AddressSanitizer, the free room of a chunk is poisoned and each
 * block unpoisoned to its exact size: an overflow into the rest of the
 * chunk is reported as from a block of its own. */
#if defined(__SANITIZE_ADDRESS__)
#define POOL_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define POOL_ASAN 1
#endif
#endif
#ifdef POOL_ASAN
#include <sanitizer/asan_interface.h>
#define S_POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define S_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define S_POISON(p, n) ((void)(p), (void)(n))
#define S_UNPOISON(p, n) ((void)(p), (void)(n))
#endif
#define POOL_FIRST_CHUNK 2048
#define POOL_LAST_CHUNK 65536
/* An array's first block: a quarter of the first chunk within these
 * bounds (a few arrays share a small chunk; growing costs a call). */
#define POOL_FIRST_BLOCK_MIN 256
#define POOL_FIRST_BLOCK_MAX 1024

void syevp_pool_init(syevp_pool *pool, const syev_allocator *a, void *first, size_t size)
{
    pool->alloc = a;
    pool->top = pool->last = pool->first = first;
    pool->end = pool->first_end = first ? (unsigned char *)first + size : NULL;
    if (first)
        S_POISON(first, size);
    pool->heap = NULL;
    pool->first_block = !first || size / 4 > POOL_FIRST_BLOCK_MAX ? POOL_FIRST_BLOCK_MAX
                        : size / 4 < POOL_FIRST_BLOCK_MIN             ? POOL_FIRST_BLOCK_MIN
                                                                      : size / 4;
    /* twice the first chunk, within bounds */
    pool->chunk_size = size < POOL_FIRST_CHUNK / 2  ? POOL_FIRST_CHUNK
                       : size < POOL_LAST_CHUNK / 2 ? 2 * size
                                                    : POOL_LAST_CHUNK;
}

static size_t S_round_up(size_t n)
{
    return (n + POOL_ALIGN - 1) & ~(POOL_ALIGN - 1);
}

static syevp_pool_block *S_heap_block(syevp_pool *pool, size_t n)
{
    if (n > SIZE_MAX - sizeof(syevp_pool_block))
        return NULL;
    syevp_pool_block *b = syevp_malloc(pool->alloc, sizeof *b + n);
    if (!b)
        return NULL;
    b->link.prev = NULL;
    b->link.next = pool->heap;
    if (pool->heap)
        pool->heap->link.prev = b;
    pool->heap = b;
    return b;
}

void *syevp_pool_alloc(syevp_pool *pool, size_t n)
{
    if (n > SYEVP_POOL_BIG) {
        syevp_pool_block *b = S_heap_block(pool, n);
        return b ? b + 1 : NULL;
    }
    const size_t exact = n;
    n = S_round_up(n ? n : 1);
    if (!pool->top || (size_t)(pool->end - pool->top) < n) {
        syevp_pool_block *b = S_heap_block(pool, pool->chunk_size);
        if (!b)
            return NULL;
        pool->top = (unsigned char *)(b + 1);
        pool->end = pool->top + pool->chunk_size;
        S_POISON(pool->top, pool->chunk_size);
        if (pool->chunk_size < POOL_LAST_CHUNK)
            pool->chunk_size *= 2;
    }
    pool->last = pool->top;
    pool->top += n;
    S_UNPOISON(pool->last, exact);
    return pool->last;
}

void *syevp_pool_calloc(syevp_pool *pool, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        return NULL;
    void *p = syevp_pool_alloc(pool, count * size);
    if (p)
        memset(p, 0, count * size);
    return p;
}

/* Reallocates big block p (of syevp_pool_alloc) to n bytes, relinking it. */
static void *S_heap_resize(syevp_pool *pool, void *p, size_t n)
{
    if (n > SIZE_MAX - sizeof(syevp_pool_block))
        return NULL;
    syevp_pool_block *b = syevp_realloc(pool->alloc, (syevp_pool_block *)p - 1, sizeof *b + n);
    if (!b)
        return NULL;
    if (b->link.prev)
        b->link.prev->link.next = b;
    else
        pool->heap = b;
    if (b->link.next)
        b->link.next->link.prev = b;
    return b + 1;
}

bool syevp_pool_grow(syevp_pool *pool, void **data, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return true;
    const size_t ncap = S_grown_capacity(
        *cap ? *cap : elem && pool->first_block / elem > 1 ? pool->first_block / elem : 1, need,
        elem);
    if (!ncap)
        return false;
    const size_t old_bytes = *cap * elem, new_bytes = ncap * elem;
    void *p;
    if (old_bytes > SYEVP_POOL_BIG) { /* a block of its own (syevp_pool_alloc) */
        p = S_heap_resize(pool, *data, new_bytes);
    } else if (*data && *data == pool->last && new_bytes <= SYEVP_POOL_BIG &&
               (size_t)(pool->end - pool->last) >= S_round_up(new_bytes)) {
        p = pool->last; /* the last block: it grows in place */
        pool->top = pool->last + S_round_up(new_bytes);
        S_UNPOISON(p, new_bytes);
    } else {
        p = syevp_pool_alloc(pool, new_bytes);
        if (p && old_bytes)
            memcpy(p, *data, old_bytes);
    }
    if (!p)
        return false;
    *data = p;
    *cap = ncap;
    return true;
}

void syevp_pool_release(syevp_pool *pool)
{
    if (pool->first) /* the caller's memory, usable again */
        S_UNPOISON(pool->first, (size_t)(pool->first_end - pool->first));
    for (syevp_pool_block *b = pool->heap, *next; b; b = next) {
        next = b->link.next;
        syevp_free(pool->alloc, b);
    }
    syevp_pool_init(pool, pool->alloc, NULL, 0);
}

void syevp_pool_free(syevp_pool *pool, void *p, size_t n)
{
    if (!p)
        return;
    if (n > SYEVP_POOL_BIG) {
        syevp_pool_block *b = (syevp_pool_block *)p - 1;
        if (b->link.prev)
            b->link.prev->link.next = b->link.next;
        else
            pool->heap = b->link.next;
        if (b->link.next)
            b->link.next->link.prev = b->link.prev;
        syevp_free(pool->alloc, b);
    } else if (p == pool->last) {
        pool->top = pool->last; /* the block before it can no longer grow in place */
        pool->last = NULL;
        S_POISON(pool->top, (size_t)(pool->end - pool->top));
    }
}

/* The hooks of syevp_pool_allocator: each block is preceded by its size,
 * the bytes the pool handed out (realloc and free need them). */
typedef union size_header {
    size_t bytes;
    unsigned char align[POOL_ALIGN];
} size_header;

static void *S_pool_malloc(size_t n, void *user)
{
    if (n > SIZE_MAX - sizeof(size_header))
        return NULL;
    size_header *h = syevp_pool_alloc(user, sizeof *h + n);
    if (!h)
        return NULL;
    h->bytes = sizeof *h + n;
    return h + 1;
}

static void *S_pool_realloc(void *p, size_t n, void *user)
{
    if (!p)
        return S_pool_malloc(n, user);
    size_header *h = (size_header *)p - 1;
    if (n > SIZE_MAX - sizeof *h)
        return NULL;
    void *data = h;
    size_t bytes = h->bytes;
    if (!syevp_pool_grow(user, &data, &bytes, sizeof *h + n, 1))
        return NULL;
    h = data;
    h->bytes = bytes;
    return h + 1;
}

static void S_pool_free(void *p, void *user)
{
    if (p) {
        size_header *h = (size_header *)p - 1;
        syevp_pool_free(user, h, h->bytes);
    }
}

void syevp_pool_allocator(syevp_pool *pool, syev_allocator *out)
{
    out->malloc_fn = S_pool_malloc;
    out->realloc_fn = S_pool_realloc;
    out->free_fn = S_pool_free;
    out->user = pool;
}
