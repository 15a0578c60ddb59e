package org.tcl4j.core.expr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.tcl4j.core.Backslash;
import org.tcl4j.core.Numbers;
import org.tcl4j.core.Parser;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * Compiles the text of a Tcl 8.6 expression into a tree of {@link Node}s.
 *
 * <p>A lexer turns the text into lexemes (numbers, barewords, {@code $var},
 * {@code "..."}, {@code {...}}, {@code [...]}, operators); an operator
 * precedence parser with an explicit stack of pending operators builds the
 * tree. The parser meets problems in the same left-to-right order as
 * tclsh's, so syntax errors carry tclsh's message, position marker and
 * errorCode ({@code TCL PARSE EXPR ...}). Constant subexpressions are
 * computed here, once; one that fails becomes a {@link Node.Failure}.
 */
final class ExprParser {
    /** Snippets in error messages show at most this many characters (less 3 for "..."). */
    private static final int LIMIT = 25;

    private final String src;
    private final int n;
    private int pos;

    // the current lexeme
    private Kind kind;
    private Op op;
    private int lxStart;
    private int lxLen;
    /** For NUMBER lexemes: does the literal contain '.', '+' or '-' (a double)? */
    private boolean punctuatedNumber;

    private enum Kind { NUMBER, BAREWORD, VARIABLE, QUOTED, BRACED, SCRIPT, OPERATOR }

    private ExprParser(String src) {
        this.src = src;
        this.n = src.length();
    }

    /** Did the expression contain a command substitution? */
    private boolean hasCommands;

    /** Parses an expression. */
    static Node parse(String expr) throws TclException {
        return new ExprParser(expr).parseExpression();
    }

    /** Parses an expression into its cached compiled form. */
    static ExprEngine.Compiled compile(String expr) throws TclException {
        ExprParser p = new ExprParser(expr);
        Node root = p.parseExpression();
        return new ExprEngine.Compiled(root, p.hasCommands);
    }

    // =================================================================== lexer

