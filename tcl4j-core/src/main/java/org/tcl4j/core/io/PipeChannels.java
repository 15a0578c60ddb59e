package org.tcl4j.core.io;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/** Command pipelines ({@code open |cmd}) and {@code chan pipe}. */
final class PipeChannels {
    private PipeChannels() {
    }

    static TclValue open(Interp interp, String pipeline, OpenCmd.Access access) throws TclException {
        throw new TclException("couldn't open pipeline: not available yet");
    }

    static TclValue chanPipe(Interp interp, TclValue[] objv, int base) throws TclException {
        throw new TclException("chan pipe: not available yet");
    }
}
