package org.tcl4j.core.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;

/** lsearch: the modes, result shapes and the binary search of sorted lists. */
class LsearchCmdTest {
    private final Interp interp = new Interp();

    private String eval(String script) throws TclException {
        return interp.eval(script).toString();
    }

    @Test
    void globIsTheDefaultMode() throws TclException {
        assertEquals("1", eval("lsearch {a b c} {[bc]}"));
        assertEquals("0", eval("lsearch -exact {a* b} a*"));
        assertEquals("-1", eval("lsearch {a b} x"));
    }

    @Test
    void allInlineNotStart() throws TclException {
        assertEquals("0 2", eval("lsearch -all {a b a} a"));
        assertEquals("a1 a3", eval("lsearch -all -inline {a1 b2 a3} a*"));
        assertEquals("1", eval("lsearch -not {a b a} a"));
        assertEquals("2", eval("lsearch -start 1 {a b a} a"));
    }

    @Test
    void sortedSearchFindsTheFirstMatchAndBisectTheLastNotAfter() throws TclException {
        assertEquals("1", eval("lsearch -sorted {1 2 2 2 3} 2"));
        assertEquals("3", eval("lsearch -sorted -integer {1 2 3 10} 10"));
        assertEquals("1", eval("lsearch -bisect {a c e} d"));
        assertEquals("-1", eval("lsearch -bisect {a c e} 0"));
        assertEquals("0", eval("lsearch -bisect -decreasing {e c a} d"));
    }

    @Test
    void theLastModeOptionWins() throws TclException {
        assertEquals("1", eval("lsearch -sorted -glob {a b c} b*"));
        assertEquals("-1", eval("lsearch -glob -sorted {a b c} b*"));
    }

    @Test
    void indexAndSubindices() throws TclException {
        assertEquals("1", eval("lsearch -index 1 {{a b} {c d}} d"));
        assertEquals("1 1 0", eval("lsearch -index {1 0} -subindices {{a b} {c {d e}}} d"));
        // tclsh resolves "end" in the path against the searched list's length
        assertEquals("{0 3} {1 3}", eval("lsearch -index end -all -subindices {{a b} {x y b} {p q r s}} b"));
    }

    @Test
    void optionErrors() {
        assertEquals("-bisect is not compatible with -all or -not",
                assertThrows(TclException.class, () -> eval("lsearch -bisect -all {a} a")).getMessage());
        assertEquals("-subindices cannot be used without -index option",
                assertThrows(TclException.class, () -> eval("lsearch -subindices {a} a")).getMessage());
        assertEquals("expected integer but got \"x\"",
                assertThrows(TclException.class, () -> eval("lsearch -exact -integer {} x")).getMessage());
    }
}
