package org.tcl4j.core;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A variable frame: the global/namespace level (no locals) or a procedure
 * call (locals in slots, see {@link LocalNames}). {@code uplevel} evaluates
 * in an older frame by making it current; the frame chain through
 * {@link #callerVar} is what {@code upvar} and {@code info level} count.
 */
public final class CallFrame {
    final Namespace ns;
    /** Local variable slots; null for namespace-level frames. */
    Var[] slots;
    /** Names of the slots (shared by all calls of the procedure). */
    final LocalNames names;
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

    CallFrame(Namespace ns, LocalNames names, CallFrame callerVar, int level, TclValue[] objv, Proc proc,
            boolean isNamespaceFrame) {
        this.ns = ns;
        this.names = names;
        this.slots = names == null ? null : new Var[Math.max(4, names.size())];
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
        return slots != null;
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

    // ------------------------------------------------------------- locals

    /** The local slot {@code i}, or null when unset in this call. */
    Var slot(int i) {
        return i < slots.length ? slots[i] : null;
    }

    /** The local slot {@code i}, created when missing. */
    Var slotOrCreate(int i) {
        if (i >= slots.length) {
            slots = Arrays.copyOf(slots, Math.max(i + 1, slots.length * 2));
        }
        Var v = slots[i];
        if (v == null) {
            v = new Var(names.name(i));
            slots[i] = v;
        }
        return v;
    }

    /** A local by name, or null. */
    Var getLocal(String name) {
        int i = names.find(name);
        return i < 0 ? null : slot(i);
    }

    /** A local by name, created when missing. */
    Var createLocal(String name) {
        return slotOrCreate(names.slotOf(name));
    }

    /** Installs a slot object under a name (for links). */
    void putLocal(String name, Var v) {
        int i = names.slotOf(name);
        slotOrCreate(i);
        slots[i] = v;
    }

    void removeLocal(String name) {
        int i = names.find(name);
        if (i >= 0 && i < slots.length) {
            slots[i] = null;
        }
    }

    /** The locals that exist in this call, in slot order (a copy, for introspection). */
    public Map<String, Var> locals() {
        Map<String, Var> out = new LinkedHashMap<>();
        if (slots != null) {
            for (int i = 0; i < slots.length; i++) {
                if (slots[i] != null) {
                    out.put(names.name(i), slots[i]);
                }
            }
        }
        return out;
    }
}
