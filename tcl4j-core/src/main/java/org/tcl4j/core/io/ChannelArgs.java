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
        checkNotCopying(ch, "reading");
        return ch;
    }

    /** A channel to write to: it must be writable and not in a background copy. */
    static Channel forWriting(Interp interp, TclValue name) throws TclException {
        Channel ch = channel(interp, name);
        ch.checkWritable();
        checkNotCopying(ch, "writing");
        return ch;
    }

    static boolean isCopying(Channel ch) {
        return ch.readCopy != null || ch.writeCopy != null;
    }

    /** For an operation ("reading", "flushing", "during seek on"): tclsh's EBUSY error during fcopy. */
    static void checkNotCopying(Channel ch, String what) throws TclException {
        if (isCopying(ch)) {
            throw new TclException("error " + what + " \"" + ch.name() + "\": file busy", "POSIX EBUSY {file busy}");
        }
    }

    /** For starting another fcopy: {@code channel "x" is busy}. */
    static void checkNotBusy(Channel ch) throws TclException {
        if (isCopying(ch)) {
            throw new TclException("channel \"" + ch.name() + "\" is busy");
        }
    }
}
