package org.tcl4j.core;

import java.util.HashMap;

/**
 * A variable frame: the global/namespace level (no locals) or a procedure
 * call (locals). {@code uplevel} evaluates in an older frame by making it
 * current; the frame chain through {@link #callerVar} is what {@code upvar}
 * and {@code info level} count.
 */
public final class CallFrame {
    final Namespace ns;
    /** Local variables; null for namespace-level frames. */
    final HashMap<String, Var> locals;
    /** The frame that was current when this one was pushed. */
    final CallFrame callerVar;
    /** 0 for global, 1 for a proc called from global, ... */
    final int level;
    /** The words of the invocation, for {@code info level N}. */
    final TclValue[] objv;
    /** Procedure (or lambda) being run, or null. */
    final Proc proc;
    /** For {@code namespace eval} frames: true; they share the namespace vars. */
    final boolean isNamespaceFrame;

    CallFrame(Namespace ns, HashMap<String, Var> locals, CallFrame callerVar, int level, TclValue[] objv, Proc proc,
            boolean isNamespaceFrame) {
        this.ns = ns;
        this.locals = locals;
        this.callerVar = callerVar;
        this.level = level;
        this.objv = objv;
        this.proc = proc;
        this.isNamespaceFrame = isNamespaceFrame;
    }

    public Namespace namespace() {
        return ns;
    }

    public int level() {
        return level;
    }

    public boolean isProc() {
        return locals != null;
    }

    public TclValue[] objv() {
        return objv;
    }

    public Proc proc() {
        return proc;
    }

    public CallFrame caller() {
        return callerVar;
    }

    /** Local variable map (proc frames only). */
    public HashMap<String, Var> locals() {
        return locals;
    }
}
