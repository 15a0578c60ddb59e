package org.tcl4j.shell;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * What tclsh's main program does, step by step: set {@code argv0},
 * {@code argv}, {@code argc} and {@code tcl_interactive}; run the script
 * file, or the commands on stdin, or the interactive loop on a terminal;
 * then end through the {@code exit} command with the status (so a script
 * that redefines {@code exit} sees it called, as in tclsh).
 */
final class Shell {
    /** Where a launcher says how the shell was invoked (tclsh's argv[0]). */
    static final String ARGV0_PROPERTY = "tcl4j.argv0";
    /** Set by the launcher to "1" or "0": is stdin a terminal? */
    static final String STDIN_TTY_PROPERTY = "tcl4j.stdin.tty";

    private final Interp interp;
    private final CommandLine commandLine;
    Shell(Interp interp, CommandLine commandLine) {
        this.interp = interp;
        this.commandLine = commandLine;
        interp.setExitHandler(status -> {
            StdChannels.flushAll(interp);
            System.exit(status);
        });
    }

    /** Runs the shell; returns the exit status when {@code exit} did not end the process. */
    int run() throws TclException, IOException {
        boolean interactive = commandLine.script() == null && stdinIsTerminal();
        setGlobals(interactive);
        int status;
        if (commandLine.script() != null) {
            status = ScriptRunner.run(interp, commandLine.script(), commandLine.encoding());
        } else if (interactive) {
            RcFile.source(interp);
            status = new Repl(interp).run();
        } else {
            status = StdinRunner.run(interp);
        }
        return exit(status);
    }

    private void setGlobals(boolean interactive) throws TclException {
        String argv0 = commandLine.script() != null ? commandLine.script()
                : System.getProperty(ARGV0_PROPERTY, "jtclsh");
        List<TclValue> argv = new ArrayList<>();
        for (String a : commandLine.args()) {
            argv.add(TclValue.of(a));
        }
        interp.setGlobal("argv0", TclValue.of(argv0));
        interp.setGlobal("argv", TclValue.ofList(argv));
        interp.setGlobal("argc", TclValue.of(argv.size()));
        interp.setGlobal("tcl_interactive", interactive ? TclValue.ONE : TclValue.ZERO);
        interp.setGlobal("tcl_rcFileName", TclValue.of(RcFile.NAME));
    }

    /** tclsh ends with the script-level {@code exit status}; if that returns, the process ends anyway. */
    private int exit(int status) {
        if (interp.findCommand("::exit") != null) {
            try {
                interp.invoke(TclValue.of("exit"), TclValue.of(status));
            } catch (TclException ignored) {
                // tclsh ignores errors of a redefined exit here
            }
        }
        interp.exit(status);
        return status;
    }

    private static boolean stdinIsTerminal() {
        String told = System.getProperty(STDIN_TTY_PROPERTY);
        if (told != null) {
            return told.equals("1");
        }
        return System.console() != null;
    }
}
