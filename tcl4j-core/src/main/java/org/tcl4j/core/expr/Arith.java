package org.tcl4j.core.expr;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.tcl4j.core.Numbers;
import org.tcl4j.core.TclException;

/**
 * Tcl 8.6 arithmetic on numbers: 64-bit integers that overflow into
 * unbounded integers, doubles, and the rules that mix them. Shared by the
 * expression evaluator and the {@code tcl::mathop} commands.
 *
 * <p>Inputs are canonical (a BigInteger never fits a long) and never NaN;
 * results are canonical too. A computation that yields NaN is tclsh's
 * "domain error".
 */
final class Arith {
    private Arith() {
    }

    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    /** 2**63 as a double: the first double above every long. */
    private static final double TWO_63 = 9.223372036854775807E18;
    /** Exponents above this are refused for integer powers (tclsh's limit). */
    private static final long MAX_EXPONENT = 0x0FFFFFFFL;

    static BigInteger big(Number n) {
        return n instanceof BigInteger b ? b : BigInteger.valueOf(n.longValue());
    }

    static Number norm(BigInteger b) {
        return b.bitLength() < 64 ? (Number) b.longValue() : b;
    }

    static TclException domainError() {
        return new TclException("domain error: argument not in valid range",
                "ARITH DOMAIN {domain error: argument not in valid range}");
    }

    static Double checked(double d) throws TclException {
        if (Double.isNaN(d)) {
            throw domainError();
        }
        return d;
    }

    static TclException divideByZero() {
        return new TclException("divide by zero", "ARITH DIVZERO {divide by zero}");
    }

    static TclException tooLarge() {
        return new TclException("integer value too large to represent");
    }

    // -------------------------------------------------------------- + - * /

