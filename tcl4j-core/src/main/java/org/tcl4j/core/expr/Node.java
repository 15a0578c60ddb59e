package org.tcl4j.core.expr;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * A node of a compiled expression. Evaluation yields an operand object
 * (see {@link Operands}): a Long, Double or BigInteger for computed numbers,
 * or a TclValue for an operand taken as written.
 *
 * <p>{@code line} says how command substitutions run: when positive the
 * expression is compiled inline into the enclosing script (a literal
 * {@code expr} or condition word) and {@code line} is that word's line;
 * when 0 or less the expression is its own evaluation unit, as for
 * {@code expr $e}.
 */
abstract class Node {
    abstract Object eval(Interp interp, int line) throws TclException;

    /** The truth of the node's value; comparison nodes answer without boxing. */
    boolean evalBool(Interp interp, int line) throws TclException {
        return Operands.truth(eval(interp, line));
    }

    /** Can the node be computed at compile time (no variables, commands or functions)? */
    boolean isConstant() {
        return false;
    }

    /** A value known at compile time. */
    static final class Constant extends Node {
        final Object value;

        Constant(Object value) {
            this.value = value;
        }

        @Override
        Object eval(Interp interp, int line) {
            return value;
        }

        @Override
        boolean isConstant() {
            return true;
        }
    }

    /**
     * A constant subexpression whose computation failed at compile time,
     * such as {@code 1/0}: it raises its error only when evaluated (so
     * {@code 0 && 1/0} is fine), marked as tclsh marks such errors.
     */
    static final class Failure extends Node {
        final String message;
        final TclValue errorCode;

        Failure(TclException e) {
            this.message = e.getMessage();
            this.errorCode = e.errorCode();
        }

        @Override
        Object eval(Interp interp, int line) throws TclException {
            throw new FoldedError(message, errorCode);
        }

        @Override
        boolean isConstant() {
            return true;
        }
    }

    /** The error of a {@link Failure}: tclsh reports it as found while compiling. */
    static final class FoldedError extends TclException {
        private static final long serialVersionUID = 1L;

        FoldedError(String message, TclValue errorCode) {
            super(TclValue.of(message), errorCode);
        }
    }

    /** {@code $name} or {@code ${name}} (which may name an array element). */
    static final class Variable extends Node {
        final String name;
        /** Remembers the variable's local slot, so reading it in a procedure needs no lookup. */
        private final Interp.VarCache cache = new Interp.VarCache();

        Variable(String name) {
            this.name = name;
        }

        @Override
        Object eval(Interp interp, int line) throws TclException {
            return interp.getVar(name, cache);
        }
    }

    /** {@code $name(index)} with substitutions in the index. */
    static final class ArrayElement extends Node {
        final String name;
        final Node index;

        ArrayElement(String name, Node index) {
            this.name = name;
            this.index = index;
        }

        @Override
        Object eval(Interp interp, int line) throws TclException {
            return interp.getVar(name, Operands.string(index.eval(interp, line)));
        }
    }

    /** {@code [script]}: the script value keeps its parse between evaluations. */
    static final class Command extends Node {
        final TclValue script;
        /** Newlines in the expression before the script starts. */
        final int lineOffset;

        Command(TclValue script, int lineOffset) {
            this.script = script;
            this.lineOffset = lineOffset;
        }

        @Override
        Object eval(Interp interp, int line) throws TclException {
            TclValue r = line > 0 ? interp.evalInline(script, line + lineOffset) : interp.eval(script);
            if (interp.code() != Interp.OK) {
                throw new PendingCode(r);
            }
            return r;
        }
    }

    /**
     * break, continue or return inside a command substitution: the
     * expression stops and the code stays pending in the interpreter.
     */
    static final class PendingCode extends TclException {
        private static final long serialVersionUID = 1L;
        final TclValue result;

        PendingCode(TclValue result) {
            super(result, null);
            this.result = result;
        }
    }

    /** A quoted string or array index with substitutions: the parts concatenated. */
    static final class Concat extends Node {
        final Node[] parts;

        Concat(Node[] parts) {
            this.parts = parts;
        }

        @Override
        Object eval(Interp interp, int line) throws TclException {
            StringBuilder sb = new StringBuilder();
            for (Node p : parts) {
                sb.append(Operands.string(p.eval(interp, line)));
            }
            return TclValue.of(sb.toString());
        }
    }
}
