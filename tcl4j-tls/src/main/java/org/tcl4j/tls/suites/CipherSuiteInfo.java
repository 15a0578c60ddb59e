package org.tcl4j.tls.suites;

/**
 * One cipher suite as OpenSSL describes it: every property that
 * {@code tls::ciphers}, {@code -cipher} strings and the "Cipher Info" keys of
 * {@code tls::connection} show. Instances come from {@link CipherCatalog}.
 *
 * @param code          the two-byte IANA code (0xC02F), BouncyCastle's {@code CipherSuite} constant
 * @param name          OpenSSL's name ({@code ECDHE-RSA-AES128-GCM-SHA256}; TLS 1.3 suites use the IANA name)
 * @param standardName  the IANA/RFC name ({@code TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256})
 * @param minVersion    the first protocol version that defined the suite, as OpenSSL records it
 * @param kx            key exchange as {@code openssl ciphers -v} prints it: RSA, DH, ECDH, any
 * @param au            authentication: RSA, DSS, ECDSA, None, any
 * @param enc           bulk cipher with key size: {@code AESGCM(128)}, {@code CHACHA20/POLY1305(256)}, None
 * @param algBits       key bits the cipher processes ({@code algorithm_bits})
 * @param secretBits    key bits that are secret ({@code secret_bits}); what security levels compare
 * @param mac           record MAC: SHA1, SHA256, SHA384, AEAD
 * @param aead          whether the cipher is an AEAD ({@code cipher_is_aead})
 * @param opensslId     OpenSSL's cipher id, {@code 0x03000000 | code} ({@code cipher_id})
 * @param handshakeDigest the digest of the handshake and PRF: SHA256, SHA384, or MD5-SHA1 for
 *                      suites older than TLS 1.2 ({@code handshake_digest})
 */
public record CipherSuiteInfo(int code, String name, String standardName, Protocol minVersion,
        String kx, String au, String enc, int algBits, int secretBits, String mac, boolean aead,
        long opensslId, String handshakeDigest) {

    /**
     * One line of {@code openssl ciphers -v} (OpenSSL 3.0's SSL_CIPHER_description
     * column layout) without the trailing newline, for example
     * {@code ECDHE-RSA-AES128-GCM-SHA256    TLSv1.2 Kx=ECDH     Au=RSA   Enc=AESGCM(128)            Mac=AEAD}.
     */
    public String description() {
        return String.format("%-30s %-7s Kx=%-8s Au=%-5s Enc=%-22s Mac=%-4s",
                name, minVersion.opensslName(), kx, au, enc, mac);
    }

    /** The last protocol version that can use the suite: TLS 1.3 suites are TLS 1.3 only, all others stop at 1.2. */
    public Protocol maxVersion() {
        return minVersion == Protocol.TLS1_3 ? Protocol.TLS1_3 : Protocol.TLS1_2;
    }

    /** Whether this is a TLS 1.3 suite (set with {@code -ciphersuites}, not {@code -cipher}). */
    public boolean isTls13() {
        return minVersion == Protocol.TLS1_3;
    }

    /** Whether the suite can be used with protocol version {@code p}. */
    public boolean usableWith(Protocol p) {
        return p.compareTo(minVersion) >= 0 && p.compareTo(maxVersion()) <= 0;
    }

    /** Whether the key exchange is ephemeral (forward secret): (EC)DHE, and every TLS 1.3 suite. */
    public boolean forwardSecret() {
        return isTls13() || kx.equals("DH") || kx.equals("ECDH");
    }

    /** Whether the suite authenticates the server at all (the anonymous ADH/AECDH suites do not). */
    public boolean authenticated() {
        return !au.equals("None");
    }
}
