package org.tcl4j.shell;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;
import org.tcl4j.core.cmd.EncodingCmd;
import org.tcl4j.core.cmd.Encodings;
import org.tcl4j.core.pkg.ScriptFiles;

/**
 * Runs the script file named on the command line, as tclsh does: an error
 * that no script caught prints its errorInfo trace on stderr, followed by the
 * line {@code (file "NAME" line N)}, and makes the exit status 1.
 */
final class ScriptRunner {
    private ScriptRunner() {
    }

    /**
     * Evaluates the file, read in {@code encoding} (null: the system
     * encoding) as {@code source} reads files; returns the exit status
     * tclsh would use.
     */
    static int run(Interp interp, String fileName, String encoding) {
        String text;
        try {
            text = read(interp, fileName, encoding);
        } catch (TclException e) {
            return report(interp, e, e.errorInfo());
        }
        interp.setScriptFile(fileName); // [info script], as the name was given
        try {
            TopLevel.eval(interp, TclValue.of(text));
            return 0;
        } catch (TclException e) {
            return report(interp, e, ErrorReport.fileTrace(e, fileName));
        }
    }

    static String read(Interp interp, String fileName, String encoding) throws TclException {
        Encodings.Encoding enc = encoding == null ? EncodingCmd.systemEncoding(interp) : Encodings.get(encoding);
        return ScriptFiles.readScript(fileName, enc);
    }

    private static int report(Interp interp, TclException e, String trace) {
        ErrorReport.record(interp, e);
        StdChannels.writeStderr(interp, trace + "\n");
        return 1;
    }
}
