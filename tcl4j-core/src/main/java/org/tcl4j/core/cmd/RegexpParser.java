package org.tcl4j.core.cmd;

import java.util.ArrayList;
import java.util.List;

import org.tcl4j.core.cmd.RegexNode.Alt;
import org.tcl4j.core.cmd.RegexNode.Anchor;
import org.tcl4j.core.cmd.RegexNode.AnchorKind;
import org.tcl4j.core.cmd.RegexNode.Any;
import org.tcl4j.core.cmd.RegexNode.BackRef;
import org.tcl4j.core.cmd.RegexNode.Chars;
import org.tcl4j.core.cmd.RegexNode.Group;
import org.tcl4j.core.cmd.RegexNode.Lit;
import org.tcl4j.core.cmd.RegexNode.Lookahead;
import org.tcl4j.core.cmd.RegexNode.Repeat;
import org.tcl4j.core.cmd.RegexNode.Seq;

/**
 * Reads a Tcl regular expression (re_syntax: AREs, and EREs/BREs/literals
 * through the {@code ***=} director and embedded options) into a
 * {@link RegexNode} tree, with Tcl's error codes for bad syntax and the
 * {@code REG_U*} facts that {@code regexp -about} reports.
 */
final class RegexpParser {
    // regexp -about facts, in Tcl's bit order (the order -about lists them).
    static final int UBACKREF = 1;
    static final int ULOOKAHEAD = 1 << 1;
    static final int UBOUNDS = 1 << 2;
    static final int UBRACES = 1 << 3;
    static final int UBSALNUM = 1 << 4;
    static final int UPBOTCH = 1 << 5;
    static final int UBBS = 1 << 6;
    static final int UNONPOSIX = 1 << 7;
    static final int UUNSPEC = 1 << 8;
    static final int UUNPORT = 1 << 9;
    static final int ULOCALE = 1 << 10;
    static final int UEMPTYMATCH = 1 << 11;
    static final int UIMPOSSIBLE = 1 << 12;
    static final int USHORTEST = 1 << 13;
    static final String[] INFO_NAMES = {"REG_UBACKREF", "REG_ULOOKAHEAD", "REG_UBOUNDS", "REG_UBRACES",
        "REG_UBSALNUM", "REG_UPBOTCH", "REG_UBBS", "REG_UNONPOSIX", "REG_UUNSPEC", "REG_UUNPORT",
        "REG_ULOCALE", "REG_UEMPTYMATCH", "REG_UIMPOSSIBLE", "REG_USHORTEST"};

    /** A syntax error, with Tcl's REG_* code and message. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        final String code;

        SyntaxError(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }

    private static SyntaxError badRpt() {
        return new SyntaxError("REG_BADRPT", "quantifier operand invalid");
    }

    private static SyntaxError eParen() {
        return new SyntaxError("REG_EPAREN", "parentheses () not balanced");
    }

    private static SyntaxError eBrack() {
        return new SyntaxError("REG_EBRACK", "brackets [] not balanced");
    }

    private static SyntaxError eBrace() {
        return new SyntaxError("REG_EBRACE", "braces {} not balanced");
    }

    private static SyntaxError badBr() {
        return new SyntaxError("REG_BADBR", "invalid repetition count(s)");
    }

    private static SyntaxError eRange() {
        return new SyntaxError("REG_ERANGE", "invalid character range");
    }

    private static SyntaxError eEscape() {
        return new SyntaxError("REG_EESCAPE", "invalid escape \\ sequence");
    }

    private static SyntaxError eSubreg() {
        return new SyntaxError("REG_ESUBREG", "invalid backreference number");
    }

    private static SyntaxError eCollate() {
        return new SyntaxError("REG_ECOLLATE", "invalid collating element");
    }

    private enum Syntax { ARE, ERE, BRE, LITERAL }

    private static final int DUPMAX = 255;

    private final String src;
    private final int len;
    private int pos;
    private Syntax syntax = Syntax.ARE;
    private boolean expanded;
    /** The compile flags (TclRegex.ICASE ...) after embedded options. */
    int cflags;
    /** Number of capturing groups. */
    int nsub;
    /** REG_U* facts. */
    int info;
    /** The parsed expression. */
    RegexNode tree;
    private final List<Boolean> closed = new ArrayList<>();
    private int lookaheadDepth;

