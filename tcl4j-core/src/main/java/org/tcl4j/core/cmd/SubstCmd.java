package org.tcl4j.core.cmd;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.Parser;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/** The {@code subst} command. */
public final class SubstCmd {
    private SubstCmd() {
    }

    private static final String[] OPTIONS = {"-nobackslashes", "-nocommands", "-novariables"};

    public static void register(Interp interp) {
        interp.register("subst", SubstCmd::subst);
    }

    static TclValue subst(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "?-nobackslashes? ?-nocommands? ?-novariables? string");
        }
        boolean backslashes = true;
        boolean commands = true;
        boolean variables = true;
        for (int i = 1; i < objv.length - 1; i++) {
            switch (Args.index(objv[i], OPTIONS, "option")) {
                case 0 -> backslashes = false;
                case 1 -> commands = false;
                default -> variables = false;
            }
        }
        var word = Parser.parseSubst(objv[objv.length - 1].toString(), backslashes, commands, variables);
        return interp.substForSubst(word);
    }
}
