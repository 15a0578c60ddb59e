package org.tcl4j.core.cmd;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;
import org.tcl4j.core.cmd.ClockZone.Row;

/**
 * Finds the time zone a {@code -timezone} value names, the way Tcl's clock
 * does: {@code :localtime}; a numeric offset {@code +hh[[:]mm[[:]ss]]}; a
 * {@code :Area/City} zoneinfo file; a POSIX TZ string such as
 * {@code EST5EDT,M3.2.0,M11.1.0}; or a zoneinfo name without the colon.
 * Zoneinfo files are read from the system (/usr/share/zoneinfo and the
 * other places Tcl looks), which gives exactly tclsh's offsets and names;
 * where there are none (Windows), java.time's rules stand in.
 */
final class ClockZones {
    private ClockZones() {
    }

    private static final long MINWIDE = Long.MIN_VALUE;
    private static final String[] ZONEINFO = {"/usr/share/zoneinfo", "/usr/share/lib/zoneinfo", "/usr/lib/zoneinfo",
        "/usr/local/etc/zoneinfo"};
    private static final Pattern NUMERIC = Pattern.compile("^([-+])(\\d\\d)(?::?(\\d\\d)(?::?(\\d\\d))?)?");
    private static final Pattern FILE_NAME = Pattern.compile("^[-\\p{Alpha}_]+(?:/[-\\p{Alpha}_]+)*$");
    private static final String NAME = "([A-Za-z]+|<[-+A-Za-z0-9]+>)";
    private static final String OFFSET = "([-+]?)(\\d{1,2})(?::(\\d{1,2})(?::(\\d{1,2}))?)?";
    private static final String DATE = "(?:(J?)(\\d+)|M(\\d+)[.](\\d+)[.](\\d+))(?:/(\\d{1,2})(?::(\\d{1,2})(?::(\\d{1,2}))?)?)?";
    private static final Pattern POSIX = Pattern.compile("^" + NAME + OFFSET + "(?:" + NAME + "(?:" + OFFSET + ")?"
            + "(?:," + DATE + "," + DATE + ")?)?$", Pattern.CASE_INSENSITIVE);

    private static final Map<String, ClockZone> CACHE = new ConcurrentHashMap<>();

    /** The zone for {@code -gmt 1}. */
    static ClockZone gmt() throws TclException {
        return resolve(null, ":GMT");
    }

    /**
     * The zone a {@code -timezone} value names; an empty value (or null)
     * is the system zone.
     */
    static ClockZone resolve(Interp interp, String spec) throws TclException {
        if (spec == null || spec.isEmpty()) {
            return systemZone(interp);
        }
        if (spec.equals(":localtime")) {
            return localtime(interp);
        }
        ClockZone z = CACHE.get(spec);
        if (z == null) {
            z = load(interp, spec);
            CACHE.put(spec, z);
        }
        return z;
    }

    private static String env(Interp interp, String name) {
        if (interp != null) {
            try {
                TclValue v = interp.getVarOrNull("::env(" + name + ")");
                if (v != null) {
                    return v.toString();
                }
            } catch (RuntimeException e) {
                // no env array: fall through to the process environment
            }
        }
        String v = Environment.get(name);
        return v == null ? "" : v;
    }

    /** TCL_TZ, then TZ, then /etc/localtime (as Tcl on Unix), else :localtime. */
    static ClockZone systemZone(Interp interp) throws TclException {
        String tz = env(interp, "TCL_TZ");
        if (tz.isEmpty()) {
            tz = env(interp, "TZ");
        }
        if (!tz.isEmpty()) {
            try {
                return resolve(interp, tz);
            } catch (TclException e) {
                return resolve(interp, ":localtime");
            }
        }
        ClockZone z = CACHE.get(":Tcl/Localtime");
        if (z == null) {
            Path p = Path.of("/etc/localtime");
            Row[] rows = Files.isRegularFile(p) ? readZoneinfo(p) : null;
            z = rows != null ? new ClockZone(":Tcl/Localtime", rows) : resolve(interp, ":localtime");
            CACHE.put(":Tcl/Localtime", z);
        }
        return z;
    }

