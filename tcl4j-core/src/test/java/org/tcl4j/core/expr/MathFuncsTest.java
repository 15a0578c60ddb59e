package org.tcl4j.core.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;

/** The built-in math functions. */
class MathFuncsTest {
    private final Interp interp = new Interp();

    private String expr(String e) throws TclException {
        return interp.eval("expr {" + e + "}").toString();
    }

    @Test
    void randIsParkAndMillersMinimalStandard() throws TclException {
        // seed 1: the first numbers are 16807 and 16807**2 mod (2**31-1), over 2**31-1
        assertEquals(Double.toString(16807 * (1.0 / 2147483647)), Double.toString(Double.parseDouble(expr("srand(1)"))));
        assertEquals(282475249 * (1.0 / 2147483647), Double.parseDouble(expr("rand()")));
        // 10000 steps from seed 1 reach 1043618065 (Park and Miller's check value)
        MathFuncs.RandomState r = new MathFuncs.RandomState();
        r.setSeed(1);
        for (int i = 0; i < 10000; i++) {
            r.next();
        }
        assertEquals(1043618065L, r.seed);
    }

    @Test
    void srandMasksItsSeedLikeTclsh() throws TclException {
        String zero = expr("srand(0)");
        assertEquals(zero, expr("srand(2**64)"), "bignums are taken modulo 2**64");
        assertEquals(zero, expr("srand(123459876)"), "0 is replaced by 123459876");
        assertEquals(expr("srand(0x7fffffff)"), expr("srand(-1)"), "only the low 31 bits count");
        assertEquals("expected integer but got \"1.5\"", assertThrows(TclException.class, () -> expr("srand(1.5)"))
                .getMessage());
    }

    @Test
    void integerConversions() throws TclException {
        assertEquals("7766279631452241920", expr("int(1e20)"), "int and wide keep the low 64 bits");
        assertEquals("100000000000000000000", expr("entier(1e20)"));
        assertEquals("3", expr("round(2.5)"));
        assertEquals("-3", expr("round(-2.5)"), "half away from zero");
        assertEquals("0", expr("round(0.49999999999999994)"));
        assertEquals("1125899906842624", expr("isqrt(2**100)"));
        assertEquals("3037000499", expr("isqrt(9223372036854775807)"));
    }

    @Test
    void argumentErrors() {
        assertEquals("too many arguments for math function \"sin\"",
                assertThrows(TclException.class, () -> expr("sin(1,2)")).getMessage());
        assertEquals("not enough arguments to math function \"max\"",
                assertThrows(TclException.class, () -> expr("max()")).getMessage());
        assertEquals("expected floating-point number but got \"08\" (looks like invalid octal number)",
                assertThrows(TclException.class, () -> expr("sin(\"08\")")).getMessage());
    }

    @Test
    void hypotIsCorrectlyRoundedForOrdinaryArguments() {
        Random rnd = new Random(7);
        MathContext mc = new MathContext(40);
        for (int i = 0; i < 2000; i++) {
            double x = (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(20) - 10);
            double y = (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(20) - 10);
            BigDecimal exact = new BigDecimal(x).pow(2).add(new BigDecimal(y).pow(2)).sqrt(mc);
            assertEquals(exact.doubleValue(), CMath.hypot(x, y), "hypot(" + x + ", " + y + ")");
        }
    }

    @Test
    void hyperbolicFunctionsAndLog10StayWithinAnUlpOfJavas() {
        for (double x : new double[] {1e-10, 0.2, 0.5, 1, 3, 21, 25, 700}) {
            assertEquals(Math.cosh(x), CMath.cosh(x), Math.ulp(CMath.cosh(x)));
            assertEquals(Math.sinh(x), CMath.sinh(x), Math.ulp(CMath.sinh(x)));
            assertEquals(-CMath.sinh(x), CMath.sinh(-x));
            assertEquals(Math.tanh(x), CMath.tanh(x), Math.ulp(1.0));
            assertEquals(Math.log10(x), CMath.log10(x), Math.ulp(Math.log10(x)));
        }
        assertEquals(3.0, CMath.log10(1000));
        assertEquals(1.5430806348152437, CMath.cosh(1), "as glibc computes it (Math.cosh gives ...244)");
        assertEquals(Double.POSITIVE_INFINITY, CMath.cosh(711));
    }
}
