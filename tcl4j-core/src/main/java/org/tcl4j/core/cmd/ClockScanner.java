package org.tcl4j.core.cmd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * {@code clock scan}: option handling, and scanning with {@code -format}.
 * A format becomes a regular expression (cached per format) whose groups
 * fill date and time fields; the date and time are then put together from
 * the best complete set of fields, in Tcl's order of preference
 * (seconds; Julian day; year-month-day; year-day; ISO year-week-day; ...;
 * finally the base date), with missing parts taken from {@code -base}.
 */
final class ClockScanner {
    private ClockScanner() {
    }

    private static final String USAGE =
            "clock scan string ?-base seconds? ?-format string? ?-gmt boolean? ?-locale LOCALE? ?-timezone ZONE?";

    static TclValue scanCommand(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 3 || (objv.length - 3) % 2 != 0) {
            throw ClockCmd.wrongArgs(USAGE);
        }
        String string = objv[2].toString();
        TclValue base = null;
        String format = null;
        TclValue gmt = null;
        boolean sawLocale = false;
        boolean sawFormat = false;
        boolean sawGmt = false;
        boolean sawZone = false;
        String zone = null;
        for (int i = 3; i < objv.length; i += 2) {
            String opt = objv[i].toString();
            TclValue v = objv[i + 1];
            switch (opt) {
                case "-b", "-ba", "-bas", "-base" -> base = v;
                case "-f", "-fo", "-for", "-form", "-forma", "-format" -> {
                    // tclsh sets the format for any prefix, but only scans with
                    // it when the option was spelled out in full
                    sawFormat |= opt.equals("-format");
                    format = v.toString();
                }
                case "-g", "-gm", "-gmt" -> {
                    gmt = v;
                    sawGmt |= opt.equals("-gmt");
                }
                case "-l", "-lo", "-loc", "-loca", "-local", "-locale" -> sawLocale |= opt.equals("-locale");
                case "-t", "-ti", "-tim", "-time", "-timez", "-timezo", "-timezon", "-timezone" -> {
                    zone = v.toString();
                    sawZone |= opt.equals("-timezone");
                }
                default -> throw ClockCmd.badOption("bad option \"" + opt
                        + "\", must be -base, -format, -gmt, -locale or -timezone", opt);
            }
        }
        if (sawGmt && sawZone) {
            throw ClockCmd.gmtWithTimezone();
        }
        long baseTime;
        if (base == null) {
            baseTime = Math.floorDiv(System.currentTimeMillis(), 1000);
        } else {
            try {
                baseTime = base.asLong();
            } catch (TclException e) {
                throw new TclException("expected integer but got \"" + base + "\"",
                        sawFormat ? "TCL VALUE INTEGER" : null);
            }
        }
        if (gmt != null && TclValue.parseBoolean(gmt.toString().trim()) == null) {
            throw new TclException("expected boolean value but got \"" + gmt + "\""); // no errorCode, as tclsh
        }
        boolean isGmt = gmt != null && gmt.asBoolean();
        ClockZone z = isGmt ? ClockZones.gmt() : ClockZones.resolve(interp, zone);
        if (!sawFormat) {
            if (sawLocale) {
                throw new TclException("legacy [clock scan] does not support -locale", "CLOCK flagWithLegacyFormat");
            }
            return TclValue.of(ClockFreeScan.scan(interp, string, baseTime, z));
        }
        return TclValue.of(scan(interp, string, format, baseTime, z));
    }

    // ------------------------------------------------------------ compiled formats

    /** What one capture group of a compiled format sets. */
    private enum Kind { NUMBER, DAY_NAME, MONTH_NAME, AM_PM, DOW_NUMBER, ZONE, STARDATE }

    private record Capture(String field, Kind kind) {
    }

    /** A format turned into a regular expression and the fields its groups fill. */
    private record Compiled(Pattern re, List<Capture> captures, Map<String, Integer> fieldPos) {
    }

    private static final Map<String, Compiled> CACHE = new ConcurrentHashMap<>();
    private static final String SPACE = "[" + RegexpCharClasses.SPACE + "]";
    private static final String DIGIT = "[0-9]";

    private static final Map<String, Integer> DAY_NAMES = new LinkedHashMap<>();
    private static final Map<String, Integer> MONTH_NAMES = new LinkedHashMap<>();
    private static final Map<String, Integer> AM_PM = new LinkedHashMap<>();

    static {
        int[] dow = {7, 1, 2, 3, 4, 5, 6};
        for (int i = 0; i < 7; i++) {
            DAY_NAMES.put(ClockCalendar.DAYS_ABBR[i].toLowerCase(Locale.ROOT), dow[i]);
            DAY_NAMES.put(ClockCalendar.DAYS[i].toLowerCase(Locale.ROOT), dow[i]);
        }
        for (int i = 0; i < 12; i++) {
            MONTH_NAMES.put(ClockCalendar.MONTHS_ABBR[i].toLowerCase(Locale.ROOT), i + 1);
            MONTH_NAMES.put(ClockCalendar.MONTHS[i].toLowerCase(Locale.ROOT), i + 1);
        }
        AM_PM.put("am", 0);
        AM_PM.put("pm", 1);
    }

    /**
     * Every spelling Tcl accepts for a name: the names themselves and the
     * prefixes that only one of them starts with.
     */
    private static Map<String, Integer> uniquePrefixes(Map<String, Integer> names) {
        Map<String, Integer> count = new HashMap<>();
        Map<String, Integer> value = new HashMap<>();
        for (var e : names.entrySet()) {
            String k = e.getKey();
            for (int l = 1; l <= k.length(); l++) {
                String p = k.substring(0, l);
                count.merge(p, 1, Integer::sum);
                value.put(p, e.getValue());
            }
        }
        Map<String, Integer> out = new HashMap<>();
        for (var e : count.entrySet()) {
            if (e.getValue() == 1) {
                out.put(e.getKey(), value.get(e.getKey()));
            }
        }
        out.putAll(names);
        return out;
    }

    private static final Map<String, Integer> DAY_SPELLINGS = uniquePrefixes(DAY_NAMES);
    private static final Map<String, Integer> MONTH_SPELLINGS = uniquePrefixes(MONTH_NAMES);
    private static final Map<String, Integer> AM_PM_SPELLINGS = uniquePrefixes(AM_PM);

    private static String alternation(Map<String, Integer> spellings) {
        List<String> all = new ArrayList<>(spellings.keySet());
        all.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        return "(" + String.join("|", all.stream().map(Pattern::quote).toList()) + ")";
    }

    /** The C locale's composite groups, expanded before scanning (as Tcl's LocalizeFormat). */
    static String localize(String format) {
        StringBuilder sb = new StringBuilder();
        int n = format.length();
        for (int i = 0; i < n; i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 >= n) {
                sb.append(c);
                continue;
            }
            char g = format.charAt(i + 1);
            String two = format.substring(i, Math.min(n, i + 3));
            String rep = switch (g) {
                case '%' -> "%%";
                case 'D' -> "%m/%d/%Y";
                case '+' -> "%a %b %e %H:%M:%S %Z %Y";
                case 'T', 'X' -> "%H:%M:%S";
                case 'R' -> "%H:%M";
                case 'r' -> ClockFormatter.TIME_12;
                case 'x' -> ClockFormatter.DATE;
                case 'c' -> ClockFormatter.DATE_TIME;
                default -> null;
            };
            if (rep == null && g == 'E' && two.length() == 3) {
                rep = switch (two.charAt(2)) {
                    case 'Y' -> "%Y";
                    case 'X' -> ClockFormatter.TIME;
                    case 'x' -> ClockFormatter.DATE;
                    case 'c' -> ClockFormatter.DATE_TIME;
                    default -> null;
                };
                if (rep != null) {
                    sb.append(rep);
                    i += 2;
                    continue;
                }
            }
            if (rep == null) {
                sb.append(c).append(g);
            } else {
                sb.append(rep);
            }
            i++;
        }
        return sb.toString();
    }

    private static Compiled compile(String format) {
        Compiled c = CACHE.get(format);
        if (c != null) {
            return c;
        }
        String f = localize(format).replaceAll("[\\s\\x0B]+", " ");
        StringBuilder re = new StringBuilder("^" + SPACE + "*");
        List<Capture> caps = new ArrayList<>();
        Map<String, Integer> pos = new HashMap<>();
        int[] fieldCount = {0};
        int n = f.length();
        for (int i = 0; i < n; i++) {
            char ch = f.charAt(i);
            if (ch != '%') {
                if (ch == ' ') {
                    re.append(SPACE).append('+');
                } else {
                    RegexpCharClasses.appendLiteral(re, ch);
                }
                continue;
            }
            if (i + 1 >= n) {
                re.append('%');
                break;
            }
            char g = f.charAt(++i);
            if ((g == 'E' || g == 'O') && i + 1 < n) {
                char h = f.charAt(++i);
                if (g == 'O' && "deHkIlmMSuwy".indexOf(h) >= 0) {
                    String field = switch (h) {
                        case 'd', 'e' -> "dayOfMonth";
                        case 'H', 'k' -> "hour";
                        case 'I', 'l' -> "hourAMPM";
                        case 'm' -> "month";
                        case 'M' -> "minute";
                        case 'S' -> "second";
                        case 'u', 'w' -> "dayOfWeek";
                        default -> "yearOfCentury";
                    };
                    re.append("(" + DIGIT + DIGIT + ")");
                    add(caps, pos, fieldCount, field, h == 'u' || h == 'w' ? Kind.DOW_NUMBER : Kind.NUMBER);
                } else if (g == 'E' && h == 'y') {
                    re.append("(" + DIGIT + DIGIT + ")");
                    caps.add(new Capture(null, Kind.NUMBER));
                } else {
                    re.append('%').append(g);
                    RegexpCharClasses.appendLiteral(re, h);
                }
                continue;
            }
            switch (g) {
                case '%' -> re.append('%');
                case ' ' -> re.append(SPACE).append('*');
                case 'a', 'A' -> {
                    re.append(alternation(DAY_SPELLINGS));
                    add(caps, pos, fieldCount, "dayOfWeek", Kind.DAY_NAME);
                }
                case 'b', 'B', 'h' -> {
                    re.append(alternation(MONTH_SPELLINGS));
                    add(caps, pos, fieldCount, "month", Kind.MONTH_NAME);
                }
                case 'C' -> number(re, caps, pos, fieldCount, "century", DIGIT + DIGIT + "?");
                case 'd', 'e' -> number(re, caps, pos, fieldCount, "dayOfMonth", DIGIT + DIGIT + "?");
                case 'g' -> number(re, caps, pos, fieldCount, "iso8601YearOfCentury", DIGIT + DIGIT);
                case 'G' -> {
                    number(re, caps, pos, fieldCount, "iso8601Century", DIGIT + DIGIT);
                    re.append("(" + DIGIT + DIGIT + ")");
                    add(caps, pos, fieldCount, "iso8601YearOfCentury", Kind.NUMBER);
                }
                case 'H', 'k' -> number(re, caps, pos, fieldCount, "hour", DIGIT + DIGIT + "?");
                case 'I', 'l' -> number(re, caps, pos, fieldCount, "hourAMPM", DIGIT + DIGIT + "?");
                case 'j' -> number(re, caps, pos, fieldCount, "dayOfYear", DIGIT + DIGIT + "?" + DIGIT + "?");
                case 'J' -> number(re, caps, pos, fieldCount, "julianDay", DIGIT + "+");
                case 'm', 'N' -> number(re, caps, pos, fieldCount, "month", DIGIT + DIGIT + "?");
                case 'M' -> number(re, caps, pos, fieldCount, "minute", DIGIT + DIGIT + "?");
                case 'n' -> re.append("\\n");
                case 'p', 'P' -> {
                    re.append(alternation(AM_PM_SPELLINGS));
                    add(caps, pos, fieldCount, "amPmIndicator", Kind.AM_PM);
                }
                case 'Q' -> {
                    re.append("Stardate" + SPACE + "+([-+]?" + DIGIT + "+)(" + DIGIT + "{3})[.](" + DIGIT + ")");
                    add(caps, pos, fieldCount, "seconds", Kind.STARDATE);
                    caps.add(new Capture(null, Kind.STARDATE));
                    caps.add(new Capture(null, Kind.STARDATE));
                }
                case 's' -> number(re, caps, pos, fieldCount, "seconds", "[-+]?" + DIGIT + "+");
                case 'S' -> number(re, caps, pos, fieldCount, "second", DIGIT + DIGIT + "?");
                case 't' -> re.append("\\t");
                case 'u', 'w' -> {
                    re.append(SPACE + "*(" + DIGIT + ")");
                    add(caps, pos, fieldCount, "dayOfWeek", Kind.DOW_NUMBER);
                }
                case 'U', 'W' -> re.append(SPACE + "*" + DIGIT + DIGIT + "?");
                case 'V' -> number(re, caps, pos, fieldCount, "iso8601Week", DIGIT + DIGIT + "?");
                case 'y' -> number(re, caps, pos, fieldCount, "yearOfCentury", DIGIT + DIGIT + "?");
                case 'Y' -> {
                    number(re, caps, pos, fieldCount, "century", DIGIT + DIGIT);
                    re.append("(" + DIGIT + DIGIT + ")");
                    add(caps, pos, fieldCount, "yearOfCentury", Kind.NUMBER);
                }
                case 'z', 'Z' -> {
                    re.append("(?:([-+]" + DIGIT + DIGIT + "(?::?" + DIGIT + DIGIT + "(?::?" + DIGIT + DIGIT
                            + ")?)?)|([\\p{Alnum}]{1,4}))");
                    add(caps, pos, fieldCount, "tzName", Kind.ZONE);
                    caps.add(new Capture(null, Kind.ZONE));
                }
                default -> {
                    re.append('%');
                    RegexpCharClasses.appendLiteral(re, g);
                }
            }
        }
        re.append(SPACE).append("*$");
        c = new Compiled(Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), caps, pos);
        CACHE.put(format, c);
        return c;
    }

    private static void number(StringBuilder re, List<Capture> caps, Map<String, Integer> pos, int[] count,
            String field, String digits) {
        re.append(SPACE).append("*(").append(digits).append(')');
        add(caps, pos, count, field, Kind.NUMBER);
    }

    private static void add(List<Capture> caps, Map<String, Integer> pos, int[] count, String field, Kind kind) {
        caps.add(new Capture(field, kind));
        pos.put(field, ++count[0]);
    }

    // ------------------------------------------------------------ scanning

    /** Date groups in Tcl's order of preference: fields and priority. */
    private static final Object[][] DATE_GROUPS = {
        {new String[] {"seconds"}, 0},
        {new String[] {"julianDay"}, 1},
        {new String[] {"century", "yearOfCentury", "month", "dayOfMonth"}, 3},
        {new String[] {"century", "yearOfCentury", "dayOfYear"}, 3},
        {new String[] {"iso8601Century", "iso8601YearOfCentury", "iso8601Week", "dayOfWeek"}, 3},
        {new String[] {"yearOfCentury", "month", "dayOfMonth"}, 4},
        {new String[] {"yearOfCentury", "dayOfYear"}, 4},
        {new String[] {"iso8601YearOfCentury", "iso8601Week", "dayOfWeek"}, 4},
        {new String[] {"month", "dayOfMonth"}, 5},
        {new String[] {"dayOfYear"}, 5},
        {new String[] {"iso8601Week", "dayOfWeek"}, 5},
        {new String[] {"dayOfMonth"}, 6},
        {new String[] {"dayOfWeek"}, 7},
        {new String[] {}, 8},
    };

    private static final Object[][] TIME_GROUPS = {
        {new String[] {"seconds"}, 1},
        {new String[] {"hourAMPM", "minute", "second", "amPmIndicator"}, 2},
        {new String[] {"hour", "minute", "second"}, 2},
        {new String[] {"hourAMPM", "minute", "amPmIndicator"}, 3},
        {new String[] {"hour", "minute"}, 3},
        {new String[] {"hourAMPM", "amPmIndicator"}, 4},
        {new String[] {"hour"}, 4},
        {new String[] {}, 5},
    };

    /**
     * The group whose fields are all present with the best priority; among
     * equals, the one whose fields come later in the format.
     */
    private static int choose(Object[][] groups, Map<String, Integer> pos) {
        int best = -1;
        int bestPrio = 999;
        List<Integer> bestPos = null;
        for (int g = 0; g < groups.length; g++) {
            String[] fields = (String[]) groups[g][0];
            int prio = (Integer) groups[g][1];
            if (prio > bestPrio) {
                break;
            }
            List<Integer> fp = new ArrayList<>();
            boolean ok = true;
            for (String f : fields) {
                Integer p = pos.get(f);
                if (p == null) {
                    ok = false;
                    break;
                }
                fp.add(p);
            }
            if (!ok) {
                continue;
            }
            fp.sort((a, b) -> b - a);
            if (prio == bestPrio) {
                boolean later = false;
                for (int k = 0; k < Math.min(fp.size(), bestPos.size()); k++) {
                    if (!fp.get(k).equals(bestPos.get(k))) {
                        later = fp.get(k) > bestPos.get(k);
                        break;
                    }
                }
                if (!later) {
                    continue;
                }
            }
            best = g;
            bestPrio = prio;
            bestPos = fp;
        }
        return best;
    }

    static long scan(Interp interp, String string, String format, long base, ClockZone zone) throws TclException {
        Compiled c = compile(format);
        Matcher m = c.re().matcher(string);
        if (!m.matches()) {
            throw new TclException("input string does not match supplied format", "CLOCK badInputString");
        }
        Map<String, Long> v = new HashMap<>();
        String tzName = null;
        for (int k = 0; k < c.captures().size(); k++) {
            Capture cap = c.captures().get(k);
            String text = m.group(k + 1);
            if (cap.field() == null) {
                continue;
            }
            switch (cap.kind()) {
                case NUMBER -> v.put(cap.field(), Long.parseLong(text.replace("+", "")));
                case DAY_NAME -> v.put(cap.field(), (long) DAY_SPELLINGS.get(text.toLowerCase(Locale.ROOT)));
                case MONTH_NAME -> v.put(cap.field(), (long) MONTH_SPELLINGS.get(text.toLowerCase(Locale.ROOT)));
                case AM_PM -> v.put(cap.field(), (long) AM_PM_SPELLINGS.get(text.toLowerCase(Locale.ROOT)));
                case DOW_NUMBER -> {
                    long d = Long.parseLong(text);
                    if (d == 0) {
                        d = 7;
                    } else if (d > 7) {
                        throw new TclException("day of week is greater than 7", "CLOCK badDayOfWeek");
                    }
                    v.put(cap.field(), d);
                }
                case ZONE -> tzName = text != null ? text : legacyZone(m.group(k + 2));
                case STARDATE -> throw new TclException("invalid command name \"GetJulianDayFromGregorianEraYearDay\"",
                        "TCL LOOKUP COMMAND GetJulianDayFromGregorianEraYearDay");
                default -> throw new IllegalStateException();
            }
        }
        int dg = choose(DATE_GROUPS, c.fieldPos());
        if (dg == 0) {
            return v.get("seconds");
        }
        if (tzName != null) {
            zone = ClockZones.resolve(interp, tzName);
        }
        long change = ClockCalendar.GREGORIAN_CHANGE;
        ClockFields b = new ClockFields(base, zone, change);
        long jdn = switch (((String[]) DATE_GROUPS[dg][0]).length == 0 ? "" : String.join(",",
                (String[]) DATE_GROUPS[dg][0])) {
            case "julianDay" -> v.get("julianDay");
            case "century,yearOfCentury,month,dayOfMonth" -> ClockCalendar.toJdn(
                    100 * v.get("century") + v.get("yearOfCentury"), v.get("month"), v.get("dayOfMonth"), change);
            case "century,yearOfCentury,dayOfYear" -> yearDay(100 * v.get("century") + v.get("yearOfCentury"),
                    v.get("dayOfYear"), change);
            case "iso8601Century,iso8601YearOfCentury,iso8601Week,dayOfWeek" -> ClockCalendar.fromIsoWeek(
                    100 * v.get("iso8601Century") + v.get("iso8601YearOfCentury"), v.get("iso8601Week"),
                    v.get("dayOfWeek"), change);
            case "yearOfCentury,month,dayOfMonth" -> ClockCalendar.toJdn(twoDigitYear(v.get("yearOfCentury")),
                    v.get("month"), v.get("dayOfMonth"), change);
            case "yearOfCentury,dayOfYear" -> yearDay(twoDigitYear(v.get("yearOfCentury")), v.get("dayOfYear"),
                    change);
            case "iso8601YearOfCentury,iso8601Week,dayOfWeek" -> ClockCalendar.fromIsoWeek(
                    twoDigitYear(v.get("iso8601YearOfCentury")), v.get("iso8601Week"), v.get("dayOfWeek"), change);
            case "month,dayOfMonth" -> ClockCalendar.toJdn(b.date.year(), v.get("month"), v.get("dayOfMonth"),
                    change);
            case "dayOfYear" -> yearDay(b.date.year(), v.get("dayOfYear"), change);
            case "iso8601Week,dayOfWeek" -> ClockCalendar.fromIsoWeek(ClockCalendar.isoWeek(b.jdn, change)[0],
                    v.get("iso8601Week"), v.get("dayOfWeek"), change);
            case "dayOfMonth" -> ClockCalendar.toJdn(b.date.year(), b.date.month(), v.get("dayOfMonth"), change);
            case "dayOfWeek" -> {
                long[] iw = ClockCalendar.isoWeek(b.jdn, change);
                yield ClockCalendar.fromIsoWeek(iw[0], iw[1], v.get("dayOfWeek"), change);
            }
            default -> b.jdn;
        };
        long secondOfDay = switch (String.join(",", (String[]) TIME_GROUPS[choose(TIME_GROUPS, c.fieldPos())][0])) {
            case "hourAMPM,minute,second,amPmIndicator" -> hmsp(v, v.get("minute"), v.get("second"));
            case "hour,minute,second" -> (v.get("hour") * 60 + v.get("minute")) * 60 + v.get("second");
            case "hourAMPM,minute,amPmIndicator" -> hmsp(v, v.get("minute"), 0);
            case "hour,minute" -> (v.get("hour") * 60 + v.get("minute")) * 60;
            case "hourAMPM,amPmIndicator" -> hmsp(v, 0, 0);
            case "hour" -> v.get("hour") * 3600;
            default -> 0;
        };
        if (jdn > 5373484) {
            throw new TclException("requested date too large to represent", "CLOCK dateTooLarge");
        }
        return zone.toUtc(ClockCalendar.localSecondsOf(jdn) + secondOfDay);
    }

    private static long yearDay(long year, long doy, long change) {
        return ClockCalendar.toJdn(year, 1, 1, change) + doy - 1;
    }

    /** Two-digit years 00-37 are 2000-2037, the others 1938-1999. */
    private static long twoDigitYear(long yy) {
        return yy <= 37 ? yy + 2000 : yy + 1900;
    }

    private static long hmsp(Map<String, Long> v, long minute, long second) {
        long h = v.get("hourAMPM");
        if (h == 12) {
            h = 0;
        }
        if (v.get("amPmIndicator") != 0) {
            h += 12;
        }
        return (h * 60 + minute) * 60 + second;
    }

    /** Tcl's table of old zone names for %Z: the numeric offset they stand for. */
    static String legacyZone(String name) throws TclException {
        String key = name.toLowerCase(Locale.ROOT);
        String off = LEGACY.get(key);
        if (off == null) {
            throw new TclException(TclValue.of("time zone \"" + key + "\" not found"),
                    TclValue.ofList(TclValue.of("CLOCK"), TclValue.of("badTZName"), TclValue.of(key)));
        }
        return off;
    }

    private static final Map<String, String> LEGACY = new HashMap<>();

    static {
        String table = "gmt +0000 ut +0000 utc +0000 bst +0100 wet +0000 wat -0100 at -0200 nft -0330 nst -0330 "
                + "ndt -0230 ast -0400 adt -0300 est -0500 edt -0400 cst -0600 cdt -0500 mst -0700 mdt -0600 "
                + "pst -0800 pdt -0700 yst -0900 ydt -0800 hst -1000 hdt -0900 cat -1000 ahst -1000 nt -1100 "
                + "idlw -1200 cet +0100 cest +0200 met +0100 mewt +0100 mest +0200 swt +0100 sst +0200 "
                + "fwt +0100 fst +0200 eet +0200 eest +0300 bt +0300 it +0330 zp4 +0400 zp5 +0500 ist +0530 "
                + "zp6 +0600 wast +0700 wadt +0800 jt +0730 cct +0800 jst +0900 kst +0900 cast +0930 "
                + "jdt +1000 kdt +1000 cadt +1030 east +1000 eadt +1030 gst +1000 nzt +1200 nzst +1200 "
                + "nzdt +1300 idle +1200 a +0100 b +0200 c +0300 d +0400 e +0500 f +0600 g +0700 h +0800 "
                + "i +0900 k +1000 l +1100 m +1200 n -0100 o -0200 p -0300 q -0400 r -0500 s -0600 "
                + "t -0700 u -0800 v -0900 w -1000 x -1100 y -1200 z +0000";
        String[] t = table.split(" ");
        for (int i = 0; i < t.length; i += 2) {
            LEGACY.put(t[i], t[i + 1]);
        }
    }
}
