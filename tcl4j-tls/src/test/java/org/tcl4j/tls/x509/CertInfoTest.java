package org.tcl4j.tls.x509;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tcl4j.core.TclDict;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/** The certificate status keys of tls::status, compared with what the openssl command prints. */
class CertInfoTest {
    static TestPki.Issued rsaRoot, ecLeaf;

    @TempDir
    Path dir;

    @BeforeAll
    static void pki() {
        rsaRoot = TestPki.cert("CN=Example Root,OU=Trust \\\"Services\\\"+UID=42,O=Example\\, Inc.,L=Zürich,C=CH", TestPki.rsa())
            .ca(1).build();
        ecLeaf = TestPki.cert("CN=www.example.com,O=Example", TestPki.ec()).issuer(rsaRoot).notCa()
            .keyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement)
            .eku(KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth)
            .dns("www.example.com", "*.example.net").ip("192.0.2.7", "2001:db8::1")
            .ocsp("http://ocsp.example.com/").sigAlg("SHA256withRSA").build();
    }

    private static TclDict dict(TclValue v) throws TclException {
        return v.asDict();
    }

    private static String get(TclValue info, String key) throws TclException {
        TclValue v = dict(info).get(TclValue.of(key));
        return v == null ? null : v.toString();
    }

    @Test
    void keysInTheManualsOrder() throws TclException {
        List<String> keys = new ArrayList<>();
        List<TclValue> items = CertInfo.of(ecLeaf.cert()).asList();
        for (int i = 0; i < items.size(); i += 2) {
            keys.add(items.get(i).toString());
        }
        assertEquals(List.of("all", "version", "serialNumber", "signature", "issuer", "notBefore", "notAfter", "subject",
            "issuerUniqueID", "subjectUniqueID", "num_extensions", "extensions", "authorityKeyIdentifier",
            "subjectKeyIdentifier", "subjectAltName", "ocsp", "certificate", "signatureAlgorithm", "signatureValue",
            "signatureDigest", "publicKeyAlgorithm", "publicKey", "bits", "self_signed", "sha1_hash", "sha256_hash"), keys);
        TclValue brief = CertInfo.of(ecLeaf.cert(), false);
        assertEquals(null, get(brief, "all"), "the verify callback's form has no dump");
        assertEquals(null, get(brief, "certificate"));
    }

    @Test
    void valuesOfALeaf() throws TclException {
        TclValue info = CertInfo.of(ecLeaf.cert());
        assertEquals("3", get(info, "version"));
        assertEquals("sha256WithRSAEncryption", get(info, "signature"));
        assertEquals("sha256WithRSAEncryption", get(info, "signatureAlgorithm"));
        assertEquals("sha256", get(info, "signatureDigest"));
        assertEquals("128", get(info, "bits"), "X509_get_signature_info's security bits of SHA-256");
        assertEquals("id-ecPublicKey", get(info, "publicKeyAlgorithm"));
        assertEquals("O=Example,CN=www.example.com", get(info, "subject"));
        assertEquals("7", get(info, "num_extensions"));
        assertEquals("{X509v3 Basic Constraints} {X509v3 Key Usage} {X509v3 Extended Key Usage} "
            + "{X509v3 Subject Alternative Name} {X509v3 Subject Key Identifier} {X509v3 Authority Key Identifier} "
            + "{Authority Information Access}", get(info, "extensions"),
            "long names, in certificate order");
        assertEquals("DNS:www.example.com DNS:*.example.net {IP Address:192.0.2.7} {IP Address:2001:DB8:0:0:0:0:0:1}",
            get(info, "subjectAltName"));
        assertEquals("http://ocsp.example.com/", get(info, "ocsp"));
        assertEquals("0", get(info, "self_signed"));
        assertEquals("1", get(CertInfo.of(rsaRoot.cert()), "self_signed"));
        assertEquals(get(CertInfo.of(rsaRoot.cert()), "subjectKeyIdentifier"), get(info, "authorityKeyIdentifier"));
        assertTrue(get(info, "sha256_hash").matches("[0-9A-F]{64}"));
        assertTrue(get(info, "certificate").startsWith("-----BEGIN CERTIFICATE-----\n"));
        assertEquals("", get(info, "issuerUniqueID"));
    }

    @Test
    void distinguishedNamesEscapeLikeOpenssl() {
        assertEquals("C=CH,L=Zürich,O=Example\\, Inc.,OU=Trust \\\"Services\\\"+UID=42,CN=Example Root",
            CertInfo.dn(rsaRoot.cert().getSubjectX500Principal()));
    }

    private String pemFile(X509Certificate cert) {
        return TestPki.write(dir, "c" + System.nanoTime() + ".pem", CertInfo.pem(cert)).toString();
    }

    private static String openssl(String... args) {
        TestPki.Result r = TestPki.run(null, args);
        assertEquals(0, r.exit(), r.out());
        return r.out();
    }

    private static String field(String out, String prefix) {
        assertTrue(out.startsWith(prefix), out);
        return out.substring(prefix.length()).trim();
    }

    @Test
    void matchesTheOpensslCommand() throws Exception {
        assumeTrue(TestPki.opensslAvailable(), "the openssl command is not on PATH");
        for (X509Certificate cert : List.of(rsaRoot.cert(), ecLeaf.cert())) {
            String f = pemFile(cert);
            TclValue info = CertInfo.of(cert);
            assertEquals(openssl("openssl", "x509", "-in", f, "-noout", "-text", "-nameopt", "RFC2253,-esc_msb"), get(info, "all"),
                "X509_print_ex with TclTLS's name flags");
            assertEquals(field(openssl("openssl", "x509", "-in", f, "-noout", "-subject", "-nameopt", "RFC2253,-esc_msb"), "subject="),
                get(info, "subject"));
            assertEquals(field(openssl("openssl", "x509", "-in", f, "-noout", "-issuer", "-nameopt", "RFC2253,-esc_msb"), "issuer="),
                get(info, "issuer"));
            assertEquals(field(openssl("openssl", "x509", "-in", f, "-noout", "-serial"), "serial="), get(info, "serialNumber"));
            assertEquals(field(openssl("openssl", "x509", "-in", f, "-noout", "-startdate"), "notBefore="), get(info, "notBefore"));
            assertEquals(field(openssl("openssl", "x509", "-in", f, "-noout", "-enddate"), "notAfter="), get(info, "notAfter"));
            assertEquals(field(openssl("openssl", "x509", "-in", f, "-noout", "-fingerprint", "-sha256"), "sha256 Fingerprint=").replace(":", ""),
                get(info, "sha256_hash"));
            assertEquals(field(openssl("openssl", "x509", "-in", f, "-noout", "-fingerprint", "-sha1"), "sha1 Fingerprint=").replace(":", ""),
                get(info, "sha1_hash"));
            assertEquals(openssl("openssl", "x509", "-in", f), get(info, "certificate"));
        }
    }

    @Test
    void certificatesMadeByOpenssl() throws Exception {
        assumeTrue(TestPki.opensslAvailable(), "the openssl command is not on PATH");
        // 20-byte random serials (printed on their own line) and openssl's own extension choices.
        String key = dir.resolve("k.pem").toString();
        String crt = dir.resolve("c.pem").toString();
        openssl("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-384", "-nodes", "-keyout", key,
            "-out", crt, "-days", "30", "-subj", "/C=DE/O=Ünïcödé GmbH/CN=host.example", "-addext", "subjectAltName=DNS:host.example,IP:::1");
        X509Certificate cert = Pem.certificates(Files.readString(Path.of(crt))).get(0);
        TclValue info = CertInfo.of(cert);
        assertEquals(openssl("openssl", "x509", "-in", crt, "-noout", "-text", "-nameopt", "RFC2253,-esc_msb"), get(info, "all"));
        assertEquals(field(openssl("openssl", "x509", "-in", crt, "-noout", "-serial"), "serial="), get(info, "serialNumber"));
        assertEquals("1", get(info, "self_signed"));
        assertEquals("secp384r1", get(info, "all").lines().filter(l -> l.contains("ASN1 OID")).findFirst().orElse("").replaceAll(".*: ", ""));
        assertFalse(get(info, "subject").contains("\\"), "UTF-8 is not escaped");
    }
}