    private RegexpParser(String src, int cflags) {
        this.src = src;
        this.len = src.length();
        this.cflags = cflags;
        this.expanded = (cflags & TclRegex.EXPANDED) != 0;
        closed.add(Boolean.FALSE);
    }

    /** Parses {@code re} under the switches in {@code cflags} (TclRegex.ICASE, ...). */
    static RegexpParser parse(String re, int cflags) throws SyntaxError {
        RegexpParser p = new RegexpParser(re, cflags);
        p.parseAll();
        return p;
    }

    private void parseAll() throws SyntaxError {
        if (expanded) {
            info |= UNONPOSIX;
        }
        if (src.startsWith("***=")) {
            pos = 4;
            syntax = Syntax.LITERAL;
            info |= UNONPOSIX;
        } else if (src.startsWith("***:")) {
            pos = 4;
            info |= UNONPOSIX;
        }
        if (syntax == Syntax.ARE && src.startsWith("(?", pos) && pos + 2 < len
                && Character.isLetter(src.charAt(pos + 2))) {
            embeddedOptions();
        }
        if (syntax == Syntax.LITERAL) {
            List<RegexNode> items = new ArrayList<>();
            while (pos < len) {
                int cp = src.codePointAt(pos);
                pos += Character.charCount(cp);
                items.add(new Lit(cp));
            }
            if (items.isEmpty()) {
                info |= UUNSPEC;
            }
            tree = new Seq(items);
        } else {
            tree = parseAlt(0);
            if (pos < len) {
                throw eParen();
            }
        }
        if (impossible(tree)) {
            info |= UIMPOSSIBLE;
        } else if (RegexNode.nullable(tree)) {
            info |= UEMPTYMATCH;
        }
        if (RegexNode.preference(tree) == RegexNode.PREF_SHORTEST) {
            info |= USHORTEST;
        }
    }

    /**
     * The obvious cases of an expression that can never match, which Tcl
     * reports as REG_UIMPOSSIBLE: {@code a^}, {@code $a}, {@code \m\M}.
     */
    private boolean impossible(RegexNode n) {
        if (!(n instanceof Seq s) || (cflags & TclRegex.LINEANCHOR) != 0) {
            return false;
        }
        boolean consumed = false;
        boolean ended = false;
        AnchorKind prev = null;
        for (RegexNode i : s.items()) {
            if (i instanceof Anchor a) {
                AnchorKind k = a.kind();
                if ((k == AnchorKind.LINE_START && consumed)
                        || (k == AnchorKind.WORD_END && prev == AnchorKind.WORD_START)
                        || (k == AnchorKind.WORD_START && prev == AnchorKind.WORD_END)) {
                    return true;
                }
                ended |= k == AnchorKind.LINE_END;
                prev = k;
                continue;
            }
            prev = null;
            if (!RegexNode.nullable(i)) {
                if (ended) {
                    return true;
                }
                consumed = true;
            }
        }
        return false;
    }

    /** {@code (?letters)} at the start of an ARE. */
    private void embeddedOptions() throws SyntaxError {
        info |= UNONPOSIX;
        pos += 2;
        while (true) {
            if (pos >= len) {
                throw new SyntaxError("REG_BADOPT", "invalid embedded option");
            }
            char c = src.charAt(pos++);
            switch (c) {
                case ')' -> {
                    return;
                }
                case 'b' -> syntax = Syntax.BRE;
                case 'e' -> syntax = Syntax.ERE;
                case 'q' -> syntax = Syntax.LITERAL;
                case 'c' -> cflags &= ~TclRegex.ICASE;
                case 'i' -> cflags |= TclRegex.ICASE;
                case 'm', 'n' -> cflags |= TclRegex.LINESTOP | TclRegex.LINEANCHOR;
                case 'p' -> cflags = (cflags | TclRegex.LINESTOP) & ~TclRegex.LINEANCHOR;
                case 'w' -> cflags = (cflags | TclRegex.LINEANCHOR) & ~TclRegex.LINESTOP;
                case 's' -> cflags &= ~(TclRegex.LINESTOP | TclRegex.LINEANCHOR);
                case 't' -> expanded = false;
                case 'x' -> expanded = true;
                default -> throw new SyntaxError("REG_BADOPT", "invalid embedded option");
            }
        }
    }

