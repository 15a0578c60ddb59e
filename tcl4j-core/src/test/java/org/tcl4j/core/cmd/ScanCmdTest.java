package org.tcl4j.core.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclTestCase;

/** {@code scan}: reading fields out of a string. */
class ScanCmdTest extends TclTestCase {
    @Test
    void withVariablesTheResultIsTheCount() throws TclException {
        assertEquals("2", eval("scan {12 abc} {%d %s} n s"));
        assertEquals("12 abc", eval("list $n $s"));
        assertEquals("-1", eval("scan {} %d x"), "input ended before the first field");
        assertEquals("0", eval("scan abc %d x"), "first field did not match");
    }

    @Test
    void withoutVariablesTheResultIsAList() throws TclException {
        assertEquals("12 {}", eval("scan 12 {%d %d}"));
        assertEquals("", eval("scan {} %d"));
        assertEquals("34 12", eval("scan {12 34} {%2$d %1$d}"));
    }

    @Test
    void conversions() throws TclException {
        assertEquals("31 15 5", eval("scan {0x1f 017 101} {%i %i %b}"));
        assertEquals("18446744073709551615", eval("scan -1 %u"));
        assertEquals("12345678901234567890", eval("scan 12345678901234567890 %lld"));
        assertEquals("12500.0 x", eval("scan 12.5e3x %f%s"));
        assertEquals("97 32", eval("scan {a b} %c%c"));
        assertEquals("abc 123", eval("scan abc123 {%[a-z]%d}"));
        assertEquals("hello 5", eval("scan {hello world} %s%n"));
        assertEquals("12 34", eval("scan 1234 %2d%2d"));
    }

    @Test
    void formatErrorsComeBeforeReading() {
        assertEquals("bad scan conversion character \"q\"", error("scan {} {%d %q}"));
        assertEquals("unmatched [ in format string", error("scan abc {%[a}"));
        assertEquals("field width may not be specified in %c conversion", error("scan abc %3c"));
        assertEquals("different numbers of variable names and field specifiers", error("scan {a b} {%s %s} x"));
        assertEquals("variable is not assigned by any conversion specifiers", error("scan {a b} %s x y"));
    }
}
