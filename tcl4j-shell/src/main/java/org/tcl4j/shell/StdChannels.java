package org.tcl4j.shell;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.io.Channel;
import org.tcl4j.core.io.ChannelTable;

/**
 * The interpreter's standard channels as tclsh's main loop uses them: it
 * reads commands from the stdin channel (so a script's own {@code gets
 * stdin} reads the lines that follow it), reports errors through the
 * stderr channel, and looks the channels up again each time, because a
 * script may close or replace them. A closed channel is silently skipped.
 */
final class StdChannels {
    private StdChannels() {
    }

    private static ChannelTable table(Interp interp) {
        return ChannelTable.of(interp);
    }

    /** The next line of stdin, or null at end of input (or when stdin is closed). */
    static String readLine(Interp interp) throws TclException {
        while (true) {
            Channel in = table(interp).stdinChannel();
            if (in == null) {
                return null;
            }
            String line = in.gets();
            if (line != null) {
                return line;
            }
            if (in.eof()) {
                return null;
            }
            if (in.blocked()) {
                // the script made stdin non-blocking: wait for more, as tclsh's loop does
                sleepBriefly();
            }
        }
    }

    static void writeStdout(Interp interp, String text) {
        write(table(interp).stdoutChannel(), text);
    }

    static void writeStderr(Interp interp, String text) {
        write(table(interp).stderrChannel(), text);
    }

    static void flushStdout(Interp interp) {
        Channel out = table(interp).stdoutChannel();
        if (out != null) {
            try {
                out.flush();
            } catch (TclException ignored) {
                // stdout is gone (e.g. a closed pipe): nothing more to show
            }
        }
        interp.stdout().flush();
    }

    /** What tclsh does on its way out: every channel's queued output is written. */
    static void flushAll(Interp interp) {
        table(interp).flushAll();
        interp.stdout().flush();
        interp.stderr().flush();
    }

    private static void write(Channel ch, String text) {
        if (ch == null) {
            return;
        }
        try {
            ch.write(text);
            ch.flush();
        } catch (TclException ignored) {
            // as in tclsh, a failing standard channel does not stop the shell
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
