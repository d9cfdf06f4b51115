/*
 * syriaevents-timeline — French news about the Syrian war in, JSON timeline out.
 *
 *   syriaevents-timeline [options] [FILE...]      (no FILE or "-": stdin)
 *
 * The program does argv, I/O and threads only (as cmark's main.c does): every
 * decision about the text is the library's.  Sections:
 *   options -> output sink (atomic -o) -> progress -> JSON Lines reader ->
 *   jobs and the worker pool (-j N) -> inputs -> main.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "syriaevents.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define PROG "syriaevents-timeline"

enum { EXIT_FAILED = 1, EXIT_USAGE = 2 };

#define MAX_JOBS 256u
#define QUEUE_PER_WORKER 4u /* documents in flight per worker: bounds memory */
#define JSON_MAX_DEPTH 64   /* nesting allowed in the unused fields of a line */
/* Larger documents are refused (the library's default limit, set explicitly
 * so that a plain-text file is not read whole before being refused). */
#define MAX_DOCUMENT_BYTES ((size_t)256 << 20)

/* ================================================================== */
/* Options                                                             */
/* ================================================================== */

typedef enum { INPUT_AUTO, INPUT_TEXT, INPUT_JSONL } input_kind;
typedef enum { OUTPUT_JSON, OUTPUT_JSONL, OUTPUT_HTML } output_kind;

typedef struct cli_options {
    input_kind input;
    output_kind output;
    const char *dct;
    const char *lexicon;
    const char *out_path;
    bool merge, no_merge, quiet, help, version;
    unsigned jobs;
    char **files;
    size_t file_count;
} cli_options;

typedef enum {
    OPT_INPUT, OPT_DCT, OPT_OUTPUT, OPT_MERGE, OPT_NO_MERGE, OPT_LEXICON,
    OPT_JOBS, OPT_OUT, OPT_QUIET, OPT_HELP, OPT_VERSION
} option_id;

static const struct option_spec {
    const char *long_name;
    char short_name; /* 0: none */
    bool takes_value;
    option_id id;
} option_table[] = {
    {"input", 0, true, OPT_INPUT},     {"dct", 0, true, OPT_DCT},
    {"output", 0, true, OPT_OUTPUT},   {"merge", 0, false, OPT_MERGE},
    {"no-merge", 0, false, OPT_NO_MERGE}, {"lexicon", 0, true, OPT_LEXICON},
    {"jobs", 'j', true, OPT_JOBS},     {"out", 'o', true, OPT_OUT},
    {"quiet", 'q', false, OPT_QUIET},  {"help", 'h', false, OPT_HELP},
    {"version", 'V', false, OPT_VERSION},
};

static const char usage_text[] =
    "usage: " PROG " [options] [FILE...]\n"
    "\n"
    "Reads French news articles and prints their dated events (ceasefire, talks,\n"
    "battle) and time expressions as a JSON timeline.  With no FILE, or when FILE\n"
    "is -, reads standard input.\n"
    "\n"
    "Input:\n"
    "  --input text|jsonl  text: each FILE is one document whose id is its name;\n"
    "                      jsonl: one {\"id\",\"dct\",\"text\"} document a line.\n"
    "                      Default: jsonl for names ending in .jsonl, else text.\n"
    "  --dct DATE          creation date of plain-text documents: YYYY-MM-DD,\n"
    "                      YYYY-MM or YYYY (default: found in the text, or none)\n"
    "  --lexicon FILE      add a JSON lexicon file to the built-in one\n"
    "  --merge             the inputs are lines written by --output jsonl: merge\n"
    "                      them into one timeline (the reduce step)\n"
    "Output:\n"
    "  --output json|jsonl|html\n"
    "                      json (default): one merged timeline object;\n"
    "                      jsonl: one line per document as soon as it is done,\n"
    "                      unmerged (the map step); html: one self-contained page\n"
    "  --no-merge          one timeline entry per mention\n"
    "  -o, --out FILE      write to FILE (atomically: all or nothing)\n"
    "Run:\n"
    "  -j, --jobs N        N worker threads (0: one per CPU; default 1); output\n"
    "                      keeps the input order\n"
    "  -q, --quiet         no progress line (shown only when stderr is a terminal)\n"
    "  -h, --help          this help\n"
    "  -V, --version       program and library versions\n"
    "\n"
    "A document that cannot be read or processed is reported on stderr as\n"
    "FILE:LINE: reason and skipped; the others are still written and the exit\n"
    "status is 1.  Usage errors exit with 2.\n";

static void S_usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, PROG ": ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\nTry '" PROG " --help'.\n");
}

static const struct option_spec *S_find_long(const char *name, size_t len)
{
    for (size_t i = 0; i < sizeof option_table / sizeof *option_table; i++)
        if (strlen(option_table[i].long_name) == len &&
            memcmp(option_table[i].long_name, name, len) == 0)
            return &option_table[i];
    return NULL;
}

static const struct option_spec *S_find_short(char c)
{
    for (size_t i = 0; i < sizeof option_table / sizeof *option_table; i++)
        if (option_table[i].short_name == c)
            return &option_table[i];
    return NULL;
}

static bool S_parse_jobs(const char *s, unsigned *out)
{
    char *end = NULL;
    errno = 0;
    unsigned long n = strtoul(s, &end, 10);
    if (errno || end == s || *end || s[0] == '-' || n > MAX_JOBS)
        return false;
    if (n == 0) {
        long cpus = sysconf(_SC_NPROCESSORS_ONLN);
        n = cpus > 0 ? (unsigned long)cpus : 1;
        if (n > MAX_JOBS)
            n = MAX_JOBS;
    }
    *out = (unsigned)n;
    return true;
}

static bool S_apply_option(cli_options *o, option_id id, const char *value)
{
    syev_date date;
    switch (id) {
    case OPT_INPUT:
        if (strcmp(value, "text") && strcmp(value, "jsonl"))
            return S_usage_error("--input must be text or jsonl, not '%s'", value), false;
        o->input = value[0] == 't' ? INPUT_TEXT : INPUT_JSONL;
        return true;
    case OPT_OUTPUT:
        if (strcmp(value, "json") == 0)
            o->output = OUTPUT_JSON;
        else if (strcmp(value, "jsonl") == 0)
            o->output = OUTPUT_JSONL;
        else if (strcmp(value, "html") == 0)
            o->output = OUTPUT_HTML;
        else
            return S_usage_error("--output must be json, jsonl or html, not '%s'", value), false;
        return true;
    case OPT_DCT:
        if (syev_date_parse(value, &date, NULL) != SYEV_OK)
            return S_usage_error("--dct wants YYYY-MM-DD, YYYY-MM or YYYY, not '%s'", value), false;
        o->dct = value;
        return true;
    case OPT_JOBS:
        if (!S_parse_jobs(value, &o->jobs))
            return S_usage_error("-j wants a number of threads from 0 to 256, not '%s'", value),
                   false;
        return true;
    case OPT_LEXICON: o->lexicon = value; return true;
    case OPT_OUT: o->out_path = value; return true;
    case OPT_MERGE: o->merge = true; return true;
    case OPT_NO_MERGE: o->no_merge = true; return true;
    case OPT_QUIET: o->quiet = true; return true;
    case OPT_HELP: o->help = true; return true;
    case OPT_VERSION: o->version = true; return true;
    }
    return false;
}

