package org.tcl4j.core.pkg;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;

/**
 * A package that lives in another jar (for example tcl4j-tls) and makes
 * itself known to every new interpreter, usually with
 * {@code package ifneeded name version script}. Implementations are found
 * with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/org.tcl4j.core.pkg.PackageProvider}. Scripts
 * shipped as resources under {@code tcl4j/<tree>/} can be sourced from
 * {@code /tcl4j:/<tree>/...} (see {@link LibraryFs}).
 */
public interface PackageProvider {
    /** Called once for each new interpreter, after the Tcl library is set up. */
    void register(Interp interp) throws TclException;
}
