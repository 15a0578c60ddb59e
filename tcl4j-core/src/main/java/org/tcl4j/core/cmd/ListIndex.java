package org.tcl4j.core.cmd;

import java.util.List;

import org.tcl4j.core.Numbers;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;

/**
 * List indices as Tcl 8.6 reads them ({@code TclGetIntForIndex}): an integer,
 * {@code end} (or a prefix of it), {@code end+N}, {@code end-N}, {@code M+N}
 * and {@code M-N}. Every integer must fit Tcl's "int" range (magnitude up to
 * 2^32-1, wrapped to 32 bits) and arithmetic wraps like C ints, so that huge
 * offsets behave as they do in tclsh.
 *
 * <p>Also the nested index paths of {@code lindex} and {@code lset}.
 */
final class ListIndex {
    private ListIndex() {
    }

    /** Returned by {@link #tryParse} for text that is not an index. */
    static final long INVALID = Long.MIN_VALUE;

    private static final long UINT_MAX = 0xFFFFFFFFL;

    /**
     * Parses an index.
     *
     * @param end the value of {@code end} (usually the last position, size-1)
     */
    static int parse(TclValue v, int end) throws TclException {
        long r = tryParse(v, end);
        if (r == INVALID) {
            throw badIndex(v.toString());
        }
        return (int) r;
    }