    static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private int skipSpace(int p) {
        while (p < n) {
            char c = src.charAt(p);
            if (isSpace(c)) {
                p++;
            } else if (c == '\\' && p + 1 < n && src.charAt(p + 1) == '\n') {
                p += 2;
            } else {
                break;
            }
        }
        return p;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isBarewordChar(char c) {
        return isAsciiAlpha(c) || isDigit(c) || c == '_';
    }

    private void operator(Op o, int len) {
        kind = Kind.OPERATOR;
        op = o;
        lxLen = len;
        pos = lxStart + len;
    }

    private boolean next(int offset, char c) {
        return lxStart + offset < n && src.charAt(lxStart + offset) == c;
    }

    /** Reads the next lexeme; operands with inner syntax are left for the parser to read. */
    private void lex() throws TclException {
        pos = skipSpace(pos);
        lxStart = pos;
        if (pos >= n) {
            operator(Op.END, 0);
            return;
        }
        char c = src.charAt(pos);
        switch (c) {
            case '*' -> operator(next(1, '*') ? Op.EXPON : Op.MULT, next(1, '*') ? 2 : 1);
            case '/' -> operator(Op.DIVIDE, 1);
            case '%' -> operator(Op.MOD, 1);
            case '^' -> operator(Op.BIT_XOR, 1);
            case '~' -> operator(Op.BIT_NOT, 1);
            case '?' -> operator(Op.QUESTION, 1);
            case ':' -> operator(Op.COLON, 1);
            case ',' -> operator(Op.COMMA, 1);
            case '(' -> operator(Op.OPEN_PAREN, 1);
            case ')' -> operator(Op.CLOSE_PAREN, 1);
            case '+' -> operator(Op.PLUS, 1);
            case '-' -> operator(Op.MINUS, 1);
            case '<' -> {
                if (next(1, '<')) {
                    operator(Op.LSHIFT, 2);
                } else if (next(1, '=')) {
                    operator(Op.LEQ, 2);
                } else {
                    operator(Op.LESS, 1);
                }
            }
            case '>' -> {
                if (next(1, '>')) {
                    operator(Op.RSHIFT, 2);
                } else if (next(1, '=')) {
                    operator(Op.GEQ, 2);
                } else {
                    operator(Op.GREATER, 1);
                }
            }
            case '=' -> {
                if (!next(1, '=')) {
                    throw error("incomplete operator \"=\"", "PARTOP", lxStart, 1, false, "");
                }
                operator(Op.EQUAL, 2);
            }
            case '!' -> operator(next(1, '=') ? Op.NEQ : Op.NOT, next(1, '=') ? 2 : 1);
            case '&' -> operator(next(1, '&') ? Op.AND : Op.BIT_AND, next(1, '&') ? 2 : 1);
            case '|' -> operator(next(1, '|') ? Op.OR : Op.BIT_OR, next(1, '|') ? 2 : 1);
            case '$' -> operand(Kind.VARIABLE);
            case '"' -> operand(Kind.QUOTED);
            case '{' -> operand(Kind.BRACED);
            case '[' -> operand(Kind.SCRIPT);
            default -> {
                Op w = wordOperatorAt(pos);
                if (w != null) {
                    operator(w, 2);
                } else {
                    numberOrBareword();
                }
            }
        }
    }

    private void operand(Kind k) {
        kind = k;
        lxLen = 1;
    }

    /** eq ne in ni, when not followed by a letter. */
    private Op wordOperatorAt(int p) {
        if (p + 1 >= n || (p + 2 < n && isAsciiAlpha(src.charAt(p + 2)))) {
            return null;
        }
        char a = src.charAt(p);
        char b = src.charAt(p + 1);
        if (a == 'e' && b == 'q') {
            return Op.STREQ;
        }
        if (a == 'n' && b == 'e') {
            return Op.STRNEQ;
        }
        if (a == 'i' && b == 'n') {
            return Op.IN;
        }
        if (a == 'n' && b == 'i') {
            return Op.NOT_IN;
        }
        return null;
    }

    /**
     * A number, unless bareword characters follow it directly: then the
     * whole run is one bareword ({@code 3abc}), except after a literal
     * like {@code 1.5} or before a word operator ({@code 1eq1}).
     */
    private void numberOrBareword() throws TclException {
        int end = scanNumber(pos);
        if (end > pos && (end == n || !isBarewordChar(src.charAt(end)) || punctuatedNumber
                || wordOperatorAt(end) != null)) {
            kind = Kind.NUMBER;
            lxLen = end - pos;
            pos = end;
            return;
        }
        char c = src.charAt(pos);
        if (!isAsciiAlpha(c) && !isDigit(c)) {
            int len = Character.charCount(src.codePointAt(pos));
            throw error("invalid character \"" + src.substring(pos, pos + len) + "\"", "BADCHAR", pos, len, false,
                    "");
        }
        int p = pos;
        while (p < n && isBarewordChar(src.charAt(p))) {
            p++;
        }
        kind = Kind.BAREWORD;
        lxLen = p - pos;
        pos = p;
    }

    /**
     * The end of the longest Tcl number at {@code p} (no sign), or p when
     * there is none. Sets {@link #punctuatedNumber}.
     */
    private int scanNumber(int p) {
        punctuatedNumber = false;
        char c = src.charAt(p);
        if (isDigit(c)) {
            if (c == '0' && p + 1 < n) {
                char r = src.charAt(p + 1);
                int radix = (r == 'x' || r == 'X') ? 16 : (r == 'b' || r == 'B') ? 2 : (r == 'o' || r == 'O') ? 8 : 0;
                if (radix != 0) {
                    int q = p + 2;
                    while (q < n && Character.digit(src.charAt(q), radix) >= 0 && src.charAt(q) < 128) {
                        q++;
                    }
                    return q > p + 2 ? q : p + 1;
                }
            }
            int q = p;
            while (q < n && isDigit(src.charAt(q))) {
                q++;
            }
            int intEnd = q;
            int floatEnd = scanFraction(q);
            if (floatEnd > intEnd) {
                return floatEnd;
            }
            if (c == '0') {
                int k = p + 1;
                while (k < intEnd && src.charAt(k) <= '7') {
                    k++;
                }
                return k;
            }
            return intEnd;
        }
        if (c == '.') {
            if (p + 1 < n && isDigit(src.charAt(p + 1))) {
                return scanFraction(p);
            }
            return p;
        }
        return scanSpecial(p);
    }

    /** After the integer digits ending at q: an optional ".digits" and exponent; q when neither. */
    private int scanFraction(int q) {
        if (q < n && src.charAt(q) == '.') {
            q++;
            punctuatedNumber = true;
            while (q < n && isDigit(src.charAt(q))) {
                q++;
            }
        }
        if (q < n && (src.charAt(q) == 'e' || src.charAt(q) == 'E')) {
            int e = q + 1;
            boolean sign = false;
            if (e < n && (src.charAt(e) == '+' || src.charAt(e) == '-')) {
                e++;
                sign = true;
            }
            if (e < n && isDigit(src.charAt(e))) {
                while (e < n && isDigit(src.charAt(e))) {
                    e++;
                }
                punctuatedNumber |= sign;
                return e;
            }
        }
        return q;
    }

    /** Inf, Infinity and NaN (also NaN(hex digits)), in any case. */
    private int scanSpecial(int p) {
        if (src.regionMatches(true, p, "infinity", 0, 8)) {
            return p + 8;
        }
        if (src.regionMatches(true, p, "inf", 0, 3)) {
            return p + 3;
        }
        if (src.regionMatches(true, p, "nan", 0, 3)) {
            int q = p + 3;
            if (q < n && src.charAt(q) == '(') {
                int k = q + 1;
                while (k < n && Character.digit(src.charAt(k), 16) >= 0 && src.charAt(k) < 128) {
                    k++;
                }
                if (k < n && src.charAt(k) == ')') {
                    punctuatedNumber = true;
                    return k + 1;
                }
            }
            return q;
        }
        return p;
    }

    // ================================================================== parser

    /** What the parser saw last when it now expects an operand. */
    private enum Prev { START, OPEN_PAREN, OPEN_FUNC, COMMA, OPERATOR }

    private enum FrameKind { START, PAREN, FUNC, UNARY, BINARY, QUESTION, COLON }

    /** A pending operator (or open parenthesis) waiting for its right side. */
    private static final class Frame {
        final FrameKind kind;
        final Op op;
        final int prec;
        final Node left;
        Node then;
        boolean colonSeen;
        String func;
        List<Node> args;

        Frame(FrameKind kind, Op op, int prec, Node left) {
            this.kind = kind;
            this.op = op;
            this.prec = prec;
            this.left = left;
        }

        boolean isBarrier() {
            return kind == FrameKind.START || kind == FrameKind.PAREN || kind == FrameKind.FUNC;
        }
    }

    private Node parseExpression() throws TclException {
        ArrayDeque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(FrameKind.START, null, Op.Prec.START, null));
        Node operand = null;
        Prev prev = Prev.START;
        while (true) {
            lex();
            if (kind != Kind.OPERATOR) {
                if (kind == Kind.BAREWORD) {
                    String word = src.substring(lxStart, lxStart + lxLen);
                    int q = skipSpace(pos);
                    if (q < n && src.charAt(q) == '(') {
                        if (operand != null) {
                            throw missingOperator();
                        }
                        Frame f = new Frame(FrameKind.FUNC, null, Op.Prec.OPEN_PAREN, null);
                        f.func = word;
                        f.args = new ArrayList<>(2);
                        stack.push(f);
                        pos = q + 1;
                        prev = Prev.OPEN_FUNC;
                        continue;
                    }
                    if (TclValue.parseBoolean(word) == null) {
                        throw invalidBareword(word);
                    }
                }
                if (operand != null) {
                    throw missingOperator();
                }
                operand = readOperand();
                continue;
            }
            if (operand == null) {
                switch (op) {
                    case OPEN_PAREN -> {
                        stack.push(new Frame(FrameKind.PAREN, null, Op.Prec.OPEN_PAREN, null));
                        prev = Prev.OPEN_PAREN;
                        continue;
                    }
                    case PLUS, MINUS, NOT, BIT_NOT -> {
                        stack.push(new Frame(FrameKind.UNARY, op, Op.Prec.UNARY, null));
                        prev = Prev.OPERATOR;
                        continue;
                    }
                    case CLOSE_PAREN -> {
                        if (prev == Prev.OPEN_FUNC) {
                            Frame f = stack.pop();
                            operand = new FunctionCall(f.func, new Node[0]);
                            continue;
                        }
                        if (prev == Prev.OPEN_PAREN) {
                            throw error("empty subexpression at _@_", "EMPTY", lxStart, 0, true, "");
                        }
                        if (prev == Prev.COMMA) {
                            throw error("missing function argument at _@_", "MISSING", lxStart, 0, true, "");
                        }
                        if (prev == Prev.START) {
                            throw error("unbalanced close paren", "UNBALANCED", lxStart, 1, false, "");
                        }
                    }
                    case COMMA -> {
                        if (prev == Prev.OPEN_FUNC) {
                            throw error("missing function argument at _@_", "UNBALANCED", lxStart, 0, true, "");
                        }
                    }
                    case END -> {
                        switch (prev) {
                            case START -> throw error("empty expression", "EMPTY", lxStart, 0, false, "");
                            case OPEN_PAREN, OPEN_FUNC -> throw error("unbalanced open paren", "UNBALANCED", lxStart, 0,
                                    false, "");
                            case COMMA -> throw error("missing function argument at _@_", "MISSING", lxStart, 0, true,
                                    "");
                            default -> {
                            }
                        }
                    }
                    default -> {
                    }
                }
                throw error("missing operand at _@_", "MISSING", lxStart, 0, true, "");
            }
            if (op == Op.OPEN_PAREN || op == Op.NOT || op == Op.BIT_NOT) {
                throw missingOperator();
            }

            // a binary operator or closing punctuation: complete what binds tighter
            boolean strayColon = false;
            while (true) {
                Frame top = stack.peek();
                if (top.isBarrier()) {
                    break;
                }
                boolean pop;
                if (op == Op.COLON) {
                    pop = top.prec > Op.Prec.CONDITIONAL || (top.kind == FrameKind.QUESTION && top.colonSeen);
                } else if (op.rightAssociative()) {
                    pop = top.prec > op.prec;
                } else {
                    pop = top.prec >= op.prec;
                }
                if (!pop) {
                    break;
                }
                stack.pop();
                switch (top.kind) {
                    case UNARY -> operand = fold(new Operators.Unary(top.op, operand));
                    case BINARY -> operand = fold(Operators.binary(top.op, top.left, operand));
                    case QUESTION -> {
                        if (!top.colonSeen) {
                            throw error("missing operator \":\" at _@_", "MISSING", lxStart, 0, true, "");
                        }
                        operand = fold(new Operators.Ternary(top.left, top.then, operand));
                    }
                    default -> strayColon = true;
                }
            }
            switch (op) {
                case CLOSE_PAREN -> {
                    Frame top = stack.peek();
                    if (top.kind == FrameKind.START) {
                        throw error("unbalanced close paren", "UNBALANCED", lxStart, 1, false, "");
                    }
                    stack.pop();
                    if (top.kind == FrameKind.FUNC) {
                        top.args.add(operand);
                        operand = new FunctionCall(top.func, top.args.toArray(new Node[0]));
                    }
                    if (strayColon) {
                        throw strayColon();
                    }
                }
                case COMMA -> {
                    Frame top = stack.peek();
                    if (top.kind != FrameKind.FUNC) {
                        throw error("unexpected \",\" outside function argument list", "SURPRISE", lxStart, 1, false,
                                "");
                    }
                    if (strayColon) {
                        throw strayColon();
                    }
                    top.args.add(operand);
                    operand = null;
                    prev = Prev.COMMA;
                }
                case END -> {
                    if (stack.peek().kind != FrameKind.START) {
                        throw error("unbalanced open paren", "UNBALANCED", lxStart, 0, false, "");
                    }
                    if (strayColon) {
                        throw strayColon();
                    }
                    return operand;
                }
                case QUESTION -> {
                    stack.push(new Frame(FrameKind.QUESTION, op, Op.Prec.CONDITIONAL, operand));
                    operand = null;
                    prev = Prev.OPERATOR;
                }
                case COLON -> {
                    Frame top = stack.peek();
                    if (top.kind == FrameKind.QUESTION && !top.colonSeen) {
                        top.then = operand;
                        top.colonSeen = true;
                    } else {
                        stack.push(new Frame(FrameKind.COLON, op, Op.Prec.CONDITIONAL, operand));
                    }
                    operand = null;
                    prev = Prev.OPERATOR;
                }
                default -> {
                    stack.push(new Frame(FrameKind.BINARY, op, op.prec, operand));
                    operand = null;
                    prev = Prev.OPERATOR;
                }
            }
        }
    }

