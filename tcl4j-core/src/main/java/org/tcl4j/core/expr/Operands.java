package org.tcl4j.core.expr;

import java.math.BigInteger;

import org.tcl4j.core.Numbers;
import org.tcl4j.core.Args;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * What an operand means to an operator. During evaluation an operand is a
 * plain Java object: a {@link Long}, {@link Double} or {@link BigInteger}
 * (always canonical: a BigInteger never fits a long) for computed numbers,
 * or a {@link TclValue} for an operand taken as written (a variable, a
 * string, a command result), whose numeric meaning is found on demand and
 * cached on the value as tclsh does.
 *
 * <p>The error texts are tclsh's, e.g.
 * {@code can't use non-numeric string as operand of "+"}.
 */
final class Operands {
    private Operands() {
    }

    static final Long TRUE = 1L;
    static final Long FALSE = 0L;

    static Long bool(boolean b) {
        return b ? TRUE : FALSE;
    }

    /**
     * A value operand whose cached meaning is a Long (a variable holding an
     * integer) as that Long, so the operators' integer fast paths apply;
     * anything else unchanged. Only for operators that use the operand as a
     * number whenever it is one (their error messages name the string only
     * when it is not a number).
     */
    static Object unwrapLong(Object o) {
        return o instanceof TclValue v && v.rep() instanceof Long l ? l : o;
    }

    /** The number an operand stands for, NaN included; null for a non-numeric string. */
    static Number numberOrNull(Object o) {
        if (o instanceof TclValue v) {
            Object r = v.rep();
            if (r instanceof Long || r instanceof Double || r instanceof BigInteger) {
                return (Number) r;
            }
            return v.asNumber();
        }
        return (Number) o;
    }

    /** A number for arithmetic: a non-numeric string or a NaN is an error naming the operator. */
    static Number number(Object o, String op) throws TclException {
        if (o instanceof Long l) {
            return l;
        }
        Number n = numberOrNull(o);
        if (n == null || (n instanceof Double d && d.isNaN())) {
            throw illegalOperand(o, n, op);
        }
        return n;
    }

    /** An integer (Long or BigInteger) for the integer-only operators. */
    static Number integer(Object o, String op) throws TclException {
        if (o instanceof Long l) {
            return l;
        }
        Number n = numberOrNull(o);
        if (n == null || n instanceof Double) {
            throw illegalOperand(o, n, op);
        }
        return n;
    }

    /**
     * {@code can't use <what> as operand of "<op>"} with errorCode
     * {@code ARITH DOMAIN <what>}.
     *
     * @param n the operand's numeric value, or null when it has none
     */
    static TclException illegalOperand(Object o, Number n, String op) {
        String what;
        if (n == null) {
            String s = string(o);
            if (s.isEmpty()) {
                what = "empty string";
            } else if (looksLikeBadOctal(s)) {
                what = "invalid octal number";
            } else {
                what = "non-numeric string";
            }
        } else if (n instanceof Double d && d.isNaN()) {
            what = "non-numeric floating-point value";
        } else if (n instanceof Double) {
            what = "floating-point value";
        } else {
            what = "(big) integer";
        }
        return new TclException("can't use " + what + " as operand of \"" + op + "\"",
                Args.code("ARITH DOMAIN", what));
    }

    /**
     * Digits after a leading zero (optionally {@code 0o}) that failed to be
     * a number, such as {@code 08}: tclsh then blames an invalid octal number.
     */
    static boolean looksLikeBadOctal(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        while (n > i && isSpace(s.charAt(n - 1))) {
            n--;
        }
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        if (i >= n || s.charAt(i) != '0') {
            return false;
        }
        i++;
        if (i < n && (s.charAt(i) == 'o' || s.charAt(i) == 'O')) {
            i++;
        }
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i == n;
    }

    static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** The string form of an operand (numbers print as tclsh prints them). */
    static String string(Object o) {
        if (o instanceof TclValue v) {
            return v.toString();
        }
        if (o instanceof Double d) {
            return Numbers.formatDouble(d);
        }
        return o.toString();
    }

    /** The operand as a Tcl value. */
    static TclValue value(Object o) {
        if (o instanceof TclValue v) {
            return v;
        }
        if (o instanceof Long l) {
            return TclValue.ofLong(l);
        }
        if (o instanceof Double d) {
            return TclValue.ofDouble(d);
        }
        return TclValue.of((BigInteger) o);
    }

    /**
     * The truth of a condition ({@code &&}, {@code ||}, {@code ?:}, if/while):
     * any number, or one of Tcl's boolean words.
     */
    static boolean truth(Object o) throws TclException {
        if (o instanceof Long l) {
            return l != 0;
        }
        Number n = numberOrNull(o);
        if (n != null) {
            return isTrue(n);
        }
        String s = string(o);
        Boolean b = TclValue.parseBoolean(s);
        if (b == null) {
            throw expected("boolean value", o, "TCL VALUE NUMBER");
        }
        return b;
    }

    /**
     * {@code expected <what> but got "<value>"}, the value cut at 50
     * characters, with tclsh's hint for a number with a leading zero that
     * is not octal.
     */
    static TclException expected(String what, Object o, String errorCode) {
        String s = string(o);
        return new TclException("expected " + what + " but got \"" + cut(s, 50) + "\"" + octalHint(s), errorCode);
    }

    /** " (looks like invalid octal number)" for strings such as 08 or -0129. */
    static String octalHint(String s) {
        String t = s.strip();
        int i = t.startsWith("-") || t.startsWith("+") ? 1 : 0;
        if (t.length() < i + 2 || t.charAt(i) != '0') {
            return "";
        }
        for (int k = i + 1; k < t.length(); k++) {
            if (t.charAt(k) < '0' || t.charAt(k) > '9') {
                return "";
            }
        }
        return " (looks like invalid octal number)";
    }

    /** Non-zero test of a number; NaN has no truth value. */
    static boolean isTrue(Number n) throws TclException {
        if (n instanceof Long l) {
            return l != 0;
        }
        if (n instanceof Double d) {
            if (d.isNaN()) {
                throw notANumber();
            }
            return d != 0;
        }
        return ((BigInteger) n).signum() != 0;
    }

    static TclException notANumber() {
        return new TclException("floating point value is Not a Number", "TCL VALUE DOUBLE NAN");
    }

    /** At most {@code max} characters of s (tclsh's {@code %.50s} in value errors). */
    static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
