package org.tcl4j.core.cmd;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The real-number conversions of {@code format} ({@code f e E g G}) with C
 * printf's layout. Digits come from the exact binary value of the double,
 * rounded half-to-even, so {@code %.2f} of 0.125 is 0.12 and {@code %f} of
 * 1e300 prints every digit, as glibc does.
 */
final class FormatDouble {
    private FormatDouble() {
    }

    static void format(StringBuilder out, FormatCmd.Field f, double d, char conv) {
        boolean negative = d < 0 || (d == 0 && 1 / d < 0);
        boolean upper = conv == 'E' || conv == 'G';
        String sign = negative ? "-" : f.plus() ? "+" : f.space() ? " " : "";
        if (Double.isInfinite(d)) {
            FormatCmd.pad(out, f, sign + (upper ? "INF" : "inf"), ' ');
            return;
        }
        int precision = f.precision() < 0 ? 6 : f.precision();
        double a = Math.abs(d);
        String body = switch (conv) {
            case 'f' -> fixed(a, precision, f.alt());
            case 'e', 'E' -> exponential(a, precision, f.alt(), upper);
            default -> general(a, precision, f.alt(), upper);
        };
        if (f.zero() && !f.minus()) {
            StringBuilder sb = new StringBuilder(sign);
            FormatCmd.repeat(sb, '0', f.width() - sign.length() - body.length());
            out.append(sb).append(body);
        } else {
            FormatCmd.pad(out, f, sign + body, ' ');
        }
    }

    /** %f of a non-negative value. */
    static String fixed(double a, int precision, boolean alt) {
        String s;
        long n = scaledRound(a, precision);
        if (n >= 0) {
            s = placePoint(Long.toString(n), precision);
        } else {
            s = new BigDecimal(a).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        }
        return alt && precision == 0 ? s + "." : s;
    }

    private static final double[] POW10 = new double[23];
    private static final long[] LONG_POW10 = new long[19];
    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
        long l = 1;
        for (int i = 0; i < LONG_POW10.length; i++) {
            LONG_POW10[i] = l;
            l *= 10;
        }
    }

    /**
     * The fast path: {@code a * 10^shift} rounded half-even to an integer,
     * or -1 when doubles cannot be sure of the answer. Powers of ten up to
     * 10^22 are exact doubles, so the product is off by at most half an ulp
     * of the result; only a fraction within an ulp of one half needs the
     * exact (BigDecimal) path.
     */
    static long scaledRound(double a, int shift) {
        if (shift < -22 || shift > 22) {
            return -1;
        }
        double s = shift >= 0 ? a * POW10[shift] : a / POW10[-shift];
        if (!(s < 0x1p50)) {
            return -1;
        }
        double floor = Math.floor(s);
        double frac = s - floor;
        if (Math.abs(frac - 0.5) <= Math.ulp(s)) {
            return -1;
        }
        return (long) floor + (frac > 0.5 ? 1 : 0);
    }

    /** Digits of an integer read as having {@code scale} decimals: "314", 2 gives "3.14". */
    private static String placePoint(String digits, int scale) {
        if (scale == 0) {
            return digits;
        }
        StringBuilder sb = new StringBuilder(scale + 3);
        for (int k = digits.length(); k <= scale; k++) {
            sb.append('0');
        }
        sb.append(digits);
        sb.insert(sb.length() - scale, '.');
        return sb.toString();
    }

    /**
     * {@code a} (positive, finite) rounded to {@code digits} significant
     * digits: returns {digits as a long, decimal exponent of the first
     * digit}, or null when the fast path cannot be sure.
     */
    private static long[] significant(double a, int digits) {
        if (digits > 15) {
            return null;
        }
        int e10 = (int) Math.floor(Math.log10(a));
        for (int attempt = 0; attempt < 3; attempt++) {
            long n = scaledRound(a, digits - 1 - e10);
            if (n < 0) {
                return null;
            }
            if (n < LONG_POW10[digits - 1]) {
                e10--;
            } else if (n > LONG_POW10[digits]) {
                e10++;
            } else if (n == LONG_POW10[digits]) {
                return new long[] {LONG_POW10[digits - 1], e10 + 1}; // 9.99.. rounded up
            } else {
                return new long[] {n, e10};
            }
        }
        return null;
    }

    /** %e of a non-negative value. */
    static String exponential(double a, int precision, boolean alt, boolean upper) {
        String digits;
        int exp;
        if (a == 0) {
            digits = "0";
            exp = 0;
        } else {
            long[] fast = significant(a, precision + 1);
            if (fast != null) {
                digits = Long.toString(fast[0]);
                exp = (int) fast[1];
            } else {
                BigDecimal r = new BigDecimal(a).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
                digits = r.unscaledValue().toString();
                exp = r.precision() - r.scale() - 1;
            }
        }
        StringBuilder sb = new StringBuilder(precision + 8);
        sb.append(digits.charAt(0));
        if (precision > 0 || alt) {
            sb.append('.');
        }
        for (int k = 1; k <= precision; k++) {
            sb.append(k < digits.length() ? digits.charAt(k) : '0');
        }
        sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
        int e = Math.abs(exp);
        if (e < 10) {
            sb.append('0');
        }
        return sb.append(e).toString();
    }

    /** %g of a non-negative value: %e or %f by the exponent, trailing zeros dropped unless '#'. */
    static String general(double a, int precision, boolean alt, boolean upper) {
        int p = precision == 0 ? 1 : precision;
        int exp = 0;
        if (a != 0) {
            long[] fast = significant(a, p);
            if (fast != null) {
                exp = (int) fast[1];
            } else {
                BigDecimal r = new BigDecimal(a).round(new MathContext(p, RoundingMode.HALF_EVEN));
                exp = r.precision() - r.scale() - 1;
            }
        }
        String s;
        if (exp < -4 || exp >= p) {
            s = exponential(a, p - 1, alt, upper);
            if (!alt) {
                int e = s.indexOf(upper ? 'E' : 'e');
                s = stripZeros(s.substring(0, e)) + s.substring(e);
            }
        } else {
            s = fixed(a, p - 1 - exp, alt);
            if (!alt) {
                s = stripZeros(s);
            }
        }
        return s;
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }
}