/* Parses argv[*i] (and maybe argv[*i + 1]) as one option. */
static bool S_parse_option(cli_options *o, int argc, char **argv, int *i)
{
    const char *arg = argv[*i], *value = NULL;
    const struct option_spec *spec;
    if (arg[1] == '-') {
        const char *eq = strchr(arg + 2, '=');
        size_t len = eq ? (size_t)(eq - arg - 2) : strlen(arg + 2);
        spec = S_find_long(arg + 2, len);
        if (eq)
            value = eq + 1;
    } else {
        spec = S_find_short(arg[1]);
        if (spec && arg[2])
            value = arg + 2; /* -j4, -oFILE */
    }
    if (!spec)
        return S_usage_error("unknown option '%s'", arg), false;
    if (spec->takes_value && !value) {
        if (*i + 1 >= argc)
            return S_usage_error("option '%s' needs a value", arg), false;
        value = argv[++*i];
    } else if (!spec->takes_value && value) {
        return S_usage_error("option '%s' takes no value", arg), false;
    }
    return S_apply_option(o, spec->id, value);
}

/* Options that contradict each other are refused rather than ignored. */
static bool S_check_options(const cli_options *o)
{
    if (o->merge && o->output == OUTPUT_JSONL)
        return S_usage_error("%s", "--merge writes a merged timeline: use --output json or html"),
               false;
    if (o->merge && o->input == INPUT_TEXT)
        return S_usage_error("%s", "--merge reads JSON Lines written by --output jsonl"), false;
    if (o->input == INPUT_JSONL && o->dct)
        return S_usage_error("%s", "--dct is for plain text: JSON Lines documents carry a \"dct\""),
               false;
    if (o->merge && (o->dct || o->lexicon))
        return S_usage_error("%s", "--dct and --lexicon act on texts, not on --merge input"),
               false;
    return true;
}

static bool S_parse_args(int argc, char **argv, cli_options *o)
{
    memset(o, 0, sizeof *o);
    o->jobs = 1;
    o->files = calloc((size_t)argc + 1, sizeof *o->files);
    if (!o->files)
        return S_usage_error("%s", "out of memory"), false;
    bool only_files = false;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (!only_files && strcmp(arg, "--") == 0)
            only_files = true;
        else if (!only_files && arg[0] == '-' && arg[1] != '\0') {
            if (!S_parse_option(o, argc, argv, &i))
                return false;
        } else
            o->files[o->file_count++] = argv[i];
    }
    return o->help || o->version || S_check_options(o);
}

/* ================================================================== */
/* Output sink: stdout, or -o FILE written atomically                  */
/* ================================================================== */

/* The temporary file, for the signal handler: an interrupted run removes
 * it, so no half-written timeline is ever left behind. */
static char s_tmp_path[PATH_MAX + 16];
static volatile sig_atomic_t s_tmp_active;

static void S_on_fatal_signal(int sig)
{
    if (s_tmp_active)
        unlink(s_tmp_path);
    signal(sig, SIG_DFL);
    raise(sig);
}

static void S_install_signal_cleanup(void)
{
    static const int signals[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE};
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = S_on_fatal_signal;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < sizeof signals / sizeof *signals; i++)
        sigaction(signals[i], &sa, NULL);
}

typedef struct cli_sink {
    FILE *fp;
    const char *path; /* NULL: stdout */
} cli_sink;

static bool S_sink_open(cli_sink *s, const char *path)
{
    if (path && strcmp(path, "-") == 0)
        path = NULL; /* -o - is standard output */
    s->path = path;
    s->fp = path ? NULL : stdout;
    if (!path)
        return true;
    int n = snprintf(s_tmp_path, sizeof s_tmp_path, "%s.XXXXXX", path);
    if (n < 0 || (size_t)n >= sizeof s_tmp_path) {
        fprintf(stderr, PROG ": %s: file name too long\n", path);
        return false;
    }
    S_install_signal_cleanup();
    int fd = mkstemp(s_tmp_path);
    if (fd < 0) {
        fprintf(stderr, PROG ": cannot create a temporary file beside %s: %s\n", path,
                strerror(errno));
        return false;
    }
    s_tmp_active = 1;
    /* mkstemp makes the file 0600; give it the mode a plain fopen would. */
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    s->fp = fdopen(fd, "w");
    if (!s->fp) {
        int saved = errno;
        close(fd);
        unlink(s_tmp_path);
        s_tmp_active = 0;
        fprintf(stderr, PROG ": %s: %s\n", path, strerror(saved));
        return false;
    }
    return true;
}

/* Gives up: the temporary file goes, the old FILE stays untouched. */
static void S_sink_abort(cli_sink *s)
{
    if (!s->path || !s->fp)
        return;
    fclose(s->fp);
    s->fp = NULL;
    unlink(s_tmp_path);
    s_tmp_active = 0;
}

/* Flushes everything to disk and puts the file in place with one rename. */
static bool S_sink_commit(cli_sink *s)
{
    const char *name = s->path ? s->path : "standard output";
    bool ok = fflush(s->fp) == 0 && !ferror(s->fp);
    if (ok && s->path)
        ok = fsync(fileno(s->fp)) == 0;
    int saved = errno;
    if (!ok) {
        fprintf(stderr, PROG ": cannot write %s: %s\n", name, strerror(saved));
        S_sink_abort(s);
        return false;
    }
    if (!s->path)
        return true;
    ok = fclose(s->fp) == 0;
    s->fp = NULL;
    if (ok && rename(s_tmp_path, s->path) == 0) {
        s_tmp_active = 0;
        return true;
    }
    fprintf(stderr, PROG ": cannot write %s: %s\n", name, strerror(errno));
    unlink(s_tmp_path);
    s_tmp_active = 0;
    return false;
}

/* ================================================================== */
/* Progress on stderr (only when it is a terminal)                     */
/* ================================================================== */

typedef struct cli_progress {
    bool enabled, shown;
    double start, last;
    size_t documents;
    uint64_t bytes, total; /* total: 0 when unknown (stdin, pipes) */
} cli_progress;

static double S_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Sum of the inputs' sizes when they are all regular files, else 0. */
static uint64_t S_total_input_size(const cli_options *o)
{
    uint64_t total = 0;
    for (size_t i = 0; i < o->file_count; i++) {
        struct stat st;
        if (strcmp(o->files[i], "-") == 0 || stat(o->files[i], &st) != 0 || !S_ISREG(st.st_mode))
            return 0;
        total += (uint64_t)st.st_size;
    }
    return total;
}

