package org.tcl4j.tls.suites;

import java.util.List;

/**
 * What a {@code -cipher} string selects: the TLS 1.2-and-older suites in
 * preference order, and the security level an {@code @SECLEVEL=n} in the
 * string asked for (null if none; an explicit {@code -security_level} option
 * wins over it, as TclTLS sets that after the cipher list).
 */
public record CipherSelection(List<CipherSuiteInfo> suites, Integer securityLevel) {
    public CipherSelection {
        suites = List.copyOf(suites);
    }
}
