package org.tcl4j.core.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.tcl4j.core.TclValue;

/** The persistent ordered map behind dicts: same behaviour as a LinkedHashMap, cheap copies. */
class DictMapTest {
    private static TclValue v(String s) {
        return TclValue.of(s);
    }

    private static List<String> keys(Map<TclValue, TclValue> m) {
        List<String> out = new ArrayList<>();
        for (TclValue k : m.keySet()) {
            out.add(k.toString());
        }
        return out;
    }

    @Test
    void keepsInsertionOrderAndReplacesInPlace() {
        DictMap m = new DictMap();
        m.put(v("z"), v("1"));
        m.put(v("y"), v("2"));
        m.put(v("x"), v("3"));
        assertEquals("2", m.put(v("y"), v("two")).toString());
        assertEquals(List.of("z", "y", "x"), keys(m));
        m.remove(v("z"));
        m.put(v("z"), v("again"));
        assertEquals(List.of("y", "x", "z"), keys(m));
        assertEquals("two", m.get(v("y")).toString());
        assertNull(m.get(v("nope")));
    }

    @Test
    void copiesAreIndependent() {
        DictMap a = new DictMap();
        a.put(v("k"), v("1"));
        DictMap b = a.copy();
        b.put(v("k"), v("2"));
        b.put(v("n"), v("3"));
        a.put(v("other"), v("4"));
        assertEquals(List.of("k", "other"), keys(a));
        assertEquals("1", a.get(v("k")).toString());
        assertEquals(List.of("k", "n"), keys(b));
        assertEquals("2", b.get(v("k")).toString());
    }

    @Test
    void aSmallSlotIsReadAndUpdatedWithOneLookup() {
        DictMap a = new DictMap();
        a.put(v("k"), v("1"));
        a.put(v("m"), v("2"));
        int slot = a.smallSlot(v("m"));
        assertEquals("2", a.smallValue(slot).toString());
        DictMap b = a.withSmallValue(slot, v("20"));
        assertEquals("2", a.get(v("m")).toString());
        assertEquals("20", b.get(v("m")).toString());
        // both go on growing on their own
        b.put(v("n"), v("3"));
        a.put(v("o"), v("4"));
        a.put(v("k"), v("10"));
        assertEquals(List.of("k", "m", "n"), keys(b));
        assertEquals("1", b.get(v("k")).toString());
        assertEquals(List.of("k", "m", "o"), keys(a));
        assertEquals(-1, a.smallSlot(v("absent")));
    }

    @Test
    void aLargeMapHasNoSmallSlots() {
        DictMap m = new DictMap();
        for (int i = 0; i <= DictMap.SMALL_MAX; i++) {
            m.put(v("k" + i), v(Integer.toString(i)));
        }
        assertEquals(-1, m.smallSlot(v("k1")));
        assertEquals("1", m.get(v("k1")).toString());
    }

    @Test
    void equalHashesAreKeptApart() {
        // "Aa" and "BB" have the same String hash code, so all these collide
        DictMap m = new DictMap();
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            StringBuilder sb = new StringBuilder();
            for (int b = 0; b < 6; b++) {
                sb.append((i >> b & 1) == 0 ? "Aa" : "BB");
            }
            all.add(sb.toString());
            m.put(v(sb.toString()), v(Integer.toString(i)));
        }
        assertEquals(all, keys(m));
        for (int i = 0; i < 64; i += 2) {
            m.remove(v(all.get(i)));
        }
        assertEquals(32, m.size());
        assertEquals("63", m.get(v(all.get(63))).toString());
        assertNull(m.get(v(all.get(62))));
    }

    @Test
    void behavesLikeALinkedHashMapUnderRandomUseWithBranches() {
        randomUse(new Random(42), 300);
    }

    @Test
    void smallMapsBehaveTheSameAndTurnIntoTriesWhenTheyGrow() {
        // about SMALL_MAX keys: versions stay small, grow past it, and are copied in both forms
        randomUse(new Random(7), DictMap.SMALL_MAX + 4);
        randomUse(new Random(8), DictMap.SMALL_MAX - 4);
    }

    @Test
    void aCopyOfASmallMapDoesNotSeeChangesInPlace() {
        DictMap a = new DictMap();
        a.put(v("k"), v("1"));
        a.put(v("k"), v("2")); // in place: a made its values
        DictMap b = a.copy();
        a.put(v("k"), v("3"));
        b.put(v("j"), v("4"));
        assertEquals("2", b.get(v("k")).toString());
        assertEquals("3", a.get(v("k")).toString());
        assertNull(a.get(v("j")));
        assertEquals(List.of("k", "j"), keys(b));
    }

    private static void randomUse(Random rnd, int keyRange) {
        List<DictMap> versions = new ArrayList<>();
        List<LinkedHashMap<String, String>> models = new ArrayList<>();
        versions.add(new DictMap());
        models.add(new LinkedHashMap<>());
        for (int step = 0; step < 20000; step++) {
            int which = rnd.nextInt(versions.size());
            DictMap m = versions.get(which);
            LinkedHashMap<String, String> model = models.get(which);
            String k = "k" + rnd.nextInt(keyRange);
            switch (rnd.nextInt(10)) {
                case 0, 1, 2, 3 -> {
                    String val = "v" + step;
                    TclValue old = m.put(v(k), v(val));
                    String mold = model.put(k, val);
                    assertEquals(mold, old == null ? null : old.toString());
                }
                case 4, 5 -> {
                    TclValue old = m.remove(v(k));
                    String mold = model.remove(k);
                    assertEquals(mold, old == null ? null : old.toString());
                }
                case 6 -> {
                    if (versions.size() < 8) {
                        versions.add(m.copy());
                        models.add(new LinkedHashMap<>(model));
                    } else {
                        int to = rnd.nextInt(versions.size());
                        versions.set(to, m.copy());
                        models.set(to, new LinkedHashMap<>(model));
                    }
                }
                default -> {
                    TclValue got = m.get(v(k));
                    assertEquals(model.get(k), got == null ? null : got.toString());
                }
            }
        }
        for (int i = 0; i < versions.size(); i++) {
            DictMap m = versions.get(i);
            Map<String, String> model = models.get(i);
            assertEquals(model.size(), m.size());
            assertEquals(new ArrayList<>(model.keySet()), keys(m));
            for (Map.Entry<TclValue, TclValue> e : m.entrySet()) {
                assertEquals(model.get(e.getKey().toString()), e.getValue().toString());
            }
        }
    }
}
