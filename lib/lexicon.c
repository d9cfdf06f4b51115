/* lexicon.c — the lexicon of one extractor: the built-in tables plus the
 * entries of the user's JSON lexicon file (options.lexicon_path).
 *
 * File format (every section optional, unknown members are refused):
 *
 *   {"triggers": [{"type": "battle", "forms": "coup de main|coups de main",
 *                  "cameo": "190", "military": false, "story": false,
 *                  "ground": false, "verb": false}],
 *    "actors":   [{"code": "RUS", "forms": "Choigou", "armed": false,
 *                  "metonym": false}],
 *    "places":   [{"name": "Jabar", "country": "SY", "lat": 35.9, "lon": 38.5,
 *                  "kind": "town", "forms": "Djabar|Jabar"}],
 *    "stop_phrases": ["negociations de couloir"]}
 *
 * "forms" are plain text ('|'-separated, accents and case ignored); a trigger
 * or actor may give a PCRE2 "pattern" over folded text instead.  Errors name
 * the file, the line, the entry and the field.  cJSON keeps no positions, so
 * a small scanner finds where an entry sits in the file.  (cJSON's own tree
 * uses its global hooks; the tree lives only while the file is read.)
 */
#include <cjson/cJSON.h>
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "lexicon.h"
#include "syev_private.h"

#define MAX_LEXICON_FILE_BYTES ((size_t)16 << 20)

/* ------------------------------------------------------------------ */
/* Owned strings and growing arrays                                    */
/* ------------------------------------------------------------------ */

static char *S_own(syevp_lexicon *lex, const syev_allocator *a, char *s)
{
    if (!s)
        return NULL;
    if (!syevp_grow(a, (void **)&lex->owned, &lex->owned_cap, lex->owned_count + 1,
                    sizeof *lex->owned)) {
        syevp_free(a, s);
        return NULL;
    }
    lex->owned[lex->owned_count++] = s;
    return s;
}

static bool S_push(const syev_allocator *a, void **arr, size_t *count, size_t *cap,
                   const void *item, size_t size)
{
    if (!syevp_grow(a, arr, cap, *count + 1, size))
        return false;
    memcpy((char *)*arr + *count * size, item, size);
    (*count)++;
    return true;
}

/* ------------------------------------------------------------------ */
/* Forms -> pattern                                                    */
/* ------------------------------------------------------------------ */

static char *S_fold(const syev_allocator *a, const char *s, size_t n)
{
    syevp_text t;
    memset(&t, 0, sizeof t);
    if (syevp_text_init(&t, a, s, n, NULL) != SYEV_OK)
        return NULL;
    char *f = syevp_strndup(a, t.fold, t.fold_len);
    syevp_text_release(&t, a);
    return f;
}

static void S_append_escaped(char *out, size_t *o, const char *s)
{
    for (; *s; s++) {
        if (strchr("\\^$.|?*+()[]{}", *s))
            out[(*o)++] = '\\';
        out[(*o)++] = *s;
    }
}

char *syevp_forms_to_pattern(const syev_allocator *a, const char *forms)
{
    size_t n = strlen(forms);
    char *out = syevp_malloc(a, 2 * n + 1);
    if (!out)
        return NULL;
    size_t o = 0;
    for (const char *p = forms; *p;) {
        const char *bar = strchr(p, '|');
        size_t len = bar ? (size_t)(bar - p) : strlen(p);
        while (len && isspace((unsigned char)*p))
            p++, len--;
        while (len && isspace((unsigned char)p[len - 1]))
            len--;
        char *f = len ? S_fold(a, p, len) : NULL;
        if (len && !f) {
            syevp_free(a, out);
            return NULL;
        }
        if (f) {
            if (o)
                out[o++] = '|';
            S_append_escaped(out, &o, f); /* folding never lengthens */
            syevp_free(a, f);
        }
        p = bar ? bar + 1 : p + len;
    }
    out[o] = '\0';
    return out;
}

/* ------------------------------------------------------------------ */
/* Where things are in the file                                        */
/* ------------------------------------------------------------------ */

