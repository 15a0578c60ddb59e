package org.tcl4j.tls.x509;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.jcajce.JcaMiscPEMGenerator;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMEncryptorBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tcl4j.core.TclException;

/** -certfile/-keyfile (PEM), -cert/-key (DER) and -password, as IdentityLoader reads them. */
class IdentityLoaderTest {
    /** BouncyCastle's provider, for OpenSSL's key derivation when the tests write encrypted keys. */
    static final java.security.Provider BC = new org.bouncycastle.jce.provider.BouncyCastleProvider();
    static KeyPair rsa;
    static KeyPair ec;
    static TestPki.Issued ca;
    static TestPki.Issued rsaLeaf;
    static TestPki.Issued ecLeaf;

    @TempDir
    Path dir;

    @BeforeAll
    static void pki() {
        rsa = TestPki.rsa();
        ec = TestPki.ec();
        ca = TestPki.root("Test CA", TestPki.ec());
        rsaLeaf = TestPki.server("rsa.example.com", rsa, ca, "rsa.example.com");
        ecLeaf = TestPki.server("ec.example.com", ec, ca, "ec.example.com");
    }

    /** A password source that records how it was asked. */
    static final class Recorder implements PasswordSource {
        final String answer;
        final List<String> calls = new ArrayList<>();

        Recorder(String answer) {
            this.answer = answer;
        }

        @Override
        public String password(int rwflag, int size) {
            calls.add(rwflag + " " + size);
            return answer;
        }
    }

    private String file(String name, String text) {
        return TestPki.write(dir, name, text).toString();
    }

    private static String encryptedPkcs8(KeyPair kp, String password) throws Exception {
        JceOpenSSLPKCS8EncryptorBuilder enc = new JceOpenSSLPKCS8EncryptorBuilder(org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_aes256_CBC);
        enc.setProvider(BC);
        enc.setPassword(password.toCharArray());
        return TestPki.pem(new JcaPKCS8Generator(kp.getPrivate(), enc.build()).generate());
    }

    private static String legacyEncrypted(KeyPair kp, String cipher, String password) throws Exception {
        return TestPki.pem(new JcaMiscPEMGenerator(kp, new JcePEMEncryptorBuilder(cipher).setProvider(BC).build(password.toCharArray())));
    }

    @Test
    void nothingGivenMeansNoIdentity() throws TclException {
        assertNull(IdentityLoader.load(null, null, null, null, null));
    }

    @Test
    void certfileAndTraditionalRsaKeyfile() throws Exception {
        String cert = file("c.pem", TestPki.pem(rsaLeaf.cert()));
        String key = file("k.pem", TestPki.pem(rsa));
        assertTrue(Files.readString(Path.of(key)).contains("BEGIN RSA PRIVATE KEY"), "JcaPEMWriter writes PKCS#1");
        Recorder pw = new Recorder("unused");
        Identity id = IdentityLoader.load(cert, null, key, null, pw);
        assertEquals(List.of(rsaLeaf.cert()), id.chain());
        assertEquals(rsa.getPrivate(), id.key());
        assertEquals(List.of(), pw.calls, "an unencrypted key never asks for a password");
    }

    @Test
    void keyDefaultsToTheCertfileAndTheChainFollowsTheLeaf() throws TclException {
        String both = file("both.pem", TestPki.pem(ecLeaf.cert(), ca.cert()) + TestPki.keyPem(ec));
        Identity id = IdentityLoader.load(both, null, null, null, null);
        assertEquals(List.of(ecLeaf.cert(), ca.cert()), id.chain());
        assertEquals("EC", id.key().getAlgorithm());
    }

    @Test
    void unencryptedPkcs8Key() throws Exception {
        String cert = file("c.pem", TestPki.pem(ecLeaf.cert()));
        String key = file("k.pem", TestPki.pem(new JcaPKCS8Generator(ec.getPrivate(), null).generate()));
        assertTrue(Files.readString(Path.of(key)).contains("BEGIN PRIVATE KEY"));
        assertEquals(ec.getPrivate().getEncoded().length > 0, IdentityLoader.load(cert, null, key, null, null) != null);
    }

