package org.tcl4j.core.cmd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;

/**
 * {@code clock scan} without {@code -format}: Tcl's free-form date
 * grammar (the classic "getdate" grammar), read token by token. It takes
 * dates ({@code 2024-01-02}, {@code 1/2/2024}, {@code Jan 2, 2024},
 * {@code 2 Jan 2024}, {@code 20240102}), times ({@code 10:00},
 * {@code 10:00:00 pm}, {@code 3pm}), zones ({@code EST}, {@code +0100},
 * military letters), ISO 8601 forms ({@code 20240102T100000}),
 * relative parts ({@code +1 day}, {@code 2 weeks ago}, {@code next month},
 * {@code tomorrow}), weekdays ({@code next monday}) and ordinal months
 * ({@code next january}), with the grammar's quirks: a lone four-digit
 * number is a time of day, two-digit years 39-99 are 19xx, and errors
 * name the characters where the grammar gave up.
 */
final class ClockFreeScan {
    private ClockFreeScan() {
    }

    private enum T { UNUMBER, ISOBASE, MONTH, DAY, MERIDIAN, ZONE, DAYZONE, DST, SEC_UNIT, DAY_UNIT, MONTH_UNIT,
        NEXT, AGO, EPOCH, STARDATE, ID, CHAR, END }

    private record Token(T type, long value, int digits, char ch, int start, int end) {
    }

    private static final int MER24 = 0;
    private static final int MERAM = 1;
    private static final int MERPM = 2;

