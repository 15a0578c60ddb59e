package org.tcl4j.core.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/** Evaluating expressions: values, types, caching and conditions. */
class ExprEngineTest {
    private final Interp interp = new Interp();

    private String expr(String e) throws TclException {
        return ExprEngine.eval(interp, TclValue.of(e)).toString();
    }

    private TclException error(String e) {
        return assertThrows(TclException.class, () -> expr(e));
    }

    @Test
    void integersGrowIntoBignumsAndDivisionFloors() throws TclException {
        assertEquals("9223372036854775808", expr("9223372036854775807 + 1"));
        assertEquals("1180591620717411303424", expr("2**70"));
        assertEquals("-4", expr("-7/2"));
        assertEquals("1", expr("-7%2"));
        assertEquals("-6148914691236517206", expr("-(2**64)/3"));
        assertEquals("-9223372036854775808", expr("-9223372036854775807 - 1"), "back into a long");
    }

    @Test
    void doublesPrintAsTclshPrintsThem() throws TclException {
        assertEquals("0.3333333333333333", expr("1/3.0"));
        assertEquals("Inf", expr("1e300*1e300"));
        assertEquals("1.5", expr("1.50"));
        assertEquals("-0.0", expr("-0.0"));
        assertEquals("1.844674407370955e+19", expr("2.0**64"));
    }

    @Test
    void anOperandThatLooksLikeANumberBecomesThatNumber() throws TclException {
        interp.setVar("x", TclValue.of("0x10"));
        interp.setVar("b", TclValue.of("yes"));
        assertEquals("16", expr("$x"));
        assertEquals("yes", expr("$b"));
        assertEquals("0x10y", expr("\"${x}y\""));
        assertEquals("12", expr("\" 12 \""));
    }

    @Test
    void comparisonsAreNumericOnlyWhenBothSidesAreNumbers() throws TclException {
        assertEquals("1", expr("1 == 1.0"));
        assertEquals("0", expr("1 eq 1.0"));
        assertEquals("0", expr("\"10\" < \"9\""), "both numbers");
        assertEquals("1", expr("\"10\" < \"9a\""), "string order");
        assertEquals("0", expr("9007199254740993 == 9007199254740992.0"), "compared exactly");
        assertEquals("0", expr("\"NaN\" == \"NaN\""));
    }

    @Test
    void logicalOperatorsAreLazy() throws TclException {
        interp.eval("set n 0; proc bump {} { incr ::n }");
        assertEquals("0", expr("0 && [bump]"));
        assertEquals("1", expr("1 || [bump]"));
        assertEquals("3", expr("0 ? [bump] : 3"));
        assertEquals("0", interp.getVar("n").toString());
        assertEquals("0", expr("0 && 1/0"), "a failing constant is only an error when evaluated");
    }

    @Test
    void errorsCarryTclshMessagesAndCodes() {
        TclException e = error("1/0");
        assertEquals("divide by zero", e.getMessage());
        assertEquals("ARITH DIVZERO {divide by zero}", e.errorCode().toString());
        e = error("\"abc\" + 1");
        assertEquals("can't use non-numeric string as operand of \"+\"", e.getMessage());
        assertEquals("ARITH DOMAIN {non-numeric string}", e.errorCode().toString());
        assertEquals("can't use floating-point value as operand of \"%\"", error("1 % 0.5").getMessage());
        assertEquals("domain error: argument not in valid range", error("Inf - Inf").getMessage());
        assertEquals("invalid command name \"tcl::mathfunc::nosuch\"", error("nosuch(1)").getMessage());
    }

    @Test
    void theCompiledFormIsCachedOnTheValue() throws TclException {
        TclValue e = TclValue.of("$i * 2 + 1");
        interp.setVar("i", TclValue.of(3));
        assertEquals("7", ExprEngine.eval(interp, e).toString());
        Object compiled = e.rep();
        assertInstanceOf(ExprEngine.Compiled.class, compiled);
        interp.setVar("i", TclValue.of(4));
        assertEquals("9", ExprEngine.eval(interp, e).toString());
        assertSame(compiled, e.rep(), "evaluated again without recompiling");
    }

    @Test
    void conditionsAcceptNumbersAndBooleanWords() throws TclException {
        assertTrue(ExprEngine.evalBoolean(interp, TclValue.of("\"yes\"")));
        assertFalse(ExprEngine.evalBoolean(interp, TclValue.of("0x0")));
        assertTrue(ExprEngine.evalBoolean(interp, TclValue.of("2**70")));
        assertTrue(ExprEngine.evalBoolean(interp, TclValue.of(5)), "a plain number needs no compiling");
        TclException e = assertThrows(TclException.class, () -> ExprEngine.evalBoolean(interp, TclValue.of("\"abc\"")));
        assertEquals("expected boolean value but got \"abc\"", e.getMessage());
        e = assertThrows(TclException.class, () -> ExprEngine.evalBoolean(interp, TclValue.of("NaN")));
        assertEquals("floating point value is Not a Number", e.getMessage());
    }

    @Test
    void functionsCanBeDefinedWithProc() throws TclException {
        interp.eval("proc tcl::mathfunc::twice {x} { expr {2 * $x} }");
        assertEquals("42", expr("twice(21)"));
        interp.eval("proc tcl::mathfunc::sin {x} { return mine }");
        assertEquals("mine", expr("sin(0)"), "a replaced built-in is seen by a cached lookup");
    }

    @Test
    void exprCommandJoinsItsArguments() throws TclException {
        assertEquals("7", interp.eval("expr 1 + {2 * 3}").toString());
        assertEquals("wrong # args: should be \"expr arg ?arg ...?\"",
                assertThrows(TclException.class, () -> interp.eval("expr")).getMessage());
        assertEquals("1 + 2 * 3", ExprCommands.concat(new TclValue[] {TclValue.of("expr"), TclValue.of(" 1 "),
                TclValue.of(""), TclValue.of("+ 2"), TclValue.of("* 3 ")}));
    }
}