    @Test
    void encryptedPkcs8AsksThePasswordOnce() throws Exception {
        String cert = file("c.pem", TestPki.pem(rsaLeaf.cert()));
        String key = file("k.pem", encryptedPkcs8(rsa, "s3cret"));
        assertTrue(Files.readString(Path.of(key)).contains("BEGIN ENCRYPTED PRIVATE KEY"));
        Recorder pw = new Recorder("s3cret");
        Identity id = IdentityLoader.load(cert, null, key, null, pw);
        assertEquals(rsa.getPrivate(), id.key());
        assertEquals(List.of("0 1024"), pw.calls, "rwflag 0 (reading) and OpenSSL's PEM buffer size");
    }

    @Test
    void legacyEncryptedPemWithDes3AndAes() throws Exception {
        String cert = file("c.pem", TestPki.pem(rsaLeaf.cert()));
        for (String cipher : List.of("DES-EDE3-CBC", "AES-128-CBC", "AES-256-CBC")) {
            String key = file("k-" + cipher + ".pem", legacyEncrypted(rsa, cipher, "pw-" + cipher));
            assertTrue(Files.readString(Path.of(key)).contains("Proc-Type: 4,ENCRYPTED"));
            Identity id = IdentityLoader.load(cert, null, key, null, new Recorder("pw-" + cipher));
            assertEquals(rsa.getPrivate(), id.key(), cipher);
        }
    }

    @Test
    void wrongPasswordNamesTheFile() throws Exception {
        String cert = file("c.pem", TestPki.pem(rsaLeaf.cert()));
        String key = file("k.pem", encryptedPkcs8(rsa, "right"));
        TclException e = assertThrows(TclException.class, () -> IdentityLoader.load(cert, null, key, null, new Recorder("wrong")));
        assertEquals("unable to set public key file " + key + " bad password or unreadable key", e.getMessage());
        assertEquals("TLS KEY", e.errorCode().toString());

        String legacy = file("l.pem", legacyEncrypted(rsa, "AES-128-CBC", "right"));
        e = assertThrows(TclException.class, () -> IdentityLoader.load(cert, null, legacy, null, new Recorder("wrong")));
        assertEquals("unable to set public key file " + legacy + " bad password or unreadable key", e.getMessage());
    }

    @Test
    void errorsNameTheProblemAndTheFile() throws Exception {
        String missing = dir.resolve("nope.pem").toString();
        TclException e = assertThrows(TclException.class, () -> IdentityLoader.load(missing, null, null, null, null));
        assertEquals("unable to set certificate file " + missing + ": no such file or directory", e.getMessage());
        assertEquals("TLS CERT", e.errorCode().toString());

        String keyOnly = file("keyonly.pem", TestPki.pem(rsa));
        e = assertThrows(TclException.class, () -> IdentityLoader.load(keyOnly, null, null, null, null));
        assertEquals("unable to set certificate file " + keyOnly + ": no certificate found", e.getMessage());

        String certOnly = file("certonly.pem", TestPki.pem(rsaLeaf.cert()));
        e = assertThrows(TclException.class, () -> IdentityLoader.load(certOnly, null, null, null, null));
        assertEquals("unable to set public key file " + certOnly + " no private key found", e.getMessage());

        e = assertThrows(TclException.class, () -> IdentityLoader.load(certOnly, null, missing, null, null));
        assertEquals("unable to set public key file " + missing + " no such file or directory", e.getMessage());

        e = assertThrows(TclException.class, () -> IdentityLoader.load(null, null, keyOnly, null, null));
        assertEquals("unable to set private key: no certificate given for it (use -certfile or -cert)", e.getMessage());

        String encrypted = file("enc.pem", TestPki.pem(rsaLeaf.cert()) + legacyEncrypted(rsa, "AES-128-CBC", "x"));
        e = assertThrows(TclException.class, () -> IdentityLoader.load(encrypted, null, null, null, null));
        assertEquals("unable to set public key file " + encrypted + " the key is encrypted and no password was given", e.getMessage());
    }

