package org.tcl4j.core.cmd;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * {@code unload ?-nocomplain? ?-keeplibrary? ?--? fileName ?packageName? ?interp?}.
 * tcl4j loads no shared libraries, so every file is one that "has never been
 * loaded"; the command checks its words as tclsh does and, with
 * {@code -nocomplain}, quietly does nothing.
 */
final class UnloadCmd {
    private static final String[] OPTIONS = {"-nocomplain", "-keeplibrary", "--"};

    private UnloadCmd() {
    }

    static TclValue unload(Interp interp, TclValue[] objv) throws TclException {
        boolean complain = true;
        int i = 1;
        while (i < objv.length && objv[i].toString().startsWith("-")) {
            int opt = Args.index(objv[i++], OPTIONS, "option");
            if (opt == 2) {
                break;
            }
            complain &= opt != 0;
        }
        int n = objv.length - i;
        if (n < 1 || n > 3) {
            throw Args.wrongNum(objv, 1, "?-switch ...? fileName ?packageName? ?interp?");
        }
        if (n == 3) {
            InterpCmd.resolve(interp, objv[i + 2]);
        }
        boolean noFile = objv[i].toString().isEmpty();
        if (noFile && (n < 2 || objv[i + 1].toString().isEmpty())) {
            throw new TclException("must specify either file name or package name", "TCL OPERATION UNLOAD NOLIBRARY");
        }
        if (!complain) {
            return TclValue.EMPTY;
        }
        if (noFile) {
            // tclsh then looks for a statically linked package, and such packages cannot be unloaded
            throw new TclException("package \"" + objv[i + 1] + "\" is loaded statically and cannot be unloaded",
                    "TCL OPERATION UNLOAD STATIC");
        }
        throw new TclException("file \"" + objv[i] + "\" has never been loaded", "TCL OPERATION UNLOAD NEVERLOADED");
    }
}
