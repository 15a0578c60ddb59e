package org.tcl4j.core.cmd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;

/**
 * The list commands: list llength lindex lrange linsert lreplace lset
 * lreverse lrepeat lassign join split concat, plus {@code lsearch}
 * ({@link LsearchCmd}) and {@code lsort} ({@link LsortCmd}).
 *
 * <p>All of them work on the {@link TclList} internal representation, so a
 * list is parsed once and results share element values with their inputs.
 */
public final class ListCommands {
    private ListCommands() {
    }

    /** tclsh's limit on list length (64-bit builds), with its message. */
    static final int LIST_MAX = 536870909;

    public static void register(Interp interp) {
        interp.register("list", ListCommands::list);
        interp.register("llength", ListCommands::llength);
        interp.register("lindex", ListCommands::lindex);
        interp.register("lrange", ListCommands::lrange);
        interp.register("linsert", ListCommands::linsert);
        interp.register("lreplace", ListCommands::lreplace);
        interp.register("lset", ListCommands::lset);
        interp.register("lreverse", ListCommands::lreverse);
        interp.register("lrepeat", ListCommands::lrepeat);
        interp.register("lassign", ListCommands::lassign);
        interp.register("join", ListCommands::join);
        interp.register("split", ListCommands::split);
        interp.register("concat", ListCommands::concat);
        interp.register("lsearch", LsearchCmd::lsearch);
        interp.register("lsort", LsortCmd::lsort);
    }

    static TclValue list(Interp interp, TclValue[] objv) {
        if (objv.length == 1) {
            return TclValue.EMPTY;
        }
        return TclValue.ofList(TclList.wrap(Arrays.copyOfRange(objv, 1, objv.length)));
    }

