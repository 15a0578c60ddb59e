package org.tcl4j.tls.x509;

/** Hex formatting as OpenSSL prints bytes. */
final class Hex {
    private static final char[] UPPER = "0123456789ABCDEF".toCharArray();
    private static final char[] LOWER = "0123456789abcdef".toCharArray();

    private Hex() {}

    static void upperByte(StringBuilder sb, int b) {
        sb.append(UPPER[(b >> 4) & 0xf]).append(UPPER[b & 0xf]);
    }

    static void upper(StringBuilder sb, byte[] bytes) {
        for (byte b : bytes) {
            upperByte(sb, b);
        }
    }

    static String upper(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        upper(sb, bytes);
        return sb.toString();
    }

    /** "ab:cd:..." lower-case with colons, as OpenSSL's text dumps print key material and signatures. */
    static void lowerColon(StringBuilder sb, byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (i > from) {
                sb.append(':');
            }
            sb.append(LOWER[(bytes[i] >> 4) & 0xf]).append(LOWER[bytes[i] & 0xf]);
        }
    }

    /** "AB:CD:..." upper-case with colons, as OpenSSL prints key identifiers and serials. */
    static String upperColon(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 3);
        for (int i = 0; i < bytes.length; i++) {
            if (i > 0) {
                sb.append(':');
            }
            upperByte(sb, bytes[i]);
        }
        return sb.toString();
    }
}