static void S_progress_init(cli_progress *p, const cli_options *o)
{
    memset(p, 0, sizeof *p);
    p->enabled = !o->quiet && isatty(STDERR_FILENO);
    p->start = p->last = S_now();
    p->total = o->file_count ? S_total_input_size(o) : 0;
}

static void S_progress_show(cli_progress *p, bool force)
{
    if (!p->enabled)
        return;
    double now = S_now();
    if (!force && now - p->last < 0.25)
        return;
    p->last = now;
    double elapsed = now - p->start > 1e-6 ? now - p->start : 1e-6;
    double mb = (double)p->bytes / 1e6, rate = mb / elapsed;
    fprintf(stderr, "\r%zu documents, %.1f MB, %.1f MB/s", p->documents, mb, rate);
    if (p->total && rate > 0 && p->bytes <= p->total) {
        double eta = ((double)(p->total - p->bytes) / 1e6) / rate;
        fprintf(stderr, ", ETA %d:%02d", (int)eta / 60, (int)eta % 60);
    }
    fputs("   ", stderr);
    p->shown = true;
}

static void S_progress_done(cli_progress *p)
{
    if (p->shown) {
        S_progress_show(p, true);
        fputc('\n', stderr);
    }
}

/* ================================================================== */
/* JSON Lines reader: {"id", "dct", "text"} objects                    */
/* ================================================================== */

/* A strict RFC 8259 reader for one line.  Only "id", "dct" and "text" are
 * decoded, in place (the line is the job's own copy): a string decodes to
 * at most as many bytes as it takes, so the line holds its decoded bytes and
 * a NUL.  Other members are checked and skipped. */
typedef struct json_cursor {
    char *p, *begin, *end;
    const char *error; /* first problem, static text */
} json_cursor;

typedef struct json_doc {
    const char *id, *dct; /* decoded in place, in the line; or id_copy */
    char *id_copy;        /* owned: an id written as a number (not NUL-terminated in the line) */
    const char *text; /* decoded in place, in the line */
    size_t text_len;
} json_doc;

static bool S_json_fail(json_cursor *c, const char *what)
{
    if (!c->error)
        c->error = what;
    return false;
}

static void S_json_ws(json_cursor *c)
{
    while (c->p < c->end && (*c->p == ' ' || *c->p == '\t' || *c->p == '\n' || *c->p == '\r'))
        c->p++;
}

static bool S_json_expect(json_cursor *c, char ch, const char *what)
{
    S_json_ws(c);
    if (c->p >= c->end || *c->p != ch)
        return S_json_fail(c, what);
    c->p++;
    return true;
}

