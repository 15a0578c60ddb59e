package org.tcl4j.core.expr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;

/**
 * The built-in functions of {@code expr} (the {@code tcl::mathfunc}
 * commands): abs acos asin atan atan2 bool ceil cos cosh double entier exp
 * floor fmod hypot int isqrt log log10 max min pow rand round sin sinh sqrt
 * srand tan tanh wide, with tclsh's results and error messages.
 */
final class MathFuncs {
    private MathFuncs() {
    }

    /** Registers every function in {@code ::tcl::mathfunc}. */
    static void register(Interp interp) {
        List<String> exports = new ArrayList<>();
        for (MathFunc f : all()) {
            interp.register("::tcl::mathfunc::" + f.name, f);
            if (!(f instanceof MinMax)) {
                exports.add(f.name);
            }
        }
        // tclsh exports them all (min and max last, as they came later)
        exports.add("min");
        exports.add("max");
        interp.findNamespace("::tcl::mathfunc", interp.globalNamespace()).exportPatterns().addAll(exports);
    }

    static MathFunc[] all() {
        return new MathFunc[] {
            new Abs(),
            unary("acos", InverseTrig::acos),
            unary("asin", InverseTrig::asin),
            unary("atan", InverseTrig::atan),
            binary("atan2", InverseTrig::atan2),
            new Bool(),
            unary("ceil", Math::ceil),
            unary("cos", Math::cos),
            unary("cosh", CMath::cosh),
            new ToDouble(),
            new Entier("entier", false),
            unary("exp", Math::exp),
            unary("floor", Math::floor),
            binary("fmod", (x, y) -> x % y),
            binary("hypot", CMath::hypot),
            new Entier("int", true),
            new Isqrt(),
            unary("log", Math::log),
            unary("log10", CMath::log10),
            new MinMax("max", 1),
            new MinMax("min", -1),
            binary("pow", Math::pow),
            new Rand(),
            new Round(),
            unary("sin", Math::sin),
            unary("sinh", CMath::sinh),
            new Sqrt(),
            new Srand(),
            unary("tan", Math::tan),
            unary("tanh", CMath::tanh),
            new Entier("wide", true),
        };
    }

    // ---------------------------------------------------------- arguments

    /** A function argument as a number; NaN is refused. */
    static Number number(Object o, String what) throws TclException {
        Number n = Operands.numberOrNull(o);
        if (n == null) {
            throw Operands.expected(what, o, "TCL VALUE NUMBER");
        }
        if (n instanceof Double d && d.isNaN()) {
            throw Operands.notANumber();
        }
        return n;
    }

    static double toDouble(Object o) throws TclException {
        if (o instanceof Double d && !d.isNaN()) {
            return d;
        }
        return number(o, "floating-point number").doubleValue();
    }

    static TclException tooLarge() {
        return new TclException("integer value too large to represent",
                "ARITH IOVERFLOW {integer value too large to represent}");
    }

    /** An integer argument; doubles are truncated (not Inf). */
    static Number truncated(Object o) throws TclException {
        Number n = number(o, "number");
        if (n instanceof Double d) {
            if (d.isInfinite()) {
                throw tooLarge();
            }
            return Arith.truncate(d);
        }
        return n;
    }

    // --------------------------------------------------------- the functions

    static MathFunc unary(String name, DoubleUnaryOperator f) {
        return new MathFunc(name, 1, 1) {
            @Override
            Object call(Interp interp, Object[] args) throws TclException {
                return Arith.checked(f.applyAsDouble(toDouble(args[0])));
            }
        };
    }

    static MathFunc binary(String name, DoubleBinaryOperator f) {
        return new MathFunc(name, 2, 2) {
            @Override
            Object call(Interp interp, Object[] args) throws TclException {
                double x = toDouble(args[0]);
                return Arith.checked(f.applyAsDouble(x, toDouble(args[1])));
            }
        };
    }

    static final class Abs extends MathFunc {
        Abs() {
            super("abs", 1, 1);
        }

        @Override
        Object call(Interp interp, Object[] args) throws TclException {
            Number n = number(args[0], "number");
            if (n instanceof Double d) {
                return Math.abs(d);
            }
            return Arith.signum(n) < 0 ? Arith.negate(n) : n;
        }
    }

    static final class Bool extends MathFunc {
        Bool() {
            super("bool", 1, 1);
        }

        @Override
        Object call(Interp interp, Object[] args) throws TclException {
            return Operands.bool(Operands.truth(args[0]));
        }
    }

    static final class ToDouble extends MathFunc {
        ToDouble() {
            super("double", 1, 1);
        }

        @Override
        Object call(Interp interp, Object[] args) throws TclException {
            return toDouble(args[0]);
        }
    }

    /** entier (unbounded), and int/wide (truncated to 64 bits, as 8.6 does on 64-bit hosts). */
    static final class Entier extends MathFunc {
        final boolean wide;

        Entier(String name, boolean wide) {
            super(name, 1, 1);
            this.wide = wide;
        }