    private static final Map<String, long[]> WORDS = new HashMap<>();
    private static final Map<String, long[]> ZONES = new HashMap<>();
    private static final Map<String, long[]> UNITS = new HashMap<>();
    private static final Map<String, long[]> OTHER = new HashMap<>();
    private static final String[] MONTH_DAY_NAMES = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "sept", "october", "november", "december", "sunday", "monday", "tuesday", "tues",
        "wednesday", "wednes", "thursday", "thur", "thurs", "friday", "saturday"};
    private static final int[] MONTH_DAY_VALUES = {1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 10, 11, 12, 0, 1, 2, 2, 3, 3, 4, 4,
        4, 5, 6};

    private static void put(Map<String, long[]> m, String name, T type, long value) {
        m.put(name, new long[] {type.ordinal(), value});
    }

    static {
        // Zone names and their minutes west of Greenwich (the getdate table, with
        // its integer halves: nst is 3 hours, ist 5); "+" marks a daylight zone.
        String zones = "gmt 0 ut 0 utc 0 uct 0 wet 0 bst +0 wat 60 at 120 nft 180 nst 180 ndt +180 ast 240 "
                + "adt +240 est 300 edt +300 cst 360 cdt +360 mst 420 mdt +420 pst 480 pdt +480 yst 540 ydt +540 "
                + "akst 540 akdt +540 hst 600 hdt +600 cat 600 ahst 600 nt 660 idlw 720 cet -60 cest +-60 "
                + "met -60 mewt -60 mest +-60 swt -60 sst +-60 fwt -60 fst +-60 eet -120 bt -180 it -180 "
                + "zp4 -240 zp5 -300 ist -300 zp6 -360 wast -420 wadt +-420 jt -420 cct -480 jst -540 "
                + "jdt +-540 kst -540 kdt +-540 cast -540 cadt +-540 east -600 eadt +-600 gst -600 nzt -720 "
                + "nzst -720 nzdt +-720 idle -720";
        String[] z = zones.split(" ");
        for (int i = 0; i < z.length; i += 2) {
            boolean daylight = z[i + 1].startsWith("+");
            put(ZONES, z[i], daylight ? T.DAYZONE : T.ZONE, Long.parseLong(daylight ? z[i + 1].substring(1) : z[i + 1]));
        }
        String military = "abcdefghiklmnopqrstuvwxyz";
        int[] offsets = {-1, -2, -3, -4, -5, -6, -7, -8, -9, -10, -11, -12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 0};
        for (int i = 0; i < military.length(); i++) {
            put(OTHER, "military:" + military.charAt(i), T.ZONE, offsets[i] * 60L);
        }
        put(UNITS, "year", T.MONTH_UNIT, 12);
        put(UNITS, "month", T.MONTH_UNIT, 1);
        put(UNITS, "fortnight", T.DAY_UNIT, 14);
        put(UNITS, "week", T.DAY_UNIT, 7);
        put(UNITS, "day", T.DAY_UNIT, 1);
        put(UNITS, "hour", T.SEC_UNIT, 3600);
        put(UNITS, "minute", T.SEC_UNIT, 60);
        put(UNITS, "min", T.SEC_UNIT, 60);
        put(UNITS, "second", T.SEC_UNIT, 1);
        put(UNITS, "sec", T.SEC_UNIT, 1);
        put(OTHER, "tomorrow", T.DAY_UNIT, 1);
        put(OTHER, "yesterday", T.DAY_UNIT, -1);
        put(OTHER, "today", T.DAY_UNIT, 0);
        put(OTHER, "now", T.SEC_UNIT, 0);
        put(OTHER, "last", T.UNUMBER, -1);
        put(OTHER, "next", T.NEXT, 1);
        put(OTHER, "ago", T.AGO, 1);
        put(OTHER, "epoch", T.EPOCH, 0);
        put(OTHER, "stardate", T.STARDATE, 0);
        put(WORDS, "am", T.MERIDIAN, MERAM);
        put(WORDS, "a.m.", T.MERIDIAN, MERAM);
        put(WORDS, "pm", T.MERIDIAN, MERPM);
        put(WORDS, "p.m.", T.MERIDIAN, MERPM);
    }

    // ------------------------------------------------------------ lexer

    private static Token word(String text, int start, int end) {
        String w = text.toLowerCase(Locale.ROOT);
        long[] hit = WORDS.get(w);
        if (hit != null) {
            return token(hit, start, end);
        }
        boolean abbrev = w.length() == 3 || (w.length() == 4 && w.charAt(3) == '.');
        String key = abbrev ? w.substring(0, 3) : w;
        for (int i = 0; i < MONTH_DAY_NAMES.length; i++) {
            if (abbrev ? MONTH_DAY_NAMES[i].startsWith(key) : MONTH_DAY_NAMES[i].equals(key)) {
                return new Token(i < 13 ? T.MONTH : T.DAY, MONTH_DAY_VALUES[i], 0, '\0', start, end);
            }
        }
        if ((hit = ZONES.get(w)) != null || (hit = w.equals("dst") ? new long[] {T.DST.ordinal(), 0} : null) != null
                || (hit = UNITS.get(w)) != null
                || (w.endsWith("s") && (hit = UNITS.get(w.substring(0, w.length() - 1))) != null)
                || (hit = OTHER.get(w)) != null
                || (w.length() == 1 && Character.isLetter(w.charAt(0)) && (hit = OTHER.get("military:" + w)) != null)
                || (w.indexOf('.') >= 0 && (hit = ZONES.get(w.replace(".", ""))) != null)) {
            return token(hit, start, end);
        }
        return new Token(T.ID, 0, 0, '\0', start, end);
    }

    private static Token token(long[] hit, int start, int end) {
        return new Token(T.values()[(int) hit[0]], hit[1], 0, '\0', start, end);
    }

    private static List<Token> lex(String s) {
        List<Token> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (true) {
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                out.add(new Token(T.END, 0, 0, '\0', n, n));
                return out;
            }
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                int st = i;
                long v = 0;
                while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    v = v * 10 + (s.charAt(i) - '0');
                    i++;
                }
                int digits = i - st;
                out.add(new Token(digits >= 6 ? T.ISOBASE : T.UNUMBER, v, digits, '\0', st, i - 1));
            } else if (Character.isLetter(c)) {
                int st = i;
                while (i < n && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '.')) {
                    i++;
                }
                out.add(word(s.substring(st, i), st, i - 1));
            } else if (c == '(') {
                int depth = 0;
                do {
                    char d = s.charAt(i++);
                    if (d == '(') {
                        depth++;
                    } else if (d == ')') {
                        depth--;
                    }
                } while (depth > 0 && i < n);
            } else {
                out.add(new Token(T.CHAR, 0, 0, c, i, i));
                i++;
            }
        }
    }

    // ------------------------------------------------------------ parser

    /** Where the grammar gave up. */
    private static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxError(String message) {
            super(message, null, false, false);
        }
    }

    /** What the grammar collected. */
    private static final class State {
        List<Token> toks;
        int pos;
        int haveTime;
        int haveZone;
        int haveDate;
        int haveDay;
        int haveRel;
        int haveOrdinalMonth;
        long year;
        long month;
        long day;
        long hour;
        long minutes;
        long seconds;
        int meridian = MER24;
        long timezone;
        boolean dst;
        long dayOrdinal;
        long dayNumber;
        /** "next N <month>": the month is the grammar's shared month, as a date sets it too. */
        long monthOrdinal;
        long relMonth;
        long relDay;
        long relSeconds;

        Token peek(int k) {
            return toks.get(Math.min(pos + k, toks.size() - 1));
        }

        boolean is(int k, T type) {
            return peek(k).type() == type;
        }

        boolean isChar(int k, char c) {
            return peek(k).type() == T.CHAR && peek(k).ch() == c;
        }

        /** The error for the token at k: from the end of the one before it to its end. */
        SyntaxError error(int k) {
            int idx = Math.min(pos + k, toks.size() - 1);
            Token t = toks.get(idx);
            int from = idx == 0 ? 0 : toks.get(idx - 1).end() + 1;
            return new SyntaxError("syntax error (characters " + from + "-" + t.end() + ")");
        }

        long expect(int k, T type) throws SyntaxError {
            if (!is(k, type)) {
                throw error(k);
            }
            return peek(k).value();
        }

        void expectChar(int k, char c) throws SyntaxError {
            if (!isChar(k, c)) {
                throw error(k);
            }
        }
    }

    private static boolean isUnit(Token t) {
        return t.type() == T.SEC_UNIT || t.type() == T.DAY_UNIT || t.type() == T.MONTH_UNIT;
    }

    private static void addRel(State st, Token unit, long factor) {
        long v = factor * unit.value();
        switch (unit.type()) {
            case SEC_UNIT -> st.relSeconds += v;
            case DAY_UNIT -> st.relDay += v;
            default -> st.relMonth += v;
        }
    }

    /** A relative part ends here; "ago" turns everything relative so far around. */
    private static void relDone(State st, int consumed) {
        st.pos += consumed;
        st.haveRel++;
        if (st.is(0, T.AGO)) {
            st.pos++;
            st.relSeconds = -st.relSeconds;
            st.relDay = -st.relDay;
            st.relMonth = -st.relMonth;
        }
    }

    private static void isoDate(State st, long v) {
        st.year = v / 10000;
        st.month = (v % 10000) / 100;
        st.day = v % 100;
    }

    private static void setTime(State st, long h, long m, long s, int meridian) {
        st.hour = h;
        st.minutes = m;
        st.seconds = s;
        st.meridian = meridian;
    }

    /** {@code hhmm} after a sign as a zone: minutes west. */
    private static long zoneMinutes(long v) {
        return v % 100 + (v / 100) * 60;
    }

    private static void item(State st) throws SyntaxError {
        Token t = st.peek(0);
        switch (t.type()) {
            case UNUMBER -> number(st, t);
            case ISOBASE -> {
                if (st.is(1, T.ZONE)) {
                    iso(st, 1);
                    isoDate(st, t.value());
                } else if (st.is(1, T.ISOBASE)) {
                    isoDate(st, t.value());
                    long v = st.peek(1).value();
                    setTime(st, v / 10000, (v % 10000) / 100, v % 100, MER24);
                    st.pos += 2;
                    st.haveTime++;
                    st.haveDate++;
                } else {
                    isoDate(st, t.value());
                    st.pos++;
                    st.haveDate++;
                }
            }
            case ZONE -> {
                st.timezone = t.value();
                st.dst = st.is(1, T.DST);
                st.pos += st.dst ? 2 : 1;
                st.haveZone++;
            }
            case DAYZONE -> {
                st.timezone = t.value();
                st.dst = true;
                st.pos++;
                st.haveZone++;
            }
            case DAY -> {
                st.dayOrdinal = 1;
                st.dayNumber = t.value();
                st.pos += st.isChar(1, ',') ? 2 : 1;
                st.haveDay++;
            }
            case NEXT -> next(st);
            case MONTH -> {
                st.month = t.value();
                st.day = st.expect(1, T.UNUMBER);
                if (st.isChar(2, ',')) {
                    st.year = st.expect(3, T.UNUMBER);
                    st.pos += 4;
                } else {
                    st.pos += 2;
                }
                st.haveDate++;
            }
            case EPOCH -> {
                st.year = 1970;
                st.month = 1;
                st.day = 1;
                st.pos++;
                st.haveDate++;
            }
            case STARDATE -> {
                long a = st.expect(1, T.UNUMBER);
                st.expectChar(2, '.');
                long b = st.expect(3, T.UNUMBER);
                st.year = a / 1000 + 2323 - 377;
                st.month = 1;
                st.day = 1;
                st.relDay += (a % 1000) * (365 + (ClockCalendar.isLeap(st.year, true) ? 1 : 0)) / 1000;
                st.relSeconds += b * 144 * 60;
                st.pos += 4;
                st.haveTime++;
                st.haveDate++;
                st.haveRel++;
            }
            case SEC_UNIT, DAY_UNIT, MONTH_UNIT -> {
                addRel(st, t, 1);
                relDone(st, 1);
            }
            case CHAR -> {
                if ((t.ch() == '-' || t.ch() == '+') && st.is(1, T.UNUMBER)) {
                    long sign = t.ch() == '-' ? -1 : 1;
                    Token n = st.peek(1);
                    Token after = st.peek(2);
                    if (isUnit(after)) {
                        addRel(st, after, sign * n.value());
                        relDone(st, 3);
                    } else if (after.type() == T.DAY) {
                        st.dayOrdinal = sign * n.value();
                        st.dayNumber = after.value();
                        st.pos += 3;
                        st.haveDay++;
                    } else {
                        st.timezone = -sign * zoneMinutes(n.value());
                        st.dst = false;
                        st.pos += 2;
                        st.haveZone++;
                    }
                    return;
                }
                throw st.error(st.is(1, T.UNUMBER) || t.ch() != '-' && t.ch() != '+' ? 0 : 1);
            }
            default -> throw st.error(0);
        }
    }

    /** The ISO form "date T time"; the zone letter must be T (else Tcl gives up silently). */
    private static void iso(State st, int zoneAt) throws SyntaxError {
        long zone = st.peek(zoneAt).value();
        if (st.is(zoneAt + 1, T.ISOBASE)) {
            long v = st.peek(zoneAt + 1).value();
            setTime(st, v / 10000, (v % 10000) / 100, v % 100, MER24);
            st.pos += zoneAt + 2;
        } else {
            long h = st.expect(zoneAt + 1, T.UNUMBER);
            st.expectChar(zoneAt + 2, ':');
            long m = st.expect(zoneAt + 3, T.UNUMBER);
            st.expectChar(zoneAt + 4, ':');
            long s = st.expect(zoneAt + 5, T.UNUMBER);
            setTime(st, h, m, s, MER24);
            st.pos += zoneAt + 6;
        }
        if (zone != 420) {
            // the whole form was read; only then does the grammar check the letter
            throw new SyntaxError("");
        }
        st.haveTime++;
        st.haveDate++;
    }

    private static void next(State st) throws SyntaxError {
        Token a = st.peek(1);
        if (a.type() == T.DAY) {
            st.dayOrdinal = 2;
            st.dayNumber = a.value();
            st.pos += 2;
            st.haveDay++;
        } else if (a.type() == T.MONTH) {
            st.monthOrdinal = 1;
            st.month = a.value();
            st.pos += 2;
            st.haveOrdinalMonth++;
        } else if (isUnit(a)) {
            addRel(st, a, 1);
            relDone(st, 2);
        } else if (a.type() == T.UNUMBER) {
            Token b = st.peek(2);
            if (b.type() == T.MONTH) {
                st.monthOrdinal = a.value();
                st.month = b.value();
                st.pos += 3;
                st.haveOrdinalMonth++;
            } else if (isUnit(b)) {
                addRel(st, b, a.value());
                relDone(st, 3);
            } else {
                throw st.error(2);
            }
        } else {
            throw st.error(1);
        }
    }

    private static void number(State st, Token t) throws SyntaxError {
        Token a = st.peek(1);
        long v = t.value();
        if (a.type() == T.MERIDIAN) {
            setTime(st, v, 0, 0, (int) a.value());
            st.pos += 2;
            st.haveTime++;
        } else if (st.isChar(1, ':')) {
            long m = st.expect(2, T.UNUMBER);
            long s = 0;
            int k = 3;
            if (st.isChar(3, ':')) {
                s = st.expect(4, T.UNUMBER);
                k = 5;
            }
            int meridian = MER24;
            if (st.is(k, T.MERIDIAN)) {
                meridian = (int) st.peek(k).value();
                k++;
            }
            setTime(st, v, m, s, meridian);
            st.pos += k;
            st.haveTime++;
        } else if (st.isChar(1, '/')) {
            st.month = v;
            st.day = st.expect(2, T.UNUMBER);
            if (st.isChar(3, '/')) {
                st.year = st.expect(4, T.UNUMBER);
                st.pos += 5;
            } else {
                st.pos += 3;
            }
            st.haveDate++;
        } else if (st.isChar(1, '-')) {
            if (st.is(2, T.MONTH)) {
                st.day = v;
                st.month = st.peek(2).value();
                st.expectChar(3, '-');
                st.year = st.expect(4, T.UNUMBER);
                st.pos += 5;
                st.haveDate++;
                return;
            }
            long m = st.expect(2, T.UNUMBER);
            st.expectChar(3, '-');
            long d = st.expect(4, T.UNUMBER);
            if (st.is(5, T.ZONE)) {
                iso(st, 5);
                st.year = v;
                st.month = m;
                st.day = d;
                return;
            }
            st.year = v;
            st.month = m;
            st.day = d;
            st.pos += 5;
            st.haveDate++;
        } else if (a.type() == T.MONTH) {
            st.day = v;
            st.month = a.value();
            if (st.is(2, T.UNUMBER)) {
                st.year = st.peek(2).value();
                st.pos += 3;
            } else {
                st.pos += 2;
            }
            st.haveDate++;
        } else if (a.type() == T.DAY) {
            st.dayOrdinal = v;
            st.dayNumber = a.value();
            st.pos += 2;
            st.haveDay++;
        } else if (isUnit(a)) {
            addRel(st, a, v);
            relDone(st, 2);
        } else {
            st.pos++;
            if (st.haveTime > 0 && st.haveDate > 0 && st.haveRel == 0) {
                st.year = v;
            } else {
                st.haveTime++;
                // getdate looks at the digit count of the last number it read, which
                // is the next token when that is a number too ("31 2024" makes 00:31)
                int digits = a.type() == T.UNUMBER || a.type() == T.ISOBASE ? a.digits() : t.digits();
                if (digits <= 2) {
                    setTime(st, v, 0, 0, MER24);
                } else {
                    setTime(st, v / 100, v % 100, 0, MER24);
                }
            }
        }
    }

    /** Hours, minutes and seconds as seconds of the day, or -1 if out of range (as getdate). */
    private static long toSeconds(long h, long m, long s, int meridian) {
        if (m < 0 || m > 59 || s < 0 || s > 59) {
            return -1;
        }
        if (meridian == MER24) {
            return h < 0 || h > 23 ? -1 : (h * 60 + m) * 60 + s;
        }
        if (h < 1 || h > 12) {
            return -1;
        }
        return ((h % 12 + (meridian == MERPM ? 12 : 0)) * 60 + m) * 60 + s;
    }

    // ------------------------------------------------------------ putting it together

    static long scan(Interp interp, String string, long base, ClockZone zone) throws TclException {
        long change = ClockCalendar.BRITISH_CHANGE;
        ClockFields b = new ClockFields(base, zone, change);
        State st = new State();
        st.toks = lex(string);
        st.year = b.date.year();
        st.month = b.date.month();
        st.day = b.date.day();
        try {
            while (!st.is(0, T.END)) {
                item(st);
            }
        } catch (SyntaxError e) {
            throw fail(string, e.getMessage());
        }
        if (st.haveDate > 1) {
            throw fail(string, "more than one date in string");
        }
        if (st.haveTime > 1) {
            throw fail(string, "more than one time of day in string");
        }
        if (st.haveZone > 1) {
            throw fail(string, "more than one time zone in string");
        }
        if (st.haveDay > 1) {
            throw fail(string, "more than one weekday in string");
        }
        if (st.haveOrdinalMonth > 1) {
            throw fail(string, "more than one ordinal month in string");
        }

        long year = b.date.year();
        long month = b.date.month();
        long day = b.date.day();
        Long time = st.haveTime > 0 ? toSeconds(st.hour, st.minutes, st.seconds, st.meridian) : null;
        if (st.haveDate > 0) {
            year = st.year;
            if (year < 100) {
                year += year >= 39 ? 1900 : 2000;
            }
            month = st.month;
            day = st.day;
            if (time == null) {
                time = 0L;
            }
        }
        ClockZone z = zone;
        if (st.haveZone > 0) {
            String spec = ClockFormatter.numericZone((int) (60 * -st.timezone + (st.dst ? 3600 : 0)));
            z = ClockZones.resolve(interp, spec);
        }
        boolean weekday = st.haveDay > 0 && st.haveDate == 0;
        long secondOfDay = b.secondOfDay;
        if (time != null) {
            secondOfDay = time;
        } else if (weekday || st.haveOrdinalMonth > 0 || (st.haveRel > 0 && (st.relMonth != 0 || st.relDay != 0))) {
            secondOfDay = 0;
        }
        long jdn = ClockCalendar.toJdn(year, month, day, change);
        long seconds = z.toUtc(ClockCalendar.localSecondsOf(jdn) + secondOfDay);
        if (st.haveRel > 0) {
            seconds = ClockCmd.addMonths(seconds, st.relMonth, z);
            seconds = ClockCmd.addDays(seconds, st.relDay, z);
            seconds += st.relSeconds;
        }
        if (weekday) {
            ClockFields d2 = new ClockFields(seconds, z, change);
            long j = ClockCalendar.weekdayOnOrBefore((int) st.dayNumber, d2.jdn + 6) + 7 * st.dayOrdinal;
            if (st.dayOrdinal > 0) {
                j -= 7;
            }
            // as tclsh: the time of day is the one the date was given, not the adjusted one
            seconds = z.toUtc(ClockCalendar.localSecondsOf(j) + secondOfDay);
        }
        if (st.haveOrdinalMonth > 0) {
            long ordinal = st.monthOrdinal;
            long diff;
            if (ordinal > 0) {
                diff = st.month - month;
                if (diff <= 0) {
                    diff += 12;
                }
                ordinal--;
            } else {
                diff = month - st.month;
                if (diff >= 0) {
                    diff -= 12;
                }
                ordinal++;
            }
            seconds = ClockCmd.addMonths(seconds, 12 * ordinal, z);
            seconds = ClockCmd.addMonths(seconds, diff, z);
        }
        return seconds;
    }

    private static TclException fail(String string, String why) {
        return new TclException("unable to convert date-time string \"" + string + "\": " + why);
    }
}
