package org.tcl4j.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclTestCase;

/** {@code interp share} and {@code interp transfer}: a channel held by several interpreters. */
class InterpShareTest extends TclTestCase {
    @TempDir
    Path dir;

    @Test
    void aSharedChannelClosesWhenTheLastHolderLetsGo() throws TclException {
        String file = dir.resolve("out.txt").toString();
        String f = eval("interp create c; set f [open {" + file + "} w]; interp share {} $f c; set f");
        Channel ch = ChannelTable.of(interp).get(f);
        assertTrue(ChannelTable.isShared(ch));
        eval("close $f");
        assertFalse(ch.isClosed());
        eval("c eval [list puts $f text]; c eval [list close $f]");
        assertTrue(ch.isClosed());
        assertEquals("", eval("chan names $f"));
    }

    @Test
    void aTransferredChannelBelongsToTheTarget() throws Exception {
        Path file = dir.resolve("moved.txt");
        String f = eval("interp create c; set f [open {" + file + "} w]; interp transfer {} $f c; set f");
        assertEquals("can not find channel named \"" + f + "\"", error("puts $f x"));
        eval("c eval [list puts $f moved]; interp delete c");
        assertEquals("moved\n", Files.readString(file));
    }

    @Test
    void childrenDrawChannelNamesFromTheParentsPool() throws TclException {
        String file = dir.resolve("n.txt").toString();
        String mine = eval("set f [open {" + file + "} w]");
        String childs = eval("interp create c; c eval {open {" + file + "} w}");
        assertFalse(mine.equals(childs));
    }
}
