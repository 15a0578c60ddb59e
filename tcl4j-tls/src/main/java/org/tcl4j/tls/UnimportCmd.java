package org.tcl4j.tls;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclCommand;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;
import org.tcl4j.core.io.Channel;

/**
 * {@code tls::unimport channel} (also {@code tls::unstack}): pops the top
 * stacked layer, leaving the plain channel usable under the same name. The
 * TLS layer sends close_notify as it goes.
 */
final class UnimportCmd implements TclCommand {
    @Override
    public TclValue invoke(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length != 2) {
            throw Args.wrongNum(objv, 1, "channel");
        }
        Channel ch = TlsChannels.channel(interp, objv[1]);
        if (ch.drivers().size() < 2) {
            throw new TclException("bad channel \"" + ch.name() + "\": not a stacked channel",
                    "TLS UNIMPORT CHANNEL INVALID");
        }
        ch.pop();
        return TclValue.EMPTY;
    }
}