static int S_hex4(const char *s)
{
    int v = 0;
    for (int i = 0; i < 4; i++) {
        char h = s[i];
        int d = h >= '0' && h <= '9' ? h - '0'
              : h >= 'a' && h <= 'f' ? h - 'a' + 10
              : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

static size_t S_put_utf8(char *o, uint32_t cp)
{
    if (cp < 0x80) {
        o[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (char)(0xC0 | (cp >> 6));
        o[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | (cp >> 12));
        o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | (cp >> 18));
    o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Decodes \uXXXX (with its low surrogate when it is a high one) at c->p,
 * which points after the backslash-u. */
static bool S_json_unicode(json_cursor *c, uint32_t *cp)
{
    int hi = c->end - c->p >= 4 ? S_hex4(c->p) : -1;
    if (hi < 0)
        return S_json_fail(c, "bad \\u escape");
    c->p += 4;
    if (hi >= 0xDC00 && hi <= 0xDFFF)
        return S_json_fail(c, "lone surrogate in a \\u escape");
    if (hi < 0xD800 || hi > 0xDBFF) {
        *cp = (uint32_t)hi;
        return true;
    }
    int lo = c->end - c->p >= 6 && c->p[0] == '\\' && c->p[1] == 'u' ? S_hex4(c->p + 2) : -1;
    if (lo < 0xDC00 || lo > 0xDFFF)
        return S_json_fail(c, "lone surrogate in a \\u escape");
    c->p += 6;
    *cp = 0x10000 + (((uint32_t)hi - 0xD800) << 10) + ((uint32_t)lo - 0xDC00);
    return true;
}

/* The byte that a one-letter escape \x stands for, by x; 0: no such escape. */
static const char S_json_short_escape[256] = {
    ['"'] = '"', ['\\'] = '\\', ['/'] = '/', ['b'] = '\b',
    ['f'] = '\f', ['n'] = '\n', ['r'] = '\r', ['t'] = '\t',
};

static bool S_json_escape(json_cursor *c, char *o, size_t *n)
{
    if (c->p >= c->end)
        return S_json_fail(c, "unterminated string");
    char e = *c->p++;
    if (e == 'u') {
        uint32_t cp;
        if (!S_json_unicode(c, &cp))
            return false;
        *n = o ? S_put_utf8(o, cp) : 0;
        return true;
    }
    const char to = S_json_short_escape[(unsigned char)e];
    if (!to)
        return S_json_fail(c, "bad escape in a string");
    if (o)
        o[0] = to;
    *n = 1;
    return true;
}

/* Length of the well-formed UTF-8 sequence at p (no overlong forms, no
 * surrogates, nothing above U+10FFFF), or 0.  JSON text must be UTF-8. */
static size_t S_utf8_len(const unsigned char *p, size_t avail)
{
    static const struct { unsigned char lead_min, lead_max, next_min, next_max; size_t len; }
        forms[] = {
            {0xC2, 0xDF, 0x80, 0xBF, 2}, {0xE0, 0xE0, 0xA0, 0xBF, 3}, {0xE1, 0xEC, 0x80, 0xBF, 3},
            {0xED, 0xED, 0x80, 0x9F, 3}, {0xEE, 0xEF, 0x80, 0xBF, 3}, {0xF0, 0xF0, 0x90, 0xBF, 4},
            {0xF1, 0xF3, 0x80, 0xBF, 4}, {0xF4, 0xF4, 0x80, 0x8F, 4},
        };
    if (p[0] >= 0xC2 && p[0] <= 0xDF) /* forms[0], most of French text: one test */
        return avail >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
    for (size_t f = 0; f < sizeof forms / sizeof *forms; f++) {
        if (p[0] < forms[f].lead_min || p[0] > forms[f].lead_max)
            continue;
        size_t n = forms[f].len;
        if (avail < n || p[1] < forms[f].next_min || p[1] > forms[f].next_max)
            return 0;
        for (size_t i = 2; i < n; i++)
            if ((p[i] & 0xC0) != 0x80)
                return 0;
        return n;
    }
    return 0;
}

/* One character of a string at c->p: an escape, a UTF-8 sequence or an
 * ASCII byte.  Writes its decoded bytes to `o` (when not NULL), their
 * number to *n. */
static bool S_json_char(json_cursor *c, char *o, size_t *n)
{
    unsigned char ch = (unsigned char)*c->p;
    if (ch < 0x20)
        return S_json_fail(c, "control character in a string");
    if (ch == '\\') {
        c->p++;
        return S_json_escape(c, o, n);
    }
    *n = ch < 0x80 ? 1 : S_utf8_len((const unsigned char *)c->p, (size_t)(c->end - c->p));
    if (*n == 0)
        return S_json_fail(c, "invalid UTF-8");
    if (o)
        memcpy(o, c->p, *n);
    c->p += *n;
    return true;
}

/* Nonzero when one of the 8 bytes of w is not plain ASCII: below 0x20, '"',
 * '\\' or above 0x7F.  Word-at-a-time tests ("a byte less than n", "a zero
 * byte": Hacker's Delight, 6-1), exact as to whether some byte matches.
 * One test takes the control bytes and '"' together: c ^ 2 maps 0x00..0x1F
 * onto itself and '"' (0x22) onto 0x20, every other byte above 0x20.
 * The library's writer has the same test (lib/json.c, S_word_needs_escape);
 * this program links only the public API, so it keeps its own. */
static uint64_t S_json_word_special(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    const uint64_t control_or_quote = w ^ (ones * 0x02), backslash = w ^ (ones * '\\');
    return (w | ((control_or_quote - ones * 0x21) & ~control_or_quote) |
            ((backslash - ones) & ~backslash)) &
           highs;
}

/* Plain ASCII: what S_json_word_special passes, one byte at a time. */
static const unsigned char S_json_plain_table[256] = {
    /* 0x00-0x1F: control characters */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    /* 0x20-0x7F but '"' (0x22) and '\\' (0x5C); 0x80-0xFF: UTF-8 */
    1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

static bool S_json_plain_ascii(unsigned char ch)
{
    return S_json_plain_table[ch];
}

/* Is the machine little-endian?  (A constant once compiled.) */
static bool S_little_endian(void)
{
    const uint16_t one = 1;
    unsigned char first;
    memcpy(&first, &one, 1);
    return first == 1;
}

/* Index of the lowest set bit of `bits` (not 0). */
static size_t S_lowest_bit(uint64_t bits)
{
#if defined(__GNUC__) || defined(__clang__)
    return (size_t)__builtin_ctzll(bits);
#else
    size_t k = 0;
    for (; !(bits & 1u); bits >>= 1)
        k++;
    return k;
#endif
}

#if defined(__SSE2__)
/* Bit k set when byte k of the 16 at q is not plain ASCII: one signed
 * comparison takes the control characters and the bytes above 0x7F. */
static unsigned S_json_special16(const char *q)
{
    const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)q);
    const __m128i special =
        _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
                     _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                  _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
    return (unsigned)_mm_movemask_epi8(special);
}
#endif

/* How many plain ASCII bytes start at q: 16 at a time with SSE2 (every
 * x86-64), else 8 at a time, the last ones one by one.  On a little-endian
 * machine the first byte S_json_word_special flags is its lowest flag: a
 * borrow of its tests only ever flags a byte after one that matches. */
static size_t S_json_plain_run(const char *q, const char *end)
{
    const char *r = q;
#if defined(__SSE2__)
    for (; end - r >= 16; r += 16) {
        const unsigned special = S_json_special16(r);
        if (special)
            return (size_t)(r - q) + S_lowest_bit(special);
    }
#endif
    for (; end - r >= 8; r += 8) {
        uint64_t w;
        memcpy(&w, r, sizeof w);
        const uint64_t special = S_json_word_special(w);
        if (!special)
            continue;
        if (S_little_endian())
            return (size_t)(r - q) + S_lowest_bit(special) / 8;
        break;
    }
    while (r < end && S_json_plain_ascii((unsigned char)*r))
        r++;
    return (size_t)(r - q);
}

/* The length of the well-formed UTF-8 sequence at u (at least one byte
 * before end), 0 when there is none: most are two bytes (French accents),
 * S_utf8_len's first test, made here. */
static size_t S_json_sequence_len(const unsigned char *u, const char *end)
{
    const size_t avail = (size_t)(end - (const char *)u);
    if (avail >= 2 && u[0] >= 0xC2 && u[0] <= 0xDF && (u[1] & 0xC0) == 0x80)
        return 2;
    return u[0] >= 0x80 ? S_utf8_len(u, avail) : 0;
}

/* How many bytes from p on a string holds as they are: plain ASCII and
 * well-formed UTF-8 sequences, up to a quote, an escape, a control
 * character or invalid UTF-8 (which S_json_char then reads or refuses).
 * With SSE2, a block's flagged bytes that begin a UTF-8 sequence are
 * stepped over within the block: an accent costs no new load. */
static size_t S_json_verbatim(const char *p, const char *end)
{
    const char *q = p;
#if defined(__SSE2__)
    enum { BLOCK = 32 }; /* two vectors: one loop step for a line of plain text */
    while (end - q >= BLOCK) {
        uint32_t special = S_json_special16(q) | (uint32_t)S_json_special16(q + 16) << 16;
        size_t next = BLOCK; /* where the next block starts, from q */
        while (special) {
            const size_t k = S_lowest_bit(special);
            const size_t n = S_json_sequence_len((const unsigned char *)q + k, end);
            if (n == 0)
                return (size_t)(q + k - p);
            if (k + n >= BLOCK) { /* the sequence ends the block or goes past it */
                next = k + n;
                break;
            }
            special &= ~(uint32_t)0 << (k + n); /* its continuation bytes are flagged too */
        }
        q += next;
    }
#endif
    while (q < end) {
        q += S_json_plain_run(q, end);
        const size_t n = q < end ? S_json_sequence_len((const unsigned char *)q, end) : 0;
        if (n == 0)
            break;
        q += n;
    }
    return (size_t)(q - p);
}

/* Reads a string at c->p (on its opening quote).  With `out`, decodes it
 * in place: *out is where its first byte was, and a NUL ends the decoded
 * bytes (at the closing quote at the latest). */
static bool S_json_string(json_cursor *c, char **out, size_t *out_len)
{
    char *start = ++c->p, *w = start;
#if defined(__SSE2__)
    /* A short string of plain ASCII (a member name, an id, a date): its
     * closing quote is the first byte of the sixteen at its start that
     * S_json_special16 flags, and every byte before it is verbatim. */
    if (c->end - start >= 16) {
        const unsigned special = S_json_special16(start);
        if (special && start[S_lowest_bit(special)] == '"')
            c->p = w = start + S_lowest_bit(special);
    }
#endif
    while (c->p < c->end && *c->p != '"') {
        size_t k = S_json_verbatim(c->p, c->end);
        if (k > 0) {
            if (out && w != c->p) /* behind an escape: the bytes move back */
                memmove(w, c->p, k);
            c->p += k;
        } else if (c->p[0] == '\\' && c->end - c->p >= 2 &&
                   S_json_short_escape[(unsigned char)c->p[1]]) {
            /* \n between paragraphs, \" around quotes: decoded here */
            if (out)
                *w = S_json_short_escape[(unsigned char)c->p[1]];
            c->p += 2;
            k = 1;
        } else {
            char decoded[4]; /* read whole before it is written back */
            if (!S_json_char(c, out ? decoded : NULL, &k))
                return false;
            if (out)
                memcpy(w, decoded, k);
        }
        w += k;
    }
    if (c->p >= c->end)
        return S_json_fail(c, "unterminated string");
    c->p++;
    if (out) {
        *w = '\0';
        *out = start;
        *out_len = (size_t)(w - start);
    }
    return true;
}

static bool S_json_number(json_cursor *c)
{
    char *p = c->p;
    if (p < c->end && *p == '-')
        p++;
    if (p >= c->end || *p < '0' || *p > '9')
        return S_json_fail(c, "bad value");
    if (*p == '0')
        p++;
    else
        while (p < c->end && *p >= '0' && *p <= '9')
            p++;
    if (p < c->end && *p == '.') {
        const char *d = ++p;
        while (p < c->end && *p >= '0' && *p <= '9')
            p++;
        if (p == d)
            return S_json_fail(c, "bad number");
    }
    if (p < c->end && (*p == 'e' || *p == 'E')) {
        p++;
        if (p < c->end && (*p == '+' || *p == '-'))
            p++;
        const char *d = p;
        while (p < c->end && *p >= '0' && *p <= '9')
            p++;
        if (p == d)
            return S_json_fail(c, "bad number");
    }
    c->p = p;
    return true;
}

static bool S_json_literal(json_cursor *c, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(c->end - c->p) < n || memcmp(c->p, word, n) != 0)
        return S_json_fail(c, "bad value");
    c->p += n;
    return true;
}

static bool S_json_skip_value(json_cursor *c, int depth);

/* Skips an array or object body; c->p is on '[' or '{'. */
static bool S_json_skip_container(json_cursor *c, int depth)
{
    char close = *c->p == '[' ? ']' : '}';
    bool object = close == '}';
    c->p++;
    S_json_ws(c);
    if (c->p < c->end && *c->p == close) {
        c->p++;
        return true;
    }
    for (;;) {
        if (object) {
            S_json_ws(c);
            if (c->p >= c->end || *c->p != '"')
                return S_json_fail(c, "expected a member name");
            if (!S_json_string(c, NULL, NULL) || !S_json_expect(c, ':', "expected ':'"))
                return false;
        }
        if (!S_json_skip_value(c, depth + 1))
            return false;
        S_json_ws(c);
        if (c->p < c->end && *c->p == ',') {
            c->p++;
            continue;
        }
        return S_json_expect(c, close, object ? "expected ',' or '}'" : "expected ',' or ']'");
    }
}

static bool S_json_skip_value(json_cursor *c, int depth)
{
    S_json_ws(c);
    if (c->p >= c->end)
        return S_json_fail(c, "missing value");
    switch (*c->p) {
    case '"': return S_json_string(c, NULL, NULL);
    case '{': case '[':
        if (depth >= JSON_MAX_DEPTH)
            return S_json_fail(c, "nesting too deep");
        return S_json_skip_container(c, depth);
    case 't': return S_json_literal(c, "true");
    case 'f': return S_json_literal(c, "false");
    case 'n': return S_json_literal(c, "null");
    default: return S_json_number(c);
    }
}

/* "id" or "dct", replacing an earlier duplicate: a string decoded in place
 * (NUL-terminated there).  null leaves it NULL; a number (with `copy`:
 * ids are sometimes numbers) is kept as written, in a copy. */
static bool S_json_keep(json_cursor *c, const char **slot, char **copy)
{
    S_json_ws(c);
    *slot = NULL;
    if (copy) {
        free(*copy);
        *copy = NULL;
    }
    char *start = c->p;
    if (c->p < c->end && *c->p == '"') {
        size_t n;
        if (!S_json_string(c, &start, &n))
            return false;
        *slot = start;
        return true;
    }
    if (c->p < c->end && *c->p == 'n')
        return S_json_literal(c, "null");
    if (!copy || !S_json_number(c))
        return S_json_fail(c, copy ? "\"id\" must be a string or a number"
                                   : "a string or null was expected");
    const size_t n = (size_t)(c->p - start);
    *copy = malloc(n + 1);
    if (!*copy)
        return S_json_fail(c, "out of memory");
    memcpy(*copy, start, n);
    (*copy)[n] = '\0';
    *slot = *copy;
    return true;
}

/* "text": decoded in place, replacing an earlier duplicate; null leaves it
 * NULL. */
static bool S_json_keep_text(json_cursor *c, json_doc *d)
{
    S_json_ws(c);
    d->text = NULL;
    char *text;
    if (c->p < c->end && *c->p == '"') {
        if (!S_json_string(c, &text, &d->text_len))
            return false;
        d->text = text;
        return true;
    }
    if (c->p < c->end && *c->p == 'n')
        return S_json_literal(c, "null");
    return S_json_fail(c, "a string or null was expected");
}

static bool S_json_member(json_cursor *c, json_doc *d)
{
    char *key;
    size_t key_len;
    S_json_ws(c);
    if (c->p >= c->end || *c->p != '"')
        return S_json_fail(c, "expected a member name");
    if (!S_json_string(c, &key, &key_len) || !S_json_expect(c, ':', "expected ':'"))
        return false;
    /* as strcmp (up to a NUL the key may hold), key[key_len] being the NUL */
    if (key_len >= 4 && memcmp(key, "text", 5) == 0)
        return S_json_keep_text(c, d);
    if (key_len >= 3 && memcmp(key, "dct", 4) == 0)
        return S_json_keep(c, &d->dct, NULL);
    if (key_len >= 2 && memcmp(key, "id", 3) == 0)
        return S_json_keep(c, &d->id, &d->id_copy);
    return S_json_skip_value(c, 1);
}

static void S_json_doc_release(json_doc *d)
{
    free(d->id_copy);
    memset(d, 0, sizeof *d);
}

/* Parses one line into *d, decoding its text in place.  Returns NULL, or a
 * reason written into `why`. */
static const char *S_json_doc_parse(char *line, size_t len, json_doc *d, char *why,
                                    size_t why_size)
{
    json_cursor c = {line, line, line + len, NULL};
    memset(d, 0, sizeof *d);
    bool ok = S_json_expect(&c, '{', "a JSON object was expected");
    S_json_ws(&c);
    if (ok && c.p < c.end && *c.p == '}')
        c.p++;
    else
        while (ok && (ok = S_json_member(&c, d))) {
            S_json_ws(&c);
            if (c.p < c.end && *c.p == ',')
                c.p++;
            else {
                ok = S_json_expect(&c, '}', "expected ',' or '}'");
                break;
            }
        }
    S_json_ws(&c);
    if (ok && c.p != c.end)
        ok = S_json_fail(&c, "text after the JSON object");
    if (!ok) {
        snprintf(why, why_size, "invalid JSON at column %zu: %s", (size_t)(c.p - c.begin) + 1,
                 c.error);
        S_json_doc_release(d);
        return why;
    }
    if (!d->text) {
        S_json_doc_release(d);
        return "no \"text\" string";
    }
    return NULL;
}

/* ================================================================== */
/* Jobs: one document from reading to output                           */
/* ================================================================== */

typedef struct cli_job {
    const char *source;  /* input name, for messages */
    size_t line;         /* 1-based line in a JSONL input; 0 for a text file */
    char *line_copy;     /* a JSONL line, in the job's block, parsed (in place) by the worker */
    size_t line_len;
    char *text;          /* owned until extracted: a text file's */
    size_t len;
    const char *id, *dct; /* in line_copy, or own_id / own_dct */
    char *own_id, *own_dct; /* owned */
    char *problem;       /* owned: why the input could not be read */
    syev_status status;
    syev_error err;
    syev_doc *doc;       /* --output json|html */
    char *json;          /* --output jsonl (syev_free) */
    bool done;           /* set by the worker, under the pool lock */
    char line_block[];   /* line_copy's bytes (S_job_new) */
} cli_job;

typedef struct cli_ctx {
    const cli_options *opts;
    syev_extractor *ex;
    syev_timeline *tl;
    cli_sink sink;
    cli_progress progress;
    bool failed;
} cli_ctx;

static void S_job_free(cli_job *job)
{
    free(job->text);
    free(job->own_id);
    free(job->own_dct);
    free(job->problem);
    syev_doc_free(job->doc);
    syev_free(job->json);
    free(job);
}

/* Reports a document that could not be used, as FILE:LINE: reason. */
static void S_report(cli_ctx *ctx, const char *source, size_t line, const char *reason)
{
    ctx->failed = true;
    if (ctx->progress.shown)
        fputc('\n', stderr);
    if (line)
        fprintf(stderr, "%s:%zu: %s\n", source, line, reason);
    else
        fprintf(stderr, "%s: %s\n", source, reason);
    ctx->progress.shown = false;
}

static const char *S_job_from_line(cli_job *job, char *line, size_t len, size_t *text_len);

/* The work done in parallel: reading a JSONL line, extraction, and
 * rendering for jsonl (the main thread only reads lines and writes). */
static void S_job_run(const cli_ctx *ctx, cli_job *job)
{
    const char *text = job->text;
    size_t len = job->len;
    if (job->line_copy)
        text = S_job_from_line(job, job->line_copy, job->line_len, &len);
    if (!job->problem)
        job->status = syev_extract(ctx->ex, text, len, job->id, job->dct, &job->doc, &job->err);
    /* the document keeps its own copy of the text (a line stays in the
     * job's block: its id points there) */
    free(job->text);
    job->text = NULL;
    if (job->problem)
        return;
    if (job->status == SYEV_OK && ctx->opts->output == OUTPUT_JSONL) {
        job->status = syev_doc_to_json(job->doc, &job->json, &job->err);
        syev_doc_free(job->doc);
        job->doc = NULL;
    }
}

/* The work done in input order on the main thread: output, then free. */
static void S_job_finish(cli_ctx *ctx, cli_job *job)
{
    syev_error err = {0};
    if (job->problem)
        S_report(ctx, job->source, job->line, job->problem);
    else if (job->status != SYEV_OK)
        S_report(ctx, job->source, job->line, job->err.message);
    else if (job->json) {
        fputs(job->json, ctx->sink.fp);
        fputc('\n', ctx->sink.fp);
    } else if (syev_timeline_add(ctx->tl, job->doc, &err) != SYEV_OK)
        S_report(ctx, job->source, job->line, err.message);
    ctx->progress.documents++;
    S_progress_show(&ctx->progress, false);
    S_job_free(job);
}

/* ================================================================== */
/* Worker pool: N threads, one shared extractor, output in input order */
/* ================================================================== */

/* Jobs live in a ring of `cap` slots, in input order.  Sequence numbers:
 * [head, next) are being worked on or done, [next, tail) wait for a worker.
 * The main thread reads, submits, and finishes jobs from `head` as they are
 * done, so at most `cap` documents are in memory whatever the input size. */
typedef struct cli_pool {
    pthread_mutex_t lock;
    pthread_cond_t work_ready, job_done;
    cli_job **ring;
    size_t cap, head, next, tail;
    bool closing;
    pthread_t *threads;
    unsigned thread_count;
    cli_ctx *ctx;
} cli_pool;

/* How many jobs from the head are done (called with the lock held). */
static size_t S_done_from_head(const cli_pool *pool)
{
    size_t n = 0;
    while (pool->head + n < pool->next && pool->ring[(pool->head + n) % pool->cap]->done)
        n++;
    return n;
}

/* Wakes the main thread only when it has a batch to write out (half the
 * ring), or when the workers are about to run out of work: one wake-up per
 * document cost the workers a context switch each on a 2-core machine. */
static void S_job_done(cli_pool *pool, cli_job *job)
{
    job->done = true;
    if (pool->next == pool->tail || S_done_from_head(pool) >= pool->cap / 2)
        pthread_cond_signal(&pool->job_done);
}

static void *S_worker(void *arg)
{
    cli_pool *pool = arg;
    pthread_mutex_lock(&pool->lock);
    for (;;) {
        while (pool->next == pool->tail && !pool->closing)
            pthread_cond_wait(&pool->work_ready, &pool->lock);
        if (pool->next == pool->tail)
            break;
        cli_job *job = pool->ring[pool->next++ % pool->cap];
        pthread_mutex_unlock(&pool->lock);
        S_job_run(pool->ctx, job);
        pthread_mutex_lock(&pool->lock);
        S_job_done(pool, job);
    }
    pthread_mutex_unlock(&pool->lock);
    return NULL;
}

static void S_pool_stop(cli_pool *pool)
{
    pthread_mutex_lock(&pool->lock);
    pool->closing = true;
    pthread_cond_broadcast(&pool->work_ready);
    pthread_mutex_unlock(&pool->lock);
    for (unsigned i = 0; i < pool->thread_count; i++)
        pthread_join(pool->threads[i], NULL);
    pthread_cond_destroy(&pool->work_ready);
    pthread_cond_destroy(&pool->job_done);
    pthread_mutex_destroy(&pool->lock);
    free(pool->threads);
    free(pool->ring);
}

static bool S_pool_start(cli_pool *pool, cli_ctx *ctx, unsigned workers)
{
    memset(pool, 0, sizeof *pool);
    pool->ctx = ctx;
    pool->cap = (size_t)workers * QUEUE_PER_WORKER;
    pool->ring = calloc(pool->cap, sizeof *pool->ring);
    pool->threads = calloc(workers, sizeof *pool->threads);
    pthread_mutex_init(&pool->lock, NULL);
    pthread_cond_init(&pool->work_ready, NULL);
    pthread_cond_init(&pool->job_done, NULL);
    bool ok = pool->ring && pool->threads;
    for (unsigned i = 0; ok && i < workers; i++) {
        ok = pthread_create(&pool->threads[i], NULL, S_worker, pool) == 0;
        pool->thread_count += ok;
    }
    if (!ok) {
        fprintf(stderr, PROG ": cannot start %u threads\n", workers);
        S_pool_stop(pool);
    }
    return ok;
}

/* Finishes the oldest job, waiting for it if needed.  Called with the lock
 * held; drops it while writing the output. */
static void S_pool_finish_head(cli_pool *pool, bool wait)
{
    while (pool->head < pool->tail) {
        cli_job *job = pool->ring[pool->head % pool->cap];
        while (wait && !job->done)
            pthread_cond_wait(&pool->job_done, &pool->lock);
        if (!job->done)
            return;
        pool->head++;
        pthread_mutex_unlock(&pool->lock);
        S_job_finish(pool->ctx, job);
        pthread_mutex_lock(&pool->lock);
        if (wait)
            return;
    }
}

static void S_pool_submit(cli_pool *pool, cli_job *job)
{
    pthread_mutex_lock(&pool->lock);
    while (pool->tail - pool->head == pool->cap)
        S_pool_finish_head(pool, true);
    pool->ring[pool->tail++ % pool->cap] = job;
    pthread_cond_signal(&pool->work_ready);
    S_pool_finish_head(pool, false); /* stream out what is already done */
    pthread_mutex_unlock(&pool->lock);
}

static void S_pool_drain(cli_pool *pool)
{
    pthread_mutex_lock(&pool->lock);
    while (pool->head < pool->tail)
        S_pool_finish_head(pool, true);
    pthread_mutex_unlock(&pool->lock);
}

/* One document: to the pool, or processed right away with -j 1. */
static void S_submit(cli_ctx *ctx, cli_pool *pool, cli_job *job)
{
    if (pool) {
        S_pool_submit(pool, job);
        return;
    }
    S_job_run(ctx, job);
    S_job_finish(ctx, job);
}

/* ================================================================== */
/* Inputs                                                              */
/* ================================================================== */

static const char utf8_bom[] = "\xEF\xBB\xBF";

static bool S_is_stdin(const char *name)
{
    return strcmp(name, "-") == 0;
}

static const char *S_display_name(const char *name)
{
    return S_is_stdin(name) ? "<stdin>" : name;
}

static FILE *S_open_input(cli_ctx *ctx, const char *name)
{
    if (S_is_stdin(name))
        return stdin;
    FILE *fp = fopen(name, "rb");
    if (!fp)
        S_report(ctx, name, 0, strerror(errno));
    return fp;
}

static void S_close_input(cli_ctx *ctx, FILE *fp, const char *name)
{
    if (ferror(fp))
        S_report(ctx, S_display_name(name), 0, "read error");
    if (fp != stdin)
        fclose(fp);
}

static input_kind S_kind_of(const cli_options *o, const char *name)
{
    if (o->input != INPUT_AUTO)
        return o->input;
    if (o->merge)
        return INPUT_JSONL;
    size_t n = strlen(name);
    return n >= 6 && strcmp(name + n - 6, ".jsonl") == 0 ? INPUT_JSONL : INPUT_TEXT;
}

/* A job with room for `extra` bytes after it (line_block). */
static cli_job *S_job_new(cli_ctx *ctx, const char *source, size_t line, size_t extra)
{
    cli_job *job = malloc(sizeof *job + extra);
    if (!job) {
        S_report(ctx, source, line, "out of memory");
        return NULL;
    }
    memset(job, 0, sizeof *job);
    job->source = source;
    job->line = line;
    return job;
}

static char *S_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    return d ? memcpy(d, s, n) : NULL;
}

/* Reads a whole stream of at most `limit` bytes; NULL with errno set on
 * failure (EFBIG when the stream is longer). */
static char *S_read_all(FILE *fp, size_t limit, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf && n <= limit) {
        n += fread(buf + n, 1, cap - n, fp);
        if (n < cap || ferror(fp))
            break;
        char *bigger = realloc(buf, cap * 2);
        if (!bigger)
            break;
        buf = bigger;
        cap *= 2;
    }
    int why = 0;
    if (!buf)
        why = ENOMEM;
    else if (n > limit)
        why = EFBIG;
    else if (ferror(fp))
        why = errno ? errno : EIO;
    else if (n == cap)
        why = ENOMEM; /* the buffer could not grow and there is more to read */
    if (why) {
        free(buf);
        errno = why;
        return NULL;
    }
    *len = n;
    return buf;
}

