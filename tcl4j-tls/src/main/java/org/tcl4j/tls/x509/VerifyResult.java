package org.tcl4j.tls.x509;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The outcome of {@link Verifier#verify}.
 *
 * <p>{@code errorCode}/{@code error}/{@code errorDepth}: the first error, which is what OpenSSL reports
 * when verification stops there (no callback, or a callback that returns 0); {@code 0}/"ok"/-1 when the
 * chain is valid. {@code builtChain}: the chain as built, leaf first, up to the trust anchor or as far as
 * it could be built. {@code checks}: every verify-callback call, in OpenSSL's order.
 *
 * <p>To replay a Tcl verify callback: walk {@code checks} in order; if the callback rejects a call, the
 * handshake fails with that call's error (for a rejected status-true call whose error is 0, OpenSSL's
 * "certificate verify failed" without a specific reason); if it accepts every call, the final result is
 * {@link #finalErrorCode()} (the last error seen, what SSL_get_verify_result reports then).
 */
public record VerifyResult(int errorCode, String error, int errorDepth, List<X509Certificate> builtChain, List<CertCheck> checks) {
    public VerifyResult {
        builtChain = List.copyOf(builtChain);
        checks = List.copyOf(checks);
    }

    public boolean ok() {
        return errorCode == 0;
    }

    /** The error left in the context after every callback call accepted (the last error reported), 0 when none. */
    public int finalErrorCode() {
        return checks.isEmpty() ? errorCode : checks.get(checks.size() - 1).errorCode();
    }

    /** The text of {@link #finalErrorCode()}. */
    public String finalError() {
        return X509Errors.text(finalErrorCode());
    }
}