    private static ClockZone load(Interp interp, String spec) throws TclException {
        Matcher m = NUMERIC.matcher(spec);
        if (m.find()) {
            int off = (Integer.parseInt(m.group(2)) * 60 + num(m.group(3))) * 60 + num(m.group(4));
            return ClockZone.fixed(spec, m.group(1).equals("-") ? -off : off, spec);
        }
        if (spec.startsWith(":")) {
            ClockZone z = named(spec, spec.substring(1));
            if (z == null) {
                throw new TclException(TclValue.of("time zone \"" + spec + "\" not found"),
                        TclValue.ofList(TclValue.of("CLOCK"), TclValue.of("badTimeZone"), TclValue.of(spec)));
            }
            return z;
        }
        Matcher p = POSIX.matcher(spec);
        if (p.matches()) {
            return new ClockZone(spec, posixRows(p));
        }
        ClockZone z = named(spec, spec);
        if (z == null) {
            // the error codes are tclsh's, including its own slips
            String code = FILE_NAME.matcher(spec).matches() ? "TCL READ VARNAME" : "CLOCK badTimeZone {$:fileName}";
            throw new TclException("time zone " + spec + " not found", code);
        }
        return z;
    }

    private static int num(String s) {
        return s == null || s.isEmpty() ? 0 : Integer.parseInt(s);
    }

    /** :localtime: the system's offsets, named by their numeric form as Tcl shows them. */
    private static ClockZone localtime(Interp interp) throws TclException {
        String tz = env(interp, "TZ");
        ClockZone base = null;
        if (tz.startsWith("+") || tz.startsWith("-")) {
            // the C library has no such zone name: it uses UTC
            base = ClockZone.fixed(":localtime", 0, "UTC");
        } else if (!tz.isEmpty() && !tz.equals(":localtime")) {
            try {
                base = resolve(interp, tz);
            } catch (TclException e) {
                base = null;
            }
        }
        if (base == null) {
            Path p = Path.of("/etc/localtime");
            Row[] rows = Files.isRegularFile(p) ? readZoneinfo(p) : null;
            base = rows != null ? new ClockZone(":localtime", rows) : javaZone(":localtime", ZoneId.systemDefault());
        }
        return base.renamed(":localtime", r -> ClockFormatter.numericZone(r.offset()));
    }

