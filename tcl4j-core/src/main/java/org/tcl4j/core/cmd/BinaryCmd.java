package org.tcl4j.core.cmd;

import org.tcl4j.core.Interp;

/** Command family registered into every interpreter (being written). */
public final class BinaryCmd {
    private BinaryCmd() {
    }

    public static void register(Interp interp) {
    }
}
