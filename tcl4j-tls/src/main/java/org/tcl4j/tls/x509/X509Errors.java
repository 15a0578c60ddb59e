package org.tcl4j.tls.x509;

/** OpenSSL 3.0's X509_V_ERR_* codes and their X509_verify_cert_error_string texts. */
public final class X509Errors {
    public static final int OK = 0;
    public static final int UNABLE_TO_GET_ISSUER_CERT = 2;
    public static final int UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY = 6;
    public static final int CERT_SIGNATURE_FAILURE = 7;
    public static final int CERT_NOT_YET_VALID = 9;
    public static final int CERT_HAS_EXPIRED = 10;
    public static final int DEPTH_ZERO_SELF_SIGNED_CERT = 18;
    public static final int SELF_SIGNED_CERT_IN_CHAIN = 19;
    public static final int UNABLE_TO_GET_ISSUER_CERT_LOCALLY = 20;
    public static final int UNABLE_TO_VERIFY_LEAF_SIGNATURE = 21;
    public static final int CERT_CHAIN_TOO_LONG = 22;
    /** OpenSSL 3.0 moved "invalid CA certificate" from 24 (now "issuer certificate lookup error") to 79. */
    public static final int INVALID_CA = 79;
    public static final int KEYUSAGE_NO_CERTSIGN = 32;
    public static final int INVALID_NON_CA = 37;
    public static final int PATH_LENGTH_EXCEEDED = 25;
    public static final int INVALID_PURPOSE = 26;
    public static final int CERT_UNTRUSTED = 27;
    public static final int CERT_REJECTED = 28;
    public static final int UNHANDLED_CRITICAL_EXTENSION = 34;
    public static final int HOSTNAME_MISMATCH = 62;
    public static final int EMAIL_MISMATCH = 63;
    public static final int IP_ADDRESS_MISMATCH = 64;

    private X509Errors() {}

    /** X509_verify_cert_error_string: the text for a code, "unknown certificate verification error" otherwise. */
    public static String text(int code) {
        return switch (code) {
            case 0 -> "ok";
            case 2 -> "unable to get issuer certificate";
            case 3 -> "unable to get certificate CRL";
            case 4 -> "unable to decrypt certificate's signature";
            case 6 -> "unable to decode issuer public key";
            case 7 -> "certificate signature failure";
            case 9 -> "certificate is not yet valid";
            case 10 -> "certificate has expired";
            case 13 -> "format error in certificate's notBefore field";
            case 14 -> "format error in certificate's notAfter field";
            case 18 -> "self-signed certificate";
            case 19 -> "self-signed certificate in certificate chain";
            case 20 -> "unable to get local issuer certificate";
            case 21 -> "unable to verify the first certificate";
            case 22 -> "certificate chain too long";
            case 23 -> "certificate revoked";
            case 24 -> "issuer certificate lookup error";
            case 25 -> "path length constraint exceeded";
            case 26 -> "unsuitable certificate purpose";
            case 27 -> "certificate not trusted";
            case 28 -> "certificate rejected";
            case 32 -> "key usage does not include certificate signing";
            case 34 -> "unhandled critical extension";
            case 37 -> "invalid non-CA certificate (has CA markings)";
            case 79 -> "invalid CA certificate";
            case 62 -> "hostname mismatch";
            case 63 -> "email address mismatch";
            case 64 -> "IP address mismatch";
            default -> "unknown certificate verification error";
        };
    }
}
