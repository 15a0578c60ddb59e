package org.tcl4j.tls;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.util.List;
import java.util.Vector;

import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateEntry;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.SignatureScheme;
import org.bouncycastle.tls.TlsContext;
import org.bouncycastle.tls.TlsCredentialedDecryptor;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.jcajce.JceDefaultTlsCredentialedDecryptor;
import org.tcl4j.tls.x509.Identity;

/**
 * Turns our certificate and key into what the engine signs the handshake
 * with, choosing the signature scheme from the list the peer offered (the
 * first one our key can make, as OpenSSL does): RSA-PSS or PKCS#1 for RSA
 * keys, ECDSA with the curve's hash for EC keys, Ed25519.
 */
final class Credentials {
    private Credentials() {
    }

    /** Key type of the identity: "RSA", "EC", "Ed25519"... (as the JDK names them). */
    static String keyType(Identity id) {
        String a = id.key().getAlgorithm();
        return a.equals("EdDSA") ? "Ed25519" : a;
    }

    /** Our signer for this handshake; the session learns the scheme (tls::status -local reports it). */
    static TlsCredentialedSigner signer(TlsSession session, TlsContext context, Vector<?> peerAlgorithms,
            byte[] requestContext) throws IOException {
        Identity id = session.context.identity;
        SignatureAndHashAlgorithm alg = choose(context, id.key(), peerAlgorithms);
        if (alg == null) {
            throw new TlsFatalAlert(AlertDescription.handshake_failure, "no suitable signature algorithm");
        }
        session.localSignature(SignatureScheme.from(alg));
        return new JcaDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), TlsEngine.CRYPTO,
                id.key(), chain(context, id.chain(), requestContext), alg);
    }

    /**
     * Our RSA key as the engine decrypts an RSA key-transport premaster
     * secret with (TLS 1.2 suites such as AES128-GCM-SHA256, which OpenSSL
     * servers accept at the default security level; padding failures turn
     * into a random secret, not an error, against Bleichenbacher's attack).
     */
    static TlsCredentialedDecryptor decryptor(TlsContext context, Identity id) throws IOException {
        return new JceDefaultTlsCredentialedDecryptor(TlsEngine.CRYPTO, chain(context, id.chain(), null), id.key());
    }

    /** Our chain in the engine's form; TLS 1.3 wants entries with the request's context. */
    static Certificate chain(TlsContext context, List<X509Certificate> certs, byte[] requestContext)
            throws IOException {
        TlsCertificate[] list = new TlsCertificate[certs.size()];
        for (int i = 0; i < list.length; i++) {
            try {
                list[i] = TlsEngine.CRYPTO.createCertificate(certs.get(i).getEncoded());
            } catch (CertificateEncodingException e) {
                throw new TlsFatalAlert(AlertDescription.internal_error, e);
            }
        }
        if (!TlsUtils.isTLSv13(context)) {
            return new Certificate(list);
        }
        CertificateEntry[] entries = new CertificateEntry[list.length];
        for (int i = 0; i < list.length; i++) {
            entries[i] = new CertificateEntry(list[i], null);
        }
        return new Certificate(requestContext == null ? TlsUtils.EMPTY_BYTES : requestContext, entries);
    }

    private static SignatureAndHashAlgorithm choose(TlsContext context, PrivateKey key, Vector<?> offered) {
        boolean tls13 = TlsUtils.isTLSv13(context);
        String type = key.getAlgorithm();
        if (offered == null || offered.isEmpty()) {
            // A TLS 1.2 peer that sent no list accepts SHA-1 with its key type (RFC 5246 7.4.1.4.1).
            return switch (type) {
                case "RSA" -> new SignatureAndHashAlgorithm(HashAlgorithm.sha1, SignatureAlgorithm.rsa);
                case "EC" -> new SignatureAndHashAlgorithm(HashAlgorithm.sha1, SignatureAlgorithm.ecdsa);
                default -> null;
            };
        }
        short curveHash = key instanceof ECKey ec ? curveHash(ec) : HashAlgorithm.sha256;
        for (Object o : offered) {
            SignatureAndHashAlgorithm a = (SignatureAndHashAlgorithm) o;
            short sig = a.getSignature();
            boolean fits = switch (type) {
                case "RSA" -> sig == SignatureAlgorithm.rsa_pss_rsae_sha256 || sig == SignatureAlgorithm.rsa_pss_rsae_sha384
                        || sig == SignatureAlgorithm.rsa_pss_rsae_sha512
                        || !tls13 && sig == SignatureAlgorithm.rsa && a.getHash() >= HashAlgorithm.sha256;
                case "EC" -> sig == SignatureAlgorithm.ecdsa && (!tls13 || a.getHash() == curveHash)
                        && a.getHash() >= HashAlgorithm.sha256;
                case "Ed25519", "EdDSA" -> sig == SignatureAlgorithm.ed25519;
                case "Ed448" -> sig == SignatureAlgorithm.ed448;
                default -> false;
            };
            if (fits) {
                return a;
            }
        }
        return null;
    }

    private static short curveHash(ECKey key) {
        int bits = key.getParams().getOrder().bitLength();
        return bits > 384 ? HashAlgorithm.sha512 : bits > 256 ? HashAlgorithm.sha384 : HashAlgorithm.sha256;
    }
}
