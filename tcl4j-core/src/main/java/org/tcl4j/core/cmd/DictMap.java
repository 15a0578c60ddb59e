package org.tcl4j.core.cmd;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.tcl4j.core.TclValue;

/**
 * The storage behind {@link org.tcl4j.core.TclDict}: an insertion-ordered
 * map with an O(1) {@link #copy()}, so that {@code dict set}, {@code dict
 * incr} and friends cost O(log n) instead of copying the whole dict.
 *
 * <p>A version is made of:
 * <ul>
 * <li>an append-only log of keys (and their hashes) in insertion order.
 * Versions share the log and see only its first {@code logLength} slots; a
 * version that ends where the log ends appends in place, any other copies
 * first (as TclList does);</li>
 * <li>while the map is small (up to {@link #SMALL_MAX} keys): a flat array
 * of values, parallel to the log, copied before a change unless this
 * version made it. A small map has no dead log slots; a removal rebuilds
 * it. Lookups scan the hashes. (Measured on a 12-key dict: an update costs
 * half of what the trie's path copy costs, because it allocates less.)</li>
 * <li>once larger: a persistent hash array mapped trie from key to entry
 * (value and position in the log), updated by copying the path to the
 * changed leaf. Removed keys stay in the log as dead slots and are skipped,
 * and the log is compacted when more than half of it is dead. A map never
 * goes back to small.</li>
 * </ul>
 * Keys compare by their string, as Tcl dict keys do.
 */
public final class DictMap extends AbstractMap<TclValue, TclValue> {
    /** A key's entry: value and position in the log. Immutable; {@code next} chains equal hashes. */
    private static final class Entry implements Map.Entry<TclValue, TclValue> {
        final TclValue key;
        final int hash;
        final int position;
        final TclValue value;
        final Entry next;

        Entry(TclValue key, int hash, int position, TclValue value, Entry next) {
            this.key = key;
            this.hash = hash;
            this.position = position;
            this.value = value;
            this.next = next;
        }

        @Override
        public TclValue getKey() {
            return key;
        }

        @Override
        public TclValue getValue() {
            return value;
        }

        @Override
        public TclValue setValue(TclValue v) {
            throw new UnsupportedOperationException("dict entries are immutable; put a new value in the dict");
        }
    }

    /** A trie node: a 32-bit bitmap of used slots, each an Entry chain or a Node. Immutable. */
    private static final class Node {
        static final Node EMPTY = new Node(0, new Object[0]);
        final int bitmap;
        final Object[] slots;

        Node(int bitmap, Object[] slots) {
            this.bitmap = bitmap;
            this.slots = slots;
        }
    }

    /** The shared key log. */
    private static final class Log {
        TclValue[] keys;
        /** hashOf(keys[i]). */
        int[] hashes;
        int used;
        /** The only thread that may append in place (as TclList's backing arrays, without a lock). */
        final Thread owner = Thread.currentThread();

        Log(TclValue[] keys, int[] hashes, int used) {
            this.keys = keys;
            this.hashes = hashes;
            this.used = used;
        }

        static Log empty() {
            return new Log(new TclValue[4], new int[4], 0);
        }
    }

    /** The most keys a map holds in the flat form. */
    static final int SMALL_MAX = 16;

    /** The trie; null while the map is small. */
    private Node root;
    /** While small: the value of each log slot; null once large. */
    private TclValue[] values;
    /** {@link #values} was made by this version and is not shared: it may change in place. */
    private boolean valuesOwned;
    private Log log;
    private int logLength;
    private int size;

    public DictMap() {
        this(null, new TclValue[4], true, Log.empty(), 0, 0);
    }

    private DictMap(Node root, TclValue[] values, boolean valuesOwned, Log log, int logLength, int size) {
        this.root = root;
        this.values = values;
        this.valuesOwned = valuesOwned;
        this.log = log;
        this.logLength = logLength;
        this.size = size;
    }

    /** An independent map with the same contents, in O(1): both share structure (nothing else is allocated). */
    public DictMap copy() {
        valuesOwned = false;
        return new DictMap(root, values, false, log, logLength, size);
    }

    private static int hashOf(Object key) {
        int h = key.hashCode();
        return h ^ (h >>> 16);
    }

    // ------------------------------------------------------------ lookup

