package org.tcl4j.core.cmd;

import java.math.BigInteger;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.Numbers;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;

/**
 * {@code string is class ?-strict? ?-failindex var? str}.
 *
 * <p>The empty string belongs to every class unless {@code -strict} is given.
 * On failure {@code -failindex} names the first offending character: for
 * character classes the first character outside the class, for numbers the
 * end of the longest prefix that reads as a number (-1 when the number is
 * only too large), for lists the start of the element that does not parse,
 * and 0 for the boolean classes.
 *
 * <p>Character classes follow Tcl's definitions over Unicode general
 * categories (Java 17 knows Unicode 13; tclsh 8.6.13 knows Unicode 14, so
 * characters new in Unicode 14 are not classified yet).
 */
final class StringIsCmd {
    private StringIsCmd() {
    }

    static final String[] CLASSES = {
        "alnum", "alpha", "ascii", "control", "boolean", "digit", "double", "entier", "false", "graph",
        "integer", "list", "lower", "print", "punct", "space", "true", "upper", "wideinteger", "wordchar",
        "xdigit",
    };
    private static final int ALNUM = 0, ALPHA = 1, ASCII = 2, CONTROL = 3, BOOLEAN = 4, DIGIT = 5, DOUBLE = 6,
            ENTIER = 7, FALSE = 8, GRAPH = 9, INTEGER = 10, LIST = 11, LOWER = 12, PRINT = 13, PUNCT = 14,
            SPACE = 15, TRUE = 16, UPPER = 17, WIDEINTEGER = 18, WORDCHAR = 19, XDIGIT = 20;

    private static final String[] OPTIONS = {"-strict", "-failindex"};

    private static final BigInteger MAX_WIDE_MAGNITUDE = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final long MAX_INT_MAGNITUDE = 0xFFFFFFFFL;

    static TclValue run(Interp interp, TclValue[] objv, int base) throws TclException {
        int n = objv.length - base;
        if (n < 2 || n > 5) { // at most: class -strict -failindex var str
            throw Args.wrongNum(objv, base, "class ?-strict? ?-failindex var? str");
        }
        int cls = Args.index(objv[base], CLASSES, "class");
        boolean strict = false;
        String failVar = null;
        int last = objv.length - 1;
        for (int i = base + 1; i < last; i++) {
            int opt = Args.index(objv[i], OPTIONS, "option");
            if (opt == 0) {
                strict = true;
            } else {
                if (i + 1 >= last) {
                    throw Args.wrongNum(objv, base + 1, "?-strict? ?-failindex var? str");
                }
                failVar = objv[++i].toString();
            }
        }
        TclValue value = objv[last];
        int fail = check(cls, value, strict);
        if (fail == PASS) {
            return TclValue.ONE;
        }
        if (failVar != null) {
            interp.setVar(failVar, TclValue.of(fail));
        }
        return TclValue.ZERO;
    }

    /** Marker for success; any other result is the fail index. */
    private static final int PASS = Integer.MIN_VALUE;

    private static int check(int cls, TclValue value, boolean strict) {
        if (cls == LIST) {
            if (value.rep() instanceof TclList) {
                return PASS;
            }
            return listFailIndex(value.toString());
        }
        String s = value.toString();
        if (s.isEmpty()) {
            return strict ? 0 : PASS;
        }
        switch (cls) {
            case BOOLEAN:
            case TRUE:
            case FALSE: {
                Boolean b = TclValue.parseBoolean(s);
                if (b == null || (cls == TRUE && !b) || (cls == FALSE && b)) {
                    return 0;
                }
                return PASS;
            }
            case INTEGER:
            case WIDEINTEGER:
            case ENTIER:
                return checkInteger(cls, value, s);
            case DOUBLE: {
                Object rep = value.rep();
                if (rep instanceof Double || rep instanceof Long) {
                    return PASS;
                }
                long r = scanNumber(s, 0, false);
                return end(r) == s.length() ? PASS : end(r);
            }
            default:
                for (int i = 0; i < s.length(); i++) {
                    if (!inClass(cls, s.charAt(i))) {
                        return i;
                    }
                }
                return PASS;
        }
    }

    private static int checkInteger(int cls, TclValue value, String s) {
        Number v;
        if (value.rep() instanceof Long l) {
            v = l;
        } else {
            long r = scanNumber(s, 0, true);
            if (end(r) != s.length()) {
                return end(r);
            }
            v = Numbers.parse(s);
        }
        if (cls == ENTIER) {
            return PASS;
        }
        if (v instanceof Long l) {
            if (cls == WIDEINTEGER) {
                return PASS;
            }
            return l >= -MAX_INT_MAGNITUDE && l <= MAX_INT_MAGNITUDE ? PASS : -1;
        }
        if (!(v instanceof BigInteger b)) {
            return 0; // unreachable when the scanner and Numbers agree; never throw from a test
        }
        return cls == WIDEINTEGER && b.abs().compareTo(MAX_WIDE_MAGNITUDE) <= 0 ? PASS : -1;
    }

    // ------------------------------------------------------ character classes