    /** Like {@link #parse}, returning {@link #INVALID} instead of failing. */
    static long tryParse(TclValue v, int end) {
        Object rep = v.rep();
        if (rep instanceof Long l) {
            return fitInt(l);
        }
        String s = v.toString();
        int n = s.length();
        if (n == 0) {
            return INVALID;
        }
        char c0 = s.charAt(0);
        // fast path: a short decimal number
        if (n <= 9 && c0 >= '0' && c0 <= '9' && (c0 != '0' || n == 1)) {
            int x = 0;
            int i = 0;
            for (; i < n; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    break;
                }
                x = x * 10 + (c - '0');
            }
            if (i == n) {
                return x;
            }
        }
        if (c0 == 'e') {
            return parseEnd(s, end);
        }
        long plain = parseInt(s, 0, n, true);
        if (plain != INVALID) {
            return plain;
        }
        return parseSum(s);
    }

    /** {@code end}, a prefix of it, or {@code end[+-]N}. */
    private static long parseEnd(String s, int end) {
        int n = s.length();
        if (n <= 3) {
            return "end".startsWith(s) ? end : INVALID;
        }
        if (!s.startsWith("end") || n < 5) {
            return INVALID;
        }
        char op = s.charAt(3);
        if ((op != '+' && op != '-') || isSpace(s.charAt(4))) {
            return INVALID;
        }
        long off = parseInt(s, 4, n, false);
        if (off == INVALID) {
            return INVALID;
        }
        int o = (int) off;
        if (op == '-') {
            o = -o;
        }
        return end + o; // wraps like C int arithmetic
    }

    /** {@code M+N} or {@code M-N}. */
    private static long parseSum(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        int start = i;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int op = -1;
        for (int j = i; j < n; j++) {
            char c = s.charAt(j);
            if (c == '+' || c == '-') {
                op = j;
                break;
            }
        }
        if (op < 0 || op + 1 >= n || isSpace(s.charAt(op + 1))) {
            return INVALID;
        }
        if (isSpace(s.charAt(op - 1))) {
            return INVALID;
        }
        long a = parseInt(s, start, op, false);
        if (a == INVALID) {
            return INVALID;
        }
        long b = parseInt(s, op + 1, n, false);
        if (b == INVALID) {
            return INVALID;
        }
        int x = (int) a;
        int y = (int) b;
        return s.charAt(op) == '+' ? x + y : x - y;
    }

    /**
     * An integer of Tcl syntax in {@code s[from, to)} with optional sign and
     * trailing whitespace (leading whitespace only when allowed), within the
     * magnitude Tcl accepts for "int"; wrapped to 32 bits.
     */
    private static long parseInt(String s, int from, int to, boolean leadingSpace) {
        if (from >= to) {
            return INVALID;
        }
        if (!leadingSpace && isSpace(s.charAt(from))) {
            return INVALID;
        }
        int k = from;
        while (k < to && isSpace(s.charAt(k))) {
            k++;
        }
        if (k < to && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
            k++;
        }
        // 8.6 has no 0d prefix; Numbers.parse would accept it
        if (k + 1 < to && s.charAt(k) == '0' && (s.charAt(k + 1) == 'd' || s.charAt(k + 1) == 'D')) {
            return INVALID;
        }
        Number num = Numbers.parse(s.substring(from, to));
        if (num instanceof Long l) {
            return fitInt(l);
        }
        return INVALID;
    }

    /** Tcl's int range check: |v| <= 2^32-1, then wrapped to 32 bits. */
    private static long fitInt(long v) {
        if (v > UINT_MAX || v < -UINT_MAX) {
            return INVALID;
        }
        return (int) v;
    }

    static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** tclsh's message for a malformed index. */
    static TclException badIndex(String s) {
        String extra = looksLikeBadOctal(s) || (s.startsWith("end") && s.length() > 4
                && looksLikeBadOctal(s.substring(4))) ? " (looks like invalid octal number)" : "";
        return new TclException("bad index \"" + s + "\": must be integer?[+-]integer? or end?[+-]integer?"
                + extra, "TCL VALUE INDEX");
    }

    /** Leading zero followed by decimal digits that include an 8 or 9. */
    private static boolean looksLikeBadOctal(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        if (i >= n || s.charAt(i) != '0') {
            return false;
        }
        boolean bad = false;
        int j = i + 1;
        for (; j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9'; j++) {
            if (s.charAt(j) >= '8') {
                bad = true;
            }
        }
        while (j < n && isSpace(s.charAt(j))) {
            j++;
        }
        return bad && j == n;
    }

    // ------------------------------------------------------------ index paths

    /**
     * The index path of {@code lindex list idx} / {@code lset var idx value}:
     * one index, or else a list of indices.
     */
    static List<TclValue> pathFromOneArg(TclValue arg) throws TclException {
        if (!(arg.rep() instanceof TclList) && tryParse(arg, 0) != INVALID) {
            return List.of(arg);
        }
        return arg.asList();
    }

    /**
     * {@code lindex}: follows {@code path} into nested lists; an index out of
     * range gives the empty string (the remaining indices are still checked).
     */
    static TclValue lindex(TclValue list, List<TclValue> path) throws TclException {
        TclValue cur = list;
        int n = path.size();
        for (int i = 0; i < n; i++) {
            TclList l = cur.asList();
            int idx = parse(path.get(i), l.size() - 1);
            if (idx < 0 || idx >= l.size()) {
                for (int k = i + 1; k < n; k++) {
                    parse(path.get(k), -1);
                }
                return TclValue.EMPTY;
            }
            cur = l.get(idx);
        }
        return cur;
    }

    /**
     * {@code lset}: a copy of {@code list} with the element at {@code path}
     * replaced; an index equal to the length appends. Only the lists along
     * the path change, each in O(1) amortized.
     */
    static TclValue lset(TclValue list, List<TclValue> path, int from, TclValue value) throws TclException {
        if (from == path.size()) {
            return value;
        }
        TclList l = list.asList();
        int size = l.size();
        int idx = parse(path.get(from), size - 1);
        if (idx < 0 || idx > size) {
            throw new TclException("list index out of range", "TCL OPERATION LSET BADINDEX");
        }
        if (idx == size) {
            TclValue inner = lset(TclValue.EMPTY, path, from + 1, value);
            return TclValue.ofList(l.append(inner));
        }
        TclValue inner = lset(l.get(idx), path, from + 1, value);
        // in place when the variable held the newest version of this list (see TclList.replace)
        return TclValue.ofList(l.replace(idx, inner));
    }
}
