package org.tcl4j.core.expr;

/**
 * The operators and punctuation of Tcl expressions, with their precedence
 * (higher binds tighter). As in tclsh, {@code == != eq ne in ni} share one
 * level, and only {@code **} and {@code ?:} associate to the right.
 */
enum Op {
    END("", Prec.END),
    CLOSE_PAREN(")", Prec.CLOSE_PAREN),
    OPEN_PAREN("(", Prec.OPEN_PAREN),
    COMMA(",", Prec.COMMA),
    QUESTION("?", Prec.CONDITIONAL),
    COLON(":", Prec.CONDITIONAL),
    OR("||", Prec.OR),
    AND("&&", Prec.AND),
    BIT_OR("|", Prec.BIT_OR),
    BIT_XOR("^", Prec.BIT_XOR),
    BIT_AND("&", Prec.BIT_AND),
    EQUAL("==", Prec.EQUAL),
    NEQ("!=", Prec.EQUAL),
    STREQ("eq", Prec.EQUAL),
    STRNEQ("ne", Prec.EQUAL),
    IN("in", Prec.EQUAL),
    NOT_IN("ni", Prec.EQUAL),
    LESS("<", Prec.COMPARE),
    GREATER(">", Prec.COMPARE),
    LEQ("<=", Prec.COMPARE),
    GEQ(">=", Prec.COMPARE),
    LSHIFT("<<", Prec.SHIFT),
    RSHIFT(">>", Prec.SHIFT),
    PLUS("+", Prec.ADD),
    MINUS("-", Prec.ADD),
    MULT("*", Prec.MULT),
    DIVIDE("/", Prec.MULT),
    MOD("%", Prec.MULT),
    EXPON("**", Prec.EXPON),
    NOT("!", Prec.UNARY),
    BIT_NOT("~", Prec.UNARY);

    /** How the operator is written (and named in error messages). */
    final String symbol;
    final int prec;

    Op(String symbol, int prec) {
        this.symbol = symbol;
        this.prec = prec;
    }

    boolean rightAssociative() {
        return this == EXPON || this == QUESTION || this == COLON;
    }

    /** Precedence levels, lowest first. */
    static final class Prec {
        private Prec() {
        }

        static final int END = 1;
        static final int START = 2;
        static final int CLOSE_PAREN = 3;
        static final int OPEN_PAREN = 4;
        static final int COMMA = 5;
        static final int CONDITIONAL = 6;
        static final int OR = 7;
        static final int AND = 8;
        static final int BIT_OR = 9;
        static final int BIT_XOR = 10;
        static final int BIT_AND = 11;
        static final int EQUAL = 12;
        static final int COMPARE = 13;
        static final int SHIFT = 14;
        static final int ADD = 15;
        static final int MULT = 16;
        static final int EXPON = 17;
        static final int UNARY = 18;
    }
}
