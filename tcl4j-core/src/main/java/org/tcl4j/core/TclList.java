package org.tcl4j.core;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The list internal representation: an immutable sequence of values.
 *
 * <p>Appending is amortized O(1) without reference counting: lists share a
 * growable backing array and remember how much of it they cover; a list that
 * covers the whole used part may extend it in place (like a Go slice), every
 * other list copies first. This keeps {@code lappend} in a loop linear.
 *
 * <p>Replacing an element ({@link #replace}, for {@code lset}) is amortized
 * O(1) the same way: the newest list of a backing array may change a slot in
 * place after noting the old value in the array's undo log and bumping its
 * version. Older lists of that array notice the version change on their next
 * access and rebuild their own contents from the array and the log (Baker's
 * trick for persistent arrays), so no list ever sees another's change. The
 * log is bounded by the list's length: beyond that a replacement copies.
 */
public final class TclList extends AbstractList<TclValue> implements RandomAccess {
    /** The empty list. */
    public static final TclList EMPTY = new TclList(new Backing(new TclValue[0], 0), 0);

    private static final class Backing {
        TclValue[] items;
        int used;
        /** Number of in-place replacements so far; undo entry k-1 reverts replacement k. */
        int version;
        int[] undoIndex;
        TclValue[] undoValue;
        /**
         * The thread that made the array, the only one that may change it in
         * place. Values are shared across threads without locks (constants
         * such as small integers are shared by every interpreter, and
         * coroutines hand values between threads); a list another thread
         * made is copied before a change instead. (A lock around appends
         * cost 5-12% of lappend loops.)
         */
        final Thread owner = Thread.currentThread();

        Backing(TclValue[] items, int used) {
            this.items = items;
            this.used = used;
        }

        /** May a list that ends where this array's used part ends grow or change in place? */
        boolean changeable() {
            return owner == Thread.currentThread();
        }
    }

    /** Replaced only when this list rebuilds itself after another list's in-place change. */
    private Backing backing;
    private final int size;
    /** The backing's version this list's contents correspond to. */
    private int version;

    private TclList(Backing backing, int size) {
        this.backing = backing;
        this.size = size;
        this.version = backing.version;
    }

    public TclList(List<TclValue> items) {
        this(new Backing(items.toArray(new TclValue[0]), items.size()), items.size());
    }

    /**
     * Wraps the array without copying; the caller gives it up (the list may
     * later change its slots in place, see {@link #replace}).
     */
    public static TclList wrap(TclValue[] items) {
        return new TclList(new Backing(items, items.length), items.length);
    }

    /** The backing array, first rebuilt as this list's own if a newer list changed it in place. */
    private TclValue[] items() {
        Backing b = backing;
        if (b.version != version) {
            b = rebuild(b);
        }
        return b.items;
    }

    private Backing rebuild(Backing b) {
        // locked against an in-place change by the owner thread (see replace)
        synchronized (b) {
            TclValue[] own = Arrays.copyOf(b.items, size);
            for (int k = b.version; k > version; k--) {
                int idx = b.undoIndex[k - 1];
                if (idx < size) {
                    own[idx] = b.undoValue[k - 1];
                }
            }
            Backing mine = new Backing(own, size);
            backing = mine;
            version = 0;
            return mine;
        }
    }

    @Override
    public TclValue get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return items()[index];
    }

    @Override
    public int size() {
        return size;
    }

    /** A copy of the elements. */
    public TclValue[] toArray() {
        return Arrays.copyOf(items(), size);
    }

    /** This list with {@code extra} appended; shares storage when it safely can. */
    public TclList append(List<TclValue> extra) {
        int n = extra.size();
        if (n == 0) {
            return this;
        }
        TclValue[] items = items();
        Backing b = backing;
        if (b.used == size && b.version == version && b.changeable() && size + n <= b.items.length) {
            for (int i = 0; i < n; i++) {
                b.items[size + i] = extra.get(i);
            }
            b.used = size + n;
            return new TclList(b, size + n);
        }
        TclValue[] grown = Arrays.copyOf(items, Math.max(8, (size + n) * 3 / 2));
        for (int i = 0; i < n; i++) {
            grown[size + i] = extra.get(i);
        }
        return new TclList(new Backing(grown, size + n), size + n);
    }

    /**
     * This list with the element at {@code index} replaced. In place (O(1))
     * when this is the newest list of its backing array, else a copy.
     */
    public TclList replace(int index, TclValue value) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        TclValue[] items = items();
        Backing b = backing;
        if (b.used == size && b.version == version && b.changeable() && b.version < Math.max(16, size)) {
            // locked: an older list of this array in another thread may be rebuilding from it
            synchronized (b) {
                int k = b.version;
                if (b.undoIndex == null || k == b.undoIndex.length) {
                    int cap = Math.max(8, Math.min(Math.max(16, size), k * 2));
                    b.undoIndex = b.undoIndex == null ? new int[cap] : Arrays.copyOf(b.undoIndex, cap);
                    b.undoValue = b.undoValue == null ? new TclValue[cap] : Arrays.copyOf(b.undoValue, cap);
                }
                b.undoIndex[k] = index;
                b.undoValue[k] = b.items[index];
                b.items[index] = value;
                b.version = k + 1;
                return new TclList(b, size);
            }
        }
        TclValue[] copy = Arrays.copyOf(items, size);
        copy[index] = value;
        return wrap(copy);
    }

    public TclList append(TclValue v) {
        return append(List.of(v));
    }

    /** This list with {@code extra[from, to)} appended (as {@link #append(List)}, without a list view). */
    public TclList append(TclValue[] extra, int from, int to) {
        int n = to - from;
        if (n <= 0) {
            return this;
        }
        TclValue[] items = items();
        Backing b = backing;
        if (b.used == size && b.version == version && b.changeable() && size + n <= b.items.length) {
            System.arraycopy(extra, from, b.items, size, n);
            b.used = size + n;
            return new TclList(b, size + n);
        }
        TclValue[] grown = Arrays.copyOf(items, Math.max(8, (size + n) * 3 / 2));
        System.arraycopy(extra, from, grown, size, n);
        return new TclList(new Backing(grown, size + n), size + n);
    }

    // ---------------------------------------------------------------- parsing

    /**
     * Parses a string as a Tcl list.
     *
     * @throws TclException with tclsh's message on malformed lists
     */
    public static TclList parse(String s) throws TclException {
        int n = s.length();
        TclValue[] out = new TclValue[Math.min(16, n / 2 + 1)];
        int count = 0;
        int i = 0;
        StringBuilder sb = null;
        while (true) {
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            char c = s.charAt(i);
            String elem;
            if (c == '{') {
                int depth = 1;
                int j = i + 1;
                while (j < n) {
                    char d = s.charAt(j);
                    if (d == '\\') {
                        j += 2;
                        continue;
                    }
                    if (d == '{') {
                        depth++;
                    } else if (d == '}') {
                        if (--depth == 0) {
                            break;
                        }
                    }
                    j++;
                }
                if (j >= n) {
                    throw new TclException("unmatched open brace in list", "TCL VALUE LIST BRACE");
                }
                elem = s.substring(i + 1, j);
                i = j + 1;
                if (i < n && !isSpace(s.charAt(i))) {
                    throw new TclException("list element in braces followed by \"" + junk(s, i)
                            + "\" instead of space", "TCL VALUE LIST JUNK");
                }
            } else if (c == '"') {
                int j = i + 1;
                if (sb == null) {
                    sb = new StringBuilder();
                }
                sb.setLength(0);
                while (j < n && s.charAt(j) != '"') {
                    if (s.charAt(j) == '\\') {
                        j = Backslash.decode(s, j, sb);
                    } else {
                        sb.append(s.charAt(j++));
                    }
                }
                if (j >= n) {
                    throw new TclException("unmatched open quote in list", "TCL VALUE LIST QUOTE");
                }
                elem = sb.toString();
                i = j + 1;
                if (i < n && !isSpace(s.charAt(i))) {
                    throw new TclException("list element in quotes followed by \"" + junk(s, i)
                            + "\" instead of space", "TCL VALUE LIST JUNK");
                }
            } else {
                int j = i;
                boolean escaped = false;
                while (j < n && !isSpace(s.charAt(j))) {
                    if (s.charAt(j) == '\\') {
                        escaped = true;
                        j += 2;
                    } else {
                        j++;
                    }
                }
                if (j > n) {
                    j = n;
                }
                elem = escaped ? Backslash.substitute(s.substring(i, j)) : s.substring(i, j);
                i = j;
            }
            if (count == out.length) {
                out = Arrays.copyOf(out, count * 2);
            }
            out[count++] = TclValue.of(elem);
        }
        return new TclList(new Backing(out, count), count);
    }

    private static String junk(String s, int i) {
        int j = i;
        while (j < s.length() && !isSpace(s.charAt(j))) {
            j++;
        }
        return s.substring(i, j);
    }

    /** Whitespace as list syntax sees it. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f';
    }

    // ------------------------------------------------------------- formatting

    /** The canonical string of this list, quoting elements as tclsh does. */
    public String format() {
        TclValue[] items = items();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            appendElement(sb, items[i].toString(), i == 0);
        }
        return sb.toString();
    }

    /** Formats a list given as strings. */
    public static String format(List<String> items) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            appendElement(sb, items.get(i), i == 0);
        }
        return sb.toString();
    }

    /**
     * Appends one element with the quoting tclsh would use: bare when it is
     * safe, braces when they suffice, backslashes otherwise.
     */
    public static void appendElement(StringBuilder sb, String e, boolean first) {
        int n = e.length();
        if (n == 0) {
            sb.append("{}");
            return;
        }
        boolean hashFirst = first && e.charAt(0) == '#';
        boolean forbidNone = false;
        boolean requireEscape = false;
        // tclsh prefers backslashes when only ']' or an inner '"' forces quoting
        boolean preferEscape = false;
        boolean preferBrace = false;
        int nesting = 0;
        char c0 = e.charAt(0);
        if (c0 == '{' || c0 == '"') {
            forbidNone = true;
            preferBrace = true;
        }
        for (int i = 0; i < n; i++) {
            char c = e.charAt(i);
            switch (c) {
                case '{' -> nesting++;
                case '}' -> {
                    if (--nesting < 0) {
                        requireEscape = true;
                    }
                }
                case ']' -> {
                    forbidNone = true;
                    preferEscape = true;
                }
                case '"' -> {
                    forbidNone = true;
                    if (i > 0) {
                        preferEscape = true;
                    }
                }
                case '[', '$', ';', ' ', '\f', '\n', '\r', '\t', '\u000b' -> {
                    forbidNone = true;
                    preferBrace = true;
                }
                case '\\' -> {
                    if (i == n - 1) {
                        requireEscape = true;
                    } else if (e.charAt(i + 1) == '\n') {
                        requireEscape = true;
                        i++;
                    } else {
                        if (e.charAt(i + 1) == '{' || e.charAt(i + 1) == '}' || e.charAt(i + 1) == '\\') {
                            i++;
                        }
                        forbidNone = true;
                        preferBrace = true;
                    }
                }
                default -> {
                }
            }
        }
        if (nesting != 0) {
            requireEscape = true;
        }
        if (!requireEscape && forbidNone && preferEscape && !preferBrace && !hashFirst) {
            requireEscape = true;
        }
        if (requireEscape) {
            int start = 0;
            if (hashFirst) {
                sb.append("\\#");
                start = 1;
            }
            for (int i = start; i < n; i++) {
                char c = e.charAt(i);
                switch (c) {
                    case ']', '[', '$', ';', ' ', '\\', '"', '{', '}' -> sb.append('\\').append(c);
                    case '\f' -> sb.append("\\f");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    case '\u000b' -> sb.append("\\v");
                    default -> sb.append(c);
                }
            }
        } else if (forbidNone || hashFirst) {
            sb.append('{').append(e).append('}');
        } else {
            sb.append(e);
        }
    }
}
