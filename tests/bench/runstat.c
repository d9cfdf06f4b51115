/*
 * syev-bench-runstat — runs one command and records its wall time, CPU time
 * and peak RSS.
 *
 * Why not measure from Python: on Linux a child's ru_maxrss keeps the
 * high-water mark of the memory it had before exec(), i.e. the copy of the
 * (large) Python parent, so every command would seem to use at least as much
 * as the interpreter.  This launcher is tiny, so the figure is the command's.
 *
 * Usage: syev-bench-runstat RESULT_FILE COMMAND [ARG...]
 * stdin/stdout/stderr are inherited.  RESULT_FILE receives one JSON line:
 * {"rc": exit status (128+signal when killed), "wall": s, "cpu": s, "rss_kib": n}
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double seconds_since(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) + (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

static double cpu_seconds(const struct rusage *ru)
{
    return (double)(ru->ru_utime.tv_sec + ru->ru_stime.tv_sec) +
           (double)(ru->ru_utime.tv_usec + ru->ru_stime.tv_usec) / 1e6;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: syev-bench-runstat RESULT_FILE COMMAND [ARG...]\n");
        return 2;
    }
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        return 2;
    }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        fprintf(stderr, "syev-bench-runstat: %s: %s\n", argv[2], strerror(errno));
        _exit(127);
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) {
            perror("waitpid");
            return 2;
        }
    /* The only child: the children's usage is the command's own. */
    struct rusage ru;
    getrusage(RUSAGE_CHILDREN, &ru);
    double wall = seconds_since(&t0);
    int rc = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);

    FILE *out = fopen(argv[1], "w");
    if (!out) {
        perror(argv[1]);
        return 2;
    }
    fprintf(out, "{\"rc\": %d, \"wall\": %.6f, \"cpu\": %.6f, \"rss_kib\": %ld}\n", rc, wall,
            cpu_seconds(&ru), ru.ru_maxrss);
    return fclose(out) == 0 ? 0 : 2;
}
