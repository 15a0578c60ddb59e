package org.tcl4j.core.io;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * A channel command body that serves both as a command ({@code gets ...},
 * arguments from index 1) and as a {@code chan} subcommand ({@code chan gets
 * ...}, arguments from index 2): {@code base} is the index of the first
 * argument, and the words before it name the command in error messages.
 */
@FunctionalInterface
interface IoSub {
    TclValue run(Interp interp, TclValue[] objv, int base) throws TclException;
}
