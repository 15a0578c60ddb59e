package org.tcl4j.tls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** Reading a NewSessionTicket body, and the session id OpenSSL gives its session. */
class SessionTicketTest {
    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void readsLifetimeAndTicketBehindTheNonce() {
        // lifetime 7200, age_add, 2-byte nonce, 3-byte ticket "abc", no extensions
        SessionTicket t = SessionTicket.parse(hex("00001c20 01020304 02 0000 0003 616263 0000"));
        assertEquals(7200, t.lifetime());
        assertArrayEquals("abc".getBytes(), t.ticket());
        // SHA-256("abc"), the FIPS 180-2 example
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                HexFormat.of().formatHex(t.sessionId()));
    }

    @Test
    void aBodyShorterThanItsLengthsIsNoTicket() {
        assertNull(SessionTicket.parse(hex("00001c20 01020304")));
        assertNull(SessionTicket.parse(hex("00001c20 01020304 05 0000")));
        assertNull(SessionTicket.parse(hex("00001c20 01020304 00 0005 6162")));
    }
}