static size_t S_ws(const char *s, size_t n, size_t i)
{
    while (i < n && isspace((unsigned char)s[i]))
        i++;
    return i;
}

static size_t S_skip_string(const char *s, size_t n, size_t i)
{
    for (i++; i < n; i++) {
        if (s[i] == '\\')
            i++;
        else if (s[i] == '"')
            return i + 1;
    }
    return n;
}

static size_t S_skip_value(const char *s, size_t n, size_t i)
{
    int depth = 0;
    while (i < n) {
        char c = s[i];
        if (c == '"') {
            i = S_skip_string(s, n, i);
            if (depth == 0)
                return i;
            continue;
        }
        if (c == '{' || c == '[') {
            depth++;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                return i;
            if (--depth == 0)
                return i + 1;
        } else if (c == ',' && depth == 0) {
            return i;
        }
        i++;
    }
    return n;
}

/* Offset of member `key` of the object at `i` (of its value if `value`). */
static size_t S_find_member(const char *s, size_t n, size_t i, const char *key, bool value)
{
    size_t klen = strlen(key);
    i = S_ws(s, n, i);
    if (i >= n || s[i] != '{')
        return SIZE_MAX;
    for (i++;;) {
        i = S_ws(s, n, i);
        if (i >= n || s[i] != '"')
            return SIZE_MAX;
        size_t kb = i, ke = S_skip_string(s, n, i);
        i = S_ws(s, n, ke);
        if (i >= n || s[i] != ':')
            return SIZE_MAX;
        size_t v = S_ws(s, n, i + 1);
        if (ke - kb == klen + 2 && memcmp(s + kb + 1, key, klen) == 0)
            return value ? v : kb;
        i = S_ws(s, n, S_skip_value(s, n, v));
        if (i >= n || s[i] != ',')
            return SIZE_MAX;
        i++;
    }
}

static size_t S_find_element(const char *s, size_t n, size_t i, size_t idx)
{
    i = S_ws(s, n, i);
    if (i >= n || s[i] != '[')
        return SIZE_MAX;
    i = S_ws(s, n, i + 1);
    for (size_t k = 0; i < n && s[i] != ']'; k++) {
        if (k == idx)
            return i;
        i = S_ws(s, n, S_skip_value(s, n, i));
        if (i < n && s[i] == ',')
            i = S_ws(s, n, i + 1);
    }
    return SIZE_MAX;
}

static size_t S_line_of(const char *s, size_t off)
{
    size_t line = 1;
    for (size_t i = 0; i < off && s[i]; i++)
        line += s[i] == '\n';
    return line;
}

/* ------------------------------------------------------------------ */
/* Loading one file                                                    */
/* ------------------------------------------------------------------ */

typedef struct loader {
    syevp_lexicon *lex;
    const syev_allocator *a;
    const char *path;
    const char *text;
    size_t len;
    syev_error *err;
} loader;

/* Reports an error at entry `idx` of `section` (and member `field`). */
static syev_status S_entry_error(const loader *L, const char *section, size_t idx,
                                 const char *field, const char *what)
{
    size_t arr = S_find_member(L->text, L->len, 0, section, true);
    size_t off = arr == SIZE_MAX ? SIZE_MAX : S_find_element(L->text, L->len, arr, idx);
    if (off != SIZE_MAX && field) {
        size_t f = S_find_member(L->text, L->len, off, field, false);
        off = f != SIZE_MAX ? f : off;
    }
    size_t line = off == SIZE_MAX ? 0 : S_line_of(L->text, off);
    return syevp_fail(L->err, SYEV_ERR_LEXICON, off, line, "%.60s:%zu: %s[%zu]%s%s: %s", L->path,
                      line, section, idx, field ? "." : "", field ? field : "", what);
}

