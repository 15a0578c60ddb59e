package org.tcl4j.tls.suites;

import java.util.List;

/**
 * The suites a context really offers (client) or accepts (server): its
 * TLS 1.3 suites and its {@code -cipher} selection, minus those that cannot
 * work with the enabled protocol versions or are below the security level,
 * as OpenSSL drops them when it builds a ClientHello or picks a suite.
 */
public final class Offer {
    private Offer() {
    }

    /**
     * The two-byte codes for BouncyCastle's {@code getCipherSuites()}, TLS 1.3
     * suites first, each list in its own order.
     *
     * @param tls13 the {@code -ciphersuites} suites (or the defaults)
     * @param tls12 the {@code -cipher} selection's suites (or the defaults)
     * @param securityLevel the effective security level
     * @param min   the oldest enabled protocol version
     * @param max   the newest enabled protocol version
     */
    public static int[] codes(List<CipherSuiteInfo> tls13, List<CipherSuiteInfo> tls12, int securityLevel,
            Protocol min, Protocol max) {
        int[] out = new int[tls13.size() + tls12.size()];
        int n = 0;
        for (List<CipherSuiteInfo> list : List.of(tls13, tls12)) {
            for (CipherSuiteInfo s : list) {
                if (s.minVersion().compareTo(max) <= 0 && s.maxVersion().compareTo(min) >= 0
                        && SecurityLevel.allows(securityLevel, s)) {
                    out[n++] = s.code();
                }
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
