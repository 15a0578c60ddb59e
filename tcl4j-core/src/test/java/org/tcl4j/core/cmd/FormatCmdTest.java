package org.tcl4j.core.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclTestCase;

/** {@code format}: printf with Tcl's integer sizes, layout rules and messages. */
class FormatCmdTest extends TclTestCase {
    @Test
    void integersAre64BitUnlessLl() throws TclException {
        assertEquals("4294967296", eval("format %d 4294967296"));
        assertEquals("ffffffffffffffff", eval("format %x -1"));
        assertEquals("-1", eval("format %llx -1"));
        assertEquals("99999999999999999999", eval("format %lld 99999999999999999999"));
        assertEquals("-1", eval("format %hd 65535"));
        assertEquals("unsigned bignum format is invalid", error("format %llu 5"));
    }

    @Test
    void flagsWidthAndPrecision() throws TclException {
        assertEquals("-0042", eval("format %05d -42"));
        assertEquals("00042|", eval("format %0-5d| 42"), "zero padding wins over '-' for integers");
        assertEquals("  007", eval("format %5.3d 7"));
        assertEquals("0x00a", eval("format %#05x 10"));
        assertEquals("abc00|", eval("format %-05s| abc"), "strings pad with zeros on the side '-' says");
        assertEquals("   42", eval("format %*d 5 42"));
        assertEquals("3.14", eval("format %.*f 2 3.14159"));
    }

    @Test
    void realsRoundTheExactBinaryValue() throws TclException {
        assertEquals("0.12", eval("format %.2f 0.125"));
        assertEquals("0.38", eval("format %.2f 0.375"));
        assertEquals("1.234568e+04", eval("format %e 12345.678"));
        assertEquals("1e-05", eval("format %g 0.00001"));
        assertEquals("1.00000", eval("format %#g 1"));
        assertEquals("  inf", eval("format %5.2f inf"));
        assertEquals("0.10000000000000000555", eval("format %.20f 0.1"));
    }

    @Test
    void positionalArguments() throws TclException {
        assertEquals("b a", eval("format {%2$s %1$s} a b"));
        assertEquals("cannot mix \"%\" and \"%n$\" conversion specifiers", error("format {%1$s %s} a b"));
        assertEquals("\"%n$\" argument index out of range", error("format {%3$s} a b"));
    }

    @Test
    void characters() throws TclException {
        assertEquals("A\u20ac", eval("format %c%c 65 0x20ac"));
        assertEquals("\ufffd", eval("format %c 0x1f600"), "tclsh 8.6 has no characters beyond the BMP");
    }

    @Test
    void errorMessages() throws TclException {
        assertEquals("not enough arguments for all format specifiers", error("format %d"));
        assertEquals("bad field specifier \"q\"", error("format %q 1"));
        assertEquals("format string ended in middle of field specifier", error("format %5 x"));
        assertEquals("expected integer but got \"1.5\"", error("format %d 1.5"));
        assertEquals("expected floating-point number but got \"x\"", error("format %f x"));
    }
}
