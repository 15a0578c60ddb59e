package org.tcl4j.core.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The hash table that reproduces tclsh's array iteration order. */
class ArrayHashTableTest {
    @Test
    void hashIsNineTimesPlusByteOverModifiedUtf8() {
        assertEquals(0, ArrayHashTable.hash(""));
        assertEquals('a' * 9 + 'b', ArrayHashTable.hash("ab"));
        // U+00E9 is C3 A9; NUL is C0 80
        assertEquals(0xC3 * 9 + 0xA9, ArrayHashTable.hash("\u00e9"));
        assertEquals(0xC0 * 9 + 0x80, ArrayHashTable.hash("\u0000"));
    }

    @Test
    void newEntriesGoToTheHeadOfTheirBucket() {
        ArrayHashTable<Integer> t = new ArrayHashTable<>();
        // "a" (97) and "e" (101) share bucket 1 of 4; "b" is in bucket 2
        t.put("a", 1);
        t.put("b", 2);
        t.put("e", 3);
        assertEquals(List.of("e", "a", "b"), new ArrayList<>(t.keySet()));
    }

    @Test
    void growsFourFoldAtThreeEntriesPerBucket() {
        ArrayHashTable<Integer> t = new ArrayHashTable<>();
        for (int i = 0; i < 11; i++) {
            t.put("k" + i, i);
        }
        assertEquals("11 entries in table, 4 buckets", t.stats().lines().findFirst().orElseThrow());
        t.put("k11", 11);
        assertEquals("12 entries in table, 16 buckets", t.stats().lines().findFirst().orElseThrow());
    }

    @Test
    void removeAndReinsertMovesToTheChainHead() {
        ArrayHashTable<Integer> t = new ArrayHashTable<>();
        t.put("a", 1);
        t.put("e", 2);
        assertEquals(List.of("e", "a"), new ArrayList<>(t.keySet()));
        assertEquals(1, t.remove("a"));
        assertNull(t.get("a"));
        t.put("a", 3);
        assertEquals(List.of("a", "e"), new ArrayList<>(t.keySet()));
    }
}
