package org.tcl4j.core.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclTestCase;
import org.tcl4j.core.TclValue;

/** {@code regexp}: Tcl's advanced regular expressions and how a match is chosen. */
class RegexpCmdTest extends TclTestCase {
    @Test
    void matchVariablesReceiveTheMatchAndGroups() throws TclException {
        assertEquals("1", eval("regexp {(\\d+)-(\\d+)} {tel 12-345} all a b"));
        assertEquals("12-345 12 345", eval("list $all $a $b"));
        assertEquals("1 {1 1} {-1 -1}", eval("list [regexp -indices {(b)(x)?} abc m g1 g2] $g1 $g2"));
        assertEquals("old", eval("set v old; regexp x abc v; set v"), "no match leaves the variables alone");
    }

    @Test
    void alternationAndGreedyPatternsMatchTheLongest() throws TclException {
        assertEquals("ab", eval("regexp -inline {a|ab} ab"));
        assertEquals("aab {}", eval("regexp -inline {a*(ab)?b?} aab"));
        assertEquals("foobar", eval("regexp -inline {foo|foobar|fo} foobarbaz"));
    }

    @Test
    void aNonGreedyFirstQuantifierMakesTheWholeMatchShortest() throws TclException {
        assertEquals("axxb {}", eval("regexp -inline {a.*?b(.*)} axxbyy"));
        assertEquals("aab aa b", eval("regexp -inline {(.*?)(b+)} aabbb"));
        assertEquals("a a {}", eval("regexp -inline {([a-z]+?)([0-9]*)} abc123"));
    }

    @Test
    void allAndInline() throws TclException {
        assertEquals("3", eval("regexp -all a banana"));
        assertEquals("an n an n a {}", eval("regexp -all -inline {a(n)?} banana"));
        assertEquals("{0 -1} {1 0} {2 1}", eval("regexp -all -inline -indices {x*} abc"),
                "an empty match moves on by one character and none is reported at the end");
        assertEquals("{} bb {}", eval("regexp -all -inline {b*} abbc"));
        assertEquals("regexp match variables not allowed when using -inline", error("regexp -inline a b c"));
    }

    @Test
    void startOffsetHidesTheTextBeforeIt() throws TclException {
        assertEquals("{3 3}", eval("regexp -inline -indices -start 2 a banana"));
        assertEquals("0", eval("regexp -start 1 {^a} aa"), "^ is not at a line start there");
        assertEquals("1", eval("regexp -start 1 {\\Aa} aa"));
        assertEquals("1", eval("regexp -start 2 {^c} \"a\\nc\""), "after a newline ^ may match");
        assertEquals("1", eval("regexp -start 2 {\\ma} aaa"), "\\m does not see the character before");
        assertEquals("0", eval("regexp -start end a banana"));
    }

    @Test
    void newlineSensitivity() throws TclException {
        assertEquals("0", eval("regexp {^b$} \"a\\nb\\nc\""));
        assertEquals("1", eval("regexp -line {^b$} \"a\\nb\\nc\""));
        assertEquals("1", eval("regexp {a.c} \"a\\nc\""), ". matches a newline by default");
        assertEquals("0", eval("regexp -linestop {a[^x]c} \"a\\nc\""));
        assertEquals("0", eval("regexp {a$} \"a\\n\""), "$ is the very end, not before a final newline");
    }

    @Test
    void classesFollowTclsUnicodeTables() throws TclException {
        assertEquals("1", eval("regexp {^\\w+$} \"\\u00e9t\\u00e9_1\""));
        assertEquals("1", eval("regexp {^[[:space:]]$} \"\\u00a0\""));
        assertEquals("1", eval("regexp -nocase {[[:upper:]]} 1"), "Tcl: without case, upper means alnum");
        assertEquals("0", eval("regexp {[[:blank:]]} \\n"));
    }

    @Test
    void compileErrorsUseTclsWording() {
        assertEquals("couldn't compile regular expression pattern: quantifier operand invalid", error("regexp a** x"));
        assertEquals("couldn't compile regular expression pattern: parentheses () not balanced", error("regexp ( x"));
        assertEquals("couldn't compile regular expression pattern: brackets [] not balanced", error("regexp {[a} x"));
        assertEquals("couldn't compile regular expression pattern: invalid backreference number",
                error("regexp {(a)\\2} x"));
        assertEquals("REGEXP REG_EBRACE {braces {} not balanced}",
                assertThrows(TclException.class, () -> eval("regexp a\\{1 x")).errorCode().toString());
        assertEquals("bad option \"-foo\": must be -all, -about, -indices, -inline, -expanded, -line, -linestop,"
                + " -lineanchor, -nocase, -start, or --", error("regexp -foo a b"));
    }

    @Test
    void aboutReportsGroupsAndFacts() throws TclException {
        assertEquals("1 {REG_UBACKREF REG_UNONPOSIX}", eval("regexp -about {(a)\\1}"));
        assertEquals("0 {REG_UNONPOSIX REG_UEMPTYMATCH REG_USHORTEST}", eval("regexp -about {a??}"));
    }

    @Test
    void compiledPatternIsCachedOnTheValue() throws TclException {
        TclValue pattern = TclValue.of("a+b");
        TclRegex first = Regexps.compile(pattern, 0);
        assertSame(first, pattern.rep());
        assertSame(first, Regexps.compile(pattern, 0));
        assertEquals(TclRegex.ICASE, Regexps.compile(pattern, TclRegex.ICASE).flags(), "other flags recompile");
    }

    @Test
    void publicMatchesApi() throws TclException {
        assertTrue(Regexps.matches(interp, "^a.c$", "abc", false));
        assertTrue(Regexps.matches(interp, TclValue.of("B"), "abc", true));
        assertFalse(Regexps.matches(interp, "B", "abc", false));
        assertThrows(TclException.class, () -> Regexps.matches(interp, "(", "abc", false));
    }

    @Test
    void translationIsExplicitJava() throws TclException {
        assertEquals("a\\z", TclRegex.compile("a$", 0).javaSource());
        assertEquals("[ab]*", TclRegex.compile("(?:a|b)*", 0).javaSource(), "single-character alternatives merge");
        assertEquals("[^a\\n]", TclRegex.compile("[^a]", TclRegex.LINESTOP).javaSource());
    }
}
