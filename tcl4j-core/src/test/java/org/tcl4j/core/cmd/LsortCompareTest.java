package org.tcl4j.core.cmd;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The comparison functions behind lsort and lsearch. */
class LsortCompareTest {
    @Test
    void asciiPutsNulAfterDelete() {
        // tclsh compares modified UTF-8, where NUL is C0 80
        assertTrue(LsortCompare.ascii("a\u007f", "a\u0000") < 0);
        assertTrue(LsortCompare.ascii("a\u0000", "a\u0080") < 0);
        assertTrue(LsortCompare.ascii("a", "ab") < 0);
    }

    @Test
    void dictionaryComparesDigitRunsAsNumbers() {
        assertTrue(LsortCompare.dictionary("x9", "x10") < 0);
        assertTrue(LsortCompare.dictionary("x1.5", "x1.25") < 0);
        // leading zeros and case only break ties, the first tie-breaker wins
        assertTrue(LsortCompare.dictionary("a1", "a01") < 0);
        assertTrue(LsortCompare.dictionary("A1", "a1") < 0);
        assertTrue(LsortCompare.dictionary("Ab01", "aB1") < 0);
        assertTrue(LsortCompare.dictionary("a01b", "a1c") < 0);
        assertTrue(LsortCompare.dictionary("_", "a") < 0);
    }
}
