package org.tcl4j.tls.x509;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verification with OpenSSL's words: each case states the error code, depth and the verify-callback
 * calls that OpenSSL 3.0 reports, and, when the openssl command is on PATH, checks that the live
 * openssl reports exactly the same (openssl verify for the first error, s_server + s_client for the
 * callback calls).
 */
class VerifierTest {
    static TestPki.Issued root, inter, leaf, otherRoot;

    @TempDir
    Path dir;

    @BeforeAll
    static void pki() {
        root = TestPki.root("Root CA", TestPki.rsa());
        inter = TestPki.intermediate("Inter CA", TestPki.ec(), root);
        leaf = TestPki.server("www.example.com", TestPki.ec(), inter, "www.example.com", "alt.example.com");
        otherRoot = TestPki.root("Other Root", TestPki.ec());
    }

    /** A chain as a peer sends it, the trust store, the name to check, and what OpenSSL says. */
    private void check(String why, List<TestPki.Issued> sent, List<X509Certificate> trusted, String name,
                       String firstError, List<String> calls) throws Exception {
        List<X509Certificate> chain = new ArrayList<>();
        for (TestPki.Issued i : sent) {
            chain.add(i.cert());
        }
        VerifyResult r = new Verifier(TrustStore.of(trusted), name, true).verify(chain, new Date());
        assertEquals(firstError, OpensslOracle.first(r), why);
        assertEquals(calls, OpensslOracle.calls(r), why);
        assertEquals(firstError.startsWith("0 "), r.ok(), why);
        if (TestPki.opensslAvailable()) {
            OpensslOracle openssl = new OpensslOracle(dir);
            assertEquals(openssl.firstError(chain, trusted, "sslserver", name), OpensslOracle.first(r), why + " (openssl verify)");
            assertEquals(openssl.callbackCalls(chain, sent.get(0).key(), trusted, name), OpensslOracle.calls(r), why + " (s_client)");
        }
    }

    @Test
    void validChainCallsFromTheRootDown() throws Exception {
        check("leaf + intermediate sent, root trusted", List.of(leaf, inter), List.of(root.cert()), "www.example.com",
            "0 -1 ok", List.of("2 ok", "1 ok", "0 ok", "result 0"));
        check("intermediate found in the trust store", List.of(leaf), List.of(root.cert(), inter.cert()), "alt.example.com",
            "0 -1 ok", List.of("2 ok", "1 ok", "0 ok", "result 0"));
        check("peer also sends the root", List.of(leaf, inter, root), List.of(root.cert()), null,
            "0 -1 ok", List.of("2 ok", "1 ok", "0 ok", "result 0"));
    }

    @Test
    void missingIntermediate() throws Exception {
        check("the server forgot its intermediate", List.of(leaf), List.of(root.cert()), null,
            "20 0 unable to get local issuer certificate",
            List.of("0 fail 20", "0 fail 21", "0 ok", "result 21"));
    }

    @Test
    void trustedIntermediateWithoutItsRoot() throws Exception {
        check("only the intermediate is trusted", List.of(leaf), List.of(inter.cert()), null,
            "2 1 unable to get issuer certificate", List.of("1 fail 2", "0 ok", "result 2"));
        check("trusted intermediate, and the peer sends a root we do not trust", List.of(leaf, inter, root), List.of(inter.cert()), null,
            "2 1 unable to get issuer certificate", List.of("1 fail 2", "0 ok", "result 2"));
    }

    @Test
    void selfSignedLeaf() throws Exception {
        KeyPair kp = TestPki.ec();
        TestPki.Issued ss = TestPki.cert("CN=www.example.com", kp).dns("www.example.com").build();
        check("untrusted self-signed", List.of(ss), List.of(root.cert()), "www.example.com",
            "18 0 self-signed certificate", List.of("0 fail 18", "0 ok", "result 18"));
        check("trusted self-signed", List.of(ss), List.of(ss.cert()), "www.example.com",
            "0 -1 ok", List.of("0 ok", "result 0"));
    }

    @Test
    void untrustedRootInTheChain() throws Exception {
        check("chain ends in a root we do not trust", List.of(leaf, inter, root), List.of(otherRoot.cert()), null,
            "19 2 self-signed certificate in certificate chain",
            List.of("2 fail 19", "2 ok", "1 ok", "0 ok", "result 19"));
    }

