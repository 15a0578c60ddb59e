package org.tcl4j.core.cmd;

import org.tcl4j.core.Interp;

/** Command family registered into every interpreter (being written). */
public final class NamespaceCmd {
    private NamespaceCmd() {
    }

    public static void register(Interp interp) {
    }
}
