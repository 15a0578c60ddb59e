package org.tcl4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Lists are parsed and quoted exactly as tclsh does. */
class TclListTest {
    private static String fmt(String... items) {
        return TclList.format(List.of(items));
    }

    @Test
    void quotingFollowsTclRules() {
        assertEquals("a b c", fmt("a", "b", "c"));
        assertEquals("{} {a b} #x #y", fmt("", "a b", "#x", "#y"));
        assertEquals("{#x} y", fmt("#x", "y"));
        assertEquals("{{a}} a{b}c \\{", fmt("{a}", "a{b}c", "{"));
        assertEquals("{$x} {[y]} a\\\"b a\\] {a] b} #a\\]", fmt("$x", "[y]", "a\"b", "a]", "a] b", "#a]"));
        assertEquals("{#a]} x", fmt("#a]", "x"));
        assertEquals("a\\\\", fmt("a\\"));
    }

    @Test
    void parsingHandlesBracesQuotesAndBackslashes() throws TclException {
        TclList l = TclList.parse(" a {b c} \"d e\" f\\ g {} ");
        assertEquals(List.of("a", "b c", "d e", "f g", ""), l.stream().map(TclValue::toString).toList());
    }

    @Test
    void malformedListsGiveTclsMessages() {
        TclException e = assertThrows(TclException.class, () -> TclList.parse("a {b"));
        assertEquals("unmatched open brace in list", e.getMessage());
        e = assertThrows(TclException.class, () -> TclList.parse("{a}b"));
        assertEquals("list element in braces followed by \"b\" instead of space", e.getMessage());
    }

    @Test
    void appendSharesStorageOnlyWhenSafe() {
        TclList base = TclList.EMPTY.append(TclValue.of("a"));
        TclList one = base.append(TclValue.of("b"));
        TclList two = base.append(TclValue.of("c"));
        assertEquals("a b", one.format());
        assertEquals("a c", two.format());
    }

    @Test
    void threadsAppendingToSharedListsEachGetTheirOwn() throws Exception {
        // lists with room to spare, shared as a constant's would be by interpreters in several threads;
        // the threads start together and append to each list in the same order, so they race on many
        int lists = 50000;
        TclList[] shared = new TclList[lists];
        for (int i = 0; i < lists; i++) {
            shared[i] = TclList.EMPTY.append(List.of(TclValue.of("a"), TclValue.of("b"), TclValue.of("c")));
        }
        int threads = 4;
        List<String> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            TclValue mine = TclValue.of("t" + t);
            workers[t] = new Thread(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    failures.add(e.toString());
                    return;
                }
                for (TclList l : shared) {
                    TclList grown = l.append(mine);
                    if (grown.size() != 4 || grown.get(3) != mine) {
                        failures.add(grown.format());
                        return;
                    }
                }
            });
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        assertEquals(List.of(), failures);
        assertEquals("a b c", shared[0].format());
    }

    @Test
    void aListMadeInAnotherThreadIsCopiedBeforeItGrows() throws Exception {
        TclList[] made = new TclList[1];
        // grown by appends, so its array has room to spare
        Thread maker = new Thread(() -> made[0] = TclList.EMPTY.append(TclValue.of("x")).append(TclValue.of("y")));
        maker.start();
        maker.join();
        TclList first = made[0].append(TclValue.of("1"));
        TclList second = made[0].append(TclValue.of("2"));
        assertEquals("x y 1", first.format());
        assertEquals("x y 2", second.format());
        assertEquals("x y", made[0].format());
    }
}
