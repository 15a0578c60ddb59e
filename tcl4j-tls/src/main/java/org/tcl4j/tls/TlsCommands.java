package org.tcl4j.tls;

import org.tcl4j.core.Interp;

/** The Java-implemented commands of the {@code tls} namespace, registered in one place. */
final class TlsCommands {
    private TlsCommands() {
    }

    static void register(Interp interp) {
        TlsEngine.init();
        interp.register("::tls::import", new ImportCmd());
        UnimportCmd unimport = new UnimportCmd();
        interp.register("::tls::unimport", unimport);
        interp.register("::tls::unstack", unimport);
        interp.register("::tls::handshake", new HandshakeCmd());
        interp.register("::tls::status", new StatusCmd());
        interp.register("::tls::connection", new ConnectionCmd());
        interp.register("::tls::ciphers", new CiphersCmd());
        interp.register("::tls::protocols", new ProtocolsCmd());
        interp.register("::tls::version", new VersionCmd());
    }
}
