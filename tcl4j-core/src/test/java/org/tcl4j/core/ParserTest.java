package org.tcl4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Dodekalogue: how script text becomes commands and words. */
class ParserTest {
    private static Script parse(String s) throws TclException {
        return Parser.parse(s);
    }

    @Test
    void commandsAreSeparatedByNewlinesAndSemicolons() throws TclException {
        Script s = parse("set a 1; set b 2\nputs $a\n\n# comment ; not a command\n");
        assertEquals(3, s.size());
        assertEquals(1, s.commands[0].line);
        assertEquals(2, s.commands[2].line);
    }

    @Test
    void bracedWordsAreLiteralExceptBackslashNewline() throws TclException {
        Script s = parse("x {a $b [c] \\n} {d\\\n   e}");
        assertEquals("a $b [c] \\n", s.commands[0].words[1].literal.toString());
        assertEquals("d e", s.commands[0].words[2].literal.toString());
    }

    @Test
    void quotedAndBareWordsHaveParts() throws TclException {
        Script s = parse("x \"a $b\" c[d]e $f(g$h) ${i j}");
        Script.Word[] w = s.commands[0].words;
        assertEquals(2, w[1].parts.length);
        assertEquals(3, w[2].parts.length);
        Script.VarRef v = (Script.VarRef) w[3].parts[0];
        assertEquals("f", v.name);
        assertEquals(2, v.index.parts.length);
        assertEquals("i j", ((Script.VarRef) w[4].parts[0]).name);
    }

    @Test
    void expansionPrefixIsRecognisedOnlyBeforeAWord() throws TclException {
        Script s = parse("x {*}$l {*} {*}");
        assertTrue(s.commands[0].words[1].expand);
        assertFalse(s.commands[0].words[2].expand);
        assertEquals("*", s.commands[0].words[3].literal.toString());
    }

    @Test
    void dollarWithoutANameIsLiteral() throws TclException {
        Script s = parse("x $ a$ $:b");
        assertEquals("$", s.commands[0].words[1].literal.toString());
        assertEquals("a$", s.commands[0].words[2].literal.toString());
        assertEquals("$:b", s.commands[0].words[3].literal.toString());
    }

    private static String syntaxError(String script) throws TclException {
        Script s = parse(script);
        return s.commands[s.commands.length - 1].syntaxError;
    }

    @Test
    void syntaxErrorsUseTclsWording() throws TclException {
        assertEquals("missing close-brace", syntaxError("x {a"));
        assertEquals("missing \"", syntaxError("x \"a"));
        assertEquals("missing close-bracket", syntaxError("x [a"));
        assertEquals("extra characters after close-brace", syntaxError("x {a}b"));
        assertEquals("extra characters after close-quote", syntaxError("x \"a\"b"));
    }

    @Test
    void commandsBeforeASyntaxErrorStillRun() throws TclException {
        Interp interp = new Interp();
        TclException e = assertThrows(TclException.class, () -> interp.eval("set a 1\nset b {oops\n"));
        assertEquals("1", interp.getVar("a").toString());
        assertEquals("missing close-brace\n    while executing\n\"set b {\"", e.errorInfo());
    }

    @Test
    void completenessIsWhatTheReplAsks() {
        assertTrue(Parser.isComplete("set a {b}"));
        assertFalse(Parser.isComplete("proc a {} {"));
        assertFalse(Parser.isComplete("puts [list a"));
        assertTrue(Parser.isComplete("puts a}"));
    }
}
