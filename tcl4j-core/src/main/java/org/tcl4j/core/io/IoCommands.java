package org.tcl4j.core.io;

import org.tcl4j.core.Interp;

/** Channel, socket and event-loop commands (being written). */
public final class IoCommands {
    private IoCommands() {
    }

    public static void register(Interp interp) {
    }
}
