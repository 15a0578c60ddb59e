package org.tcl4j.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A variable slot: a scalar value, an array of element slots, or a link to
 * another slot (made by {@code upvar}, {@code global}, {@code variable}).
 */
public final class Var {
    TclValue value;
    /** Array elements, kept in tclsh's hash-table order (see ArrayHashTable). */
    Map<String, Var> array;
    Var link;
    /** Traces on this variable (or on the whole array); null when none. */
    List<VarTrace> traces;
    /** For namespace variables: the namespace; for array elements: the array. */
    Namespace ns;
    Var parentArray;
    String name;
    /** Declared by {@code variable} without a value: exists for name resolution only. */
    boolean declared;
    /** Number of links pointing here (upvar), so unset keeps the slot alive. */
    int linkCount;
    /** True while a trace on this variable runs, to suppress recursion. */
    boolean traceActive;

    Var(String name) {
        this.name = name;
    }

    /** Follows upvar links to the real slot. */
    Var resolve() {
        Var v = this;
        while (v.link != null) {
            v = v.link;
        }
        return v;
    }

    public boolean isArray() {
        return array != null;
    }

    /** Exists: has a value or is an array. */
    public boolean isDefined() {
        return value != null || array != null;
    }

    public TclValue value() {
        return value;
    }

    /** The element slots when this is an array (live map), else null. */
    public java.util.Map<String, Var> elements() {
        return array;
    }

    void addTrace(VarTrace t) {
        if (traces == null) {
            traces = new ArrayList<>();
        }
        traces.add(t);
    }

    /**
     * A variable trace as created by {@code trace add variable}. The callback
     * gets the operation ("read", "write", "unset", "array") and the names.
     */
    public interface VarTrace {
        boolean wants(String op);

        /** @return an error message to report, or null */
        void fire(Interp interp, String name1, String name2, String op) throws TclException;
    }
}
