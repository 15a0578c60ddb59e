package org.tcl4j.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tcl4j.core.cmd.ArrayHashTable;

/**
 * Variable resolution and access with tclsh's rules and error messages:
 * locals in procedure frames, namespace variables (unqualified names fall
 * back to the global namespace when reading), arrays, upvar links and
 * variable traces.
 */
public final class Variables {
    private Variables() {
    }

    /** A parsed variable name: {@code a(b)} is array {@code a}, index {@code b}. */
    record Name(String base, String index) {
        static Name parse(String name) {
            int n = name.length();
            if (n > 0 && name.charAt(n - 1) == ')') {
                int open = name.indexOf('(');
                if (open > 0 || (open == 0)) {
                    return new Name(name.substring(0, open), name.substring(open + 1, n - 1));
                }
            }
            return new Name(name, null);
        }
    }

    // ------------------------------------------------------------- lookup

    /**
     * Finds the slot of the base (array or scalar) name in a frame.
     *
     * @param create create it (in the current namespace or frame) when missing
     * @return the slot, links not followed; null when missing and not created
     */
    static Var lookupBase(Interp interp, CallFrame frame, String base, boolean create, String action,
            String fullName) throws TclException {
        return lookupBase(interp, frame, base, create, action, fullName, null);
    }

    /**
     * {@link #lookupBase(Interp, CallFrame, String, boolean, String, String)}
     * for an element access, where {@code fullName} may be null: the name in
     * messages is then made from base and index.
     */
    static Var lookupBase(Interp interp, CallFrame frame, String base, boolean create, String action,
            String fullName, String index) throws TclException {
        boolean qualified = base.contains("::");
        if (frame.slots != null && !qualified) {
            return create ? frame.createLocal(base) : frame.getLocal(base);
        }
        Namespace ns;
        String tail;
        if (qualified) {
            int sep = base.lastIndexOf("::");
            String nsName = base.substring(0, sep);
            tail = base.substring(sep + 2);
            while (nsName.endsWith(":")) {
                nsName = nsName.substring(0, nsName.length() - 1);
            }
            ns = nsName.isEmpty() && base.startsWith("::") ? interp.global : interp.findNamespace(nsName, frame.ns);
            if (ns == null) {
                if (create) {
                    String full = fullName(base, index, fullName);
                    throw new TclException("can't " + action + " \"" + full
                            + "\": parent namespace doesn't exist", "TCL LOOKUP VARNAME " + quote(base));
                }
                return null;
            }
        } else {
            ns = frame.ns;
            tail = base;
        }
        Var v = ns.vars.get(tail);
        if (v == null && !qualified && ns != interp.global) {
            v = interp.global.vars.get(tail);
        }
        if (v == null && create) {
            v = new Var(tail);
            v.ns = ns;
            ns.vars.put(tail, v);
        }
        return v;
    }

    private static String quote(String s) {
        return TclList.format(List.of(s));
    }

    /**
     * The variable's name as messages show it: {@code full} when the caller
     * had it, else made from base and index (element accesses by parsed
     * name pass null, since only errors and traces need the string).
     */
    static String fullName(String base, String index, String full) {
        return full != null ? full : index == null ? base : base + "(" + index + ")";
    }

    /**
     * The value of element {@code index} of the array in {@code slot} (links
     * followed) when neither has traces; null when that quick answer does not
     * apply (no such array or element, traces): the caller then takes the
     * full path, which also words the errors.
     */
    static TclValue elementValue(Var slot, String index) {
        if (slot == null) {
            return null;
        }
        Var v = slot.link != null ? slot.resolve() : slot;
        Map<String, Var> arr = v.array;
        if (arr == null || v.traces != null) {
            return null;
        }
        Var e = arr.get(index);
        return e == null || e.traces != null ? null : e.value;
    }

    // --------------------------------------------------------------- read

