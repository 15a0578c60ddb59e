package org.tcl4j.core.cmd;

import java.util.List;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclDict;
import org.tcl4j.core.Args;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;

/**
 * Reading values as dicts with tclsh's wording ("unmatched open brace in
 * dict", not "in list"), and walking nested key paths.
 */
final class DictValues {
    private DictValues() {
    }

    /** The value as a dict; malformed text is reported in dict terms. */
    static TclDict of(TclValue v) throws TclException {
        Object rep = v.rep();
        if (rep instanceof TclDict d) {
            return d;
        }
        if (!(rep instanceof TclList)) {
            try {
                v.asList();
            } catch (TclException e) {
                throw inDictTerms(e);
            }
        }
        return v.asDict();
    }

    private static TclException inDictTerms(TclException e) {
        String msg = e.getMessage().replace(" in list", " in dict").replace("list element in ", "dict element in ");
        String code = e.errorCode().toString().replace("TCL VALUE LIST", "TCL VALUE DICTIONARY");
        return new TclException(msg, code);
    }

    /**
     * A variable's value, or null when it cannot be read (missing, an array,
     * or a read trace failed), firing read traces once, as
     * Tcl_ObjGetVar2 without an error message does.
     */
    static TclValue readVar(Interp interp, String name) {
        try {
            return interp.getVar(name);
        } catch (TclException e) {
            return null;
        }
    }

    /** A variable's value, or null when it cannot be read (fast for procedure locals). */
    static TclValue readVar(Interp interp, TclValue name) {
        return interp.getVarOrNull(name);
    }

    static TclException keyNotKnown(TclValue key) {
        return new TclException("key \"" + key + "\" not known in dictionary",
                Args.code("TCL LOOKUP DICT", key));
    }

    /** The value at {@code keys[from, to)} inside {@code d}; error when a key is missing. */
    static TclValue get(TclValue d, List<TclValue> keys) throws TclException {
        TclValue cur = d;
        for (TclValue k : keys) {
            TclValue next = of(cur).get(k);
            if (next == null) {
                throw keyNotKnown(k);
            }
            cur = next;
        }
        return cur;
    }

    /** Whether the path exists; malformed dicts on the way just mean "no". */
    static boolean exists(TclValue d, List<TclValue> keys) {
        TclValue cur = d;
        for (TclValue k : keys) {
            try {
                cur = of(cur).get(k);
            } catch (TclException e) {
                return false;
            }
            if (cur == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * A copy of {@code d} with the value at the path replaced; missing keys
     * on the way are created as nested dicts. Only the dicts along the path
     * are copied.
     */
    static TclValue set(TclValue d, List<TclValue> keys, int from, TclValue value) throws TclException {
        TclDict copy = of(d).copy();
        TclValue key = keys.get(from);
        if (from == keys.size() - 1) {
            copy.put(key, value);
        } else {
            TclValue inner = copy.get(key);
            copy.put(key, set(inner == null ? TclValue.EMPTY : inner, keys, from + 1, value));
        }
        return TclValue.ofDict(copy);
    }

    /**
     * A copy of {@code d} without the last key of the path; a missing last
     * key is fine, a missing key on the way is an error.
     */
    static TclValue unset(TclValue d, List<TclValue> keys, int from) throws TclException {
        TclDict dict = of(d);
        TclValue key = keys.get(from);
        if (from == keys.size() - 1) {
            TclDict copy = dict.copy();
            copy.remove(key);
            return TclValue.ofDict(copy);
        }
        TclValue inner = dict.get(key);
        if (inner == null) {
            throw keyNotKnown(key);
        }
        TclValue updated = unset(inner, keys, from + 1);
        TclDict copy = dict.copy();
        copy.put(key, updated);
        return TclValue.ofDict(copy);
    }
}