    static boolean inClass(int cls, char c) {
        switch (cls) {
            case ALNUM:
                return isAlpha(c) || isDigit(c);
            case ALPHA:
                return isAlpha(c);
            case ASCII:
                return c < 0x80;
            case CONTROL:
                return is(c, (1 << Character.CONTROL) | (1 << Character.FORMAT) | (1 << Character.PRIVATE_USE));
            case DIGIT:
                return isDigit(c);
            case GRAPH:
                return isGraph(c);
            case LOWER:
                return c < 0x80 ? c >= 'a' && c <= 'z' : is(c, 1 << Character.LOWERCASE_LETTER) || isLowerExtra(c);
            case PRINT:
                return isGraph(c) || is(c, SPACE_BITS);
            case PUNCT:
                return is(c, PUNCT_BITS);
            case SPACE:
                return isSpace(c);
            case UPPER:
                return c < 0x80 ? c >= 'A' && c <= 'Z' : is(c, 1 << Character.UPPERCASE_LETTER) || isUpperExtra(c);
            case WORDCHAR:
                return isWordChar(c);
            case XDIGIT:
                return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            default:
                throw new IllegalArgumentException("not a character class: " + cls);
        }
    }

    private static final int ALPHA_BITS = (1 << Character.UPPERCASE_LETTER) | (1 << Character.LOWERCASE_LETTER)
            | (1 << Character.TITLECASE_LETTER) | (1 << Character.MODIFIER_LETTER) | (1 << Character.OTHER_LETTER);
    private static final int PUNCT_BITS = (1 << Character.CONNECTOR_PUNCTUATION)
            | (1 << Character.DASH_PUNCTUATION) | (1 << Character.START_PUNCTUATION)
            | (1 << Character.END_PUNCTUATION) | (1 << Character.INITIAL_QUOTE_PUNCTUATION)
            | (1 << Character.FINAL_QUOTE_PUNCTUATION) | (1 << Character.OTHER_PUNCTUATION);
    private static final int GRAPH_BITS = ALPHA_BITS | PUNCT_BITS | (1 << Character.DECIMAL_DIGIT_NUMBER)
            | (1 << Character.NON_SPACING_MARK) | (1 << Character.ENCLOSING_MARK)
            | (1 << Character.COMBINING_SPACING_MARK) | (1 << Character.LETTER_NUMBER)
            | (1 << Character.OTHER_NUMBER) | (1 << Character.MATH_SYMBOL) | (1 << Character.CURRENCY_SYMBOL)
            | (1 << Character.MODIFIER_SYMBOL) | (1 << Character.OTHER_SYMBOL);
    private static final int SPACE_BITS = (1 << Character.SPACE_SEPARATOR) | (1 << Character.LINE_SEPARATOR)
            | (1 << Character.PARAGRAPH_SEPARATOR);

    private static boolean is(char c, int bits) {
        return ((1 << Character.getType(c)) & bits) != 0;
    }

    static boolean isAlpha(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return is(c, ALPHA_BITS) || isUpperExtra(c) || isLowerExtra(c);
    }

    static boolean isDigit(char c) {
        return c < 0x80 ? c >= '0' && c <= '9' : is(c, 1 << Character.DECIMAL_DIGIT_NUMBER);
    }

    static boolean isGraph(char c) {
        if (c < 0x80) {
            return c > ' ' && c < 0x7f;
        }
        return is(c, GRAPH_BITS) || isUpperExtra(c) || isLowerExtra(c);
    }