    static TclValue get(Interp interp, String name) throws TclException {
        return getIn(interp, interp.varFrame, name);
    }

    static TclValue getIn(Interp interp, CallFrame frame, String name) throws TclException {
        Name n = Name.parse(name);
        return getIn(interp, frame, n.base, n.index, name);
    }

    static TclValue get(Interp interp, String base, String index) throws TclException {
        return getIn(interp, interp.varFrame, base, index, null);
    }

    /** Reads {@code base} or {@code base(index)}; {@code full} is the name for messages, or null to make it. */
    static TclValue getIn(Interp interp, CallFrame frame, String base, String index, String full)
            throws TclException {
        return getSlot(interp, frame, lookupBase(interp, frame, base, false, "read", full), base, index, full);
    }

    /** Reads through the base's slot as found by lookupBase (null when missing). */
    static TclValue getSlot(Interp interp, CallFrame frame, Var slot, String base, String index, String full)
            throws TclException {
        if (slot == null) {
            if (index == null && frame.names != null && !base.contains("::")) {
                // a local of a procedure: tclsh compiles literal names into (unset) locals, a read error
                throw readError(fullName(base, null, full), "no such variable");
            }
            throw noSuchVar("read", fullName(base, index, full), index);
        }
        Var v = slot.resolve();
        if (index == null) {
            if (v.traces != null) {
                fireTraces(interp, v, null, base, null, "read", "read", full);
            }
            if (v.value != null) {
                return v.value;
            }
            if (v.array != null) {
                throw readError(fullName(base, index, full), "variable is array");
            }
            // the variable exists (declared, linked, or kept by a trace) but has no value
            throw readError(fullName(base, index, full), "no such variable");
        }
        if (v.array == null) {
            if (v.traces != null) {
                fireTraces(interp, v, null, base, index, "read", "read", full);
                if (v.array != null) {
                    return getIn(interp, frame, base, index, full);
                }
            }
            if (v.value != null) {
                throw new TclException("can't read \"" + fullName(base, index, full) + "\": variable isn't array",
                        "TCL LOOKUP VARNAME " + quote(base));
            }
            throw noSuchVar("read", fullName(base, index, full), null);
        }
        Var elem = v.array.get(index);
        if (v.traces != null || (elem != null && elem.traces != null)) {
            fireTraces(interp, elem, v, base, index, "read", "read", full);
            elem = v.array == null ? null : v.array.get(index);
        }
        if (elem == null || elem.value == null) {
            throw readError(fullName(base, index, full), "no such element in array");
        }
        return elem.value;
    }

    /** A failed read that tclsh reports with errorCode TCL READ VARNAME (rather than a LOOKUP). */
    private static TclException readError(String full, String why) {
        return new TclException("can't read \"" + full + "\": " + why, "TCL READ VARNAME");
    }

    private static TclException noSuchVar(String action, String full, String index) {
        return new TclException("can't " + action + " \"" + full + "\": no such variable",
                "TCL LOOKUP VARNAME " + quote(index == null ? full : Name.parse(full).base));
    }

    // -------------------------------------------------------------- write

    static TclValue set(Interp interp, String name, TclValue value) throws TclException {
        return setIn(interp, interp.varFrame, name, value);
    }

    static TclValue setIn(Interp interp, CallFrame frame, String name, TclValue value) throws TclException {
        Name n = Name.parse(name);
        return setIn(interp, frame, n.base, n.index, name, value);
    }

    static TclValue set(Interp interp, String base, String index, TclValue value) throws TclException {
        return setIn(interp, interp.varFrame, base, index, null, value);
    }

    /** Sets {@code base} or {@code base(index)}; {@code full} is the name for messages, or null to make it. */
    static TclValue setIn(Interp interp, CallFrame frame, String base, String index, String full, TclValue value)
            throws TclException {
        Var v = lookupBase(interp, frame, base, true, "set", full, index).resolve();
        return setSlot(interp, v, base, index, full, value);
    }

