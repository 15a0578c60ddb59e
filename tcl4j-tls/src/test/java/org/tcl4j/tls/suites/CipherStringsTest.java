package org.tcl4j.tls.suites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCryptoProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tcl4j.core.TclException;

/**
 * {@code -cipher} strings mean what they mean to OpenSSL: each case runs the
 * same string through {@code openssl ciphers -v} and compares the suites
 * (those our engine has) and their order. BouncyCastle's own JCA provider is
 * used here so that Camellia, ARIA, CCM and ChaCha20 suites take part too.
 */
class CipherStringsTest {
    @BeforeAll
    static void widestCatalog() {
        CipherCatalog.useCrypto(new JcaTlsCryptoProvider().setProvider(new BouncyCastleProvider())
                .create(new SecureRandom()));
    }

    @AfterAll
    static void defaultCatalog() {
        CipherCatalog.useCrypto(null);
    }

    /** Strings covering every alias, the prefixes, '+' combinations, @-commands and syntax errors. */
    private static final String[] CASES = {
        "DEFAULT", "ALL", "ALL:COMPLEMENTOFALL", "COMPLEMENTOFALL", "COMPLEMENTOFDEFAULT",
        "HIGH", "MEDIUM", "LOW", "FIPS", "HIGH:!aNULL", "HIGH:!aNULL:!MD5:!RC4",
        "ECDHE", "EECDH", "kECDHE", "kEECDH", "ECDH", "DHE", "EDH", "kDHE", "kEDH", "DH", "ADH", "AECDH",
        "aRSA", "aECDSA", "ECDSA", "aDSS", "DSS", "aNULL", "kRSA", "RSA", "PSK", "SRP", "kPSK", "aPSK",
        "AES", "AES128", "AES256", "AESGCM", "AESCCM", "AESCCM8", "CHACHA20", "CAMELLIA", "CAMELLIA128",
        "CAMELLIA256", "ARIA", "ARIA128", "ARIA256", "ARIAGCM", "CBC", "3DES", "RC4", "SEED", "IDEA",
        "SHA", "SHA1", "SHA256", "SHA384", "MD5", "NULL", "eNULL",
        "TLSv1.2", "TLSv1", "TLSv1.0", "SSLv3", "SSLv3+TLSv1.2", "TLSv1.2+SHA256",
        "ECDHE+AESGCM", "ECDHE+AES:DHE+AES", "ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM:DHE+CHACHA20",
        "ECDHE+AES+SHA1", "HIGH+AESGCM", "HIGH+FIPS", "COMPLEMENTOFDEFAULT+HIGH", "AESGCM+SHA384",
        "DEFAULT:!DHE", "DEFAULT:@STRENGTH", "ALL:@STRENGTH", "DEFAULT:!kRSA:!SHA1", "DEFAULTS", "ALL:DEFAULT",
        "AES128-SHA:AES256-SHA", "AES256-SHA:AES128-SHA", "TLS_RSA_WITH_AES_128_CBC_SHA",
        "AES128-SHA,AES256-SHA", "AES128-SHA AES256-SHA", "AES128-SHA;AES256-SHA", "::AES128-SHA::",
        "ALL:-AES:AES", "ALL:!AES:AES", "ALL:+AES", "ALL:+kRSA", "AES:-ECDHE:ECDHE", "kRSA:+AES256",
        "ALL:+SHA1", "SHA256:eNULL", "eNULL:SHA256", "ALL:eNULL", "eNULL:ALL", "ECDHE:eNULL:@STRENGTH",
        "ALL:!ECDHE+AESGCM", "-ALL:AES128-SHA", "!ALL:AES128-SHA", "+AES", "-AES:ALL",
        "ECDHE-RSA-AES128-GCM-SHA256+AESGCM", "AES128-SHA+kRSA", "AES128-SHA+kDHE", "AES128-SHA+SSLv3",
        "bogus", "bogus:AES128-SHA", "bogus+AES:AES256-SHA", "TLS_AES_128_GCM_SHA256",
        "ALL:!", "ALL:(x)", "AES+", "@STRENGTH", "ALL:@SECLEVEL=3", "ALL:@SECLEVEL=9", "ALL:@FOO",
        "ALL:@SECLEVEL=3x", "ALL:@STRENGTHS", "aes", "ALL:@SECLEVEL=0:@SECLEVEL=4",
        "ECDHE:!ECDSA:@STRENGTH:+SHA1", "ALL:-ECDHE:+DHE:ECDHE+AES256", "DHE:-DHE:ECDHE:DHE",
    };