    /** A zoneinfo zone by file name, or null. */
    private static ClockZone named(String spec, String file) {
        if (file.equals("UTC") || file.equals("GMT")) {
            ClockZone z = fromFile(spec, file);
            return z != null ? z : ClockZone.fixed(spec, 0, file);
        }
        if (!FILE_NAME.matcher(file).matches()) {
            return null;
        }
        ClockZone z = fromFile(spec, file);
        if (z != null) {
            return z;
        }
        try {
            return javaZone(spec, ZoneId.of(file));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static ClockZone fromFile(String spec, String file) {
        for (String dir : ZONEINFO) {
            Path p = Path.of(dir, file);
            if (Files.isRegularFile(p) && Files.isReadable(p)) {
                Row[] rows = readZoneinfo(p);
                return rows == null ? null : new ClockZone(spec, rows);
            }
        }
        return null;
    }

    // ------------------------------------------------------------ zoneinfo (TZif) files

    /**
     * The rows of a TZif file: before the first transition the first type;
     * version 2 files use their 64-bit data and extend it with the POSIX
     * rule at the end (as Tcl does, only for version 2).
     */
    static Row[] readZoneinfo(Path path) {
        byte[] d;
        try {
            if (Files.size(path) > 262144) {
                return null;
            }
            d = Files.readAllBytes(path);
        } catch (IOException e) {
            return null;
        }
        try {
            ByteBuffer b = ByteBuffer.wrap(d);
            if (d.length < 44 || !new String(d, 0, 4, StandardCharsets.ISO_8859_1).equals("TZif")) {
                return null;
            }
            char version = (char) d[4];
            int[] counts = counts(b, 20);
            int seek = 44;
            int ilen = 4;
            if (version == '2') {
                seek = 44 + 5 * counts[3] + 6 * counts[4] + 4 * counts[2] + counts[1] + counts[0] + counts[5];
                counts = counts(b, seek + 20);
                seek += 44;
                ilen = 8;
            }
            int nLeap = counts[2];
            int nTime = counts[3];
            int nType = counts[4];
            int nChar = counts[5];
            if (nLeap != 0 || nType > 255) {
                return null;
            }
            long[] times = new long[nTime];
            for (int i = 0; i < nTime; i++) {
                times[i] = ilen == 8 ? b.getLong(seek + 8 * i) : b.getInt(seek + 4 * i);
            }
            seek += ilen * nTime;
            int[] codes = new int[nTime];
            for (int i = 0; i < nTime; i++) {
                codes[i] = d[seek + i] & 0xff;
            }
            seek += nTime;
            int[] off = new int[nType];
            boolean[] dst = new boolean[nType];
            int[] abbr = new int[nType];
            for (int i = 0; i < nType; i++) {
                off[i] = b.getInt(seek);
                dst[i] = d[seek + 4] != 0;
                abbr[i] = d[seek + 5] & 0xff;
                seek += 6;
            }
            String chars = new String(d, seek, nChar, StandardCharsets.ISO_8859_1);
            seek += nChar;
            List<Row> rows = new ArrayList<>();
            rows.add(new Row(MINWIDE, off[0], dst[0], abbrev(chars, abbr[0])));
            long last = MINWIDE;
            for (int i = 0; i < nTime; i++) {
                int t = codes[i];
                rows.add(new Row(times[i], off[t], dst[t], abbrev(chars, abbr[t])));
                last = Math.max(last, times[i]);
            }
            if (version == '2') {
                seek += 8 * nLeap + counts[1] + counts[0] + 1;
                int end = seek;
                while (end < d.length && d[end] != '\n') {
                    end++;
                }
                String posix = new String(d, seek, Math.max(0, end - seek), StandardCharsets.ISO_8859_1).trim();
                Matcher p = POSIX.matcher(posix);
                if (!posix.isEmpty() && p.matches()) {
                    for (Row r : posixRows(p)) {
                        if (r.from() > last) {
                            rows.add(r);
                        }
                    }
                }
            }
            return rows.toArray(new Row[0]);
        } catch (RuntimeException | TclException e) {
            return null;
        }
    }

    private static int[] counts(ByteBuffer b, int at) {
        int[] c = new int[6];
        for (int i = 0; i < 6; i++) {
            c[i] = b.getInt(at + 4 * i);
        }
        return c;
    }

    private static String abbrev(String chars, int index) {
        if (index >= chars.length()) {
            return "";
        }
        int end = chars.indexOf('\0', index);
        return chars.substring(index, end < 0 ? chars.length() : end);
    }

    // ------------------------------------------------------------ POSIX TZ strings

    private static String unbracket(String name) {
        return name.startsWith("<") ? name.substring(1, name.length() - 1) : name;
    }

    private static int posixOffset(String sign, String h, String m, String s) {
        int v = ((num(h) * 60 + num(m)) * 60 + num(s));
        return sign.equals("-") ? v : -v;
    }

    /**
     * The rows of a POSIX TZ zone: standard time, then each year's switches
     * for 1916..2099 (Tcl's range); without a rule, Tcl's default rules
     * (European for zones east of Greenwich up to +12, US otherwise).
     */
    private static Row[] posixRows(Matcher p) throws TclException {
        String stdName = unbracket(p.group(1));
        int stdOffset = posixOffset(p.group(2), p.group(3), p.group(4), p.group(5));
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(MINWIDE, stdOffset, false, stdName));
        if (p.group(6) == null) {
            return rows.toArray(new Row[0]);
        }
        String dstName = unbracket(p.group(6));
        int dstOffset = p.group(8) == null ? stdOffset + 3600 : posixOffset(p.group(7), p.group(8), p.group(9),
                p.group(10));
        int[] start;
        int[] end;
        if (p.group(11) != null || p.group(12) != null || p.group(13) != null) {
            start = ruleDate(p, 11);
            end = ruleDate(p, 19);
        } else {
            int stdHours = num(p.group(3));
            boolean european = p.group(2).equals("-") ? stdHours <= 12 : stdHours == 0;
            if (european) {
                start = new int[] {-1, 3, 5, 0, (stdHours > 2 ? 2 : stdHours + 1) * 3600};
                end = new int[] {-1, 10, 5, 0, (stdHours > 2 ? 3 : stdHours + 2) * 3600};
            } else {
                start = new int[] {-1, 3, 2, 0, 2 * 3600};
                end = new int[] {-1, 11, 1, 0, 2 * 3600};
            }
        }
        for (int y = 1916; y < 2100; y++) {
            long s = ruleTime(start, y) - stdOffset;
            long e = ruleTime(end, y) - dstOffset;
            Row on = new Row(s, dstOffset, true, dstName);
            Row off = new Row(e, stdOffset, false, stdName);
            if (s < e) {
                rows.add(on);
                rows.add(off);
            } else {
                rows.add(off);
                rows.add(on);
            }
        }
        rows.sort((a, b) -> Long.compare(a.from(), b.from()));
        return rows.toArray(new Row[0]);
    }

    /** {dayOfYear or -1, month, week, weekday, seconds} of a rule date starting at group {@code g}. */
    private static int[] ruleDate(Matcher p, int g) throws TclException {
        int tod = p.group(g + 5) == null ? 2 * 3600
                : (num(p.group(g + 5)) * 60 + num(p.group(g + 6))) * 60 + num(p.group(g + 7));
        if (p.group(g + 1) != null) {
            if (!p.group(g).isEmpty()) {
                // tclsh 8.6 fails on the Jn form with this message
                throw new TclException("missing value to go with key", "TCL VALUE DICTIONARY");
            }
            return new int[] {Integer.parseInt(p.group(g + 1)), 0, 0, 0, tod};
        }
        return new int[] {-1, Integer.parseInt(p.group(g + 2)), Integer.parseInt(p.group(g + 3)),
            Integer.parseInt(p.group(g + 4)), tod};
    }

    /** Local seconds of a rule date in year y (the British changeover, as Tcl uses here). */
    private static long ruleTime(int[] r, int y) {
        long jdn;
        if (r[0] >= 0) {
            jdn = ClockCalendar.toJdn(y, 1, 1, ClockCalendar.BRITISH_CHANGE) + r[0] - 1;
        } else if (r[2] >= 5) {
            long last = ClockCalendar.toJdn(y, r[1] + 1, 0, ClockCalendar.BRITISH_CHANGE);
            jdn = ClockCalendar.weekdayOnOrBefore(r[3], last);
        } else {
            long first = ClockCalendar.toJdn(y, r[1], 1, ClockCalendar.BRITISH_CHANGE);
            jdn = ClockCalendar.weekdayOnOrBefore(r[3], first + 6) + 7L * (r[2] - 1);
        }
        return ClockCalendar.localSecondsOf(jdn) + r[4];
    }

    // ------------------------------------------------------------ java.time fallback

    /** A zone from java.time's rules, for systems without zoneinfo files. */
    private static ClockZone javaZone(String spec, ZoneId id) {
        ZoneRules rules = id.getRules();
        TimeZone tz = TimeZone.getTimeZone(id);
        List<Row> rows = new ArrayList<>();
        List<ZoneOffsetTransition> all = new ArrayList<>(rules.getTransitions());
        int lastYear = all.isEmpty() ? 1916 : all.get(all.size() - 1).getDateTimeAfter().getYear() + 1;
        for (int y = lastYear; y < 2100 && !rules.getTransitionRules().isEmpty(); y++) {
            for (var rule : rules.getTransitionRules()) {
                all.add(rule.createTransition(y));
            }
        }
        Instant first = all.isEmpty() ? Instant.EPOCH : all.get(0).getInstant().minusSeconds(1);
        ZoneOffset initial = rules.getOffset(first);
        rows.add(new Row(MINWIDE, initial.getTotalSeconds(), false, javaName(tz, rules, first)));
        for (ZoneOffsetTransition t : all) {
            Instant at = t.getInstant();
            rows.add(new Row(at.getEpochSecond(), t.getOffsetAfter().getTotalSeconds(), !rules.isDaylightSavings(at)
                    ? false : true, javaName(tz, rules, at)));
        }
        rows.sort((a, b) -> Long.compare(a.from(), b.from()));
        return new ClockZone(spec, rows.toArray(new Row[0]));
    }

    private static String javaName(TimeZone tz, ZoneRules rules, Instant at) {
        return tz.getDisplayName(rules.isDaylightSavings(at), TimeZone.SHORT, Locale.US);
    }
}
