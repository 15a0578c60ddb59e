package org.tcl4j.core.io;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/** {@code puts ?-nonewline? ?channelId? string}. */
final class PutsCmd {
    private PutsCmd() {
    }

    static TclValue run(Interp interp, TclValue[] objv, int base) throws TclException {
        int n = objv.length - base;
        TclValue chan = null;
        TclValue text;
        boolean newline = true;
        switch (n) {
            case 1:
                text = objv[base];
                break;
            case 2:
                if (objv[base].toString().equals("-nonewline")) {
                    newline = false;
                } else {
                    chan = objv[base];
                }
                text = objv[base + 1];
                break;
            case 3:
                if (objv[base].toString().equals("-nonewline")) {
                    newline = false;
                    chan = objv[base + 1];
                    text = objv[base + 2];
                } else if (objv[base + 2].toString().equals("nonewline")) {
                    // an old form tclsh still accepts: puts channel string nonewline
                    newline = false;
                    chan = objv[base];
                    text = objv[base + 1];
                } else {
                    throw Args.wrongNum(objv, base, "?-nonewline? ?channelId? string");
                }
                break;
            default:
                throw Args.wrongNum(objv, base, "?-nonewline? ?channelId? string");
        }
        Channel ch;
        if (chan == null) {
            ch = ChannelTable.of(interp).stdoutChannel();
            if (ch == null) {
                throw new TclException("can not find channel named \"stdout\"", "TCL LOOKUP CHANNEL stdout");
            }
            ChannelArgs.checkNotCopying(ch, "writing");
        } else {
            ch = ChannelArgs.forWriting(interp, chan);
        }
        ch.write(text.toString(), newline);
        return TclValue.EMPTY;
    }
}
