package org.tcl4j.core.io;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/** {@code close channelId ?read|write?}. */
final class CloseCmd {
    private static final String[] DIRECTIONS = {"read", "write"};

    private CloseCmd() {
    }

    static TclValue run(Interp interp, TclValue[] objv, int base) throws TclException {
        int n = objv.length - base;
        if (n != 1 && n != 2) {
            throw Args.wrongNum(objv, base, "channelId ?direction?");
        }
        Channel ch = ChannelArgs.channel(interp, objv[base]);
        if (n == 2) {
            int dir = Args.index(objv[base + 1], DIRECTIONS, "direction");
            ch.closeHalf(dir == 0 ? Channel.READABLE : Channel.WRITABLE);
            return TclValue.EMPTY;
        }
        // a channel shared with another interpreter only leaves this one
        ChannelTable.of(interp).unregister(ch);
        return TclValue.EMPTY;
    }
}
