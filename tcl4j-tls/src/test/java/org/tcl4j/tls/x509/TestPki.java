package org.tcl4j.tls.x509;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Test certificates made in Java: key pairs (RSA generated once per JVM because it is slow) and a
 * small builder for roots, intermediates and leaves with the extensions the tests vary.
 */
final class TestPki {
    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());
    private static KeyPair rsa;

    private TestPki() {}

    /** One RSA-2048 pair shared by every test in the JVM. */
    static synchronized KeyPair rsa() {
        if (rsa == null) {
            rsa = newRsa();
        }
        return rsa;
    }

    static KeyPair newRsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair ec() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A certificate with its key pair. */
    record Issued(X509Certificate cert, KeyPair keys) {
        PrivateKey key() {
            return keys.getPrivate();
        }
    }

    /** Builder for one certificate; defaults: valid from an hour ago for a year, no extensions. */
    static final class Spec {
        String subject;
        KeyPair keys;
        Issued issuer;                     // null: self-signed
        Instant notBefore = Instant.now().minus(Duration.ofHours(1));
        Instant notAfter = Instant.now().plus(Duration.ofDays(365));
        Boolean ca;                        // null: no basicConstraints
        Integer pathLen;
        Integer keyUsage;                  // KeyUsage bits or null
        List<KeyPurposeId> eku;            // null: no EKU
        List<GeneralName> san = new ArrayList<>();
        String ocsp;
        boolean keyIds = true;
        String sigAlg;

        Spec(String subject, KeyPair keys) {
            this.subject = subject;
            this.keys = keys;
        }

        Spec issuer(Issued i) { issuer = i; return this; }
        Spec ca(int pathLen) { ca = true; this.pathLen = pathLen < 0 ? null : pathLen; keyUsage = KeyUsage.keyCertSign | KeyUsage.cRLSign; return this; }
        Spec notCa() { ca = false; return this; }
        Spec keyUsage(int bits) { keyUsage = bits; return this; }
        Spec eku(KeyPurposeId... ids) { eku = List.of(ids); return this; }
        Spec dns(String... names) { for (String n : names) san.add(new GeneralName(GeneralName.dNSName, n)); return this; }
        Spec ip(String... ips) { for (String n : ips) san.add(new GeneralName(GeneralName.iPAddress, n)); return this; }
        Spec valid(Instant from, Instant to) { notBefore = from; notAfter = to; return this; }
        Spec ocsp(String url) { ocsp = url; return this; }
        Spec noKeyIds() { keyIds = false; return this; }
        Spec sigAlg(String alg) { sigAlg = alg; return this; }

        Issued build() {
            try {
                PrivateKey signer = issuer == null ? keys.getPrivate() : issuer.key();
                X500Name issuerName = issuer == null ? new X500Name(subject)
                    : X500Name.getInstance(issuer.cert().getSubjectX500Principal().getEncoded());
                X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuerName,
                    BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(notBefore), Date.from(notAfter),
                    new X500Name(subject), keys.getPublic());
                JcaX509ExtensionUtils u = new JcaX509ExtensionUtils();
                if (ca != null) {
                    b.addExtension(Extension.basicConstraints, true,
                        ca ? (pathLen == null ? new BasicConstraints(true) : new BasicConstraints(pathLen)) : new BasicConstraints(false));
                }
                if (keyUsage != null) {
                    b.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
                }
                if (eku != null) {
                    b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(eku.toArray(new KeyPurposeId[0])));
                }
                if (!san.isEmpty()) {
                    b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(san.toArray(new GeneralName[0])));
                }
                if (keyIds) {
                    b.addExtension(Extension.subjectKeyIdentifier, false, u.createSubjectKeyIdentifier(keys.getPublic()));
                    PublicKey ik = issuer == null ? keys.getPublic() : issuer.cert().getPublicKey();
                    b.addExtension(Extension.authorityKeyIdentifier, false, u.createAuthorityKeyIdentifier(ik));
                }
                if (ocsp != null) {
                    b.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                        new AccessDescription(AccessDescription.id_ad_ocsp, new GeneralName(GeneralName.uniformResourceIdentifier, ocsp))));
                }
                String alg = sigAlg != null ? sigAlg : signer.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
                X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
                    b.build(new JcaContentSignerBuilder(alg).build(signer)));
                return new Issued(cert, keys);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static Spec cert(String subject, KeyPair keys) {
        return new Spec(subject, keys);
    }

    static Issued root(String cn, KeyPair keys) {
        return cert("CN=" + cn, keys).ca(-1).build();
    }

    static Issued intermediate(String cn, KeyPair keys, Issued issuer) {
        return cert("CN=" + cn, keys).issuer(issuer).ca(-1).build();
    }

    static Issued server(String cn, KeyPair keys, Issued issuer, String... dns) {
        return cert("CN=" + cn, keys).issuer(issuer).notCa().keyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment)
            .eku(KeyPurposeId.id_kp_serverAuth).dns(dns).build();
    }

    /** PEM text of certificates and/or keys (keys in their traditional OpenSSL form). */
    static String pem(Object... objects) {
        StringWriter sw = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(sw)) {
            for (Object o : objects) {
                w.writeObject(o);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return sw.toString();
    }

    /**
     * The traditional OpenSSL "EC PRIVATE KEY" (SEC1 with the curve inside), as {@code openssl ec} writes it.
     * (The JDK's PKCS#8 encoding keeps the curve outside the SEC1 structure, so it is rebuilt here.)
     */
    static byte[] sec1(KeyPair kp) {
        try {
            org.bouncycastle.asn1.pkcs.PrivateKeyInfo info = org.bouncycastle.asn1.pkcs.PrivateKeyInfo.getInstance(kp.getPrivate().getEncoded());
            org.bouncycastle.asn1.sec.ECPrivateKey inner = org.bouncycastle.asn1.sec.ECPrivateKey.getInstance(info.parsePrivateKey());
            org.bouncycastle.asn1.x509.SubjectPublicKeyInfo spki = org.bouncycastle.asn1.x509.SubjectPublicKeyInfo.getInstance(kp.getPublic().getEncoded());
            java.security.interfaces.ECPrivateKey k = (java.security.interfaces.ECPrivateKey) kp.getPrivate();
            return new org.bouncycastle.asn1.sec.ECPrivateKey(k.getParams().getOrder().bitLength(), inner.getKey(),
                spki.getPublicKeyData(), info.getPrivateKeyAlgorithm().getParameters()).getEncoded("DER");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** PEM of a key pair in OpenSSL's traditional form: "RSA PRIVATE KEY" or "EC PRIVATE KEY" with the curve. */
    static String keyPem(KeyPair kp) {
        if (kp.getPrivate().getAlgorithm().equals("EC")) {
            return pem(new org.bouncycastle.util.io.pem.PemObject("EC PRIVATE KEY", sec1(kp)));
        }
        return pem(kp);
    }

    static Path write(Path dir, String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.writeString(p, text, StandardCharsets.ISO_8859_1);
            return p;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static InetAddress ipAddr(String s) {
        try {
            return InetAddress.getByName(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the live openssl command ----

    static boolean opensslAvailable() {
        try {
            return run(null, "openssl", "version").exit == 0;
        } catch (Exception e) {
            return false;
        }
    }

    record Result(int exit, String out) {}

    /** Runs a command (stderr merged into stdout), with an optional stdin text. */
    static Result run(String stdin, String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            if (stdin != null) {
                p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timeout: " + String.join(" ", cmd));
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
