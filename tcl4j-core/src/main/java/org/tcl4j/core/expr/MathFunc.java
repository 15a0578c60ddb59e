package org.tcl4j.core.expr;

import java.util.Arrays;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclCommand;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * A built-in math function. It is registered as the command
 * {@code ::tcl::mathfunc::<name>}, and expressions that find it there call
 * {@link #apply} on the operands directly, without making Tcl values.
 */
abstract class MathFunc implements TclCommand {
    /** The function's own name, used in its error messages even if renamed. */
    final String name;
    final int minArgs;
    /** -1 for no limit. */
    final int maxArgs;

    MathFunc(String name, int minArgs, int maxArgs) {
        this.name = name;
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
    }

    /** The function itself; the argument count is already checked. */
    abstract Object call(Interp interp, Object[] args) throws TclException;

    final Object apply(Interp interp, Object[] args) throws TclException {
        if (args.length < minArgs) {
            throw tooFew();
        }
        if (maxArgs >= 0 && args.length > maxArgs) {
            throw new TclException("too many arguments for math function \"" + name + "\"", "TCL WRONGARGS");
        }
        return call(interp, args);
    }

    TclException tooFew() {
        return new TclException("not enough arguments for math function \"" + name + "\"", "TCL WRONGARGS");
    }

    @Override
    public TclValue invoke(Interp interp, TclValue[] objv) throws TclException {
        Object[] args = Arrays.copyOfRange(objv, 1, objv.length, Object[].class);
        return Operands.value(apply(interp, args));
    }
}
