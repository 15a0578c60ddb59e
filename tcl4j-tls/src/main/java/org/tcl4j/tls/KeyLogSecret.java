package org.tcl4j.tls;

import java.nio.charset.StandardCharsets;

import org.bouncycastle.tls.crypto.TlsSecret;
import org.bouncycastle.tls.crypto.impl.AbstractTlsSecret;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCrypto;
import org.bouncycastle.tls.crypto.impl.jcajce.JceTlsSecret;

/**
 * A secret of a TLS 1.3 key schedule whose keys are being logged
 * ({@link KeyLog}). It behaves exactly as the engine's own secrets; in
 * addition every secret derived from it is again a KeyLogSecret, and one
 * derived with a label OpenSSL logs ({@code c hs traffic}, {@code exp
 * master}...) is reported to the connection's key log. The engine starts a
 * schedule from {@code TlsCrypto.hkdfInit}, which {@link TlsEngine} answers
 * with one of these while a logging connection's handshake runs.
 */
final class KeyLogSecret extends JceTlsSecret {
    private static final byte[] TLS13_PREFIX = "tls13 ".getBytes(StandardCharsets.US_ASCII);

    private final KeyLog log;

    KeyLogSecret(JcaTlsCrypto crypto, byte[] data, KeyLog log) {
        super(crypto, data);
        this.log = log;
    }

    @Override
    public synchronized TlsSecret hkdfExtract(int cryptoHashAlgorithm, TlsSecret ikm) {
        return follow(super.hkdfExtract(cryptoHashAlgorithm, ikm));
    }

    @Override
    public synchronized TlsSecret hkdfExpand(int cryptoHashAlgorithm, byte[] info, int length) {
        TlsSecret derived = super.hkdfExpand(cryptoHashAlgorithm, info, length);
        String label = label(info);
        if (label != null && derived instanceof AbstractTlsSecret a) {
            log.derived(label, copyData(a));
        }
        return follow(derived);
    }

    /** The same secret as one of ours, so that what is derived from it is seen too. */
    private TlsSecret follow(TlsSecret s) {
        if (!(s instanceof AbstractTlsSecret a) || s instanceof KeyLogSecret) {
            return s;
        }
        KeyLogSecret k = new KeyLogSecret(crypto, copyData(a), log);
        s.destroy();
        return k;
    }

    /**
     * The label of a TLS 1.3 HkdfLabel ({@code uint16 length, opaque
     * label<7..255> = "tls13 " + label, opaque context<0..255>}) without
     * its prefix, or null when {@code info} is not one.
     */
    static String label(byte[] info) {
        if (info == null || info.length < 3 + TLS13_PREFIX.length) {
            return null;
        }
        int n = info[2] & 0xff;
        if (n < TLS13_PREFIX.length || 3 + n > info.length) {
            return null;
        }
        for (int i = 0; i < TLS13_PREFIX.length; i++) {
            if (info[3 + i] != TLS13_PREFIX[i]) {
                return null;
            }
        }
        return new String(info, 3 + TLS13_PREFIX.length, n - TLS13_PREFIX.length, StandardCharsets.US_ASCII);
    }

    /**
     * A copy of a secret's value, leaving the secret usable (unlike
     * {@code extract()}, which destroys it); null for a secret this engine
     * did not make or that is already destroyed.
     */
    static byte[] bytes(TlsSecret s) {
        if (s instanceof AbstractTlsSecret a && s.isAlive()) {
            return copyData(a);
        }
        return null;
    }
}
