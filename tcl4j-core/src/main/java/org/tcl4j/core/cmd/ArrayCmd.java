package org.tcl4j.core.cmd;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclDict;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;
import org.tcl4j.core.Var;
import org.tcl4j.core.Variables;

/**
 * The {@code array} ensemble: anymore donesearch exists get names
 * nextelement set size startsearch statistics unset.
 *
 * <p>Elements are listed in the array's hash-table order, which is tclsh's
 * (see {@link ArrayHashTable}). Element slots whose value is null exist only
 * for upvar/traces and count as undefined: they are skipped everywhere.
 */
public final class ArrayCmd {
    private ArrayCmd() {
    }

    private static final String[] SUBCOMMANDS = {"anymore", "donesearch", "exists", "get", "names", "nextelement",
        "set", "size", "startsearch", "statistics", "unset"};

    public static void register(Interp interp) {
        interp.register("array", ArrayCmd::array);
        interp.register("parray", ArrayCmd::parray);
    }

    static TclValue array(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "subcommand ?arg ...?");
        }
        String sub = SUBCOMMANDS[Args.subcommand(objv[1], SUBCOMMANDS)];
        if (!sub.equals(objv[1].toString())) {
            objv = objv.clone();
            objv[1] = TclValue.of(sub);
        }
        if (objv.length > 2) {
            fireTraces(interp, objv[2].toString());
        }
        return switch (sub) {
            case "anymore" -> ArraySearches.anymore(interp, objv);
            case "donesearch" -> ArraySearches.donesearch(interp, objv);
            case "exists" -> exists(interp, objv);
            case "get" -> get(interp, objv);
            case "names" -> names(interp, objv);
            case "nextelement" -> ArraySearches.nextelement(interp, objv);
            case "set" -> set(interp, objv);
            case "size" -> size(interp, objv);
            case "startsearch" -> ArraySearches.startsearch(interp, objv);
            case "statistics" -> statistics(interp, objv);
            default -> unset(interp, objv);
        };
    }

    /** "array" traces on the variable run first; their errors read as in tclsh. */
    private static void fireTraces(Interp interp, String name) throws TclException {
        try {
            Variables.fireArrayTraces(interp, name);
        } catch (TclException e) {
            e.setResult(TclValue.of("can't trace array \"" + name + "\": " + e.getMessage()));
            e.addErrorInfo("\n    (array trace on \"" + name + "\")");
            throw e;
        }
    }

    /** The elements of the named array, or null when it is not an array. */
    static Map<String, Var> elements(Interp interp, String name) {
        return Variables.arrayElements(interp, name);
    }

    static TclException notArray(String name) {
        return new TclException("\"" + name + "\" isn't an array",
                Args.code("TCL LOOKUP ARRAY", name));
    }

    /** Snapshot of the defined elements, in order (safe against changes while used). */
    static List<Map.Entry<String, Var>> defined(Map<String, Var> elems) {
        List<Map.Entry<String, Var>> out = new ArrayList<>(elems.size());
        for (Map.Entry<String, Var> e : elems.entrySet()) {
            if (e.getValue().value() != null) {
                out.add(Map.entry(e.getKey(), e.getValue()));
            }
        }
        return out;
    }

    static TclValue exists(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length != 3) {
            throw Args.wrongNum(objv, 2, "arrayName");
        }
        return TclValue.of(elements(interp, objv[2].toString()) != null);
    }

    static TclValue size(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length != 3) {
            throw Args.wrongNum(objv, 2, "arrayName");
        }
        Map<String, Var> elems = elements(interp, objv[2].toString());
        if (elems == null) {
            return TclValue.ZERO;
        }
        int n = 0;
        for (Var v : elems.values()) {
            if (v.value() != null) {
                n++;
            }
        }
        return TclValue.of(n);
    }

    static TclValue get(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length != 3 && objv.length != 4) {
            throw Args.wrongNum(objv, 2, "arrayName ?pattern?");
        }
        String name = objv[2].toString();
        Map<String, Var> elems = elements(interp, name);
        if (elems == null) {
            return TclValue.EMPTY;
        }
        String pattern = objv.length == 4 ? objv[3].toString() : null;
        List<TclValue> out = new ArrayList<>();
        for (Map.Entry<String, Var> e : defined(elems)) {
            String key = e.getKey();
            if (pattern != null && !GlobMatch.matches(pattern, key, false)) {
                continue;
            }
            // each element is read as a variable: read traces run and may change or unset it
            TclValue value;
            try {
                value = interp.getVar(name, key);
            } catch (TclException ex) {
                if (e.getValue().value() == null) {
                    continue;
                }
                throw ex;
            }
            out.add(TclValue.of(key));
            out.add(value);
        }
        return TclValue.ofList(out);
    }

    private static final String[] MODES = {"-exact", "-glob", "-regexp"};

    static TclValue names(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 3 || objv.length > 5) {
            throw Args.wrongNum(objv, 2, "arrayName ?mode? ?pattern?");
        }
        Map<String, Var> elems = elements(interp, objv[2].toString());
        int mode = 1;
        String pattern = null;
        if (objv.length == 5) {
            mode = Args.index(objv[3], MODES, "option");
            pattern = objv[4].toString();
        } else if (objv.length == 4) {
            pattern = objv[3].toString();
        }
        if (elems == null) {
            return TclValue.EMPTY;
        }
        List<TclValue> out = new ArrayList<>();
        if (pattern != null && mode == 0) {
            Var v = elems.get(pattern);
            if (v != null && v.value() != null) {
                out.add(TclValue.of(pattern));
            }
            return TclValue.ofList(out);
        }
        TclRegex re = mode == 2 ? Regexps.compile(objv[4], 0) : null;
        for (Map.Entry<String, Var> e : defined(elems)) {
            String k = e.getKey();
            boolean ok = pattern == null
                    || (re != null ? Regexps.find(re, k, 0) != null : GlobMatch.matches(pattern, k, false));
            if (ok) {
                out.add(TclValue.of(k));
            }
        }
        return TclValue.ofList(out);
    }

    static TclValue set(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length != 4) {
            throw Args.wrongNum(objv, 2, "arrayName list");
        }
        String name = objv[2].toString();
        int open = name.indexOf('(');
        if (open >= 0 && name.endsWith(")")) {
            // tclsh has created the array and an undefined element slot by the time it complains
            try {
                Variables.slotFor(interp, interp.varFrame(), name);
            } catch (TclException ignored) {
                // a scalar base: same complaint
            }
            throw new TclException("can't set \"" + name + "\": variable isn't array",
                    Args.code("TCL LOOKUP VARNAME", name));
        }
        // looked up (and created) first, so a missing namespace is reported for the array itself
        Var v = Variables.findOrCreate(interp, interp.varFrame(), name);
        TclValue listValue = objv[3];
        if (listValue.rep() instanceof TclDict d) {
            if (d.size() == 0) {
                makeArray(interp, v, name);
            }
            for (Map.Entry<TclValue, TclValue> e : d.entries().entrySet()) {
                interp.setVar(name, e.getKey().toString(), e.getValue());
            }
            return TclValue.EMPTY;
        }
        TclList l = listValue.asList();
        if ((l.size() & 1) != 0) {
            throw new TclException("list must have an even number of elements", "TCL ARGUMENT FORMAT");
        }
        if (l.isEmpty()) {
            makeArray(interp, v, name);
        }
        // a scalar is reported by the first element's assignment, as in tclsh
        for (int i = 0; i < l.size(); i += 2) {
            interp.setVar(name, l.get(i).toString(), l.get(i + 1));
        }
        return TclValue.EMPTY;
    }

    /** {@code array set name {}}: an empty array, unless the variable is a scalar. */
    private static void makeArray(Interp interp, Var v, String name) throws TclException {
        if (v.isArray()) {
            return;
        }
        if (v.value() != null) {
            throw new TclException("can't array set \"" + name + "\": variable isn't array", "TCL WRITE ARRAY");
        }
        Variables.ensureArray(interp, name);
    }

    static TclValue unset(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length != 3 && objv.length != 4) {
            throw Args.wrongNum(objv, 2, "arrayName ?pattern?");
        }
        String name = objv[2].toString();
        Map<String, Var> elems = elements(interp, name);
        if (elems == null) {
            return TclValue.EMPTY;
        }
        if (objv.length == 3) {
            interp.unsetVar(name, false);
            return TclValue.EMPTY;
        }
        String pattern = objv[3].toString();
        for (Map.Entry<String, Var> e : defined(elems)) {
            if (GlobMatch.matches(pattern, e.getKey(), false)) {
                interp.unsetVar(name + "(" + e.getKey() + ")", false);
            }
        }
        return TclValue.EMPTY;
    }

    /**
     * {@code parray a ?pattern?}: prints the elements sorted by name, aligned
     * on "=", through {@code puts stdout} (tclsh's library proc).
     */
    static TclValue parray(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length != 2 && objv.length != 3) {
            throw Args.wrongNum(objv, 1, "a ?pattern?");
        }
        String a = objv[1].toString();
        Map<String, Var> elems = elements(interp, a);
        if (elems == null) {
            throw new TclException("\"" + a + "\" isn't an array", null);
        }
        String pattern = objv.length == 3 ? objv[2].toString() : "*";
        List<Map.Entry<String, Var>> shown = new ArrayList<>();
        int width = 0;
        for (Map.Entry<String, Var> e : defined(elems)) {
            if (GlobMatch.matches(pattern, e.getKey(), false)) {
                shown.add(e);
                width = Math.max(width, e.getKey().length());
            }
        }
        shown.sort((x, y) -> LsortCompare.ascii(x.getKey(), y.getKey()));
        width += a.length() + 2;
        TclValue puts = TclValue.of("puts");
        TclValue stdout = TclValue.of("stdout");
        for (Map.Entry<String, Var> e : shown) {
            StringBuilder line = new StringBuilder(a).append('(').append(e.getKey()).append(')');
            while (line.length() < width) {
                line.append(' ');
            }
            line.append(" = ").append(e.getValue().value());
            interp.invoke(puts, stdout, TclValue.of(line.toString()));
        }
        return TclValue.EMPTY;
    }

    static TclValue statistics(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length != 3) {
            throw Args.wrongNum(objv, 2, "arrayName");
        }
        String name = objv[2].toString();
        Map<String, Var> elems = elements(interp, name);
        if (elems == null) {
            throw notArray(name);
        }
        if (elems instanceof ArrayHashTable<Var> t) {
            return TclValue.of(t.stats());
        }
        ArrayHashTable<Var> copy = new ArrayHashTable<>();
        copy.putAll(elems);
        return TclValue.of(copy.stats());
    }
}
