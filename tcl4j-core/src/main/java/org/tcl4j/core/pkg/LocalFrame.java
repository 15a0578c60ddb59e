package org.tcl4j.core.pkg;

import org.tcl4j.core.CallFrame;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclValue;
import org.tcl4j.core.Variables;

/**
 * A procedure frame for library commands written in Java whose scripts
 * expect to run inside a procedure, as they do in tclsh: index scripts
 * ({@code pkgIndex.tcl}, {@code tclIndex}) read {@code $dir} as a local
 * variable and must not leave variables behind in the global namespace.
 * Use with try-with-resources.
 */
final class LocalFrame implements AutoCloseable {
    private final Interp interp;
    private final CallFrame frame;

    private LocalFrame(Interp interp, CallFrame frame) {
        this.interp = interp;
        this.frame = frame;
    }

    /** Pushes a frame in the global namespace; {@code objv} is what {@code info level 0} shows. */
    static LocalFrame push(Interp interp, TclValue[] objv) {
        return new LocalFrame(interp, interp.pushProcFrame(interp.globalNamespace(), objv, null));
    }

    @Override
    public void close() {
        Variables.releaseFrame(interp, frame);
        interp.popFrame(frame);
    }
}
