package org.tcl4j.tls;

import org.tcl4j.core.Interp;

/** The Java-implemented commands of the {@code tls} namespace, registered in one place. */
final class TlsCommands {
    private TlsCommands() {
    }

    static void register(Interp interp) {
    }
}
