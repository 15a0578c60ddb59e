package org.tcl4j.core.cmd;

import java.nio.file.Files;
import java.nio.file.Path;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;
import org.tcl4j.core.WorkingDirectory;

/**
 * {@code load ?-global? ?-lazy? ?--? fileName ?packageName? ?interp?}.
 * tcl4j runs no native code, so nothing ever loads; but the command is
 * there, checks its words and words its errors as tclsh does (a missing
 * file, no statically linked package), so that scripts which try a
 * library and fall back, or hide and expose {@code load} in a safe
 * interpreter (doctools does), behave as under tclsh.
 */
final class LoadCmd {
    private static final String[] OPTIONS = {"-global", "-lazy", "--"};
    private static final String USAGE = "?-global? ?-lazy? ?--? fileName ?packageName? ?interp?";

    private LoadCmd() {
    }

    static TclValue load(Interp interp, TclValue[] objv) throws TclException {
        int i = 1;
        // options only while a file name still follows them, as tclsh parses them
        while (i < objv.length - 1 && objv[i].toString().startsWith("-")) {
            if (Args.index(objv[i++], OPTIONS, "option") == 2) {
                break;
            }
        }
        int n = objv.length - i;
        if (n < 1 || n > 3) {
            throw Args.wrongNum(objv, 1, USAGE);
        }
        if (n == 3) {
            InterpCmd.resolve(interp, objv[i + 2]);
        }
        String file = objv[i].toString();
        String pkg = n >= 2 ? objv[i + 1].toString() : "";
        if (file.isEmpty()) {
            if (pkg.isEmpty()) {
                throw new TclException("must specify either file name or package name",
                        "TCL OPERATION LOAD NOLIBRARY");
            }
            throw new TclException("package \"" + pkg + "\" isn't loaded statically",
                    "TCL OPERATION LOAD NOTSTATIC");
        }
        if (pkg.isEmpty() && packageNameOf(file).isEmpty()) {
            throw new TclException("couldn't figure out package name for " + file, "TCL OPERATION LOAD WHATPACKAGE");
        }
        Path path = WorkingDirectory.resolve(file);
        String why = Files.exists(path) ? "tcl4j cannot load native code"
                : "cannot open shared object file: No such file or directory";
        throw new TclException("couldn't load file \"" + file + "\": " + file + ": " + why);
    }

    /** The package name tclsh guesses from a library file name: its leading letters, without "lib". */
    private static String packageNameOf(String file) {
        String tail = file.substring(file.lastIndexOf('/') + 1);
        if (tail.startsWith("lib")) {
            tail = tail.substring(3);
        }
        int end = 0;
        while (end < tail.length() && Character.isLetter(tail.charAt(end))) {
            end++;
        }
        return tail.substring(0, end);
    }
}