/* A plain-text input is one document whose id is the file name. */
static void S_read_text(cli_ctx *ctx, cli_pool *pool, const char *name)
{
    FILE *fp = S_open_input(ctx, name);
    if (!fp)
        return;
    cli_job *job = S_job_new(ctx, S_display_name(name), 0, 0);
    if (job) {
        job->text = S_read_all(fp, MAX_DOCUMENT_BYTES, &job->len);
        if (!job->text) {
            job->problem = S_strdup(errno == EFBIG ? "larger than the 256 MiB document limit"
                                                   : strerror(errno));
            clearerr(fp); /* reported once, here */
        } else if (job->len >= 3 && memcmp(job->text, utf8_bom, 3) == 0) {
            memmove(job->text, job->text + 3, job->len -= 3);
        }
        job->id = job->own_id = S_strdup(S_is_stdin(name) ? "stdin" : name);
        job->dct = job->own_dct = ctx->opts->dct ? S_strdup(ctx->opts->dct) : NULL;
        if (!job->problem && (!job->id || (ctx->opts->dct && !job->dct)))
            job->problem = S_strdup("out of memory");
        ctx->progress.bytes += job->len;
        S_submit(ctx, pool, job);
    }
    S_close_input(ctx, fp, name);
}

/* Reads one line of any length; strips "\n" or "\r\n", and a UTF-8 BOM on
 * the first line.  Returns false at the end of the input. */
