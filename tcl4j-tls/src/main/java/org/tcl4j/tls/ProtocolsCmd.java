package org.tcl4j.tls;

import java.util.ArrayList;
import java.util.List;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclCommand;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;
import org.tcl4j.tls.suites.Protocol;

/**
 * {@code tls::protocols}: the protocol versions this engine can speak, oldest
 * first, by their Tcl names ({@code tls1 tls1.1 tls1.2 tls1.3}; SSL 2 and 3
 * are absent as in an OpenSSL 3 build).
 */
public final class ProtocolsCmd implements TclCommand {
    @Override
    public TclValue invoke(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length != 1) {
            throw Args.wrongNum(objv, 1, "");
        }
        List<TclValue> out = new ArrayList<>();
        for (Protocol p : Protocol.supportedList()) {
            out.add(TclValue.of(p.tclName()));
        }
        return TclValue.ofList(out);
    }
}