    /** Stores into a resolved base slot (scalar or element). */
    static TclValue setSlot(Interp interp, Var v, String base, String index, String full, TclValue value)
            throws TclException {
        if (index == null) {
            if (v.array != null) {
                throw new TclException("can't set \"" + fullName(base, index, full) + "\": variable is array", "TCL WRITE VARNAME");
            }
            if (v.parentArray != null && v.parentArray.array == null) {
                throw new TclException("can't set \"" + fullName(base, index, full) + "\": upvar refers to element in deleted array",
                        "TCL WRITE VARNAME");
            }
            v.value = value;
            v.declared = false;
            if (v.traces != null || (v.parentArray != null && v.parentArray.traces != null)) {
                fireTraces(interp, v, v.parentArray, base, null, "write", "set", full);
                return v.value == null ? value : v.value;
            }
            return value;
        }
        if (v.array == null) {
            if (v.value != null) {
                throw new TclException("can't set \"" + fullName(base, index, full) + "\": variable isn't array", "TCL LOOKUP VARNAME "
                        + quote(base));
            }
            v.array = new ArrayHashTable<>();
            v.declared = false;
        }
        Var elem = v.array.get(index);
        if (elem == null) {
            elem = new Var(index);
            elem.parentArray = v;
            v.array.put(index, elem);
        }
        elem.value = value;
        if (v.traces != null || elem.traces != null) {
            fireTraces(interp, elem, v, base, index, "write", "set", full);
            return elem.value == null ? value : elem.value;
        }
        return value;
    }

    // -------------------------------------------------------------- unset

    static void unset(Interp interp, String name, boolean complain) throws TclException {
        Name n = Name.parse(name);
        CallFrame frame = interp.varFrame;
        Var slot = lookupBase(interp, frame, n.base, false, "unset", name);
        if (slot == null) {
            if (complain) {
                throw noSuchVar("unset", name, n.index);
            }
            return;
        }
        Var v = slot.resolve();
        if (n.index == null) {
            if (!v.isDefined()) {
                if (complain) {
                    throw noSuchVar("unset", name, null);
                }
                return;
            }
            unsetWhole(interp, frame, slot, v, n.base);
            return;
        }
        if (v.array == null) {
            if (complain) {
                throw new TclException("can't unset \"" + name + "\": "
                        + (v.value != null ? "variable isn't array" : "no such variable"),
                        "TCL LOOKUP VARNAME " + quote(n.base));
            }
            return;
        }
        Var elem = v.array.remove(n.index);
        if (elem == null) {
            if (complain) {
                throw new TclException("can't unset \"" + name + "\": no such element in array",
                        "TCL LOOKUP ELEMENT " + quote(n.index)); // tclsh names only the element
            }
            return;
        }
        elem.value = null;
        if (elem.traces != null || v.traces != null) {
            fireTraces(interp, elem, v, n.base, n.index, "unset", "unset", name);
        }
    }

    private static void unsetWhole(Interp interp, CallFrame frame, Var slot, Var v, String base)
            throws TclException {
        Map<String, Var> arr = v.array;
        v.value = null;
        v.array = null;
        v.declared = false;
        List<Var.VarTrace> traces = v.traces;
        v.traces = null;
        // drop the slot from its table unless links keep it alive
        if (slot == v && v.linkCount == 0) {
            if (frame.slots != null && !base.contains("::")) {
                frame.removeLocal(base);
            } else if (v.ns != null) {
                v.ns.vars.remove(v.name);
            }
        }
        if (arr != null) {
            for (Map.Entry<String, Var> e : arr.entrySet()) {
                Var elem = e.getValue();
                elem.value = null;
                if (elem.traces != null) {
                    Var saved = elem;
                    List<Var.VarTrace> et = saved.traces;
                    saved.traces = null;
                    runTraceList(interp, et, base, e.getKey(), "unset");
                }
            }
        }
        if (traces != null) {
            runTraceList(interp, traces, base, null, "unset");
        }
    }

