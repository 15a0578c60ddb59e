package org.tcl4j.core.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclTestCase;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;

/** The list commands, as a short manual: results, sharing, and tclsh's messages. */
class ListCommandsTest extends TclTestCase {
    @Test
    void listQuotesElementsAsTclshDoes() throws TclException {
        assertEquals("a {b c} {} \\{ # #a", eval("list a {b c} {} \\{ # #a"));
        assertEquals("{#a} b", eval("list #a b"));
    }

    @Test
    void lindexFollowsNestedIndicesAndIndexLists() throws TclException {
        assertEquals("d", eval("lindex {{a b} {c {d e}}} 1 1 0"));
        assertEquals("d", eval("lindex {{a b} {c {d e}}} {1 1 0}"));
        assertEquals("c", eval("lindex {a b c} end"));
        assertEquals("b", eval("lindex {a b c} end-1"));
        assertEquals("c", eval("lindex {a b c} 0+2"));
        assertEquals("", eval("lindex {a b c} 5"));
        assertEquals("a b c", eval("lindex {a b c} {}"));
        assertEquals("bad index \"x\": must be integer?[+-]integer? or end?[+-]integer?",
                error("lindex {a b} 5 x"));
    }

    @Test
    void indicesWrapLikeCInts() throws TclException {
        // 2147483648 is read as a 32-bit int, which wraps to a negative position
        assertEquals("a b c", eval("lrange {a b c} 2147483648 end"));
        assertEquals("bad index \"4294967296\": must be integer?[+-]integer? or end?[+-]integer?",
                error("lrange {a b c} 4294967296 end"));
        assertEquals("bad index \"08\": must be integer?[+-]integer? or end?[+-]integer?"
                + " (looks like invalid octal number)", error("lindex {a b} 08"));
    }

    @Test
    void lrangeLinsertLreplaceClampPositions() throws TclException {
        assertEquals("b c", eval("lrange {a b c d} 1 2"));
        assertEquals("", eval("lrange {a b c d} end-1 1"));
        assertEquals("x a b", eval("linsert {a b} -10 x"));
        assertEquals("a x b", eval("linsert {a b} end-1 x"));
        assertEquals("a b c x", eval("lreplace {a b c} 5 5 x"));
        assertEquals("a x b c", eval("lreplace {a b c} 1 0 x"));
        assertEquals("a", eval("lreplace {a b c} 1 end"));
    }

    @Test
    void lsetReplacesAlongAPathAndAppendsAtEndPlusOne() throws TclException {
        eval("set x {a {b c}}");
        assertEquals("a {b c d}", eval("lset x 1 end+1 d"));
        assertEquals("a {d c d}", eval("lset x {1 0} d"));
        assertEquals("list index out of range", error("lset x 5 q"));
        assertEquals("whole", eval("lset x whole"));
    }

    @Test
    void lsetNeverChangesAValueSharedWithAnotherVariable() throws TclException {
        eval("set a {{1 2} {3 4}}; set b $a; set c [lindex $a 1]; lset a 1 0 x");
        assertEquals("{1 2} {x 4}", eval("set a"));
        assertEquals("{1 2} {3 4}", eval("set b"));
        assertEquals("3 4", eval("set c"));
    }

    @Test
    void lrangeOfAWholePureListIsTheSameValue() throws TclException {
        TclValue l = TclValue.ofList(TclValue.of("a"), TclValue.of("b"));
        interp.setVar("l", l);
        assertSame(l, interp.eval("lrange $l 0 end"));
    }

    @Test
    void lrepeatLassignJoinSplitConcat() throws TclException {
        assertEquals("a b a b", eval("lrepeat 2 a b"));
        assertEquals("bad count \"-1\": must be integer >= 0", error("lrepeat -1 a"));
        assertEquals("c", eval("lassign {a b c} x y"));
        assertEquals("a b", eval("list $x $y"));
        assertEquals("a,b,c", eval("join {a b c} ,"));
        assertEquals("a b {} c", eval("split {a,b,,c} ,"));
        assertEquals("a b c", eval("split abc {}"));
        assertEquals("a b c d", eval("concat { a b } {} {c d }"));
        assertEquals("a\\  b", eval("concat {a\\ } b"));
    }

    @Test
    void concatOfPureListsStaysAList() throws TclException {
        interp.setVar("p", TclValue.ofList(TclValue.of("a b"), TclValue.of("c")));
        TclValue r = interp.eval("concat $p $p");
        assertEquals(4, ((TclList) r.rep()).size());
        assertEquals("{a b} c {a b} c", r.toString());
    }

    @Test
    void malformedListsReportTheProblem() {
        assertEquals("unmatched open brace in list", error("llength \"a {b\""));
        assertEquals("list element in braces followed by \"b\" instead of space", error("llength {{a}b}"));
        assertEquals("wrong # args: should be \"lrange list first last\"", error("lrange {a b} 0"));
    }
}
