package org.tcl4j.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Vector;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.AlertLevel;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SecurityParameters;
import org.bouncycastle.tls.TlsClientProtocol;
import org.bouncycastle.tls.TlsContext;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsFatalAlertReceived;
import org.bouncycastle.tls.TlsProtocol;
import org.bouncycastle.tls.TlsServerProtocol;
import org.bouncycastle.tls.TlsUtils;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;
import org.tcl4j.core.io.PosixException;
import org.tcl4j.core.io.HandlerCall;
import org.tcl4j.core.io.Notifier;
import org.tcl4j.tls.suites.Protocol;
import org.tcl4j.tls.x509.CertCheck;
import org.tcl4j.tls.x509.CertInfo;
import org.tcl4j.tls.x509.Verifier;
import org.tcl4j.tls.x509.VerifyResult;

/**
 * One TLS connection: the engine's protocol state, the configuration it was
 * made with, and everything {@code tls::status} and {@code tls::connection}
 * report about it. It knows nothing of channels: {@link TlsDriver} feeds it
 * the peer's bytes ({@link #offer}) and sends what it produces. Failures
 * are recorded once, in OpenSSL's words, and reported by every later
 * operation; the Tcl callbacks ({@code -command}, {@code -validatecommand})
 * are called from here, on the interpreter's thread.
 */
final class TlsSession {
    final Interp interp;
    final String channel;
    final TlsConfig config;
    final SslContext context;
    final TlsProtocol protocol;

    private boolean handshakeDone;
    /** OpenSSL's reason for the failure, or null while all is well. */
    private String failure;
    private VerifyResult verify;
    private List<X509Certificate> peerChain = List.of();
    /** The server name: sent (client) or received in the SNI extension (server). */
    String servername;
    private String alpn = "";
    private ProtocolVersion version;
    private int cipherSuite = -1;
    private boolean resumed;
    private boolean secureRenegotiation;
    private byte[] sessionId = new byte[0];
    private long startTime;
    /** The first bytes from the peer, held until a record header can be checked. */
    private byte[] head = new byte[0];
    private boolean headChecked;
    private boolean eofReported;
    /** On a client: the newest session ticket (TLS 1.3 NewSessionTicket). */
    private SessionTicket ticket = SessionTicket.NONE;
    /** On a client: the CA names the server's certificate request listed (X509_NAME_oneline form). */
    private List<String> requestedAuthorities = List.of();
    /** The peer's close_notify arrived; we may still write. */
    private boolean peerClosedWrite;
    /** The TLS SignatureSchemes of the handshake signatures: the peer's and ours (-1: none seen). */
    private int peerSignature = -1;
    private int localSignature = -1;
    /** Where this connection's secrets are logged (SSLKEYLOGFILE), or null. */
    private final KeyLog keyLog;

    TlsSession(Interp interp, String channel, TlsConfig config, SslContext context) throws TclException {
        this.interp = interp;
        this.channel = channel;
        this.config = config;
        this.context = context;
        this.servername = config.server() ? null : config.servername();
        this.keyLog = KeyLog.open(config.server(), this::engineContext);
        KeyLog outer = KeyLog.enter(keyLog);
        try {
            if (config.server()) {
                TlsServerProtocol p = new ServerProtocol(this);
                TlsServerPeer s = new TlsServerPeer(this);
                this.protocol = p;
                info("handshake", "start", "before SSL initialization", "info");
                p.accept(s);
            } else {
                TlsClientProtocol p = new ClientProtocol(this);
                TlsClientPeer c = new TlsClientPeer(this);
                this.protocol = p;
                info("handshake", "start", "before SSL initialization", "info");
                p.connect(c);
            }
        } catch (IOException e) {
            throw new TclException("couldn't construct ssl session: " + e.getMessage(), "TLS IMPORT INIT FAILED");
        } finally {
            KeyLog.leave(outer);
        }
    }

    // ------------------------------------------------------------- state

    boolean handshakeDone() {
        return handshakeDone;
    }

