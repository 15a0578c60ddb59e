package org.tcl4j.core.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;

/** {@code regsub}: replacing matches, with & and \N in the substitution. */
class RegsubCmdTest {
    private final Interp interp = new Interp();

    private String eval(String script) throws TclException {
        return interp.eval(script).toString();
    }

    @Test
    void firstOrAllMatches() throws TclException {
        assertEquals("bXnana", eval("regsub a banana X"));
        assertEquals("bXnXnX", eval("regsub -all a banana X"));
        assertEquals("3 bXnXnX", eval("list [regsub -all a banana X v] $v"), "with a variable: the count");
        assertEquals("0 banana", eval("list [regsub q banana X v] $v"));
    }

    @Test
    void substitutionSpec() throws TclException {
        assertEquals("b<an|an|n|\\|&||\\n><an|an|n|\\|&||\\n>a",
                eval("regsub -all {a(n)} banana {<&|\\0|\\1|\\\\|\\&|\\2|\\n>}"));
        assertEquals("home:joe work:ann", eval("regsub -all {(\\w+)@(\\w+)} {joe@home ann@work} {\\2:\\1}"));
    }

    @Test
    void emptyMatchesInsertAndMoveOn() throws TclException {
        assertEquals("-a-b-c-", eval("regsub -all {x*} abc -"));
        assertEquals("-a--c-", eval("regsub -all {b*} abbc -"));
        assertEquals("-a-b-c", eval("regsub -all {} abc -"), "a plain empty string: before each character");
    }

    @Test
    void startKeepsTheTextBefore() throws TclException {
        assertEquals("banXnX", eval("regsub -start 2 -all a banana X"));
        assertEquals("abc", eval("regsub -start 4 {x*} abc -"), "beyond the end nothing matches");
    }

    @Test
    void errors() {
        assertEquals("wrong # args: should be \"regsub ?-option ...? exp string subSpec ?varName?\"",
                assertThrows(TclException.class, () -> eval("regsub a b")).getMessage());
        assertEquals("couldn't compile regular expression pattern: brackets [] not balanced",
                assertThrows(TclException.class, () -> eval("regsub -all {[} a b")).getMessage());
    }
}