static syev_status S_nomem(const loader *L)
{
    return syevp_fail(L->err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory loading the lexicon");
}

/* Checks that every member of `item` is one of `allowed` (NULL-ended). */
static syev_status S_check_members(const loader *L, const cJSON *item, const char *section,
                                   size_t idx, const char *const *allowed)
{
    if (!cJSON_IsObject(item))
        return S_entry_error(L, section, idx, NULL, "expected an object");
    for (const cJSON *m = item->child; m; m = m->next) {
        bool ok = false;
        for (const char *const *k = allowed; *k && !ok; k++)
            ok = strcmp(*k, m->string) == 0;
        if (!ok)
            return S_entry_error(L, section, idx, m->string, "unknown field");
    }
    return SYEV_OK;
}

/* A required (or optional) non-empty string member; *out is NULL if absent. */
static syev_status S_string(const loader *L, const cJSON *item, const char *section, size_t idx,
                            const char *field, bool required, const char **out)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(item, field);
    *out = NULL;
    if (!v)
        return required ? S_entry_error(L, section, idx, NULL, "a required field is missing")
                        : SYEV_OK;
    if (!cJSON_IsString(v) || !v->valuestring[0])
        return S_entry_error(L, section, idx, field, "expected a non-empty string");
    *out = v->valuestring;
    return SYEV_OK;
}

static syev_status S_flag(const loader *L, const cJSON *item, const char *section, size_t idx,
                          const char *field, unsigned bit, unsigned *flags)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(item, field);
    if (!v)
        return SYEV_OK;
    if (!cJSON_IsBool(v))
        return S_entry_error(L, section, idx, field, "expected true or false");
    if (cJSON_IsTrue(v))
        *flags |= bit;
    return SYEV_OK;
}

static void *S_pcre_malloc(PCRE2_SIZE n, void *user)
{
    return syevp_malloc((const syev_allocator *)user, n);
}

static void S_pcre_free(void *p, void *user)
{
    syevp_free((const syev_allocator *)user, p);
}

/* Compiles a user pattern once to report its mistakes at its own line. */
static syev_status S_check_pattern(const loader *L, const char *section, size_t idx,
                                   const char *pattern)
{
    pcre2_general_context *g = pcre2_general_context_create(S_pcre_malloc, S_pcre_free,
                                                            (void *)L->a);
    pcre2_compile_context *c = g ? pcre2_compile_context_create(g) : NULL;
    if (!c) {
        pcre2_general_context_free(g);
        return S_nomem(L);
    }
    int code = 0;
    PCRE2_SIZE where = 0;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
                                   PCRE2_UTF | PCRE2_UCP, &code, &where, c);
    pcre2_code_free(re);
    pcre2_compile_context_free(c);
    pcre2_general_context_free(g);
    if (re)
        return SYEV_OK;
    if (code == PCRE2_ERROR_HEAP_FAILED || code == PCRE2_ERROR_NOMEMORY)
        return S_nomem(L);
    PCRE2_UCHAR msg[96];
    pcre2_get_error_message(code, msg, sizeof msg);
    return S_entry_error(L, section, idx, "pattern", (const char *)msg);
}

/* The entry's pattern: its "pattern", or its "forms" folded and escaped. */
static syev_status S_entry_pattern(const loader *L, const cJSON *item, const char *section,
                                   size_t idx, const char **out)
{
    const char *forms = NULL, *pattern = NULL;
    syev_status st = S_string(L, item, section, idx, "forms", false, &forms);
    if (st == SYEV_OK)
        st = S_string(L, item, section, idx, "pattern", false, &pattern);
    if (st != SYEV_OK)
        return st;
    if (!forms == !pattern)
        return S_entry_error(L, section, idx, NULL, "give exactly one of \"forms\" and \"pattern\"");
    if (pattern) {
        st = S_check_pattern(L, section, idx, pattern);
        *out = st == SYEV_OK ? S_own(L->lex, L->a, syevp_strndup(L->a, pattern, strlen(pattern)))
                             : NULL;
    } else {
        if (syevp_utf8_validate(forms, strlen(forms), &(size_t){0}) != SYEV_OK)
            return S_entry_error(L, section, idx, "forms", "invalid UTF-8");
        *out = S_own(L->lex, L->a, syevp_forms_to_pattern(L->a, forms));
        if (*out && !**out)
            return S_entry_error(L, section, idx, "forms", "no form given");
    }
    return st != SYEV_OK ? st : *out ? SYEV_OK : S_nomem(L);
}

