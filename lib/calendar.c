/* calendar.c — proleptic Gregorian day numbers, weekdays and ISO weeks. */
#include <string.h>

#include "syev_private.h"
#include "timex_private.h"

/* Day-number conversions after H. Hinnant's civil_from_days algorithms:
 * eras of 400 years starting on March 1st make leap days fall last. */
int32_t syevp_days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = (unsigned)(y - era * 400);
    const unsigned doy = (unsigned)((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (int32_t)(era * 146097 + (int)doe - 719468);
}

/* syevp_civil_from_days by C. Neri and L. Schneider's algorithm ("Euclidean
 * affine functions and their application to calendar algorithms", 2022):
 * unsigned arithmetic only, the divisions by constants turned into
 * multiplications.  Days are moved by a whole number of 400-year eras
 * (FAST_ERAS) so that they are positive; it holds for FAST_FIRST <= days <=
 * FAST_LAST (years -32800 .. about 2.9 million), every day a text can name. */
#define FAST_ERAS 82u
#define FAST_SHIFT (719468u + 146097u * FAST_ERAS)
#define FAST_FIRST (-(int32_t)FAST_SHIFT)
#define FAST_LAST ((int32_t)((UINT32_MAX - 3u) / 4u - FAST_SHIFT))

static void S_civil_fast(int32_t days, int *y, int *m, int *d)
{
    const uint32_t n = (uint32_t)(days - FAST_FIRST); /* days + FAST_SHIFT */
    const uint32_t n1 = 4u * n + 3u;
    const uint32_t century = n1 / 146097u, day_of_century = n1 % 146097u / 4u;
    const uint64_t p2 = UINT64_C(2939745) * (4u * day_of_century + 3u);
    const uint32_t year_of_century = (uint32_t)(p2 >> 32);
    const uint32_t day_of_year = (uint32_t)p2 / 2939745u / 4u; /* from March 1st */
    const uint32_t n3 = 2141u * day_of_year + 197913u;
    const uint32_t january_or_later = day_of_year >= 306u;
    *y = (int)(100u * century + year_of_century + january_or_later) - (int)(400u * FAST_ERAS);
    *m = (int)(n3 / 65536u - 12u * january_or_later);
    *d = (int)(n3 % 65536u / 2141u + 1u);
}

void syevp_civil_from_days(int32_t days, int *y, int *m, int *d)
{
    if (days >= FAST_FIRST && days <= FAST_LAST) {
        S_civil_fast(days, y, m, d);
        return;
    }
    const int32_t z = days + 719468;
    const int32_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = (unsigned)(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)yoe + era * 400 + (*m <= 2);
}

int syevp_weekday(int32_t days)
{
    /* 1970-01-01 was a Thursday (4). */
    int w = (int)((days % 7 + 7) % 7); /* 0 = Thursday */
    return (w + 3) % 7 + 1;
}

int syevp_days_in_month(int y, int m)
{
    static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12)
        return 0;
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return dim[m - 1];
}

int32_t syevp_iso_week_monday(int iso_year, int week)
{
    /* Week 1 is the week holding January 4th. */
    int32_t jan4 = syevp_days_from_civil(iso_year, 1, 4);
    int32_t monday1 = jan4 - (syevp_weekday(jan4) - 1);
    return monday1 + (week - 1) * 7;
}

void syevp_iso_week(int32_t days, int *iso_year, int *week)
{
    /* The ISO year is the year of the Thursday of the same week. */
    int32_t thursday = days - (syevp_weekday(days) - 1) + 3;
    int y, m, d;
    syevp_civil_from_days(thursday, &y, &m, &d);
    *iso_year = y;
    *week = (int)((thursday - syevp_days_from_civil(y, 1, 1)) / 7 + 1);
}

/* "00" "01" ... "99": two digits at a time. */
static const char two_digits[200] = "00010203040506070809101112131415161718192021222324"
                                    "25262728293031323334353637383940414243444546474849"
                                    "50515253545556575859606162636465666768697071727374"
                                    "75767778798081828384858687888990919293949596979899";

/* Writes v (below 100) as two digits at out. */
static void S_put_two_digits(char *out, unsigned v)
{
    memcpy(out, two_digits + 2 * v, 2);
}

void syevp_format_day(int32_t days, char out[11])
{
    if (days == SYEVP_NO_DAY) {
        out[0] = '\0';
        return;
    }
    int y, m, d;
    syevp_civil_from_days(days, &y, &m, &d);
    if (y < 0 || y > 9999) {
        out[0] = '\0';
        return;
    }
    /* Digits written by hand: the ranges are known, and gcc's
     * -Wformat-truncation cannot prove it for snprintf. */
    S_put_two_digits(out, (unsigned)y / 100);
    S_put_two_digits(out + 2, (unsigned)y % 100);
    out[4] = '-';
    S_put_two_digits(out + 5, (unsigned)m);
    out[7] = '-';
    S_put_two_digits(out + 8, (unsigned)d);
    out[10] = '\0';
}

/* Brings a month number outside 1..12 back into range, moving the year. */
static void S_normalize_month(int *y, int *m)
{
    int zero_based = *m - 1;
    int carry = zero_based >= 0 ? zero_based / 12 : -((11 - zero_based) / 12);
    *y += carry;
    *m = zero_based - carry * 12 + 1;
}

int32_t syevp_month_first(int y, int m)
{
    S_normalize_month(&y, &m);
    return syevp_days_from_civil(y, m, 1);
}

int32_t syevp_month_last(int y, int m)
{
    S_normalize_month(&y, &m);
    return syevp_days_from_civil(y, m, syevp_days_in_month(y, m));
}

int32_t syevp_add_months(int32_t day, int months)
{
    int y, m, d;
    syevp_civil_from_days(day, &y, &m, &d);
    m += months;
    S_normalize_month(&y, &m);
    const int dim = syevp_days_in_month(y, m);
    return syevp_days_from_civil(y, m, d > dim ? dim : d);
}
