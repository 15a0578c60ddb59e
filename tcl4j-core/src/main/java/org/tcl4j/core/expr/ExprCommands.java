package org.tcl4j.core.expr;

import org.tcl4j.core.Interp;

/** The expr command and tcl::mathfunc/tcl::mathop (being written). */
public final class ExprCommands {
    private ExprCommands() {
    }

    public static void register(Interp interp) {
    }
}
