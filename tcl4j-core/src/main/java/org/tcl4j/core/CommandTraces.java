package org.tcl4j.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs command traces: {@code enter}/{@code leave} around an invocation,
 * and {@code rename}/{@code delete} notifications. Kept out of the hot path:
 * the interpreter only comes here when a command has traces.
 */
final class CommandTraces {
    private CommandTraces() {
    }

    static TclValue invokeTraced(Interp interp, CommandEntry e, TclValue[] objv) throws TclException {
        List<CommandEntry.CommandTrace> traces = new ArrayList<>(e.traces);
        for (int i = traces.size() - 1; i >= 0; i--) {
            CommandEntry.CommandTrace t = traces.get(i);
            if (t.ops().contains("enter")) {
                t.enter(interp, objv);
            }
        }
        TclValue result;
        int code;
        TclException error = null;
        try {
            result = e.command.invoke(interp, objv);
            code = interp.code;
        } catch (TclException ex) {
            error = ex;
            result = ex.result();
            code = Interp.ERROR;
        }
        for (CommandEntry.CommandTrace t : traces) {
            if (t.ops().contains("leave")) {
                int saved = interp.code;
                interp.code = Interp.OK;
                t.leave(interp, objv, code, result);
                interp.code = saved;
            }
        }
        if (error != null) {
            throw error;
        }
        return result;
    }

    static void fireRename(Interp interp, CommandEntry e, String oldName, String newName) {
        for (CommandEntry.CommandTrace t : new ArrayList<>(e.traces)) {
            if (t.ops().contains("rename")) {
                try {
                    t.renamed(interp, oldName, newName);
                } catch (TclException ignored) {
                    // errors in rename traces are ignored, as in Tcl
                }
            }
        }
    }

    static void fireDelete(Interp interp, CommandEntry e) {
        String name = e.fullName();
        for (CommandEntry.CommandTrace t : new ArrayList<>(e.traces)) {
            if (t.ops().contains("delete")) {
                try {
                    t.deleted(interp, name);
                } catch (TclException ignored) {
                    // errors in delete traces are ignored, as in Tcl
                }
            }
        }
    }
}
