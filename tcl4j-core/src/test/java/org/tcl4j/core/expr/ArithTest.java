package org.tcl4j.core.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;
import org.tcl4j.core.TclException;

/** Number semantics shared by expr and tcl::mathop. */
class ArithTest {
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    @Test
    void overflowGivesExactBignumsAndShrinksBack() throws TclException {
        assertEquals(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE), Arith.add(Long.MAX_VALUE, 1L));
        assertEquals(Long.MIN_VALUE, Arith.subtract(Long.MIN_VALUE + 1L, 1L));
        assertEquals(new BigInteger("85070591730234615847396907784232501249"),
                Arith.multiply(Long.MAX_VALUE, Long.MAX_VALUE));
        assertEquals(0L, Arith.subtract(TWO_64, TWO_64), "a bignum result that fits is a long again");
    }

    @Test
    void integerDivisionRoundsTowardNegativeInfinity() throws TclException {
        assertEquals(-4L, Arith.divide(-7L, 2L));
        assertEquals(-1L, Arith.mod(7L, -2L));
        assertEquals(BigInteger.ONE.shiftLeft(63), Arith.divide(Long.MIN_VALUE, -1L));
        assertEquals(-1L, Arith.divide(-7L, TWO_64));
        assertEquals(new BigInteger("18446744073709551609"), Arith.mod(-7L, TWO_64));
        assertEquals("divide by zero", assertThrows(TclException.class, () -> Arith.mod(1L, 0L)).getMessage());
        assertEquals(Double.POSITIVE_INFINITY, Arith.divide(1.0, 0L));
    }

    @Test
    void powersOfIntegersAreExact() throws TclException {
        assertEquals(new BigInteger("12157665459056928801"), Arith.power(3L, 40L));
        assertEquals(0L, Arith.power(2L, -1L));
        assertEquals(-1L, Arith.power(-1L, TWO_64.add(BigInteger.ONE)));
        assertEquals("exponentiation of zero by negative power",
                assertThrows(TclException.class, () -> Arith.power(0L, -1L)).getMessage());
        assertEquals("exponent too large", assertThrows(TclException.class, () -> Arith.power(2L, TWO_64)).getMessage());
    }

    @Test
    void shiftsWorkOnAnySize() throws TclException {
        assertEquals(TWO_64, Arith.shiftLeft(1L, 64L));
        assertEquals(-1L, Arith.shiftRight(-5L, 100L));
        assertEquals(-3L, Arith.shiftRight(-5L, 1L));
        assertEquals("negative shift argument",
                assertThrows(TclException.class, () -> Arith.shiftLeft(1L, -1L)).getMessage());
    }

    @Test
    void longsAndDoublesCompareAsTclshDoes() {
        assertEquals(1, Arith.compare(9007199254740993L, 9007199254740992.0), "exactly, not via double");
        assertEquals(1, Arith.compare(Long.MAX_VALUE, 9.223372036854775807E18),
                "C's conversion of 2**63 to long gives LONG_MIN");
        assertEquals(0, Arith.compare(TWO_64, 1.8446744073709552E19));
        assertEquals(Arith.UNORDERED, Arith.compare(1L, Double.NaN));
        assertEquals(-1, Arith.compare(TWO_64, Double.POSITIVE_INFINITY));
    }
}
