package org.tcl4j.core.cmd;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.Var;
import org.tcl4j.core.Variables;

/** Declaring namespace variables ({@code variable}): the slot exists even before it has a value. */
final class NamespaceVars {
    private NamespaceVars() {
    }

    static Var declare(Interp interp, String qualified) throws TclException {
        // tclsh words a failure inside a procedure as "can't access"
        return Variables.declareNamespaceVar(interp, qualified, interp.varFrame().isProc() ? "access" : "define");
    }
}
