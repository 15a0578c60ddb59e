package org.tcl4j.core.cmd;

import java.nio.file.Files;
import java.nio.file.Path;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;
import org.tcl4j.core.WorkingDirectory;

/**
 * {@code load} and {@code unload}. tcl4j runs no native code, so nothing
 * ever loads and every file is one that "has never been loaded"; but both
 * commands are there, check their words and word their errors as tclsh
 * does (a missing file, no statically linked package), so that scripts
 * which try a library and fall back, or hide and expose {@code load} in a
 * safe interpreter (doctools does), behave as under tclsh.
 */
final class LoadCommands {
    private static final String[] LOAD_OPTIONS = {"-global", "-lazy", "--"};
    private static final String[] UNLOAD_OPTIONS = {"-nocomplain", "-keeplibrary", "--"};

    private LoadCommands() {
    }

    /** {@code load ?-global? ?-lazy? ?--? fileName ?packageName? ?interp?}. */
    static TclValue load(Interp interp, TclValue[] objv) throws TclException {
        int i = 1;
        // options only while a file name still follows them, as tclsh parses them
        while (i < objv.length - 1 && objv[i].toString().startsWith("-")) {
            if (Args.index(objv[i++], LOAD_OPTIONS, "option") == 2) {
                break;
            }
        }
        String[] library = library(interp, objv, i, "?-global? ?-lazy? ?--? fileName ?packageName? ?interp?",
                "LOAD");
        String file = library[0];
        String pkg = library[1];
        if (file.isEmpty()) {
            throw new TclException("package \"" + pkg + "\" isn't loaded statically", "TCL OPERATION LOAD NOTSTATIC");
        }
        if (pkg.isEmpty() && packageNameOf(file).isEmpty()) {
            throw new TclException("couldn't figure out package name for " + file, "TCL OPERATION LOAD WHATPACKAGE");
        }
        String why = Files.exists(WorkingDirectory.resolve(file)) ? "tcl4j cannot load native code"
                : "cannot open shared object file: No such file or directory";
        throw new TclException("couldn't load file \"" + file + "\": " + file + ": " + why);
    }

    /** {@code unload ?-nocomplain? ?-keeplibrary? ?--? fileName ?packageName? ?interp?}. */
    static TclValue unload(Interp interp, TclValue[] objv) throws TclException {
        boolean complain = true;
        int i = 1;
        while (i < objv.length && objv[i].toString().startsWith("-")) {
            int opt = Args.index(objv[i++], UNLOAD_OPTIONS, "option");
            if (opt == 2) {
                break;
            }
            complain &= opt != 0;
        }
        String[] library = library(interp, objv, i, "?-switch ...? fileName ?packageName? ?interp?", "UNLOAD");
        if (!complain) {
            return TclValue.EMPTY;
        }
        if (library[0].isEmpty()) {
            // tclsh then looks for a statically linked package, and such packages cannot be unloaded
            throw new TclException("package \"" + library[1] + "\" is loaded statically and cannot be unloaded",
                    "TCL OPERATION UNLOAD STATIC");
        }
        throw new TclException("file \"" + library[0] + "\" has never been loaded",
                "TCL OPERATION UNLOAD NEVERLOADED");
    }

    /**
     * The words after the options, {@code fileName ?packageName? ?interp?},
     * checked as both commands check them: their number, the interpreter,
     * and that a file or a package is named.
     *
     * @return the file name and the package name ("" when not given)
     */
    private static String[] library(Interp interp, TclValue[] objv, int i, String usage, String command)
            throws TclException {
        int n = objv.length - i;
        if (n < 1 || n > 3) {
            throw Args.wrongNum(objv, 1, usage);
        }
        if (n == 3) {
            InterpCmd.resolve(interp, objv[i + 2]);
        }
        String file = objv[i].toString();
        String pkg = n >= 2 ? objv[i + 1].toString() : "";
        if (file.isEmpty() && pkg.isEmpty()) {
            throw new TclException("must specify either file name or package name",
                    "TCL OPERATION " + command + " NOLIBRARY");
        }
        return new String[] {file, pkg};
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
