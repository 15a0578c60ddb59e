package org.tcl4j.core.io;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/** Reflected channels: {@code chan create} and {@code chan postevent}. */
final class ReflectedDriver {
    private ReflectedDriver() {
    }

    static TclValue create(Interp interp, TclValue[] objv, int base) throws TclException {
        throw new TclException("chan create: not available yet");
    }

    static TclValue postEvent(Interp interp, TclValue[] objv, int base) throws TclException {
        throw new TclException("chan postevent: not available yet");
    }
}
