package org.tcl4j.core.cmd;

import org.tcl4j.core.Interp;

/** Command family registered into every interpreter (being written). */
public final class SystemCommands {
    private SystemCommands() {
    }

    public static void register(Interp interp) {
    }
}
