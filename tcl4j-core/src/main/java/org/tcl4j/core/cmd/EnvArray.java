package org.tcl4j.core.cmd;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.tcl4j.core.CallFrame;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;
import org.tcl4j.core.Var;
import org.tcl4j.core.Variables;

/**
 * The global {@code env} array: a view of the shared {@link Environment},
 * kept live by a trace on the array as in tclsh. Reading {@code env(X)}
 * (also through {@code info exists}) fetches X from the environment; setting
 * or unsetting an element changes it for every interpreter and for every
 * child process started later; any {@code array} operation first brings the
 * whole array up to date. Unsetting the whole array leaves the environment
 * alone and ends the link, as in tclsh.
 *
 * <p>Only {@code env} carries the trace, so no other variable pays for it.
 */
public final class EnvArray implements Var.VarTrace {
    private final Var array;

    private EnvArray(Var array) {
        this.array = array;
    }

    /** Creates {@code ::env} in a new interpreter, filled from the environment and traced. */
    public static void install(Interp interp) throws TclException {
        Variables.ensureArray(interp, "::env");
        for (Map.Entry<String, String> e : Environment.entries()) {
            interp.setVar("::env", e.getKey(), TclValue.of(e.getValue()));
        }
        Var slot = Variables.traceSlot(interp, "::env", true);
        Variables.addTrace(slot, new EnvArray(slot));
    }

    @Override
    public boolean wants(String op) {
        return true; // read, write, unset and array
    }

    @Override
    public void fire(Interp interp, String name1, String name2, String op) throws TclException {
        switch (op) {
            case "array" -> sync(interp);
            case "read" -> {
                if (name2.isEmpty()) {
                    return; // the whole array: nothing to fetch
                }
                String value = Environment.get(name2);
                if (value == null) {
                    throw new TclException("no such variable", "TCL READ VARNAME");
                }
                if (!value.equals(current(name2))) {
                    setGlobal(interp, name2, value);
                }
            }
            case "write" -> {
                String value = current(name2);
                if (value != null) {
                    Environment.set(name2, value);
                }
            }
            case "unset" -> {
                if (!name2.isEmpty()) {
                    Environment.unset(name2); // an empty name2 is the whole array: environ stays
                }
            }
            default -> {
            }
        }
    }

    /** The element's value in this interpreter's array, or null. */
    private String current(String name) {
        Map<String, Var> elems = array.elements();
        Var e = elems == null ? null : elems.get(name);
        TclValue v = e == null ? null : e.value();
        return v == null ? null : v.toString();
    }

    /**
     * Makes the array hold exactly the environment (names added in environ
     * order), as tclsh does before each {@code array} operation on env.
     */
    private void sync(Interp interp) throws TclException {
        Map<String, Var> elems = array.elements();
        if (elems == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, String> e : Environment.entries()) {
            seen.add(e.getKey());
            // every element is set again, unchanged or not, so traces on elements fire as in tclsh
            setGlobal(interp, e.getKey(), e.getValue());
        }
        CallFrame saved = interp.setVarFrame(interp.globalFrame());
        try {
                for (String name : new ArrayList<>(elems.keySet())) {
                Var e = elems.get(name);
                if (!seen.contains(name) && e != null && e.value() != null) {
                    interp.unsetVar("env(" + name + ")", false);
                }
            }
        } finally {
            interp.setVarFrame(saved);
        }
    }

    /** Sets env(name) by its global name, which traces on the element see as "env" (as in tclsh). */
    private static void setGlobal(Interp interp, String name, String value) throws TclException {
        CallFrame saved = interp.setVarFrame(interp.globalFrame());
        try {
            interp.setVar("env", name, TclValue.of(value));
        } finally {
            interp.setVarFrame(saved);
        }
    }
}
