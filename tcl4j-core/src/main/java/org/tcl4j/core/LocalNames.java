package org.tcl4j.core;

import java.util.Arrays;
import java.util.HashMap;

/**
 * The local variable names of one procedure body, each with a fixed slot
 * number shared by every call of that procedure. Frames then keep their
 * locals in an array, and parsed variable references remember the slot, so
 * reading {@code $x} in a procedure needs no hashing at all.
 */
final class LocalNames {
    private final HashMap<String, Integer> index = new HashMap<>();
    private String[] names = new String[8];
    private int count;

    /** The slot of a name, assigning the next free one when it is new. */
    int slotOf(String name) {
        Integer i = index.get(name);
        if (i != null) {
            return i;
        }
        if (count == names.length) {
            names = Arrays.copyOf(names, count * 2);
        }
        names[count] = name;
        index.put(name, count);
        return count++;
    }

    /** The slot of a name, or -1 when the procedure never used it. */
    int find(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    String name(int slot) {
        return names[slot];
    }

    int size() {
        return count;
    }
}
