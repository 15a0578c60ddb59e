package org.tcl4j.core.cmd;

import java.math.BigInteger;

import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * The orderings shared by {@code lsort} and {@code lsearch}: byte-wise
 * "ascii" order, case-insensitive order, "dictionary" order, and the
 * numeric conversions with tclsh's messages.
 */
final class LsortCompare {
    private LsortCompare() {
    }

    /**
     * tclsh compares -ascii strings as their (modified) UTF-8 bytes, which is
     * UTF-16 code unit order except that NUL (encoded as C0 80) sorts after
     * U+007F and before U+0080.
     */
    static int ascii(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return weight(x) - weight(y);
            }
        }
        return a.length() - b.length();
    }

    private static int weight(char c) {
        return c == 0 ? 0xFF : c * 2;
    }

    /** Character-wise comparison of lower-cased characters (TclUtfCasecmp). */
    static int nocase(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                x = Character.toLowerCase(x);
                y = Character.toLowerCase(y);
                if (x != y) {
                    return x - y;
                }
            }
        }
        return a.length() - b.length();
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Dictionary order: case is ignored except as a tie-breaker (upper case
     * first), and runs of digits compare as integers (more leading zeros sort
     * later, again only as a tie-breaker). The first tie-breaker found wins.
     */
    static int dictionary(String a, String b) {
        int i = 0;
        int j = 0;
        int na = a.length();
        int nb = b.length();
        int tieBreak = 0;
        while (true) {
            if (i < na && j < nb && isDigit(a.charAt(i)) && isDigit(b.charAt(j))) {
                // skip leading zeros that are followed by another digit
                int zeros = 0;
                while (a.charAt(i) == '0' && i + 1 < na && isDigit(a.charAt(i + 1))) {
                    i++;
                    zeros++;
                }
                while (b.charAt(j) == '0' && j + 1 < nb && isDigit(b.charAt(j + 1))) {
                    j++;
                    zeros--;
                }
                if (tieBreak == 0) {
                    tieBreak = zeros;
                }
                // the longer digit run is the larger number; equal lengths compare digit-wise
                int firstDiff = 0;
                while (true) {
                    if (firstDiff == 0) {
                        firstDiff = a.charAt(i) - b.charAt(j);
                    }
                    i++;
                    j++;
                    boolean moreA = i < na && isDigit(a.charAt(i));
                    boolean moreB = j < nb && isDigit(b.charAt(j));
                    if (!moreB) {
                        if (moreA) {
                            return 1;
                        }
                        if (firstDiff != 0) {
                            return firstDiff;
                        }
                        break;
                    }
                    if (!moreA) {
                        return -1;
                    }
                }
                continue;
            }
            if (i >= na || j >= nb) {
                int d = (i < na ? 1 : 0) - (j < nb ? 1 : 0);
                return d != 0 ? d : tieBreak;
            }
            char x = a.charAt(i++);
            char y = b.charAt(j++);
            char lx = Character.toLowerCase(x);
            char ly = Character.toLowerCase(y);
            if (lx != ly) {
                return lx - ly;
            }
            if (tieBreak == 0) {
                if (Character.isUpperCase(x) && Character.isLowerCase(y)) {
                    tieBreak = -1;
                } else if (Character.isUpperCase(y) && Character.isLowerCase(x)) {
                    tieBreak = 1;
                }
            }
        }
    }

    /**
     * An integer for -integer comparisons, as Tcl_GetWideIntFromObj reads it
     * (values up to 2^64-1 wrap to 64 bits).
     */
    static long wide(TclValue v) throws TclException {
        Number n = integer(v);
        if (n instanceof Long l) {
            return l;
        }
        if (n instanceof BigInteger b && b.bitLength() <= 64) {
            return b.longValue();
        }
        if (n == null) {
            throw new TclException("expected integer but got \"" + v + "\"", "TCL VALUE NUMBER");
        }
        throw tooLarge();
    }

    /**
     * An integer argument as Tcl_GetIntFromObj reads it: magnitude up to
     * 2^32-1, wrapped to 32 bits.
     */
    static int intArg(TclValue v) throws TclException {
        Number n = integer(v);
        if (n instanceof Long l) {
            if (l <= 0xFFFFFFFFL && l >= -0xFFFFFFFFL) {
                return (int) (long) l;
            }
            throw tooLarge();
        }
        if (n == null) {
            throw new TclException("expected integer but got \"" + v + "\"", "TCL VALUE INTEGER");
        }
        throw tooLarge();
    }

    private static TclException tooLarge() {
        return new TclException("integer value too large to represent",
                "ARITH IOVERFLOW {integer value too large to represent}");
    }

    /** Long or BigInteger, or null when the value is not an integer in 8.6 syntax. */
    static Number integer(TclValue v) {
        Object rep = v.rep();
        Number n = rep instanceof Long l ? l : v.asNumber();
        if (!(n instanceof Long) && !(n instanceof BigInteger)) {
            return null;
        }
        // a pure number has no text to check; text with 8.7's 0d prefix is not an 8.6 integer
        return v.hasString() && hasDecimalPrefix(v.toString()) ? null : n;
    }

    private static boolean hasDecimalPrefix(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && ListIndex.isSpace(s.charAt(i))) {
            i++;
        }
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        return i + 1 < n && s.charAt(i) == '0' && (s.charAt(i + 1) == 'd' || s.charAt(i + 1) == 'D');
    }

    /** A double for -real comparisons; NaN is refused as tclsh does. */
    static double real(TclValue v) throws TclException {
        double d = v.asDouble();
        if (Double.isNaN(d)) {
            throw new TclException("floating point value is Not a Number", "TCL VALUE DOUBLE NAN");
        }
        return d;
    }

    /** Like {@link #intArg} but null instead of an error. */
    static Integer tclInt(TclValue v) {
        try {
            return intArg(v);
        } catch (TclException e) {
            return null;
        }
    }
}
