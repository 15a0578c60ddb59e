package org.tcl4j.core.expr;

/**
 * Math functions whose last bit must agree with the C library tclsh calls.
 * tclsh prints doubles with all significant digits, so a result one unit
 * in the last place off shows. Where Java's {@link Math} and the C library
 * (glibc) compute differently, this class follows the C library's method:
 * the hyperbolic functions and log10 use the classic formulas on top of
 * exp, expm1 and log (as glibc does), and hypot is computed nearly
 * correctly rounded with fused multiply-adds; the inverse trigonometric
 * functions are in {@link InverseTrig}. The other functions come from
 * {@link Math}, which agrees with glibc for all but a few arguments in a
 * thousand.
 */
final class CMath {
    private CMath() {
    }

    private static final double HALF_LN2 = 0.34657359027997264;
    /** log(Double.MAX_VALUE). */
    private static final double LOG_MAX = 7.09782712893383973096e+02;
    /** Beyond this cosh and sinh overflow. */
    private static final double OVERFLOW = 7.10475860073943863426e+02;

    static double cosh(double x) {
        double ax = Math.abs(x);
        if (ax < HALF_LN2) {
            double t = StrictMath.expm1(ax);
            double w = 1 + t;
            if (ax < 0x1p-55) {
                return w;
            }
            return 1 + (t * t) / (w + w);
        }
        if (ax < 22) {
            double t = Math.exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        if (ax < LOG_MAX) {
            return 0.5 * Math.exp(ax);
        }
        if (ax <= OVERFLOW) {
            double w = Math.exp(0.5 * ax);
            double t = 0.5 * w;
            return t * w;
        }
        return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
    }

    static double sinh(double x) {
        double h = x < 0 ? -0.5 : 0.5;
        double ax = Math.abs(x);
        if (ax < 22) {
            if (ax < 0x1p-28) {
                return x;
            }
            double t = StrictMath.expm1(ax);
            if (ax < 1) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (ax < LOG_MAX) {
            return h * Math.exp(ax);
        }
        if (ax <= OVERFLOW) {
            double w = Math.exp(0.5 * ax);
            double t = h * w;
            return t * w;
        }
        return Double.isNaN(x) ? x : x * Double.POSITIVE_INFINITY;
    }

    static double tanh(double x) {
        double ax = Math.abs(x);
        double z;
        if (Double.isNaN(x)) {
            return x;
        }
        if (ax < 22) {
            if (ax < 0x1p-55) {
                return x;
            }
            if (ax >= 1) {
                double t = StrictMath.expm1(2 * ax);
                z = 1 - 2 / (t + 2);
            } else {
                double t = StrictMath.expm1(-2 * ax);
                z = -t / (t + 2);
            }
        } else {
            z = 1;
        }
        return x < 0 ? -z : z;
    }

    private static final double TWO54 = 1.80143985094819840000e+16;
    private static final double IVLN10 = 4.34294481903251816668e-01;
    private static final double LOG10_2HI = 3.01029995663611771306e-01;
    private static final double LOG10_2LO = 3.69423907715893078616e-13;

    /** log10 as k*log10(2) + log(m)/ln(10) for x = m * 2**k, m in [1,2) or [0.5,1). */
    static double log10(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >>> 32);
        int lx = (int) bits;
        int k = 0;
        if (hx < 0x00100000) {
            if (((hx & 0x7fffffff) | lx) == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (hx < 0) {
                return Double.NaN;
            }
            k -= 54;
            x *= TWO54;
            bits = Double.doubleToRawLongBits(x);
            hx = (int) (bits >>> 32);
        }
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        int i = k >>> 31;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = Double.longBitsToDouble(((long) hx << 32) | (bits & 0xffffffffL));
        double z = y * LOG10_2LO + IVLN10 * Math.log(x);
        return z + y * LOG10_2HI;
    }

    /** sqrt(x*x + y*y) without undue overflow, the sum and root corrected with exact products. */
    static double hypot(double x, double y) {
        x = Math.abs(x);
        y = Math.abs(y);
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (x < y) {
            double t = x;
            x = y;
            y = t;
        }
        if (y == 0) {
            return x;
        }
        int e = Math.getExponent(x);
        double scale = 1;
        if (e > 500) {
            scale = 0x1p600;
            x *= 0x1p-600;
            y *= 0x1p-600;
        } else if (e < -500) {
            scale = 0x1p-600;
            x *= 0x1p600;
            y *= 0x1p600;
        }
        double xx = x * x;
        double exx = Math.fma(x, x, -xx);
        double yy = y * y;
        double eyy = Math.fma(y, y, -yy);
        double s = xx + yy;
        double es = (xx - s) + yy + exx + eyy;
        double r = Math.sqrt(s);
        double rr = r * r;
        double err = Math.fma(r, r, -rr);
        double residual = ((s - rr) - err) + es;
        r = r + residual / (2 * r);
        return r * scale;
    }
}