static syev_status S_parse_type(const loader *L, const cJSON *item, size_t idx,
                                syev_event_type *type)
{
    const char *name = NULL;
    syev_status st = S_string(L, item, "triggers", idx, "type", true, &name);
    if (st != SYEV_OK)
        return st;
    for (int t = SYEV_EVENT_CEASEFIRE; t <= SYEV_EVENT_BATTLE; t++) {
        if (strcmp(name, syev_event_type_name((syev_event_type)t)) == 0) {
            *type = (syev_event_type)t;
            return SYEV_OK;
        }
    }
    return S_entry_error(L, "triggers", idx, "type", "expected ceasefire, talks or battle");
}

static bool S_is_code(const char *s, size_t min, size_t max, bool digits, bool letters)
{
    size_t n = strlen(s);
    if (n < min || n > max)
        return false;
    for (size_t i = 0; i < n; i++) {
        bool d = s[i] >= '0' && s[i] <= '9', l = s[i] >= 'A' && s[i] <= 'Z';
        if (!((d && digits) || (l && letters)))
            return false;
    }
    return true;
}

static syev_status S_load_trigger(const loader *L, const cJSON *item, size_t idx)
{
    static const char *const allowed[] = {"type", "forms", "pattern", "cameo", "military",
                                          "story", "ground", "verb", NULL};
    static const char *const default_cameo[] = {"0871", "046", "190"};
    syevp_trigger_entry e = {SYEV_EVENT_CEASEFIRE, NULL, NULL, 0};
    const char *cameo = NULL;
    syev_status st = S_check_members(L, item, "triggers", idx, allowed);
    if (st == SYEV_OK)
        st = S_parse_type(L, item, idx, &e.type);
    if (st == SYEV_OK)
        st = S_string(L, item, "triggers", idx, "cameo", false, &cameo);
    if (st == SYEV_OK && cameo && !S_is_code(cameo, 2, 4, true, false))
        st = S_entry_error(L, "triggers", idx, "cameo", "expected 2 to 4 digits");
    if (st == SYEV_OK)
        st = S_flag(L, item, "triggers", idx, "military", SYEVP_TRIG_MILITARY, &e.flags);
    if (st == SYEV_OK)
        st = S_flag(L, item, "triggers", idx, "story", SYEVP_TRIG_STORY, &e.flags);
    if (st == SYEV_OK)
        st = S_flag(L, item, "triggers", idx, "ground", SYEVP_TRIG_GROUND, &e.flags);
    if (st == SYEV_OK)
        st = S_flag(L, item, "triggers", idx, "verb", SYEVP_TRIG_VERB, &e.flags);
    if (st == SYEV_OK)
        st = S_entry_pattern(L, item, "triggers", idx, &e.pattern);
    if (st != SYEV_OK)
        return st;
    e.cameo = cameo ? S_own(L->lex, L->a, syevp_strndup(L->a, cameo, strlen(cameo)))
                    : default_cameo[e.type];
    syevp_lexicon *lex = L->lex;
    size_t cap = lex->trigger_count;
    if (!e.cameo || !S_push(L->a, (void **)&lex->triggers, &lex->trigger_count, &cap, &e, sizeof e))
        return S_nomem(L);
    return SYEV_OK;
}

static syev_status S_load_actor(const loader *L, const cJSON *item, size_t idx)
{
    static const char *const allowed[] = {"code", "forms", "pattern", "armed", "metonym", NULL};
    syevp_actor_entry e = {NULL, NULL, 0};
    const char *code = NULL;
    syev_status st = S_check_members(L, item, "actors", idx, allowed);
    if (st == SYEV_OK)
        st = S_string(L, item, "actors", idx, "code", true, &code);
    if (st == SYEV_OK && !S_is_code(code, 2, 8, true, true))
        st = S_entry_error(L, "actors", idx, "code", "expected 2 to 8 capital letters or digits");
    if (st == SYEV_OK)
        st = S_flag(L, item, "actors", idx, "armed", SYEVP_ACTOR_ARMED, &e.flags);
    if (st == SYEV_OK)
        st = S_flag(L, item, "actors", idx, "metonym", SYEVP_ACTOR_METONYM, &e.flags);
    if (st == SYEV_OK)
        st = S_entry_pattern(L, item, "actors", idx, &e.pattern);
    if (st != SYEV_OK)
        return st;
    e.code = S_own(L->lex, L->a, syevp_strndup(L->a, code, strlen(code)));
    syevp_lexicon *lex = L->lex;
    size_t cap = lex->actor_count;
    if (!e.code || !S_push(L->a, (void **)&lex->actors, &lex->actor_count, &cap, &e, sizeof e))
        return S_nomem(L);
    return SYEV_OK;
}

