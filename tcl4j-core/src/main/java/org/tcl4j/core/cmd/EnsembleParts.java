package org.tcl4j.core.cmd;

import org.tcl4j.core.CommandEntry;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclCommand;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * The commands {@code ::tcl::ENSEMBLE::SUBCOMMAND} behind tclsh's built-in
 * ensembles ({@code ::tcl::dict::get}, {@code ::tcl::file::join}, ...), for
 * the ensembles whose classes do not register them themselves (string does).
 * Each one calls its ensemble, and a wrong # args names it as it was called.
 */
public final class EnsembleParts {
    private EnsembleParts() {
    }

    /** Ensemble, then its subcommands, as tclsh 8.6 has them. */
    private static final String[][] PARTS = {
        {"array", "anymore donesearch exists get names nextelement set size startsearch statistics unset"},
        {"binary", "decode encode format scan"},
        {"chan", "blocked close copy create eof event flush gets names pending pipe pop postevent push puts read"
            + " seek tell truncate"},
        {"clock", "add clicks format microseconds milliseconds scan seconds"},
        {"dict", "append create exists filter for get incr info keys lappend map merge remove replace set size"
            + " unset update values with"},
        {"encoding", "convertfrom convertto dirs names system"},
        {"file", "atime attributes channels copy delete dirname executable exists extension isdirectory isfile"
            + " join link lstat mkdir mtime nativename normalize owned pathtype readable readlink rename rootname"
            + " separator size split stat system tail tempfile type volumes writable"},
        {"info", "args body cmdcount commands complete coroutine default errorstack exists frame functions"
            + " globals hostname level library loaded locals nameofexecutable patchlevel procs script"
            + " sharedlibextension tclversion vars"},
        {"namespace", "children code current delete ensemble eval exists export forget import inscope origin"
            + " parent path qualifiers tail unknown upvar which"},
    };

    /**
     * Is {@code name} (qualified) one of tclsh's built-in ensembles: those
     * above, and string (whose class makes its parts itself)?
     */
    static boolean isBuiltinEnsemble(String name) {
        if (name.equals("::string")) {
            return true;
        }
        for (String[] part : PARTS) {
            if (name.equals("::" + part[0])) {
                return true;
            }
        }
        return false;
    }

    /** Registers the parts of every ensemble above that the interpreter has (call after the ensembles). */
    public static void register(Interp interp) {
        for (String[] part : PARTS) {
            CommandEntry e = interp.findCommand(part[0]);
            if (e == null) {
                continue;
            }
            TclCommand ensemble = e.command();
            TclValue name = TclValue.of(part[0]);
            for (String sub : part[1].split(" ")) {
                TclValue subWord = TclValue.of(sub);
                interp.register("::tcl::" + part[0] + "::" + sub, (in, objv) -> {
                    TclValue[] call = new TclValue[objv.length + 1];
                    call[0] = name;
                    call[1] = subWord;
                    System.arraycopy(objv, 1, call, 2, objv.length - 1);
                    try {
                        return ensemble.invoke(in, call);
                    } catch (TclException ex) {
                        throw InterpCmd.wrongArgsAs(ex, objv[0], 2);
                    }
                });
            }
        }
    }
}
