package org.tcl4j.core.cmd;

/**
 * Calendar arithmetic on Julian Day Numbers, as Tcl's clock does it: the
 * Gregorian calendar from its adoption on 15 October 1582 (JDN 2299161,
 * the changeover of Tcl's root locale), the Julian calendar before it, and
 * years counted astronomically (year 0 is 1 BCE).
 */
final class ClockCalendar {
    private ClockCalendar() {
    }

    /** First Gregorian day in Tcl's default (root/C locale) calendar. */
    static final long GREGORIAN_CHANGE = 2299161;
    /** The British changeover (14 September 1752), used by free-form scanning. */
    static final long BRITISH_CHANGE = 2361222;
    /** JDN of 1970-01-01. */
    static final long EPOCH_JDN = 2440588;
    static final long SECONDS_PER_DAY = 86400;

    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    static final String[] MONTHS_ABBR = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};
    static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    static final String[] DAYS_ABBR = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};

    /** A calendar date: astronomical year, month 1-12, day 1-31, day of year 1-366. */
    record Date(long year, int month, int day, int dayOfYear, boolean gregorian) {
    }

    /** The date of a Julian Day Number. */
    static Date fromJdn(long jdn, long changeover) {
        boolean gregorian = jdn >= changeover;
        long f = jdn + 1401;
        if (gregorian) {
            f += Math.floorDiv(Math.floorDiv(4 * jdn + 274277, 146097) * 3, 4) - 38;
        }
        long e = 4 * f + 3;
        long g = Math.floorDiv(Math.floorMod(e, 1461), 4);
        long h = 5 * g + 2;
        int day = (int) (Math.floorDiv(Math.floorMod(h, 153), 5) + 1);
        int month = (int) (Math.floorMod(Math.floorDiv(h, 153) + 2, 12) + 1);
        long year = Math.floorDiv(e, 1461) - 4716 + (12 + 2 - month) / 12;
        int doy = (int) (jdn - jdnOf(year, 1, 1, gregorian) + 1);
        return new Date(year, month, day, doy, gregorian);
    }

    /**
     * The Julian Day Number of a date; month and day may lie outside their
     * ranges (month 13 is January of the next year, day 0 the last day of
     * the month before). Gregorian unless that lands before the changeover.
     */
    static long toJdn(long year, long month, long day, long changeover) {
        long jdn = jdnOf(year, month, day, true);
        if (jdn < changeover) {
            jdn = jdnOf(year, month, day, false);
        }
        return jdn;
    }

    static long jdnOf(long year, long month, long day, boolean gregorian) {
        year += Math.floorDiv(month - 1, 12);
        month = Math.floorMod(month - 1, 12) + 1;
        long a = (14 - month) / 12;
        long y = year + 4800 - a;
        long m = month + 12 * a - 3;
        long jdn = day + (153 * m + 2) / 5 + 365 * y + Math.floorDiv(y, 4);
        if (gregorian) {
            return jdn - Math.floorDiv(y, 100) + Math.floorDiv(y, 400) - 32045;
        }
        return jdn - 32083;
    }

    static boolean isLeap(long year, boolean gregorian) {
        if (Math.floorMod(year, 4) != 0) {
            return false;
        }
        return !gregorian || Math.floorMod(year, 100) != 0 || Math.floorMod(year, 400) == 0;
    }

    static int daysInMonth(long year, int month, boolean gregorian) {
        return switch (month) {
            case 2 -> isLeap(year, gregorian) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Day of week, 0 = Sunday. */
    static int dayOfWeek(long jdn) {
        return (int) Math.floorMod(jdn + 1, 7);
    }

    /** Local seconds (seconds since 1970 in local time) of the start of a day. */
    static long localSecondsOf(long jdn) {
        return (jdn - EPOCH_JDN) * SECONDS_PER_DAY;
    }

    static long jdnOfLocal(long localSeconds) {
        return Math.floorDiv(localSeconds, SECONDS_PER_DAY) + EPOCH_JDN;
    }

    /**
     * The ISO 8601 week-numbering year and week of a day: {year, week}.
     * As in Tcl, the year is counted in the era of the day three days
     * earlier (so it only differs from the plain rule around 1 CE, where
     * tclsh shows ISO year 0).
     */
    static long[] isoWeek(long jdn, long changeover) {
        Date t = fromJdn(jdn - 3, changeover);
        boolean bce = t.year() <= 0;
        long yearOfEra = bce ? 1 - t.year() : t.year();
        long isoYear = bce ? yearOfEra - 1 : yearOfEra + 1;
        long start = isoYearStart(bce, isoYear, changeover);
        if (jdn < start) {
            isoYear = bce ? isoYear + 1 : isoYear - 1;
            start = isoYearStart(bce, isoYear, changeover);
        }
        return new long[] {isoYear, (jdn - start) / 7 + 1};
    }

    private static long isoYearStart(boolean bce, long isoYearOfEra, long changeover) {
        long jan4 = toJdn(bce ? 1 - isoYearOfEra : isoYearOfEra, 1, 4, changeover);
        return weekdayOnOrBefore(1, jan4);
    }

    /** The JDN of day {@code isoDow} (1 = Monday) of ISO week {@code week} of ISO year {@code isoYear}. */
    static long fromIsoWeek(long isoYear, long week, long isoDow, long changeover) {
        long jan4 = toJdn(isoYear, 1, 4, changeover);
        int jan4Dow = dayOfWeek(jan4) == 0 ? 7 : dayOfWeek(jan4);
        long week1Monday = jan4 - (jan4Dow - 1);
        return week1Monday + 7 * (week - 1) + (isoDow - 1);
    }

    /** The latest day on or before {@code jdn} that falls on {@code dow} (0 = Sunday). */
    static long weekdayOnOrBefore(int dow, long jdn) {
        return jdn - Math.floorMod(dayOfWeek(jdn) - dow, 7);
    }
}
