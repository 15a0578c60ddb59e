package org.tcl4j.tls;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclCommand;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/** {@code tls::version}: the engine's version, as TclTLS returns OpenSSL's. */
final class VersionCmd implements TclCommand {
    @Override
    public TclValue invoke(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length != 1) {
            throw Args.wrongNum(objv, 1, "");
        }
        return TclValue.of(TlsEngine.version());
    }
}
