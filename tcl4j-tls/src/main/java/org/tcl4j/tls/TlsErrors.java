package org.tcl4j.tls;

import org.bouncycastle.tls.AlertDescription;

/**
 * OpenSSL's words for what goes wrong in a connection, because TclTLS
 * reports OpenSSL's reason strings ({@code ERR_reason_error_string}) and
 * scripts match on them: an alert from the peer reads
 * {@code sslv3 alert handshake failure} or {@code tlsv1 alert protocol
 * version}, a record that is not TLS reads {@code wrong version number}.
 */
final class TlsErrors {
    private TlsErrors() {
    }

    static final String VERIFY_FAILED = "certificate verify failed";
    static final String UNEXPECTED_EOF = "unexpected eof while reading";
    static final String WRONG_VERSION = "wrong version number";
    static final String PACKET_TOO_LONG = "packet length too long";
    static final String NO_PEER_CERTIFICATE = "peer did not return a certificate";
    static final String NO_SHARED_CIPHER = "no shared cipher";
    static final String UNSUPPORTED_PROTOCOL = "unsupported protocol";

    /** OpenSSL's reason for a fatal alert received from the peer. */
    static String alertReceived(short alert) {
        return switch (alert) {
            case AlertDescription.unexpected_message -> "sslv3 alert unexpected message";
            case AlertDescription.bad_record_mac -> "sslv3 alert bad record mac";
            case AlertDescription.record_overflow -> "tlsv1 alert record overflow";
            case AlertDescription.decompression_failure -> "sslv3 alert decompression failure";
            case AlertDescription.handshake_failure -> "sslv3 alert handshake failure";
            case AlertDescription.bad_certificate -> "sslv3 alert bad certificate";
            case AlertDescription.unsupported_certificate -> "sslv3 alert unsupported certificate";
            case AlertDescription.certificate_revoked -> "sslv3 alert certificate revoked";
            case AlertDescription.certificate_expired -> "sslv3 alert certificate expired";
            case AlertDescription.certificate_unknown -> "sslv3 alert certificate unknown";
            case AlertDescription.illegal_parameter -> "sslv3 alert illegal parameter";
            case AlertDescription.unknown_ca -> "tlsv1 alert unknown ca";
            case AlertDescription.access_denied -> "tlsv1 alert access denied";
            case AlertDescription.decode_error -> "tlsv1 alert decode error";
            case AlertDescription.decrypt_error -> "tlsv1 alert decrypt error";
            case AlertDescription.protocol_version -> "tlsv1 alert protocol version";
            case AlertDescription.insufficient_security -> "tlsv1 alert insufficient security";
            case AlertDescription.internal_error -> "tlsv1 alert internal error";
            case AlertDescription.inappropriate_fallback -> "tlsv1 alert inappropriate fallback";
            case AlertDescription.user_canceled -> "tlsv1 alert user cancelled";
            case AlertDescription.no_renegotiation -> "tlsv1 alert no renegotiation";
            case AlertDescription.missing_extension -> "tlsv13 alert missing extension";
            case AlertDescription.unsupported_extension -> "tlsv1 unsupported extension";
            case AlertDescription.unrecognized_name -> "tlsv1 unrecognized name";
            case AlertDescription.bad_certificate_status_response -> "tlsv1 bad certificate status response";
            case AlertDescription.certificate_required -> "tlsv13 alert certificate required";
            case AlertDescription.no_application_protocol -> "tlsv1 alert no application protocol";
            default -> "tlsv1 alert " + AlertDescription.getName(alert).replace('_', ' ');
        };
    }

    /**
     * OpenSSL's reason for a failure found on this side, by the alert the
     * engine sends for it (when no more precise reason was recorded).
     */
    static String alertRaised(short alert) {
        return switch (alert) {
            case AlertDescription.protocol_version -> UNSUPPORTED_PROTOCOL;
            case AlertDescription.handshake_failure -> "sslv3 alert handshake failure";
            case AlertDescription.decode_error -> "decode error";
            case AlertDescription.decrypt_error -> "decrypt error";
            case AlertDescription.bad_record_mac -> "decryption failed or bad record mac";
            case AlertDescription.record_overflow -> "record overflow";
            case AlertDescription.unexpected_message -> "unexpected message";
            case AlertDescription.illegal_parameter -> "illegal parameter";
            case AlertDescription.no_application_protocol -> "no application protocol";
            case AlertDescription.certificate_required -> NO_PEER_CERTIFICATE;
            case AlertDescription.bad_certificate, AlertDescription.certificate_expired,
                    AlertDescription.certificate_unknown, AlertDescription.unknown_ca,
                    AlertDescription.unsupported_certificate -> VERIFY_FAILED;
            default -> AlertDescription.getName(alert).replace('_', ' ');
        };
    }

    /**
     * Checks the first bytes the peer sent as OpenSSL's record layer does
     * before any decryption: null when they look like a TLS record header,
     * else the reason OpenSSL gives ({@code wrong version number} for
     * plain text, {@code packet length too long} for an oversized record).
     */
    static String checkFirstRecord(byte[] b, int off, int len, boolean server) {
        if (len < 5) {
            return null;
        }
        int major = b[off + 1] & 0xff;
        if (major != 3) {
            if (server && startsWith(b, off, len, "GET ", "POST ", "HEAD ", "PUT ")) {
                return "http request";
            }
            if (server && startsWith(b, off, len, "CONNE")) {
                return "https proxy request";
            }
            return WRONG_VERSION;
        }
        int length = (b[off + 3] & 0xff) << 8 | b[off + 4] & 0xff;
        if (length > 16384 + 2048) {
            return PACKET_TOO_LONG;
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int off, int len, String... prefixes) {
        for (String p : prefixes) {
            if (len >= p.length()) {
                boolean match = true;
                for (int i = 0; i < p.length() && match; i++) {
                    match = b[off + i] == p.charAt(i);
                }
                if (match) {
                    return true;
                }
            }
        }
        return false;
    }
}
