package org.tcl4j.core.cmd;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.ReturnOptions;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;
import org.tcl4j.core.pkg.ScriptFiles;

/**
 * {@code source ?-encoding name? fileName}: evaluates a file as its own
 * unit. While it runs, {@code info script} names the file; an error gets
 * {@code (file "NAME" line N)} in errorInfo; {@code return} at the top
 * level of the file ends the file (a file counts as a level, as a
 * procedure does); break and continue pass through to the caller.
 */
public final class SourceCmd {
    private SourceCmd() {
    }

    public static void register(Interp interp) {
        interp.register("source", SourceCmd::source);
    }

    static TclValue source(Interp interp, TclValue[] objv) throws TclException {
        Encodings.Encoding enc = null;
        String name;
        if (objv.length == 2) {
            name = objv[1].toString();
        } else if (objv.length == 4) {
            Args.index(objv[1].toString(), new String[] {"-encoding"}, "option", false);
            name = objv[3].toString();
            try {
                enc = Encodings.forChannel(objv[2].toString());
            } catch (TclException e) {
                // tclsh opens the file before it looks at the encoding: a missing file is named first
                ScriptFiles.readScript(name, EncodingCmd.systemEncoding(interp));
                throw e;
            }
        } else {
            throw Args.wrongNum(objv, 1, "?-encoding name? fileName");
        }
        return evalFile(interp, name, enc);
    }

    /**
     * Sources a file (real, or under {@code /tcl4j:}) as the command does;
     * a null encoding means the system encoding. Leaves break, continue and
     * custom codes pending in {@link Interp#code()}.
     */
    public static TclValue evalFile(Interp interp, String name, Encodings.Encoding encoding) throws TclException {
        Encodings.Encoding enc = encoding != null ? encoding : EncodingCmd.systemEncoding(interp);
        String text = ScriptFiles.readScript(name, enc);
        String outer = interp.scriptFile();
        interp.setScriptFile(name);
        TclValue result;
        try {
            result = interp.evalFile(TclValue.of(text), FileCmd.normalize(name));
        } catch (TclException e) {
            e.addErrorInfo("\n    (file \"" + name + "\" line " + e.errorLine() + ")");
            throw e;
        } finally {
            interp.setScriptFile(outer);
        }
        if (interp.code() == Interp.RETURN) {
            result = ReturnOptions.complete(interp, result);
        }
        return result;
    }
}
