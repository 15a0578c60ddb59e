package org.tcl4j.core.io;

import java.io.IOException;

import org.tcl4j.core.TclException;

/**
 * A Tcl error raised by a script-level driver ({@code chan create} or
 * {@code chan push} handler) while the channel was reading or writing. The
 * channel passes the original error on unchanged, as tclsh does.
 */
final class ScriptError extends IOException {
    private static final long serialVersionUID = 1L;

    private final TclException error;

    ScriptError(TclException error) {
        super(error.getMessage());
        this.error = error;
    }

    TclException error() {
        return error;
    }
}
