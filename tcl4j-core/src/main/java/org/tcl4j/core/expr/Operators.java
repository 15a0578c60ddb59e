package org.tcl4j.core.expr;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;

/**
 * The operator nodes, one class per family. Both operands of a binary
 * operator are evaluated before either is checked (left first), as in
 * tclsh; {@code &&}, {@code ||} and {@code ?:} evaluate lazily.
 */
final class Operators {
    private Operators() {
    }

    /** Builds the node for a binary operator. */
    static Node binary(Op op, Node left, Node right) {
        return switch (op) {
            case PLUS, MINUS, MULT, DIVIDE, MOD, EXPON -> new Arithmetic(op, left, right);
            case LESS, GREATER, LEQ, GEQ, EQUAL, NEQ -> new Comparison(op, left, right);
            case STREQ, STRNEQ -> new StringEquality(op == Op.STREQ, left, right);
            case IN, NOT_IN -> new Membership(op == Op.IN, left, right);
            case BIT_AND, BIT_OR, BIT_XOR, LSHIFT, RSHIFT -> new Bitwise(op, left, right);
            case AND -> new And(left, right);
            case OR -> new Or(left, right);
            default -> throw new IllegalArgumentException("not a binary operator: " + op);
        };
    }

    abstract static class Binary extends Node {
        final Op op;
        final Node left;
        final Node right;

        Binary(Op op, Node left, Node right) {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        boolean isConstant() {
            return left.isConstant() && right.isConstant();
        }
    }

    /** + - * / % ** */
    static final class Arithmetic extends Binary {
        Arithmetic(Op op, Node left, Node right) {
            super(op, left, right);
        }

        @Override
        Object eval(Interp interp, int line) throws TclException {
            Object a = Operands.unwrapLong(left.eval(interp, line));
            Object b = Operands.unwrapLong(right.eval(interp, line));
            if (a instanceof Long x && b instanceof Long y) {
                switch (op) {
                    case PLUS -> {
                        long r = x + y;
                        if (((x ^ r) & (y ^ r)) >= 0) {
                            return r;
                        }
                    }
                    case MINUS -> {
                        long r = x - y;
                        if (((x ^ y) & (x ^ r)) >= 0) {
                            return r;
                        }
                    }
                    case MULT -> {
                        long r = x * y;
                        if (Math.multiplyHigh(x, y) == (r >> 63)) {
                            return r;
                        }
                    }
                    case DIVIDE -> {
                        if (y > 0 || (y < 0 && y != -1)) {
                            return Math.floorDiv(x, y);
                        }
                    }
                    case MOD -> {
                        if (y != 0) {
                            return Math.floorMod(x, y);
                        }
                    }
                    default -> {
                    }
                }
            }
            return apply(op, a, b);
        }

        static Number apply(Op op, Object a, Object b) throws TclException {
            if (op == Op.MOD) {
                Number x = Operands.integer(a, "%");
                return Arith.mod(x, Operands.integer(b, "%"));
            }
            Number x = Operands.number(a, op.symbol);
            Number y = Operands.number(b, op.symbol);
            return switch (op) {
                case PLUS -> Arith.add(x, y);
                case MINUS -> Arith.subtract(x, y);
                case MULT -> Arith.multiply(x, y);
                case DIVIDE -> Arith.divide(x, y);
                default -> Arith.power(x, y);
            };
        }
    }

    /** &lt; &gt; &lt;= &gt;= == != : numeric when both operands are numbers, else by string. */
    static final class Comparison extends Binary {
        Comparison(Op op, Node left, Node right) {
            super(op, left, right);
        }

        @Override
        Object eval(Interp interp, int line) throws TclException {
            return Operands.bool(evalBool(interp, line));
        }

        @Override
        boolean evalBool(Interp interp, int line) throws TclException {
            return test(op, left.eval(interp, line), right.eval(interp, line));
        }

        static boolean test(Op op, Object a, Object b) {
            int c;
            // not unwrapped in place: a non-numeric other operand compares the strings as written
            if (Operands.unwrapLong(a) instanceof Long x && Operands.unwrapLong(b) instanceof Long y) {
                c = Long.compare(x, y);
            } else {
                Number x = Operands.numberOrNull(a);
                Number y = x == null ? null : Operands.numberOrNull(b);
                if (y != null) {
                    c = Arith.compare(x, y);
                    if (c == Arith.UNORDERED) {
                        return op == Op.NEQ;
                    }
                } else {
                    c = Operands.string(a).compareTo(Operands.string(b));
                }
            }
            return switch (op) {
                case LESS -> c < 0;
                case GREATER -> c > 0;
                case LEQ -> c <= 0;
                case GEQ -> c >= 0;
                case EQUAL -> c == 0;
                default -> c != 0;
            };
        }
    }

    /** eq ne */
    static final class StringEquality extends Binary {
        final boolean equal;

        StringEquality(boolean equal, Node left, Node right) {
            super(equal ? Op.STREQ : Op.STRNEQ, left, right);
            this.equal = equal;
        }

        @Override
        Object eval(Interp interp, int line) throws TclException {
            return Operands.bool(evalBool(interp, line));
        }

        @Override
        boolean evalBool(Interp interp, int line) throws TclException {
            Object a = left.eval(interp, line);
            Object b = right.eval(interp, line);
            return Operands.string(a).equals(Operands.string(b)) == equal;
        }
    }