static syev_status S_number(const loader *L, const cJSON *item, size_t idx, const char *field,
                            double lo, double hi, double *out)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(item, field);
    if (!v)
        return S_entry_error(L, "places", idx, NULL, "a required field is missing");
    if (!cJSON_IsNumber(v) || v->valuedouble < lo || v->valuedouble > hi)
        return S_entry_error(L, "places", idx, field, "expected a number in range");
    *out = v->valuedouble;
    return SYEV_OK;
}

static syev_status S_place_kind(const loader *L, const cJSON *item, size_t idx,
                                syevp_place_kind *kind)
{
    static const char *const kinds[] = {"country", "governorate", "city", "town",
                                        "district", "region", "site"};
    const char *name = NULL;
    syev_status st = S_string(L, item, "places", idx, "kind", false, &name);
    *kind = SYEVP_PLACE_CITY;
    if (st != SYEV_OK || !name)
        return st;
    for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
        if (strcmp(name, kinds[k]) == 0) {
            *kind = (syevp_place_kind)k;
            return SYEV_OK;
        }
    }
    return S_entry_error(L, "places", idx, "kind",
                         "expected country, governorate, city, town, district, region or site");
}

static syev_status S_load_place(const loader *L, const cJSON *item, size_t idx)
{
    static const char *const allowed[] = {"name", "country", "lat", "lon", "kind", "forms", NULL};
    syevp_place_entry e;
    memset(&e, 0, sizeof e);
    const char *name = NULL, *country = NULL, *forms = NULL;
    syev_status st = S_check_members(L, item, "places", idx, allowed);
    if (st == SYEV_OK)
        st = S_string(L, item, "places", idx, "name", true, &name);
    if (st == SYEV_OK)
        st = S_string(L, item, "places", idx, "country", true, &country);
    if (st == SYEV_OK && !S_is_code(country, 2, 2, false, true))
        st = S_entry_error(L, "places", idx, "country", "expected an ISO 3166 alpha-2 code");
    if (st == SYEV_OK)
        st = S_number(L, item, idx, "lat", -90.0, 90.0, &e.lat);
    if (st == SYEV_OK)
        st = S_number(L, item, idx, "lon", -180.0, 180.0, &e.lon);
    if (st == SYEV_OK)
        st = S_place_kind(L, item, idx, &e.kind);
    if (st == SYEV_OK)
        st = S_string(L, item, "places", idx, "forms", true, &forms);
    if (st == SYEV_OK && syevp_utf8_validate(forms, strlen(forms), &(size_t){0}) != SYEV_OK)
        st = S_entry_error(L, "places", idx, "forms", "invalid UTF-8");
    if (st != SYEV_OK)
        return st;
    e.name = S_own(L->lex, L->a, syevp_strndup(L->a, name, strlen(name)));
    e.country = S_own(L->lex, L->a, syevp_strndup(L->a, country, 2));
    e.forms = S_own(L->lex, L->a, syevp_strndup(L->a, forms, strlen(forms)));
    syevp_lexicon *lex = L->lex;
    size_t cap = lex->place_count;
    if (!e.name || !e.country || !e.forms ||
        !S_push(L->a, (void **)&lex->places, &lex->place_count, &cap, &e, sizeof e))
        return S_nomem(L);
    return SYEV_OK;
}