    /** Computes a constant subtree now; a failure is kept to be raised when evaluated. */
    private static Node fold(Node node) {
        if (!node.isConstant()) {
            return node;
        }
        try {
            return new Node.Constant(node.eval(null, 0));
        } catch (TclException e) {
            return new Node.Failure(e);
        }
    }

    private TclException strayColon() {
        return error("unexpected operator \":\" without preceding \"?\"", "SURPRISE", lxStart, lxLen, false, "");
    }

    private TclException missingOperator() {
        return error("missing operator at _@_", "MISSING", lxStart, 0, true, "");
    }

    private TclException invalidBareword(String word) {
        String shown = limited(word, 0, word.length());
        String post = ";\nshould be \"$" + shown + "\" or \"{" + shown + "}\" or \"" + shown + "(...)\" or ...";
        String code = "BAREWORD";
        String kindOfNumber = badNumber(word);
        if (kindOfNumber != null) {
            post += " (invalid " + kindOfNumber.toLowerCase() + " number?)";
            code = "BADNUMBER " + kindOfNumber;
        }
        return error("invalid bareword \"" + shown + "\"", code, lxStart, lxLen, false, post);
    }

    /** OCTAL or BINARY when a bareword is a botched number of that kind (08, 0b12, 0o). */
    private static String badNumber(String w) {
        if (w.length() < 2 || w.charAt(0) != '0') {
            return null;
        }
        char c = w.charAt(1);
        String kind;
        int from;
        char maxDigit;
        if (c == 'b' || c == 'B') {
            kind = "BINARY";
            from = 2;
            maxDigit = '1';
        } else if (c == 'o' || c == 'O') {
            kind = "OCTAL";
            from = 2;
            maxDigit = '7';
        } else if (isDigit(c)) {
            kind = "OCTAL";
            from = 1;
            maxDigit = '7';
        } else {
            return null;
        }
        int k = from;
        while (k < w.length() && w.charAt(k) >= '0' && w.charAt(k) <= maxDigit) {
            k++;
        }
        if (from > 1 && k == from) {
            return kind;
        }
        return k < w.length() && isDigit(w.charAt(k)) ? kind : null;
    }

