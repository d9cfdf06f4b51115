/* test_lexicon.c — the built-in tables and the user's JSON lexicon file:
 * new triggers, actors, places and stop phrases are used by the extractor,
 * and a malformed file is refused with the line and the field at fault. */
#define _POSIX_C_SOURCE 200809L

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "lexicon.h"
#include "syev_private.h"

/* Writes `content` to a fresh temporary file; returns its path (static). */
static const char *S_write(const char *content)
{
    static char path[64];
    snprintf(path, sizeof path, "/tmp/syev-lexicon-XXXXXX");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    assert_non_null(f);
    fputs(content, f);
    fclose(f);
    return path;
}

static syev_status S_new(const char *path, syev_extractor **ex, syev_error *err)
{
    syev_options opts = SYEV_OPTIONS_INIT;
    opts.lexicon_path = path;
    return syev_extractor_new(&opts, ex, err);
}

static void test_builtin_tables(void **state)
{
    (void)state;
    syev_allocator a;
    syevp_allocator_init(&a, NULL);
    syevp_lexicon *lex = NULL;
    assert_int_equal(syevp_lexicon_new(&a, NULL, &lex, NULL), SYEV_OK);
    assert_int_equal(lex->trigger_count, syevp_builtin_trigger_count);
    assert_int_equal(lex->actor_count, syevp_builtin_actor_count);
    assert_int_equal(lex->place_count, syevp_builtin_place_count);
    assert_int_equal(lex->stop_count, syevp_builtin_stop_count);
    /* every event type has triggers */
    bool seen[3] = {false, false, false};
    for (size_t i = 0; i < lex->trigger_count; i++)
        seen[lex->triggers[i].type] = true;
    assert_true(seen[SYEV_EVENT_CEASEFIRE] && seen[SYEV_EVENT_TALKS] && seen[SYEV_EVENT_BATTLE]);
    syevp_lexicon_free(lex, &a);
}

static void test_forms_to_pattern(void **state)
{
    (void)state;
    syev_allocator a;
    syevp_allocator_init(&a, NULL);
    char *p = syevp_forms_to_pattern(&a, "Trêve | Cessez-le-feu|Alep (Est)");
    assert_string_equal(p, "treve|cessez-le-feu|alep \\(est\\)");
    syevp_free(&a, p);
}

static const char good_file[] =
    "{\n"
    "  \"triggers\": [{\"type\": \"battle\", \"forms\": \"coup de main|coups de main\"}],\n"
    "  \"actors\": [{\"code\": \"XBR\", \"forms\": \"Brigade Fictive\", \"armed\": true}],\n"
    "  \"places\": [{\"name\": \"Testville\", \"country\": \"SY\", \"lat\": 35.1,\n"
    "                \"lon\": 38.2, \"kind\": \"town\", \"forms\": \"Testville|Tèstville\"}],\n"
    "  \"stop_phrases\": [\"négociations de couloir\"]\n"
    "}\n";

static void test_good_file_extends_the_extractor(void **state)
{
    (void)state;
    const char *path = S_write(good_file);
    syev_extractor *ex = NULL;
    syev_error err;
    assert_int_equal(S_new(path, &ex, &err), SYEV_OK);
    const char *text = "La Brigade Fictive a mené un coup de main à Tèstville.";
    syev_doc *doc = NULL;
    assert_int_equal(syev_extract(ex, text, strlen(text), "l", "2017-01-01", &doc, &err), SYEV_OK);
    assert_int_equal(syev_doc_mention_count(doc), 1);
    const syev_mention *m = syev_doc_mention(doc, 0);
    assert_int_equal(m->type, SYEV_EVENT_BATTLE);
    assert_string_equal(m->cameo, "190"); /* the type's default */
    assert_int_equal(m->actor_count, 1);
    assert_string_equal(m->actors[0].code, "XBR");
    assert_non_null(m->location);
    assert_string_equal(m->location->name, "Testville");
    syev_doc_free(doc);
    /* a stop phrase cancels the built-in trigger it covers */
    text = "Des négociations de couloir ont eu lieu.";
    assert_int_equal(syev_extract(ex, text, strlen(text), "l", NULL, &doc, &err), SYEV_OK);
    assert_int_equal(syev_doc_mention_count(doc), 0);
    syev_doc_free(doc);
    syev_extractor_free(ex);
    unlink(path);
}

/* Loads `content` and expects a lexicon error at `line` naming `where`. */
static void S_expect_error(const char *content, size_t line, const char *where)
{
    const char *path = S_write(content);
    syev_extractor *ex = NULL;
    syev_error err;
    assert_int_equal(S_new(path, &ex, &err), SYEV_ERR_LEXICON);
    assert_null(ex);
    assert_int_equal(err.code, SYEV_ERR_LEXICON);
    assert_int_equal(err.line, line);
    if (!strstr(err.message, where))
        fail_msg("message \"%s\" does not name \"%s\"", err.message, where);
    unlink(path);
}

static void test_bad_field_names_line_and_field(void **state)
{
    (void)state;
    S_expect_error("{\n  \"triggers\": [\n    {\"type\": \"battle\", \"forms\": \"raid\"},\n"
                   "    {\"forms\": \"escarmouche\",\n     \"type\": \"war\"}\n  ]\n}\n",
                   5, "triggers[1].type");
    S_expect_error("{\"actors\": [\n  {\"code\": \"russia\", \"forms\": \"Kremlin\"}\n]}\n", 2,
                   "actors[0].code");
    S_expect_error("{\"places\": [\n  {\"name\": \"X\", \"country\": \"SY\",\n"
                   "   \"lat\": 135.0, \"lon\": 1.0, \"forms\": \"X\"}\n]}\n",
                   3, "places[0].lat");
    S_expect_error("{\"triggers\": [\n  {\"type\": \"talks\", \"forms\": \"a\",\n"
                   "   \"colour\": \"blue\"}\n]}\n",
                   3, "triggers[0].colour");
    S_expect_error("{\"triggers\": [\n  {\"type\": \"talks\",\n   \"pattern\": \"(unclosed\"}\n]}\n",
                   3, "triggers[0].pattern");
    S_expect_error("{\n  \"verbs\": []\n}\n", 2, "verbs");
}

static void test_malformed_json_and_missing_file(void **state)
{
    (void)state;
    S_expect_error("{\n  \"triggers\": [\n    {\"type\": \"battle\",, }\n  ]\n}\n", 3, "malformed");
    /* a second object (two files pasted together) is no lexicon */
    S_expect_error("{\"triggers\": []}\n\n{\"actors\": []}\n", 3, "text after the JSON object");
    syev_extractor *ex = NULL;
    syev_error err;
    assert_int_equal(S_new("/nonexistent/lexicon.json", &ex, &err), SYEV_ERR_IO);
    assert_null(ex);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_builtin_tables),
        cmocka_unit_test(test_forms_to_pattern),
        cmocka_unit_test(test_good_file_extends_the_extractor),
        cmocka_unit_test(test_bad_field_names_line_and_field),
        cmocka_unit_test(test_malformed_json_and_missing_file),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
