package org.tcl4j.core;

/**
 * The {@code return} options protocol: parsing {@code -code}/{@code -level}
 * and friends, and resolving a pending RETURN when a procedure (or
 * {@code apply}, or {@code source}) finishes.
 */
public final class ReturnOptions {
    private ReturnOptions() {
    }

    /** The options of a plain {@code return}: -code 0 -level 1. Shared; never modified. */
    public static final TclDict PLAIN = plain();

    private static TclDict plain() {
        TclDict d = new TclDict();
        d.put("-code", TclValue.ZERO);
        d.put("-level", TclValue.ONE);
        return d;
    }

    private static final String[] CODES = {"ok", "error", "return", "break", "continue"};

    /** Parses a completion code name or integer ({@code -code} values). */
    public static int parseCode(TclValue v) throws TclException {
        String s = v.toString();
        for (int i = 0; i < CODES.length; i++) {
            if (CODES[i].equals(s)) {
                return i;
            }
        }
        Number n = v.asNumber();
        if (n instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return (int) (long) l;
        }
        throw new TclException("bad completion code \"" + s
                + "\": must be ok, error, return, break, continue, or an integer", "TCL RESULT ILLEGAL_CODE");
    }

    /**
     * At a procedure boundary with code RETURN pending: decrement
     * {@code -level}; at zero, the {@code -code} takes effect. Used by
     * procedures and by {@code source} (a file is a level too).
     */
    public static TclValue complete(Interp interp, TclValue result) throws TclException {
        TclDict opts = interp.returnOptions;
        if (opts == PLAIN) {
            interp.code = Interp.OK;
            interp.returnOptions = null;
            return result;
        }
        int level = 1;
        int code = Interp.OK;
        if (opts != null) {
            TclValue lv = opts.get("-level");
            TclValue cv = opts.get("-code");
            level = lv == null ? 1 : lv.asInt();
            code = cv == null ? Interp.OK : parseCode(cv);
        }
        level--;
        if (level > 0) {
            TclDict copy = opts.copy();
            copy.put("-level", TclValue.of(level));
            interp.returnOptions = copy;
            return result; // still RETURN
        }
        interp.code = Interp.OK;
        interp.returnOptions = null;
        if (code == Interp.ERROR) {
            throw toError(result, opts);
        }
        interp.code = code == Interp.OK ? Interp.OK : code;
        if (code == Interp.RETURN) {
            // "return -code return" returns from the caller as well
            TclDict d = new TclDict();
            d.put("-code", TclValue.ZERO);
            d.put("-level", TclValue.ONE);
            interp.returnOptions = d;
        }
        return result;
    }

    /**
     * A pending RETURN's options as {@code catch} and {@code try} show them:
     * for {@code -code error}, tclsh adds {@code -errorcode NONE} when none
     * was given, and {@code -errorline 1} when only {@code -errorinfo} was.
     */
    public static TclDict visible(TclDict opts) {
        TclValue cv = opts.get("-code");
        if (cv == null || !cv.toString().equals("1")) {
            return opts;
        }
        boolean addCode = opts.get("-errorcode") == null;
        boolean addLine = opts.get("-errorinfo") != null && opts.get("-errorline") == null;
        if (!addCode && !addLine) {
            return opts;
        }
        TclDict d = opts.copy();
        if (addCode) {
            d.put("-errorcode", TclValue.of("NONE"));
        }
        if (addLine) {
            d.put("-errorline", TclValue.ONE);
        }
        return d;
    }

    /** Builds the exception for {@code return -code error} with its options. */
    public static TclException toError(TclValue result, TclDict opts) {
        TclException e = new TclException(result, opts == null ? null : opts.get("-errorcode"));
        if (opts != null) {
            TclValue info = opts.get("-errorinfo");
            if (info != null) {
                e.setErrorInfo(info.toString());
            }
            TclValue line = opts.get("-errorline");
            if (line != null) {
                try {
                    e.setErrorLine(line.asInt());
                } catch (TclException ignored) {
                    // an invalid -errorline is ignored
                }
            }
            // every option but -code/-level, in the order given: catch shows them first
            TclDict extra = new TclDict();
            for (var en : opts.entries().entrySet()) {
                String k = en.getKey().toString();
                if (!k.equals("-code") && !k.equals("-level")) {
                    extra.put(en.getKey(), en.getValue());
                }
            }
            if (extra.size() > 0) {
                e.setExtraOptions(extra);
            }
        }
        return e;
    }
}