typedef struct cli_lines {
    FILE *fp;
    char *buf;
    size_t cap;
    size_t number; /* of the last line read, 1-based */
    size_t raw;    /* its length in the file */
    int error;     /* errno when reading stopped before the end */
} cli_lines;

#define LINE_BUFFER_KEEP ((size_t)1 << 24) /* larger buffers are not kept */

static bool S_next_line(cli_lines *r, char **line, size_t *len)
{
    if (r->cap > LINE_BUFFER_KEEP) { /* after a huge line, give the memory back */
        free(r->buf);
        r->buf = NULL;
        r->cap = 0;
    }
    errno = 0;
    ssize_t n = getline(&r->buf, &r->cap, r->fp);
    if (n < 0) {
        r->error = feof(r->fp) ? 0 : errno ? errno : EIO;
        return false;
    }
    r->number++;
    r->raw = (size_t)n;
    char *s = r->buf;
    size_t k = (size_t)n;
    if (k && s[k - 1] == '\n')
        k--;
    if (k && s[k - 1] == '\r')
        k--;
    if (r->number == 1 && k >= 3 && memcmp(s, utf8_bom, 3) == 0) {
        s += 3;
        k -= 3;
    }
    *line = s;
    *len = k;
    return true;
}

/* Reports a line that could not be read (out of memory for a huge line, an
 * I/O error), then closes the input. */
