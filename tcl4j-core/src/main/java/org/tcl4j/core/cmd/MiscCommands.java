package org.tcl4j.core.cmd;

import java.io.PrintStream;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/** Small commands that fit no family: puts (stdout/stderr until channels land). */
public final class MiscCommands {
    private MiscCommands() {
    }

    public static void register(Interp interp) {
        interp.register("puts", MiscCommands::puts);
    }

    static TclValue puts(Interp interp, TclValue[] objv) throws TclException {
        int i = 1;
        boolean newline = true;
        if (i < objv.length && objv[i].toString().equals("-nonewline")) {
            newline = false;
            i++;
        }
        int left = objv.length - i;
        String chan = "stdout";
        if (left == 2) {
            chan = objv[i].toString();
            i++;
        } else if (left != 1) {
            throw Args.wrongNum(objv, 1, "?-nonewline? ?channelId? string");
        }
        PrintStream out;
        if (chan.equals("stdout")) {
            out = interp.stdout();
        } else if (chan.equals("stderr")) {
            out = interp.stderr();
        } else {
            throw new TclException("can not find channel named \"" + chan + "\"", "TCL LOOKUP CHANNEL " + chan);
        }
        String s = objv[i].toString();
        if (newline) {
            out.print(s + "\n");
        } else {
            out.print(s);
        }
        if (chan.equals("stderr")) {
            out.flush();
        }
        return TclValue.EMPTY;
    }
}
