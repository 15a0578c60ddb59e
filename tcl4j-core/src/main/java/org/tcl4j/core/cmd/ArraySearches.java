package org.tcl4j.core.cmd;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;
import org.tcl4j.core.Var;
import org.tcl4j.core.Variables;

/**
 * {@code array startsearch / nextelement / anymore / donesearch}.
 *
 * <p>As in tclsh, a search dies when an element is added to or removed from
 * the array (changing a value is fine), ids are {@code s-N-arrayName} with N
 * one more than the newest live search's, and ids are checked for syntax,
 * for naming this array, and for being alive, with tclsh's messages.
 */
final class ArraySearches {
    private ArraySearches() {
    }

    /** One live search: the element names in order as of its start, and a cursor. */
    private static final class Search {
        final int id;
        final Map<String, Var> table;
        final int modCount;
        final List<String> names;
        int pos;

        Search(int id, Map<String, Var> table, int modCount, List<String> names) {
            this.id = id;
            this.table = table;
            this.modCount = modCount;
            this.names = names;
        }
    }

    /** Searches per array variable (newest first), per interpreter. */
    private static final class State {
        final Map<Var, List<Search>> byArray = new WeakHashMap<>();
    }

    private static final Object KEY = new Object();

    /** The live searches of an array, after dropping those its changes killed. */
    private static List<Search> live(Interp interp, Var arrayVar) {
        State st = interp.data(KEY, State::new);
        List<Search> list = st.byArray.computeIfAbsent(arrayVar, k -> new ArrayList<>());
        Map<String, Var> now = arrayVar.elements();
        for (Iterator<Search> it = list.iterator(); it.hasNext();) {
            Search s = it.next();
            if (s.table != now || modCount(now) != s.modCount) {
                it.remove();
            }
        }
        return list;
    }

    private static int modCount(Map<String, Var> table) {
        return table instanceof ArrayHashTable<Var> t ? t.modCount() : table.size();
    }

    private static Var arrayVar(Interp interp, String name) throws TclException {
        Var v = Variables.find(interp, interp.varFrame(), name);
        if (v == null || !v.isArray()) {
            throw ArrayCmd.notArray(name);
        }
        return v;
    }

    static TclValue startsearch(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length != 3) {
            throw Args.wrongNum(objv, 2, "arrayName");
        }
        String name = objv[2].toString();
        Var v = arrayVar(interp, name);
        List<Search> list = live(interp, v);
        int id = list.isEmpty() ? 1 : list.get(0).id + 1;
        Map<String, Var> table = v.elements();
        List<String> names = new ArrayList<>(table.keySet());
        list.add(0, new Search(id, table, modCount(table), names));
        return TclValue.of("s-" + id + "-" + name);
    }

    /** Finds the search named by objv[3] on the array objv[2]. */
    private static Search find(Interp interp, TclValue[] objv, boolean remove) throws TclException {
        if (objv.length != 4) {
            throw Args.wrongNum(objv, 2, "arrayName searchId");
        }
        String name = objv[2].toString();
        Var v = arrayVar(interp, name);
        String handle = objv[3].toString();
        int id = parseId(handle, name);
        List<Search> list = live(interp, v);
        for (Iterator<Search> it = list.iterator(); it.hasNext();) {
            Search s = it.next();
            if (s.id == id) {
                if (remove) {
                    it.remove();
                }
                return s;
            }
        }
        throw new TclException("couldn't find search \"" + handle + "\"", lookupCode(handle));
    }

    private static String lookupCode(String handle) {
        return Args.code("TCL LOOKUP ARRAYSEARCH", handle);
    }

    /** {@code s-<number>-<arrayName>}; the number is read as strtoul would. */
    private static int parseId(String handle, String name) throws TclException {
        if (!handle.startsWith("s-")) {
            throw illegal(handle);
        }
        int i = 2;
        int n = handle.length();
        while (i < n && ListIndex.isSpace(handle.charAt(i))) {
            i++;
        }
        boolean neg = false;
        if (i < n && (handle.charAt(i) == '+' || handle.charAt(i) == '-')) {
            neg = handle.charAt(i) == '-';
            i++;
        }
        int digits = i;
        long id = 0;
        while (i < n && Character.isDigit(handle.charAt(i)) && handle.charAt(i) < 128) {
            id = Math.min(id * 10 + (handle.charAt(i) - '0'), Integer.MAX_VALUE);
            i++;
        }
        if (i == digits || i >= n || handle.charAt(i) != '-') {
            throw illegal(handle);
        }
        if (!handle.substring(i + 1).equals(name)) {
            throw new TclException("search identifier \"" + handle + "\" isn't for variable \"" + name + "\"",
                    lookupCode(handle));
        }
        return (int) (neg ? -id : id);
    }

    private static TclException illegal(String handle) {
        return new TclException("illegal search identifier \"" + handle + "\"", lookupCode(handle));
    }

    static TclValue nextelement(Interp interp, TclValue[] objv) throws TclException {
        Search s = find(interp, objv, false);
        while (s.pos < s.names.size()) {
            String k = s.names.get(s.pos++);
            Var e = s.table.get(k);
            if (e != null && e.value() != null) {
                return TclValue.of(k);
            }
        }
        return TclValue.EMPTY;
    }

    static TclValue anymore(Interp interp, TclValue[] objv) throws TclException {
        Search s = find(interp, objv, false);
        for (int i = s.pos; i < s.names.size(); i++) {
            Var e = s.table.get(s.names.get(i));
            if (e != null && e.value() != null) {
                return TclValue.ONE;
            }
            s.pos = i + 1;
        }
        return TclValue.ZERO;
    }

    static TclValue donesearch(Interp interp, TclValue[] objv) throws TclException {
        find(interp, objv, true);
        return TclValue.EMPTY;
    }
}
