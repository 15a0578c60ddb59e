package org.tcl4j.core.cmd;

import java.math.BigInteger;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * {@code format formatString ?arg ...?}: printf-style formatting with Tcl's
 * rules.
 *
 * <p>A field is {@code %[n$][flags][width][.precision][size]conversion}
 * with flags {@code - + space 0 #}, width and precision as digits or
 * {@code *} (taken from the next argument), size {@code h} (16-bit),
 * {@code l} (64-bit, also the default) or {@code ll} (no truncation), and
 * conversions {@code d i u o x X b c s f e E g G %}. Positional fields
 * ({@code %2$s}) cannot be mixed with sequential ones. Integers are laid out
 * by Tcl's own rules (zero padding goes after the sign and prefix even with
 * {@code -}); reals follow C's printf, rounded exactly (see
 * {@link FormatDouble}).
 */
final class FormatCmd {
    private FormatCmd() {
    }

    static TclValue format(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "formatString ?arg ...?");
        }
        return TclValue.of(format(objv[1].toString(), objv, 2));
    }

    /** Formats {@code fmt} with the arguments {@code args[first..]}. */
    static String format(String fmt, TclValue[] args, int first) throws TclException {
        int numArgs = args.length - first;
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        int n = fmt.length();
        int i = 0;
        int next = 0; // next argument for sequential fields
        boolean gotXpg = false;
        boolean gotSequential = false;
        while (i < n) {
            char ch = fmt.charAt(i++);
            if (ch != '%') {
                out.append(ch);
                continue;
            }
            if (i < n && fmt.charAt(i) == '%') {
                out.append('%');
                i++;
                continue;
            }
            // Positional argument: digits then '$', right after the '%'.
            int j = i;
            while (j < n && isDigit(fmt.charAt(j))) {
                j++;
            }
            if (j > i && j < n && fmt.charAt(j) == '$') {
                if (gotSequential) {
                    throw mixError();
                }
                gotXpg = true;
                next = (int) Math.min(Integer.MAX_VALUE, parseDigits(fmt, i, j)) - 1;
                i = j + 1;
            } else {
                if (gotXpg) {
                    throw mixError();
                }
                gotSequential = true;
            }
            boolean minus = false, plus = false, space = false, zero = false, alt = false;
            flags:
            while (i < n) {
                switch (fmt.charAt(i)) {
                    case '-' -> minus = true;
                    case '+' -> plus = true;
                    case ' ' -> space = true;
                    case '0' -> zero = true;
                    case '#' -> alt = true;
                    default -> {
                        break flags;
                    }
                }
                i++;
            }
            long width = 0;
            if (i < n && fmt.charAt(i) == '*') {
                checkArg(next, numArgs, gotXpg);
                int w = Args.intArg(args[first + next++]);
                if (w < 0) {
                    minus = true;
                    w = w == Integer.MIN_VALUE ? 0 : -w; // tclsh's int negation overflows to no width
                }
                width = w;
                i++;
                while (i < n && isDigit(fmt.charAt(i))) {
                    i++; // tclsh ignores digits after a '*' width
                }
            } else if (i < n && isDigit(fmt.charAt(i))) {
                j = i;
                while (j < n && isDigit(fmt.charAt(j))) {
                    j++;
                }
                width = parseDigits(fmt, i, j);
                i = j;
                if (i < n && fmt.charAt(i) == '*') {
                    checkArg(next, numArgs, gotXpg);
                    Args.intArg(args[first + next++]); // consumed and ignored, as tclsh does
                    i++;
                }
            }
            int precision = -1;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                precision = 0;
                if (i < n && fmt.charAt(i) == '*') {
                    checkArg(next, numArgs, gotXpg);
                    precision = Math.max(0, Args.intArg(args[first + next++]));
                    i++;
                } else {
                    j = i;
                    while (j < n && isDigit(fmt.charAt(j))) {
                        j++;
                    }
                    long p = parseDigits(fmt, i, j);
                    i = j;
                    checkSize(p);
                    precision = (int) p;
                }
            }
            checkSize(width);
            int size = 0; // 0 default (64-bit), 1 h, 2 l, 3 ll
            if (i < n && fmt.charAt(i) == 'h') {
                size = 1;
                i++;
            } else if (i < n && fmt.charAt(i) == 'l') {
                size = 2;
                i++;
                if (i < n && fmt.charAt(i) == 'l') {
                    size = 3;
                    i++;
                }
            }
            checkArg(next, numArgs, gotXpg);
            if (i >= n) {
                throw new TclException("format string ended in middle of field specifier",
                        "TCL FORMAT INCOMPLETE");
            }
            char conv = fmt.charAt(i++);
            TclValue arg = args[first + next];
            Field f = new Field(minus, plus, space, zero, alt, (int) width, precision);
            switch (conv) {
                case 's' -> pad(out, f, truncate(arg.toString(), precision), f.zero ? '0' : ' ');
                case 'c' -> pad(out, f, String.valueOf(toChar(Args.intArg(arg))), f.zero ? '0' : ' ');
                case 'd', 'i' -> formatInteger(out, f, arg, size, 10, true, false);
                case 'u' -> {
                    if (size == 3) {
                        throw new TclException("unsigned bignum format is invalid", "TCL FORMAT BADUNSIGNED");
                    }
                    formatInteger(out, f, arg, size, 10, false, false);
                }
                case 'o' -> formatInteger(out, f, arg, size, 8, false, false);
                case 'x' -> formatInteger(out, f, arg, size, 16, false, false);
                case 'X' -> formatInteger(out, f, arg, size, 16, false, true);
                case 'b' -> formatInteger(out, f, arg, size, 2, false, false);
                case 'f', 'e', 'E', 'g', 'G' -> FormatDouble.format(out, f, toDouble(arg), conv);
                default -> throw new TclException("bad field specifier \"" + conv + "\"", "TCL FORMAT BADTYPE");
            }
            next++;
        }
        return out.toString();
    }

    /** The layout options of one field. */
    record Field(boolean minus, boolean plus, boolean space, boolean zero, boolean alt, int width, int precision) {
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static long parseDigits(String s, int from, int to) {
        long v = 0;
        for (int k = from; k < to; k++) {
            v = v * 10 + (s.charAt(k) - '0');
            if (v > Integer.MAX_VALUE) {
                v = (long) Integer.MAX_VALUE + 1; // saturate: reported as too large
            }
        }
        return v;
    }

    private static void checkSize(long v) throws TclException {
        if (v > Integer.MAX_VALUE - 16) {
            throw new TclException("max size for a Tcl value exceeded", "TCL MEMORY");
        }
    }

    private static void checkArg(int index, int numArgs, boolean xpg) throws TclException {
        if (index < 0 || index >= numArgs) {
            if (xpg) {
                throw new TclException("\"%n$\" argument index out of range", "TCL FORMAT INDEXRANGE");
            }
            throw new TclException("not enough arguments for all format specifiers",
                    "TCL FORMAT FIELDVARMISMATCH");
        }
    }

    private static TclException mixError() {
        return new TclException("cannot mix \"%\" and \"%n$\" conversion specifiers", "TCL FORMAT MIXEDSPECTYPES");
    }

    private static String truncate(String s, int precision) {
        return precision >= 0 && precision < s.length() ? s.substring(0, precision) : s;
    }

    /** A code point as one UTF-16 character; outside the BMP tclsh 8.6 gives U+FFFD. */
    static char toChar(int code) {
        return code < 0 || code > 0xFFFF ? '\uFFFD' : (char) code;
    }

    private static double toDouble(TclValue arg) throws TclException {
        double d = arg.asDouble();
        if (Double.isNaN(d)) {
            throw new TclException("floating point value is Not a Number", "TCL VALUE DOUBLE NAN");
        }
        return d;
    }

    /** Pads {@code body} to the field width, on the left unless {@code -} was given. */
    static void pad(StringBuilder out, Field f, String body, char padChar) {
        int fill = f.width - body.length();
        if (fill <= 0) {
            out.append(body);
            return;
        }
        if (f.minus) {
            out.append(body);
            repeat(out, padChar, fill);
        } else {
            repeat(out, padChar, fill);
            out.append(body);
        }
    }

    static void repeat(StringBuilder out, char c, int count) {
        for (int k = 0; k < count; k++) {
            out.append(c);
        }
    }

    /**
     * Integer conversions. Without {@code ll} the value is cut to 64 bits
     * ({@code h}: 16 bits), signed for d/i and unsigned for the others; with
     * {@code ll} it is used whole and printed with a sign in every base.
     */
    private static void formatInteger(StringBuilder out, Field f, TclValue arg, int size, int radix, boolean signed,
            boolean upper) throws TclException {
        Number num = arg.asInteger();
        boolean negative;
        String digits;
        if (size == 3) {
            BigInteger b = num instanceof BigInteger bi ? bi : BigInteger.valueOf(num.longValue());
            negative = b.signum() < 0;
            digits = b.abs().toString(radix);
        } else {
            long v = num instanceof BigInteger bi ? bi.longValue() : num.longValue();
            if (size == 1) {
                v = signed ? (short) v : v & 0xFFFF;
            }
            if (signed) {
                negative = v < 0;
                digits = negative ? (v == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(-v))
                        : Long.toString(v);
            } else {
                negative = false;
                digits = unsigned(v, radix);
            }
        }
        if (upper) {
            digits = digits.toUpperCase();
        }
        String sign = negative ? "-" : signed && f.plus ? "+" : signed && f.space ? " " : "";
        String prefix = "";
        if (f.alt) {
            switch (radix) {
                case 16 -> prefix = upper ? "0X" : "0x";
                case 2 -> prefix = "0b";
                case 8 -> {
                    if (!digits.equals("0") && (f.precision < 0 || f.precision <= digits.length())) {
                        prefix = "0";
                    }
                }
                default -> {
                }
            }
        }
        StringBuilder body = new StringBuilder(sign).append(prefix);
        int zeros = 0;
        if (f.precision >= 0) {
            zeros = f.precision - digits.length() - (radix == 8 ? prefix.length() : 0);
        } else if (f.zero) {
            zeros = f.width - sign.length() - prefix.length() - digits.length();
        }
        repeat(body, '0', zeros);
        body.append(digits);
        pad(out, f, body.toString(), ' ');
    }

    private static String unsigned(long v, int radix) {
        return switch (radix) {
            case 16 -> Long.toHexString(v);
            case 8 -> Long.toOctalString(v);
            case 2 -> Long.toBinaryString(v);
            default -> Long.toUnsignedString(v);
        };
    }
}
