package org.tcl4j.core.cmd;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclDict;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;

/**
 * The {@code dict} ensemble of Tcl 8.6: append create exists filter for get
 * incr info keys lappend map merge remove replace set size unset update
 * values with. ({@code getdef} is 8.7 and absent, as in tclsh 8.6.)
 *
 * <p>Dict values are immutable {@link TclDict}s; updating commands copy the
 * dicts along the key path and store the result in the variable.
 */
public final class DictCmd {
    private DictCmd() {
    }

    private static final String[] SUBCOMMANDS = {"append", "create", "exists", "filter", "for", "get", "incr",
        "info", "keys", "lappend", "map", "merge", "remove", "replace", "set", "size", "unset", "update", "values",
        "with"};

    public static void register(Interp interp) {
        interp.register("dict", DictCmd::dict);
    }

    static TclValue dict(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "subcommand ?arg ...?");
        }
        String sub = SUBCOMMANDS[Args.subcommand(objv[1], SUBCOMMANDS)];
        if (!sub.equals(objv[1].toString())) {
            // wrong # args messages name the full subcommand, as ensembles do
            objv = objv.clone();
            objv[1] = TclValue.of(sub);
        }
        return switch (sub) {
            case "append" -> append(interp, objv);
            case "create" -> create(objv);
            case "exists" -> exists(objv);
            case "filter" -> DictScripts.filter(interp, objv);
            case "for" -> DictScripts.forCmd(interp, objv);
            case "get" -> get(objv);
            case "incr" -> incr(interp, objv);
            case "info" -> info(objv);
            case "keys" -> keysOrValues(objv, true);
            case "lappend" -> lappend(interp, objv);
            case "map" -> DictScripts.map(interp, objv);
            case "merge" -> merge(objv);
            case "remove" -> remove(objv);
            case "replace" -> replace(objv);
            case "set" -> set(interp, objv);
            case "size" -> size(objv);
            case "unset" -> unset(interp, objv);
            case "update" -> DictScripts.update(interp, objv);
            case "values" -> keysOrValues(objv, false);
            default -> DictScripts.with(interp, objv);
        };
    }

    private static List<TclValue> words(TclValue[] objv, int from, int to) {
        return Arrays.asList(objv).subList(from, to);
    }

    // ------------------------------------------------------------ read-only

    static TclValue create(TclValue[] objv) throws TclException {
        if ((objv.length & 1) != 0) {
            throw Args.wrongNum(objv, 2, "?key value ...?");
        }
        TclDict d = new TclDict();
        for (int i = 2; i < objv.length; i += 2) {
            d.put(objv[i], objv[i + 1]);
        }
        return d.size() == 0 ? TclValue.EMPTY : TclValue.ofDict(d);
    }

    static TclValue get(TclValue[] objv) throws TclException {
        if (objv.length < 3) {
            throw Args.wrongNum(objv, 2, "dictionary ?key ...?");
        }
        if (objv.length == 3) {
            return TclValue.ofDict(DictValues.of(objv[2]));
        }
        return DictValues.get(objv[2], words(objv, 3, objv.length));
    }

    static TclValue exists(TclValue[] objv) throws TclException {
        if (objv.length < 4) {
            throw Args.wrongNum(objv, 2, "dictionary key ?key ...?");
        }
        return TclValue.of(DictValues.exists(objv[2], words(objv, 3, objv.length)));
    }

    static TclValue size(TclValue[] objv) throws TclException {
        if (objv.length != 3) {
            throw Args.wrongNum(objv, 2, "dictionary");
        }
        return TclValue.of(DictValues.of(objv[2]).size());
    }

    static TclValue keysOrValues(TclValue[] objv, boolean keys) throws TclException {
        if (objv.length != 3 && objv.length != 4) {
            throw Args.wrongNum(objv, 2, "dictionary ?pattern?");
        }
        TclDict d = DictValues.of(objv[2]);
        String pattern = objv.length == 4 ? objv[3].toString() : null;
        if (keys && pattern != null && GlobMatch.isLiteral(pattern)) {
            // a pattern without wildcards is a plain lookup
            TclValue k = TclValue.of(pattern);
            return d.containsKey(k) ? TclValue.ofList(List.of(keyOf(d, k))) : TclValue.EMPTY;
        }
        List<TclValue> out = new ArrayList<>(d.size());
        for (Map.Entry<TclValue, TclValue> e : d.entries().entrySet()) {
            TclValue v = keys ? e.getKey() : e.getValue();
            if (pattern == null || GlobMatch.matches(pattern, v.toString(), false)) {
                out.add(v);
            }
        }
        return TclValue.ofList(out);
    }

    /** The stored key object equal to {@code k} (to share it). */
    private static TclValue keyOf(TclDict d, TclValue k) {
        for (TclValue key : d.entries().keySet()) {
            if (key.equals(k)) {
                return key;
            }
        }
        return k;
    }

    static TclValue info(TclValue[] objv) throws TclException {
        if (objv.length != 3) {
            throw Args.wrongNum(objv, 2, "dictionary");
        }
        TclDict d = DictValues.of(objv[2]);
        ArrayHashTable<Object> table = new ArrayHashTable<>();
        for (TclValue k : d.entries().keySet()) {
            table.put(k.toString(), Boolean.TRUE);
        }
        return TclValue.of(table.stats());
    }

    static TclValue merge(TclValue[] objv) throws TclException {
        if (objv.length == 2) {
            return TclValue.EMPTY;
        }
        TclDict first = DictValues.of(objv[2]);
        if (objv.length == 3) {
            return objv[2];
        }
        TclDict d = first.copy();
        boolean changed = false;
        for (int i = 3; i < objv.length; i++) {
            for (Map.Entry<TclValue, TclValue> e : DictValues.of(objv[i]).entries().entrySet()) {
                d.put(e.getKey(), e.getValue());
                changed = true;
            }
        }
        // like tclsh, the first dict keeps its own string when nothing was merged in
        return changed ? TclValue.ofDict(d) : objv[2];
    }

    static TclValue remove(TclValue[] objv) throws TclException {
        if (objv.length < 3) {
            throw Args.wrongNum(objv, 2, "dictionary ?key ...?");
        }
        TclDict d = DictValues.of(objv[2]).copy();
        for (int i = 3; i < objv.length; i++) {
            d.remove(objv[i]);
        }
        return TclValue.ofDict(d);
    }

    static TclValue replace(TclValue[] objv) throws TclException {
        if (objv.length < 3 || (objv.length & 1) == 0) {
            throw Args.wrongNum(objv, 2, "dictionary ?key value ...?");
        }
        TclDict d = DictValues.of(objv[2]).copy();
        for (int i = 3; i < objv.length; i += 2) {
            d.put(objv[i], objv[i + 1]);
        }
        return TclValue.ofDict(d);
    }

    // ------------------------------------------------------------ updating

    /** The dict in a variable, or the empty dict when the variable does not exist. */
    private static TclValue varDict(Interp interp, TclValue name) throws TclException {
        TclValue v = DictValues.readVar(interp, name);
        if (v == null) {
            return TclValue.EMPTY;
        }
        DictValues.of(v);
        return v;
    }

    static TclValue set(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 5) {
            throw Args.wrongNum(objv, 2, "dictVarName key ?key ...? value");
        }
        TclValue name = objv[2];
        TclValue d = varDict(interp, name);
        TclValue updated = DictValues.set(d, words(objv, 3, objv.length - 1), 0, objv[objv.length - 1]);
        return interp.setVar(name, updated);
    }

    static TclValue unset(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 4) {
            throw Args.wrongNum(objv, 2, "dictVarName key ?key ...?");
        }
        TclValue name = objv[2];
        TclValue d = varDict(interp, name);
        return interp.setVar(name, DictValues.unset(d, words(objv, 3, objv.length), 0));
    }

    /** Stores {@code value} under {@code key} in the variable's dict (one level). */
    private static TclValue store(Interp interp, TclValue name, TclDict d, TclValue key, TclValue value)
            throws TclException {
        TclDict copy = d.copy();
        copy.put(key, value);
        return interp.setVar(name, TclValue.ofDict(copy));
    }

    static TclValue incr(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length != 4 && objv.length != 5) {
            throw Args.wrongNum(objv, 2, "dictVarName key ?increment?");
        }
        TclValue name = objv[2];
        TclDict d = DictValues.of(varDict(interp, name));
        TclValue key = objv[3];
        TclValue old = d.get(key);
        Number base = old == null ? Long.valueOf(0) : integer(old);
        Number amount;
        try {
            amount = objv.length == 5 ? integer(objv[4]) : Long.valueOf(1);
        } catch (TclException e) {
            if (old == null) {
                // tclsh checks the increment for a new key with its generic number reader
                throw new TclException(e.getMessage(), "TCL VALUE NUMBER");
            }
            throw e;
        }
        if (old == null) {
            // a new key takes the increment itself, as written
            return store(interp, name, d, key, objv.length == 5 ? objv[4] : TclValue.ONE);
        }
        return store(interp, name, d, key, add(base, amount));
    }

    /** An integer of any size, with Tcl_GetIntFromObj's error wording. */
    private static Number integer(TclValue v) throws TclException {
        Number n = LsortCompare.integer(v);
        if (n == null) {
            throw new TclException("expected integer but got \"" + v + "\"", "TCL VALUE INTEGER");
        }
        return n;
    }

    private static TclValue add(Number a, Number b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) {
                return TclValue.of(r);
            }
        }
        return TclValue.of(big(a).add(big(b)));
    }

    private static BigInteger big(Number n) {
        return n instanceof BigInteger b ? b : BigInteger.valueOf(n.longValue());
    }

    static TclValue append(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 4) {
            throw Args.wrongNum(objv, 2, "dictVarName key ?value ...?");
        }
        TclValue name = objv[2];
        TclDict d = DictValues.of(varDict(interp, name));
        TclValue key = objv[3];
        TclValue old = d.get(key);
        TclValue value;
        if (objv.length == 5 && old == null) {
            value = objv[4];
        } else {
            StringBuilder sb = new StringBuilder(old == null ? "" : old.toString());
            for (int i = 4; i < objv.length; i++) {
                sb.append(objv[i].toString());
            }
            value = TclValue.of(sb.toString());
        }
        return store(interp, name, d, key, value);
    }

    static TclValue lappend(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 4) {
            throw Args.wrongNum(objv, 2, "dictVarName key ?value ...?");
        }
        TclValue name = objv[2];
        TclDict d = DictValues.of(varDict(interp, name));
        TclValue key = objv[3];
        TclValue old = d.get(key);
        TclList list = old == null ? TclList.EMPTY : old.asList();
        TclValue value = objv.length == 4 && old != null ? old
                : TclValue.ofList(list.append(words(objv, 4, objv.length)));
        return store(interp, name, d, key, value);
    }
}
