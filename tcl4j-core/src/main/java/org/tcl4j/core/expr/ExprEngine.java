package org.tcl4j.core.expr;

import java.math.BigInteger;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * Evaluates Tcl expressions. An expression is compiled once into a tree
 * that is cached as the internal representation of its value, so a loop
 * condition or a braced {@code expr} argument is parsed only the first time.
 *
 * <p>An expression that is a literal word of the running command (the
 * braced argument of {@code expr}, {@code if}, {@code while}...) runs as
 * tclsh runs a compiled one: its command substitutions belong to the
 * enclosing script for errorInfo and line numbers. Any other expression
 * (such as {@code expr $e}) runs as a unit of its own.
 */
public final class ExprEngine {
    private ExprEngine() {
    }

    /** The cached compiled form of an expression value. */
    static final class Compiled {
        final Node root;
        /**
         * Does evaluation need the line of the expression's word? Only
         * command substitutions do; others skip looking it up.
         */
        final boolean needsLine;

        Compiled(Node root, boolean needsLine) {
            this.root = root;
            this.needsLine = needsLine;
        }
    }

    /** Evaluates an expression, as {@code expr} does with one argument. */
    public static TclValue eval(Interp interp, TclValue expr) throws TclException {
        return evaluate(interp, expr, LINE_UNKNOWN);
    }

    /** Evaluates a condition, as {@code if}, {@code while} and {@code for} do. */
    public static boolean evalBoolean(Interp interp, TclValue expr) throws TclException {
        Object rep = expr.rep();
        if (rep instanceof Long l) {
            return l != 0;
        }
        Compiled c = compile(expr);
        int line = c.needsLine ? interp.literalLineOf(expr) : LINE_UNKNOWN;
        try {
            return c.root.evalBool(interp, line);
        } catch (Node.FoldedError e) {
            throw marked(e, line == LINE_UNKNOWN ? interp.literalLineOf(expr) : line);
        } catch (Node.PendingCode p) {
            return false;
        }
    }

    /**
     * For {@link #evaluate}: the expression's word line is not known yet and
     * is looked up from the running command only if needed.
     */
    static final int LINE_UNKNOWN = Integer.MIN_VALUE;

    /**
     * Evaluates an expression.
     *
     * @param line the line of the expression's word when it is a literal word
     *             of the running command (compiled inline by tclsh); 0 or less
     *             when the expression is evaluated on its own;
     *             {@link #LINE_UNKNOWN} to find out when needed
     */
    static TclValue evaluate(Interp interp, TclValue expr, int line) throws TclException {
        Object rep = expr.rep();
        if (rep instanceof Long || rep instanceof BigInteger) {
            return expr.hasString() ? Operands.value(rep) : expr;
        }
        Compiled c = compile(expr);
        if (line == LINE_UNKNOWN && c.needsLine) {
            line = interp.literalLineOf(expr);
        }
        try {
            return result(c.root.eval(interp, line));
        } catch (Node.FoldedError e) {
            throw marked(e, line == LINE_UNKNOWN ? interp.literalLineOf(expr) : line);
        } catch (Node.PendingCode p) {
            return p.result;
        }
    }

    /** The compiled form of an expression value, compiling it on first use. */
    static Compiled compile(TclValue expr) throws TclException {
        Object rep = expr.rep();
        if (rep instanceof Compiled c) {
            return c;
        }
        Compiled c = ExprParser.compile(expr.toString());
        expr.setRep(c);
        return c;
    }

    /**
     * An error found while compiling (a constant subexpression such as
     * {@code 1/0}): in an inline expression tclsh has already recorded the
     * message, so the command shows up as "invoked from within".
     */
    private static TclException marked(TclException e, int line) {
        if (line > 0 && !e.hasErrorInfo()) {
            e.setErrorInfo(e.getMessage());
        }
        return e;
    }

    /**
     * The value of an expression: an operand that looks like a number
     * becomes that number in canonical form (so {@code expr {"0x10"}} is
     * 16); a NaN is a domain error; any other string stays as it is.
     */
    static TclValue result(Object r) throws TclException {
        if (r instanceof TclValue v) {
            Object rep = v.rep();
            Number n;
            if (rep instanceof Long || rep instanceof Double || rep instanceof BigInteger) {
                n = (Number) rep;
                if (!v.hasString() && !(rep instanceof Double d && d.isNaN())) {
                    return v;
                }
            } else {
                n = v.asNumber();
                if (n == null) {
                    return v;
                }
            }
            r = n;
        }
        if (r instanceof Double d && d.isNaN()) {
            throw Arith.domainError();
        }
        return Operands.value(r);
    }
}
