package org.tcl4j.tls;

import org.bouncycastle.tls.SignatureScheme;

/**
 * The names {@code tls::status} gives a handshake signature, as TclTLS
 * prints OpenSSL's NIDs with {@code OBJ_nid2ln}: the digest
 * ({@code signatureHashAlgorithm}: sha256, sha384, ...) and the key type
 * ({@code signatureType}: id-ecPublicKey, rsassaPss, rsaEncryption,
 * ED25519, ...); "undefined" where OpenSSL has no NID (EdDSA's digest, an
 * unknown scheme).
 */
final class SignatureNames {
    private SignatureNames() {
    }

    static final String UNDEFINED = "undefined";

    /** The digest of a TLS SignatureScheme, or "undefined". */
    static String hash(int scheme) {
        if (scheme < 0 || scheme == SignatureScheme.ed25519 || scheme == SignatureScheme.ed448) {
            return UNDEFINED;
        }
        return switch (SignatureScheme.isRSAPSS(scheme) ? scheme & 0xff : scheme >> 8) {
            case 2 -> "sha1";
            case 3 -> "sha224";
            case 4, 9 -> "sha256";
            case 5, 0x0a -> "sha384";
            case 6, 0x0b -> "sha512";
            default -> UNDEFINED;
        };
    }

    /** The key type of a TLS SignatureScheme, or "undefined". */
    static String type(int scheme) {
        if (scheme < 0) {
            return UNDEFINED;
        }
        if (scheme == SignatureScheme.ed25519) {
            return "ED25519";
        }
        if (scheme == SignatureScheme.ed448) {
            return "ED448";
        }
        if (SignatureScheme.isRSAPSS(scheme)) {
            return "rsassaPss";
        }
        return switch (scheme & 0xff) {
            case 1 -> "rsaEncryption";
            case 2 -> "dsaEncryption";
            case 3 -> "id-ecPublicKey";
            default -> UNDEFINED;
        };
    }
}
