/* test_calendar.c — day numbers, weekdays, ISO weeks and month arithmetic
 * (lib/calendar.c), across year ends and leap years.  Expected values were
 * read off a printed calendar, not computed by the code under test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "syev_private.h"
#include "timex_private.h"

static int32_t D(int y, int m, int d)
{
    return syevp_days_from_civil(y, m, d);
}

static void assert_day(int32_t day, const char *iso)
{
    char out[11];
    syevp_format_day(day, out);
    assert_string_equal(out, iso);
}

static void test_day_numbers(void **state)
{
    (void)state;
    assert_int_equal(D(1970, 1, 1), 0);
    assert_int_equal(D(1970, 1, 2), 1);
    assert_int_equal(D(1969, 12, 31), -1);
    assert_int_equal(D(2000, 3, 1) - D(2000, 2, 28), 2);  /* 2000 is leap */
    assert_int_equal(D(1900, 3, 1) - D(1900, 2, 28), 1);  /* 1900 is not */
    assert_int_equal(D(2017, 1, 1) - D(2016, 1, 1), 366); /* 2016 is leap */
    int y, m, d;
    syevp_civil_from_days(D(2016, 2, 29), &y, &m, &d);
    assert_int_equal(y, 2016);
    assert_int_equal(m, 2);
    assert_int_equal(d, 29);
    syevp_civil_from_days(D(2016, 12, 31) + 1, &y, &m, &d);
    assert_int_equal(y, 2017);
    assert_int_equal(m, 1);
    assert_int_equal(d, 1);
}

/* syevp_civil_from_days (a fast path for every day a text can name, the
 * general formula beyond) against syevp_days_from_civil: every day of
 * 1600..2400, then days every 997 across int32_t but its ends (where the
 * day numbers of syevp_days_from_civil overflow), and the edges of the fast
 * path. */
static void S_civil_round_trip(int32_t day)
{
    int y, m, d;
    syevp_civil_from_days(day, &y, &m, &d);
    assert_in_range(m, 1, 12);
    assert_in_range(d, 1, syevp_days_in_month(y, m));
    assert_int_equal(D(y, m, d), day);
}

static void test_civil_from_days_round_trip(void **state)
{
    (void)state;
    for (int32_t day = D(1600, 1, 1); day <= D(2400, 12, 31); day++)
        S_civil_round_trip(day);
    for (int64_t day = (int64_t)INT32_MIN + 800000; day <= INT32_MAX - 800000; day += 997)
        S_civil_round_trip((int32_t)day);
    const int32_t edges[] = {-12699423, -12699422, -12699421, 1061042400, 1061042401, 1061042402};
    for (size_t i = 0; i < sizeof edges / sizeof *edges; i++)
        S_civil_round_trip(edges[i]);
}

/* syevp_days_from_civil counts the days one by one: every date of
 * 1600..2400 in order is the day after the one before, from 1970-01-01 = 0. */
static void test_days_from_civil_counts_days(void **state)
{
    (void)state;
    int32_t day = D(1600, 1, 1);
    assert_int_equal(day, -135140); /* counted by Python's datetime */
    for (int y = 1600; y <= 2400; y++)
        for (int m = 1; m <= 12; m++)
            for (int d = 1; d <= syevp_days_in_month(y, m); d++)
                assert_int_equal(D(y, m, d), day++);
    assert_int_equal(D(1970, 1, 1), 0);
    assert_int_equal(D(2000, 3, 1), 11017);
}

static void test_days_in_month(void **state)
{
    (void)state;
    assert_int_equal(syevp_days_in_month(2016, 2), 29);
    assert_int_equal(syevp_days_in_month(2017, 2), 28);
    assert_int_equal(syevp_days_in_month(2000, 2), 29);
    assert_int_equal(syevp_days_in_month(2100, 2), 28);
    assert_int_equal(syevp_days_in_month(2016, 4), 30);
    assert_int_equal(syevp_days_in_month(2016, 12), 31);
    assert_int_equal(syevp_days_in_month(2016, 13), 0);
}

