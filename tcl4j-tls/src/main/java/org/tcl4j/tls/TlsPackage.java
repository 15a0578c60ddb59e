package org.tcl4j.tls;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;
import org.tcl4j.core.pkg.PackageProvider;

/**
 * Makes {@code package require tls} work in every interpreter: registers
 * {@code package ifneeded tls 2.0b1}, whose script creates the Java
 * commands of the {@code tls} namespace and sources {@code tls.tcl}
 * (tls::socket, tls::init and the reference callbacks). Nothing is loaded
 * before a script asks for the package, so start-up stays cheap.
 */
public final class TlsPackage implements PackageProvider {
    /** The version {@code package require tls} provides: the manual's. */
    public static final String VERSION = "2.0b1";
    /** Where the package's Tcl half lives inside the jar. */
    static final String SCRIPT = "/tcl4j:/tls/tls.tcl";

    @Override
    public void register(Interp interp) throws TclException {
        interp.register("::tcl4j::tls::Load", (in, objv) -> {
            TlsCommands.register(in);
            in.eval(TclValue.of("source " + SCRIPT));
            in.eval(TclValue.of("package provide tls " + VERSION));
            return TclValue.EMPTY;
        });
        interp.eval(TclValue.of("package ifneeded tls " + VERSION + " ::tcl4j::tls::Load"));
    }
}
