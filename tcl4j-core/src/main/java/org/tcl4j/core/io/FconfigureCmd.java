package org.tcl4j.core.io;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/** {@code fconfigure channelId ?-option value ...?} (and {@code chan configure}). */
final class FconfigureCmd {
    private FconfigureCmd() {
    }

    static TclValue run(Interp interp, TclValue[] objv, int base) throws TclException {
        int n = objv.length - base;
        if (n < 1 || (n > 2 && n % 2 == 0)) {
            throw Args.wrongNum(objv, base, "channelId ?-option value ...?");
        }
        Channel ch = ChannelArgs.channel(interp, objv[base]);
        if (n == 1) {
            return ch.allOptions();
        }
        if (n == 2) {
            return ch.getOption(objv[base + 1].toString());
        }
        if (ChannelArgs.isCopying(ch)) {
            throw new TclException("unable to set channel options: background copy in progress");
        }
        for (int i = base + 1; i < objv.length; i += 2) {
            ch.setOption(objv[i].toString(), objv[i + 1]);
        }
        return TclValue.EMPTY;
    }
}
