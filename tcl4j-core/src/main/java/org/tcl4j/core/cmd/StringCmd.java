package org.tcl4j.core.cmd;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * The {@code string} ensemble and its subcommands, also reachable one by one
 * as {@code ::tcl::string::NAME} like in tclsh.
 *
 * <p>Every subcommand gets the full word list and {@code base}, the index of
 * its first argument (2 after {@code string NAME}, 1 for
 * {@code ::tcl::string::NAME}), so that {@code wrong # args} messages name the
 * command the way it was called. Strings are Java strings: one Tcl character
 * is one UTF-16 unit, as in tclsh 8.6. {@code string is} lives in
 * {@link StringIsCmd} and {@code string map} in {@link StringMap}.
 */
public final class StringCmd {
    private StringCmd() {
    }

    /** A subcommand implementation. */
    @FunctionalInterface
    interface Sub {
        TclValue run(Interp interp, TclValue[] objv, int base) throws TclException;
    }

    /** Subcommand names in tclsh's order (its error message lists them so). */
    static final String[] NAMES = {
        "bytelength", "cat", "compare", "equal", "first", "index", "is", "last", "length", "map", "match",
        "range", "repeat", "replace", "reverse", "tolower", "totitle", "toupper", "trim", "trimleft",
        "trimright", "wordend", "wordstart",
    };

    private static final Sub[] SUBS = {
        StringCmd::bytelength, StringCmd::cat, StringCmd::compare, StringCmd::equal, StringCmd::first,
        StringCmd::index, StringIsCmd::run, StringCmd::last, StringCmd::length, StringMap::run, StringCmd::match,
        StringCmd::range, StringCmd::repeat, StringCmd::replace, StringCmd::reverse,
        (i, o, b) -> changeCase(o, b, 0), (i, o, b) -> changeCase(o, b, 2), (i, o, b) -> changeCase(o, b, 1),
        (i, o, b) -> trim(o, b, true, true), (i, o, b) -> trim(o, b, true, false),
        (i, o, b) -> trim(o, b, false, true), StringCmd::wordend, StringCmd::wordstart,
    };

    private static final Map<String, Sub> BY_NAME = new HashMap<>();
    static {
        for (int i = 0; i < NAMES.length; i++) {
            BY_NAME.put(NAMES[i], SUBS[i]);
        }
    }

    /** Characters {@code string trim} removes by default: Tcl's white space and NUL. */
    static final String DEFAULT_TRIM = "\0\t\n\u000b\f\r \u0085\u00a0\u1680\u180e\u2000\u2001\u2002\u2003"
            + "\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff";

    private static final TclValue[] ASCII_CHARS = new TclValue[128];
    static {
        for (int i = 0; i < 128; i++) {
            ASCII_CHARS[i] = TclValue.of(String.valueOf((char) i));
        }
    }

    public static void register(Interp interp) {
        interp.register("string", StringCmd::dispatch);
        for (int i = 0; i < NAMES.length; i++) {
            Sub sub = SUBS[i];
            interp.register("::tcl::string::" + NAMES[i], (in, objv) -> sub.run(in, objv, 1));
        }
    }

    static TclValue dispatch(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "subcommand ?arg ...?");
        }
        String name = objv[1].toString();
        Sub sub = BY_NAME.get(name);
        if (sub != null) {
            return sub.run(interp, objv, 2);
        }
        int i = Args.subcommand(objv[1], NAMES);
        // Messages name the subcommand in full, as tclsh's ensembles do.
        objv = objv.clone();
        objv[1] = TclValue.of(NAMES[i]);
        return SUBS[i].run(interp, objv, 2);
    }

    /** A one-character string, shared for ASCII. */
    static TclValue charValue(char c) {
        return c < 128 ? ASCII_CHARS[c] : TclValue.of(String.valueOf(c));
    }

    // ---------------------------------------------------------------- simple

    static TclValue length(Interp interp, TclValue[] objv, int base) throws TclException {
        if (objv.length != base + 1) {
            throw Args.wrongNum(objv, base, "string");
        }
        return TclValue.of(objv[base].toString().length());
    }

    static TclValue bytelength(Interp interp, TclValue[] objv, int base) throws TclException {
        if (objv.length != base + 1) {
            throw Args.wrongNum(objv, base, "string");
        }
        String s = objv[base].toString();
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += StringCase.utf8Width(s.charAt(i));
        }
        return TclValue.of(n);
    }

    static TclValue cat(Interp interp, TclValue[] objv, int base) {
        int n = objv.length - base;
        if (n == 0) {
            return TclValue.EMPTY;
        }
        if (n == 1) {
            return objv[base];
        }
        StringBuilder sb = new StringBuilder();
        for (int i = base; i < objv.length; i++) {
            sb.append(objv[i].toString());
        }
        return TclValue.of(sb.toString());
    }

    static TclValue index(Interp interp, TclValue[] objv, int base) throws TclException {
        if (objv.length != base + 2) {
            throw Args.wrongNum(objv, base, "string charIndex");
        }
        String s = objv[base].toString();
        int i = Args.indexArg(objv[base + 1], s.length() - 1);
        if (i < 0 || i >= s.length()) {
            return TclValue.EMPTY;
        }
        return charValue(s.charAt(i));
    }

    static TclValue range(Interp interp, TclValue[] objv, int base) throws TclException {
        if (objv.length != base + 3) {
            throw Args.wrongNum(objv, base, "string first last");
        }
        String s = objv[base].toString();
        int end = s.length() - 1;
        int first = Math.max(0, Args.indexArg(objv[base + 1], end));
        int last = Math.min(end, Args.indexArg(objv[base + 2], end));
        if (first > last) {
            return TclValue.EMPTY;
        }
        if (first == 0 && last == end) {
            return objv[base];
        }
        return TclValue.of(s.substring(first, last + 1));
    }

    static TclValue repeat(Interp interp, TclValue[] objv, int base) throws TclException {
        if (objv.length != base + 2) {
            throw Args.wrongNum(objv, base, "string count");
        }
        String s = objv[base].toString();
        int count = Args.intArg(objv[base + 1]);
        if (count <= 0 || s.isEmpty()) {
            return TclValue.EMPTY;
        }
        if (count == 1) {
            return objv[base];
        }
        if ((long) s.length() * count > Integer.MAX_VALUE - 16) {
            throw new TclException("string size overflow, must be less than 2147483647", "TCL MEMORY");
        }
        return TclValue.of(s.repeat(count));
    }

    static TclValue replace(Interp interp, TclValue[] objv, int base) throws TclException {
        int n = objv.length - base;
        if (n < 3 || n > 4) {
            throw Args.wrongNum(objv, base, "string first last ?string?");
        }
        String s = objv[base].toString();
        int end = s.length() - 1;
        int first = Args.indexArg(objv[base + 1], end);
        int last = Args.indexArg(objv[base + 2], end);
        if (last < 0 || first > end || first > last) {
            return objv[base];
        }
        first = Math.max(0, first);
        last = Math.min(end, last);
        String with = n == 4 ? objv[base + 3].toString() : "";
        return TclValue.of(s.substring(0, first) + with + s.substring(last + 1));
    }

    static TclValue reverse(Interp interp, TclValue[] objv, int base) throws TclException {
        if (objv.length != base + 1) {
            throw Args.wrongNum(objv, base, "string");
        }
        String s = objv[base].toString();
        if (s.length() < 2) {
            return objv[base];
        }
        char[] cs = s.toCharArray();
        for (int i = 0, j = cs.length - 1; i < j; i++, j--) {
            char t = cs[i];
            cs[i] = cs[j];
            cs[j] = t;
        }
        return TclValue.of(new String(cs));
    }

    /** tolower (mode 0), toupper (1), totitle (2), over an optional index range. */
    static TclValue changeCase(TclValue[] objv, int base, int mode) throws TclException {
        int n = objv.length - base;
        if (n < 1 || n > 3) {
            throw Args.wrongNum(objv, base, "string ?first? ?last?");
        }
        String s = objv[base].toString();
        int from = 0;
        int to = s.length();
        if (n > 1) {
            int end = s.length() - 1;
            int first = Args.indexArg(objv[base + 1], end);
            int last = n > 2 ? Args.indexArg(objv[base + 2], end) : first;
            first = Math.max(0, first);
            last = Math.min(end, last);
            if (first > last) {
                return objv[base];
            }
            from = first;
            to = last + 1;
        }
        String r = StringCase.map(s, from, to, mode);
        return r == s ? objv[base] : TclValue.of(r);
    }

    static TclValue trim(TclValue[] objv, int base, boolean left, boolean right) throws TclException {
        int n = objv.length - base;
        if (n < 1 || n > 2) {
            throw Args.wrongNum(objv, base, "string ?chars?");
        }
        String s = objv[base].toString();
        String set = n == 2 ? objv[base + 1].toString() : DEFAULT_TRIM;
        int from = 0;
        int to = s.length();
        if (left) {
            while (from < to && set.indexOf(s.charAt(from)) >= 0) {
                from++;
            }
        }
        if (right) {
            while (to > from && set.indexOf(s.charAt(to - 1)) >= 0) {
                to--;
            }
        }
        if (from == 0 && to == s.length()) {
            return objv[base];
        }
        return TclValue.of(s.substring(from, to));
    }

    // --------------------------------------------------------------- search

    static TclValue first(Interp interp, TclValue[] objv, int base) throws TclException {
        int n = objv.length - base;
        if (n < 2 || n > 3) {
            throw Args.wrongNum(objv, base, "needleString haystackString ?startIndex?");
        }
        String needle = objv[base].toString();
        String hay = objv[base + 1].toString();
        int start = 0;
        if (n == 3) {
            start = Math.max(0, Args.indexArg(objv[base + 2], hay.length() - 1));
        }
        if (needle.isEmpty() || start >= hay.length()) {
            return TclValue.of(-1);
        }
        return TclValue.of(hay.indexOf(needle, start));
    }

    static TclValue last(Interp interp, TclValue[] objv, int base) throws TclException {
        int n = objv.length - base;
        if (n < 2 || n > 3) {
            throw Args.wrongNum(objv, base, "needleString haystackString ?startIndex?");
        }
        String needle = objv[base].toString();
        String hay = objv[base + 1].toString();
        int last = hay.length() - 1;
        if (n == 3) {
            last = Math.min(last, Args.indexArg(objv[base + 2], hay.length() - 1));
        }
        if (needle.isEmpty() || last < 0) {
            return TclValue.of(-1);
        }
        // The whole match must lie at or before the given index.
        int from = last - needle.length() + 1;
        if (from < 0) {
            return TclValue.of(-1);
        }
        return TclValue.of(hay.lastIndexOf(needle, from));
    }

    static TclValue wordend(Interp interp, TclValue[] objv, int base) throws TclException {
        if (objv.length != base + 2) {
            throw Args.wrongNum(objv, base, "string index");
        }
        String s = objv[base].toString();
        int i = Math.max(0, Args.indexArg(objv[base + 1], s.length() - 1));
        if (i >= s.length()) {
            return TclValue.of(s.length());
        }
        if (!StringIsCmd.isWordChar(s.charAt(i))) {
            return TclValue.of(i + 1);
        }
        while (i < s.length() && StringIsCmd.isWordChar(s.charAt(i))) {
            i++;
        }
        return TclValue.of(i);
    }

    static TclValue wordstart(Interp interp, TclValue[] objv, int base) throws TclException {
        if (objv.length != base + 2) {
            throw Args.wrongNum(objv, base, "string index");
        }
        String s = objv[base].toString();
        int i = Math.min(s.length() - 1, Args.indexArg(objv[base + 1], s.length() - 1));
        if (i < 0) {
            return TclValue.ZERO;
        }
        if (StringIsCmd.isWordChar(s.charAt(i))) {
            while (i > 0 && StringIsCmd.isWordChar(s.charAt(i - 1))) {
                i--;
            }
        }
        return TclValue.of(i);
    }

    // ----------------------------------------------------------- comparison

    static TclValue match(Interp interp, TclValue[] objv, int base) throws TclException {
        int n = objv.length - base;
        boolean nocase = false;
        if (n == 3) {
            Args.index(objv[base], new String[] {"-nocase"}, "option");
            nocase = true;
        } else if (n != 2) {
            throw Args.wrongNum(objv, base, "?-nocase? pattern string");
        }
        String pattern = objv[objv.length - 2].toString();
        String s = objv[objv.length - 1].toString();
        return TclValue.of(GlobMatch.matches(pattern, s, nocase));
    }

    private static final String[] COMPARE_OPTIONS = {"-nocase", "-length"};

    static TclValue compare(Interp interp, TclValue[] objv, int base) throws TclException {
        return TclValue.of(compareOrEqual(objv, base, false));
    }

    static TclValue equal(Interp interp, TclValue[] objv, int base) throws TclException {
        return TclValue.of(compareOrEqual(objv, base, true) == 0 ? 1 : 0);
    }

    /** Shared option parsing of compare and equal; returns -1, 0 or 1. */
    private static int compareOrEqual(TclValue[] objv, int base, boolean equal) throws TclException {
        int n = objv.length - base;
        if (n < 2 || n > 5) {
            throw Args.wrongNum(objv, base, "?-nocase? ?-length int? string1 string2");
        }
        boolean nocase = false;
        long length = -1;
        int stringsAt = objv.length - 2;
        for (int i = base; i < stringsAt; i++) {
            int opt = Args.index(objv[i], COMPARE_OPTIONS, "option");
            if (opt == 0) {
                nocase = true;
            } else {
                if (i + 1 >= stringsAt) {
                    throw Args.wrongNum(objv, base, "?-nocase? ?-length int? string1 string2");
                }
                length = Args.intArg(objv[++i]);
            }
        }
        String a = objv[stringsAt].toString();
        String b = objv[stringsAt + 1].toString();
        if (length >= 0) {
            if (a.length() > length) {
                a = a.substring(0, (int) length);
            }
            if (b.length() > length) {
                b = b.substring(0, (int) length);
            }
        }
        if (!nocase) {
            if (equal) {
                return a.equals(b) ? 0 : 1;
            }
            return Integer.signum(a.compareTo(b));
        }
        return compareNocase(a, b);
    }

    /** Character-wise comparison in lower case; a shorter prefix sorts first. */
    static int compareNocase(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                x = StringCase.fold(x);
                y = StringCase.fold(y);
                if (x != y) {
                    return x < y ? -1 : 1;
                }
            }
        }
        return Integer.signum(a.length() - b.length());
    }
}
