package org.tcl4j.core.cmd;


import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.Numbers;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * Commands about the process and the clock: {@code exit}, {@code pid},
 * {@code time}. ({@code after} belongs to the event loop, in the io package.)
 */
public final class SystemCommands {
    private SystemCommands() {
    }

    public static void register(Interp interp) {
        interp.register("exit", SystemCommands::exit);
        interp.register("pid", SystemCommands::pid);
        interp.register("load", LoadCommands::load);
        interp.register("unload", LoadCommands::unload);
        interp.register("time", SystemCommands::time);
    }

    /** {@code exit ?returnCode?}: the interpreter's exit handler ends the process. */
    static TclValue exit(Interp interp, TclValue[] objv) throws TclException {
        Args.check(objv, 1, 2, 1, "?returnCode?");
        int status = objv.length == 2 ? Args.intArg(objv[1]) : 0;
        interp.exit(status);
        return TclValue.EMPTY;
    }

    /** {@code pid ?channelId?}: our process id; the standard channels have no pipeline, so "". */
    static TclValue pid(Interp interp, TclValue[] objv) throws TclException {
        Args.check(objv, 1, 2, 1, "?channelId?");
        if (objv.length == 1) {
            return TclValue.of(ProcessHandle.current().pid());
        }
        String chan = objv[1].toString();
        if (chan.equals("stdin") || chan.equals("stdout") || chan.equals("stderr")) {
            return TclValue.EMPTY;
        }
        throw new TclException("can not find channel named \"" + chan + "\"",
                Args.code("TCL LOOKUP CHANNEL", chan));
    }

    /**
     * {@code time script ?count?}: runs the script count times and reports
     * the mean in tclsh's format: an integer for one run, a double otherwise.
     * A non-ok code (break, return, ...) ends the loop and is passed on.
     */
    static TclValue time(Interp interp, TclValue[] objv) throws TclException {
        Args.check(objv, 2, 3, 1, "command ?count?");
        int count = objv.length == 3 ? Args.intArg(objv[2]) : 1;
        TclValue script = objv[1];
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            TclValue r = interp.eval(script);
            if (interp.code() != Interp.OK) {
                return r;
            }
        }
        long nanos = System.nanoTime() - start;
        String per;
        if (count <= 0) {
            per = "0";
        } else if (count == 1) {
            per = Long.toString(Math.round(nanos / 1000.0));
        } else {
            per = Numbers.formatDouble(nanos / 1000.0 / count);
        }
        return TclValue.of(per + " microseconds per iteration");
    }
}
