package org.tcl4j.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * Runs commands read from a stdin that is not a terminal, as tclsh does:
 * each command is evaluated as soon as its last line has been read; an error
 * prints its message (not the errorInfo trace) on stderr and the next command
 * runs anyway; at end of input an unfinished command is dropped and the exit
 * status is 0.
 */
final class StdinRunner {
    private StdinRunner() {
    }

    static int run(Interp interp, InputStream in) {
        LineInput lines = new LineInput(in, StandardCharsets.UTF_8);
        CommandBuffer buffer = new CommandBuffer();
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                if (buffer.add(line)) {
                    evalAndReport(interp, buffer.take(), false);
                }
            }
        } catch (IOException e) {
            // tclsh treats a read error on stdin as end of input
        }
        return 0;
    }

    /**
     * Evaluates one command typed or piped in; an error shows its message on
     * stderr; a non-empty result is printed when {@code echo} is set (the REPL).
     */
    static void evalAndReport(Interp interp, String command, boolean echo) {
        try {
            TclValue result = TopLevel.eval(interp, TclValue.of(command));
            if (echo) {
                String s = result.toString();
                if (!s.isEmpty()) {
                    interp.stdout().println(s);
                }
            }
        } catch (TclException e) {
            ErrorReport.record(interp, e);
            interp.stdout().flush();
            interp.stderr().println(e.result());
            interp.stderr().flush();
        }
    }
}
