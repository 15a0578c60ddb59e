package org.tcl4j.tls.suites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.ProtocolVersion;
import org.junit.jupiter.api.Test;
import org.tcl4j.core.TclException;

/** Protocol names, the catalog's facts about a suite, and security levels. */
class SuitesTest {
    @Test
    void protocolNames() {
        assertEquals("tls1.2", Protocol.TLS1_2.tclName());
        assertEquals("TLS1.2", Protocol.TLS1_2.statusName());
        assertEquals("TLSv1.2", Protocol.TLS1_2.opensslName());
        assertEquals("TLS1", Protocol.TLS1.statusName());
        assertEquals("TLSv1", Protocol.TLS1.opensslName());
        assertEquals("SSL3", Protocol.SSL3.statusName());
        assertSame(Protocol.TLS1_1, Protocol.byTclName("tls1.1"));
        assertNull(Protocol.byTclName("TLS1.1"));
        assertSame(Protocol.TLS1_3, Protocol.of(ProtocolVersion.TLSv13));
        assertSame(Protocol.TLS1, Protocol.of(ProtocolVersion.TLSv10));
        assertNull(Protocol.of(ProtocolVersion.DTLSv12));
        assertNull(Protocol.SSL2.version());
        assertSame(Protocol.TLS1_2, Protocol.ofWire(0x0303));
        assertEquals(List.of(Protocol.TLS1, Protocol.TLS1_1, Protocol.TLS1_2, Protocol.TLS1_3), Protocol.supportedList());
        assertEquals(List.of("ssl2", "ssl3", "tls1", "tls1.1", "tls1.2", "tls1.3"), List.of(Protocol.tclNames()));
    }

    @Test
    void cipherInfoOfOneSuite() {
        CipherSuiteInfo s = CipherCatalog.byCode(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256);
        assertSame(s, CipherCatalog.byName("ECDHE-RSA-AES128-GCM-SHA256"));
        assertSame(s, CipherCatalog.byName("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"));
        assertEquals("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", s.standardName());
        assertEquals(128, s.algBits());
        assertEquals(128, s.secretBits());
        assertSame(Protocol.TLS1_2, s.minVersion());
        assertTrue(s.aead());
        assertEquals(0x0300C02FL, s.opensslId());
        assertEquals(50380847L, s.opensslId());
        assertEquals("SHA256", s.handshakeDigest());
        assertEquals("ECDHE-RSA-AES128-GCM-SHA256    TLSv1.2 Kx=ECDH     Au=RSA   Enc=AESGCM(128)            Mac=AEAD",
                s.description());

        CipherSuiteInfo old = CipherCatalog.byName("ECDHE-ECDSA-AES256-SHA");
        assertEquals("MD5-SHA1", old.handshakeDigest());
        assertFalse(old.aead());
        assertSame(Protocol.TLS1, old.minVersion());
        assertTrue(old.usableWith(Protocol.TLS1_2));
        assertFalse(old.usableWith(Protocol.TLS1_3));
        assertEquals("SHA384", CipherCatalog.byName("TLS_AES_256_GCM_SHA384").handshakeDigest());
        assertEquals("SHA384", CipherCatalog.byName("ECDHE-RSA-AES256-SHA384").handshakeDigest());
        assertNull(CipherCatalog.byName("PSK-AES128-CBC-SHA"), "PSK suites cannot be configured in TclTLS");
        assertNull(CipherCatalog.byName("ecdhe-rsa-aes128-gcm-sha256"));
    }

    @Test
    void catalogStartsWithTls13AndHasNoDuplicates() {
        List<CipherSuiteInfo> all = CipherCatalog.all();
        assertTrue(all.get(0).isTls13());
        assertEquals(all.size(), all.stream().map(CipherSuiteInfo::code).distinct().count());
        int firstOld = 0;
        while (all.get(firstOld).isTls13()) {
            firstOld++;
        }
        for (int i = firstOld; i < all.size(); i++) {
            assertFalse(all.get(i).isTls13(), all.get(i).name());
        }
    }

