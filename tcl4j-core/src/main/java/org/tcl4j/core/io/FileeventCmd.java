package org.tcl4j.core.io;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * {@code fileevent channelId readable|writable ?script?} (and {@code chan
 * event}): the script runs at global level from the event loop whenever the
 * channel is ready; an error in it is a background error and removes it.
 */
final class FileeventCmd {
    private static final String[] EVENTS = {"readable", "writable"};

    private FileeventCmd() {
    }

    static TclValue run(Interp interp, TclValue[] objv, int base) throws TclException {
        int n = objv.length - base;
        if (n != 2 && n != 3) {
            throw Args.wrongNum(objv, base, "channelId event ?script?");
        }
        int which = Args.index(objv[base + 1], EVENTS, "event name");
        // tclsh names a bad event before it looks the channel up
        Channel ch = ChannelArgs.channel(interp, objv[base]);
        int mask = which == 0 ? Channel.READABLE : Channel.WRITABLE;
        if ((mask == Channel.READABLE && !ch.isReadable()) || (mask == Channel.WRITABLE && !ch.isWritable())) {
            throw new TclException("channel is not " + EVENTS[which]);
        }
        if (n == 2) {
            TclValue script = ch.handler(interp, mask);
            return script == null ? TclValue.EMPTY : script;
        }
        ch.setHandler(interp, mask, objv[base + 2]);
        return TclValue.EMPTY;
    }
}
