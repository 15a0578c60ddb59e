package org.tcl4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Lists are parsed and quoted exactly as tclsh does. */
class TclListTest {
    private static String fmt(String... items) {
        return TclList.format(List.of(items));
    }

    @Test
    void quotingFollowsTclRules() {
        assertEquals("a b c", fmt("a", "b", "c"));
        assertEquals("{} {a b} #x #y", fmt("", "a b", "#x", "#y"));
        assertEquals("{#x} y", fmt("#x", "y"));
        assertEquals("{{a}} a{b}c \\{", fmt("{a}", "a{b}c", "{"));
        assertEquals("{$x} {[y]} a\\\"b a\\] {a] b} #a\\]", fmt("$x", "[y]", "a\"b", "a]", "a] b", "#a]"));
        assertEquals("{#a]} x", fmt("#a]", "x"));
        assertEquals("a\\\\", fmt("a\\"));
    }

    @Test
    void parsingHandlesBracesQuotesAndBackslashes() throws TclException {
        TclList l = TclList.parse(" a {b c} \"d e\" f\\ g {} ");
        assertEquals(List.of("a", "b c", "d e", "f g", ""), l.stream().map(TclValue::toString).toList());
    }

    @Test
    void malformedListsGiveTclsMessages() {
        TclException e = assertThrows(TclException.class, () -> TclList.parse("a {b"));
        assertEquals("unmatched open brace in list", e.getMessage());
        e = assertThrows(TclException.class, () -> TclList.parse("{a}b"));
        assertEquals("list element in braces followed by \"b\" instead of space", e.getMessage());
    }

    @Test
    void appendSharesStorageOnlyWhenSafe() {
        TclList base = TclList.EMPTY.append(TclValue.of("a"));
        TclList one = base.append(TclValue.of("b"));
        TclList two = base.append(TclValue.of("c"));
        assertEquals("a b", one.format());
        assertEquals("a c", two.format());
    }
}
