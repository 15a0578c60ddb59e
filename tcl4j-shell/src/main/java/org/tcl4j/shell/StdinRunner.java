package org.tcl4j.shell;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;
import org.tcl4j.core.cmd.HistoryCmd;

/**
 * Runs commands read from a stdin that is not a terminal, as tclsh does:
 * lines are read from the stdin channel and each command is evaluated as
 * soon as its last line is in; an error prints its message (not the
 * errorInfo trace) on stderr and the next command runs anyway; at end of
 * input an unfinished command is dropped and the exit status is 0.
 */
final class StdinRunner {
    private StdinRunner() {
    }

    static int run(Interp interp) {
        CommandBuffer buffer = new CommandBuffer();
        while (true) {
            String line;
            try {
                line = StdChannels.readLine(interp);
            } catch (TclException e) {
                return 0; // tclsh treats a read error on stdin as end of input
            }
            if (line == null) {
                return 0;
            }
            if (buffer.add(line)) {
                evalAndReport(interp, buffer.take(), false);
            }
        }
    }

    /**
     * Records one command typed or piped in as a history event (as tclsh
     * does), then evaluates it; an error shows its message on stderr; a
     * non-empty result is printed when {@code echo} is set (the REPL).
     */
    static void evalAndReport(Interp interp, String command, boolean echo) {
        HistoryCmd.record(interp, command);
        try {
            TclValue result = TopLevel.eval(interp, TclValue.of(command));
            if (echo) {
                String s = result.toString();
                if (!s.isEmpty()) {
                    StdChannels.writeStdout(interp, s + "\n");
                }
            }
        } catch (TclException e) {
            ErrorReport.record(interp, e);
            StdChannels.writeStderr(interp, e.result() + "\n");
        }
    }
}
