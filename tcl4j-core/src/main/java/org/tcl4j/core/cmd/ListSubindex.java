package org.tcl4j.core.cmd;

import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;

/**
 * The {@code -index} path of lsort and lsearch, checked once when the option
 * is read: each step is an absolute position or an offset from {@code end}.
 * Steps that could never select an element ({@code -1}, {@code end+1}) are
 * refused up front, as tclsh does.
 */
final class ListSubindex {
    /** Absolute positions (>= 0), or offsets from end (<= 0) when {@code fromEnd[i]}. */
    private final int[] steps;
    private final boolean[] fromEnd;

    private ListSubindex(int[] steps, boolean[] fromEnd) {
        this.steps = steps;
        this.fromEnd = fromEnd;
    }

    static ListSubindex parse(TclValue spec) throws TclException {
        TclList l = spec.asList();
        int n = l.size();
        int[] steps = new int[n];
        boolean[] fromEnd = new boolean[n];
        for (int i = 0; i < n; i++) {
            TclValue v = l.get(i);
            int idx = ListIndex.parse(v, 0);
            String s = v.toString();
            boolean end = !(v.rep() instanceof Long) && s.startsWith("e");
            if (end) {
                if (idx > 0 || idx < Integer.MIN_VALUE + 2) {
                    throw cannotSelect(s);
                }
            } else if (idx < 0 || idx == Integer.MAX_VALUE) {
                throw cannotSelect(s);
            }
            steps[i] = idx;
            fromEnd[i] = end;
        }
        return new ListSubindex(steps, fromEnd);
    }

    private static TclException cannotSelect(String s) {
        return new TclException("index \"" + s + "\" cannot select an element from any list",
                "TCL VALUE INDEXOUTOFRANGE");
    }

    int size() {
        return steps.length;
    }

    /** Step {@code i} resolved against a list of {@code len} elements. */
    int resolve(int i, int len) {
        return fromEnd[i] ? len - 1 + steps[i] : steps[i];
    }

    /**
     * The element at steps {@code [from, size)} inside {@code v}.
     *
     * @param cmd the command word of the error code ("LSORT", which lsearch shares)
     */
    TclValue select(TclValue v, int from, String cmd) throws TclException {
        TclValue cur = v;
        for (int i = from; i < steps.length; i++) {
            TclList l = cur.asList();
            int idx = resolve(i, l.size());
            if (idx < 0 || idx >= l.size()) {
                throw new TclException("element " + idx + " missing from sublist \"" + cur + "\"",
                        "TCL OPERATION " + cmd + " INDEXFAILED");
            }
            cur = l.get(idx);
        }
        return cur;
    }
}
