package org.tcl4j.tls.x509;

import java.security.Provider;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** One BouncyCastle JCA provider instance, used by name only where the JDK lacks an algorithm (OpenSSL's PEM key derivation). It is not installed globally. */
final class Bc {
    static final Provider PROVIDER = new BouncyCastleProvider();

    private Bc() {}
}