static syev_status S_load_stop(const loader *L, const cJSON *item, size_t idx)
{
    if (!cJSON_IsString(item) || !item->valuestring[0])
        return S_entry_error(L, "stop_phrases", idx, NULL, "expected a non-empty string");
    if (syevp_utf8_validate(item->valuestring, strlen(item->valuestring), &(size_t){0}) != SYEV_OK)
        return S_entry_error(L, "stop_phrases", idx, NULL, "invalid UTF-8");
    const char *p = S_own(L->lex, L->a, syevp_forms_to_pattern(L->a, item->valuestring));
    syevp_lexicon *lex = L->lex;
    size_t cap = lex->stop_count;
    if (!p || !S_push(L->a, (void **)&lex->stops, &lex->stop_count, &cap, &p, sizeof p))
        return S_nomem(L);
    return SYEV_OK;
}

typedef syev_status (*entry_loader)(const loader *L, const cJSON *item, size_t idx);

static syev_status S_load_section(const loader *L, const cJSON *root, const char *name,
                                  entry_loader load)
{
    const cJSON *arr = cJSON_GetObjectItemCaseSensitive(root, name);
    if (!arr)
        return SYEV_OK;
    if (!cJSON_IsArray(arr)) {
        size_t off = S_find_member(L->text, L->len, 0, name, false);
        size_t line = off == SIZE_MAX ? 0 : S_line_of(L->text, off);
        return syevp_fail(L->err, SYEV_ERR_LEXICON, off, line, "%.60s:%zu: %s: expected an array",
                          L->path, line, name);
    }
    size_t idx = 0;
    for (const cJSON *item = arr->child; item; item = item->next, idx++) {
        syev_status st = load(L, item, idx);
        if (st != SYEV_OK)
            return st;
    }
    return SYEV_OK;
}

static syev_status S_check_sections(const loader *L, const cJSON *root)
{
    static const char *const sections[] = {"triggers", "actors", "places", "stop_phrases"};
    if (!cJSON_IsObject(root))
        return syevp_fail(L->err, SYEV_ERR_LEXICON, 0, 1, "%.60s:1: expected a JSON object",
                          L->path);
    for (const cJSON *m = root->child; m; m = m->next) {
        bool ok = false;
        for (size_t k = 0; k < sizeof sections / sizeof *sections && !ok; k++)
            ok = strcmp(sections[k], m->string) == 0;
        if (!ok) {
            size_t off = S_find_member(L->text, L->len, 0, m->string, false);
            size_t line = off == SIZE_MAX ? 0 : S_line_of(L->text, off);
            return syevp_fail(L->err, SYEV_ERR_LEXICON, off, line,
                              "%.60s:%zu: unknown section \"%.40s\" (expected triggers, actors, "
                              "places or stop_phrases)",
                              L->path, line, m->string);
        }
    }
    return SYEV_OK;
}

static syev_status S_parse(loader *L)
{
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(L->text, L->len, &end, 0);
    if (!root) {
        size_t off = end ? (size_t)(end - L->text) : 0;
        size_t line = S_line_of(L->text, off);
        return syevp_fail(L->err, SYEV_ERR_LEXICON, off, line, "%.60s:%zu: malformed JSON",
                          L->path, line);
    }
    size_t after = end ? (size_t)(end - L->text) : L->len;
    while (after < L->len && (L->text[after] == ' ' || L->text[after] == '\t' ||
                              L->text[after] == '\r' || L->text[after] == '\n'))
        after++;
    if (after < L->len) {
        cJSON_Delete(root);
        size_t line = S_line_of(L->text, after);
        return syevp_fail(L->err, SYEV_ERR_LEXICON, after, line,
                          "%.60s:%zu: text after the JSON object", L->path, line);
    }
    syev_status st = S_check_sections(L, root);
    if (st == SYEV_OK)
        st = S_load_section(L, root, "triggers", S_load_trigger);
    if (st == SYEV_OK)
        st = S_load_section(L, root, "actors", S_load_actor);
    if (st == SYEV_OK)
        st = S_load_section(L, root, "places", S_load_place);
    if (st == SYEV_OK)
        st = S_load_section(L, root, "stop_phrases", S_load_stop);
    cJSON_Delete(root);
    return st;
}

