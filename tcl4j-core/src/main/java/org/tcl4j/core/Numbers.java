package org.tcl4j.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Tcl's number syntax: parsing integers (decimal, 0x, 0o, 0b, and 8.6's
 * leading-zero octal) with BigInteger fallback, doubles (incl. Inf and NaN),
 * and printing doubles the way tclsh does (shortest round-trip digits).
 */
public final class Numbers {
    private Numbers() {
    }

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** True for the whitespace Tcl allows around numbers. */
    public static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /**
     * Parses the whole string as a Tcl number.
     *
     * @return a Long, BigInteger or Double; null if the string is not a number
     */
    public static Number parse(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        int end = n;
        while (end > i && isSpace(s.charAt(end - 1))) {
            end--;
        }
        if (i >= end) {
            return null;
        }
        boolean neg = false;
        char c = s.charAt(i);
        if (c == '+' || c == '-') {
            neg = c == '-';
            i++;
            if (i >= end) {
                return null;
            }
        }
        c = s.charAt(i);
        if (c == '0' && i + 1 < end) {
            char r = s.charAt(i + 1);
            int radix = switch (r) {
                case 'x', 'X' -> 16;
                case 'o', 'O' -> 8;
                case 'b', 'B' -> 2;
                default -> 0;
            };
            if (radix != 0) {
                return parseRadix(s, i + 2, end, radix, neg);
            }
            // 8.6: a leading zero means octal, unless it turns out to be a double
            // (08 is neither: only 08.5 or 08e1 read as decimal)
            Number oct = parseRadix(s, i + 1, end, 8, neg);
            if (oct != null) {
                return oct;
            }
            for (int k = i; k < end; k++) {
                char d = s.charAt(k);
                if (d == '.' || d == 'e' || d == 'E') {
                    return parseDouble(s, i, end, neg);
                }
            }
            return null;
        }
        if (c >= '0' && c <= '9') {
            int j = i;
            while (j < end && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                j++;
            }
            if (j == end) {
                int len = end - i;
                if (len <= 18) {
                    long v = 0;
                    for (int k = i; k < end; k++) {
                        v = v * 10 + (s.charAt(k) - '0');
                    }
                    return neg ? -v : v;
                }
                return normalize(neg ? new BigInteger(s.substring(i, end)).negate() : new BigInteger(s.substring(i, end)));
            }
        }
        return parseDouble(s, i, end, neg);
    }

    private static Number parseRadix(String s, int from, int end, int radix, boolean neg) {
        if (from >= end) {
            return null;
        }
        for (int k = from; k < end; k++) {
            char d = s.charAt(k);
            if (d > 127 || Character.digit(d, radix) < 0) {
                return null;
            }
        }
        BigInteger b = new BigInteger(s.substring(from, end), radix);
        return normalize(neg ? b.negate() : b);
    }

