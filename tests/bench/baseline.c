/*
 * syev-bench-baseline — the cost floor the benchmark compares the pipeline to.
 *
 * Reads a JSON Lines file and runs ONE PCRE2-JIT pass of a single alternation
 * of the event trigger words and the month and weekday names over each
 * line's "text" value, counting matches.  Nothing else: no JSON decoding (the
 * escaped bytes are scanned as they are), no folding, no allocation per line
 * beyond getline's buffer.  The regex is compiled with the options the
 * library uses (UTF, UCP, JIT) plus CASELESS, since the text is not folded;
 * the first match of a line validates its UTF-8, as the library does once.
 *
 * Usage: syev-bench-baseline FILE.jsonl   (prints one JSON line of counts)
 */
#define _POSIX_C_SOURCE 200809L
#define PCRE2_CODE_UNIT_WIDTH 8

#include <pcre2.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Words as they appear in running French text (accents kept). */
static const char *const trigger_words[] = {
    "cessez-le-feu", "trêve", "trêves", "cessation des hostilités", "arrêt des combats",
    "pause humanitaire", "zone de désescalade", "zones de désescalade", "pourparlers",
    "négociations", "négocier", "discussions", "entretiens", "entretenu", "consultations",
    "rencontre", "réunion", "conférence", "combats", "affrontements", "offensive",
    "attaque", "attaques", "contre-attaque", "bataille", "bombardement", "bombardements",
    "frappes", "frappe", "raid", "raids", "siège", "repris", "reprendre", "emparé",
    "emparés", "libéré", "libérer", "repoussé", "rendus",
};
static const char *const calendar_words[] = {
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
    "septembre", "octobre", "novembre", "décembre", "lundi", "mardi", "mercredi",
    "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui", "demain",
};

#define COUNT(a) (sizeof(a) / sizeof *(a))

typedef struct counts {
    unsigned long long lines, text_bytes, matches;
} counts;

/* Appends `words` to the alternation in `buf`, '|'-separated. */
static void append_words(char *buf, size_t cap, const char *const *words, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (buf[0])
            strncat(buf, "|", cap - strlen(buf) - 1);
        strncat(buf, words[i], cap - strlen(buf) - 1);
    }
}

static pcre2_code *compile_alternation(void)
{
    static char pattern[4096];
    char words[3800] = "";
    append_words(words, sizeof words, trigger_words, COUNT(trigger_words));
    append_words(words, sizeof words, calendar_words, COUNT(calendar_words));
    snprintf(pattern, sizeof pattern, "\\b(?:%s)\\b", words);

    int code = 0;
    PCRE2_SIZE where = 0;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
                                   PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS, &code, &where, NULL);
    if (!re) {
        PCRE2_UCHAR msg[120];
        pcre2_get_error_message(code, msg, sizeof msg);
        fprintf(stderr, "syev-bench-baseline: pattern error at %zu: %s\n", (size_t)where,
                (const char *)msg);
        return NULL;
    }
    if (pcre2_jit_compile(re, PCRE2_JIT_COMPLETE) != 0)
        fprintf(stderr, "syev-bench-baseline: warning: JIT unavailable, interpreter used\n");
    return re;
}

/* The bytes of the "text" string value of one JSON line, still escaped.
 * Returns false when the line has no such field. */
static bool find_text_value(const char *line, size_t len, const char **begin, size_t *n)
{
    static const char key[] = "\"text\":";
    const char *p = strstr(line, key);
    if (!p)
        return false;
    p += sizeof key - 1;
    while (*p == ' ')
        p++;
    if (*p != '"')
        return false;
    const char *b = ++p, *end = line + len;
    while (p < end && *p != '"')
        p += (*p == '\\' && p + 1 < end) ? 2 : 1;
    *begin = b;
    *n = (size_t)(p - b);
    return true;
}

/* Counts the matches in one subject; the first call checks UTF-8. */
static int scan(const pcre2_code *re, pcre2_match_data *md, const char *s, size_t n,
                unsigned long long *matches)
{
    PCRE2_SIZE start = 0;
    uint32_t options = 0;
    for (;;) {
        int rc = pcre2_match(re, (PCRE2_SPTR)s, n, start, options, md, NULL);
        if (rc == PCRE2_ERROR_NOMATCH)
            return 0;
        if (rc < 0)
            return rc;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        ++*matches;
        start = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
        options = PCRE2_NO_UTF_CHECK;
        if (start > n)
            return 0;
    }
}

static int run(FILE *in, const pcre2_code *re, counts *c)
{
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    int rc = md ? 0 : -1;
    while (rc == 0 && (len = getline(&line, &cap, in)) > 0) {
        const char *text;
        size_t n;
        c->lines++;
        if (!find_text_value(line, (size_t)len, &text, &n))
            continue;
        c->text_bytes += n;
        rc = scan(re, md, text, n, &c->matches);
        if (rc < 0)
            fprintf(stderr, "syev-bench-baseline: PCRE2 error %d on line %llu\n", rc, c->lines);
    }
    free(line);
    pcre2_match_data_free(md);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: syev-bench-baseline FILE.jsonl\n");
        return 2;
    }
    FILE *in = strcmp(argv[1], "-") == 0 ? stdin : fopen(argv[1], "rb");
    if (!in) {
        perror(argv[1]);
        return 1;
    }
    pcre2_code *re = compile_alternation();
    counts c = {0, 0, 0};
    int rc = re ? run(in, re, &c) : -1;
    if (in != stdin)
        fclose(in);
    pcre2_code_free(re);
    if (rc != 0)
        return 1;
    printf("{\"lines\": %llu, \"text_bytes\": %llu, \"matches\": %llu}\n", c.lines, c.text_bytes,
           c.matches);
    return 0;
}
