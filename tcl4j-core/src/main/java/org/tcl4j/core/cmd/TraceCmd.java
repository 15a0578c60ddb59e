package org.tcl4j.core.cmd;

import org.tcl4j.core.Interp;

/** Command family registered into every interpreter (being written). */
public final class TraceCmd {
    private TraceCmd() {
    }

    public static void register(Interp interp) {
    }
}
