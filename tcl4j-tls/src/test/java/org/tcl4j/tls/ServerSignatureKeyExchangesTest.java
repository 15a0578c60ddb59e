package org.tcl4j.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** Where a TLS 1.2 ServerKeyExchange keeps its signature scheme, and bodies too short to have one. */
class ServerSignatureKeyExchangesTest {
    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void ecdheSchemeFollowsTheNamedCurveAndThePoint() {
        // named_curve x25519, a 4-byte point (shortened), ecdsa_secp256r1_sha256, 2-byte signature
        byte[] body = hex("03 001d 04 aabbccdd 0403 0002 eeff");
        assertEquals(0x0403, ServerSignatureKeyExchanges.schemeOf(body, false));
    }

    @Test
    void dheSchemeFollowsPGAndYs() {
        // p (3 bytes), g (1 byte), Ys (2 bytes), rsa_pss_rsae_sha256
        byte[] body = hex("0003 ffffff 0001 02 0002 1234 0804 0000");
        assertEquals(0x0804, ServerSignatureKeyExchanges.schemeOf(body, true));
    }

    @Test
    void truncatedOrExplicitCurveBodiesHaveNoScheme() {
        assertEquals(-1, ServerSignatureKeyExchanges.schemeOf(hex("03 001d 04 aabb"), false));
        assertEquals(-1, ServerSignatureKeyExchanges.schemeOf(hex("03 001d 04 aabbccdd 04"), false));
        assertEquals(-1, ServerSignatureKeyExchanges.schemeOf(hex("01 0000"), false));
        assertEquals(-1, ServerSignatureKeyExchanges.schemeOf(hex("0003 ffff"), true));
        assertEquals(-1, ServerSignatureKeyExchanges.schemeOf(new byte[0], true));
    }
}