    /** Tcl's white space: ASCII space and \t..\r, Unicode separators, and a few format characters. */
    static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }
        return c == 0x85 || c == 0x180e || c == 0x200b || c == 0x2060 || c == 0xfeff || is(c, SPACE_BITS);
    }

    /** Letters, digits and connector punctuation (the underscore): word characters. */
    static boolean isWordChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
        return is(c, ALPHA_BITS | (1 << Character.DECIMAL_DIGIT_NUMBER) | (1 << Character.CONNECTOR_PUNCTUATION))
                || isUpperExtra(c) || isLowerExtra(c);
    }

    // Case pairs of Unicode 14 that Java 17 does not know (see StringCase).
    private static boolean isUpperExtra(char c) {
        return c >= 0x2C2F && StringCase.toLower(c) != c && Character.getType(c) == Character.UNASSIGNED;
    }

    private static boolean isLowerExtra(char c) {
        return c >= 0x2C2F && StringCase.toUpper(c) != c && Character.getType(c) == Character.UNASSIGNED;
    }

    // ---------------------------------------------------------------- numbers

    /** Packs the end of the valid prefix with a flag telling whether it is a double. */
    private static long result(int end, boolean isDouble) {
        return ((long) end << 1) | (isDouble ? 1 : 0);
    }

    static int end(long result) {
        return (int) (result >> 1);
    }

    static boolean isDouble(long result) {
        return (result & 1) != 0;
    }

    /**
     * Finds the longest prefix of {@code s} (from {@code from}) that reads as
     * a Tcl number, with the white space around it: leading/trailing blanks,
     * a sign, then 0x/0o/0b integers, leading-zero octal, decimal integers,
     * or (unless {@code integerOnly}) decimal reals, Inf, Infinity and
     * NaN(hex). Returns the packed end of that prefix ({@code from} when
     * there is none); a whole-string number ends at {@code s.length()}.
     */
    static long scanNumber(String s, int from, boolean integerOnly) {
        int n = s.length();
        int i = from;
        while (i < n && isNumberSpace(s.charAt(i))) {
            i++;
        }
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        if (i >= n) {
            return result(from, false);
        }
        int good = -1;
        boolean dbl = false;
        char c = s.charAt(i);
        if (c == '0' && i + 1 < n && "xXbBoO".indexOf(s.charAt(i + 1)) >= 0) {
            int radix = switch (s.charAt(i + 1)) {
                case 'x', 'X' -> 16;
                case 'b', 'B' -> 2;
                default -> 8;
            };
            int j = digits(s, i + 2, radix);
            good = j > i + 2 ? j : i + 1;
        } else if (c == '0' || (c >= '1' && c <= '9') || c == '.') {
            int j = i;
            if (c == '0') {
                // Leading zero: octal, but 8/9 may still make a valid real like 08.5.
                j = digits(s, i, 8);
                good = j;
                j = digits(s, j, 10);
                if (!integerOnly && j < n && (s.charAt(j) == '.' || s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
                    long r = scanFraction(s, j, i);
                    if (end(r) > j || isDouble(r)) {
                        good = end(r);
                        dbl = true;
                    }
                }
            } else {
                j = digits(s, i, 10);
                if (j > i) {
                    good = j;
                }
                if (!integerOnly) {
                    long r = scanFraction(s, j, i);
                    if (isDouble(r)) {
                        good = end(r);
                        dbl = true;
                    }
                }
            }
        } else if (!integerOnly && (c == 'i' || c == 'I')) {
            if (s.regionMatches(true, i, "infinity", 0, 8)) {
                good = i + 8;
            } else if (s.regionMatches(true, i, "inf", 0, 3)) {
                good = i + 3;
            }
            dbl = true;
        } else if (!integerOnly && (c == 'n' || c == 'N')) {
            if (s.regionMatches(true, i, "nan", 0, 3)) {
                good = i + 3;
                int j = i + 3;
                if (j < n && s.charAt(j) == '(') {
                    int k = digits(s, j + 1, 16);
                    if (k > j + 1 && k < n && s.charAt(k) == ')') {
                        good = k + 1;
                    }
                }
            }
            dbl = true;
        }
        if (good < 0) {
            return result(from, false);
        }
        while (good < n && isNumberSpace(s.charAt(good))) {
            good++;
        }
        return result(good, dbl);
    }

    /**
     * After the integer digits (from {@code j}; the mantissa began at
     * {@code start}), reads {@code .digits} and an exponent. Returns the end
     * of the real number and whether it is one (the flag is false when
     * nothing could be added).
     */
    private static long scanFraction(String s, int j, int start) {
        int n = s.length();
        boolean mantissaDigits = j > start;
        int good = mantissaDigits ? j : -1;
        boolean real = false;
        if (j < n && s.charAt(j) == '.') {
            int k = digits(s, j + 1, 10);
            if (mantissaDigits || k > j + 1) {
                good = k;
                real = true;
                mantissaDigits = true;
            }
            j = k;
        }
        if (mantissaDigits && good >= 0 && j == good && j < n && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
            int k = j + 1;
            if (k < n && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
                k++;
            }
            int e = digits(s, k, 10);
            if (e > k) {
                good = e;
                real = true;
            }
        }
        return result(Math.max(good, start), real);
    }

    private static int digits(String s, int i, int radix) {
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c >= 128 || Character.digit(c, radix) < 0) {
                break;
            }
            i++;
        }
        return i;
    }

    private static boolean isNumberSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    // ------------------------------------------------------------------ lists

    /** Where a string stops being a list: the start of the bad element, or PASS. */
    static int listFailIndex(String s) {
        int n = s.length();
        int i = 0;
        while (true) {
            while (i < n && TclList.isSpace(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return PASS;
            }
            int start = i;
            char c = s.charAt(i);
            if (c == '{') {
                int depth = 1;
                i++;
                while (i < n && depth > 0) {
                    char d = s.charAt(i++);
                    if (d == '\\' && i < n) {
                        i++;
                    } else if (d == '{') {
                        depth++;
                    } else if (d == '}') {
                        depth--;
                    }
                }
                if (depth > 0 || (i < n && !TclList.isSpace(s.charAt(i)))) {
                    return start;
                }
            } else if (c == '"') {
                i++;
                while (i < n && s.charAt(i) != '"') {
                    if (s.charAt(i) == '\\') {
                        i++;
                    }
                    i++;
                }
                if (i >= n) {
                    return start;
                }
                i++;
                if (i < n && !TclList.isSpace(s.charAt(i))) {
                    return start;
                }
            } else {
                while (i < n && !TclList.isSpace(s.charAt(i))) {
                    if (s.charAt(i) == '\\') {
                        i++;
                    }
                    i++;
                }
            }
        }
    }
}
