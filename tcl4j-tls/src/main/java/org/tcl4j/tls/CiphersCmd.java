package org.tcl4j.tls;

import java.util.ArrayList;
import java.util.List;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclCommand;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;
import org.tcl4j.tls.suites.CipherCatalog;
import org.tcl4j.tls.suites.CipherStrings;
import org.tcl4j.tls.suites.CipherSuiteInfo;
import org.tcl4j.tls.suites.Offer;
import org.tcl4j.tls.suites.Protocol;
import org.tcl4j.tls.suites.SecurityLevel;

/**
 * {@code tls::ciphers ?protocol? ?verbose? ?supported?}: the cipher suites a
 * new context would offer, as TclTLS 2.0 lists them. Without
 * {@code supported} that is the whole default list (TLS 1.3 suites first),
 * whatever the protocol; the protocol is only checked. With
 * {@code supported} true (which needs a protocol), only the suites usable
 * with that protocol at the default security level remain.
 * {@code verbose} turns the list of names into text, one
 * {@code openssl ciphers -v} line per suite.
 */
public final class CiphersCmd implements TclCommand {
    @Override
    public TclValue invoke(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length > 4) {
            throw Args.wrongNum(objv, 1, "?protocol? ?verbose? ?supported?");
        }
        Protocol min = null;
        Protocol max = null;
        if (objv.length > 1) {
            Protocol p = Protocol.values()[Args.index(objv[1], Protocol.tclNames(), "protocol")];
            if (!p.supported()) {
                throw new TclException(p.tclName() + ": protocol not supported");
            }
            min = p;
            max = p;
        }
        boolean verbose = objv.length > 2 && objv[2].asBoolean();
        boolean supported = objv.length > 3 && objv[3].asBoolean();

        List<CipherSuiteInfo> suites = CipherStrings.defaultList();
        if (supported) {
            // What a ClientHello of that version would carry.
            List<CipherSuiteInfo> usable = new ArrayList<>();
            for (int code : Offer.codes(CipherStrings.defaultTls13(), CipherStrings.defaultTls12(),
                    SecurityLevel.DEFAULT, min, max)) {
                usable.add(CipherCatalog.byCode(code));
            }
            suites = usable;
        }

        if (verbose) {
            StringBuilder sb = new StringBuilder();
            for (CipherSuiteInfo s : suites) {
                sb.append(s.description()).append('\n');
            }
            return TclValue.of(sb.toString());
        }
        List<TclValue> names = new ArrayList<>(suites.size());
        for (CipherSuiteInfo s : suites) {
            names.add(TclValue.of(s.name()));
        }
        return TclValue.ofList(names);
    }
}
