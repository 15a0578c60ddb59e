package org.tcl4j.tls.suites;

/**
 * OpenSSL's classification of a suite as bit sets (key exchange, authentication,
 * bulk cipher, MAC, strength class), which its cipher-string language matches
 * against. The bits are ours; what each alias covers follows OpenSSL 3.0's
 * documented aliases (man openssl-ciphers) and is checked against the live
 * {@code openssl ciphers} in the tests.
 */
final class Algorithms {
    private Algorithms() {
    }

    // Key exchange.
    static final int K_RSA = 1;
    static final int K_DHE = 1 << 1;
    static final int K_ECDHE = 1 << 2;
    static final int K_PSK = 1 << 3;
    static final int K_RSAPSK = 1 << 4;
    static final int K_ECDHEPSK = 1 << 5;
    static final int K_DHEPSK = 1 << 6;
    static final int K_SRP = 1 << 7;
    static final int K_GOST = 1 << 8;
    static final int K_GOST18 = 1 << 9;
    static final int K_ANY = 1 << 10;
    static final int K_ALL_PSK = K_PSK | K_RSAPSK | K_ECDHEPSK | K_DHEPSK;

    // Authentication.
    static final int A_RSA = 1;
    static final int A_DSS = 1 << 1;
    static final int A_NULL = 1 << 2;
    static final int A_ECDSA = 1 << 3;
    static final int A_PSK = 1 << 4;
    static final int A_GOST01 = 1 << 5;
    static final int A_GOST12 = 1 << 6;
    static final int A_SRP = 1 << 7;
    static final int A_ANY = 1 << 8;

    // Bulk encryption.
    static final int E_DES = 1;
    static final int E_3DES = 1 << 1;
    static final int E_RC4 = 1 << 2;
    static final int E_RC2 = 1 << 3;
    static final int E_IDEA = 1 << 4;
    static final int E_NULL = 1 << 5;
    static final int E_AES128 = 1 << 6;
    static final int E_AES256 = 1 << 7;
    static final int E_CAMELLIA128 = 1 << 8;
    static final int E_CAMELLIA256 = 1 << 9;
    static final int E_GOST = 1 << 10;
    static final int E_SEED = 1 << 11;
    static final int E_AES128GCM = 1 << 12;
    static final int E_AES256GCM = 1 << 13;
    static final int E_AES128CCM = 1 << 14;
    static final int E_AES256CCM = 1 << 15;
    static final int E_AES128CCM8 = 1 << 16;
    static final int E_AES256CCM8 = 1 << 17;
    static final int E_CHACHA20POLY1305 = 1 << 18;
    static final int E_ARIA128GCM = 1 << 19;
    static final int E_ARIA256GCM = 1 << 20;
    static final int E_AESGCM = E_AES128GCM | E_AES256GCM;
    static final int E_AESCCM = E_AES128CCM | E_AES256CCM | E_AES128CCM8 | E_AES256CCM8;
    static final int E_AES = E_AES128 | E_AES256 | E_AESGCM | E_AESCCM;
    static final int E_CAMELLIA = E_CAMELLIA128 | E_CAMELLIA256;
    static final int E_ARIA = E_ARIA128GCM | E_ARIA256GCM;
    static final int E_CBC = E_DES | E_3DES | E_RC2 | E_IDEA | E_AES128 | E_AES256
            | E_CAMELLIA128 | E_CAMELLIA256 | E_SEED;

    // MAC.
    static final int M_MD5 = 1;
    static final int M_SHA1 = 1 << 1;
    static final int M_GOST94 = 1 << 2;
    static final int M_GOST89MAC = 1 << 3;
    static final int M_SHA256 = 1 << 4;
    static final int M_SHA384 = 1 << 5;
    static final int M_AEAD = 1 << 6;
    static final int M_GOST12 = 1 << 7;

    // Strength classes; FIPS counts as one (OpenSSL's SSL_STRONG_MASK covers it), NOT_DEFAULT does not.
    static final int STRONG_NONE = 1;
    static final int LOW = 1 << 1;
    static final int MEDIUM = 1 << 2;
    static final int HIGH = 1 << 3;
    static final int FIPS = 1 << 4;
    static final int NOT_DEFAULT = 1 << 5;
    static final int STRONG_MASK = STRONG_NONE | LOW | MEDIUM | HIGH | FIPS;
    static final int DEFAULT_MASK = NOT_DEFAULT;

    // Minimum protocol versions as OpenSSL numbers them.
    static final int SSL3 = 0x0300;
    static final int TLS1 = 0x0301;
    static final int TLS1_2 = 0x0303;
    static final int TLS1_3 = 0x0304;

    /** The bit sets of one suite. */
    record Bits(int mkey, int auth, int enc, int mac, int strength) {
    }

    static Bits of(CipherSuiteInfo s, int strength) {
        return new Bits(mkey(s.kx()), auth(s.au()), enc(s.enc()), mac(s.mac()), strength);
    }

    static int mkey(String kx) {
        return switch (kx) {
            case "RSA" -> K_RSA;
            case "DH" -> K_DHE;
            case "ECDH" -> K_ECDHE;
            case "any" -> K_ANY;
            default -> throw new IllegalArgumentException("key exchange " + kx);
        };
    }

    static int auth(String au) {
        return switch (au) {
            case "RSA" -> A_RSA;
            case "DSS" -> A_DSS;
            case "ECDSA" -> A_ECDSA;
            case "None" -> A_NULL;
            case "any" -> A_ANY;
            default -> throw new IllegalArgumentException("authentication " + au);
        };
    }

    static int enc(String enc) {
        return switch (enc) {
            case "None" -> E_NULL;
            case "AES(128)" -> E_AES128;
            case "AES(256)" -> E_AES256;
            case "AESGCM(128)" -> E_AES128GCM;
            case "AESGCM(256)" -> E_AES256GCM;
            case "AESCCM(128)" -> E_AES128CCM;
            case "AESCCM(256)" -> E_AES256CCM;
            case "AESCCM8(128)" -> E_AES128CCM8;
            case "AESCCM8(256)" -> E_AES256CCM8;
            case "Camellia(128)" -> E_CAMELLIA128;
            case "Camellia(256)" -> E_CAMELLIA256;
            case "CHACHA20/POLY1305(256)" -> E_CHACHA20POLY1305;
            case "ARIAGCM(128)" -> E_ARIA128GCM;
            case "ARIAGCM(256)" -> E_ARIA256GCM;
            default -> throw new IllegalArgumentException("cipher " + enc);
        };
    }

    static int mac(String mac) {
        return switch (mac) {
            case "MD5" -> M_MD5;
            case "SHA1" -> M_SHA1;
            case "SHA256" -> M_SHA256;
            case "SHA384" -> M_SHA384;
            case "AEAD" -> M_AEAD;
            default -> throw new IllegalArgumentException("mac " + mac);
        };
    }

    static int minTls(Protocol p) {
        return switch (p) {
            case SSL3 -> SSL3;
            case TLS1 -> TLS1;
            case TLS1_2 -> TLS1_2;
            case TLS1_3 -> TLS1_3;
            default -> throw new IllegalArgumentException("version " + p);
        };
    }
}