    @Test
    void matchesOpenSslOnEveryCase() throws TclException {
        assumeTrue(OpenSsl.available(), "openssl 3 not installed");
        List<String> failures = new ArrayList<>();
        for (String spec : CASES) {
            compare(spec, failures);
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /**
     * Random strings from the same words (fixed seed, so a failure repeats):
     * combinations nobody would write by hand still order as OpenSSL does.
     */
    @Test
    void matchesOpenSslOnRandomStrings() throws TclException {
        assumeTrue(OpenSsl.available(), "openssl 3 not installed");
        String[] words = {"ALL", "DEFAULT", "COMPLEMENTOFDEFAULT", "HIGH", "ECDHE", "DHE", "kRSA", "aRSA", "aECDSA",
            "DSS", "aNULL", "eNULL", "NULL", "AES", "AES128", "AES256", "AESGCM", "AESCCM", "CHACHA20", "CAMELLIA",
            "ARIA", "SHA1", "SHA256", "SHA384", "TLSv1.2", "TLSv1", "SSLv3", "FIPS", "AES128-SHA",
            "ECDHE-ECDSA-AES256-GCM-SHA384", "NULL-SHA256", "DHE-DSS-AES128-SHA", "ADH-AES128-SHA"};
        String[] prefixes = {"", "", "", "!", "-", "+"};
        java.util.Random rnd = new java.util.Random(20240601);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            StringBuilder spec = new StringBuilder();
            int n = 1 + rnd.nextInt(5);
            for (int j = 0; j < n; j++) {
                if (j > 0) {
                    spec.append(':');
                }
                spec.append(prefixes[rnd.nextInt(prefixes.length)]);
                spec.append(words[rnd.nextInt(words.length)]);
                if (rnd.nextInt(4) == 0) {
                    spec.append('+').append(words[rnd.nextInt(words.length)]);
                }
                if (rnd.nextInt(10) == 0) {
                    spec.append(":@STRENGTH");
                }
            }
            compare(spec.toString(), failures);
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static void compare(String spec, List<String> failures) {
        List<String> expected = new ArrayList<>();
        for (String line : OpenSsl.ciphers(false, "--", spec)) {
            expected.add(line.split(" ", 2)[0]);
        }
        List<String> actual = new ArrayList<>();
        try {
            for (CipherSuiteInfo s : CipherStrings.parse(spec).suites()) {
                actual.add(s.name());
            }
        } catch (TclException e) {
            actual.add(e.getMessage());
            if (expected.isEmpty()) {
                actual.clear();
            }
        }
        if (!expected.equals(actual)) {
            failures.add(spec + "\n  openssl: " + expected + "\n  ours:    " + actual);
        }
    }

    @Test
    void everyDescriptionIsOpenSslsLine() {
        assumeTrue(OpenSsl.available(), "openssl 3 not installed");
        List<String> lines = OpenSsl.ciphers(false, "ALL:COMPLEMENTOFALL");
        assertTrue(lines.size() > 60, "catalog with BC provider has many suites: " + lines.size());
        for (String line : lines) {
            CipherSuiteInfo s = CipherCatalog.byName(line.split(" ", 2)[0]);
            assertEquals(line, s.description());
        }
        List<String> tls13 = OpenSsl.ciphers(true, "-ciphersuites",
                "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:"
                + "TLS_AES_128_CCM_SHA256:TLS_AES_128_CCM_8_SHA256", "AES128-SHA");
        assertEquals(6, tls13.size());
        for (String line : tls13) {
            assertEquals(line, CipherCatalog.byName(line.split(" ", 2)[0]).description());
        }
    }

    @Test
    void standardNamesAreOpenSsls() {
        assumeTrue(OpenSsl.available(), "openssl 3 not installed");
        OpenSsl.Result r = OpenSsl.run("ciphers", "-stdname", "ALL:COMPLEMENTOFALL");
        int checked = 0;
        for (String line : r.lines()) {
            // "TLS_RSA_WITH_AES_128_CBC_SHA - AES128-SHA  SSLv3 Kx=..."
            String[] w = line.trim().split("\\s+");
            CipherSuiteInfo s = CipherCatalog.byName(w[2]);
            if (s != null) {
                assertEquals(w[0], s.standardName(), w[2]);
                assertEquals(s, CipherCatalog.byName(w[0]));
                checked++;
            }
        }
        assertTrue(checked > 60);
    }

    @Test
    void securityLevelsFilterAsOpenSsl() throws TclException {
        assumeTrue(OpenSsl.available(), "openssl 3 not installed");
        List<CipherSuiteInfo> every = new ArrayList<>(CipherStrings.defaultTls13());
        every.addAll(CipherStrings.parse("ALL:COMPLEMENTOFALL").suites());
        for (int level = 0; level <= 5; level++) {
            List<String> expected = OpenSsl.ciphers(true, "-s", "ALL:COMPLEMENTOFALL:@SECLEVEL=" + level);
            List<String> actual = new ArrayList<>();
            for (CipherSuiteInfo s : every) {
                if (SecurityLevel.allows(level, s)) {
                    actual.add(s.description());
                }
            }
            assertEquals(expected, actual, "level " + level);
        }
    }

    @Test
    void supportedPerProtocolAsOpenSsl() {
        assumeTrue(OpenSsl.available(), "openssl 3 not installed");
        String[][] flags = {{"-tls1", "tls1"}, {"-tls1_1", "tls1.1"}, {"-tls1_2", "tls1.2"}, {"-tls1_3", "tls1.3"}};
        for (String[] f : flags) {
            Protocol p = Protocol.byTclName(f[1]);
            List<String> expected = OpenSsl.ciphers(true, "-s", f[0]);
            List<String> actual = new ArrayList<>();
            for (CipherSuiteInfo s : CipherStrings.defaultList()) {
                if (s.usableWith(p) && SecurityLevel.allows(SecurityLevel.DEFAULT, s)) {
                    actual.add(s.description());
                }
            }
            assertEquals(expected, actual, f[1]);
        }
    }

    @Test
    void defaultListIsOpenSsls() {
        assumeTrue(OpenSsl.available(), "openssl 3 not installed");
        List<String> actual = new ArrayList<>();
        for (CipherSuiteInfo s : CipherStrings.defaultList()) {
            actual.add(s.description());
        }
        assertEquals(OpenSsl.ciphers(true), actual);
    }

    @Test
    void secLevelCommandIsReported() throws TclException {
        assertNull(CipherStrings.parse("HIGH").securityLevel());
        assertEquals(3, CipherStrings.parse("HIGH:@SECLEVEL=3").securityLevel());
        assertEquals(0, CipherStrings.parse("@SECLEVEL=0:ALL:eNULL").securityLevel());
        assertThrows(TclException.class, () -> CipherStrings.parse("ALL:@SECLEVEL=6"));
    }

    @Test
    void emptyMeansDefault() throws TclException {
        assertEquals(CipherStrings.defaultTls12(), CipherStrings.parse("").suites());
        assertEquals(CipherStrings.defaultTls13(), CipherStrings.parseTls13(""));
    }

    @Test
    void tls13SuitesByName() throws TclException {
        assertEquals(List.of("TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384"),
                names(CipherStrings.parseTls13("TLS_AES_128_GCM_SHA256:bogus: TLS_AES_256_GCM_SHA384 :TLS_AES_128_GCM_SHA256")));
        assertEquals(List.of("TLS_AES_128_CCM_8_SHA256"), names(CipherStrings.parseTls13("TLS_AES_128_CCM_8_SHA256")));
        TclException e = assertThrows(TclException.class, () -> CipherStrings.parseTls13("bogus"));
        assertEquals("Set cipher suites failed: No valid cipher suites", e.getMessage());
        // TLS 1.2 suites and OpenSSL-style names are not TLS 1.3 suites; case matters.
        assertThrows(TclException.class, () -> CipherStrings.parseTls13("ECDHE-RSA-AES128-GCM-SHA256"));
        assertThrows(TclException.class, () -> CipherStrings.parseTls13("tls_aes_128_gcm_sha256"));
    }

    @Test
    void tls13ListsAsOpenSsl() throws TclException {
        assumeTrue(OpenSsl.available(), "openssl 3 not installed");
        String spec = "TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_CCM_SHA256:TLS_AES_256_GCM_SHA384";
        List<String> expected = new ArrayList<>();
        for (String line : OpenSsl.ciphers(true, "-ciphersuites", spec, "AES128-SHA")) {
            if (line.contains("TLSv1.3")) {
                expected.add(line.split(" ", 2)[0]);
            }
        }
        assertEquals(expected, names(CipherStrings.parseTls13(spec)));
    }

    private static List<String> names(List<CipherSuiteInfo> suites) {
        List<String> out = new ArrayList<>();
        for (CipherSuiteInfo s : suites) {
            out.add(s.name());
        }
        return out;
    }
}
