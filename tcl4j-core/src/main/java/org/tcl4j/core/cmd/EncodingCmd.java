package org.tcl4j.core.cmd;

import org.tcl4j.core.Interp;

/** Command family registered into every interpreter (being written). */
public final class EncodingCmd {
    private EncodingCmd() {
    }

    public static void register(Interp interp) {
    }
}
