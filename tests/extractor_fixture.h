/* extractor_fixture.h — the cmocka group fixture most test files share: one
 * extractor with default options, built before the group and freed after.
 * Include once, after <cmocka.h> and "syriaevents.h"; tests use `ex`. */
#ifndef SYEV_EXTRACTOR_FIXTURE_H
#define SYEV_EXTRACTOR_FIXTURE_H

static syev_extractor *ex;

static int S_setup(void **state)
{
    (void)state;
    syev_error err;
    return syev_extractor_new(NULL, &ex, &err) == SYEV_OK ? 0 : -1;
}

static int S_teardown(void **state)
{
    (void)state;
    syev_extractor_free(ex);
    ex = NULL;
    return 0;
}

#endif
