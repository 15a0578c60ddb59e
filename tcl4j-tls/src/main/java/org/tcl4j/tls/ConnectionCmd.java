package org.tcl4j.tls;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;


import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclCommand;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;
import org.tcl4j.tls.suites.CipherCatalog;
import org.tcl4j.tls.suites.CipherSuiteInfo;
import org.tcl4j.tls.x509.CertInfo;

/**
 * {@code tls::connection channel}: the connection's state, its cipher and
 * its session, with TclTLS 2.0's keys in TclTLS's order. Keys that describe
 * OpenSSL features this engine does not have (DANE, async engines,
 * certificate transparency, compression) report them off.
 */
final class ConnectionCmd implements TclCommand {
    @Override
    public TclValue invoke(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length != 2) {
            throw Args.wrongNum(objv, 1, "channel");
        }
        TlsSession s = TlsChannels.driver(interp, objv[1], "CONNECTION").session;
        List<TclValue> out = new ArrayList<>();
        boolean done = s.handshakeDone();
        String protocol = s.protocolVersion() == null ? "unknown" : s.protocolVersion().opensslName();
        StatusCmd.put(out, "init_finished", TclValue.of(done));
        StatusCmd.put(out, "state", TclValue.of(s.failed() ? "error"
                : done ? "SSL negotiation finished successfully" : "before SSL initialization"));
        StatusCmd.put(out, "servername", TclValue.of(s.servername == null ? "" : s.servername));
        StatusCmd.put(out, "alpn", TclValue.of(s.alpn()));
        StatusCmd.put(out, "protocol", TclValue.of(protocol));
        StatusCmd.put(out, "renegotiation_allowed", TclValue.of(s.secureRenegotiation()));
        StatusCmd.put(out, "security_level", TclValue.of(s.context.securityLevel));
        StatusCmd.put(out, "session_reused", TclValue.of(s.resumed()));
        StatusCmd.put(out, "is_server", TclValue.of(s.config.server()));
        StatusCmd.put(out, "is_dtls", TclValue.ZERO);
        StatusCmd.put(out, "dane_auth", TclValue.ZERO);
        StatusCmd.put(out, "waiting_for_async", TclValue.ZERO);
        StatusCmd.put(out, "time-out", TclValue.of(7200));
        StatusCmd.put(out, "ct_enabled", TclValue.ZERO);
        CipherSuiteInfo c = done ? CipherCatalog.byCode(s.cipherSuite()) : null;
        if (c != null) {
            StatusCmd.put(out, "cipher", TclValue.of(c.name()));
            StatusCmd.put(out, "standard_name", TclValue.of(c.standardName()));
            StatusCmd.put(out, "openssl_name", TclValue.of(c.name()));
            StatusCmd.put(out, "secret_bits", TclValue.of(c.secretBits()));
            StatusCmd.put(out, "algorithm_bits", TclValue.of(c.algBits()));
            StatusCmd.put(out, "min_version", TclValue.of(c.minVersion().opensslName()));
            StatusCmd.put(out, "cipher_is_aead", TclValue.of(c.aead()));
            StatusCmd.put(out, "handshake_digest", TclValue.of(c.handshakeDigest()));
            StatusCmd.put(out, "cipher_id", TclValue.of(c.opensslId()));
            StatusCmd.put(out, "protocol_id", TclValue.of(c.code()));
            StatusCmd.put(out, "description", TclValue.of(c.description() + "\n"));
        }
        if (done) {
            StatusCmd.put(out, "alpn", TclValue.of(s.alpn()));
            StatusCmd.put(out, "resumable", TclValue.of(s.sessionId().length > 0));
            StatusCmd.put(out, "start_time", TclValue.of(s.startTime()));
            StatusCmd.put(out, "timeout", TclValue.of(7200));
            StatusCmd.put(out, "session_id", TclValue.ofBytes(s.sessionId(), 0, s.sessionId().length));
            StatusCmd.put(out, "session_context", TclValue.EMPTY);
            byte[] ticket = s.ticket().ticket();
            StatusCmd.put(out, "session_ticket", TclValue.ofBytes(ticket, 0, ticket.length));
            StatusCmd.put(out, "lifetime", TclValue.of(s.ticket().lifetime()));
            StatusCmd.put(out, "master_key", TclValue.EMPTY);
            StatusCmd.put(out, "compression_id", TclValue.of("none"));
        }
        StatusCmd.put(out, "compression", TclValue.of("none"));
        StatusCmd.put(out, "expansion", TclValue.of("none"));
        StatusCmd.put(out, "session_cache_mode", TclValue.of(s.config.server() ? "server" : "client"));
        // A server's own list of the CAs it accepts; on a client, the one the server sent.
        List<TclValue> cas = new ArrayList<>();
        if (s.config.server() && s.config.request()) {
            for (X509Certificate ca : s.context.trust().certificates()) {
                cas.add(TclValue.of(CertInfo.oneline(ca.getSubjectX500Principal())));
            }
        } else if (!s.config.server()) {
            for (String name : s.requestedAuthorities()) {
                cas.add(TclValue.of(name));
            }
        }
        StatusCmd.put(out, "caList", TclValue.ofList(cas));
        StatusCmd.put(out, "caListCount", TclValue.of(cas.size()));
        return TclValue.ofList(out);
    }
}