    @Test
    void securityLevelsForSuites() {
        CipherSuiteInfo gcm = CipherCatalog.byName("ECDHE-RSA-AES128-GCM-SHA256");
        CipherSuiteInfo sha1 = CipherCatalog.byName("ECDHE-RSA-AES256-SHA");
        CipherSuiteInfo rsa = CipherCatalog.byName("AES256-GCM-SHA384");
        CipherSuiteInfo anon = CipherCatalog.byName("ADH-AES256-GCM-SHA384");
        assertTrue(SecurityLevel.allows(3, gcm));
        assertFalse(SecurityLevel.allows(4, gcm), "128 bits < 192");
        assertTrue(SecurityLevel.allows(3, sha1));
        assertFalse(SecurityLevel.allows(4, sha1), "SHA-1 MAC above 160 bits");
        assertTrue(SecurityLevel.allows(2, rsa));
        assertFalse(SecurityLevel.allows(3, rsa), "level 3 needs forward secrecy");
        assertFalse(SecurityLevel.allows(1, anon));
        assertTrue(SecurityLevel.allows(0, anon));
        assertTrue(SecurityLevel.allows(5, CipherCatalog.byName("TLS_AES_256_GCM_SHA384")));
        assertFalse(SecurityLevel.allows(4, CipherCatalog.byName("TLS_AES_128_GCM_SHA256")));
    }

    @Test
    void securityLevelsForProtocolsAndKeys() throws TclException {
        assertTrue(SecurityLevel.allowsProtocol(0, Protocol.TLS1));
        assertFalse(SecurityLevel.allowsProtocol(1, Protocol.TLS1));
        assertFalse(SecurityLevel.allowsProtocol(2, Protocol.TLS1_1));
        assertTrue(SecurityLevel.allowsProtocol(5, Protocol.TLS1_2));
        assertFalse(SecurityLevel.allowsProtocol(0, Protocol.SSL2));
        assertEquals(0, SecurityLevel.minKeyBits(0, "RSA"));
        assertEquals(2048, SecurityLevel.minKeyBits(2, "RSA"));
        assertEquals(3072, SecurityLevel.minKeyBits(3, "DH"));
        assertEquals(15360, SecurityLevel.minKeyBits(5, "DSA"));
        assertEquals(224, SecurityLevel.minKeyBits(2, "EC"));
        assertEquals(384, SecurityLevel.minKeyBits(4, "EC"));
        assertEquals(3, SecurityLevel.effective(3));
        assertEquals(SecurityLevel.DEFAULT, SecurityLevel.effective(-1));
        assertEquals(SecurityLevel.DEFAULT, SecurityLevel.check(6));
    }

    @Test
    void offerDropsSuitesTheVersionsOrLevelRuleOut() throws TclException {
        List<CipherSuiteInfo> t13 = CipherStrings.defaultTls13();
        List<CipherSuiteInfo> t12 = CipherStrings.defaultTls12();
        int[] both = Offer.codes(t13, t12, 2, Protocol.TLS1_2, Protocol.TLS1_3);
        assertEquals(t13.size() + t12.size(), both.length);
        assertEquals(t13.get(0).code(), both[0]);
        assertEquals(t13.size(), Offer.codes(t13, t12, 2, Protocol.TLS1_3, Protocol.TLS1_3).length);
        for (int code : Offer.codes(t13, t12, 3, Protocol.TLS1_2, Protocol.TLS1_3)) {
            assertTrue(CipherCatalog.byCode(code).forwardSecret());
        }
        List<CipherSuiteInfo> anon = CipherStrings.parse("ADH:AES128-SHA").suites();
        assertEquals(1, Offer.codes(List.of(), anon, 1, Protocol.TLS1_2, Protocol.TLS1_2).length);
        assertEquals(anon.size(), Offer.codes(List.of(), anon, 0, Protocol.TLS1_2, Protocol.TLS1_2).length);
        // TLS 1.0 can use only the old CBC suites.
        for (int code : Offer.codes(t13, t12, 0, Protocol.TLS1, Protocol.TLS1)) {
            assertEquals("SHA1", CipherCatalog.byCode(code).mac());
        }
    }
}
