package org.tcl4j.core.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclTestCase;

/** The array ensemble, as a short manual. */
class ArrayCmdTest extends TclTestCase {
    @Test
    void namesComeInTclshsHashOrder() throws TclException {
        eval("array set a {alpha 1 beta 2 gamma 3 delta 4}");
        // the order tclsh 8.6 prints for these four names
        assertEquals("beta delta alpha gamma", eval("array names a"));
        assertEquals("alpha 1 gamma 3", eval("array get a *a*a"));
        assertEquals("4", eval("array size a"));
    }

    @Test
    void namesModes() throws TclException {
        eval("array set a {x1 1 x2 2 y 3}");
        assertEquals("x1", eval("array names a -exact x1"));
        assertEquals("y", eval("array names a -regexp ^y"));
        assertEquals("bad option \"-foo\": must be -exact, -glob, or -regexp", error("array names a -foo x"));
    }

    @Test
    void undefinedElementsAreSkipped() throws TclException {
        eval("array set b {a 1}; upvar 0 b(c) cc");
        assertEquals("a", eval("array names b"));
        assertEquals("1", eval("array size b"));
        eval("set cc 3");
        assertEquals("2", eval("array size b"));
    }

    @Test
    void setAndUnset() throws TclException {
        assertEquals("list must have an even number of elements", error("array set a {x}"));
        eval("set s 1");
        assertEquals("can't array set \"s\": variable isn't array", error("array set s {}"));
        assertEquals("can't set \"s(x)\": variable isn't array", error("array set s {x 1}"));
        eval("array set e {a 1 b 2 ab 3}; array unset e a*");
        assertEquals("b 2", eval("array get e"));
        eval("array unset e");
        assertEquals("0", eval("array exists e"));
    }

    @Test
    void searchesDieWhenElementsComeOrGo() throws TclException {
        eval("array set a {k 1}");
        assertEquals("s-1-a", eval("array startsearch a"));
        assertEquals("k", eval("array nextelement a s-1-a"));
        assertEquals("0", eval("array anymore a s-1-a"));
        eval("set a(k) 2");
        assertEquals("", eval("array nextelement a s-1-a"));
        eval("set a(new) 1");
        assertEquals("couldn't find search \"s-1-a\"", error("array nextelement a s-1-a"));
        assertEquals("illegal search identifier \"x\"", error("array anymore a x"));
        assertEquals("search identifier \"s-1-b\" isn't for variable \"a\"", error("array anymore a s-1-b"));
    }

    @Test
    void statisticsNeedsAnArray() throws TclException {
        assertEquals("\"nope\" isn't an array", error("array statistics nope"));
        eval("array set a {}");
        assertEquals("0 entries in table, 4 buckets", eval("array statistics a").lines().findFirst().orElseThrow());
    }
}
