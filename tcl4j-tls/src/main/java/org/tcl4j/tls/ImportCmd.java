package org.tcl4j.tls;

import java.util.List;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclCommand;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;
import org.tcl4j.core.io.Channel;
import org.tcl4j.core.io.HandlerCall;
import org.tcl4j.tls.x509.PasswordSource;

/**
 * {@code tls::import channel ?options?}: stacks TLS on a channel and returns
 * the channel's name, which does not change. The handshake runs as the
 * event loop serves the socket, on the first read or write, or in
 * {@code tls::handshake}.
 */
final class ImportCmd implements TclCommand {
    @Override
    public TclValue invoke(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "channel ?options?");
        }
        Channel ch = TlsChannels.channel(interp, objv[1]);
        TlsConfig config = TlsOptions.parse(objv, 2);
        SslContext context;
        if (config.model() != null) {
            context = TlsChannels.driver(interp, TclValue.of(config.model()), "IMPORT").session.context;
        } else {
            context = SslContext.of(config, passwords(interp, config.password()));
        }
        TlsSession session = new TlsSession(interp, ch.name(), config, context);
        TlsDriver[] made = new TlsDriver[1];
        ch.push(below -> made[0] = new TlsDriver(below, session));
        made[0].start();
        return TclValue.of(ch.name());
    }

    /**
     * Where the password of an encrypted key comes from: the -password
     * callback ({@code {*}$callback password rwflag size}), else the
     * {@code tls::password} command if the script defined one (called with
     * no arguments, as TclTLS does).
     */
    static PasswordSource passwords(Interp interp, TclValue callback) {
        return (rwflag, size) -> {
            if (callback != null) {
                List<TclValue> words = new java.util.ArrayList<>(callback.asList());
                words.add(TclValue.of("password"));
                words.add(TclValue.of(rwflag));
                words.add(TclValue.of(size));
                return HandlerCall.call(interp, words).toString();
            }
            if (interp.findCommand("::tls::password") != null) {
                return HandlerCall.call(interp, List.of(TclValue.of("::tls::password"))).toString();
            }
            return "";
        };
    }
}
