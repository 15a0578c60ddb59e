package org.tcl4j.core.cmd;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A string-keyed map that iterates in the order of tclsh 8.6's hash tables,
 * so that {@code array names}, {@code array get} and friends list elements
 * as tclsh does.
 *
 * <p>The layout follows the documented behaviour of Tcl's hash tables: the
 * hash of a key is {@code h = h * 9 + byte} over its (modified) UTF-8 bytes
 * in 32 bits; a table starts with 4 buckets and grows four-fold once it
 * holds three entries per bucket; the bucket of a key is {@code hash & mask};
 * a new entry goes to the head of its bucket's chain; growing re-inserts the
 * old chains bucket by bucket, each from its head. Iteration walks buckets in
 * index order and each chain from its head.
 *
 * <p>Also produces the statistics text of {@code array statistics} and
 * {@code dict info} ({@code Tcl_HashStats}).
 */
public final class ArrayHashTable<V> extends AbstractMap<String, V> {
    private static final int SMALL_SIZE = 4;
    private static final int REBUILD_MULTIPLIER = 3;

    private static final class Node<V> implements Map.Entry<String, V> {
        final String key;
        final int hash;
        V value;
        Node<V> next;

        Node(String key, int hash, V value) {
            this.key = key;
            this.hash = hash;
            this.value = value;
        }

        @Override
        public String getKey() {
            return key;
        }

        @Override
        public V getValue() {
            return value;
        }

        @Override
        public V setValue(V v) {
            V old = value;
            value = v;
            return old;
        }
    }

    private Node<V>[] buckets = newBuckets(SMALL_SIZE);
    private int size;
    private int rebuildSize = SMALL_SIZE * REBUILD_MULTIPLIER;
    private int mask = SMALL_SIZE - 1;
    /** Bumped by every insertion or removal, so iterators can notice changes. */
    private int modCount;

    @SuppressWarnings("unchecked")
    private static <V> Node<V>[] newBuckets(int n) {
        return (Node<V>[]) new Node[n];
    }

    /** Tcl's string hash over the modified UTF-8 bytes of {@code s}. */
    public static int hash(String s) {
        int h = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != 0 && c < 0x80) {
                h = h * 9 + c;
            } else if (c < 0x800) {
                // NUL is encoded as the two bytes C0 80
                h = h * 9 + (0xC0 | (c >> 6));
                h = h * 9 + (0x80 | (c & 0x3F));
            } else {
                h = h * 9 + (0xE0 | (c >> 12));
                h = h * 9 + (0x80 | ((c >> 6) & 0x3F));
                h = h * 9 + (0x80 | (c & 0x3F));
            }
        }
        return h;
    }

    private Node<V> find(Object key) {
        if (!(key instanceof String k)) {
            return null;
        }
        int h = hash(k);
        for (Node<V> n = buckets[h & mask]; n != null; n = n.next) {
            if (n.hash == h && n.key.equals(k)) {
                return n;
            }
        }
        return null;
    }

    @Override
    public V get(Object key) {
        Node<V> n = find(key);
        return n == null ? null : n.value;
    }

    @Override
    public boolean containsKey(Object key) {
        return find(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public V put(String key, V value) {
        int h = hash(key);
        int b = h & mask;
        for (Node<V> n = buckets[b]; n != null; n = n.next) {
            if (n.hash == h && n.key.equals(key)) {
                return n.setValue(value);
            }
        }
        Node<V> n = new Node<>(key, h, value);
        n.next = buckets[b];
        buckets[b] = n;
        size++;
        modCount++;
        if (size >= rebuildSize) {
            rebuild();
        }
        return null;
    }

    private void rebuild() {
        Node<V>[] old = buckets;
        buckets = newBuckets(old.length * 4);
        rebuildSize *= 4;
        mask = (mask << 2) + 3;
        for (Node<V> head : old) {
            Node<V> n = head;
            while (n != null) {
                Node<V> next = n.next;
                int b = n.hash & mask;
                n.next = buckets[b];
                buckets[b] = n;
                n = next;
            }
        }
    }

    @Override
    public V remove(Object key) {
        if (!(key instanceof String k)) {
            return null;
        }
        int h = hash(k);
        int b = h & mask;
        Node<V> prev = null;
        for (Node<V> n = buckets[b]; n != null; prev = n, n = n.next) {
            if (n.hash == h && n.key.equals(k)) {
                if (prev == null) {
                    buckets[b] = n.next;
                } else {
                    prev.next = n.next;
                }
                size--;
                modCount++;
                return n.value;
            }
        }
        return null;
    }

    @Override
    public void clear() {
        buckets = newBuckets(SMALL_SIZE);
        size = 0;
        rebuildSize = SMALL_SIZE * REBUILD_MULTIPLIER;
        mask = SMALL_SIZE - 1;
        modCount++;
    }

    /** Changes whenever an entry is added or removed. */
    public int modCount() {
        return modCount;
    }

    @Override
    public Set<Map.Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, V>> iterator() {
                return new Iter();
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** Walks buckets in order and chains from their heads. */
    private final class Iter implements Iterator<Map.Entry<String, V>> {
        private final Node<V>[] table = buckets;
        private int bucket = -1;
        private Node<V> next;
        private Node<V> last;

        Iter() {
            advance(null);
        }

        private void advance(Node<V> from) {
            Node<V> n = from == null ? null : from.next;
            while (n == null && ++bucket < table.length) {
                n = table[bucket];
            }
            next = n;
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Map.Entry<String, V> next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            last = next;
            advance(next);
            return last;
        }

        @Override
        public void remove() {
            if (last == null) {
                throw new IllegalStateException();
            }
            ArrayHashTable.this.remove(last.key);
            last = null;
        }
    }

    /** The text of Tcl_HashStats: chain length histogram and average search distance. */
    public String stats() {
        final int counters = 10;
        int[] count = new int[counters];
        int overflow = 0;
        double average = 0.0;
        for (Node<V> head : buckets) {
            int j = 0;
            for (Node<V> n = head; n != null; n = n.next) {
                j++;
            }
            if (j < counters) {
                count[j]++;
            } else {
                overflow++;
            }
            if (size != 0) {
                average += (j + 1.0) * ((double) j / size) / 2.0;
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(size).append(" entries in table, ").append(buckets.length).append(" buckets\n");
        for (int i = 0; i < counters; i++) {
            sb.append("number of buckets with ").append(i).append(" entries: ").append(count[i]).append('\n');
        }
        sb.append("number of buckets with ").append(counters).append(" or more entries: ").append(overflow)
                .append('\n');
        sb.append("average search distance for entry: ").append(String.format(java.util.Locale.ROOT, "%.1f", average));
        return sb.toString();
    }
}
