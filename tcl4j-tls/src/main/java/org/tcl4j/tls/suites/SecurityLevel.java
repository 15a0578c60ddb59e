package org.tcl4j.tls.suites;

import org.tcl4j.core.TclException;

/**
 * OpenSSL's security levels 0 to 5 (man SSL_CTX_set_security_level), which
 * {@code -security_level} and {@code @SECLEVEL=n} choose. Each level asks for
 * a minimum number of bits of security: 80, 112, 128, 192, 256 for levels 1
 * to 5; level 0 allows everything. The rules are OpenSSL 3.0's.
 */
public final class SecurityLevel {
    private SecurityLevel() {
    }

    /** The default level: TclTLS 2.0 with OpenSSL 3.2 and later uses 2. */
    public static final int DEFAULT = 2;

    /** Bits of security per level, 1 to 5. */
    private static final int[] MIN_BITS = {80, 112, 128, 192, 256};
    /** RSA, DSA and DH key sizes giving those bits. */
    private static final int[] FF_BITS = {1024, 2048, 3072, 7680, 15360};
    /** Elliptic-curve key sizes giving those bits. */
    private static final int[] EC_BITS = {160, 224, 256, 384, 512};

    /** Bits of security a level asks for; 0 for level 0. */
    public static int minSecurityBits(int level) {
        return level <= 0 ? 0 : MIN_BITS[Math.min(level, 5) - 1];
    }

    /**
     * Whether a suite may be used at this level, by OpenSSL 3.0's rules:
     * from level 1 no suite with fewer secret bits than the level's, no
     * anonymous (unauthenticated) suite, no MD5 MAC; from level 4 (more than
     * 160 bits) no SHA-1 MAC; from level 3 only forward-secret key exchange
     * ((EC)DHE; TLS 1.3 suites always are).
     */
    public static boolean allows(int level, CipherSuiteInfo s) {
        if (level <= 0) {
            return true;
        }
        int minBits = minSecurityBits(level);
        if (s.secretBits() < minBits || !s.authenticated() || s.mac().equals("MD5")) {
            return false;
        }
        if (minBits > 160 && s.mac().equals("SHA1")) {
            return false;
        }
        return level < 3 || s.forwardSecret();
    }

    /**
     * Whether a protocol version can work at this level. OpenSSL 3 refuses
     * SHA-1 signatures from level 1 on, and SSL 3, TLS 1.0 and 1.1 cannot
     * sign without SHA-1, so (as the manual says for {@code -tls1} and
     * {@code -tls1.1}) they need level 0; SSL 2 never works.
     */
    public static boolean allowsProtocol(int level, Protocol p) {
        return switch (p) {
            case SSL2 -> false;
            case SSL3, TLS1, TLS1_1 -> level <= 0;
            case TLS1_2, TLS1_3 -> true;
        };
    }

    /**
     * The smallest key (in bits) of a certificate, DH group or curve this
     * level accepts: {@code "RSA"}, {@code "DSA"}, {@code "DH"} use
     * 1024/2048/3072/7680/15360, {@code "EC"} 160/224/256/384/512; level 0
     * accepts any size (0).
     */
    public static int minKeyBits(int level, String keyAlgorithm) {
        if (level <= 0) {
            return 0;
        }
        int i = Math.min(level, 5) - 1;
        return switch (keyAlgorithm) {
            case "RSA", "DSA", "DH" -> FF_BITS[i];
            case "EC" -> EC_BITS[i];
            default -> throw new IllegalArgumentException("key algorithm " + keyAlgorithm);
        };
    }

    /**
     * The level that {@code -security_level n} results in. TclTLS 2.0
     * accepts any integer there (a non-integer fails earlier, in the option
     * parser) and applies only 0 to 5; any other value leaves the default in
     * force, so this returns {@link #DEFAULT} for it rather than failing.
     */
    public static int effective(int requested) {
        return requested >= 0 && requested <= 5 ? requested : DEFAULT;
    }

    /**
     * Kept for callers that validate {@code -security_level}: TclTLS 2.0 has
     * no error for an out-of-range level (see {@link #effective}), so this
     * never fails and returns the effective level.
     */
    public static int check(int level) throws TclException {
        return effective(level);
    }
}
