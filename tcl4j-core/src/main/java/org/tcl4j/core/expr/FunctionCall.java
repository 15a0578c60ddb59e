package org.tcl4j.core.expr;

import org.tcl4j.core.CommandEntry;
import org.tcl4j.core.Interp;
import org.tcl4j.core.Namespace;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * {@code name(arg, ...)}: calls the command {@code tcl::mathfunc::name},
 * resolved from the current namespace and then the global one, so scripts
 * can add or replace functions with {@code proc}. Built-in functions are
 * called directly on the operands; anything else is invoked as a command
 * (an unknown name goes through {@code unknown}, as in tclsh).
 */
final class FunctionCall extends Node {
    final String name;
    final Node[] args;
    private final TclValue commandName;
    /** The last lookup; replaced as a whole so that readers never see a mix of two lookups. */
    private Lookup cached;

    /** A command found for an interpreter, valid while its epoch and current namespace are unchanged. */
    private record Lookup(Interp interp, Namespace ns, int epoch, CommandEntry entry) {
    }

    FunctionCall(String name, Node[] args) {
        this.name = name;
        this.args = args;
        this.commandName = TclValue.of("tcl::mathfunc::" + name);
    }

    @Override
    Object eval(Interp interp, int line) throws TclException {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i].eval(interp, line);
        }
        CommandEntry e = lookup(interp);
        if (e != null && e.command() instanceof MathFunc f) {
            return f.apply(interp, values);
        }
        TclValue[] objv = new TclValue[values.length + 1];
        objv[0] = commandName;
        for (int i = 0; i < values.length; i++) {
            objv[i + 1] = Operands.value(values[i]);
        }
        return interp.invoke(objv);
    }

    private CommandEntry lookup(Interp interp) {
        Namespace ns = interp.currentNamespace();
        int epoch = interp.epoch();
        Lookup c = cached;
        if (c != null && c.interp == interp && c.epoch == epoch && c.ns == ns) {
            return c.entry;
        }
        CommandEntry e = interp.findCommand(commandName.toString());
        cached = new Lookup(interp, ns, epoch, e);
        return e;
    }
}
