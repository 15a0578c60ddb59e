package org.tcl4j.core.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The fast double-based rounding in {@link FormatDouble} must agree with
 * exact decimal rounding of the binary value (what glibc's printf does).
 */
class FormatDoubleTest {
    private static String exactFixed(double a, int precision) {
        return new BigDecimal(a).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String exactDigits(double a, int digits) {
        BigDecimal r = new BigDecimal(a).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        String d = r.unscaledValue().toString();
        StringBuilder sb = new StringBuilder(d);
        while (sb.length() < digits) {
            sb.append('0');
        }
        int exp = r.precision() - r.scale() - 1;
        return sb + "e" + exp;
    }

    private static String fastDigits(double a, int digits) {
        String e = FormatDouble.exponential(a, digits - 1, false, false);
        int at = e.indexOf('e');
        return e.substring(0, at).replace(".", "") + "e" + Integer.parseInt(e.substring(at + 1));
    }

    @Test
    void randomValuesRoundLikeExactDecimals() {
        Random rnd = new Random(42);
        for (int i = 0; i < 60_000; i++) {
            double a = switch (i % 4) {
                case 0 -> rnd.nextDouble() * 1000;
                case 1 -> Math.abs(rnd.nextGaussian()) * Math.pow(10, rnd.nextInt(30) - 15);
                case 2 -> rnd.nextInt(100000) / 1000.0 + 0.0005; // near ties of %.3f
                default -> rnd.nextInt(2000) / 8.0; // exact binary ties
            };
            int p = rnd.nextInt(12);
            assertEquals(exactFixed(a, p), FormatDouble.fixed(a, p, false), "%." + p + "f of " + a);
            if (a > 0) {
                int d = 1 + rnd.nextInt(16);
                assertEquals(exactDigits(a, d), fastDigits(a, d), "%." + (d - 1) + "e of " + a);
            }
        }
    }

    @Test
    void knownTiesGoToEven() {
        assertEquals("0.12", FormatDouble.fixed(0.125, 2, false));
        assertEquals("2", FormatDouble.fixed(2.5, 0, false));
        assertEquals("4", FormatDouble.fixed(3.5, 0, false));
        assertEquals("1.000e+01", FormatDouble.exponential(9.9996, 3, false, false));
        assertEquals("9.999e+00", FormatDouble.exponential(9.9995, 3, false, false));
    }
}
