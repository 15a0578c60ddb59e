package org.tcl4j.core.cmd;

/**
 * {@code clock format}'s %-groups, as tclsh prints them in the C (root)
 * locale. Unknown groups are copied as written; %E and %O select the
 * locale's era and numerals, which in the C locale are the plain ones
 * (%O numbers are always two digits).
 */
final class ClockFormatter {
    private ClockFormatter() {
    }

    /** The C locale's composite formats. */
    static final String DATE_TIME = "%a %b %e %H:%M:%S %Y";
    static final String DATE = "%m/%d/%Y";
    static final String TIME = "%H:%M:%S";
    static final String TIME_12 = "%I:%M:%S %P";
    /** What {@code clock format} uses without -format. */
    static final String DEFAULT = "%a %b %d %H:%M:%S %Z %Y";

    static String format(ClockFields f, String fmt) {
        StringBuilder sb = new StringBuilder();
        append(sb, f, fmt);
        return sb.toString();
    }

    private static void append(StringBuilder sb, ClockFields f, String fmt) {
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            if (i + 1 >= n) {
                sb.append('%');
                break;
            }
            char g = fmt.charAt(++i);
            if (g == 'E' || g == 'O') {
                if (i + 1 >= n) {
                    break;
                }
                char h = fmt.charAt(++i);
                if (!(g == 'E' ? modifiedE(sb, f, h) : modifiedO(sb, f, h))) {
                    sb.append('%').append(g).append(h);
                }
                continue;
            }
            if (!group(sb, f, g)) {
                sb.append('%').append(g);
            }
        }
    }

    private static void pad(StringBuilder sb, long v, int width, char fill) {
        String s = Long.toString(Math.abs(v));
        if (v < 0) {
            sb.append('-');
            width--;
        }
        for (int k = s.length(); k < width; k++) {
            sb.append(fill);
        }
        sb.append(s);
    }

    private static int hour12(ClockFields f) {
        int h = f.hour() % 12;
        return h == 0 ? 12 : h;
    }

    /** One %-group; false if Tcl does not know it. */
    private static boolean group(StringBuilder sb, ClockFields f, char g) {
        switch (g) {
            case 'a' -> sb.append(ClockCalendar.DAYS_ABBR[f.dayOfWeek]);
            case 'A' -> sb.append(ClockCalendar.DAYS[f.dayOfWeek]);
            case 'b', 'h' -> sb.append(ClockCalendar.MONTHS_ABBR[f.date.month() - 1]);
            case 'B' -> sb.append(ClockCalendar.MONTHS[f.date.month() - 1]);
            case 'c' -> append(sb, f, DATE_TIME);
            case 'C' -> pad(sb, f.yearOfEra() / 100, 2, '0');
            case 'd' -> pad(sb, f.date.day(), 2, '0');
            case 'D' -> append(sb, f, "%m/%d/%Y");
            case 'e' -> pad(sb, f.date.day(), 2, ' ');
            case 'g' -> pad(sb, Math.floorMod(isoYear(f), 100), 2, '0');
            case 'G' -> pad(sb, isoYear(f), 2, '0');
            case 'H' -> pad(sb, f.hour(), 2, '0');
            case 'I' -> pad(sb, hour12(f), 2, '0');
            case 'j' -> pad(sb, f.date.dayOfYear(), 3, '0');
            case 'J' -> pad(sb, f.jdn, 7, '0');
            case 'k' -> pad(sb, f.hour(), 2, ' ');
            case 'l' -> pad(sb, hour12(f), 2, ' ');
            case 'm' -> pad(sb, f.date.month(), 2, '0');
            case 'M' -> pad(sb, f.minute(), 2, '0');
            case 'n' -> sb.append('\n');
            case 'N' -> pad(sb, f.date.month(), 2, ' ');
            case 'p' -> sb.append(f.hour() < 12 ? "AM" : "PM");
            case 'P' -> sb.append(f.hour() < 12 ? "am" : "pm");
            case 'Q' -> starDate(sb, f);
            case 'r' -> append(sb, f, TIME_12);
            case 'R' -> append(sb, f, "%H:%M");
            case 's' -> sb.append(f.seconds);
            case 'S' -> pad(sb, f.second(), 2, '0');
            case 't' -> sb.append('\t');
            case 'T' -> append(sb, f, "%H:%M:%S");
            case 'u' -> sb.append(f.isoDayOfWeek());
            case 'U' -> pad(sb, (f.date.dayOfYear() - 1 + 7 - f.dayOfWeek) / 7, 2, '0');
            case 'V' -> pad(sb, ClockCalendar.isoWeek(f.jdn, ClockCalendar.GREGORIAN_CHANGE)[1], 2, '0');
            case 'w' -> sb.append(f.dayOfWeek);
            case 'W' -> pad(sb, (f.date.dayOfYear() - 1 + 7 - (f.dayOfWeek + 6) % 7) / 7, 2, '0');
            case 'x' -> append(sb, f, DATE);
            case 'X' -> append(sb, f, TIME);
            case 'y' -> pad(sb, f.yearOfEra() % 100, 2, '0');
            case 'Y' -> pad(sb, f.yearOfEra(), 4, '0');
            case 'z' -> sb.append(numericZone(f.offset));
            case 'Z' -> sb.append(f.zoneName);
            case '%' -> sb.append('%');
            case '+' -> append(sb, f, "%a %b %e %H:%M:%S %Z %Y");
            default -> {
                return false;
            }
        }
        return true;
    }

    private static long isoYear(ClockFields f) {
        return ClockCalendar.isoWeek(f.jdn, ClockCalendar.GREGORIAN_CHANGE)[0];
    }

    /** %E groups: the locale's era forms, the plain ones in the C locale. */
    private static boolean modifiedE(StringBuilder sb, ClockFields f, char g) {
        switch (g) {
            case 'c' -> append(sb, f, DATE_TIME);
            case 'C' -> pad(sb, f.yearOfEra() / 100, 2, '0');
            case 'x' -> append(sb, f, DATE);
            case 'X' -> append(sb, f, TIME);
            case 'y' -> pad(sb, f.yearOfEra() % 100, 2, '0');
            case 'Y' -> pad(sb, f.yearOfEra(), 4, '0');
            default -> {
                return false;
            }
        }
        return true;
    }

    /** %O groups: the locale's numerals, two-digit ones in the C locale. */
    private static boolean modifiedO(StringBuilder sb, ClockFields f, char g) {
        long v;
        switch (g) {
            case 'd', 'e' -> v = f.date.day();
            case 'H', 'k' -> v = f.hour();
            case 'I', 'l' -> v = hour12(f);
            case 'm' -> v = f.date.month();
            case 'M' -> v = f.minute();
            case 'S' -> v = f.second();
            case 'u' -> v = f.isoDayOfWeek();
            case 'w' -> v = f.dayOfWeek;
            case 'y' -> v = f.yearOfEra() % 100;
            default -> {
                return false;
            }
        }
        pad(sb, v, 2, '0');
        return true;
    }

    /** %Q: "Stardate yyddd.t" counted from 1946, as Tcl's clock does. */
    private static void starDate(StringBuilder sb, ClockFields f) {
        long doy = f.date.dayOfYear();
        long daysInYear = ClockCalendar.isLeap(f.date.year(), f.date.gregorian()) ? 366 : 365;
        long fract = 1000 * (doy - 1) / daysInYear;
        sb.append("Stardate ");
        pad(sb, f.yearOfEra() - 1946, 2, '0');
        pad(sb, fract, 3, '0');
        sb.append('.').append(Math.floorMod(f.localSeconds, 86400) / 8640);
    }

    /** An offset as %z shows it: +hhmm, or +hhmmss when there are seconds. */
    static String numericZone(int offset) {
        StringBuilder sb = new StringBuilder(offset < 0 ? "-" : "+");
        int a = Math.abs(offset);
        pad(sb, a / 3600, 2, '0');
        pad(sb, a / 60 % 60, 2, '0');
        if (a % 60 != 0) {
            pad(sb, a % 60, 2, '0');
        }
        return sb.toString();
    }
}
