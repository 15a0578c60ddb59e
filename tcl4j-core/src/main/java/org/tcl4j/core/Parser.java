package org.tcl4j.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The Dodekalogue as code: turns script text into a {@link Script}.
 * Also parses the substitution syntax for {@code subst} and checks
 * completeness for {@code info complete}.
 */
public final class Parser {
    private final String src;
    private final int end;
    private int pos;
    private int line;

    private Parser(String src, int start, int end, int line) {
        this.src = src;
        this.pos = start;
        this.end = end;
        this.line = line;
    }

    /** Parses a whole script. */
    public static Script parse(String script) throws TclException {
        Parser p = new Parser(script, 0, script.length(), 1);
        return p.parseScript(false);
    }

    /** Is the script complete (no unclosed braces, quotes or brackets)? */
    public static boolean isComplete(String script) {
        try {
            Script s = parse(script);
            String m = s.commands.length == 0 ? null : s.commands[s.commands.length - 1].syntaxError;
            return m == null || !m.startsWith("missing");
        } catch (TclException e) {
            return true;
        }
    }

    /**
     * Parses text for {@code subst}: a single word without word splitting,
     * optionally leaving backslashes, commands or variables alone.
     */
    public static Script.Word parseSubst(String text, boolean backslashes, boolean commands, boolean variables)
            throws TclException {
        Parser p = new Parser(text, 0, text.length(), 1);
        List<Script.Part> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        while (p.pos < p.end) {
            char c = p.src.charAt(p.pos);
            if (c == '\\' && backslashes) {
                p.pos = Backslash.decode(p.src, p.pos, lit);
            } else if (c == '$' && variables && p.varStarts()) {
                flush(lit, parts);
                parts.add(p.parseVar());
            } else if (c == '[' && commands) {
                flush(lit, parts);
                parts.add(p.parseBracket());
            } else {
                lit.append(c);
                p.pos++;
            }
        }
        flush(lit, parts);
        return makeWord(parts, false);
    }

    /**
     * Finds the end of the command substitution whose {@code '['} is at
     * {@code open} (used by the expression parser, which meets {@code [...]}
     * inside expressions).
     *
     * @return the index just past the matching {@code ']'}
     * @throws TclException "missing close-bracket" and the other script parse errors
     */
    public static int commandSubstEnd(String text, int open) throws TclException {
        Parser p = new Parser(text, open + 1, text.length(), 1);
        p.parseScript(true);
        return p.pos;
    }

    private static void flush(StringBuilder lit, List<Script.Part> parts) {
        if (lit.length() > 0) {
            parts.add(new Script.Text(lit.toString()));
            lit.setLength(0);
        }
    }

    private static Script.Word makeWord(List<Script.Part> parts, boolean expand) {
        if (parts.isEmpty()) {
            return new Script.Word(TclValue.EMPTY, null, expand);
        }
        if (parts.size() == 1 && parts.get(0) instanceof Script.Text t) {
            return new Script.Word(TclValue.of(t.text), null, expand);
        }
        return new Script.Word(null, parts.toArray(new Script.Part[0]), expand);
    }

    private ParseError error(String msg) {
        return new ParseError(msg);
    }

    /** A syntax error, with where the unclosed construct (or the offending text) starts. */
    private static final class ParseError extends TclException {
        private static final long serialVersionUID = 1L;
        /** Index of the last character of the command text tclsh shows; -1 until known. */
        int at = -1;

        ParseError(String msg) {
            super(msg); // tclsh gives script syntax errors no error code (NONE)
        }

        ParseError at(int i) {
            if (at < 0) {
                at = i;
            }
            return this;
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u000b' || c == '\f' || c == '\r';
    }