    // ================================================================ operands

    /** The operand at the current lexeme (already known to be one). */
    private Node readOperand() throws TclException {
        switch (kind) {
            case NUMBER:
                return numberLiteral(src.substring(lxStart, lxStart + lxLen));
            case BAREWORD:
                return new Node.Constant(TclValue.of(src.substring(lxStart, lxStart + lxLen)));
            case VARIABLE:
                return readVariable();
            case QUOTED: {
                int open = pos;
                pos++;
                Node node = readParts('"');
                if (pos >= n) {
                    throw error("missing \"", "UNBALANCED", open, 1, false, "");
                }
                pos++;
                return node;
            }
            case BRACED:
                return new Node.Constant(TclValue.of(readBraced()));
            default:
                return readScript();
        }
    }

    private static Node numberLiteral(String text) {
        Number v;
        if (text.length() > 3 && text.charAt(3) == '(') {
            v = Double.NaN;
        } else {
            v = Numbers.parse(text);
        }
        String canonical = v instanceof Double d ? Numbers.formatDouble(d) : v.toString();
        if (canonical.equals(text)) {
            return new Node.Constant(v);
        }
        return new Node.Constant(TclValue.of(text, v));
    }

    /** {@code $name}, {@code $name(index)} or {@code ${name}}; pos is at the '$'. */
    private Node readVariable() throws TclException {
        int dollar = pos;
        int p = dollar + 1;
        if (p < n && src.charAt(p) == '{') {
            int close = src.indexOf('}', p + 1);
            if (close < 0) {
                throw error("missing close-brace for variable name", "UNBALANCED", p, 1, false, "");
            }
            pos = close + 1;
            return new Node.Variable(src.substring(p + 1, close));
        }
        int end = scanVarName(p);
        String name = src.substring(p, end);
        if (end < n && src.charAt(end) == '(') {
            pos = end + 1;
            Node index = readParts(')');
            if (pos >= n) {
                throw error("missing )", "UNBALANCED", end, 1, false, "");
            }
            pos++;
            return new Node.ArrayElement(name, index);
        }
        if (name.isEmpty()) {
            throw error("invalid character \"$\"", "BADCHAR", dollar, 1, false, "");
        }
        pos = end;
        return new Node.Variable(name);
    }

