/* test_places.c — invariants of the built-in gazetteer (lib/data_places.c). */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "lexicon.h"
#include "syev_private.h"

static const syev_allocator *S_alloc(void)
{
    static syev_allocator a;
    syevp_allocator_init(&a, NULL);
    return &a;
}

/* Folds one surface form the way documents are folded. */
static char *S_fold(const char *form, size_t n)
{
    syevp_text t = {0};
    assert_int_equal(syevp_text_init(&t, S_alloc(), form, n, NULL), SYEV_OK);
    char *copy = malloc(t.fold_len + 1);
    memcpy(copy, t.fold, t.fold_len + 1);
    syevp_text_release(&t, S_alloc());
    return copy;
}

static void test_issue_minimum_and_core_places(void **state)
{
    (void)state;
    assert_true(syevp_builtin_place_count >= 200);
    static const char *const required[] = {
        "Aleppo", "Eastern Ghouta", "Douma", "Darayya", "Homs", "Hama", "Idlib",
        "Khan Shaykhun", "Raqqa", "Tabqa", "Deir ez-Zor", "Palmyra", "Afrin", "Manbij",
        "Kobani", "Qalamoun", "Daraa", "Quneitra", "Latakia", "Tartus", "Geneva", "Astana",
        "Sochi", "Vienna", "Munich", "Lausanne", "Riyadh", "Ankara", "Moscow", "Tehran",
        "New York", "Istanbul", "Amman", "Washington", "Beirut", "Damascus", "Syria"};
    for (size_t r = 0; r < sizeof required / sizeof *required; r++) {
        bool found = false;
        for (size_t i = 0; i < syevp_builtin_place_count && !found; i++)
            found = strcmp(syevp_builtin_places[i].name, required[r]) == 0;
        if (!found)
            fail_msg("missing place %s", required[r]);
    }
}

static void test_fields_are_well_formed(void **state)
{
    (void)state;
    for (size_t i = 0; i < syevp_builtin_place_count; i++) {
        const syevp_place_entry *p = &syevp_builtin_places[i];
        assert_non_null(p->name);
        assert_non_null(p->forms);
        assert_true(p->forms[0] != '\0');
        assert_int_equal(strlen(p->country), 2);
        assert_true(p->country[0] >= 'A' && p->country[0] <= 'Z');
        assert_true(p->lat >= -90 && p->lat <= 90 && p->lon >= -180 && p->lon <= 180);
        /* Two decimals: public values rounded as the SPEC asks. */
        assert_true(fabs(p->lat * 100 - round(p->lat * 100)) < 1e-6);
        assert_true(fabs(p->lon * 100 - round(p->lon * 100)) < 1e-6);
        if (strcmp(p->country, "SY") == 0 && p->kind != SYEVP_PLACE_COUNTRY) {
            if (!(p->lat >= 32.0 && p->lat <= 37.5 && p->lon >= 35.5 && p->lon <= 42.5))
                fail_msg("%s lies outside Syria", p->name);
        }
    }
}

static void test_sorted_by_country_then_name(void **state)
{
    (void)state;
    for (size_t i = 1; i < syevp_builtin_place_count; i++) {
        const syevp_place_entry *a = &syevp_builtin_places[i - 1], *b = &syevp_builtin_places[i];
        int c = strcmp(a->country, b->country);
        assert_true(c <= 0);
    }
}

static int S_cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void test_no_form_belongs_to_two_places(void **state)
{
    (void)state;
    size_t cap = 4096, n = 0;
    char **forms = malloc(cap * sizeof *forms);
    for (size_t i = 0; i < syevp_builtin_place_count; i++) {
        const char *s = syevp_builtin_places[i].forms;
        while (*s) {
            const char *bar = strchr(s, '|');
            size_t len = bar ? (size_t)(bar - s) : strlen(s);
            assert_true(len > 0);
            char *f = S_fold(s, len);
            /* Prefix the entry index so a duplicate inside one entry is allowed. */
            size_t need = strlen(f) + 16;
            char *tagged = malloc(need);
            snprintf(tagged, need, "%s\x01%05zu", f, i);
            free(f);
            if (n == cap)
                forms = realloc(forms, (cap *= 2) * sizeof *forms);
            forms[n++] = tagged;
            s += len + (bar ? 1 : 0);
        }
    }
    qsort(forms, n, sizeof *forms, S_cmp_str);
    for (size_t i = 1; i < n; i++) {
        size_t la = strcspn(forms[i - 1], "\x01"), lb = strcspn(forms[i], "\x01");
        bool same_form = la == lb && memcmp(forms[i - 1], forms[i], la) == 0;
        bool same_entry = strcmp(forms[i - 1] + la, forms[i] + lb) == 0;
        if (same_form && !same_entry)
            fail_msg("form \"%.*s\" belongs to two places", (int)la, forms[i]);
    }
    for (size_t i = 0; i < n; i++)
        free(forms[i]);
    free(forms);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_issue_minimum_and_core_places),
        cmocka_unit_test(test_fields_are_well_formed),
        cmocka_unit_test(test_sorted_by_country_then_name),
        cmocka_unit_test(test_no_form_belongs_to_two_places),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
