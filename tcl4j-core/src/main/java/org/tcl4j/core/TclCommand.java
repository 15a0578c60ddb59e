package org.tcl4j.core;

/**
 * A command implemented in Java. {@code objv[0]} is the command name as
 * invoked. Errors are thrown as {@link TclException}; break, continue and
 * return are signalled through {@link Interp#setCode(int)} (see the
 * {@link Interp} class comment).
 */
@FunctionalInterface
public interface TclCommand {
    TclValue invoke(Interp interp, TclValue[] objv) throws TclException;
}
