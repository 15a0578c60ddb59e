package org.tcl4j.core.io;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/** {@code seek}, {@code tell} and {@code chan truncate}. */
final class PositionCmds {
    private static final String[] ORIGINS = {"start", "current", "end"};

    private PositionCmds() {
    }

    static TclValue seek(Interp interp, TclValue[] objv, int base) throws TclException {
        int n = objv.length - base;
        if (n != 2 && n != 3) {
            throw Args.wrongNum(objv, base, "channelId offset ?origin?");
        }
        Channel ch = ChannelArgs.channel(interp, objv[base]);
        long offset = wideArg(objv[base + 1]);
        int whence = n == 3 ? Args.index(objv[base + 2], ORIGINS, "origin") : 0;
        ChannelArgs.checkNotCopying(ch, "during seek on");
        ch.seek(offset, whence);
        return TclValue.EMPTY;
    }

    static TclValue tell(Interp interp, TclValue[] objv, int base) throws TclException {
        if (objv.length - base != 1) {
            throw Args.wrongNum(objv, base, "channelId");
        }
        Channel ch = ChannelArgs.channel(interp, objv[base]);
        if (ChannelArgs.isCopying(ch)) {
            return TclValue.of(-1);
        }
        return TclValue.of(ch.tell());
    }

    static TclValue truncate(Interp interp, TclValue[] objv, int base) throws TclException {
        int n = objv.length - base;
        if (n != 1 && n != 2) {
            throw Args.wrongNum(objv, base, "channelId ?length?");
        }
        Channel ch = ChannelArgs.channel(interp, objv[base]);
        long length = -1;
        if (n == 2) {
            length = wideArg(objv[base + 1]);
            if (length < 0) {
                throw new TclException("cannot truncate to negative length of file");
            }
        }
        ChannelArgs.checkNotCopying(ch, "during truncate on");
        ch.truncate(length);
        return TclValue.EMPTY;
    }

    /** An integer argument with the "expected integer" message tclsh gives for offsets. */
    private static long wideArg(TclValue v) throws TclException {
        Number num = v.asNumber();
        if (!(num instanceof Long)) {
            throw new TclException("expected integer but got \"" + v + "\"", "TCL VALUE NUMBER");
        }
        return num.longValue();
    }
}