    /** Unsets a variable whose namespace is going away (traces fire, errors ignored). */
    static void unsetForDeletion(Interp interp, Var v) {
        Var r = v.resolve();
        if (r != v) {
            return;
        }
        List<Var.VarTrace> traces = v.traces;
        v.traces = null;
        v.value = null;
        v.array = null;
        if (traces != null) {
            try {
                runTraceList(interp, traces, v.ns == null ? v.name : v.ns.qualifier() + v.name, null, "unset");
            } catch (TclException ignored) {
                // unset traces cannot stop a deletion
            }
        }
    }

    /** Unsets all locals of a proc frame when it returns, firing unset traces. */
    public static void releaseFrame(Interp interp, CallFrame f) {
        if (f.slots == null) {
            return;
        }
        Var[] slots = f.slots;
        for (int i = 0; i < slots.length; i++) {
            Var v = slots[i];
            if (v == null) {
                continue;
            }
            if (v.link != null) {
                v.link.linkCount--;
                continue;
            }
            if (v.traces != null) {
                List<Var.VarTrace> t = v.traces;
                v.traces = null;
                v.value = null;
                v.array = null;
                try {
                    runTraceList(interp, t, f.names.name(i), null, "unset");
                } catch (TclException ignored) {
                    // as in Tcl, errors from unset traces at frame exit are dropped
                }
            }
        }
    }

    // ------------------------------------------------------------- exists

    static boolean exists(Interp interp, String name) {
        Name n = Name.parse(name);
        return existsIn(interp, interp.varFrame, n.base, n.index);
    }

    static boolean existsIn(Interp interp, CallFrame frame, String base, String index) {
        Var slot;
        try {
            slot = lookupBase(interp, frame, base, false, "read", base);
        } catch (TclException e) {
            return false;
        }
        return slot != null && existsSlot(interp, slot, base, index);
    }

    /** Does {@code base} or {@code base(index)} exist, given the base's slot as lookupBase found it? */
    static boolean existsSlot(Interp interp, Var slot, String base, String index) {
        Var v = slot.resolve();
        if (v.traces != null) {
            try {
                fireTraces(interp, v, null, base, index, "read", "read", base);
            } catch (TclException e) {
                // as in tclsh, a failing read trace does not decide: the variable's state does
            }
        }
        if (index == null) {
            return v.isDefined();
        }
        if (v.array == null) {
            return false;
        }
        Var elem = v.array.get(index);
        return elem != null && elem.value != null;
    }

    // ------------------------------------------------------------- linking

    /**
     * Makes {@code localName} in the current frame an alias of {@code other}
     * (already resolved to its slot), as upvar/global/variable do.
     */
    public static void link(Interp interp, String localName, Var other, String otherName) throws TclException {
        CallFrame frame = interp.varFrame;
        if (localName.contains("(") && localName.endsWith(")")) {
            throw new TclException("bad variable name \"" + localName + "\": can't create a scalar variable"
                    + " that looks like an array element", "TCL UPVAR LOCAL_ELEMENT");
        }
        Var existing;
        if (frame.slots != null && !localName.contains("::")) {
            existing = frame.getLocal(localName);
        } else {
            existing = lookupBase(interp, frame, localName, false, "set", localName);
            if (existing != null && existing.ns != frame.ns && !localName.contains("::")) {
                existing = null;
            }
        }
        if (existing == other || (existing != null && existing.resolve() == other.resolve() && existing.link != null)) {
            return;
        }
        if (existing != null) {
            if (existing.link == null && existing.isDefined()) {
                throw new TclException("variable \"" + localName + "\" already exists", "TCL UPVAR EXISTS");
            }
            if (existing.traces != null) {
                throw new TclException("variable \"" + localName + "\" has traces: can't use for upvar",
                        "TCL UPVAR INVERTED");
            }
            if (existing.link != null) {
                existing.link.linkCount--;
            }
            existing.link = other;
            other.linkCount++;
            return;
        }
        Var v = new Var(localName);
        v.link = other;
        other.linkCount++;
        if (frame.slots != null && !localName.contains("::")) {
            frame.putLocal(localName, v);
        } else {
            Var made = lookupBase(interp, frame, localName, true, "set", localName);
            made.link = other;
        }
    }