    @Test
    void expiredAndNotYetValid() throws Exception {
        Instant now = Instant.now();
        TestPki.Issued expired = TestPki.cert("CN=www.example.com", TestPki.ec()).issuer(inter).notCa()
            .eku(KeyPurposeId.id_kp_serverAuth).dns("www.example.com")
            .valid(now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1))).build();
        check("expired leaf", List.of(expired, inter), List.of(root.cert()), "www.example.com",
            "10 0 certificate has expired", List.of("2 ok", "1 ok", "0 fail 10", "0 ok", "result 10"));

        TestPki.Issued future = TestPki.cert("CN=Future CA", TestPki.ec()).issuer(root).ca(-1)
            .valid(now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(30))).build();
        TestPki.Issued under = TestPki.server("www.example.com", TestPki.ec(), future, "www.example.com");
        check("intermediate not yet valid", List.of(under, future), List.of(root.cert()), null,
            "9 1 certificate is not yet valid", List.of("2 ok", "1 fail 9", "1 ok", "0 ok", "result 9"));
    }

    @Test
    void signaturesAreReallyVerified() throws Exception {
        // Same issuer name and key identifier as the intermediate, but signed by another key.
        TestPki.Issued impostor = TestPki.cert("CN=Inter CA", TestPki.ec()).ca(-1).build();
        TestPki.Issued forged = TestPki.cert("CN=www.example.com", TestPki.ec()).issuer(impostor).noKeyIds().notCa()
            .dns("www.example.com").build();
        check("leaf signed by the wrong key", List.of(forged, inter), List.of(root.cert()), null,
            "7 0 certificate signature failure", List.of("2 ok", "1 ok", "0 fail 7", "0 ok", "result 7"));
    }

    @Test
    void issuersMustBeCas() throws Exception {
        TestPki.Issued notCa = TestPki.cert("CN=Not A CA", TestPki.ec()).issuer(root).notCa().build();
        TestPki.Issued below = TestPki.server("www.example.com", TestPki.ec(), notCa, "www.example.com");
        check("intermediate with CA:FALSE", List.of(below, notCa), List.of(root.cert()), null,
            "79 1 invalid CA certificate",
            List.of("1 fail 79", "1 fail 26", "2 ok", "1 ok", "0 ok", "result 26"));

        TestPki.Issued noSign = TestPki.cert("CN=No CertSign CA", TestPki.ec()).issuer(root).ca(-1)
            .keyUsage(KeyUsage.digitalSignature).build();
        TestPki.Issued below2 = TestPki.server("www.example.com", TestPki.ec(), noSign, "www.example.com");
        check("intermediate whose keyUsage lacks keyCertSign", List.of(below2, noSign), List.of(root.cert()), null,
            "79 1 invalid CA certificate",
            List.of("1 fail 79", "1 fail 26", "2 ok", "1 ok", "1 fail 32", "0 ok", "result 32"));
    }

    @Test
    void pathLengthConstraint() throws Exception {
        TestPki.Issued strictRoot = TestPki.cert("CN=Strict Root", TestPki.ec()).ca(0).build();
        TestPki.Issued mid = TestPki.intermediate("Mid CA", TestPki.ec(), strictRoot);
        TestPki.Issued end = TestPki.server("www.example.com", TestPki.ec(), mid, "www.example.com");
        check("root allows no intermediate", List.of(end, mid), List.of(strictRoot.cert()), null,
            "25 2 path length constraint exceeded",
            List.of("2 fail 25", "2 ok", "1 ok", "0 ok", "result 25"));
    }

    @Test
    void extendedKeyUsageMustAllowTheRole() throws Exception {
        TestPki.Issued clientOnly = TestPki.cert("CN=www.example.com", TestPki.ec()).issuer(inter).notCa()
            .eku(KeyPurposeId.id_kp_clientAuth).dns("www.example.com").build();
        check("a client certificate used by a server", List.of(clientOnly, inter), List.of(root.cert()), null,
            "26 0 unsuitable certificate purpose",
            List.of("0 fail 26", "2 ok", "1 ok", "0 ok", "result 26"));

        VerifyResult asClient = new Verifier(TrustStore.of(List.of(root.cert())), null, false)
            .verify(List.of(clientOnly.cert(), inter.cert()), new Date());
        assertTrue(asClient.ok(), "the same certificate is fine for a client");
        VerifyResult serverAsClient = new Verifier(TrustStore.of(List.of(root.cert())), null, false)
            .verify(List.of(leaf.cert(), inter.cert()), new Date());
        assertEquals("26 0 unsuitable certificate purpose", OpensslOracle.first(serverAsClient));
        if (TestPki.opensslAvailable()) {
            assertEquals(new OpensslOracle(dir).firstError(List.of(leaf.cert(), inter.cert()), List.of(root.cert()), "sslclient", null),
                OpensslOracle.first(serverAsClient));
        }
    }

    @Test
    void hostNameMismatchKeepsItsErrorInLaterCalls() throws Exception {
        check("wrong host", List.of(leaf, inter), List.of(root.cert()), "other.example.com",
            "62 0 hostname mismatch", List.of("0 fail 62", "2 ok", "1 ok", "0 ok", "result 62"));
        VerifyResult r = new Verifier(TrustStore.of(List.of(root.cert())), "other.example.com", true)
            .verify(List.of(leaf.cert(), inter.cert()), new Date());
        CertCheck last = r.checks().get(r.checks().size() - 1);
        assertTrue(last.status());
        assertEquals("hostname mismatch", last.error(), "OpenSSL keeps the error in the context for status-1 calls");
    }

    @Test
    void ipAddressesMatchOnlyIpSans() throws Exception {
        TestPki.Issued byIp = TestPki.cert("CN=127.0.0.1", TestPki.ec()).issuer(inter).notCa()
            .eku(KeyPurposeId.id_kp_serverAuth).ip("127.0.0.1", "::1").dns("localhost").build();
        check("IPv4 literal", List.of(byIp, inter), List.of(root.cert()), "127.0.0.1",
            "0 -1 ok", List.of("2 ok", "1 ok", "0 ok", "result 0"));
        check("IPv6 literal", List.of(byIp, inter), List.of(root.cert()), "::1",
            "0 -1 ok", List.of("2 ok", "1 ok", "0 ok", "result 0"));
        check("another address", List.of(byIp, inter), List.of(root.cert()), "10.0.0.1",
            "64 0 IP address mismatch", List.of("0 fail 64", "2 ok", "1 ok", "0 ok", "result 64"));
        TestPki.Issued cnOnly = TestPki.cert("CN=10.0.0.1", TestPki.ec()).issuer(inter).notCa().build();
        check("an IP in the CN does not count", List.of(cnOnly, inter), List.of(root.cert()), "10.0.0.1",
            "64 0 IP address mismatch", List.of("0 fail 64", "2 ok", "1 ok", "0 ok", "result 64"));
    }

    @Test
    void commonNameOnlyWithoutDnsSans() throws Exception {
        TestPki.Issued cnOnly = TestPki.cert("CN=www.example.com", TestPki.ec()).issuer(inter).notCa().build();
        check("no SAN: the CN is used", List.of(cnOnly, inter), List.of(root.cert()), "www.example.com",
            "0 -1 ok", List.of("2 ok", "1 ok", "0 ok", "result 0"));
        TestPki.Issued sanElse = TestPki.cert("CN=www.example.com", TestPki.ec()).issuer(inter).notCa().dns("api.example.com").build();
        check("a dNSName SAN hides the CN", List.of(sanElse, inter), List.of(root.cert()), "www.example.com",
            "62 0 hostname mismatch", List.of("0 fail 62", "2 ok", "1 ok", "0 ok", "result 62"));
    }

    @Test
    void wildcards() throws Exception {
        TestPki.Issued wild = TestPki.cert("CN=wild", TestPki.ec()).issuer(inter).notCa().dns("*.example.com").build();
        check("one label", List.of(wild, inter), List.of(root.cert()), "WWW.Example.COM",
            "0 -1 ok", List.of("2 ok", "1 ok", "0 ok", "result 0"));
        check("not the bare domain", List.of(wild, inter), List.of(root.cert()), "example.com",
            "62 0 hostname mismatch", List.of("0 fail 62", "2 ok", "1 ok", "0 ok", "result 62"));
        check("not two labels", List.of(wild, inter), List.of(root.cert()), "a.b.example.com",
            "62 0 hostname mismatch", List.of("0 fail 62", "2 ok", "1 ok", "0 ok", "result 62"));
        assertTrue(Verifier.nameMatches("*.example.com", "www.example.com"));
        assertFalse(Verifier.nameMatches("*.com", "example.com"), "a wildcard needs two labels under it");
        assertFalse(Verifier.nameMatches("w*.example.com", "www.example.com"), "no partial-label wildcards");
        assertFalse(Verifier.nameMatches("*.*.example.com", "a.b.example.com"));
    }
}
