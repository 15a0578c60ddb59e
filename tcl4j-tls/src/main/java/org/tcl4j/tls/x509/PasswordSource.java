package org.tcl4j.tls.x509;

import org.tcl4j.core.TclException;

/**
 * Supplies the password of an encrypted private key. The engine binds it to the
 * {@code -password} callback (or {@code tls::password}); it is asked only when a key
 * really is encrypted, with OpenSSL's arguments: {@code rwflag} 0 for reading and
 * {@code size} the largest password accepted (1024, OpenSSL's PEM buffer size).
 */
@FunctionalInterface
public interface PasswordSource {
    String password(int rwflag, int size) throws TclException;
}
