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
import org.tcl4j.tls.x509.VerifyResult;

/**
 * {@code tls::status ?-local? channel}: the peer's (or with -local our own)
 * certificate as {@link CertInfo} describes it, then the connection's
 * verification and cipher keys in TclTLS's order. Empty until the
 * handshake is complete, as the manual says.
 */
final class StatusCmd implements TclCommand {
    @Override
    public TclValue invoke(Interp interp, TclValue[] objv) throws TclException {
        boolean local = objv.length == 3 && objv[1].toString().equals("-local");
        if (objv.length != 2 && !local) {
            throw Args.wrongNum(objv, 1, "?-local? channel");
        }
        TlsSession s = TlsChannels.driver(interp, objv[objv.length - 1], "STATUS").session;
        if (!s.handshakeDone()) {
            return TclValue.EMPTY;
        }
        List<TclValue> out = new ArrayList<>();
        X509Certificate cert = local ? localCertificate(s) : s.peerChain().isEmpty() ? null : s.peerChain().get(0);
        if (cert != null) {
            out.addAll(CertInfo.of(cert).asList());
        }
        VerifyResult v = s.verifyResult();
        CipherSuiteInfo suite = CipherCatalog.byCode(s.cipherSuite());
        // SSL_get0_peername: the name the peer's certificate was found to match.
        String peername = !s.config.server() && v != null && v.ok() && s.config.servername() != null
                ? s.config.servername() : "";
        put(out, "peername", TclValue.of(peername));
        put(out, "sbits", TclValue.of(suite == null ? 0 : suite.secretBits()));
        put(out, "cipher", TclValue.of(suite == null ? "(NONE)" : suite.name()));
        put(out, "verifyResult", TclValue.of(v == null ? "ok" : v.error()));
        put(out, "verifyMode", verifyMode(s.config));
        put(out, "verifyDepth", TclValue.of(-1));
        put(out, "alpn", TclValue.of(s.alpn()));
        put(out, "protocol", TclValue.of(s.protocolVersion() == null ? "unknown" : s.protocolVersion().opensslName()));
        int scheme = local ? s.localSignature() : s.peerSignature();
        put(out, "signatureHashAlgorithm", TclValue.of(SignatureNames.hash(scheme)));
        put(out, "signatureType", TclValue.of(SignatureNames.type(scheme)));
        return TclValue.ofList(out);
    }

    private static X509Certificate localCertificate(TlsSession s) {
        return s.context.identity == null ? null : s.context.identity.chain().get(0);
    }

    /** SSL_get_verify_mode as TclTLS lists it. */
    static TclValue verifyMode(TlsConfig c) {
        if (!c.request()) {
            return TclValue.of("none");
        }
        List<TclValue> l = new ArrayList<>();
        l.add(TclValue.of("peer"));
        if (c.require()) {
            l.add(TclValue.of("fail if no peer cert"));
        }
        l.add(TclValue.of("client once"));
        if (c.postHandshake()) {
            l.add(TclValue.of("post handshake"));
        }
        return TclValue.ofList(l);
    }

    static void put(List<TclValue> out, String key, TclValue value) {
        out.add(TclValue.of(key));
        out.add(value);
    }
}
