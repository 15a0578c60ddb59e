package org.tcl4j.shell;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;

/** Leaves a top-level error in ::errorInfo and ::errorCode, as tclsh does before it reports it. */
final class ErrorReport {
    private ErrorReport() {
    }

    static void record(Interp interp, TclException e) {
        if (e instanceof TopLevel.ReturnedError) {
            // tclsh updates only errorCode for "return -code error" at top level
            try {
                interp.setGlobal("errorCode", e.errorCode());
            } catch (TclException ignored) {
                // a trace refused the write; tclsh ignores that too
            }
            return;
        }
        interp.recordError(e);
    }

    /** The trace tclsh prints when a script file fails: errorInfo, then its file and line. */
    static String fileTrace(TclException e, String fileName) {
        e.addErrorInfo("\n    (file \"" + shorten(fileName) + "\" line " + e.errorLine() + ")");
        return e.errorInfo();
    }

    /** tclsh cuts long file names in that line to 150 characters. */
    private static String shorten(String name) {
        return name.length() > 150 ? name.substring(0, 150) + "..." : name;
    }
}
