package org.tcl4j.core.io;

import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/** Integer and boolean arguments with the error codes tclsh's channel commands give. */
final class IoArgs {
    private IoArgs() {
    }

    /** An integer, or {@code expected integer but got "x"} with errorCode TCL VALUE INTEGER. */
    static long integer(TclValue v) throws TclException {
        Number n = v.asNumber();
        if (n instanceof Long l) {
            return l;
        }
        throw new TclException("expected integer but got \"" + v + "\"", "TCL VALUE INTEGER");
    }

    /** A boolean, or {@code expected boolean value but got "x"} with errorCode TCL VALUE BOOLEAN. */
    static boolean bool(TclValue v) throws TclException {
        // only the boolean words, 0 and 1: tclsh reads these options as a string, so 2 or 1.0 is no boolean
        Boolean b = TclValue.parseBoolean(v.toString());
        if (b == null) {
            throw new TclException("expected boolean value but got \"" + v + "\"", "TCL VALUE BOOLEAN");
        }
        return b;
    }
}
