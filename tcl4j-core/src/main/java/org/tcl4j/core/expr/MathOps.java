package org.tcl4j.core.expr;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclCommand;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * The {@code tcl::mathop} commands: every operator of {@code expr} as a
 * command ({@code + - * / % ** == != < <= > >= eq ne in ni & | ^ ~ !
 * << >>}), with tclsh's variadic rules. Associative operators fold their
 * arguments ({@code + 1 2 3}), comparisons test each adjacent pair
 * ({@code < 1 2 3}), {@code **} associates to the right.
 */
final class MathOps {
    private MathOps() {
    }

    static void register(Interp interp) {
        foldLeft(interp, Op.PLUS, 0, 0L);
        foldLeft(interp, Op.MULT, 0, 1L);
        foldLeft(interp, Op.MINUS, 1, null);
        foldLeft(interp, Op.DIVIDE, 1, null);
        foldLeft(interp, Op.BIT_AND, 0, -1L);
        foldLeft(interp, Op.BIT_OR, 0, 0L);
        foldLeft(interp, Op.BIT_XOR, 0, 0L);
        reg(interp, Op.EXPON, MathOps::power);
        reg(interp, Op.MOD, (in, objv) -> {
            check(objv, 2, "integer integer");
            return Operands.value(Operators.Arithmetic.apply(Op.MOD, objv[1], objv[2]));
        });
        reg(interp, Op.LSHIFT, shift(Op.LSHIFT));
        reg(interp, Op.RSHIFT, shift(Op.RSHIFT));
        for (Op op : new Op[] {Op.EQUAL, Op.LESS, Op.LEQ, Op.GREATER, Op.GEQ}) {
            reg(interp, op, (in, objv) -> chain(objv, (a, b) -> Operators.Comparison.test(op, a, b)));
        }
        reg(interp, Op.STREQ, (in, objv) -> chain(objv, (a, b) -> a.toString().equals(b.toString())));
        reg(interp, Op.NEQ, (in, objv) -> {
            check(objv, 2, "value value");
            return TclValue.of(Operators.Comparison.test(Op.NEQ, objv[1], objv[2]));
        });
        reg(interp, Op.STRNEQ, (in, objv) -> {
            check(objv, 2, "value value");
            return TclValue.of(!objv[1].toString().equals(objv[2].toString()));
        });
        reg(interp, Op.IN, (in, objv) -> {
            check(objv, 2, "value list");
            return TclValue.of(Operators.Membership.contains(objv[1], objv[2]));
        });
        reg(interp, Op.NOT_IN, (in, objv) -> {
            check(objv, 2, "value list");
            return TclValue.of(!Operators.Membership.contains(objv[1], objv[2]));
        });
        reg(interp, Op.BIT_NOT, (in, objv) -> {
            check(objv, 1, "integer");
            return Operands.value(Operators.Unary.apply(Op.BIT_NOT, objv[1]));
        });
        reg(interp, Op.NOT, (in, objv) -> {
            check(objv, 1, "boolean");
            return Operands.value(Operators.Unary.apply(Op.NOT, objv[1]));
        });
        interp.findNamespace("::tcl::mathop", interp.globalNamespace()).exportPatterns().add("*");
    }

    private static void reg(Interp interp, Op op, TclCommand cmd) {
        interp.register("::tcl::mathop::" + op.symbol, cmd);
    }

    private static void check(TclValue[] objv, int args, String usage) throws TclException {
        if (objv.length != args + 1) {
            throw Args.wrongNum(objv, 1, usage);
        }
    }

    /**
     * An operator applied from left to right over all arguments. With one
     * argument, - negates and / takes the reciprocal; with none the result
     * is the operator's identity (or an error when it has none).
     */
    private static void foldLeft(Interp interp, Op op, int minArgs, Long identity) {
        reg(interp, op, (in, objv) -> {
            if (objv.length - 1 < minArgs) {
                throw Args.wrongNum(objv, 1, "value ?value ...?");
            }
            if (objv.length == 1) {
                return TclValue.of(identity);
            }
            Object acc;
            int i;
            if (objv.length == 2 && op == Op.MINUS) {
                return Operands.value(Operators.Unary.apply(Op.MINUS, objv[1]));
            }
            if (objv.length == 2 && op == Op.DIVIDE) {
                acc = 1.0;
                i = 1;
            } else if (objv.length == 2) {
                Number n = bitwise(op) ? Operands.integer(objv[1], op.symbol) : Operands.number(objv[1], op.symbol);
                return Operands.value(n);
            } else {
                acc = objv[1];
                i = 2;
            }
            for (; i < objv.length; i++) {
                acc = bitwise(op) ? Operators.Bitwise.apply(op, acc, objv[i])
                        : Operators.Arithmetic.apply(op, acc, objv[i]);
            }
            return Operands.value(acc);
        });
    }

    private static boolean bitwise(Op op) {
        return op == Op.BIT_AND || op == Op.BIT_OR || op == Op.BIT_XOR;
    }

    /** ** associates to the right: {@code ** 2 3 2} is 2**(3**2). */
    private static TclValue power(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length == 1) {
            return TclValue.ONE;
        }
        int last = objv.length - 1;
        if (last == 1) {
            return Operands.value(Operands.number(objv[1], "**"));
        }
        Object acc = objv[last];
        for (int i = last - 1; i >= 1; i--) {
            acc = Operators.Arithmetic.apply(Op.EXPON, objv[i], acc);
        }
        return Operands.value(acc);
    }

    private static TclCommand shift(Op op) {
        return (in, objv) -> {
            check(objv, 2, "integer shift");
            return Operands.value(Operators.Bitwise.apply(op, objv[1], objv[2]));
        };
    }

    private interface PairTest {
        boolean test(TclValue a, TclValue b) throws TclException;
    }

    /** True when every adjacent pair passes (vacuously true for fewer than two). */
    private static TclValue chain(TclValue[] objv, PairTest t) throws TclException {
        for (int i = 1; i + 1 < objv.length; i++) {
            if (!t.test(objv[i], objv[i + 1])) {
                return TclValue.ZERO;
            }
        }
        return TclValue.ONE;
    }
}