    // ------------------------------------------------------------ structure

    private static boolean isTclSpace(char c) {
        return (c >= '\t' && c <= '\r') || c == ' ' || c == 0x85 || c == 0xa0 || c == 0x1680 || c == 0x180e
                || (c >= 0x2000 && c <= 0x200b) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f
                || c == 0x2060 || c == 0x3000 || c == 0xfeff;
    }

    /**
     * Skips what is not a token: {@code (?#...)} comments in AREs, and in
     * expanded syntax white space and #-comments.
     */
    private void skipWs() {
        if (syntax == Syntax.LITERAL) {
            return;
        }
        while (pos < len) {
            char c = src.charAt(pos);
            if (expanded && isTclSpace(c)) {
                pos++;
            } else if (expanded && c == '#') {
                while (pos < len && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (syntax == Syntax.ARE && src.startsWith("(?#", pos)) {
                info |= UNONPOSIX;
                int close = src.indexOf(')', pos);
                pos = close < 0 ? len : close + 1;
            } else {
                return;
            }
        }
    }

    private boolean at(char c) {
        return pos < len && src.charAt(pos) == c;
    }

    private RegexNode parseAlt(int depth) throws SyntaxError {
        List<RegexNode> branches = new ArrayList<>();
        while (true) {
            Seq b = parseBranch(depth);
            if (b.items().isEmpty()) {
                info |= UUNSPEC;
            }
            branches.add(b);
            skipWs();
            if (syntax != Syntax.BRE && at('|')) {
                pos++;
                continue;
            }
            break;
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        return mergeSingleChars(branches);
    }

    /** {@code a|b|[cd]} is the class {@code [abcd]}, which Java matches without backtracking. */
    private static RegexNode mergeSingleChars(List<RegexNode> branches) {
        StringBuilder body = new StringBuilder();
        for (RegexNode b : branches) {
            RegexNode n = b;
            if (n instanceof Seq s && s.items().size() == 1) {
                n = s.items().get(0);
            }
            if (n instanceof Lit l) {
                RegexpCharClasses.appendLiteral(body, l.cp());
            } else if (n instanceof Chars c && !c.negated()) {
                body.append(c.body());
            } else {
                return new Alt(branches);
            }
        }
        return new Chars(false, body.toString());
    }

    private Seq parseBranch(int depth) throws SyntaxError {
        List<RegexNode> items = new ArrayList<>();
        while (true) {
            skipWs();
            if (pos >= len) {
                break;
            }
            char c = src.charAt(pos);
            if (syntax == Syntax.BRE) {
                if (c == '\\' && pos + 1 < len && src.charAt(pos + 1) == ')') {
                    if (depth > 0) {
                        break;
                    }
                    throw eParen();
                }
            } else if (c == '|') {
                break;
            } else if (c == ')') {
                if (depth > 0) {
                    break;
                }
                throw eParen();
            }
            RegexNode atom = syntax == Syntax.BRE ? breAtom(items) : areAtom(depth);
            if (atom == null) {
                continue;
            }
            if (syntax == Syntax.BRE && items.isEmpty() && atom instanceof Anchor) {
                // BRE: a '*' right after a leading '^' is a literal star
                items.add(atom);
                continue;
            }
            items.add(quantified(atom));
        }
        return new Seq(items);
    }

    // ------------------------------------------------------------ atoms

    private RegexNode areAtom(int depth) throws SyntaxError {
        char c = src.charAt(pos);
        switch (c) {
            case '(':
                pos++;
                if (syntax == Syntax.ARE && at('?')) {
                    pos++;
                    if (pos >= len) {
                        throw badRpt();
                    }
                    char d = src.charAt(pos++);
                    info |= UNONPOSIX;
                    if (d == ':') {
                        RegexNode body = parseAlt(depth + 1);
                        expectClose();
                        return body instanceof Seq ? body : new Seq(List.of(body));
                    }
                    if (d == '=' || d == '!') {
                        info |= ULOOKAHEAD;
                        lookaheadDepth++;
                        RegexNode body = parseAlt(depth + 1);
                        lookaheadDepth--;
                        expectClose();
                        return new Lookahead(d == '!', body);
                    }
                    throw badRpt();
                }
                return group(depth);
            case '[':
                return bracket();
            case '.':
                pos++;
                return new Any();
            case '^':
                pos++;
                return new Anchor(AnchorKind.LINE_START);
            case '$':
                pos++;
                return new Anchor(AnchorKind.LINE_END);
            case '\\':
                return syntax == Syntax.ARE ? areEscape() : ereEscape();
            case '*':
            case '+':
            case '?':
                throw badRpt();
            case '{':
                if (boundFollows(pos)) {
                    throw badRpt();
                }
                pos++;
                info |= UBRACES | UUNSPEC;
                return new Lit('{');
            default:
                int cp = src.codePointAt(pos);
                pos += Character.charCount(cp);
                return new Lit(cp);
        }
    }

    private RegexNode group(int depth) throws SyntaxError {
        int index = ++nsub;
        closed.add(Boolean.FALSE);
        RegexNode body = parseAlt(depth + 1);
        expectClose();
        closed.set(index, Boolean.TRUE);
        return new Group(index, body);
    }

    private void expectClose() throws SyntaxError {
        if (syntax == Syntax.BRE) {
            if (pos + 1 < len && src.charAt(pos) == '\\' && src.charAt(pos + 1) == ')') {
                pos += 2;
                return;
            }
            throw eParen();
        }
        if (!at(')')) {
            throw eParen();
        }
        pos++;
    }

    private RegexNode breAtom(List<RegexNode> items) throws SyntaxError {
        char c = src.charAt(pos);
        boolean branchStart = items.isEmpty()
                || (items.size() == 1 && items.get(0) instanceof Anchor a && a.kind() == AnchorKind.LINE_START);
        switch (c) {
            case '\\': {
                if (pos + 1 >= len) {
                    throw eEscape();
                }
                char d = src.charAt(pos + 1);
                if (d == '(') {
                    pos += 2;
                    return group(1);
                }
                if (d == '{') {
                    throw badRpt();
                }
                if (d == '<' || d == '>') {
                    pos += 2;
                    info |= ULOCALE;
                    return new Anchor(d == '<' ? AnchorKind.WORD_START : AnchorKind.WORD_END);
                }
                if (d >= '1' && d <= '9') {
                    pos += 2;
                    return backRef(d - '0');
                }
                return ereEscape();
            }
            case '*':
                if (branchStart) {
                    pos++;
                    return new Lit('*');
                }
                throw badRpt();
            case '^':
                pos++;
                return items.isEmpty() ? new Anchor(AnchorKind.LINE_START) : new Lit('^');
            case '$':
                pos++;
                if (pos == len || src.startsWith("\\)", pos)) {
                    return new Anchor(AnchorKind.LINE_END);
                }
                return new Lit('$');
            case '[':
                return bracket();
            case '.':
                pos++;
                return new Any();
            default:
                int cp = src.codePointAt(pos);
                pos += Character.charCount(cp);
                return new Lit(cp);
        }
    }

    /** ERE and BRE: a backslash makes the next character literal. */
    private RegexNode ereEscape() throws SyntaxError {
        pos++;
        if (pos >= len) {
            throw eEscape();
        }
        int cp = src.codePointAt(pos);
        pos += Character.charCount(cp);
        if (Character.isLetterOrDigit(cp)) {
            info |= UBSALNUM | UUNSPEC;
        }
        return new Lit(cp);
    }

    private RegexNode backRef(int n) throws SyntaxError {
        if (n >= closed.size() || !closed.get(n) || lookaheadDepth > 0) {
            throw eSubreg();
        }
        info |= UBACKREF;
        return new BackRef(n);
    }

    // ------------------------------------------------------------ quantifiers

    private boolean isConstraint(RegexNode n) {
        return n instanceof Anchor || n instanceof Lookahead;
    }

    /** Is the text at {@code p} a '{' that opens a bound (a digit follows)? */
    private boolean boundFollows(int p) {
        if (p >= len || src.charAt(p) != '{') {
            return false;
        }
        p++;
        if (expanded) {
            while (p < len && isTclSpace(src.charAt(p))) {
                p++;
            }
        }
        return p < len && Character.isDigit(src.charAt(p)) && src.charAt(p) < 128;
    }

    private boolean quantifierFollows() {
        if (pos >= len) {
            return false;
        }
        char c = src.charAt(pos);
        if (syntax == Syntax.BRE) {
            return c == '*' || src.startsWith("\\{", pos);
        }
        return c == '*' || c == '+' || c == '?' || boundFollows(pos);
    }

    private RegexNode quantified(RegexNode atom) throws SyntaxError {
        skipWs();
        if (!quantifierFollows()) {
            return atom;
        }
        if (isConstraint(atom)) {
            throw badRpt();
        }
        char c = src.charAt(pos);
        int min;
        int max;
        boolean fixed = false;
        if (c == '*') {
            pos++;
            min = 0;
            max = -1;
        } else if (c == '+') {
            pos++;
            min = 1;
            max = -1;
        } else if (c == '?') {
            pos++;
            min = 0;
            max = 1;
        } else {
            pos += syntax == Syntax.BRE ? 2 : 1;
            info |= UBOUNDS;
            skipWs();
            min = number();
            max = min;
            fixed = true;
            skipWs();
            if (at(',')) {
                pos++;
                fixed = false;
                skipWs();
                max = pos < len && Character.isDigit(src.charAt(pos)) ? number() : -1;
                skipWs();
            }
            if (syntax == Syntax.BRE) {
                if (pos + 1 < len && src.charAt(pos) == '\\' && src.charAt(pos + 1) == '}') {
                    pos += 2;
                } else {
                    throw pos >= len || (pos + 1 >= len && src.charAt(pos) == '\\') ? eBrace() : badBr();
                }
            } else if (at('}')) {
                pos++;
            } else {
                throw pos >= len ? eBrace() : badBr();
            }
            if (min > DUPMAX || max > DUPMAX || (max >= 0 && min > max)) {
                throw badBr();
            }
        }
        boolean greedy = true;
        if (syntax == Syntax.ARE && at('?')) {
            pos++;
            greedy = false;
            info |= UNONPOSIX;
        }
        skipWs();
        if (quantifierFollows()) {
            throw badRpt();
        }
        if (max == 0) {
            // a group repeated zero times never matches: back references to it are invalid
            forgetGroups(atom);
        }
        return new Repeat(atom, min, max, greedy, fixed);
    }

    private void forgetGroups(RegexNode n) {
        if (n instanceof Group g) {
            closed.set(g.index(), Boolean.FALSE);
            forgetGroups(g.body());
        } else if (n instanceof Seq s) {
            s.items().forEach(this::forgetGroups);
        } else if (n instanceof Alt a) {
            a.branches().forEach(this::forgetGroups);
        } else if (n instanceof Repeat r) {
            forgetGroups(r.atom());
        }
    }

    private int number() throws SyntaxError {
        int start = pos;
        long v = 0;
        while (pos < len && src.charAt(pos) >= '0' && src.charAt(pos) <= '9') {
            v = Math.min(v * 10 + (src.charAt(pos) - '0'), 100000);
            pos++;
        }
        if (pos == start) {
            throw pos >= len ? eBrace() : badBr();
        }
        return (int) v;
    }

    // ------------------------------------------------------------ escapes

    private static boolean isAlnum(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private int hexDigits(int maxDigits) throws SyntaxError {
        int v = 0;
        int n = 0;
        while (n < maxDigits && pos < len && hexValue(src.charAt(pos)) >= 0) {
            v = v * 16 + hexValue(src.charAt(pos));
            pos++;
            n++;
        }
        if (n == 0) {
            throw eEscape();
        }
        return v;
    }

    /** Octal digits at pos (at most {@code max}); the value. */
    private int octalDigits(int max) {
        int v = 0;
        int n = 0;
        while (n < max && pos < len && src.charAt(pos) >= '0' && src.charAt(pos) <= '7'
                && v * 8 + (src.charAt(pos) - '0') <= 0377) {
            v = v * 8 + (src.charAt(pos) - '0');
            pos++;
            n++;
        }
        return v;
    }

    /**
     * A character-entry escape (letter already consumed, pos after it): the
     * character, or -1 if {@code c} is not one.
     */
    private int charEscape(char c) throws SyntaxError {
        switch (c) {
            case 'a':
                return 7;
            case 'b':
                return 8;
            case 'B':
                return '\\';
            case 'e':
                info |= UUNPORT | ULOCALE;
                return 27;
            case 'f':
                return 12;
            case 'n':
                return 10;
            case 'r':
                return 13;
            case 't':
                return 9;
            case 'v':
                return 11;
            case 'c':
                if (pos >= len) {
                    throw eEscape();
                }
                info |= UUNPORT;
                return src.charAt(pos++) & 0x1f;
            case 'u':
                return hexDigits(4);
            case 'U':
                int v = hexDigits(8);
                if (v > Character.MAX_CODE_POINT) {
                    throw eEscape();
                }
                return v;
            case 'x':
                info |= UUNPORT;
                return hexDigits(2);
            case '0':
                info |= UUNPORT;
                return octalDigits(2);
            default:
                return -1;
        }
    }

    private RegexNode areEscape() throws SyntaxError {
        pos++;
        if (pos >= len) {
            throw eEscape();
        }
        int c = src.codePointAt(pos);
        pos += Character.charCount(c);
        if (!isAlnum(c)) {
            return new Lit(c);
        }
        info |= UNONPOSIX;
        int ch = charEscape((char) c);
        if (ch >= 0) {
            return new Lit(ch);
        }
        switch (c) {
            case 'A':
                return new Anchor(AnchorKind.STRING_START);
            case 'Z':
                return new Anchor(AnchorKind.STRING_END);
            case 'm':
                info |= ULOCALE;
                return new Anchor(AnchorKind.WORD_START);
            case 'M':
                info |= ULOCALE;
                return new Anchor(AnchorKind.WORD_END);
            case 'y':
                info |= ULOCALE;
                return new Anchor(AnchorKind.WORD_BOUNDARY);
            case 'Y':
                info |= ULOCALE;
                return new Anchor(AnchorKind.NOT_WORD_BOUNDARY);
            case 'd':
            case 'D':
                info |= ULOCALE;
                return new Chars(c == 'D', RegexpCharClasses.DIGIT);
            case 's':
            case 'S':
                info |= ULOCALE;
                return new Chars(c == 'S', RegexpCharClasses.SPACE);
            case 'w':
            case 'W':
                info |= ULOCALE;
                return new Chars(c == 'W', RegexpCharClasses.WORD);
            default:
                break;
        }
        if (c >= '1' && c <= '9') {
            return numericEscape(pos - 1);
        }
        throw eEscape();
    }

    /** {@code \N...}: a back reference if that group is closed, else an octal character. */
    private RegexNode numericEscape(int start) throws SyntaxError {
        int end = start;
        while (end < len && Character.isDigit(src.charAt(end)) && src.charAt(end) < 128) {
            end++;
        }
        if (end - start == 1) {
            pos = end;
            return backRef(src.charAt(start) - '0');
        }
        String digits = src.substring(start, Math.min(end, start + 9));
        int n = Integer.parseInt(digits);
        if (n < closed.size()) {
            // as many groups have been opened: a back reference (an error if not yet closed)
            pos = end;
            return backRef(n);
        }
        pos = start;
        if (src.charAt(start) > '7') {
            throw eSubreg();
        }
        info |= UUNPORT;
        return new Lit(octalDigits(3));
    }

    // ------------------------------------------------------------ brackets

    private RegexNode bracket() throws SyntaxError {
        if (syntax != Syntax.LITERAL && src.startsWith("[[:<:]]", pos)) {
            pos += 7;
            info |= UNONPOSIX | ULOCALE;
            return new Anchor(AnchorKind.WORD_START);
        }
        if (src.startsWith("[[:>:]]", pos)) {
            pos += 7;
            info |= UNONPOSIX | ULOCALE;
            return new Anchor(AnchorKind.WORD_END);
        }
        pos++;
        boolean negated = false;
        if (at('^')) {
            negated = true;
            pos++;
        }
        StringBuilder body = new StringBuilder();
        boolean first = true;
        while (true) {
            if (pos >= len) {
                throw eBrack();
            }
            if (src.charAt(pos) == ']' && !first) {
                pos++;
                break;
            }
            first = false;
            int lo = bracketElement(body);
            boolean rangeFollows = at('-') && pos + 1 < len && src.charAt(pos + 1) != ']';
            if (!rangeFollows) {
                if (lo >= 0) {
                    RegexpCharClasses.appendLiteral(body, lo);
                }
                continue;
            }
            if (lo < 0) {
                throw eRange();
            }
            pos++;
            int hi = bracketElement(null);
            if (hi < lo) {
                throw eRange();
            }
            if (hi != lo) {
                info |= UUNPORT;
            }
            RegexpCharClasses.appendLiteral(body, lo);
            body.append('-');
            RegexpCharClasses.appendLiteral(body, hi);
            if (at('-') && pos + 1 < len && src.charAt(pos + 1) != ']') {
                throw eRange();
            }
        }
        return new Chars(negated, body.toString());
    }

    /**
     * One element of a bracket expression. A single character is returned
     * (not appended); a class is appended to {@code body} and -1 returned
     * (with {@code body == null}, i.e. as a range end, a class is an error).
     */
    private int bracketElement(StringBuilder body) throws SyntaxError {
        char c = src.charAt(pos);
        if (c == '[' && pos + 1 < len) {
            char d = src.charAt(pos + 1);
            if (d == ':' || d == '.' || d == '=') {
                int close = src.indexOf(new String(new char[] {d, ']'}), pos + 2);
                if (close < 0) {
                    throw eBrack();
                }
                String name = src.substring(pos + 2, close);
                pos = close + 2;
                if (d == ':') {
                    if ((cflags & TclRegex.ICASE) != 0 && (name.equals("upper") || name.equals("lower"))) {
                        // as in Tcl: without case, upper and lower become alnum (digits included)
                        name = "alnum";
                    }
                    String cls = RegexpCharClasses.named(name);
                    if (cls == null) {
                        throw new SyntaxError("REG_ECTYPE", "invalid character class");
                    }
                    info |= ULOCALE;
                    return classElement(body, cls);
                }
                int cp;
                if (!name.isEmpty() && name.codePointCount(0, name.length()) == 1) {
                    cp = name.codePointAt(0);
                } else {
                    cp = RegexpCharClasses.collatingName(name);
                    if (cp < 0) {
                        throw eCollate();
                    }
                    info |= ULOCALE;
                }
                if (d == '=') {
                    info |= ULOCALE;
                    StringBuilder one = new StringBuilder();
                    RegexpCharClasses.appendLiteral(one, cp);
                    return classElement(body, one.toString());
                }
                return cp;
            }
        }
        if (c == '\\' && syntax == Syntax.ARE) {
            return bracketEscape(body);
        }
        if (c == '\\' && syntax == Syntax.ERE) {
            info |= UBBS;
        }
        int cp = src.codePointAt(pos);
        pos += Character.charCount(cp);
        return cp;
    }

    private int classElement(StringBuilder body, String cls) throws SyntaxError {
        if (body == null) {
            throw eRange();
        }
        body.append(cls);
        return -1;
    }

    private int bracketEscape(StringBuilder body) throws SyntaxError {
        pos++;
        if (pos >= len) {
            throw eBrack();
        }
        info |= UBBS | UNONPOSIX;
        int c = src.codePointAt(pos);
        pos += Character.charCount(c);
        if (!isAlnum(c)) {
            return c;
        }
        switch (c) {
            case 'd':
                info |= ULOCALE;
                return classElement(body, RegexpCharClasses.DIGIT);
            case 's':
                info |= ULOCALE;
                return classElement(body, RegexpCharClasses.SPACE);
            case 'w':
                info |= ULOCALE;
                return classElement(body, RegexpCharClasses.WORD);
            default:
                int ch = charEscape((char) c);
                if (ch >= 0) {
                    return ch;
                }
                throw eEscape();
        }
    }

    /** The -about facts as Tcl lists them. */
    static List<String> infoNames(int info) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < INFO_NAMES.length; i++) {
            if ((info & (1 << i)) != 0) {
                names.add(INFO_NAMES[i]);
            }
        }
        return names;
    }
}
