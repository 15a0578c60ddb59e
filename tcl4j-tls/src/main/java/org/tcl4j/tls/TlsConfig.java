package org.tcl4j.tls;

import java.util.List;

import org.tcl4j.core.TclValue;

/**
 * The options of one {@code tls::import}, parsed and checked
 * ({@link TlsOptions}) and never changed afterwards. Values left out are
 * null (or the TclTLS 2.0 default where one exists); empty strings count as
 * left out, as in TclTLS.
 *
 * @param server act as the server side of the handshake
 * @param request ask the peer for a certificate (clients by default)
 * @param require fail the handshake without a valid peer certificate (clients by default)
 * @param protocols the Tcl names of the versions -ssl2 ... -tls1.3 enable (by default tls1.2 and tls1.3)
 */
public record TlsConfig(
        boolean server,
        boolean request,
        boolean require,
        boolean postHandshake,
        List<String> protocols,
        Integer securityLevel,
        String servername,
        List<String> alpn,
        String cafile,
        String cadir,
        String castore,
        String certfile,
        byte[] cert,
        String keyfile,
        byte[] key,
        String cipher,
        String ciphersuites,
        String dhparams,
        String model,
        String sessionId,
        TclValue command,
        TclValue password,
        TclValue validateCommand) {
}