    boolean failed() {
        return failure != null;
    }

    /** The peer's close_notify arrived (or the engine is closed): no more input. */
    boolean inputClosed() {
        return peerClosedWrite || protocol.isClosed();
    }

    /**
     * The peer's close_notify after the handshake. As in TclTLS ("can't
     * read, but can write"), our side stays open for writing until the
     * script closes the channel, which sends our close_notify; the engine
     * itself would close both directions at once.
     */
    private boolean peerCloseNotify() {
        if (!handshakeDone) {
            return false;
        }
        peerClosedWrite = true;
        return true;
    }

    /**
     * The error every operation reports after a failure:
     * {@code handshake failed: REASON due to "VERIFY ERROR"} during the
     * handshake, as TclTLS words it, or just the reason afterwards.
     */
    String failureMessage() {
        if (handshakeDone) {
            return failure;
        }
        String m = "handshake failed: " + failure;
        if (verify != null && !verify.ok()) {
            m += " due to \"" + verify.error() + "\"";
        }
        return m;
    }

    /**
     * Throws the recorded failure as a channel error. As in TclTLS, reads
     * and writes report only {@code software caused connection abort}; the
     * reason goes to the -command callback, and {@code tls::handshake}
     * reports it in full.
     */
    void throwIfFailed() throws PosixException {
        if (failure != null) {
            throw new PosixException("ECONNABORTED", "software caused connection abort");
        }
    }

    /** Records a failure (the first one wins) and tells the -command callback. */
    void fail(String reason) {
        if (failure == null) {
            failure = reason;
            callback("error", TclValue.of(failureMessage()));
        }
    }

    // --------------------------------------------------------------- I/O