    static TclValue llength(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length != 2) {
            throw Args.wrongNum(objv, 1, "list");
        }
        return TclValue.of(objv[1].asList().size());
    }

    static TclValue lindex(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "list ?index ...?");
        }
        if (objv.length == 2) {
            return objv[1];
        }
        if (objv.length == 3) {
            TclValue idx = objv[2];
            if (idx.rep() instanceof Long) {
                // the common case: one integer index
                TclList l = objv[1].asList();
                int i = ListIndex.parse(idx, l.size() - 1);
                return i >= 0 && i < l.size() ? l.get(i) : TclValue.EMPTY;
            }
            return ListIndex.lindex(objv[1], ListIndex.pathFromOneArg(idx));
        }
        return ListIndex.lindex(objv[1], Arrays.asList(objv).subList(2, objv.length));
    }

    static TclValue lrange(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length != 4) {
            throw Args.wrongNum(objv, 1, "list first last");
        }
        TclList l = objv[1].asList();
        int n = l.size();
        int first = ListIndex.parse(objv[2], n - 1);
        int last = ListIndex.parse(objv[3], n - 1);
        if (first < 0) {
            first = 0;
        }
        if (last >= n) {
            last = n - 1;
        }
        if (first > last) {
            return TclValue.EMPTY;
        }
        if (first == 0 && last == n - 1) {
            return canonical(objv[1], l);
        }
        return TclValue.ofList(sub(l, first, last + 1));
    }

    /** The list value itself when its string is already canonical (no string yet), else a fresh list value. */
    static TclValue canonical(TclValue v, TclList l) {
        return v.hasString() ? TclValue.ofList(l) : v;
    }

    /** Elements {@code [from, to)} as a new list (values shared). */
    static TclList sub(TclList l, int from, int to) {
        TclValue[] items = new TclValue[to - from];
        for (int i = from; i < to; i++) {
            items[i - from] = l.get(i);
        }
        return TclList.wrap(items);
    }

    static TclValue linsert(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 3) {
            throw Args.wrongNum(objv, 1, "list index ?element ...?");
        }
        TclList l = objv[1].asList();
        int n = l.size();
        int at = ListIndex.parse(objv[2], n);
        if (at < 0) {
            at = 0;
        } else if (at > n) {
            at = n;
        }
        if (objv.length == 3) {
            return canonical(objv[1], l);
        }
        return TclValue.ofList(splice(l, at, 0, objv, 3));
    }

    static TclValue lreplace(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 4) {
            throw Args.wrongNum(objv, 1, "list first last ?element ...?");
        }
        TclList l = objv[1].asList();
        int n = l.size();
        int first = ListIndex.parse(objv[2], n - 1);
        int last = ListIndex.parse(objv[3], n - 1);
        // 8.6.13 (TIP 505): out-of-range positions clamp instead of failing
        if (first < 0) {
            first = 0;
        } else if (first > n) {
            first = n;
        }
        if (last >= n) {
            last = n - 1;
        }
        int remove = last < first ? 0 : last - first + 1;
        return TclValue.ofList(splice(l, first, remove, objv, 4));
    }

    /** {@code l} with {@code remove} elements at {@code at} replaced by {@code objv[from..]}. */
    private static TclList splice(TclList l, int at, int remove, TclValue[] objv, int from) {
        int add = objv.length - from;
        int n = l.size();
        if (remove == 0 && at == n) {
            return l.append(objv, from, objv.length);
        }
        TclValue[] items = new TclValue[n - remove + add];
        for (int i = 0; i < at; i++) {
            items[i] = l.get(i);
        }
        System.arraycopy(objv, from, items, at, add);
        for (int i = at + remove; i < n; i++) {
            items[i - remove + add] = l.get(i);
        }
        return TclList.wrap(items);
    }

    static TclValue lset(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 3) {
            throw Args.wrongNum(objv, 1, "listVar ?index? ?index ...? value");
        }
        String name = objv[1].toString();
        TclValue old = interp.getVar(name);
        TclValue value = objv[objv.length - 1];
        List<TclValue> path;
        if (objv.length == 3) {
            path = List.of();
        } else if (objv.length == 4) {
            path = ListIndex.pathFromOneArg(objv[2]);
        } else {
            path = Arrays.asList(objv).subList(2, objv.length - 1);
        }
        TclValue updated;
        if (path.isEmpty()) {
            updated = value;
        } else {
            updated = ListIndex.lset(old, path, 0, value);
        }
        return interp.setVar(name, updated);
    }

    static TclValue lreverse(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length != 2) {
            throw Args.wrongNum(objv, 1, "list");
        }
        TclList l = objv[1].asList();
        int n = l.size();
        if (n <= 1) {
            return canonical(objv[1], l);
        }
        TclValue[] items = new TclValue[n];
        for (int i = 0; i < n; i++) {
            items[i] = l.get(n - 1 - i);
        }
        return TclValue.ofList(TclList.wrap(items));
    }

    static TclValue lrepeat(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "count ?value ...?");
        }
        int count = LsortCompare.intArg(objv[1]);
        if (count < 0) {
            throw new TclException("bad count \"" + objv[1] + "\": must be integer >= 0",
                    "TCL OPERATION LREPEAT NEGARG");
        }
        int k = objv.length - 2;
        long total = (long) count * k;
        if (total == 0) {
            return TclValue.EMPTY;
        }
        if (total > LIST_MAX) {
            throw new TclException("max length of a Tcl list (" + LIST_MAX + " elements) exceeded", "TCL MEMORY");
        }
        TclValue[] items = new TclValue[(int) total];
        for (int r = 0; r < count; r++) {
            System.arraycopy(objv, 2, items, r * k, k);
        }
        return TclValue.ofList(TclList.wrap(items));
    }

    static TclValue lassign(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "list ?varName ...?");
        }
        TclList l = objv[1].asList();
        int vars = objv.length - 2;
        for (int i = 0; i < vars; i++) {
            interp.setVar(objv[i + 2].toString(), i < l.size() ? l.get(i) : TclValue.EMPTY);
        }
        if (vars >= l.size()) {
            return TclValue.EMPTY;
        }
        if (vars == 0) {
            return canonical(objv[1], l);
        }
        return TclValue.ofList(sub(l, vars, l.size()));
    }

    static TclValue join(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length != 2 && objv.length != 3) {
            throw Args.wrongNum(objv, 1, "list ?joinString?");
        }
        TclList l = objv[1].asList();
        int n = l.size();
        if (n == 1) {
            return l.get(0);
        }
        String sep = objv.length == 3 ? objv[2].toString() : " ";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(l.get(i).toString());
        }
        return TclValue.of(sb.toString());
    }

    static TclValue split(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length != 2 && objv.length != 3) {
            throw Args.wrongNum(objv, 1, "string ?splitChars?");
        }
        String s = objv[1].toString();
        String chars = objv.length == 3 ? objv[2].toString() : " \t\n\r";
        int n = s.length();
        if (n == 0) {
            return TclValue.EMPTY;
        }
        List<TclValue> out = new ArrayList<>();
        if (chars.isEmpty()) {
            // one element per character; share the values of repeated ASCII characters
            TclValue[] ascii = new TclValue[128];
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c < 128) {
                    TclValue v = ascii[c];
                    if (v == null) {
                        v = ascii[c] = TclValue.of(String.valueOf(c));
                    }
                    out.add(v);
                } else {
                    out.add(TclValue.of(String.valueOf(c)));
                }
            }
            return TclValue.ofList(out);
        }
        int start = 0;
        if (chars.length() == 1) {
            char sc = chars.charAt(0);
            for (int i = 0; i < n; i++) {
                if (s.charAt(i) == sc) {
                    out.add(TclValue.of(s.substring(start, i)));
                    start = i + 1;
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                if (chars.indexOf(s.charAt(i)) >= 0) {
                    out.add(TclValue.of(s.substring(start, i)));
                    start = i + 1;
                }
            }
        }
        out.add(TclValue.of(s.substring(start)));
        return TclValue.ofList(out);
    }

    static TclValue concat(Interp interp, TclValue[] objv) throws TclException {
        return concat(objv, 1);
    }

    /**
     * Tcl_ConcatObj: pure lists (no string form) are joined as lists; anything
     * else as strings with surrounding whitespace trimmed.
     */
    static TclValue concat(TclValue[] objv, int from) {
        int n = objv.length;
        if (from >= n) {
            return TclValue.EMPTY;
        }
        boolean allLists = true;
        for (int i = from; i < n; i++) {
            if (!(objv[i].rep() instanceof TclList) || objv[i].hasString()) {
                allLists = false;
                break;
            }
        }
        if (allLists) {
            TclList acc = null;
            for (int i = from; i < n; i++) {
                TclList l = (TclList) objv[i].rep();
                if (l.isEmpty()) {
                    continue;
                }
                acc = acc == null ? l : acc.append(l);
            }
            return acc == null ? TclValue.EMPTY : TclValue.ofList(acc);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < n; i++) {
            String s = objv[i].toString();
            int a = 0;
            int b = s.length();
            while (a < b && TclList.isSpace(s.charAt(a))) {
                a++;
            }
            while (b > a && TclList.isSpace(s.charAt(b - 1))) {
                b--;
            }
            // keep one whitespace character after a trailing backslash
            if (b < s.length() && b > a && s.charAt(b - 1) == '\\') {
                b++;
            }
            if (a == b) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(s, a, b);
        }
        return TclValue.of(sb.toString());
    }
}
