package org.tcl4j.core.cmd;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * {@code clock}: seconds, milliseconds, microseconds, clicks, format, scan
 * and add, with tclsh's time zones ({@link ClockZones}), calendar
 * ({@link ClockCalendar}, Julian before 1582) and C-locale formats
 * ({@link ClockFormatter}, {@link ClockScanner}, {@link ClockFreeScan}).
 */
public final class ClockCmd {
    private ClockCmd() {
    }

    public static void register(Interp interp) {
        interp.register("clock", ClockCmd::clock);
    }

    private static final String[] SUBCOMMANDS = {"add", "clicks", "format", "microseconds", "milliseconds", "scan",
        "seconds"};

    static TclValue clock(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "subcommand ?arg ...?");
        }
        String sub = subcommand(objv[1].toString());
        switch (sub) {
            case "seconds" -> {
                noArgs(objv);
                return TclValue.of(Math.floorDiv(System.currentTimeMillis(), 1000));
            }
            case "milliseconds" -> {
                noArgs(objv);
                return TclValue.of(System.currentTimeMillis());
            }
            case "microseconds" -> {
                noArgs(objv);
                return TclValue.of(microseconds());
            }
            case "clicks" -> {
                return clicks(objv);
            }
            case "format" -> {
                return format(interp, objv);
            }
            case "scan" -> {
                return ClockScanner.scanCommand(interp, objv);
            }
            default -> {
                return add(interp, objv);
            }
        }
    }

    /** An ensemble's lookup: unique prefixes, and its "unknown or ambiguous" message. */
    private static String subcommand(String name) throws TclException {
        String found = null;
        for (String s : SUBCOMMANDS) {
            if (s.equals(name)) {
                return s;
            }
            if (!name.isEmpty() && s.startsWith(name)) {
                if (found != null) {
                    found = null;
                    break;
                }
                found = s;
            }
        }
        if (found == null || name.isEmpty()) {
            throw new TclException(TclValue.of("unknown or ambiguous subcommand \"" + name + "\": must be "
                    + Args.joinChoices(List.of(SUBCOMMANDS))),
                    TclValue.ofList(TclValue.of("TCL"), TclValue.of("LOOKUP"), TclValue.of("SUBCOMMAND"),
                            TclValue.of(name)));
        }
        return found;
    }

    private static void noArgs(TclValue[] objv) throws TclException {
        if (objv.length != 2) {
            throw new TclException("wrong # args: should be \"clock " + subcommand(objv[1].toString()) + "\"",
                    "TCL WRONGARGS");
        }
    }

    private static long microseconds() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
    }

    private static TclValue clicks(TclValue[] objv) throws TclException {
        if (objv.length == 2) {
            return TclValue.of(microseconds());
        }
        if (objv.length != 3) {
            throw new TclException("wrong # args: should be \"clock clicks ?-switch?\"", "TCL WRONGARGS");
        }
        int i = Args.index(objv[2], new String[] {"-milliseconds", "-microseconds"}, "option");
        return TclValue.of(i == 0 ? System.currentTimeMillis() : microseconds());
    }

    // ------------------------------------------------------------ format

    private static final String FORMAT_USAGE =
            "clock format clockval ?-format string? ?-gmt boolean? ?-locale LOCALE? ?-timezone ZONE?";
    private static final String[] FORMAT_OPTIONS = {"-format", "-gmt", "-locale", "-timezone"};

    static TclException wrongArgs(String usage) {
        return new TclException("wrong # args: should be \"" + usage + "\"", "CLOCK wrongNumArgs");
    }

    static TclException badOption(String message, String option) {
        return new TclException(TclValue.of(message),
                TclValue.ofList(TclValue.of("CLOCK"), TclValue.of("badOption"), TclValue.of(option)));
    }

    static TclException gmtWithTimezone() {
        return new TclException("cannot use -gmt and -timezone in same call", "CLOCK gmtWithTimezone");
    }

    private static TclValue format(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 3 || (objv.length - 3) % 2 != 0) {
            throw wrongArgs(FORMAT_USAGE);
        }
        String fmt = ClockFormatter.DEFAULT;
        boolean gmt = false;
        boolean sawGmt = false;
        String zone = null;
        for (int i = 3; i < objv.length; i += 2) {
            String opt = objv[i].toString();
            int k;
            try {
                k = Args.index(opt, FORMAT_OPTIONS, "option", true);
            } catch (TclException e) {
                throw badOption(e.getMessage(), opt);
            }
            switch (k) {
                case 0 -> fmt = objv[i + 1].toString();
                case 1 -> {
                    // any number is a boolean here, as in tclsh's Tcl_GetBooleanFromObj
                    Number n = objv[i + 1].asNumber();
                    gmt = n != null ? n.doubleValue() != 0 : objv[i + 1].asBoolean();
                    sawGmt = true;
                }
                case 2 -> {
                    // only the C locale's names and formats are known
                }
                default -> zone = objv[i + 1].toString();
            }
        }
        if (sawGmt && zone != null) {
            throw gmtWithTimezone();
        }
        long seconds = objv[2].asLong();
        ClockZone z = gmt ? ClockZones.gmt() : ClockZones.resolve(interp, zone);
        return TclValue.of(ClockFormatter.format(new ClockFields(seconds, z, ClockCalendar.GREGORIAN_CHANGE), fmt));
    }

    // ------------------------------------------------------------ add

    private static final String ADD_USAGE =
            "clock add clockval ?number units?... ?-gmt boolean? ?-locale LOCALE? ?-timezone ZONE?";

    /** Is {@code s} what Tcl's {@code string is integer -strict} accepts (a 32-bit integer)? */
    private static boolean isInt32(TclValue v) {
        try {
            long l = v.asLong();
            return l >= Integer.MIN_VALUE && l <= 0xFFFFFFFFL;
        } catch (TclException e) {
            return false;
        }
    }

    private static TclValue add(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 3) {
            throw Args.wrongNum(objv, 2, "clockval ?arg ...?");
        }
        if ((objv.length - 3) % 2 != 0) {
            throw wrongArgs(ADD_USAGE);
        }
        if (objv[2].asNumber() == null) {
            throw new TclException("expected number but got \"" + objv[2] + "\"");
        }
        int i = 3;
        List<TclValue[]> offsets = new ArrayList<>();
        while (i + 1 < objv.length && isInt32(objv[i])) {
            offsets.add(new TclValue[] {objv[i], objv[i + 1]});
            i += 2;
        }
        TclValue gmtValue = null;
        String zone = null;
        for (; i < objv.length; i += 2) {
            String opt = objv[i].toString();
            switch (opt) {
                case "-g", "-gm", "-gmt" -> gmtValue = objv[i + 1];
                case "-l", "-lo", "-loc", "-loca", "-local", "-locale" -> {
                    // only the C locale is known
                }
                case "-t", "-ti", "-tim", "-time", "-timez", "-timezo", "-timezon", "-timezone" ->
                    zone = objv[i + 1].toString();
                default -> throw badOption("bad option \"" + opt + "\", must be -gmt, -locale or -timezone", opt);
            }
        }
        ClockZone z;
        if (gmtValue != null && TclValue.parseBoolean(gmtValue.toString()) == null && gmtValue.asNumber() == null) {
            // tclsh's clock add is a procedure that raises this with no errorCode
            throw new TclException("expected boolean value but got \"" + gmtValue + "\"");
        }
        if (gmtValue != null && gmtValue.asBoolean()) {
            z = ClockZones.gmt();
        } else {
            z = ClockZones.resolve(interp, zone);
        }
        if (offsets.isEmpty()) {
            return objv[2]; // nothing to add: tclsh hands the clock value back as written
        }
        long seconds;
        try {
            seconds = objv[2].asLong();
        } catch (TclException e) {
            throw new TclException("expected integer but got \"" + objv[2] + "\"", "TCL VALUE INTEGER");
        }
        for (TclValue[] o : offsets) {
            long count = (int) o[0].asLong();
            String unit = o[1].toString();
            seconds = switch (unit) {
                case "years", "year" -> addMonths(seconds, 12 * count, z);
                case "months", "month" -> addMonths(seconds, count, z);
                case "weeks", "week" -> addDays(seconds, 7 * count, z);
                case "days", "day" -> addDays(seconds, count, z);
                case "hours", "hour" -> seconds + 3600 * count;
                case "minutes", "minute" -> seconds + 60 * count;
                case "seconds", "second" -> seconds + count;
                default -> throw new TclException(TclValue.of("unknown unit \"" + unit
                        + "\", must be  years, months, weeks, days, hours, minutes or seconds"),
                        TclValue.ofList(TclValue.of("CLOCK"), TclValue.of("badUnit"), TclValue.of(unit)));
            };
        }
        return TclValue.of(seconds);
    }

    /** Calendar months later, same local time, the day kept within the month. */
    static long addMonths(long seconds, long months, ClockZone z) {
        ClockFields f = new ClockFields(seconds, z, ClockCalendar.GREGORIAN_CHANGE);
        long m = f.date.month() - 1 + months;
        // Tcl counts the years within the era, so before 1 CE adding a year
        // goes one year further back; kept for the same answers
        boolean bce = f.date.year() <= 0;
        long yearOfEra = f.yearOfEra() + Math.floorDiv(m, 12);
        long year = bce ? 1 - yearOfEra : yearOfEra;
        int month = (int) Math.floorMod(m, 12) + 1;
        long jdn0 = ClockCalendar.toJdn(year, month, 1, ClockCalendar.GREGORIAN_CHANGE);
        int dim = ClockCalendar.daysInMonth(year, month, jdn0 >= ClockCalendar.GREGORIAN_CHANGE);
        int day = Math.min(f.date.day(), dim);
        long jdn = ClockCalendar.toJdn(year, month, day, ClockCalendar.GREGORIAN_CHANGE);
        return z.toUtc(ClockCalendar.localSecondsOf(jdn) + f.secondOfDay);
    }

    /** Calendar days later, same local time. */
    static long addDays(long seconds, long days, ClockZone z) {
        ClockFields f = new ClockFields(seconds, z, ClockCalendar.GREGORIAN_CHANGE);
        return z.toUtc(ClockCalendar.localSecondsOf(f.jdn + days) + f.secondOfDay);
    }
}