    /** Feeds bytes received from the peer to the engine; a failure is recorded, not thrown. */
    void offer(byte[] b, int off, int len) {
        if (failure != null || inputClosed()) {
            return; // nothing counts after close_notify
        }
        if (!headChecked) {
            byte[] h = new byte[head.length + len];
            System.arraycopy(head, 0, h, 0, head.length);
            System.arraycopy(b, off, h, head.length, len);
            if (h.length < 5) {
                head = h;
                return;
            }
            headChecked = true;
            head = null;
            String bad = TlsErrors.checkFirstRecord(h, 0, h.length, config.server());
            if (bad != null) {
                fail(bad);
                return;
            }
            b = h;
            off = 0;
            len = h.length;
        }
        try {
            engineInput(b, off, len);
        } catch (TlsFatalAlertReceived e) {
            fail(TlsErrors.alertReceived(e.getAlertDescription()));
        } catch (TlsFatalAlert e) {
            fail(TlsErrors.alertRaised(e.getAlertDescription()));
        } catch (IOException | RuntimeException e) {
            fail(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /**
     * Hands input to the engine. During the handshake the engine is told
     * which connection it works for, for the key log: only a handshake
     * starts a key schedule.
     */
    private void engineInput(byte[] b, int off, int len) throws IOException {
        if (handshakeDone) {
            protocol.offerInput(b, off, len);
            return;
        }
        KeyLog outer = KeyLog.enter(keyLog);
        try {
            protocol.offerInput(b, off, len);
        } finally {
            KeyLog.leave(outer);
        }
    }

    /**
     * The peer's connection ended (TCP end of file). Without close_notify
     * that is a failure during the handshake; afterwards it reads as end of
     * file, and only the -command callback hears OpenSSL's complaint.
     */
    void peerEof() {
        if (!handshakeDone) {
            fail(TlsErrors.UNEXPECTED_EOF);
        } else if (!inputClosed() && !eofReported) {
            eofReported = true;
            callback("error", TclValue.of(TlsErrors.UNEXPECTED_EOF));
        }
    }

    /**
     * Queues close_notify for a half-close, leaving the reading side open:
     * TLS 1.3 (RFC 8446, 6.1) asks for close_notify before a party closes
     * its write side, and the peer may go on sending. The engine will
     * answer the peer's own close_notify with another, which the driver
     * drops, as nothing may follow ours.
     */
    void closeWrite() throws IOException {
        if (!protocol.isClosed() && handshakeDone && failure == null) {
            ((ProtocolHooks) protocol).sendCloseNotify();
        }
    }

    /** Queues close_notify (once); the driver sends it. */
    void close() {
        if (!protocol.isClosed()) {
            try {
                protocol.close();
            } catch (IOException e) {
                // the connection is going away anyway
            }
        }
    }

    // ------------------------------------------------ called by the engine

    /**
     * A client received a TLS 1.3 NewSessionTicket. The engine cannot resume
     * with it, but the script hears of it as TclTLS tells it ({@code
     * -command} form {@code session channel session_id ticket lifetime}).
     * Hands the message on unread.
     */
    ByteArrayInputStream noteSessionTicket(ByteArrayInputStream message) {
        byte[] all = message.readAllBytes();
        SessionTicket t = SessionTicket.parse(all);
        if (t != null) {
            ticket = t;
            byte[] id = t.sessionId();
            callback("session", TclValue.ofBytes(id, 0, id.length), TclValue.ofBytes(t.ticket(), 0, t.ticket().length),
                    TclValue.of(t.lifetime()));
        }
        return new ByteArrayInputStream(all);
    }

    /** On a client, the newest session ticket ({@link SessionTicket#NONE} before any). */
    SessionTicket ticket() {
        return ticket;
    }

    /** A client notes the CAs a server asked for (what SSL_get_client_CA_list returns on a client). */
    void noteRequestedAuthorities(Vector<?> names) {
        if (names != null) {
            List<String> out = new ArrayList<>(names.size());
            for (Object n : names) {
                out.add(CertInfo.oneline((X500Name) n));
            }
            requestedAuthorities = out;
        }
    }

    List<String> requestedAuthorities() {
        return requestedAuthorities;
    }

    void handshakeComplete(TlsContext ctx) {
        SecurityParameters sp = ctx.getSecurityParametersConnection();
        handshakeDone = true;
        version = sp.getNegotiatedVersion();
        cipherSuite = sp.getCipherSuite();
        resumed = sp.isResumedSession();
        secureRenegotiation = sp.isSecureRenegotiation();
        sessionId = sp.getSessionID() == null ? new byte[0] : sp.getSessionID();
        alpn = sp.getApplicationProtocol() == null ? "" : sp.getApplicationProtocol().getUtf8Decoding();
        startTime = System.currentTimeMillis() / 1000;
        if (keyLog != null) {
            keyLog.handshakeComplete(ctx);
        }
        info("handshake", "done", "SSL negotiation finished successfully", "info");
    }

    void alertRaised(short level, short description) {
        info("alert", "write", alertText(description), level == AlertLevel.fatal ? "fatal" : "warning");
    }

    void alertReceived(short level, short description) {
        info("alert", "read", alertText(description), level == AlertLevel.fatal ? "fatal" : "warning");
    }

    private static String alertText(short description) {
        return AlertDescription.getName(description).replace('_', ' ');
    }

    /**
     * Checks the peer's certificate chain: PKIX, dates, purpose and (on a
     * client) the host name, then the -validatecommand's verdict for each
     * certificate. Throws the alert that aborts the handshake when the
     * chain is not accepted and verification was asked for.
     */
    void checkPeer(TlsContext ctx, Certificate received) throws IOException {
        List<X509Certificate> chain = toX509(received);
        peerChain = chain;
        if (chain.isEmpty()) {
            if (config.server() && config.require()) {
                failure = TlsErrors.NO_PEER_CERTIFICATE;
                throw new TlsFatalAlert(TlsUtils.isTLSv13(ctx) ? AlertDescription.certificate_required
                        : AlertDescription.handshake_failure);
            }
            return;
        }
        try {
            verify = new Verifier(context.trust(), config.server() ? null : config.servername(), !config.server())
                    .verify(chain, new Date());
        } catch (TclException e) {
            failure = e.getMessage();
            throw new TlsFatalAlert(AlertDescription.internal_error);
        }
        // As TclTLS's verify callback: a failed check ends the handshake only
        // when a valid certificate is required; else it shows in verifyResult.
        boolean accepted = verify.ok() || !config.require();
        if (config.validateCommand() != null && config.request()) {
            accepted = true;
            for (CertCheck c : verify.checks()) {
                if (!validate(c)) {
                    accepted = false;
                    break;
                }
            }
        }
        if (!accepted) {
            failure = TlsErrors.VERIFY_FAILED;
            throw new TlsFatalAlert(verifyAlert(verify.errorCode()));
        }
    }

    /** The alert OpenSSL sends for a verification error. */
    private static short verifyAlert(int error) {
        return switch (error) {
            case 10 -> AlertDescription.certificate_expired;
            case 2, 18, 19, 20, 21 -> AlertDescription.unknown_ca;
            case 7, 8 -> AlertDescription.decrypt_error;
            case 9, 13, 14 -> AlertDescription.bad_certificate;
            case 26 -> AlertDescription.unsupported_certificate;
            default -> AlertDescription.certificate_unknown;
        };
    }

    private static List<X509Certificate> toX509(Certificate c) throws IOException {
        List<X509Certificate> l = new ArrayList<>();
        if (c == null) {
            return l;
        }
        try {
            CertificateFactory f = CertificateFactory.getInstance("X.509");
            for (int i = 0; i < c.getLength(); i++) {
                l.add((X509Certificate) f.generateCertificate(
                        new ByteArrayInputStream(c.getCertificateAt(i).getEncoded())));
            }
        } catch (CertificateException e) {
            throw new TlsFatalAlert(AlertDescription.bad_certificate, e);
        }
        return l;
    }

    // ---------------------------------------------------------- callbacks

    /** {@code -validatecommand verify chan depth cert status error}: true to accept. */
    private boolean validate(CertCheck c) {
        TclValue r = validateCall("verify", TclValue.of(c.depth()), CertInfo.of(c.cert(), false), TclValue.of(c.status()),
                TclValue.of(c.error()));
        return r != null && truth(r) != 0;
    }

    /**
     * Calls {@code -validatecommand form chan args...} (server-side hello,
     * sni and alpn forms, and verify); null when there is none or it failed
     * (the error goes to bgerror, and the connection is refused).
     */
    TclValue validateCall(String form, TclValue... args) {
        if (config.validateCommand() == null) {
            return TclValue.ONE;
        }
        return call(config.validateCommand(), form, args);
    }

    /** The validate callback's answer: 0 reject, 1 accept, 2 reject but go on. */
    static int truth(TclValue r) {
        try {
            Long n = r.asNumber() instanceof Long l ? l : null;
            if (n != null) {
                return n.intValue();
            }
            return r.asBoolean() ? 1 : 0;
        } catch (TclException e) {
            return 0;
        }
    }

    /** {@code -command info chan major minor message type}. */
    private void info(String major, String minor, String message, String type) {
        callback("info", TclValue.of(major), TclValue.of(minor), TclValue.of(message), TclValue.of(type));
    }

    private void callback(String form, TclValue... args) {
        if (config.command() != null) {
            call(config.command(), form, args);
        }
    }

    private TclValue call(TclValue prefix, String form, TclValue... args) {
        try {
            List<TclValue> words = new ArrayList<>(prefix.asList());
            words.add(TclValue.of(form));
            words.add(TclValue.of(channel));
            for (TclValue a : args) {
                words.add(a);
            }
            return HandlerCall.call(interp, words);
        } catch (TclException e) {
            Notifier.of(interp).backgroundError(e);
            return null;
        }
    }

    // ------------------------------------------------------ introspection

    VerifyResult verifyResult() {
        return verify;
    }

    List<X509Certificate> peerChain() {
        return peerChain;
    }

    String alpn() {
        return alpn;
    }

    Protocol protocolVersion() {
        return version == null ? null : Protocol.of(version);
    }

    int cipherSuite() {
        return cipherSuite;
    }

    boolean resumed() {
        return resumed;
    }

    boolean secureRenegotiation() {
        return secureRenegotiation;
    }

    byte[] sessionId() {
        return sessionId;
    }

    long startTime() {
        return startTime;
    }

    int peerSignature() {
        return peerSignature;
    }

    int localSignature() {
        return localSignature;
    }

    void localSignature(int scheme) {
        localSignature = scheme;
    }

    /**
     * Notes the scheme of a signature the peer sent (the first two bytes of
     * its CertificateVerify) and hands the message on unread.
     */
    ByteArrayInputStream notePeerSignature(ByteArrayInputStream message) {
        byte[] all = message.readAllBytes();
        if (all.length >= 2) {
            notePeerSignature((all[0] & 0xff) << 8 | all[1] & 0xff);
        }
        return new ByteArrayInputStream(all);
    }

    /** Notes the scheme of the peer's handshake signature. */
    void notePeerSignature(int scheme) {
        peerSignature = scheme;
    }

    /**
     * What our two protocol subclasses add to the engine. Half-closes in
     * both directions, which the engine does not offer: the protocols send
     * close_notify without closing the reading side, and take the peer's
     * close_notify without closing the writing side.
     */
    private interface ProtocolHooks {
        void sendCloseNotify() throws IOException;

        /** The engine's view of the connection, which the protocols keep to themselves (null until connect/accept). */
        TlsContext context();
    }

    /** The engine's context of this connection, for the key log (null before connect/accept). */
    private TlsContext engineContext() {
        return protocol == null ? null : ((ProtocolHooks) protocol).context();
    }

    /**
     * The client protocol with our hooks; it also notes the scheme of a TLS
     * 1.3 server's signature (a TLS 1.2 server's: ServerSignatureKeyExchanges).
     */
    private static final class ClientProtocol extends TlsClientProtocol implements ProtocolHooks {
        private final TlsSession session;

        ClientProtocol(TlsSession session) {
            this.session = session;
        }

        @Override
        public TlsContext context() {
            return getContext();
        }

        @Override
        public void sendCloseNotify() throws IOException {
            raiseAlertWarning(AlertDescription.close_notify, "write side closed");
        }

        @Override
        protected void handleAlertWarningMessage(short description) throws IOException {
            if (description != AlertDescription.close_notify || !session.peerCloseNotify()) {
                super.handleAlertWarningMessage(description);
            }
        }

        @Override
        protected void receive13ServerCertificateVerify(ByteArrayInputStream buf) throws IOException {
            super.receive13ServerCertificateVerify(session.notePeerSignature(buf));
        }

        @Override
        protected void receive13NewSessionTicket(ByteArrayInputStream buf) throws IOException {
            super.receive13NewSessionTicket(session.noteSessionTicket(buf));
        }
    }

    /** The server protocol with our hooks; it also notes the scheme of the client's signature. */
    private static final class ServerProtocol extends TlsServerProtocol implements ProtocolHooks {
        private final TlsSession session;

        ServerProtocol(TlsSession session) {
            this.session = session;
        }

        @Override
        public TlsContext context() {
            return getContext();
        }

        @Override
        public void sendCloseNotify() throws IOException {
            raiseAlertWarning(AlertDescription.close_notify, "write side closed");
        }

        @Override
        protected void handleAlertWarningMessage(short description) throws IOException {
            if (description != AlertDescription.close_notify || !session.peerCloseNotify()) {
                super.handleAlertWarningMessage(description);
            }
        }

        @Override
        protected void receive13ClientCertificateVerify(ByteArrayInputStream buf) throws IOException {
            super.receive13ClientCertificateVerify(session.notePeerSignature(buf));
        }

        @Override
        protected void receiveCertificateVerifyMessage(ByteArrayInputStream buf) throws IOException {
            super.receiveCertificateVerifyMessage(session.notePeerSignature(buf));
        }
    }
}
