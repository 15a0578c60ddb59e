package org.tcl4j.shell;

import org.tcl4j.core.Parser;

/**
 * Collects input lines until they make a complete Tcl command, as tclsh does
 * when it reads commands from stdin or a terminal: a command is complete when
 * no brace, quote or bracket is left open and the last line does not end in
 * a backslash that continues it.
 */
final class CommandBuffer {
    private final StringBuilder text = new StringBuilder();

    /** Adds one line (without its newline); true when the buffer now holds a complete command. */
    boolean add(String line) {
        text.append(line).append('\n');
        return isComplete(text);
    }

    /** The collected command without its final newline; empties the buffer. */
    String take() {
        String command = text.substring(0, Math.max(0, text.length() - 1));
        text.setLength(0);
        return command;
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    /** Is {@code script} (ending with a newline, as typed) a complete command? */
    static boolean isComplete(CharSequence script) {
        return !endsInContinuation(script) && Parser.isComplete(script.toString());
    }

    /** A backslash before the final newline joins the next line to this one. */
    private static boolean endsInContinuation(CharSequence s) {
        int i = s.length() - 1;
        if (i >= 0 && s.charAt(i) == '\n') {
            i--;
        }
        int backslashes = 0;
        while (i >= 0 && s.charAt(i) == '\\') {
            backslashes++;
            i--;
        }
        return backslashes % 2 == 1;
    }
}
