package org.tcl4j.core;

/**
 * Carries a {@link TclException} through Java code that cannot throw checked
 * exceptions (comparators, functional interfaces). The interpreter unwraps
 * it at the command boundary.
 */
public final class TclRuntimeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final TclException cause;

    public TclRuntimeException(TclException cause) {
        super(null, null, false, false);
        this.cause = cause;
    }

    public TclException unwrap() {
        return cause;
    }
}