    /**
     * The slot named {@code name} in {@code frame}, created (undefined) when
     * missing; for {@code a(b)}, the element slot (array created as needed).
     */
    public static Var slotFor(Interp interp, CallFrame frame, String name) throws TclException {
        Name n = Name.parse(name);
        Var base = lookupBase(interp, frame, n.base, true, "access", name).resolve();
        if (n.index == null) {
            return base;
        }
        if (base.array == null) {
            if (base.value != null) {
                throw new TclException("can't access \"" + name + "\": variable isn't array",
                        "TCL LOOKUP VARNAME " + quote(n.base));
            }
            base.array = new ArrayHashTable<>();
        }
        Var elem = base.array.get(n.index);
        if (elem == null) {
            elem = new Var(n.index);
            elem.parentArray = base;
            base.array.put(n.index, elem);
        }
        return elem;
    }

    /** Resolves a name to its slot (links followed) or null, without creating anything. */
    public static Var find(Interp interp, CallFrame frame, String name) {
        try {
            Var s = lookupBase(interp, frame, name, false, "read", name);
            return s == null ? null : s.resolve();
        } catch (TclException e) {
            return null;
        }
    }

    /** Resolves or creates the base slot of {@code name} (links followed). */
    public static Var findOrCreate(Interp interp, CallFrame frame, String name) throws TclException {
        return lookupBase(interp, frame, name, true, "set", name).resolve();
    }

    /** Finds or creates a namespace variable by qualified name, marking a new one declared. */
    public static Var declareNamespaceVar(Interp interp, String qualified) throws TclException {
        return declareNamespaceVar(interp, qualified, "define");
    }

    /** {@link #declareNamespaceVar(Interp, String)}, naming the action in errors ("access" in a proc). */
    public static Var declareNamespaceVar(Interp interp, String qualified, String action) throws TclException {
        Var v = lookupBase(interp, interp.varFrame, qualified, false, action, qualified);
        if (v == null) {
            v = lookupBase(interp, interp.varFrame, qualified, true, action, qualified);
            v.declared = true;
        }
        return v.resolve();
    }

    /**
     * The fully qualified name of the namespace variable {@code v} is or links
     * to, or null for a procedure local (as {@code namespace which -variable}).
     */
    public static String namespaceName(Var v) {
        Var r = v.resolve();
        if (r.ns == null || r.parentArray != null) {
            return null;
        }
        return r.ns.qualifier() + r.name;
    }

    /** Is this slot an alias made by upvar/global/variable? */
    public static boolean isLink(Var v) {
        return v.link != null;
    }

    /** Does the slot (links followed) hold a value or array, or is it a declared namespace variable? */
    public static boolean isVisible(Var v) {
        Var r = v.resolve();
        return r.value != null || r.array != null || (r.declared && r.ns != null);
    }

    /**
     * The slot a trace on {@code name} attaches to (array element, whole
     * array or scalar); created undefined when {@code create}, else null if missing.
     */
    public static Var traceSlot(Interp interp, String name, boolean create) throws TclException {
        Name n = Name.parse(name);
        Var base = create ? lookupBase(interp, interp.varFrame, n.base, true, "trace", name)
                : lookupBase(interp, interp.varFrame, n.base, false, "trace", name);
        if (base == null) {
            return null;
        }
        base = base.resolve();
        if (n.index == null) {
            return base;
        }
        if (base.array == null) {
            if (!create) {
                return null;
            }
            if (base.value != null) {
                throw new TclException("can't trace \"" + name + "\": variable isn't array", "TCL LOOKUP VARNAME");
            }
            base.array = new ArrayHashTable<>();
        }
        Var elem = base.array.get(n.index);
        if (elem == null && create) {
            elem = new Var(n.index);
            elem.parentArray = base;
            base.array.put(n.index, elem);
        }
        return elem;
    }

