package org.tcl4j.core.cmd;

import java.util.Arrays;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;

/**
 * {@code lsort ?-option value ...? list}.
 *
 * <p>The sort is the same stable merge sort as tclsh's: elements are fed one
 * by one into a binary counter of sorted runs (run {@code k} holds 2^k
 * elements), and the runs are finally merged from the smallest up. So a
 * {@code -command} sees the same comparisons in the same order as in tclsh,
 * and {@code -unique} keeps the last of equal elements.
 */
final class LsortCmd {
    private LsortCmd() {
    }

    private static final String[] OPTIONS = {"-ascii", "-command", "-decreasing", "-dictionary", "-increasing",
        "-index", "-indices", "-integer", "-nocase", "-real", "-stride", "-unique"};

    private enum Mode { ASCII, DICTIONARY, INTEGER, REAL, COMMAND }

    /** One sort unit: a key plus its position (a group's first position with -stride). */
    private static final class Item {
        final int pos;
        final String str;
        long wide;
        double real;
        TclValue key;

        Item(int pos, String str) {
            this.pos = pos;
            this.str = str;
        }
    }

    /** The parsed options and the comparison they define. */
    private static final class Sorter {
        Mode mode = Mode.ASCII;
        boolean nocase;
        boolean decreasing;
        boolean unique;
        boolean indices;
        TclValue command;
        ListSubindex index;
        int stride = 1;
        Interp interp;
        TclValue[] cmdWords;
        /** Set when a -command comparison returned a non-OK code (break, continue, ...). */
        boolean aborted;
        /** The result that came with that code; it becomes lsort's result. */
        TclValue abortResult = TclValue.EMPTY;

        int compare(Item a, Item b) throws TclException {
            int c;
            switch (mode) {
                case ASCII -> c = nocase ? LsortCompare.nocase(a.str, b.str) : LsortCompare.ascii(a.str, b.str);
                case DICTIONARY -> c = LsortCompare.dictionary(a.str, b.str);
                case INTEGER -> c = Long.compare(a.wide, b.wide);
                case REAL -> c = Double.compare(a.real, b.real) == 0 ? 0 : (a.real < b.real ? -1 : 1);
                default -> c = callCommand(a.key, b.key);
            }
            return decreasing ? -Integer.signum(c) : c;
        }

        private int callCommand(TclValue a, TclValue b) throws TclException {
            if (aborted) {
                return 0;
            }
            TclValue[] words = cmdWords.clone();
            words[words.length - 2] = a;
            words[words.length - 1] = b;
            TclValue r;
            try {
                r = interp.evalWords(words);
            } catch (TclException e) {
                e.addErrorInfo("\n    (-compare command)");
                throw e;
            }
            if (interp.code() != Interp.OK) {
                aborted = true;
                abortResult = r;
                return 0;
            }
            Integer v = LsortCompare.tclInt(r);
            if (v == null) {
                throw new TclException("-compare command returned non-integer result",
                        "TCL OPERATION LSORT COMPARISONFAILED");
            }
            return v;
        }
    }