    private static Number parseDouble(String s, int i, int end, boolean neg) {
        String body = s.substring(i, end);
        char c = body.charAt(0);
        if (c == 'i' || c == 'I' || c == 'n' || c == 'N') {
            String lower = body.toLowerCase();
            if (lower.equals("inf") || lower.equals("infinity")) {
                return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            if (lower.equals("nan")) {
                return Double.NaN;
            }
            return null;
        }
        // Tcl's grammar: digits [. digits] [e [sign] digits], at least one digit in the mantissa
        int k = 0;
        int len = body.length();
        int digits = 0;
        while (k < len && Character.isDigit(body.charAt(k)) && body.charAt(k) < 128) {
            k++;
            digits++;
        }
        if (k < len && body.charAt(k) == '.') {
            k++;
            while (k < len && body.charAt(k) >= '0' && body.charAt(k) <= '9') {
                k++;
                digits++;
            }
        }
        if (digits == 0) {
            return null;
        }
        if (k < len && (body.charAt(k) == 'e' || body.charAt(k) == 'E')) {
            k++;
            if (k < len && (body.charAt(k) == '+' || body.charAt(k) == '-')) {
                k++;
            }
            int ed = 0;
            while (k < len && body.charAt(k) >= '0' && body.charAt(k) <= '9') {
                k++;
                ed++;
            }
            if (ed == 0) {
                return null;
            }
        }
        if (k != len) {
            return null;
        }
        double d = Double.parseDouble(body);
        return neg ? -d : d;
    }

    /** A BigInteger as a Long when it fits. */
    public static Number normalize(BigInteger b) {
        if (b.bitLength() < 64) {
            return b.longValue();
        }
        return b;
    }

    /** Is the string a Tcl integer (any size)? */
    public static boolean isInteger(String s) {
        Number n = parse(s);
        return n instanceof Long || n instanceof BigInteger;
    }

    /**
     * Prints a double as tclsh does: the shortest digits that read back as the
     * same double, in fixed notation for decimal exponents -5 &lt; e &lt; 17
     * (with ".0" when it would look like an integer), else like {@code 1e+17}
     * or {@code 1e-5}.
     */
    public static String formatDouble(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Inf" : "-Inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortest(Math.abs(d));
        String digits = shortest.unscaledValue().toString();
        // strip trailing zeros of the digit string
        int dl = digits.length();
        while (dl > 1 && digits.charAt(dl - 1) == '0') {
            dl--;
        }
        digits = digits.substring(0, dl);
        // decimal point position: value = 0.digits * 10^decpt
        int decpt = shortest.precision() - shortest.scale();
        StringBuilder sb = new StringBuilder(24);
        if (d < 0) {
            sb.append('-');
        }
        if (decpt <= -4 || decpt > 17) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            int exp = decpt - 1;
            sb.append('e').append(exp < 0 ? '-' : '+');
            sb.append(Math.abs(exp));
        } else if (decpt <= 0) {
            sb.append("0.");
            for (int k = 0; k < -decpt; k++) {
                sb.append('0');
            }
            sb.append(digits);
        } else if (digits.length() <= decpt) {
            sb.append(digits);
            for (int k = digits.length(); k < decpt; k++) {
                sb.append('0');
            }
            sb.append(".0");
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return sb.toString();
    }

    /**
     * The shortest decimal that reads back as {@code d} (positive, finite).
     * JDK 17's Double.toString is correct but not always shortest, so its
     * output is only the starting point.
     */
    static BigDecimal shortest(double d) {
        BigDecimal best = new BigDecimal(Double.toString(d));
        int p = best.precision();
        if (p <= 1) {
            return best;
        }
        BigDecimal exact = new BigDecimal(d);
        long bits = Double.doubleToRawLongBits(d);
        if ((bits & 0x000FFFFFFFFFFFFFL) == 0 && (bits >>> 52) > 1) {
            return shortestAtPowerOfTwo(exact, Math.ulp(d), p, best);
        }
        for (int digits = Math.max(1, p - 2); digits < p; digits++) {
            BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == d) {
                return candidate;
            }
        }
        return best;
    }

    /**
     * tclsh's digits for an exact power of two, where the gap to the double
     * below is half the gap above. For each length it takes the decimal
     * just below the value when that lies within half the upper gap (or the
     * decimal just above, if nearer); otherwise the decimal just above when
     * it lies within half the lower gap. So 2.0**64 prints as
     * 1.844674407370955e+19 (which does not read back as 2.0**64), exactly
     * as tclsh prints it; checked against tclsh for every power of two.
     */
    private static BigDecimal shortestAtPowerOfTwo(BigDecimal exact, double ulpAbove, int maxDigits,
            BigDecimal fallback) {
        BigDecimal halfAbove = new BigDecimal(ulpAbove).divide(BigDecimal.valueOf(2));
        BigDecimal halfBelow = halfAbove.divide(BigDecimal.valueOf(2));
        for (int digits = 1; digits < maxDigits; digits++) {
            BigDecimal lo = exact.round(new MathContext(digits, RoundingMode.FLOOR));
            BigDecimal hi = exact.round(new MathContext(digits, RoundingMode.CEILING));
            BigDecimal dLo = exact.subtract(lo);
            BigDecimal dHi = hi.subtract(exact);
            if (dLo.compareTo(halfAbove) <= 0) {
                return dHi.compareTo(dLo) < 0 ? hi : lo;
            }
            if (dHi.compareTo(halfBelow) <= 0) {
                return hi;
            }
        }
        return fallback;
    }

    /** Is this BigInteger within the range of a long? */
    public static boolean fitsLong(BigInteger b) {
        return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0;
    }
}
