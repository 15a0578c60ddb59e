package org.tcl4j.tls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Vector;

import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.NameType;
import org.bouncycastle.tls.ProtocolName;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.ServerName;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsKeyExchangeFactory;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.TlsUtils;

/**
 * The client side of a handshake as the engine sees it: which versions,
 * suites, server name and ALPN protocols we offer, how the server's
 * certificate is judged ({@link TlsSession#checkPeer}) and which
 * certificate we show when the server asks for one.
 */
final class TlsClientPeer extends DefaultTlsClient {
    private final TlsSession session;

    TlsClientPeer(TlsSession session) {
        super(TlsEngine.CRYPTO);
        this.session = session;
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
        return session.context.versions();
    }

    @Override
    protected int[] getSupportedCipherSuites() {
        return TlsUtils.getSupportedCipherSuites(getCrypto(), session.context.suiteCodes(null));
    }

    @Override
    protected Vector<ServerName> getSNIServerNames() {
        String name = session.config.servername();
        // RFC 6066: literal IP addresses are not sent as server names.
        if (name == null || HostNames.isIpLiteral(name)) {
            return null;
        }
        Vector<ServerName> v = new Vector<>();
        v.add(new ServerName(NameType.host_name, name.getBytes(StandardCharsets.US_ASCII)));
        return v;
    }

    @Override
    protected Vector<ProtocolName> getProtocolNames() {
        return TlsServerPeer.protocolNames(session.config.alpn());
    }

    @Override
    public TlsKeyExchangeFactory getKeyExchangeFactory() {
        return new ServerSignatureKeyExchanges(session, context);
    }

    @Override
    public TlsAuthentication getAuthentication() {
        return new TlsAuthentication() {
            @Override
            public void notifyServerCertificate(TlsServerCertificate certificate) throws IOException {
                session.checkPeer(context, certificate.getCertificate());
            }

            @Override
            public TlsCredentials getClientCredentials(CertificateRequest request) throws IOException {
                session.noteRequestedAuthorities(request.getCertificateAuthorities());
                if (session.context.identity == null) {
                    return null;
                }
                return Credentials.signer(session, context, request.getSupportedSignatureAlgorithms(),
                        request.getCertificateRequestContext());
            }
        };
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
