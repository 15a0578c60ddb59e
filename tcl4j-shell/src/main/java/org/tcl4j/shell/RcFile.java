package org.tcl4j.shell;

import java.nio.file.Files;
import java.nio.file.Path;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * The start-up file of the interactive shell, {@code ~/.jtclshrc} (tclsh's
 * is ~/.tclshrc; ours has its own name because jtclsh may lack a package
 * that a tclshrc loads). Like tclsh, an error in it is reported and the
 * shell starts anyway.
 */
final class RcFile {
    static final String NAME = "~/.jtclshrc";

    private RcFile() {
    }

    static void source(Interp interp) {
        Path path = Path.of(System.getProperty("user.home"), ".jtclshrc");
        if (!Files.isReadable(path)) {
            return;
        }
        try {
            TopLevel.eval(interp, TclValue.of(ScriptRunner.read(interp, path.toString(), null)));
        } catch (TclException e) {
            ErrorReport.record(interp, e);
            StdChannels.writeStderr(interp, e.errorInfo() + "\n");
        }
    }
}