    static TclValue lsort(Interp interp, TclValue[] objv) throws TclException {
        int n = objv.length;
        if (n < 2) {
            throw Args.wrongNum(objv, 1, "?-option value ...? list");
        }
        Sorter s = new Sorter();
        s.interp = interp;
        for (int i = 1; i < n - 1; i++) {
            int opt = Args.index(objv[i], OPTIONS, "option");
            switch (OPTIONS[opt]) {
                case "-ascii" -> s.mode = Mode.ASCII;
                case "-command" -> {
                    if (i == n - 2) {
                        throw new TclException("\"-command\" option must be followed by comparison command",
                                "TCL ARGUMENT MISSING");
                    }
                    s.command = objv[++i];
                    s.mode = Mode.COMMAND;
                }
                case "-decreasing" -> s.decreasing = true;
                case "-dictionary" -> s.mode = Mode.DICTIONARY;
                case "-increasing" -> s.decreasing = false;
                case "-index" -> {
                    if (i == n - 2) {
                        throw new TclException("\"-index\" option must be followed by list index",
                                "TCL ARGUMENT MISSING");
                    }
                    s.index = ListSubindex.parse(objv[++i]);
                    if (s.index.size() == 0) {
                        s.index = null;
                    }
                }
                case "-indices" -> s.indices = true;
                case "-integer" -> s.mode = Mode.INTEGER;
                case "-nocase" -> s.nocase = true;
                case "-real" -> s.mode = Mode.REAL;
                case "-stride" -> {
                    if (i == n - 2) {
                        throw new TclException("\"-stride\" option must be followed by stride length",
                                "TCL ARGUMENT MISSING");
                    }
                    int st = LsortCompare.intArg(objv[++i]);
                    if (st < 2) {
                        throw new TclException("stride length must be at least 2", "TCL OPERATION LSORT BADSTRIDE");
                    }
                    s.stride = st;
                }
                default -> s.unique = true;
            }
        }
        if (s.mode == Mode.COMMAND) {
            TclList prefix = s.command.asList();
            s.cmdWords = Arrays.copyOf(prefix.toArray(), prefix.size() + 2);
        }
        TclValue listValue = objv[n - 1];
        TclList list = listValue.asList();
        int len = list.size();
        int stride = s.stride;
        if (stride > 1) {
            if (len % stride != 0) {
                throw new TclException("list size must be a multiple of the stride length",
                        "TCL OPERATION LSORT BADSTRIDE");
            }
        }
        int groupIndex = 0;
        if (stride > 1 && s.index != null) {
            groupIndex = s.index.resolve(0, stride);
            if (groupIndex < 0 || groupIndex >= stride) {
                throw new TclException("when used with \"-stride\", the leading \"-index\" value must be within"
                        + " the group", "TCL OPERATION LSORT BADINDEX");
            }
        }
        int count = len / stride;
        Item[] items = new Item[count];
        for (int k = 0; k < count; k++) {
            int pos = k * stride;
            TclValue key = list.get(pos + groupIndex);
            if (s.index != null) {
                key = s.index.select(key, stride > 1 ? 1 : 0, "LSORT");
            }
            Item it = new Item(pos, s.mode == Mode.ASCII || s.mode == Mode.DICTIONARY ? key.toString() : null);
            switch (s.mode) {
                case INTEGER -> it.wide = LsortCompare.wide(key);
                case REAL -> it.real = LsortCompare.real(key);
                case COMMAND -> it.key = key;
                default -> {
                }
            }
            items[k] = it;
        }
        Item[] sorted = mergeSort(items, s);
        if (s.aborted) {
            return s.abortResult;
        }
        int outLen = sorted.length * stride;
        TclValue[] out = new TclValue[outLen];
        int o = 0;
        for (Item it : sorted) {
            for (int k = 0; k < stride; k++) {
                out[o++] = s.indices ? TclValue.of(it.pos + k) : list.get(it.pos + k);
            }
        }
        return TclValue.ofList(TclList.wrap(out));
    }

    /** Binary-counter merge sort (see the class comment). */
    private static Item[] mergeSort(Item[] items, Sorter s) throws TclException {
        Item[][] runs = new Item[32][];
        for (Item it : items) {
            Item[] carry = {it};
            int k = 0;
            while (runs[k] != null) {
                carry = merge(runs[k], carry, s);
                runs[k] = null;
                k++;
            }
            runs[k] = carry;
            if (s.aborted) {
                return new Item[0];
            }
        }
        Item[] acc = null;
        for (Item[] run : runs) {
            if (run != null) {
                acc = acc == null ? run : merge(run, acc, s);
            }
        }
        return acc == null ? new Item[0] : acc;
    }

    /**
     * Merges two sorted runs; {@code left} holds earlier elements, so ties go
     * to the left (stability) or, with -unique, drop the left one.
     */
    private static Item[] merge(Item[] left, Item[] right, Sorter s) throws TclException {
        Item[] out = new Item[left.length + right.length];
        int i = 0;
        int j = 0;
        int o = 0;
        while (i < left.length && j < right.length) {
            int c = s.compare(left[i], right[j]);
            if (c > 0) {
                out[o++] = right[j++];
            } else if (c == 0 && s.unique) {
                i++;
                out[o++] = right[j++];
            } else {
                out[o++] = left[i++];
            }
        }
        while (i < left.length) {
            out[o++] = left[i++];
        }
        while (j < right.length) {
            out[o++] = right[j++];
        }
        return o == out.length ? out : Arrays.copyOf(out, o);
    }
}
