package org.tcl4j.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs command traces: {@code enter}/{@code leave} around an invocation,
 * {@code enterstep}/{@code leavestep} around every command run inside a
 * traced command, and {@code rename}/{@code delete} notifications. Kept out
 * of the hot path: the interpreter only comes here when a command has
 * traces or a step trace is active.
 */
final class CommandTraces {
    private CommandTraces() {
    }

    /** Runs a command that has traces, or any command while a step trace is active. */
    static TclValue invoke(Interp interp, CommandEntry e, TclValue[] objv) throws TclException {
        return interp.steps != null ? invokeStepped(interp, e, objv) : invokeTraced(interp, e, objv);
    }

    static TclValue invokeTraced(Interp interp, CommandEntry e, TclValue[] objv) throws TclException {
        List<CommandEntry.CommandTrace> traces = new ArrayList<>(e.traces);
        for (int i = traces.size() - 1; i >= 0; i--) {
            CommandEntry.CommandTrace t = traces.get(i);
            if (t.ops().contains("enter")) {
                t.enter(interp, objv);
            }
        }
        List<CommandEntry.CommandTrace> stepping = new ArrayList<>();
        for (CommandEntry.CommandTrace t : traces) {
            if (t.ops().contains("enterstep") || t.ops().contains("leavestep")) {
                stepping.add(t);
            }
        }
        Steps outer = interp.steps;
        if (!stepping.isEmpty()) {
            interp.steps = new Steps(stepping, outer);
        }
        Outcome out;
        try {
            out = Outcome.of(interp, () -> e.command.invoke(interp, objv));
        } finally {
            interp.steps = outer;
        }
        for (CommandEntry.CommandTrace t : traces) {
            if (t.ops().contains("leave")) {
                afterwards(interp, () -> t.leave(interp, objv, out.code(), out.result()));
            }
        }
        return out.resume();
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

    /** The step traces of one running traced command, and those of the traced commands around it. */
    record Steps(List<CommandEntry.CommandTrace> traces, Steps outer) {
    }

    /**
     * Runs a command inside a traced command's extent, with the
     * {@code enterstep} traces before and the {@code leavestep} traces
     * after. The trace scripts themselves run unstepped, and see the
     * command's own completion code and result.
     */
    private static TclValue invokeStepped(Interp interp, CommandEntry e, TclValue[] objv) throws TclException {
        Steps active = interp.steps;
        interp.steps = null;
        try {
            for (Steps s = active; s != null; s = s.outer()) {
                for (int i = s.traces().size() - 1; i >= 0; i--) {
                    CommandEntry.CommandTrace t = s.traces().get(i);
                    if (t.ops().contains("enterstep")) {
                        t.enterStep(interp, objv);
                    }
                }
            }
        } finally {
            interp.steps = active;
        }
        Outcome out = Outcome.of(interp,
                () -> e.traces != null ? invokeTraced(interp, e, objv) : e.command.invoke(interp, objv));
        interp.steps = null;
        try {
            for (Steps s = active; s != null; s = s.outer()) {
                for (CommandEntry.CommandTrace t : s.traces()) {
                    if (t.ops().contains("leavestep")) {
                        afterwards(interp, () -> t.leaveStep(interp, objv, out.code(), out.result()));
                    }
                }
            }
        } finally {
            interp.steps = active;
        }
        return out.resume();
    }

    /** Running the traced command. */
    @FunctionalInterface
    private interface CommandRun {
        TclValue run() throws TclException;
    }

    /** Running a trace script. */
    @FunctionalInterface
    private interface TraceRun {
        void run() throws TclException;
    }

    /** What a traced command did: its result and completion code, or the error it raised. */
    private record Outcome(TclValue result, int code, TclException error) {
        /** Runs the command, holding its error back so that the leave traces still run. */
        static Outcome of(Interp interp, CommandRun command) {
            try {
                TclValue r = command.run();
                return new Outcome(r, interp.code, null);
            } catch (TclException ex) {
                return new Outcome(ex.result(), Interp.ERROR, ex);
            }
        }

        /** The command's result, or its error, once the traces have run. */
        TclValue resume() throws TclException {
            if (error != null) {
                throw error;
            }
            return result;
        }
    }

    /** Runs a leave or leavestep trace script from a clean completion code, keeping the command's. */
    private static void afterwards(Interp interp, TraceRun trace) throws TclException {
        int saved = interp.code;
        interp.code = Interp.OK;
        trace.run();
        interp.code = saved;
    }
}
