package org.tcl4j.tls.x509;

import java.security.cert.X509Certificate;

/**
 * One call of the verify callback, as OpenSSL's X509_verify_cert makes it with a callback that
 * returns 1: {@code status} false reports an error at this depth; status true signals that the
 * certificate at this depth passed. {@code errorCode}/{@code error} are the verification context's
 * error at the time of the call (X509_STORE_CTX_get_error), which OpenSSL keeps after an error, so
 * a status-true call after a failure still carries the earlier error's text ("ok" when none yet).
 */
public record CertCheck(int depth, X509Certificate cert, boolean status, int errorCode, String error) {}