static void S_lines_end(cli_ctx *ctx, cli_lines *r, const char *name)
{
    if (r->error) {
        S_report(ctx, S_display_name(name), r->number + 1, strerror(r->error));
        clearerr(r->fp); /* reported once, here */
    }
    free(r->buf);
    S_close_input(ctx, r->fp, name);
}

static bool S_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
            return false;
    return true;
}

/* Turns one JSONL line into a job's id and dct, or a job carrying its
 * problem; returns its text, decoded in place in the line. */
static const char *S_job_from_line(cli_job *job, char *line, size_t len, size_t *text_len)
{
    char why[256];
    json_doc d;
    const char *problem = S_json_doc_parse(line, len, &d, why, sizeof why);
    syev_date date;
    syev_error err = {0};
    if (!problem && d.dct && syev_date_parse(d.dct, &date, &err) != SYEV_OK) {
        snprintf(why, sizeof why, "bad \"dct\": %s", err.message);
        problem = why;
    }
    if (problem) {
        S_json_doc_release(&d);
        job->problem = S_strdup(problem);
        return NULL;
    }
    job->dct = d.dct;
    job->id = d.id;
    job->own_id = d.id_copy;
    *text_len = d.text_len;
    return d.text;
}

/* One JSONL document line: to the pool (or processed right away). */
static void S_document_line(cli_ctx *ctx, cli_pool *pool, const char *name, size_t number,
                            const char *line, size_t len)
{
    cli_job *job = len < SIZE_MAX - sizeof *job ? S_job_new(ctx, S_display_name(name), number, len + 1)
                                                 : NULL;
    if (!job)
        return;
    job->line_copy = job->line_block;
    memcpy(job->line_copy, line, len);
    job->line_copy[len] = '\0';
    job->line_len = len;
    S_submit(ctx, pool, job);
}

