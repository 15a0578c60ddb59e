package org.tcl4j.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When typed or piped lines make a complete command. */
class CommandBufferTest {
    @Test
    void aSimpleLineIsComplete() {
        CommandBuffer b = new CommandBuffer();
        assertTrue(b.add("puts hi"));
        assertEquals("puts hi", b.take());
        assertTrue(b.isEmpty());
    }

    @Test
    void openBraceQuoteOrBracketWaitsForMoreLines() {
        CommandBuffer b = new CommandBuffer();
        assertFalse(b.add("proc f {} {"));
        assertFalse(b.add("  puts \"a"));
        assertFalse(b.add("b\" [list"));
        assertFalse(b.add("]"));
        assertTrue(b.add("}"));
        assertEquals("proc f {} {\n  puts \"a\nb\" [list\n]\n}", b.take());
    }

    @Test
    void aBackslashAtTheEndContinuesTheCommand() {
        CommandBuffer b = new CommandBuffer();
        assertFalse(b.add("puts \\"));
        assertTrue(b.add("x"));
        assertTrue(b.add("puts a\\\\"), "an escaped backslash does not continue");
    }

    @Test
    void aBraceInACommentDoesNotOpenAnything() {
        assertTrue(CommandBuffer.isComplete("# a comment with { in it\n"));
    }
}
