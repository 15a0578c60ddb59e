package org.tcl4j.core.io;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/** Looking up channel arguments, with tclsh's checks and messages. */
final class ChannelArgs {
    private ChannelArgs() {
    }

    static Channel channel(Interp interp, TclValue name) throws TclException {
        return ChannelTable.of(interp).get(name.toString());
    }

    /** A channel to read from: it must be readable and not in a background copy. */
    static Channel forReading(Interp interp, TclValue name) throws TclException {
        Channel ch = channel(interp, name);
        ch.checkReadable();
        checkNotBusy(ch);
        return ch;
    }

    /** A channel to write to: it must be writable and not in a background copy. */
    static Channel forWriting(Interp interp, TclValue name) throws TclException {
        Channel ch = channel(interp, name);
        ch.checkWritable();
        checkNotBusy(ch);
        return ch;
    }

    static void checkNotBusy(Channel ch) throws TclException {
        if (ch.readCopy != null || ch.writeCopy != null) {
            throw new TclException("channel \"" + ch.name() + "\" is busy");
        }
    }
}