    /** Parses commands until the end, or until ']' when nested. */
    private Script parseScript(boolean nested) throws TclException {
        int scriptStart = pos;
        List<Script.Command> commands = new ArrayList<>();
        List<Script.Word> words = new ArrayList<>();
        while (true) {
            // skip blanks, empty commands and comments
            while (pos < end) {
                char c = src.charAt(pos);
                if (isBlank(c) || c == ';') {
                    pos++;
                } else if (c == '\n') {
                    line++;
                    pos++;
                } else if (c == '\\' && pos + 1 < end && src.charAt(pos + 1) == '\n') {
                    pos += 2;
                    line++;
                } else if (c == '#') {
                    skipComment();
                } else {
                    break;
                }
            }
            if (pos >= end) {
                if (nested) {
                    throw error("missing close-bracket");
                }
                break;
            }
            if (nested && src.charAt(pos) == ']') {
                pos++;
                break;
            }
            // one command
            int cmdLine = line;
            int cmdStart = pos;
            int cmdEnd = pos;
            words.clear();
            try {
                cmdEnd = parseCommandWords(nested, words);
            } catch (ParseError e) {
                if (nested) {
                    throw e;
                }
                // like tclsh, the commands before a syntax error still run; the error comes when reached
                int upTo = Math.min(end, Math.max(cmdStart, e.at + 1));
                commands.add(new Script.Command(cmdLine, cmdStart, upTo, e.getMessage()));
                pos = end;
                break;
            }
            if (!words.isEmpty()) {
                commands.add(new Script.Command(words.toArray(new Script.Word[0]), cmdLine, cmdStart, cmdEnd));
            }
        }
        return new Script(src.substring(scriptStart, nested ? pos - 1 : pos), scriptStart,
                commands.toArray(new Script.Command[0]));
    }

    /** Parses the words of one command into {@code words}; returns where the command text ends. */
    private int parseCommandWords(boolean nested, List<Script.Word> words) throws TclException {
        int cmdEnd = pos;
        while (true) {
            while (pos < end) {
                char c = src.charAt(pos);
                if (isBlank(c)) {
                    pos++;
                } else if (c == '\\' && pos + 1 < end && src.charAt(pos + 1) == '\n') {
                    pos += 2;
                    line++;
                    while (pos < end && isBlank(src.charAt(pos))) {
                        pos++;
                    }
                } else {
                    break;
                }
            }
            if (pos >= end) {
                return pos;
            }
            char c = src.charAt(pos);
            if (c == '\n' || c == ';' || (nested && c == ']')) {
                return pos;
            }
            int wordLine = line;
            Script.Word w = parseWord(nested);
            w.line = wordLine;
            words.add(w);
            cmdEnd = pos;
        }
    }

    private void skipComment() {
        while (pos < end) {
            char c = src.charAt(pos);
            if (c == '\\' && pos + 1 < end) {
                if (src.charAt(pos + 1) == '\n') {
                    line++;
                }
                pos += 2;
                continue;
            }
            pos++;
            if (c == '\n') {
                line++;
                return;
            }
        }
    }

    private Script.Word parseWord(boolean nested) throws TclException {
        boolean expand = false;
        if (src.startsWith("{*}", pos) && pos + 3 < end && !Character.isWhitespace(src.charAt(pos + 3))
                && src.charAt(pos + 3) != ';' && !(nested && src.charAt(pos + 3) == ']')) {
            expand = true;
            pos += 3;
        }
        char c = src.charAt(pos);
        if (c == '{') {
            String text = parseBraced();
            checkWordEnd(nested, "extra characters after close-brace");
            return new Script.Word(TclValue.of(text), null, expand);
        }
        if (c == '"') {
            int quote = pos;
            pos++;
            Script.Word w;
            try {
                w = parseSubstituted(nested, true, expand);
            } catch (ParseError e) {
                throw e.at(quote);
            }
            checkWordEnd(nested, "extra characters after close-quote");
            return w;
        }
        return parseSubstituted(nested, false, expand);
    }

    private void checkWordEnd(boolean nested, String msg) throws TclException {
        if (pos < end) {
            char c = src.charAt(pos);
            if (!(isBlank(c) || c == '\n' || c == ';' || (nested && c == ']')
                    || (c == '\\' && pos + 1 < end && src.charAt(pos + 1) == '\n'))) {
                throw error(msg).at(pos - 1);
            }
        }
    }

