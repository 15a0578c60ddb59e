package org.tcl4j.tls;

import java.io.IOException;
import java.util.Hashtable;
import java.util.List;
import java.util.Vector;

import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.ClientCertificateType;
import org.bouncycastle.tls.DefaultTlsServer;
import org.bouncycastle.tls.NameType;
import org.bouncycastle.tls.ProtocolName;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.ServerName;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsExtensionsUtils;
import org.bouncycastle.tls.KeyExchangeAlgorithm;
import org.bouncycastle.tls.SecurityParameters;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.crypto.DHGroup;
import org.bouncycastle.tls.crypto.TlsDHConfig;
import org.tcl4j.core.TclValue;

/**
 * The server side of a handshake as the engine sees it: what we accept,
 * which certificate we present, whether we ask for the client's, and the
 * server-side {@code -validatecommand} forms ({@code hello}, {@code sni},
 * {@code alpn}) in OpenSSL's order.
 */
final class TlsServerPeer extends DefaultTlsServer {
    private final TlsSession session;

    TlsServerPeer(TlsSession session) {
        super(TlsEngine.CRYPTO);
        this.session = session;
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
        return session.context.versions();
    }

    @Override
    protected int[] getSupportedCipherSuites() {
        String keyType = session.context.identity == null ? "none" : Credentials.keyType(session.context.identity);
        return TlsUtils.getSupportedCipherSuites(getCrypto(), session.context.suiteCodes(keyType));
    }

    @Override
    public TlsCredentials getCredentials() throws IOException {
        if (session.context.identity == null) {
            session.fail(TlsErrors.NO_SHARED_CIPHER);
            throw new TlsFatalAlert(AlertDescription.handshake_failure);
        }
        SecurityParameters sp = context.getSecurityParametersHandshake();
        if (sp.getKeyExchangeAlgorithm() == KeyExchangeAlgorithm.RSA) {
            return Credentials.decryptor(context, session.context.identity);
        }
        return Credentials.signer(session, context, sp.getClientSigAlgs(), null);
    }

    /** The -dhparams group when there is one; else the engine picks a standard FFDHE group. */
    @Override
    public TlsDHConfig getDHConfig() throws IOException {
        DHGroup group = session.context.dhGroup;
        return group == null ? super.getDHConfig() : new TlsDHConfig(group);
    }

    @Override
    protected Vector<ProtocolName> getProtocolNames() {
        return protocolNames(session.config.alpn());
    }

    static Vector<ProtocolName> protocolNames(List<String> alpn) {
        if (alpn == null) {
            return null;
        }
        Vector<ProtocolName> v = new Vector<>();
        for (String p : alpn) {
            v.add(ProtocolName.asUtf8Encoding(p));
        }
        return v;
    }

    /**
     * The first of our protocols the client also offers; with none in common
     * the connection goes on without ALPN. The {@code alpn} form of
     * -validatecommand may then refuse (0) or accept (1) the choice.
     */
    @Override
    @SuppressWarnings("rawtypes")
    protected ProtocolName selectProtocolName(Vector clientProtocolNames, Vector serverProtocolNames) {
        ProtocolName chosen = null;
        if (serverProtocolNames != null) {
            for (Object p : serverProtocolNames) {
                if (clientProtocolNames.contains(p)) {
                    chosen = (ProtocolName) p;
                    break;
                }
            }
        }
        boolean match = chosen != null;
        ProtocolName offered = match ? chosen : (ProtocolName) clientProtocolNames.get(0);
        TclValue r = session.validateCall("alpn", TclValue.of(offered.getUtf8Decoding()), TclValue.of(match));
        int verdict = r == null ? 0 : TlsSession.truth(r);
        return verdict == 1 && match ? chosen : null;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void processClientExtensions(Hashtable clientExtensions) throws IOException {
        super.processClientExtensions(clientExtensions);
        Vector names = TlsExtensionsUtils.getServerNameExtensionClient(clientExtensions);
        if (names != null) {
            for (Object o : names) {
                ServerName n = (ServerName) o;
                if (n.getNameType() == NameType.host_name) {
                    session.servername = new String(n.getNameData(), java.nio.charset.StandardCharsets.US_ASCII);
                }
            }
        }
        String name = session.servername == null ? "" : session.servername;
        refuseUnless(session.validateCall("hello", TclValue.of(name), TclValue.EMPTY));
        if (session.servername != null) {
            refuseUnless(session.validateCall("sni", TclValue.of(name)));
        }
    }

    private void refuseUnless(TclValue verdict) throws IOException {
        if (verdict == null || TlsSession.truth(verdict) == 0) {
            session.fail("callback failed");
            throw new TlsFatalAlert(AlertDescription.handshake_failure);
        }
    }

    @Override
    public CertificateRequest getCertificateRequest() throws IOException {
        if (!session.config.request()) {
            return null;
        }
        Vector<?> sigAlgs = TlsUtils.getDefaultSupportedSignatureAlgorithms(context);
        if (TlsUtils.isTLSv13(context)) {
            return new CertificateRequest(TlsUtils.EMPTY_BYTES, sigAlgs, null, null);
        }
        short[] types = {ClientCertificateType.rsa_sign, ClientCertificateType.ecdsa_sign};
        return new CertificateRequest(types, sigAlgs, null);
    }

    @Override
    public void notifyClientCertificate(Certificate clientCertificate) throws IOException {
        session.checkPeer(context, clientCertificate);
    }

    @Override
    public void notifyAlertRaised(short level, short description, String message, Throwable cause) {
        session.alertRaised(level, description);
    }

    @Override
    public void notifyAlertReceived(short level, short description) {
        session.alertReceived(level, description);
    }

    @Override
    public void notifyHandshakeComplete() throws IOException {
        super.notifyHandshakeComplete();
        session.handshakeComplete(context);
    }
}
