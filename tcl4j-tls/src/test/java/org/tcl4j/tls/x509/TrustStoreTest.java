package org.tcl4j.tls.x509;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tcl4j.core.TclException;

/** Where CA certificates come from: -cafile, -cadir, -castore, SSL_CERT_FILE/SSL_CERT_DIR, the system. */
class TrustStoreTest {
    static TestPki.Issued a, b, c;

    @TempDir
    Path dir;

    @BeforeAll
    static void pki() {
        a = TestPki.cert("CN=Alpha CA,O=Example\\, Inc.,C=US", TestPki.ec()).ca(-1).build();
        b = TestPki.root("Beta CA", TestPki.ec());
        c = TestPki.root("Gamma CA", TestPki.ec());
    }

    private String file(String name, String text) {
        return TestPki.write(dir, name, text).toString();
    }

    @Test
    void cafileIsAPemBundle() throws TclException {
        String bundle = file("bundle.pem", "# comment lines are allowed\n" + TestPki.pem(a.cert(), b.cert()));
        TrustStore ts = TrustStore.load(bundle, null, null, Map.of());
        assertEquals(List.of(a.cert(), b.cert()), ts.certificates());
        assertEquals(List.of("C=US,O=Example\\, Inc.,CN=Alpha CA", "CN=Beta CA"), ts.caNames());
        assertEquals(List.of(a.cert()), ts.bySubject(a.cert().getSubjectX500Principal()));
    }

    @Test
    void cadirReadsEveryCertificateFileAndSkipsOthers() throws Exception {
        Path d = Files.createDirectory(dir.resolve("certs"));
        TestPki.write(d, "1a2b3c4d.0", TestPki.pem(a.cert()));
        TestPki.write(d, "beta.crt", TestPki.pem(b.cert()));
        TestPki.write(d, "README", "not a certificate");
        Files.createDirectory(d.resolve("sub"));
        TrustStore ts = TrustStore.load(null, d.toString(), "", Map.of());
        assertEquals(List.of(a.cert(), b.cert()), ts.certificates());
    }

    @Test
    void cafileAndCadirTogetherAreBothUsed() throws Exception {
        Path d = Files.createDirectory(dir.resolve("certs"));
        TestPki.write(d, "c.pem", TestPki.pem(c.cert(), a.cert()));
        String f = file("a.pem", TestPki.pem(a.cert()));
        TrustStore ts = TrustStore.load(f, d.toString(), null, Map.of());
        assertEquals(List.of(a.cert(), c.cert()), ts.certificates(), "duplicates are dropped");
    }

    @Test
    void castoreForms() throws Exception {
        String pem = file("store.pem", TestPki.pem(b.cert()));
        assertEquals(List.of(b.cert()), TrustStore.load(null, null, pem, Map.of()).certificates(), "a plain path");
        assertEquals(List.of(b.cert()), TrustStore.load(null, null, "file:" + pem, Map.of()).certificates(), "file:/path");
        assertEquals(List.of(b.cert()), TrustStore.load(null, null, "file://" + pem, Map.of()).certificates(), "file:///path");
        assertEquals(List.of(b.cert()), TrustStore.load(null, null, "file:" + dir, Map.of()).certificates(), "a directory");

        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setCertificateEntry("gamma", c.cert());
        Path p12 = dir.resolve("trust.p12");
        try (OutputStream out = Files.newOutputStream(p12)) {
            ks.store(out, "changeit".toCharArray());
        }
        assertEquals(List.of(c.cert()), TrustStore.load(null, null, "pkcs12:" + p12 + "?password=changeit", Map.of()).certificates());

        KeyStore jks = KeyStore.getInstance("JKS");
        jks.load(null, null);
        jks.setCertificateEntry("alpha", a.cert());
        Path jksFile = dir.resolve("trust.jks");
        try (OutputStream out = Files.newOutputStream(jksFile)) {
            jks.store(out, "pw".toCharArray());
        }
        assertEquals(List.of(a.cert()), TrustStore.load(null, null, "jks:" + jksFile + "?password=pw", Map.of()).certificates());
        assertEquals(List.of(a.cert()), TrustStore.load(null, null, jksFile.toString(), Map.of()).certificates(),
            "a .jks path, read without a password (JKS does not encrypt certificates)");

        TclException e = assertThrows(TclException.class, () -> TrustStore.load(null, null, "org.openssl.winstore://", Map.of()));
        assertEquals("unsupported -castore URI \"org.openssl.winstore://\": use a file or directory path, file:, jks: or pkcs12:", e.getMessage());
    }

    @Test
    void missingFilesAreClearErrors() {
        String nope = dir.resolve("nope.pem").toString();
        TclException e = assertThrows(TclException.class, () -> TrustStore.load(nope, null, null, Map.of()));
        assertEquals("unable to read -cafile \"" + nope + "\": no such file or directory", e.getMessage());
        assertEquals("TLS CA", e.errorCode().toString());
        e = assertThrows(TclException.class, () -> TrustStore.load(null, nope, null, Map.of()));
        assertEquals("unable to read -cadir \"" + nope + "\": no such file or directory", e.getMessage());
        e = assertThrows(TclException.class, () -> TrustStore.load(dir.toString(), null, null, Map.of()));
        assertEquals("unable to read -cafile \"" + dir + "\": illegal operation on a directory", e.getMessage());
    }

    @Test
    void environmentNamesTheDefaultStoreAndItIsLoadedOnce() throws TclException {
        String f = file("env.pem", TestPki.pem(c.cert()));
        Map<String, String> env = Map.of("SSL_CERT_FILE", f);
        TrustStore first = TrustStore.load(null, null, null, env);
        assertEquals(List.of(c.cert()), first.certificates());
        assertSame(first, TrustStore.load("", "", "", env), "the default store is cached");
    }

    @Test
    void systemDefaultStoreIsCachedForTheProcess() throws TclException {
        TrustStore sys = TrustStore.load(null, null, null, Map.of());
        assertFalse(sys.certificates().isEmpty(), "the OS bundle or the JDK cacerts has CAs");
        assertSame(sys, TrustStore.load(null, null, null, Map.of()), "parsed once, then shared");
    }

    @Test
    void systemBundleIsPreferredWhenPresent() throws TclException {
        assumeTrue(Files.isReadable(Path.of("/etc/ssl/certs/ca-certificates.crt")), "no Debian-style CA bundle here");
        assertEquals("system bundle /etc/ssl/certs/ca-certificates.crt", TrustStore.load(null, null, null, Map.of()).description());
    }

    @Test
    void explicitFilesAreReReadWhenTheyChange() throws Exception {
        String f = file("changing.pem", TestPki.pem(a.cert()));
        assertEquals(List.of(a.cert()), TrustStore.load(f, null, null, Map.of()).certificates());
        Files.writeString(Path.of(f), TestPki.pem(a.cert(), b.cert()));
        Files.setLastModifiedTime(Path.of(f), FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertEquals(List.of(a.cert(), b.cert()), TrustStore.load(f, null, null, Map.of()).certificates());
    }
}
