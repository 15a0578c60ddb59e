package org.tcl4j.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * The local variable names of one procedure body, each with a fixed slot
 * number shared by every call of that procedure. Frames then keep their
 * locals in an array, and parsed variable references remember the slot, so
 * reading {@code $x} in a procedure needs no hashing at all.
 */
final class LocalNames {
    private final HashMap<String, Integer> index = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    /** The slot of a name, assigning the next free one when it is new. */
    int slotOf(String name) {
        Integer i = index.get(name);
        if (i != null) {
            return i;
        }
        int n = names.size();
        names.add(name);
        index.put(name, n);
        return n;
    }

    /** The slot of a name, or -1 when the procedure never used it. */
    int find(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    String name(int slot) {
        return names.get(slot);
    }

    int size() {
        return names.size();
    }
}