    /** A braced word; backslash-newline-blanks become one space, nothing else changes. */
    private String parseBraced() throws TclException {
        int depth = 1;
        int start = ++pos;
        StringBuilder sb = null;
        int copied = start;
        while (pos < end) {
            char c = src.charAt(pos);
            if (c == '\\') {
                if (pos + 1 < end && src.charAt(pos + 1) == '\n') {
                    if (sb == null) {
                        sb = new StringBuilder();
                    }
                    sb.append(src, copied, pos).append(' ');
                    pos += 2;
                    line++;
                    while (pos < end && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t')) {
                        pos++;
                    }
                    copied = pos;
                    continue;
                }
                pos += 2;
                continue;
            }
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (--depth == 0) {
                    String text = sb == null ? src.substring(start, pos) : sb.append(src, copied, pos).toString();
                    pos++;
                    return text;
                }
            }
            pos++;
        }
        throw error("missing close-brace").at(start - 1);
    }

    /** A bare or quoted word with $, [ and \ substitution. */
    private Script.Word parseSubstituted(boolean nested, boolean quoted, boolean expand) throws TclException {
        List<Script.Part> parts = new ArrayList<>(2);
        StringBuilder lit = new StringBuilder();
        while (true) {
            if (pos >= end) {
                if (quoted) {
                    throw error("missing \"");
                }
                break;
            }
            char c = src.charAt(pos);
            if (quoted) {
                if (c == '"') {
                    pos++;
                    break;
                }
            } else if (isBlank(c) || c == '\n' || c == ';' || (nested && c == ']')) {
                break;
            }
            if (c == '\\') {
                if (!quoted && pos + 1 < end && src.charAt(pos + 1) == '\n') {
                    break; // word separator
                }
                if (pos + 1 < end && src.charAt(pos + 1) == '\n') {
                    line++;
                }
                pos = Backslash.decode(src, pos, lit);
            } else if (c == '$' && varStarts()) {
                flush(lit, parts);
                parts.add(parseVar());
            } else if (c == '[') {
                flush(lit, parts);
                parts.add(parseBracket());
            } else {
                if (c == '\n') {
                    line++;
                }
                lit.append(c);
                pos++;
            }
        }
        flush(lit, parts);
        return makeWord(parts, expand);
    }

    private Script.Part parseBracket() throws TclException {
        int open = pos;
        pos++;
        try {
            return new Script.CommandSubst(parseScript(true));
        } catch (ParseError e) {
            throw e.at(open);
        }
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                || (c > 127 && Character.isLetterOrDigit(c));
    }

    /** Does the '$' at pos start a variable reference? */
    private boolean varStarts() {
        if (pos + 1 >= end) {
            return false;
        }
        char n = src.charAt(pos + 1);
        return isNameChar(n) || n == '{' || (n == ':' && pos + 2 < end && src.charAt(pos + 2) == ':');
    }

    private Script.Part parseVar() throws TclException {
        pos++; // '$'
        if (src.charAt(pos) == '{') {
            int close = src.indexOf('}', pos + 1);
            if (close < 0 || close >= end) {
                throw error("missing close-brace for variable name").at(pos);
            }
            String name = src.substring(pos + 1, close);
            for (int k = pos + 1; k < close; k++) {
                if (src.charAt(k) == '\n') {
                    line++;
                }
            }
            pos = close + 1;
            return new Script.VarRef(name, null);
        }
        int start = pos;
        while (pos < end) {
            char c = src.charAt(pos);
            if (isNameChar(c)) {
                pos++;
            } else if (c == ':' && pos + 1 < end && src.charAt(pos + 1) == ':') {
                pos += 2;
                while (pos < end && src.charAt(pos) == ':') {
                    pos++;
                }
            } else {
                break;
            }
        }
        String name = src.substring(start, pos);
        if (pos < end && src.charAt(pos) == '(') {
            int paren = pos;
            pos++;
            List<Script.Part> parts = new ArrayList<>();
            StringBuilder lit = new StringBuilder();
            while (true) {
                if (pos >= end) {
                    throw error("missing )").at(paren);
                }
                char c = src.charAt(pos);
                if (c == ')') {
                    pos++;
                    break;
                }
                if (c == '\\') {
                    pos = Backslash.decode(src, pos, lit);
                } else if (c == '$' && varStarts()) {
                    flush(lit, parts);
                    parts.add(parseVar());
                } else if (c == '[') {
                    flush(lit, parts);
                    parts.add(parseBracket());
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    lit.append(c);
                    pos++;
                }
            }
            flush(lit, parts);
            return new Script.VarRef(name, makeWord(parts, false));
        }
        return new Script.VarRef(name, null);
    }
}
