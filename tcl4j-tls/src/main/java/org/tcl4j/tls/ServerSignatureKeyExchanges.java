package org.tcl4j.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.bouncycastle.tls.DefaultTlsKeyExchangeFactory;
import org.bouncycastle.tls.TlsDHEKeyExchange;
import org.bouncycastle.tls.TlsContext;
import org.bouncycastle.tls.TlsDHGroupVerifier;
import org.bouncycastle.tls.TlsECDHEKeyExchange;
import org.bouncycastle.tls.TlsKeyExchange;
import org.bouncycastle.tls.TlsUtils;

/**
 * The client's TLS 1.2 key exchanges, each noting the scheme of the
 * server's signature for {@code tls::status}. A TLS 1.2 server signs its
 * ephemeral key inside ServerKeyExchange, which the engine parses without
 * telling anyone how it was signed: the message is read here first, the
 * scheme taken from behind the key parameters, and the same bytes handed
 * on.
 */
final class ServerSignatureKeyExchanges extends DefaultTlsKeyExchangeFactory {
    private final TlsSession session;
    private final TlsContext context;

    ServerSignatureKeyExchanges(TlsSession session, TlsContext context) {
        this.session = session;
        this.context = context;
    }

    @Override
    public TlsKeyExchange createECDHEKeyExchangeClient(int keyExchange) {
        return new TlsECDHEKeyExchange(keyExchange) {
            @Override
            public void processServerKeyExchange(InputStream input) throws IOException {
                super.processServerKeyExchange(note(input, false));
            }
        };
    }

    @Override
    public TlsKeyExchange createDHEKeyExchangeClient(int keyExchange, TlsDHGroupVerifier verifier) {
        return new TlsDHEKeyExchange(keyExchange, verifier) {
            @Override
            public void processServerKeyExchange(InputStream input) throws IOException {
                super.processServerKeyExchange(note(input, true));
            }
        };
    }

    private InputStream note(InputStream input, boolean dhe) throws IOException {
        byte[] body = input.readAllBytes();
        // TLS 1.0 and 1.1 signatures name no scheme
        int scheme = TlsUtils.isTLSv12(context) ? schemeOf(body, dhe) : -1;
        if (scheme >= 0) {
            session.notePeerSignature(scheme);
        }
        return new ByteArrayInputStream(body);
    }

    /**
     * The SignatureAndHashAlgorithm of a TLS 1.2 ServerKeyExchange body (RFC
     * 8422 5.4: ECParameters, ECPoint; RFC 5246 7.4.3: ServerDHParams),
     * or -1 when the body is shorter than its own lengths say.
     */
    static int schemeOf(byte[] body, boolean dhe) {
        int at;
        if (dhe) {
            at = 0;
            for (int i = 0; i < 3 && at >= 0; i++) { // dh_p, dh_g, dh_Ys
                at = skipVector(body, at, 2);
            }
        } else {
            // ECParameters: curve_type named_curve (3) and a two-byte curve, then the point
            if (body.length < 3 || body[0] != 3) {
                return -1;
            }
            at = skipVector(body, 3, 1);
        }
        if (at < 0 || at + 2 > body.length) {
            return -1;
        }
        return (body[at] & 0xff) << 8 | body[at + 1] & 0xff;
    }

    /** The offset after a vector with a {@code lengthBytes}-byte length at {@code at}, or -1. */
    private static int skipVector(byte[] body, int at, int lengthBytes) {
        if (at + lengthBytes > body.length) {
            return -1;
        }
        int length = lengthBytes == 1 ? body[at] & 0xff : (body[at] & 0xff) << 8 | body[at + 1] & 0xff;
        int end = at + lengthBytes + length;
        return end <= body.length ? end : -1;
    }
}
