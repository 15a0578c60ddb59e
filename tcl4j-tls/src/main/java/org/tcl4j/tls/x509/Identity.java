package org.tcl4j.tls.x509;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** A private key with its certificate chain, leaf first: what a TLS peer presents. */
public record Identity(PrivateKey key, List<X509Certificate> chain) {
    public Identity {
        chain = List.copyOf(chain);
    }

    /** The end-entity certificate, the one that matches {@link #key()}. */
    public X509Certificate leaf() {
        return chain.get(0);
    }
}
