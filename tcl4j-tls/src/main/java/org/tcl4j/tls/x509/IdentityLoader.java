package org.tcl4j.tls.x509;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;

import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.tcl4j.core.TclException;

/**
 * Loads the local identity from the {@code -certfile/-cert} and {@code -keyfile/-key} options.
 *
 * <p>Error messages follow TclTLS's shapes ({@code unable to set certificate file PATH: REASON},
 * {@code unable to set public key file PATH REASON} (TclTLS's words, "public" included), {@code private key does not match the
 * certificate public key}) with plain reasons instead of OpenSSL's error-queue codes.
 * Error codes are {@code TLS CERT} for certificate problems and {@code TLS KEY} for key problems.
 */
public final class IdentityLoader {
    /** OpenSSL's PEM_BUFSIZE: the size argument its password callback receives. */
    public static final int PASSWORD_SIZE = 1024;

    private IdentityLoader() {}

    /**
     * Loads a private key and its certificate chain.
     *
     * @param certfile PEM file with the certificate (leaf first, then intermediates), or null
     * @param certDer  the {@code -cert} DER bytes, or null (used when certfile is null)
     * @param keyfile  PEM file with the private key, or null: then the key is read from certfile
     * @param keyDer   the {@code -key} DER bytes (PKCS#1 RSA, PKCS#8 or SEC1 EC), or null
     * @param password asked only when the key is encrypted; may be null (then an encrypted key fails)
     * @return the identity, or null when neither a certificate nor a key was given
     */
    public static Identity load(String certfile, byte[] certDer, String keyfile, byte[] keyDer,
                                PasswordSource password) throws TclException {
        boolean haveCert = certfile != null || certDer != null;
        boolean haveKey = keyfile != null || keyDer != null;
        if (!haveCert && !haveKey) {
            return null;
        }
        if (!haveCert) {
            throw new TclException("unable to set private key: no certificate given for it (use -certfile or -cert)", "TLS CERT");
        }
        List<X509Certificate> chain = certfile != null ? readCertFile(certfile) : List.of(readCertDer(certDer));
        PrivateKey key;
        if (keyfile != null) {
            key = readKeyFile(keyfile, password);
        } else if (keyDer != null) {
            key = readKeyDer(keyDer);
        } else if (certfile != null) {
            key = readKeyFile(certfile, password);
        } else {
            throw new TclException("unable to set private key: no private key given for the certificate (use -keyfile or -key)", "TLS KEY");
        }
        if (!matches(key, chain.get(0).getPublicKey())) {
            throw new TclException("private key does not match the certificate public key", "TLS KEY");
        }
        return new Identity(key, chain);
    }

    static List<X509Certificate> readCertFile(String file) throws TclException {
        String text;
        try {
            text = Pem.readText(Path.of(file));
        } catch (IOException | RuntimeException e) {
            throw certError(file, e instanceof IOException io ? Pem.reason(io) : "invalid file name");
        }
        List<X509Certificate> certs;
        try {
            certs = Pem.certificates(text);
        } catch (CertificateException e) {
            throw certError(file, "not a valid PEM certificate");
        }
        if (certs.isEmpty()) {
            throw certError(file, "no certificate found");
        }
        return certs;
    }

    private static TclException certError(String file, String reason) {
        return new TclException("unable to set certificate file " + file + ": " + reason, "TLS CERT");
    }

    static X509Certificate readCertDer(byte[] der) throws TclException {
        try {
            return Pem.certificate(der);
        } catch (CertificateException | RuntimeException e) {
            throw new TclException("unable to set certificate: not a valid DER encoded X.509 certificate", "TLS CERT");
        }
    }

