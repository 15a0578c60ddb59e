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
        String s = new BigDecimal(a).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        return alt && precision == 0 ? s + "." : s;
    }

    /** %e of a non-negative value. */
    static String exponential(double a, int precision, boolean alt, boolean upper) {
        String digits;
        int exp;
        if (a == 0) {
            digits = "0";
            exp = 0;
        } else {
            BigDecimal r = new BigDecimal(a).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
            digits = r.unscaledValue().toString();
            exp = r.precision() - r.scale() - 1;
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
            BigDecimal r = new BigDecimal(a).round(new MathContext(p, RoundingMode.HALF_EVEN));
            exp = r.precision() - r.scale() - 1;
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
