package org.tcl4j.core.cmd;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Tcl glob patterns as {@code string match}, {@code lsearch -glob} and {@code switch -glob} see them. */
class GlobMatchTest {
    @Test
    void starAndQuestionMark() {
        assertTrue(GlobMatch.matches("*", "", false));
        assertTrue(GlobMatch.matches("*.tcl", "init.tcl", false));
        assertFalse(GlobMatch.matches("*.tcl", "init.tk", false));
        assertTrue(GlobMatch.matches("a?c", "abc", false));
        assertFalse(GlobMatch.matches("a?c", "ac", false));
        assertTrue(GlobMatch.matches("a*b*c", "axxbyyc", false));
        assertFalse(GlobMatch.matches("a*b*c", "axxbyy", false));
    }

    @Test
    void bracketSetsAndRangesInEitherOrder() {
        assertTrue(GlobMatch.matches("[a-c]x", "bx", false));
        assertTrue(GlobMatch.matches("[z-a]", "m", false));
        assertFalse(GlobMatch.matches("[A-Z]", "m", false));
        assertTrue(GlobMatch.matches("[A-Z]", "m", true));
    }

    @Test
    void tclQuirksAreKept() {
        // no negation: ^ is just a member
        assertFalse(GlobMatch.matches("[^a]", "b", false));
        assertTrue(GlobMatch.matches("[^a]", "^", false));
        // a backslash inside a set is an ordinary character
        assertTrue(GlobMatch.matches("[\\a]", "\\", false));
        // ']' right after '[' closes an empty set that matches nothing
        assertFalse(GlobMatch.matches("[]]", "]", false));
        // an unclosed set still matches its character
        assertTrue(GlobMatch.matches("[a", "a", false));
        // a trailing backslash matches nothing
        assertFalse(GlobMatch.matches("a\\", "a\\", false));
    }

    @Test
    void backslashQuotesMetacharacters() {
        assertTrue(GlobMatch.matches("\\*", "*", false));
        assertFalse(GlobMatch.matches("\\*", "x", false));
        assertTrue(GlobMatch.matches("a\\[b\\]", "a[b]", false));
    }

    @Test
    void nocaseUsesUnicodeLowerCase() {
        assertTrue(GlobMatch.matches("\u00c9T\u00c9", "\u00e9t\u00e9", true));
        assertTrue(GlobMatch.matches("*B*", "abc", true));
        assertFalse(GlobMatch.matches("*B*", "abc", false));
    }

    @Test
    void literalPatternsAreRecognised() {
        assertTrue(GlobMatch.isLiteral("plain-name"));
        assertFalse(GlobMatch.isLiteral("a*"));
        assertFalse(GlobMatch.isLiteral("a\\b"));
    }
}
