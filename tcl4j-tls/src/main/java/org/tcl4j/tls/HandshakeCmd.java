package org.tcl4j.tls;

import java.io.IOException;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclCommand;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * {@code tls::handshake channel}: 1 when the handshake is complete, 0 while
 * a non-blocking channel still waits for the peer, the handshake's error
 * otherwise ({@code handshake failed: certificate verify failed due to
 * "certificate has expired"}).
 */
final class HandshakeCmd implements TclCommand {
    @Override
    public TclValue invoke(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length != 2) {
            throw Args.wrongNum(objv, 1, "channel");
        }
        TlsDriver d = TlsChannels.driver(interp, objv[1], "HANDSHAKE");
        try {
            return TclValue.of(d.handshake());
        } catch (IOException e) {
            TlsSession s = d.session;
            if (!s.failed()) {
                s.fail(e.getMessage() == null ? "I/O error" : e.getMessage());
            }
            throw new TclException(s.failureMessage(), "TLS HANDSHAKE FAILED");
        }
    }
}
