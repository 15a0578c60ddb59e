package org.tcl4j.core.io;

import org.tcl4j.core.Args;
import org.tcl4j.core.CallFrame;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;
import org.tcl4j.core.Var;
import org.tcl4j.core.Variables;

/** {@code vwait name} and {@code update ?idletasks?}: the script-level entries to the event loop. */
final class EventLoopCmds {
    private static final String[] UPDATE_OPTIONS = {"idletasks"};

    private EventLoopCmds() {
    }

    /** Runs events until the global variable {@code name} is written or unset (nested calls work). */
    static TclValue vwait(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length != 2) {
            throw Args.wrongNum(objv, 1, "name");
        }
        String name = objv[1].toString();
        Var slot;
        CallFrame saved = interp.setVarFrame(interp.globalFrame());
        try {
            slot = Variables.traceSlot(interp, name, true);
        } finally {
            interp.setVarFrame(saved);
        }
        boolean[] done = {false};
        Var.VarTrace trace = new Var.VarTrace() {
            @Override
            public boolean wants(String op) {
                return op.equals("write") || op.equals("unset");
            }

            @Override
            public void fire(Interp in, String name1, String name2, String op) {
                done[0] = true;
            }
        };
        Variables.addTrace(slot, trace);
        Notifier notifier = Notifier.of(interp);
        try {
            while (!done[0]) {
                notifier.doOneEvent(Notifier.ALL_EVENTS);
            }
        } finally {
            Variables.traces(slot).remove(trace);
        }
        return TclValue.EMPTY;
    }

    static TclValue update(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length > 2) {
            throw Args.wrongNum(objv, 1, "?idletasks?");
        }
        Notifier notifier = Notifier.of(interp);
        if (objv.length == 2) {
            Args.index(objv[1], UPDATE_OPTIONS, "option");
            notifier.updateIdleTasks();
        } else {
            notifier.update();
        }
        return TclValue.EMPTY;
    }
}
