package org.tcl4j.core.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclTestCase;

/** lsort: orderings, options, stability, and the merge order a -command sees. */
class LsortCmdTest extends TclTestCase {
    @Test
    void orderings() throws TclException {
        assertEquals("A B a b", eval("lsort {b A a B}"));
        assertEquals("A a b B", eval("lsort -nocase {b A a B}"));
        assertEquals("a A9 a9 a09 a10 B b", eval("lsort -dictionary {a10 a9 A9 a09 b B a}"));
        assertEquals("-5 1 0x10", eval("lsort -integer {1 0x10 -5}"));
        assertEquals("1.5 2 3 1e2", eval("lsort -real {3 1.5 1e2 2}"));
        assertEquals("c b a", eval("lsort -decreasing {a c b}"));
    }

    @Test
    void stableSortKeepsInputOrderOfEqualKeys() throws TclException {
        assertEquals("{1 a} {1 c} {2 b}", eval("lsort -index 0 {{2 b} {1 a} {1 c}}"));
        assertEquals("{2 b} {1 a} {1 c}", eval("lsort -index 0 -decreasing {{1 a} {2 b} {1 c}}"));
    }

    @Test
    void uniqueKeepsTheLastOfEqualElements() throws TclException {
        assertEquals("A b c", eval("lsort -unique -nocase {c a A b}"));
        assertEquals("3 2 0", eval("lsort -indices -unique {c a b a}"));
    }

    @Test
    void strideSortsGroups() throws TclException {
        assertEquals("b 1 a 2 c 3", eval("lsort -stride 2 -index 1 {c 3 a 2 b 1}"));
        assertEquals("2 3 4 5 0 1", eval("lsort -stride 2 -indices {c 1 a 2 b 3}"));
        assertEquals("list size must be a multiple of the stride length", error("lsort -stride 2 {a b c}"));
        assertEquals("when used with \"-stride\", the leading \"-index\" value must be within the group",
                error("lsort -stride 2 -index 2 {a 1}"));
    }

    @Test
    void commandSeesTclshsMergeOrder() throws TclException {
        eval("set log {}; proc cmp {a b} { lappend ::log $a$b; string compare $a $b }");
        assertEquals("a b c d e", eval("lsort -command cmp {e d c b a}"));
        // runs of 1, 2, 4... merged as elements arrive, then the leftovers
        assertEquals("ed cb db dc ba", eval("set log"));
        assertEquals("-compare command returned non-integer result", error("lsort -command list {b a}"));
    }

    @Test
    void indexErrors() {
        assertEquals("element 1 missing from sublist \"c\"", error("lsort -index 1 {{a 3} {b 1} c}"));
        assertEquals("index \"-1\" cannot select an element from any list", error("lsort -index -1 {{a}}"));
        assertEquals("expected integer but got \"x\"", error("lsort -integer {3 1 x}"));
    }
}
