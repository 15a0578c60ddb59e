package org.tcl4j.tls.x509;

import javax.security.auth.x500.X500Principal;

/** The certificate status keys of tls::status and of the verify callback's cert argument. */
public final class CertInfo {
    private CertInfo() {}

    /** A DN formatted as TclTLS formats subject/issuer (X509_NAME_print_ex, RFC 2253 without escaping UTF-8). */
    public static String dn(X500Principal name) {
        return DnFormat.rfc2253(name);
    }
}
