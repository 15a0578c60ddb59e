package org.tcl4j.core.io;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/** Tcl-level transforms: {@code chan push} and {@code chan pop}. */
final class TransformDriver {
    private TransformDriver() {
    }

    static TclValue push(Interp interp, TclValue[] objv, int base) throws TclException {
        throw new TclException("chan push: not available yet");
    }

    static TclValue pop(Interp interp, TclValue[] objv, int base) throws TclException {
        throw new TclException("chan pop: not available yet");
    }
}
