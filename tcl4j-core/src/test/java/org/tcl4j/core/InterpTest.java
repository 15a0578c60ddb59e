package org.tcl4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Evaluating scripts from Java: the embedding API and the language core. */
class InterpTest {
    private final Interp interp = new Interp();

    private String eval(String script) throws TclException {
        return interp.eval(script).toString();
    }

    @Test
    void procsTakeDefaultsAndArgs() throws TclException {
        eval("proc p {a {b 2} args} { return [list $a $b $args] }");
        assertEquals("1 2 {}", eval("p 1"));
        assertEquals("1 3 {4 5}", eval("p 1 3 4 5"));
        TclException e = assertThrows(TclException.class, () -> eval("p"));
        assertEquals("wrong # args: should be \"p a ?b? ?arg ...?\"", e.getMessage());
    }

    @Test
    void variablesFromJavaAndTcl() throws TclException {
        interp.setVar("x", TclValue.of(41));
        eval("incr x");
        assertEquals(42, interp.getVar("x").asLong());
        eval("set a(k) v");
        assertEquals("v", interp.getVar("a", "k").toString());
        TclException e = assertThrows(TclException.class, () -> eval("set nope"));
        assertEquals("can't read \"nope\": no such variable", e.getMessage());
    }

    @Test
    void breakAndContinueAreCompletionCodesNotExceptions() throws TclException {
        eval("set out {}; foreach i {1 2 3 4} { if {$i == 2} continue; if {$i == 4} break; lappend out $i }");
        assertEquals("1 3", eval("set out"));
        assertEquals(Interp.OK, interp.code());
    }

    @Test
    void catchGivesCodesAndOptions() throws TclException {
        assertEquals("1", eval("catch {error boom} m"));
        assertEquals("boom", eval("set m"));
        assertEquals("3", eval("catch break"));
        assertEquals("2", eval("catch {return -level 1 x}"));
    }

    @Test
    void errorInfoIsShapedAsInTclsh() throws TclException {
        eval("proc p {} {\n  set x 1\n  error oops\n}");
        TclException e = assertThrows(TclException.class, () -> eval("p"));
        assertEquals("oops\n    while executing\n\"error oops\"\n    (procedure \"p\" line 3)\n"
                + "    invoked from within\n\"p\"", e.errorInfo());
    }

    @Test
    void deepRecursionIsATclError() throws TclException {
        eval("proc r {} { r }");
        TclException e = assertThrows(TclException.class, () -> eval("r"));
        assertEquals("too many nested evaluations (infinite loop?)", e.getMessage());
    }

    @Test
    void commandsRegisteredFromJava() throws TclException {
        interp.register("twice", (in, objv) -> TclValue.of(objv[1].toString().repeat(2)));
        assertEquals("abab", eval("twice ab"));
    }

    @Test
    void upvarAndUplevelReachTheCaller() throws TclException {
        eval("proc setit {name v} { upvar 1 $name x; set x $v }");
        eval("proc here {} { setit y 5; return $y }");
        assertEquals("5", eval("here"));
        eval("proc up {} { uplevel 1 {set z 7} }");
        eval("up");
        assertEquals("7", eval("set z"));
    }
}
