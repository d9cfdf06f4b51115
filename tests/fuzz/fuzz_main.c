/* fuzz_main.c — a plain main() for the fuzz harnesses, so that they build
 * without libFuzzer (gcc) and replay their seed corpus under CTest.
 *
 * Usage: fuzz_x [-flags ...] FILE|DIR ...
 * Every file (directories: every regular file inside, in name order) is
 * passed once to LLVMFuzzerTestOneInput().  Arguments starting with '-' are
 * ignored, so the CTest command line also suits a libFuzzer build
 * ("-runs=0 DIR" replays a directory there).
 */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Reads a whole file; NULL on error.  The buffer is exactly `*size` bytes
 * (plus one so that empty files still get a distinct pointer), so ASan
 * catches a harness reading past the input. */
static uint8_t *S_read_file(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    uint8_t *buf = NULL;
    size_t len = 0, cap = 0;
    for (;;) {
        if (len == cap) {
            cap = cap ? cap * 2 : 4096;
            uint8_t *p = realloc(buf, cap);
            if (!p)
                break;
            buf = p;
        }
        size_t got = fread(buf + len, 1, cap - len, f);
        len += got;
        if (got == 0)
            break;
    }
    int failed = ferror(f);
    fclose(f);
    uint8_t *exact = failed ? NULL : malloc(len + 1);
    if (exact && len)
        memcpy(exact, buf, len);
    free(buf);
    *size = len;
    return exact;
}

static int S_run_file(const char *path)
{
    size_t size = 0;
    uint8_t *data = S_read_file(path, &size);
    if (!data) {
        fprintf(stderr, "fuzz_main: cannot read %s\n", path);
        return -1;
    }
    /* Named before it runs, so that a crash points at its input. */
    fprintf(stderr, "Running: %s\n", path);
    LLVMFuzzerTestOneInput(data, size);
    free(data);
    return 1;
}

static int S_by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Names of the entries of `dir` (sorted, caller frees); NULL on error. */
static char **S_list_dir(const char *dir, size_t *count)
{
    DIR *d = opendir(dir);
    if (!d)
        return NULL;
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **p = realloc(names, cap * sizeof *names);
            if (!p)
                abort();
            names = p;
        }
        names[n] = strdup(e->d_name);
        if (!names[n++])
            abort();
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof *names, S_by_name);
    *count = n;
    return names ? names : calloc(1, sizeof *names);
}

/* Replays every regular file of a directory; the number run, or -1. */
static int S_run_dir(const char *dir)
{
    size_t n = 0;
    char **names = S_list_dir(dir, &n);
    if (!names)
        return -1;
    int run = 0;
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(dir) + strlen(names[i]) + 2;
        char *path = malloc(len);
        if (!path)
            abort();
        snprintf(path, len, "%s/%s", dir, names[i]);
        struct stat st;
        if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
            int r = S_run_file(path);
            run = r < 0 || run < 0 ? -1 : run + r;
        }
        free(path);
        free(names[i]);
    }
    free(names);
    return run;
}

int main(int argc, char **argv)
{
    int total = 0, inputs = 0;
    for (int i = 1; i < argc; i++) {
        if (argv[i][0] == '-')
            continue;
        inputs++;
        struct stat st;
        int r = stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode) ? S_run_dir(argv[i])
                                                               : S_run_file(argv[i]);
        if (r < 0) {
            fprintf(stderr, "fuzz_main: cannot replay %s\n", argv[i]);
            return 1;
        }
        total += r;
    }
    if (!inputs) {
        fprintf(stderr, "usage: %s FILE|DIR ...\n", argv[0]);
        return 2;
    }
    printf("%s: %d inputs replayed, no finding\n", argv[0], total);
    return 0;
}