static void test_weekdays(void **state)
{
    (void)state;
    assert_int_equal(syevp_weekday(D(1970, 1, 1)), 4);   /* Thursday */
    assert_int_equal(syevp_weekday(D(2016, 12, 27)), 2); /* Tuesday (SPEC example) */
    assert_int_equal(syevp_weekday(D(2016, 12, 23)), 5); /* Friday */
    assert_int_equal(syevp_weekday(D(2013, 2, 12)), 2);  /* Tuesday (Duckling's now) */
    assert_int_equal(syevp_weekday(D(2016, 2, 29)), 1);  /* a leap day, Monday */
    assert_int_equal(syevp_weekday(D(2018, 7, 1)), 7);   /* Sunday */
    assert_int_equal(syevp_weekday(D(1969, 12, 28)), 7); /* before the epoch */
}

static void assert_iso_week(int32_t day, int want_year, int want_week)
{
    int y, w;
    syevp_iso_week(day, &y, &w);
    assert_int_equal(y, want_year);
    assert_int_equal(w, want_week);
}

static void test_iso_weeks_across_year_ends(void **state)
{
    (void)state;
    assert_iso_week(D(2016, 12, 7), 2016, 49);
    assert_iso_week(D(2016, 1, 1), 2015, 53); /* a Friday: still 2015's last week */
    assert_iso_week(D(2017, 1, 1), 2016, 52); /* a Sunday */
    assert_iso_week(D(2017, 1, 2), 2017, 1);
    assert_iso_week(D(2018, 12, 31), 2019, 1); /* a Monday: 2019's first week */
    assert_iso_week(D(2020, 12, 31), 2020, 53);
    assert_iso_week(D(2021, 1, 3), 2020, 53);
    assert_iso_week(D(2013, 2, 12), 2013, 7);
    assert_day(syevp_iso_week_monday(2016, 49), "2016-12-05");
    assert_day(syevp_iso_week_monday(2015, 53), "2015-12-28");
    assert_day(syevp_iso_week_monday(2019, 1), "2018-12-31");
    assert_day(syevp_iso_week_monday(2020, 1), "2019-12-30");
}

static void test_month_arithmetic(void **state)
{
    (void)state;
    assert_day(syevp_add_months(D(2016, 1, 31), 1), "2016-02-29"); /* clamped, leap */
    assert_day(syevp_add_months(D(2017, 1, 31), 1), "2017-02-28");
    assert_day(syevp_add_months(D(2015, 11, 15), 18), "2017-05-15");
    assert_day(syevp_add_months(D(2016, 2, 29), 12), "2017-02-28");
    assert_day(syevp_add_months(D(2016, 3, 15), -3), "2015-12-15");
    assert_day(syevp_add_months(D(2016, 1, 10), -13), "2014-12-10");
    assert_day(syevp_month_first(2016, 13), "2017-01-01");
    assert_day(syevp_month_last(2016, 0), "2015-12-31");
    assert_day(syevp_month_last(2016, 2), "2016-02-29");
    assert_day(syevp_month_first(2016, -11), "2015-01-01");
}

static void test_format_day(void **state)
{
    (void)state;
    assert_day(D(2016, 5, 3), "2016-05-03");
    assert_day(D(88, 8, 10), "0088-08-10");
    assert_day(SYEVP_NO_DAY, "");
}

/* syevp_format_day (digits written by hand) against snprintf of the civil
 * date, every day of 1900..2100 and every 61st day of the years it writes
 * (0..9999), and the empty string just outside them. */
static void test_format_day_agrees_with_snprintf(void **state)
{
    (void)state;
    const int32_t first = D(0, 1, 1), last = D(9999, 12, 31);
    const int32_t dense_from = D(1900, 1, 1), dense_to = D(2100, 1, 1);
    for (int32_t day = first; day <= last; day += day >= dense_from && day < dense_to ? 1 : 61) {
        int y, m, d;
        syevp_civil_from_days(day, &y, &m, &d);
        char want[32];
        snprintf(want, sizeof want, "%04d-%02d-%02d", y, m, d);
        assert_day(day, want);
    }
    assert_day(last, "9999-12-31");
    assert_day(first, "0000-01-01");
    assert_day(first - 1, "");
    assert_day(last + 1, "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_day_numbers),
        cmocka_unit_test(test_civil_from_days_round_trip),
        cmocka_unit_test(test_days_from_civil_counts_days),
        cmocka_unit_test(test_days_in_month),
        cmocka_unit_test(test_weekdays),
        cmocka_unit_test(test_iso_weeks_across_year_ends),
        cmocka_unit_test(test_month_arithmetic),
        cmocka_unit_test(test_format_day),
        cmocka_unit_test(test_format_day_agrees_with_snprintf),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
