package org.tcl4j.core.expr;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * Entry point for evaluating Tcl expressions. PLACEHOLDER while the real
 * compiler is written: handles only literal numbers/booleans and $var.
 */
public final class ExprEngine {
    private ExprEngine() {
    }

    public static TclValue eval(Interp interp, TclValue expr) throws TclException {
        String s = expr.toString().trim();
        if (s.startsWith("$")) {
            return interp.getVar(s.substring(1));
        }
        return TclValue.of(s);
    }

    public static boolean evalBoolean(Interp interp, TclValue expr) throws TclException {
        return eval(interp, expr).asBoolean();
    }
}
