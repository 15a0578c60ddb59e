package org.tcl4j.shell;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.tcl4j.core.Interp;

/**
 * jtclsh, tclsh for tcl4j: {@code jtclsh ?-encoding name? ?fileName arg ...?}.
 * With a file, runs it; without one, reads commands from stdin, or offers an
 * interactive prompt when stdin is a terminal. See {@link Shell}.
 *
 * <p>The interpreter runs on a thread with a large stack (1 GiB, reserved
 * but touched only as needed), so that deep recursion ends with Tcl's own
 * "too many nested evaluations" error rather than a Java stack overflow.
 */
public final class Jtclsh {
    /** Stack reserved for the interpreter thread. */
    static final long STACK_BYTES = 1L << 30;

    private Jtclsh() {
    }

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 14),
                true, StandardCharsets.UTF_8); // flushed at each newline, like tclsh's stdout
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        int[] status = {1};
        Thread tcl = new Thread(null, () -> status[0] = runShell(args, out, err), "tcl-main", STACK_BYTES);
        tcl.start();
        tcl.join();
        out.flush();
        System.exit(status[0]);
    }

    private static int runShell(String[] args, PrintStream out, PrintStream err) {
        try {
            Interp interp = new Interp();
            interp.setStdout(out);
            interp.setStderr(err);
            return new Shell(interp, CommandLine.parse(args)).run();
        } catch (OutOfMemoryError e) {
            // the script's own doing (a runaway loop, a huge value), not a bug: no Java stack trace
            out.flush();
            err.println("jtclsh: out of memory (" + e.getMessage() + "); more heap: JTCLSH_JAVA_OPTS=-Xmx<size>");
            return 1;
        } catch (Exception | Error e) {
            out.flush();
            err.println("jtclsh: internal error: " + e);
            e.printStackTrace(err);
            return 1;
        }
    }
}
