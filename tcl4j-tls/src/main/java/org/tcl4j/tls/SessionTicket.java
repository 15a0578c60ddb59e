package org.tcl4j.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A TLS 1.3 session ticket as a client receives it (RFC 8446 4.6.1), with
 * what TclTLS reports of it: the ticket, its lifetime hint, and the session
 * id OpenSSL gives a ticket's session (the SHA-256 of the ticket).
 */
record SessionTicket(byte[] ticket, long lifetime) {
    static final SessionTicket NONE = new SessionTicket(new byte[0], 0);

    /**
     * Reads a NewSessionTicket body: ticket_lifetime(4) ticket_age_add(4)
     * ticket_nonce<0..255> ticket<1..2^16-1> extensions. Null when the body
     * is shorter than its own lengths say (the engine then rejects it).
     */
    static SessionTicket parse(byte[] body) {
        if (body.length < 9) {
            return null;
        }
        int at = 9 + (body[8] & 0xff);
        if (at + 2 > body.length) {
            return null;
        }
        int length = (body[at] & 0xff) << 8 | body[at + 1] & 0xff;
        if (at + 2 + length > body.length) {
            return null;
        }
        long lifetime = (long) (body[0] & 0xff) << 24 | (body[1] & 0xff) << 16 | (body[2] & 0xff) << 8 | body[3] & 0xff;
        return new SessionTicket(Arrays.copyOfRange(body, at + 2, at + 2 + length), lifetime);
    }

    /** The session id OpenSSL makes for a ticket's session. */
    byte[] sessionId() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(ticket);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