    public static void addTrace(Var v, Var.VarTrace t) {
        v.addTrace(t);
    }

    /** The live trace list of a slot (empty list when none). */
    public static List<Var.VarTrace> traces(Var v) {
        if (v.traces == null) {
            v.traces = new ArrayList<>();
        }
        return v.traces;
    }

    // ------------------------------------------------------- array support
    /**
     * Runs the "array" traces of the named variable (links followed), as
     * every {@code array} subcommand does before its work. Errors propagate
     * unchanged; the caller words them.
     */
    public static void fireArrayTraces(Interp interp, String name) throws TclException {
        Var v = find(interp, interp.varFrame, name);
        if (v == null || v.traces == null || v.traceActive) {
            return;
        }
        v.traceActive = true;
        try {
            runTraceList(interp, new ArrayList<>(v.traces), name, null, "array");
        } finally {
            v.traceActive = false;
        }
    }


    /**
     * The elements of array {@code name} in the current frame (links
     * followed), or null when the variable does not exist or is not an array.
     * The map is live: its order is the array's iteration order. Element
     * slots whose value is null are undefined (kept alive by upvar) and must
     * be skipped.
     */
    public static Map<String, Var> arrayElements(Interp interp, String name) {
        Var v = find(interp, interp.varFrame, name);
        return v == null ? null : v.array;
    }

    /** Makes {@code name} an (empty) array if it does not exist; error if it is a scalar. */
    public static Map<String, Var> ensureArray(Interp interp, String name) throws TclException {
        Var v = lookupBase(interp, interp.varFrame, name, true, "set", name).resolve();
        if (v.array == null) {
            if (v.value != null) {
                throw new TclException("can't set \"" + name + "\": variable isn't array", "TCL LOOKUP VARNAME "
                        + quote(name));
            }
            v.array = new ArrayHashTable<>();
            v.declared = false;
        }
        return v.array;
    }

    // -------------------------------------------------------------- traces

    private static void fireTraces(Interp interp, Var elemOrVar, Var array, String base, String index, String op,
            String action, String full) throws TclException {
        List<Var.VarTrace> all = new ArrayList<>();
        if (array != null && array.traces != null && !array.traceActive) {
            all.addAll(array.traces);
        }
        if (elemOrVar != null && elemOrVar.traces != null && !elemOrVar.traceActive) {
            all.addAll(elemOrVar.traces);
        }
        if (all.isEmpty()) {
            return;
        }
        Var guard = elemOrVar != null ? elemOrVar : array;
        guard.traceActive = true;
        if (array != null) {
            array.traceActive = true;
        }
        try {
            runTraceList(interp, all, base, index, op);
        } catch (TclException e) {
            if (op.equals("unset")) {
                return;
            }
            TclException wrapped = new TclException("can't " + action + " \"" + fullName(base, index, full) + "\": "
                    + e.getMessage(),
                    e.errorCode().toString());
            throw wrapped;
        } finally {
            guard.traceActive = false;
            if (array != null) {
                array.traceActive = false;
            }
        }
    }

    private static void runTraceList(Interp interp, List<Var.VarTrace> traces, String base, String index, String op)
            throws TclException {
        for (int i = traces.size() - 1; i >= 0; i--) {
            Var.VarTrace t = traces.get(i);
            if (t.wants(op)) {
                t.fire(interp, base, index == null ? "" : index, op);
            }
        }
    }
}