    @Test
    void keyMustMatchTheCertificate() {
        String cert = file("c.pem", TestPki.pem(rsaLeaf.cert()));
        String otherEc = file("k.pem", TestPki.keyPem(ec));
        TclException e = assertThrows(TclException.class, () -> IdentityLoader.load(cert, null, otherEc, null, null));
        assertEquals("private key does not match the certificate public key", e.getMessage());
        String ecCert = file("ec.pem", TestPki.pem(ecLeaf.cert()));
        String otherEcKey = file("k2.pem", TestPki.keyPem(TestPki.ec()));
        assertThrows(TclException.class, () -> IdentityLoader.load(ecCert, null, otherEcKey, null, null));
    }

    @Test
    void derCertAndKeysInEveryForm() throws Exception {
        byte[] rsaDer = rsaLeaf.cert().getEncoded();
        byte[] pkcs8 = rsa.getPrivate().getEncoded();
        byte[] pkcs1 = PrivateKeyInfo.getInstance(pkcs8).parsePrivateKey().toASN1Primitive().getEncoded();
        assertEquals(rsa.getPrivate(), IdentityLoader.load(null, rsaDer, null, pkcs1, null).key(), "PKCS#1, as TclTLS documents -key");
        assertEquals(rsa.getPrivate(), IdentityLoader.load(null, rsaDer, null, pkcs8, null).key(), "PKCS#8");
        byte[] sec1 = TestPki.sec1(ec);
        java.security.interfaces.ECPrivateKey loaded = (java.security.interfaces.ECPrivateKey)
            IdentityLoader.load(null, ecLeaf.cert().getEncoded(), null, sec1, null).key();
        assertEquals(((java.security.interfaces.ECPrivateKey) ec.getPrivate()).getS(), loaded.getS(), "SEC1 EC");

        TclException e = assertThrows(TclException.class, () -> IdentityLoader.load(null, new byte[] {1, 2, 3}, null, pkcs1, null));
        assertEquals("unable to set certificate: not a valid DER encoded X.509 certificate", e.getMessage());
        e = assertThrows(TclException.class, () -> IdentityLoader.load(null, rsaDer, null, new byte[] {48, 3, 2, 1, 0}, null));
        assertEquals("unable to set public key: not a valid DER encoded private key", e.getMessage());
        e = assertThrows(TclException.class, () -> IdentityLoader.load(null, rsaDer, null, null, null));
        assertEquals("unable to set private key: no private key given for the certificate (use -keyfile or -key)", e.getMessage());
    }

    @Test
    void keysEncryptedByTheOpensslCommand() throws Exception {
        assumeTrue(TestPki.opensslAvailable(), "the openssl command is not on PATH");
        String cert = file("c.pem", TestPki.pem(rsaLeaf.cert()));
        String plain = file("plain.pem", TestPki.pem(new JcaPKCS8Generator(rsa.getPrivate(), null).generate()));
        String pkcs8 = dir.resolve("o-pkcs8.pem").toString();
        TestPki.Result r = TestPki.run(null, "openssl", "pkey", "-in", plain, "-aes256", "-passout", "pass:open sesame", "-out", pkcs8);
        assertEquals(0, r.exit(), r.out());
        assertEquals(rsa.getPrivate(), IdentityLoader.load(cert, null, pkcs8, null, new Recorder("open sesame")).key());
        String trad = dir.resolve("o-trad.pem").toString();
        r = TestPki.run(null, "openssl", "rsa", "-in", plain, "-des3", "-traditional", "-passout", "pass:open sesame", "-out", trad);
        assertEquals(0, r.exit(), r.out());
        assertTrue(Files.readString(Path.of(trad)).contains("DEK-Info: DES-EDE3-CBC"));
        assertEquals(rsa.getPrivate(), IdentityLoader.load(cert, null, trad, null, new Recorder("open sesame")).key());
    }

    @Test
    void writerRoundTrip() throws Exception {
        // The PEM writer used by other tests emits what OpenSSL calls "RSA PRIVATE KEY" for a key pair.
        java.io.StringWriter sw = new java.io.StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(sw)) {
            w.writeObject(rsa);
        }
        assertTrue(sw.toString().startsWith("-----BEGIN RSA PRIVATE KEY-----"));
    }
}