/* --merge: a line written by --output jsonl goes straight into the timeline. */
static void S_merge_line(cli_ctx *ctx, cli_pool *pool, const char *name, size_t number,
                         const char *line, size_t len)
{
    (void)pool;
    syev_error err = {0};
    if (syev_timeline_add_json(ctx->tl, line, len, &err) != SYEV_OK)
        S_report(ctx, S_display_name(name), number, err.message);
    ctx->progress.documents++;
    S_progress_show(&ctx->progress, false);
}

typedef void (*line_handler)(cli_ctx *ctx, cli_pool *pool, const char *name, size_t number,
                             const char *line, size_t len);

/* Hands every non-blank line of a JSON Lines input to `handle`. */
static void S_read_lines(cli_ctx *ctx, cli_pool *pool, const char *name, line_handler handle)
{
    FILE *fp = S_open_input(ctx, name);
    if (!fp)
        return;
    cli_lines r = {fp, NULL, 0, 0, 0, 0};
    char *line;
    size_t len;
    while (S_next_line(&r, &line, &len)) {
        ctx->progress.bytes += r.raw;
        if (!S_blank(line, len))
            handle(ctx, pool, name, r.number, line, len);
    }
    S_lines_end(ctx, &r, name);
}

static void S_read_inputs(cli_ctx *ctx, cli_pool *pool)
{
    const cli_options *o = ctx->opts;
    static char *const stdin_only[] = {"-"};
    char *const *files = o->file_count ? o->files : stdin_only;
    size_t count = o->file_count ? o->file_count : 1;
    for (size_t i = 0; i < count; i++) {
        if (o->merge)
            S_read_lines(ctx, pool, files[i], S_merge_line);
        else if (S_kind_of(o, files[i]) == INPUT_JSONL)
            S_read_lines(ctx, pool, files[i], S_document_line);
        else
            S_read_text(ctx, pool, files[i]);
    }
}

/* ================================================================== */
/* Main                                                                */
/* ================================================================== */

static bool S_setup(cli_ctx *ctx)
{
    const cli_options *o = ctx->opts;
    syev_error err = {0};
    if (!o->merge) {
        syev_options opts = SYEV_OPTIONS_INIT;
        opts.lexicon_path = o->lexicon;
        opts.max_document_bytes = MAX_DOCUMENT_BYTES;
        if (syev_extractor_new(&opts, &ctx->ex, &err) != SYEV_OK) {
            fprintf(stderr, PROG ": %s\n", err.message);
            return false;
        }
    }
    if (o->output != OUTPUT_JSONL) {
        unsigned flags = o->no_merge ? SYEV_TIMELINE_NO_MERGE : 0u;
        if (syev_timeline_new(flags, NULL, &ctx->tl, &err) != SYEV_OK) {
            fprintf(stderr, PROG ": %s\n", err.message);
            return false;
        }
    }
    return S_sink_open(&ctx->sink, o->out_path);
}

/* Renders the merged timeline (json or html) into the sink. */
static bool S_write_timeline(cli_ctx *ctx)
{
    char *text = NULL;
    syev_error err = {0};
    syev_status st = ctx->opts->output == OUTPUT_HTML ? syev_timeline_to_html(ctx->tl, &text, &err)
                                                      : syev_timeline_to_json(ctx->tl, &text, &err);
    if (st != SYEV_OK) {
        fprintf(stderr, PROG ": cannot render the timeline: %s\n", err.message);
        return false;
    }
    fputs(text, ctx->sink.fp);
    fputc('\n', ctx->sink.fp);
    syev_free(text);
    return true;
}

static bool S_run(cli_ctx *ctx)
{
    cli_pool pool;
    bool threaded = ctx->opts->jobs > 1 && !ctx->opts->merge;
    if (threaded && !S_pool_start(&pool, ctx, ctx->opts->jobs))
        return false;
    S_read_inputs(ctx, threaded ? &pool : NULL);
    if (threaded) {
        S_pool_drain(&pool);
        S_pool_stop(&pool);
    }
    S_progress_done(&ctx->progress);
    return ctx->opts->output == OUTPUT_JSONL || S_write_timeline(ctx);
}

int main(int argc, char **argv)
{
    cli_options opts;
    if (!S_parse_args(argc, argv, &opts)) {
        free(opts.files);
        return EXIT_USAGE;
    }
    if (opts.help || opts.version) {
        if (opts.help)
            fputs(usage_text, stdout);
        else
            printf(PROG " %s (libsyriaevents %s)\n", SYEV_VERSION_STRING, syev_version_string());
        free(opts.files);
        return fflush(stdout) == 0 ? EXIT_SUCCESS : EXIT_FAILED;
    }
    cli_ctx ctx = {.opts = &opts};
    S_progress_init(&ctx.progress, &opts);
    bool ok = S_setup(&ctx) && S_run(&ctx);
    if (ctx.sink.fp)
        ok = ok ? S_sink_commit(&ctx.sink) : (S_sink_abort(&ctx.sink), false);
    syev_timeline_free(ctx.tl);
    syev_extractor_free(ctx.ex);
    free(opts.files);
    return ok && !ctx.failed ? EXIT_SUCCESS : EXIT_FAILED;
}
