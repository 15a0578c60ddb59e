package org.tcl4j.core.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;

/**
 * TclList versions made by replace (lset) and append (lappend) share storage
 * but never see each other's changes.
 */
class ListVersionsTest {
    private static TclValue v(String s) {
        return TclValue.of(s);
    }

    private static List<String> strings(TclList l) {
        List<String> out = new ArrayList<>();
        for (TclValue x : l) {
            out.add(x.toString());
        }
        return out;
    }

    @Test
    void anOlderVersionKeepsItsElements() {
        TclList a = TclList.wrap(new TclValue[] {v("1"), v("2"), v("3")});
        TclList b = a.replace(0, v("x"));
        TclList c = b.replace(2, v("y"));
        assertEquals(List.of("x", "2", "y"), strings(c));
        assertEquals(List.of("1", "2", "3"), strings(a));
        assertEquals(List.of("x", "2", "3"), strings(b));
        // the old versions are lists in their own right again
        assertEquals(List.of("1", "z", "3"), strings(a.replace(1, v("z"))));
        assertEquals(List.of("x", "2", "y"), strings(c));
    }

    @Test
    void aShorterPrefixIsNotChangedThroughTheSharedArray() {
        TclList a = TclList.wrap(new TclValue[] {v("1")});
        TclList b = a.append(v("2"));
        TclList c = b.append(v("3"));
        TclList d = c.replace(0, v("x"));
        assertEquals(List.of("1"), strings(a));
        assertEquals(List.of("1", "2"), strings(b));
        assertEquals(List.of("x", "2", "3"), strings(d));
        assertEquals(List.of("1", "2", "3", "4"), strings(c.append(v("4"))));
        assertEquals(List.of("x", "2", "3", "5"), strings(d.append(v("5"))));
    }

    @Test
    void randomMixOfVersionsMatchesAPlainModel() {
        Random rnd = new Random(7);
        List<TclList> lists = new ArrayList<>();
        List<List<String>> models = new ArrayList<>();
        lists.add(TclList.EMPTY);
        models.add(new ArrayList<>());
        for (int step = 0; step < 30000; step++) {
            int which = rnd.nextInt(lists.size());
            // mostly continue from the newest, as loops do
            if (rnd.nextInt(4) != 0) {
                which = lists.size() - 1;
            }
            TclList l = lists.get(which);
            List<String> model = new ArrayList<>(models.get(which));
            TclList next;
            int op = rnd.nextInt(10);
            if (op < 4 || model.isEmpty()) {
                String x = "a" + step;
                next = l.append(v(x));
                model.add(x);
            } else if (op < 9) {
                int i = rnd.nextInt(model.size());
                String x = "r" + step;
                next = l.replace(i, v(x));
                model.set(i, x);
            } else {
                next = TclList.wrap(l.toArray());
            }
            if (lists.size() > 40) {
                int drop = rnd.nextInt(lists.size() - 1);
                assertEquals(models.get(drop), strings(lists.get(drop)));
                lists.remove(drop);
                models.remove(drop);
            }
            lists.add(next);
            models.add(model);
        }
        for (int i = 0; i < lists.size(); i++) {
            assertEquals(models.get(i), strings(lists.get(i)));
        }
    }

    @Test
    void lsetInALoopLeavesOtherHoldersAlone() throws TclException {
        Interp interp = new Interp();
        interp.eval("set l [lrepeat 50 0]; set snapshot $l; set i 0");
        interp.eval("foreach x [lrepeat 50 _] { lset l $i $i; incr i }");
        interp.eval("set row {a b c}; set m [list $row $row]; lset m 1 1 X");
        assertEquals("0 1 2 3", interp.eval("lrange $l 0 3").toString());
        assertEquals("0 0 0 0", interp.eval("lrange $snapshot 0 3").toString());
        assertEquals("{a b c} {a X c}", interp.eval("set m").toString());
        assertEquals("a b c", interp.eval("set row").toString());
    }
}
