package org.tcl4j.core;

import java.util.ArrayList;
import java.util.List;

/**
 * A command as registered in a namespace: its name, home namespace, the Java
 * implementation, and the bookkeeping for imports, traces and deletion.
 * The identity of the entry survives {@code rename}.
 */
public final class CommandEntry {
    String name;
    Namespace ns;
    TclCommand command;
    /** When this entry is an import, the command it refers to. */
    CommandEntry importedFrom;
    /** Imports elsewhere that refer to this command. */
    List<CommandEntry> importedBy;
    /** Runs when the command is deleted (e.g. a coroutine or ensemble cleanup). */
    Runnable onDelete;
    /** Command traces (rename/delete) and execution traces; null when none. */
    List<CommandTrace> traces;
    boolean deleted;
    /** Which inline form the evaluator may use for this built-in (see InlineCommands), or NONE. */
    byte inline;

    CommandEntry(String name, Namespace ns, TclCommand command) {
        this.name = name;
        this.ns = ns;
        this.command = command;
    }

    public String name() {
        return name;
    }

    public Namespace namespace() {
        return ns;
    }

    public TclCommand command() {
        return command;
    }

    /** The command this entry finally refers to, following imports. */
    public CommandEntry origin() {
        CommandEntry e = this;
        while (e.importedFrom != null) {
            e = e.importedFrom;
        }
        return e;
    }

    public void setOnDelete(Runnable r) {
        onDelete = r;
    }

    /** The fully qualified name, e.g. {@code ::foo::bar} or {@code ::set}. */
    public String fullName() {
        return ns.isGlobal() ? "::" + name : ns.fullName() + "::" + name;
    }

    void addImportRef(CommandEntry imp) {
        if (importedBy == null) {
            importedBy = new ArrayList<>();
        }
        importedBy.add(imp);
    }

    /** The traces on this command, created on demand. */
    public List<CommandTrace> traces() {
        if (traces == null) {
            traces = new ArrayList<>();
        }
        return traces;
    }

    /** Drops the trace list when it became empty, so invocation takes the fast path again. */
    public void pruneTraces() {
        if (traces != null && traces.isEmpty()) {
            traces = null;
        }
    }

    /**
     * A trace registered on the command with {@code trace add command} or
     * {@code trace add execution}. Default methods ignore what a trace does
     * not watch.
     */
    public interface CommandTrace {
        /** Operations, as Tcl names them: rename delete enter leave enterstep leavestep. */
        java.util.Set<String> ops();

        default void renamed(Interp interp, String oldName, String newName) throws TclException {
        }

        default void deleted(Interp interp, String oldName) throws TclException {
        }

        default void enter(Interp interp, TclValue[] objv) throws TclException {
        }

        default void leave(Interp interp, TclValue[] objv, int code, TclValue result) throws TclException {
        }

        /** Before each command run inside the traced command (at any depth). */
        default void enterStep(Interp interp, TclValue[] objv) throws TclException {
        }

        /** After each command run inside the traced command (at any depth). */
        default void leaveStep(Interp interp, TclValue[] objv, int code, TclValue result) throws TclException {
        }
    }
}
