package org.tcl4j.core.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclTestCase;

/** The dict ensemble, as a short manual. */
class DictCmdTest extends TclTestCase {
    @Test
    void readingNestedKeys() throws TclException {
        assertEquals("1", eval("dict get {a {b {c 1}}} a b c"));
        assertEquals("1", eval("dict exists {a {b 1}} a b"));
        assertEquals("0", eval("dict exists {a 1} a b"));
        assertEquals("key \"q\" not known in dictionary", error("dict get {a 1} q"));
        assertEquals("missing value to go with key", error("dict get {a 1 b} a"));
        assertEquals("unmatched open brace in dict", error("dict get \"a {\" a"));
    }

    @Test
    void subcommandsByUniquePrefix() throws TclException {
        assertEquals("1", eval("dict g {a 1} a"));
        assertEquals("unknown or ambiguous subcommand \"s\": must be append, create, exists, filter, for, get,"
                + " incr, info, keys, lappend, map, merge, remove, replace, set, size, unset, update, values,"
                + " or with", error("dict s"));
        assertEquals("wrong # args: should be \"dict get dictionary ?key ...?\"", error("dict g"));
    }

    @Test
    void updatingVariablesKeepsKeyOrderAndSharedValues() throws TclException {
        eval("set d {z 1 y 2}; set copy $d");
        assertEquals("z 1 y 3 x {w 4}", eval("dict incr d y; dict set d x w 4"));
        assertEquals("z 1 y 2", eval("set copy"));
        assertEquals("z 1 y 3 x {w 4} v ab", eval("dict append d v a b"));
        assertEquals("z 1 y 3 x {w 4} v ab u {p q}", eval("dict lappend d u p q"));
        assertEquals("y 3 x {w 4} v ab u {p q}", eval("dict unset d z"));
        assertEquals("a 1", eval("unset -nocomplain n; dict set n a 1"));
    }

    @Test
    void filterKeysValuesMerge() throws TclException {
        assertEquals("a 1 b 2", eval("dict filter {a 1 b 2 c 3} key a b"));
        assertEquals("b 2", eval("dict filter {a 1 b 2 c 3} value 2"));
        assertEquals("a ab", eval("dict keys {a 1 b 2 ab 3} a*"));
        assertEquals("a 5 b 3 c 4", eval("dict merge {a 1 b 2} {b 3 c 4} {a 5}"));
    }

    @Test
    void loopsHonourBreakAndContinue() throws TclException {
        assertEquals("a c", eval("set r {}; dict for {k v} {a 1 b 2 c 3} {"
                + " switch $k b continue; lappend r $k }; set r"));
        assertEquals("a 2 b 4", eval("dict map {k v} {a 1 b 2} { incr v $v }"));
        // dict map discards what it built when the body breaks
        assertEquals("", eval("dict map {k v} {a 1 b 2} { switch $k b break; set v }"));
        assertEquals("a 1", eval("dict filter {a 1 b 2} script {k v} { switch $k b break; list 1 }"));
    }

    @Test
    void updateAndWithWriteVariablesBack() throws TclException {
        eval("set d {a 1 b 2}");
        assertEquals("a 10", eval("dict update d a x b y { set x 10; unset y }; set d"));
        eval("set d {p {x 1 y 2}}");
        assertEquals("p {x 5 y 2}", eval("dict with d p { set x 5; set z 6 }; set d"));
        // written back even when the body fails
        eval("set d {a 1}");
        assertEquals("1", eval("catch { dict with d { set a 9; error oops } }"));
        assertEquals("a 9", eval("set d"));
    }

    @Test
    void infoShowsTheHashTableLayout() throws TclException {
        String info = eval("dict info {a 1 b 2}");
        assertEquals("2 entries in table, 4 buckets", info.lines().findFirst().orElseThrow());
    }
}
