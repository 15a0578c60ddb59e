package org.tcl4j.core.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.tcl4j.core.TclException;

/** Parsing: the tree built, constant folding, and tclsh's syntax errors. */
class ExprParserTest {
    private static TclException error(String e) {
        return assertThrows(TclException.class, () -> ExprParser.parse(e));
    }

    @Test
    void constantsAreComputedOnce() throws TclException {
        Node n = ExprParser.parse("2 * (3 + 4) ** 2");
        assertInstanceOf(Node.Constant.class, n);
        assertEquals(98L, ((Node.Constant) n).value);
        assertInstanceOf(Node.Failure.class, ExprParser.parse("1/0"), "the error waits for evaluation");
        assertInstanceOf(Operators.Arithmetic.class, ExprParser.parse("$x + 1"));
    }

    @Test
    void precedenceFollowsTcl() throws TclException {
        assertEquals(4L, ((Node.Constant) ExprParser.parse("-2**2")).value, "unary minus binds tighter");
        assertEquals(512L, ((Node.Constant) ExprParser.parse("2**3**2")).value, "** is right-associative");
        assertEquals(0L, ((Node.Constant) ExprParser.parse("1 eq 2 == 2")).value, "== and eq share a level");
        assertEquals(2L, ((Node.Constant) ExprParser.parse("0 ? 1 : 1 ? 2 : 3")).value);
    }

    @Test
    void syntaxErrorsMarkWhereTheProblemIs() {
        TclException e = error("1 +");
        assertEquals("missing operand at _@_\nin expression \"1 +_@_\"", e.getMessage());
        assertEquals("TCL PARSE EXPR MISSING", e.errorCode().toString());
        assertEquals("missing operand at _@_\nin expression \"1 +_@_\"\n    (parsing expression \"1 +\")",
                e.errorInfo());
        assertEquals("missing operator at _@_\nin expression \"1 _@_2\"", error("1 2").getMessage());
        assertEquals("empty subexpression at _@_\nin expression \"(_@_)\"", error("()").getMessage());
        assertEquals("unbalanced open paren\nin expression \"(1\"", error("(1").getMessage());
        assertEquals("incomplete operator \"=\"\nin expression \"1 = 2\"", error("1 = 2").getMessage());
        assertEquals("missing operator \":\" at _@_\nin expression \"1 ? 2_@_\"", error("1 ? 2").getMessage());
    }

    @Test
    void longExpressionsAreShownCutAroundTheError() {
        String e = "1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 1 2 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18";
        assertEquals("missing operator at _@_\nin expression \"... + 7 + 8 + 9 + 10 + 1 _@_2 + 11 + 12 + 13 + 14 ...\"",
                error(e).getMessage());
    }

    @Test
    void barewordsMustBeFunctionsOrBooleans() throws TclException {
        assertEquals("invalid bareword \"foo\"\nin expression \"foo + 1\";\n"
                + "should be \"$foo\" or \"{foo}\" or \"foo(...)\" or ...", error("foo + 1").getMessage());
        TclException e = error("08");
        assertEquals("TCL PARSE EXPR BADNUMBER OCTAL", e.errorCode().toString());
        assertEquals("invalid bareword \"08\"\nin expression \"08\";\n"
                + "should be \"$08\" or \"{08}\" or \"08(...)\" or ... (invalid octal number?)", e.getMessage());
        assertInstanceOf(Node.Constant.class, ExprParser.parse("yes || off"));
        assertInstanceOf(FunctionCall.class, ExprParser.parse("foo (1, 2)"));
    }

    @Test
    void numbersNextToWordOperators() throws TclException {
        assertEquals(1L, ((Node.Constant) ExprParser.parse("1eq1")).value);
        assertEquals(1L, ((Node.Constant) ExprParser.parse("2ni{1}")).value);
        assertEquals("invalid bareword \"3abc\"\nin expression \"3abc\";\n"
                + "should be \"$3abc\" or \"{3abc}\" or \"3abc(...)\" or ...", error("3abc").getMessage());
    }
}