    /** The log slot of {@code key} in a small map, or -1. */
    private int smallIndex(TclValue key, int h) {
        TclValue[] keys = log.keys;
        int[] hashes = log.hashes;
        for (int i = 0; i < logLength; i++) {
            TclValue k = keys[i];
            if (k == key || hashes[i] == h && k.equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private Entry find(Object key) {
        if (!(key instanceof TclValue) || size == 0) {
            return null;
        }
        int h = hashOf(key);
        Node n = root;
        int shift = 0;
        while (true) {
            int bit = 1 << ((h >>> shift) & 31);
            if ((n.bitmap & bit) == 0) {
                return null;
            }
            Object o = n.slots[Integer.bitCount(n.bitmap & (bit - 1))];
            if (o instanceof Node child) {
                n = child;
                shift += 5;
                continue;
            }
            for (Entry e = (Entry) o; e != null; e = e.next) {
                if (e.hash == h && e.key.equals(key)) {
                    return e;
                }
            }
            return null;
        }
    }

    @Override
    public TclValue get(Object key) {
        if (root == null) {
            if (!(key instanceof TclValue k) || size == 0) {
                return null;
            }
            int i = smallIndex(k, hashOf(k));
            return i < 0 ? null : values[i];
        }
        Entry e = find(key);
        return e == null ? null : e.value;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    // ---------------------------------------------------------- updating

    /**
     * The slot of {@code key} while this map is small, for a read and an
     * update with one lookup ({@link #smallValue}, {@link #withSmallValue});
     * -1 when the key is missing or the map is large.
     */
    public int smallSlot(TclValue key) {
        return root == null && size > 0 ? smallIndex(key, hashOf(key)) : -1;
    }

    /** The value in slot {@code slot} (see {@link #smallSlot}). */
    public TclValue smallValue(int slot) {
        return values[slot];
    }

    /** A new map like this one but with {@code value} in slot {@code slot} (see {@link #smallSlot}). */
    public DictMap withSmallValue(int slot, TclValue value) {
        TclValue[] changed = Arrays.copyOf(values, logLength);
        changed[slot] = value;
        return new DictMap(null, changed, true, log, logLength, size);
    }

    @Override
    public TclValue put(TclValue key, TclValue value) {
        int h = hashOf(key);
        if (root == null) {
            int i = smallIndex(key, h);
            if (i >= 0) {
                ownValues(logLength);
                TclValue old = values[i];
                values[i] = value;
                return old;
            }
            if (size < SMALL_MAX) {
                int position = appendKey(key, h);
                ownValues(position + 1);
                values[position] = value;
                size++;
                return null;
            }
            toTrie();
        }
        Entry old = find(key);
        if (old != null) {
            root = assoc(root, new Entry(old.key, h, old.position, value, null), 0);
            return old.value;
        }
        int position = appendKey(key, h);
        root = assoc(root, new Entry(key, h, position, value, null), 0);
        size++;
        return null;
    }

    /** Makes {@link #values} this version's own, with room for {@code length} slots. */
    private void ownValues(int length) {
        if (!valuesOwned || values.length < length) {
            values = Arrays.copyOf(values, Math.max(length, valuesOwned ? values.length * 2 : logLength + 1));
            valuesOwned = true;
        }
    }

    /** Turns a small map into the trie form. */
    private void toTrie() {
        Node fresh = Node.EMPTY;
        for (int i = 0; i < logLength; i++) {
            fresh = assoc(fresh, new Entry(log.keys[i], log.hashes[i], i, values[i], null), 0);
        }
        root = fresh;
        values = null;
        valuesOwned = false;
    }

    private int appendKey(TclValue key, int h) {
        Log l = log;
        if (l.used == logLength && logLength < l.keys.length && l.owner == Thread.currentThread()) {
            l.keys[logLength] = key;
            l.hashes[logLength] = h;
            l.used = ++logLength;
            return logLength - 1;
        }
        int length = Math.max(8, logLength * 2);
        TclValue[] grown = Arrays.copyOf(l.keys, length);
        int[] grownHashes = Arrays.copyOf(l.hashes, length);
        grown[logLength] = key;
        grownHashes[logLength] = h;
        log = new Log(grown, grownHashes, logLength + 1);
        return logLength++;
    }

    /** A copy of {@code n} with {@code e} stored (replacing an entry of the same key). */
    private static Node assoc(Node n, Entry e, int shift) {
        int bit = 1 << ((e.hash >>> shift) & 31);
        int idx = Integer.bitCount(n.bitmap & (bit - 1));
        if ((n.bitmap & bit) == 0) {
            Object[] slots = new Object[n.slots.length + 1];
            System.arraycopy(n.slots, 0, slots, 0, idx);
            slots[idx] = e;
            System.arraycopy(n.slots, idx, slots, idx + 1, n.slots.length - idx);
            return new Node(n.bitmap | bit, slots);
        }
        Object o = n.slots[idx];
        Object replacement;
        if (o instanceof Node child) {
            replacement = assoc(child, e, shift + 5);
        } else {
            Entry chain = (Entry) o;
            if (chain.hash == e.hash || shift >= 30) {
                replacement = chainWith(chain, e);
            } else {
                // two different hashes meet here: push both one level down
                Node sub = assoc(assoc(Node.EMPTY, chainRelinked(chain), shift + 5), e, shift + 5);
                replacement = sub;
            }
        }
        Object[] slots = Arrays.copyOf(n.slots, n.slots.length);
        slots[idx] = replacement;
        return new Node(n.bitmap, slots);
    }

    /** The chain (entries of one hash) with {@code e} replacing its key or added in front. */
    private static Entry chainWith(Entry chain, Entry e) {
        Entry rest = chainWithout(chain, e.key);
        return new Entry(e.key, e.hash, e.position, e.value, rest);
    }

    private static Entry chainWithout(Entry chain, Object key) {
        if (chain == null) {
            return null;
        }
        if (chain.key.equals(key)) {
            return chain.next;
        }
        Entry rest = chainWithout(chain.next, key);
        return rest == chain.next ? chain : new Entry(chain.key, chain.hash, chain.position, chain.value, rest);
    }

    /** A chain is stored as is when it moves down a level (all of it has one hash). */
    private static Entry chainRelinked(Entry chain) {
        return chain;
    }

    @Override
    public TclValue remove(Object key) {
        if (root == null) {
            return key instanceof TclValue k && size > 0 ? removeSmall(smallIndex(k, hashOf(k))) : null;
        }
        Entry old = find(key);
        if (old == null) {
            return null;
        }
        root = dissoc(root, old.hash, old.key, 0);
        size--;
        if (logLength > 32 && logLength > 2 * size) {
            compact();
        }
        return old.value;
    }

    /** Removes log slot {@code i} (if not -1) of a small map: a new log and values without it. */
    private TclValue removeSmall(int i) {
        if (i < 0) {
            return null;
        }
        TclValue old = values[i];
        int n = logLength - 1;
        int length = Math.max(4, n);
        TclValue[] keys = new TclValue[length];
        int[] hashes = new int[length];
        TclValue[] vals = new TclValue[length];
        System.arraycopy(log.keys, 0, keys, 0, i);
        System.arraycopy(log.keys, i + 1, keys, i, n - i);
        System.arraycopy(log.hashes, 0, hashes, 0, i);
        System.arraycopy(log.hashes, i + 1, hashes, i, n - i);
        System.arraycopy(values, 0, vals, 0, i);
        System.arraycopy(values, i + 1, vals, i, n - i);
        log = new Log(keys, hashes, n);
        values = vals;
        valuesOwned = true;
        logLength = n;
        size = n;
        return old;
    }

    /** A copy of {@code n} without {@code key} (known to be present). */
    private static Node dissoc(Node n, int h, Object key, int shift) {
        int bit = 1 << ((h >>> shift) & 31);
        int idx = Integer.bitCount(n.bitmap & (bit - 1));
        Object o = n.slots[idx];
        Object replacement;
        if (o instanceof Node child) {
            Node c = dissoc(child, h, key, shift + 5);
            replacement = c.bitmap == 0 ? null : c;
        } else {
            replacement = chainWithout((Entry) o, key);
        }
        if (replacement == null) {
            Object[] slots = new Object[n.slots.length - 1];
            System.arraycopy(n.slots, 0, slots, 0, idx);
            System.arraycopy(n.slots, idx + 1, slots, idx, n.slots.length - idx - 1);
            return new Node(n.bitmap & ~bit, slots);
        }
        Object[] slots = Arrays.copyOf(n.slots, n.slots.length);
        slots[idx] = replacement;
        return new Node(n.bitmap, slots);
    }

    /** Rebuilds log and trie with only the live keys, keeping their order. */
    private void compact() {
        TclValue[] keys = new TclValue[Math.max(8, size * 2)];
        int[] hashes = new int[keys.length];
        Node fresh = Node.EMPTY;
        int n = 0;
        for (int i = 0; i < logLength; i++) {
            Entry e = live(i);
            if (e != null) {
                keys[n] = e.key;
                hashes[n] = e.hash;
                fresh = assoc(fresh, new Entry(e.key, e.hash, n, e.value, null), 0);
                n++;
            }
        }
        root = fresh;
        log = new Log(keys, hashes, n);
        logLength = n;
    }

    /** The entry whose key sits at log position {@code i}, or null when that slot is dead. */
    private Entry live(int i) {
        TclValue k = log.keys[i];
        Entry e = find(k);
        return e != null && e.position == i ? e : null;
    }

    @Override
    public void clear() {
        root = null;
        values = new TclValue[4];
        valuesOwned = true;
        log = Log.empty();
        logLength = 0;
        size = 0;
    }

    // --------------------------------------------------------- iteration

    @Override
    public Set<Map.Entry<TclValue, TclValue>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<TclValue, TclValue>> iterator() {
                return new Iter();
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** Walks the log of the version current when iteration began. */
    private final class Iter implements Iterator<Map.Entry<TclValue, TclValue>> {
        private final DictMap snapshot = copy();
        private int pos;
        private Map.Entry<TclValue, TclValue> next = advance();

        private Map.Entry<TclValue, TclValue> advance() {
            if (snapshot.root == null) {
                return pos < snapshot.logLength
                        ? new SimpleImmutableEntry<>(snapshot.log.keys[pos], snapshot.values[pos++]) : null;
            }
            while (pos < snapshot.logLength) {
                Entry e = snapshot.live(pos++);
                if (e != null) {
                    return e;
                }
            }
            return null;
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Map.Entry<TclValue, TclValue> next() {
            Map.Entry<TclValue, TclValue> e = next;
            if (e == null) {
                throw new NoSuchElementException();
            }
            next = advance();
            return e;
        }
    }
}
