package org.tcl4j.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tcl4j.core.cmd.DictMap;

/**
 * The dict internal representation: an insertion-ordered map from values to
 * values, compared by string. Instances are treated as immutable once
 * attached to a {@link TclValue}; modifying commands work on a {@link #copy()}.
 */
public final class TclDict {
    /** Insertion-ordered, with O(1) copies (see DictMap): copying before a change is cheap. */
    private final DictMap map;

    public TclDict() {
        map = new DictMap();
    }

    private TclDict(DictMap map) {
        this.map = map;
    }

    public TclDict copy() {
        return new TclDict(map.copy());
    }

    public int size() {
        return map.size();
    }

    public TclValue get(TclValue key) {
        return map.get(key);
    }

    public TclValue get(String key) {
        return map.get(TclValue.of(key));
    }

    /**
     * The slot of {@code key} in a dict of up to 16 keys, or -1 (missing key,
     * or a larger dict): a read and an update cost one lookup this way.
     */
    public int smallSlot(TclValue key) {
        return map.smallSlot(key);
    }

    /** The value in a slot found by {@link #smallSlot}. */
    public TclValue smallValue(int slot) {
        return map.smallValue(slot);
    }

    /** A new dict like this one but with {@code value} in a slot found by {@link #smallSlot}. */
    public TclDict withSmallValue(int slot, TclValue value) {
        return new TclDict(map.withSmallValue(slot, value));
    }

    /** Mutates: only on a fresh or copied dict. */
    public void put(TclValue key, TclValue value) {
        map.put(key, value);
    }

    public void put(String key, TclValue value) {
        map.put(TclValue.of(key), value);
    }

    public TclValue remove(TclValue key) {
        return map.remove(key);
    }

    public boolean containsKey(TclValue key) {
        return map.containsKey(key);
    }

    /** Live view of the entries in insertion order. */
    public Map<TclValue, TclValue> entries() {
        return map;
    }

    /** The dict as a flat key/value list. */
    public TclList toList() {
        List<TclValue> items = new ArrayList<>(map.size() * 2);
        for (Map.Entry<TclValue, TclValue> e : map.entrySet()) {
            items.add(e.getKey());
            items.add(e.getValue());
        }
        return new TclList(items);
    }

    String format() {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Map.Entry<TclValue, TclValue> e : map.entrySet()) {
            if (!first) {
                sb.append(' ');
            }
            TclList.appendElement(sb, e.getKey().toString(), first);
            sb.append(' ');
            TclList.appendElement(sb, e.getValue().toString(), false);
            first = false;
        }
        return sb.toString();
    }

    /** Builds a dict from a list of alternating keys and values. */
    public static TclDict fromList(List<TclValue> items) throws TclException {
        if ((items.size() & 1) != 0) {
            throw new TclException("missing value to go with key", "TCL VALUE DICTIONARY");
        }
        TclDict d = new TclDict();
        for (int i = 0; i < items.size(); i += 2) {
            d.map.put(items.get(i), items.get(i + 1));
        }
        return d;
    }
}