    static PrivateKey readKeyFile(String file, PasswordSource password) throws TclException {
        String text;
        try {
            text = Pem.readText(Path.of(file));
        } catch (IOException | RuntimeException e) {
            throw keyError(file, e instanceof IOException io ? Pem.reason(io) : "invalid file name");
        }
        JcaPEMKeyConverter conv = new JcaPEMKeyConverter();
        try (PEMParser parser = new PEMParser(new StringReader(text))) {
            Object o;
            while (true) {
                try {
                    o = parser.readObject();
                } catch (IOException e) {
                    // An unparsable block: skip nothing more, report it as unreadable.
                    throw keyError(file, "unreadable private key");
                }
                if (o == null) {
                    throw keyError(file, "no private key found");
                }
                if (o instanceof PEMKeyPair kp) {
                    return conv.getPrivateKey(kp.getPrivateKeyInfo());
                }
                if (o instanceof PrivateKeyInfo pki) {
                    return conv.getPrivateKey(pki);
                }
                if (o instanceof PEMEncryptedKeyPair enc) {
                    char[] pw = ask(password, file);
                    try {
                        PEMKeyPair kp = enc.decryptKeyPair(new JcePEMDecryptorProviderBuilder().setProvider(Bc.PROVIDER).build(pw));
                        return conv.getPrivateKey(kp.getPrivateKeyInfo());
                    } catch (IOException | RuntimeException e) {
                        throw badPassword(file);
                    }
                }
                if (o instanceof PKCS8EncryptedPrivateKeyInfo enc) {
                    char[] pw = ask(password, file);
                    try {
                        InputDecryptorProvider dec = new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(Bc.PROVIDER).build(pw);
                        return conv.getPrivateKey(enc.decryptPrivateKeyInfo(dec));
                    } catch (Exception e) {
                        throw badPassword(file);
                    }
                }
                // Certificates and parameters in the same file are skipped.
            }
        } catch (IOException e) {
            throw keyError(file, Pem.reason(e));
        }
    }

    private static char[] ask(PasswordSource password, String file) throws TclException {
        if (password == null) {
            throw keyError(file, "the key is encrypted and no password was given");
        }
        String pw = password.password(0, PASSWORD_SIZE);
        return (pw == null ? "" : pw).toCharArray();
    }

    private static TclException badPassword(String file) {
        return keyError(file, "bad password or unreadable key");
    }

    private static TclException keyError(String file, String reason) {
        return new TclException("unable to set public key file " + file + " " + reason, "TLS KEY");
    }

    /** A DER private key: PKCS#1 RSA (what TclTLS documents for -key), PKCS#8, or SEC1 EC. */
    static PrivateKey readKeyDer(byte[] der) throws TclException {
        JcaPEMKeyConverter conv = new JcaPEMKeyConverter();
        try {
            ASN1Sequence seq = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(der));
            PrivateKeyInfo info;
            if (seq.size() >= 9) {
                // RSAPrivateKey: version, n, e, d, p, q, dp, dq, qinv
                RSAPrivateKey rsa = RSAPrivateKey.getInstance(seq);
                info = new PrivateKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE), rsa);
            } else if (seq.size() >= 3 && seq.getObjectAt(1) instanceof org.bouncycastle.asn1.ASN1OctetString) {
                // SEC1 ECPrivateKey: version 1, privateKey OCTET STRING, [0] parameters, [1] publicKey
                ECPrivateKey ec = ECPrivateKey.getInstance(seq);
                if (ec.getParametersObject() == null) {
                    throw new IllegalArgumentException("EC key without curve");
                }
                info = new PrivateKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, ec.getParametersObject()), ec);
            } else {
                info = PrivateKeyInfo.getInstance(seq);
            }
            return conv.getPrivateKey(info);
        } catch (IOException | RuntimeException e) {
            throw new TclException("unable to set public key: not a valid DER encoded private key", "TLS KEY");
        }
    }

    /** True when the private key belongs to the public key: RSA by modulus, other kinds by a test signature. */
    static boolean matches(PrivateKey key, PublicKey pub) {
        if (key instanceof RSAPrivateCrtKey rk && pub instanceof RSAPublicKey rp) {
            return rk.getModulus().equals(rp.getModulus()) && rk.getPublicExponent().equals(rp.getPublicExponent());
        }
        String alg = switch (key.getAlgorithm()) {
            case "EC", "ECDSA" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            case "DSA" -> "SHA256withDSA";
            case "Ed25519", "Ed448", "EdDSA" -> pub.getAlgorithm();
            default -> null;
        };
        if (alg == null) {
            return true; // unknown key kind: the handshake itself will show a mismatch
        }
        try {
            byte[] probe = new byte[32];
            new SecureRandom().nextBytes(probe);
            Signature s = Signature.getInstance(alg);
            s.initSign(key);
            s.update(probe);
            byte[] sig = s.sign();
            Signature v = Signature.getInstance(alg);
            v.initVerify(pub);
            v.update(probe);
            return v.verify(sig);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
