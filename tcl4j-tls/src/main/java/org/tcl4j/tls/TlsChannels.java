package org.tcl4j.tls;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;
import org.tcl4j.core.io.Channel;
import org.tcl4j.core.io.ChannelTable;

/** Finding a channel's TLS layer, with TclTLS's errors for a channel that has none. */
final class TlsChannels {
    private TlsChannels() {
    }

    static Channel channel(Interp interp, TclValue name) throws TclException {
        return ChannelTable.of(interp).get(name.toString());
    }

    /**
     * The TLS driver on top of the channel named {@code name}; else
     * {@code bad channel "sock5": not a TLS channel} with errorCode
     * {@code TLS <command> CHANNEL INVALID}.
     */
    static TlsDriver driver(Interp interp, TclValue name, String command) throws TclException {
        Channel ch = channel(interp, name);
        if (ch.top() instanceof TlsDriver d) {
            return d;
        }
        throw new TclException("bad channel \"" + ch.name() + "\": not a TLS channel",
                "TLS " + command + " CHANNEL INVALID");
    }
}