    /** Letters, digits, underscores and namespace separators (two or more colons). */
    private int scanVarName(int p) {
        while (p < n) {
            char c = src.charAt(p);
            if (isBarewordChar(c) || (c > 127 && Character.isLetterOrDigit(c))) {
                p++;
            } else if (c == ':' && p + 1 < n && src.charAt(p + 1) == ':') {
                p += 2;
                while (p < n && src.charAt(p) == ':') {
                    p++;
                }
            } else {
                break;
            }
        }
        return p;
    }

    private boolean varStartsAt(int p) {
        if (p + 1 >= n) {
            return false;
        }
        char c = src.charAt(p + 1);
        return isBarewordChar(c) || (c > 127 && Character.isLetterOrDigit(c)) || c == '{' || c == '('
                || (c == ':' && p + 2 < n && src.charAt(p + 2) == ':');
    }

    /**
     * Text with backslash, variable and command substitution up to the
     * terminator (left at pos; pos == n when it is missing).
     */
    private Node readParts(char terminator) throws TclException {
        List<Node> parts = new ArrayList<>(2);
        StringBuilder lit = new StringBuilder();
        while (pos < n) {
            char c = src.charAt(pos);
            if (c == terminator) {
                break;
            }
            if (c == '\\') {
                pos = Backslash.decode(src, pos, lit);
            } else if (c == '$' && varStartsAt(pos)) {
                flush(lit, parts);
                parts.add(readVariable());
            } else if (c == '[') {
                flush(lit, parts);
                parts.add(readScript());
            } else {
                lit.append(c);
                pos++;
            }
        }
        flush(lit, parts);
        if (parts.isEmpty()) {
            return new Node.Constant(TclValue.EMPTY);
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return new Node.Concat(parts.toArray(new Node[0]));
    }

    private static void flush(StringBuilder lit, List<Node> parts) {
        if (lit.length() > 0) {
            parts.add(new Node.Constant(TclValue.of(lit.toString())));
            lit.setLength(0);
        }
    }

    /** {@code {...}}: nested braces; backslash-newline and following blanks become a space. */
    private String readBraced() throws TclException {
        int open = pos;
        int depth = 1;
        int p = open + 1;
        StringBuilder sb = null;
        int copied = p;
        while (p < n) {
            char c = src.charAt(p);
            if (c == '\\') {
                if (p + 1 < n && src.charAt(p + 1) == '\n') {
                    if (sb == null) {
                        sb = new StringBuilder();
                    }
                    sb.append(src, copied, p).append(' ');
                    p += 2;
                    while (p < n && (src.charAt(p) == ' ' || src.charAt(p) == '\t')) {
                        p++;
                    }
                    copied = p;
                } else {
                    p += 2;
                }
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                pos = p + 1;
                return sb == null ? src.substring(open + 1, p) : sb.append(src, copied, p).toString();
            }
            p++;
        }
        throw error("missing close-brace", "UNBALANCED", open, 1, false, "");
    }

    /** {@code [script]}; pos is at the '['. */
    private Node readScript() throws TclException {
        int open = pos;
        int end;
        try {
            end = Parser.commandSubstEnd(src, open);
        } catch (TclException e) {
            throw error(e.getMessage(), "UNBALANCED", open, 1, false, "");
        }
        pos = end;
        hasCommands = true;
        int lines = 0;
        for (int i = 0; i < open; i++) {
            if (src.charAt(i) == '\n') {
                lines++;
            }
        }
        return new Node.Command(TclValue.of(src.substring(open + 1, end - 1)), lines);
    }

    // ================================================================== errors

    /** At most LIMIT-1 characters of text, else the first LIMIT-3 and "...". */
    private String limited(String text, int from, int len) {
        if (len < LIMIT) {
            return text.substring(from, from + len);
        }
        return text.substring(from, from + LIMIT - 3) + "...";
    }

    /**
     * A syntax error with tclsh's context: {@code in expression "..."}
     * showing the text around the problem ({@code _@_} marks where an
     * operand or operator was missing), and errorInfo
     * {@code (parsing expression "...")}.
     */
    private TclException error(String message, String code, int start, int scanned, boolean mark, String post) {
        StringBuilder sb = new StringBuilder(message).append("\nin expression \"");
        if (start < LIMIT) {
            sb.append(src, 0, start);
        } else {
            sb.append("...").append(src, start - (LIMIT - 3), start);
        }
        sb.append(limited(src, start, scanned));
        if (mark) {
            sb.append("_@_");
        }
        int rest = start + scanned;
        sb.append(limited(src, rest, n - rest));
        sb.append('"').append(post);
        String text = sb.toString();
        TclException e = new TclException(text, "TCL PARSE EXPR " + code);
        e.setErrorInfo(text + "\n    (parsing expression \"" + limited(src, 0, n) + "\")");
        return e;
    }
}