static syev_status S_read_file(const syev_allocator *a, const char *path, char **out,
                               size_t *len, syev_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return syevp_fail(err, SYEV_ERR_IO, SIZE_MAX, 0, "cannot open lexicon file %.100s", path);
    char *buf = NULL;
    size_t n = 0, cap = 0;
    syev_status st = SYEV_OK;
    for (;;) {
        if (!syevp_grow(a, (void **)&buf, &cap, n + 4096 + 1, 1)) {
            st = syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory reading the lexicon");
            break;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (n > MAX_LEXICON_FILE_BYTES) {
            st = syevp_fail(err, SYEV_ERR_TOO_LARGE, SIZE_MAX, 0, "lexicon file %.100s is too large",
                            path);
            break;
        }
        if (got == 0) {
            if (ferror(f))
                st = syevp_fail(err, SYEV_ERR_IO, SIZE_MAX, 0, "cannot read lexicon file %.100s",
                                path);
            break;
        }
    }
    fclose(f);
    if (st != SYEV_OK) {
        syevp_free(a, buf);
        return st;
    }
    buf[n] = '\0';
    *out = buf;
    *len = n;
    return SYEV_OK;
}

static syev_status S_load_file(syevp_lexicon *lex, const syev_allocator *a, const char *path,
                               syev_error *err)
{
    char *text = NULL;
    size_t len = 0;
    syev_status st = S_read_file(a, path, &text, &len, err);
    if (st != SYEV_OK)
        return st;
    loader L = {lex, a, path, text, len, err};
    st = S_parse(&L);
    syevp_free(a, text);
    return st;
}

/* ------------------------------------------------------------------ */
/* Built-ins                                                           */
/* ------------------------------------------------------------------ */

/* Appends `count` items of `size` bytes to a growing array. */
static bool S_append(const syev_allocator *a, void **arr, size_t *count, const void *items,
                     size_t n, size_t size)
{
    size_t cap = *count;
    if (!syevp_grow(a, arr, &cap, *count + n, size))
        return false;
    memcpy((char *)*arr + *count * size, items, n * size);
    *count += n;
    return true;
}

static syev_status S_add_builtins(syevp_lexicon *lex, const syev_allocator *a, syev_error *err)
{
    bool ok = S_append(a, (void **)&lex->triggers, &lex->trigger_count, syevp_builtin_triggers,
                       syevp_builtin_trigger_count, sizeof *lex->triggers) &&
              S_append(a, (void **)&lex->actors, &lex->actor_count, syevp_builtin_actors,
                       syevp_builtin_actor_count, sizeof *lex->actors) &&
              S_append(a, (void **)&lex->places, &lex->place_count, syevp_builtin_places,
                       syevp_builtin_place_count, sizeof *lex->places) &&
              S_append(a, (void **)&lex->stops, &lex->stop_count, syevp_builtin_stops,
                       syevp_builtin_stop_count, sizeof *lex->stops);
    return ok ? SYEV_OK
              : syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory building the lexicon");
}

syev_status syevp_lexicon_new(const syev_allocator *a, const char *path, syevp_lexicon **out,
                              syev_error *err)
{
    *out = NULL;
    syevp_lexicon *lex = syevp_calloc(a, 1, sizeof *lex);
    if (!lex)
        return syevp_fail(err, SYEV_ERR_NOMEM, SIZE_MAX, 0, "out of memory");
    /* User entries go first: at one position the alternation tries them
     * before the built-in forms they extend. */
    syev_status st = path && *path ? S_load_file(lex, a, path, err) : SYEV_OK;
    if (st == SYEV_OK)
        st = S_add_builtins(lex, a, err);
    if (st != SYEV_OK) {
        syevp_lexicon_free(lex, a);
        return st;
    }
    *out = lex;
    return SYEV_OK;
}

void syevp_lexicon_free(syevp_lexicon *lex, const syev_allocator *a)
{
    if (!lex)
        return;
    for (size_t i = 0; i < lex->owned_count; i++)
        syevp_free(a, lex->owned[i]);
    syevp_free(a, lex->owned);
    syevp_free(a, lex->triggers);
    syevp_free(a, lex->actors);
    syevp_free(a, lex->places);
    syevp_free(a, (void *)lex->stops);
    syevp_free(a, lex);
}