    /** in ni: is the left operand an element of the list on the right? */
    static final class Membership extends Binary {
        final boolean in;

        Membership(boolean in, Node left, Node right) {
            super(in ? Op.IN : Op.NOT_IN, left, right);
            this.in = in;
        }

        @Override
        Object eval(Interp interp, int line) throws TclException {
            Object a = left.eval(interp, line);
            Object b = right.eval(interp, line);
            return Operands.bool(contains(a, b) == in);
        }

        static boolean contains(Object element, Object list) throws TclException {
            String s = Operands.string(element);
            TclList items = Operands.value(list).asList();
            for (TclValue v : items) {
                if (v.toString().equals(s)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** &amp; | ^ &lt;&lt; &gt;&gt; on integers of any size. */
    static final class Bitwise extends Binary {
        Bitwise(Op op, Node left, Node right) {
            super(op, left, right);
        }

        @Override
        Object eval(Interp interp, int line) throws TclException {
            Object a = Operands.unwrapLong(left.eval(interp, line));
            Object b = Operands.unwrapLong(right.eval(interp, line));
            if (a instanceof Long x && b instanceof Long y) {
                switch (op) {
                    case BIT_AND:
                        return x & y;
                    case BIT_OR:
                        return x | y;
                    case BIT_XOR:
                        return x ^ y;
                    case RSHIFT:
                        if (y >= 0 && y < 64) {
                            return x >> y;
                        }
                        break;
                    default:
                        break;
                }
            }
            return apply(op, a, b);
        }

        static Number apply(Op op, Object a, Object b) throws TclException {
            Number x = Operands.integer(a, op.symbol);
            Number y = Operands.integer(b, op.symbol);
            return switch (op) {
                case BIT_AND -> Arith.and(x, y);
                case BIT_OR -> Arith.or(x, y);
                case BIT_XOR -> Arith.xor(x, y);
                case LSHIFT -> Arith.shiftLeft(x, y);
                default -> Arith.shiftRight(x, y);
            };
        }
    }

    static final class And extends Binary {
        And(Node left, Node right) {
            super(Op.AND, left, right);
        }

        @Override
        Object eval(Interp interp, int line) throws TclException {
            return Operands.bool(evalBool(interp, line));
        }

        @Override
        boolean evalBool(Interp interp, int line) throws TclException {
            return left.evalBool(interp, line) && right.evalBool(interp, line);
        }
    }

    static final class Or extends Binary {
        Or(Node left, Node right) {
            super(Op.OR, left, right);
        }

        @Override
        Object eval(Interp interp, int line) throws TclException {
            return Operands.bool(evalBool(interp, line));
        }

        @Override
        boolean evalBool(Interp interp, int line) throws TclException {
            return left.evalBool(interp, line) || right.evalBool(interp, line);
        }
    }

    /** cond ? a : b */
    static final class Ternary extends Node {
        final Node cond;
        final Node then;
        final Node otherwise;

        Ternary(Node cond, Node then, Node otherwise) {
            this.cond = cond;
            this.then = then;
            this.otherwise = otherwise;
        }

        @Override
        Object eval(Interp interp, int line) throws TclException {
            return cond.evalBool(interp, line) ? then.eval(interp, line) : otherwise.eval(interp, line);
        }

        @Override
        boolean evalBool(Interp interp, int line) throws TclException {
            return cond.evalBool(interp, line) ? then.evalBool(interp, line) : otherwise.evalBool(interp, line);
        }

        @Override
        boolean isConstant() {
            return cond.isConstant() && then.isConstant() && otherwise.isConstant();
        }
    }

    /** - + ! ~ */
    static final class Unary extends Node {
        final Op op;
        final Node operand;

        Unary(Op op, Node operand) {
            this.op = op;
            this.operand = operand;
        }

        @Override
        Object eval(Interp interp, int line) throws TclException {
            return apply(op, operand.eval(interp, line));
        }

        @Override
        boolean evalBool(Interp interp, int line) throws TclException {
            if (op == Op.NOT) {
                return !truthForNot(operand.eval(interp, line));
            }
            return super.evalBool(interp, line);
        }

        static Object apply(Op op, Object a) throws TclException {
            switch (op) {
                case MINUS:
                    return Arith.negate(Operands.number(a, "-"));
                case PLUS:
                    return Operands.number(a, "+");
                case NOT:
                    return Operands.bool(!truthForNot(a));
                default:
                    return Arith.bitNot(Operands.integer(a, "~"));
            }
        }

        /** ! accepts numbers and boolean words; anything else is an illegal operand of "!". */
        private static boolean truthForNot(Object a) throws TclException {
            if (a instanceof Long l) {
                return l != 0;
            }
            Number n = Operands.numberOrNull(a);
            if (n != null) {
                if (n instanceof Double d && d.isNaN()) {
                    throw Operands.illegalOperand(a, n, "!");
                }
                return Operands.isTrue(n);
            }
            Boolean b = TclValue.parseBoolean(Operands.string(a));
            if (b == null) {
                throw Operands.illegalOperand(a, null, "!");
            }
            return b;
        }

        @Override
        boolean isConstant() {
            return operand.isConstant();
        }
    }
}