    static Number add(Number a, Number b) throws TclException {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) {
                return BigInteger.valueOf(x).add(BigInteger.valueOf(y));
            }
            return r;
        }
        if (a instanceof Double || b instanceof Double) {
            return checked(a.doubleValue() + b.doubleValue());
        }
        return norm(big(a).add(big(b)));
    }

    static Number subtract(Number a, Number b) throws TclException {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x - y;
            if (((x ^ y) & (x ^ r)) < 0) {
                return BigInteger.valueOf(x).subtract(BigInteger.valueOf(y));
            }
            return r;
        }
        if (a instanceof Double || b instanceof Double) {
            return checked(a.doubleValue() - b.doubleValue());
        }
        return norm(big(a).subtract(big(b)));
    }

    static Number multiply(Number a, Number b) throws TclException {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x * y;
            if (Math.multiplyHigh(x, y) != (r >> 63)) {
                return BigInteger.valueOf(x).multiply(BigInteger.valueOf(y));
            }
            return r;
        }
        if (a instanceof Double || b instanceof Double) {
            return checked(a.doubleValue() * b.doubleValue());
        }
        return norm(big(a).multiply(big(b)));
    }

    /** Integer division rounds toward negative infinity. */
    static Number divide(Number a, Number b) throws TclException {
        if (a instanceof Long x && b instanceof Long y) {
            if (y == 0) {
                throw divideByZero();
            }
            if (x == Long.MIN_VALUE && y == -1) {
                return LONG_MIN.negate();
            }
            return Math.floorDiv(x, y);
        }
        if (a instanceof Double || b instanceof Double) {
            return checked(a.doubleValue() / b.doubleValue());
        }
        BigInteger y = big(b);
        if (y.signum() == 0) {
            throw divideByZero();
        }
        BigInteger[] qr = big(a).divideAndRemainder(y);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
            q = q.subtract(BigInteger.ONE);
        }
        return norm(q);
    }

    /** Integers only; the remainder has the sign of the divisor. */
    static Number mod(Number a, Number b) throws TclException {
        if (a instanceof Long x && b instanceof Long y) {
            if (y == 0) {
                throw divideByZero();
            }
            return Math.floorMod(x, y);
        }
        BigInteger y = big(b);
        if (y.signum() == 0) {
            throw divideByZero();
        }
        BigInteger r = big(a).remainder(y);
        if (r.signum() != 0 && r.signum() != y.signum()) {
            r = r.add(y);
        }
        return norm(r);
    }

    // ------------------------------------------------------------------ **

    static Number power(Number a, Number b) throws TclException {
        if (a instanceof Double || b instanceof Double) {
            double x = a.doubleValue();
            double y = b.doubleValue();
            if (x == 0.0 && y < 0.0) {
                throw zeroToNegative();
            }
            return checked(Math.pow(x, y));
        }
        int sa = signum(a);
        boolean oneish = a instanceof Long l && (l == 1 || l == -1);
        if (signum(b) < 0) {
            if (sa == 0) {
                throw zeroToNegative();
            }
            if (!oneish) {
                return 0L;
            }
            return ((Long) a == 1 || !big(b).testBit(0)) ? 1L : -1L;
        }
        if (sa == 0) {
            return signum(b) == 0 ? 1L : 0L;
        }
        if (oneish) {
            return ((Long) a == 1 || !big(b).testBit(0)) ? 1L : -1L;
        }
        if (b instanceof BigInteger || (Long) b > MAX_EXPONENT) {
            throw new TclException("exponent too large");
        }
        int e = (int) (long) (Long) b;
        if (a instanceof Long x) {
            Long r = longPower(x, e);
            if (r != null) {
                return r;
            }
        }
        return norm(big(a).pow(e));
    }

    /** x**e when it fits a long; null on overflow. */
    private static Long longPower(long x, int e) {
        long result = 1;
        long base = x;
        while (true) {
            if ((e & 1) != 0) {
                long r = result * base;
                if (Math.multiplyHigh(result, base) != (r >> 63)) {
                    return null;
                }
                result = r;
            }
            e >>>= 1;
            if (e == 0) {
                return result;
            }
            long sq = base * base;
            if (Math.multiplyHigh(base, base) != (sq >> 63)) {
                return null;
            }
            base = sq;
        }
    }

    private static TclException zeroToNegative() {
        return new TclException("exponentiation of zero by negative power",
                "ARITH DOMAIN {exponentiation of zero by negative power}");
    }

    static int signum(Number n) {
        if (n instanceof Long l) {
            return Long.signum(l);
        }
        if (n instanceof BigInteger b) {
            return b.signum();
        }
        double d = n.doubleValue();
        return d > 0 ? 1 : d < 0 ? -1 : 0;
    }

    // -------------------------------------------------------------- unary

    static Number negate(Number a) {
        if (a instanceof Long l) {
            return l == Long.MIN_VALUE ? LONG_MIN.negate() : (Number) (-l);
        }
        if (a instanceof Double d) {
            return -d;
        }
        return norm(((BigInteger) a).negate());
    }

    static Number bitNot(Number a) {
        if (a instanceof Long l) {
            return ~l;
        }
        return norm(((BigInteger) a).not());
    }

    // ------------------------------------------------------ bits and shifts

    static Number and(Number a, Number b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x & y;
        }
        return norm(big(a).and(big(b)));
    }

    static Number or(Number a, Number b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x | y;
        }
        return norm(big(a).or(big(b)));
    }

    static Number xor(Number a, Number b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x ^ y;
        }
        return norm(big(a).xor(big(b)));
    }

    static Number shiftLeft(Number a, Number s) throws TclException {
        if (signum(s) < 0) {
            throw new TclException("negative shift argument");
        }
        if (signum(a) == 0) {
            return 0L;
        }
        if (s instanceof BigInteger || (Long) s > Integer.MAX_VALUE) {
            throw tooLarge();
        }
        int n = (int) (long) (Long) s;
        if (a instanceof Long x && n < 63) {
            long r = x << n;
            if (r >> n == x) {
                return r;
            }
        }
        try {
            return norm(big(a).shiftLeft(n));
        } catch (ArithmeticException | OutOfMemoryError e) {
            throw tooLarge();
        }
    }

    static Number shiftRight(Number a, Number s) throws TclException {
        if (signum(s) < 0) {
            throw new TclException("negative shift argument");
        }
        boolean negative = signum(a) < 0;
        if (s instanceof BigInteger || (Long) s > Integer.MAX_VALUE) {
            return negative ? -1L : 0L;
        }
        long n = (Long) s;
        if (a instanceof Long x) {
            return n >= 64 ? (negative ? -1L : 0L) : (Number) (x >> n);
        }
        return norm(((BigInteger) a).shiftRight((int) n));
    }

    // --------------------------------------------------------- comparison

    /** Result of {@link #compare} when a NaN is involved. */
    static final int UNORDERED = 2;

    /**
     * Compares two numbers as tclsh does: exactly, except that a long and a
     * double whose integer part is beyond the long range compare as C's
     * double-to-long conversion makes them compare.
     *
     * @return -1, 0, 1, or {@link #UNORDERED}
     */
    static int compare(Number a, Number b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (a instanceof Double x) {
            if (b instanceof Double y) {
                return compareDoubles(x, y);
            }
            if (x.isNaN()) {
                return UNORDERED;
            }
            if (b instanceof Long y) {
                return -compareLongDouble(y, x);
            }
            return -compareBigDouble((BigInteger) b, x);
        }
        if (b instanceof Double y) {
            if (y.isNaN()) {
                return UNORDERED;
            }
            if (a instanceof Long x) {
                return compareLongDouble(x, y);
            }
            return compareBigDouble((BigInteger) a, y);
        }
        return big(a).compareTo(big(b));
    }

    private static int compareDoubles(double x, double y) {
        if (x < y) {
            return -1;
        }
        if (x > y) {
            return 1;
        }
        return x == y ? 0 : UNORDERED;
    }

    /** C's (long) of an out-of-range double on x86: the "indefinite" LONG_MIN. */
    private static long cLong(double d) {
        return (d >= TWO_63 || d < -TWO_63 || Double.isNaN(d)) ? Long.MIN_VALUE : (long) d;
    }

    private static int compareLongDouble(long l, double d) {
        double dl = (double) l;
        if (l == cLong(dl) || (d != Math.floor(d) && !Double.isInfinite(d))) {
            return compareDoubles(dl, d);
        }
        if (d < -TWO_63) {
            return 1;
        }
        if (d > 9.223372036854775807E18) {
            return -1;
        }
        return Long.compare(l, cLong(d));
    }

    private static int compareBigDouble(BigInteger b, double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        if (d < TWO_63 && d > -TWO_63) {
            return b.signum();
        }
        return new BigDecimal(b).compareTo(new BigDecimal(d));
    }

    // ---------------------------------------------------------- conversion

    /** Truncates a double toward zero to an unbounded integer (not NaN/Inf). */
    static Number truncate(double d) {
        if (d > -TWO_63 && d < TWO_63) {
            return (long) d;
        }
        return norm(new BigDecimal(d).toBigInteger());
    }

    /** The string of a number as tclsh prints it. */
    static String format(Number n) {
        return n instanceof Double d ? Numbers.formatDouble(d) : n.toString();
    }
}