        @Override
        Object call(Interp interp, Object[] args) throws TclException {
            Number n = truncated(args[0]);
            if (wide && n instanceof BigInteger b) {
                return b.longValue();
            }
            return n;
        }
    }

    /** Integer square root of any non-negative number, exactly. */
    static final class Isqrt extends MathFunc {
        Isqrt() {
            super("isqrt", 1, 1);
        }

        @Override
        Object call(Interp interp, Object[] args) throws TclException {
            Number n = number(args[0], "number");
            if (Arith.signum(n) < 0) {
                throw new TclException("square root of negative argument",
                        "ARITH DOMAIN {domain error: argument not in valid range}");
            }
            if (n instanceof Double d) {
                if (d.isInfinite()) {
                    throw tooLarge();
                }
                n = Arith.truncate(d);
            }
            if (n instanceof Long l) {
                long s = (long) Math.sqrt((double) l);
                while (s * s > l || s > 3037000499L) {
                    s--;
                }
                while ((s + 1) <= 3037000499L && (s + 1) * (s + 1) <= l) {
                    s++;
                }
                return s;
            }
            return Arith.norm(((BigInteger) n).sqrt());
        }
    }

    static final class MinMax extends MathFunc {
        /** 1 for max, -1 for min. */
        final int sign;

        MinMax(String name, int sign) {
            super(name, 1, -1);
            this.sign = sign;
        }

        @Override
        TclException tooFew() {
            return new TclException("not enough arguments to math function \"" + name + "\"");
        }

        @Override
        Object call(Interp interp, Object[] args) throws TclException {
            Object best = null;
            Number bestNum = null;
            for (Object a : args) {
                Number n = Operands.numberOrNull(a);
                if (n == null) {
                    throw Operands.expected("floating-point number", a, null);
                }
                if (n instanceof Double d && d.isNaN()) {
                    throw new TclException("floating point value is Not a Number");
                }
                if (best == null || Arith.compare(n, bestNum) * sign > 0) {
                    best = a;
                    bestNum = n;
                }
            }
            return best;
        }
    }

    /** Rounds half away from zero to an integer of any size. */
    static final class Round extends MathFunc {
        Round() {
            super("round", 1, 1);
        }

        @Override
        Object call(Interp interp, Object[] args) throws TclException {
            Number n = number(args[0], "number");
            if (!(n instanceof Double)) {
                return n;
            }
            double d = (Double) n;
            if (Double.isInfinite(d)) {
                throw tooLarge();
            }
            double a = Math.abs(d);
            double f = Math.floor(a);
            if (a - f >= 0.5) {
                f += 1;
            }
            return Arith.truncate(d < 0 ? -f : f);
        }
    }

    /** sqrt, which for integers too large for a double takes the integer root first. */
    static final class Sqrt extends MathFunc {
        Sqrt() {
            super("sqrt", 1, 1);
        }

        @Override
        Object call(Interp interp, Object[] args) throws TclException {
            double x = toDouble(args[0]);
            if (Double.isInfinite(x) && x > 0) {
                Number n = Operands.numberOrNull(args[0]);
                if (n instanceof BigInteger b) {
                    return b.sqrt().doubleValue();
                }
            }
            return Arith.checked(Math.sqrt(x));
        }
    }

    // ------------------------------------------------------------ random

    /**
     * The generator of {@code rand()}: Park and Miller's minimal standard
     * (seed = seed * 16807 mod 2**31-1), as documented for Tcl's expr.
     */
    static final class RandomState {
        static final long MODULUS = 2147483647L;
        long seed;
        boolean seeded;

        double next() {
            if (!seeded) {
                setSeed(System.nanoTime() ^ (System.currentTimeMillis() << 12));
            }
            seed = (seed * 16807L) % MODULUS;
            return seed * (1.0 / MODULUS);
        }

        void setSeed(long s) {
            seeded = true;
            seed = s & 0x7fffffffL;
            if (seed == 0 || seed == MODULUS) {
                seed ^= 123459876L;
            }
        }
    }

    static RandomState random(Interp interp) {
        return interp.data(RandomState.class, RandomState::new);
    }

    static final class Rand extends MathFunc {
        Rand() {
            super("rand", 0, 0);
        }

        @Override
        Object call(Interp interp, Object[] args) {
            return random(interp).next();
        }
    }

    /** srand(seed): reseeds and returns the first number of the new sequence. */
    static final class Srand extends MathFunc {
        Srand() {
            super("srand", 1, 1);
        }

        @Override
        Object call(Interp interp, Object[] args) throws TclException {
            Number n = Operands.numberOrNull(args[0]);
            if (n == null || n instanceof Double) {
                throw new TclException("expected integer but got \"" + Operands.cut(Operands.string(args[0]), 50)
                        + "\"", n == null ? "TCL VALUE NUMBER" : "TCL VALUE INTEGER");
            }
            RandomState r = random(interp);
            r.setSeed(n.longValue());
            return r.next();
        }
    }
}
