package org.tcl4j.core.pkg;

import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;
import org.tcl4j.core.Variables;
import org.tcl4j.core.cmd.Encodings;
import org.tcl4j.core.cmd.EnvArray;
import org.tcl4j.core.cmd.Environment;
import org.tcl4j.core.cmd.SourceCmd;

/**
 * Sets up a new interpreter the way tclsh's {@code Tcl_Init} and
 * {@code init.tcl} do: the global variables ({@code tcl_version},
 * {@code tcl_patchLevel}, {@code tcl_library}, {@code auto_path},
 * {@code tcl_platform}, {@code env}, ...), the loading machinery
 * ({@code source}, {@code unknown}, the package search and module path),
 * then our {@code init.tcl} from the library, then the packages other jars
 * provide ({@link PackageProvider}).
 *
 * <p>Our own library comes first on {@code auto_path}, and the system's
 * Tcl directories are not searched unless the user adds them, so
 * {@code package require tcltest} finds our tcltest.
 */
public final class LibraryBootstrap {
    private LibraryBootstrap() {
    }

    /** The library's initialisation script. */
    public static final String INIT_TCL = LibraryFs.LIBRARY + "/init.tcl";

    private static volatile List<PackageProvider> providers;

    /** Called by the Interp constructor, after the built-in commands exist. */
    public static void init(Interp interp) {
        SourceCmd.register(interp);
        AutoLoader.register(interp);
        PackageSearch.register(interp);
        ModulePath.register(interp);
        try {
            setVariables(interp, Environment.copy());
            PackageManager.of(interp).setUnknownHandler(TclValue.of("::tcl::tm::UnknownHandler ::tclPkgUnknown"));
            ModulePath.defaults(interp, List.of(LibraryFs.LIBRARY), Environment.copy());
            SourceCmd.evalFile(interp, INIT_TCL, Encodings.lookup("utf-8"));
            interp.takeCode();
        } catch (TclException e) {
            interp.stderr().println(e.errorInfo());
        }
        for (PackageProvider p : providers()) {
            try {
                p.register(interp);
            } catch (TclException | RuntimeException e) {
                PackageSearch.log(interp, "error registering package provider " + p.getClass().getName() + ": "
                        + e.getMessage());
            }
        }
    }

    private static List<PackageProvider> providers() {
        List<PackageProvider> l = providers;
        if (l == null) {
            l = new ArrayList<>();
            for (PackageProvider p : ServiceLoader.load(PackageProvider.class, LibraryBootstrap.class.getClassLoader())) {
                l.add(p);
            }
            providers = l;
        }
        return l;
    }

    static void setVariables(Interp interp, Map<String, String> env) throws TclException {
        interp.setGlobal("tcl_version", TclValue.of("8.6"));
        interp.setGlobal("tcl_patchLevel", TclValue.of(PackageManager.TCL_PATCH_LEVEL));
        interp.setGlobal("tcl_library", TclValue.of(LibraryFs.LIBRARY));
        interp.setGlobal("tcl_pkgPath", TclValue.EMPTY);
        interp.setGlobal("tcl_interactive", TclValue.ZERO);
        List<TclValue> autoPath = new ArrayList<>();
        String libPath = env.get("TCLLIBPATH");
        if (libPath != null) {
            try {
                autoPath.addAll(TclValue.of(libPath).asList());
            } catch (TclException e) {
                // tclsh would fail later on a malformed TCLLIBPATH; we just ignore it
            }
        }
        if (!autoPath.contains(TclValue.of(LibraryFs.LIBRARY))) {
            autoPath.add(TclValue.of(LibraryFs.LIBRARY));
        }
        interp.setGlobal("auto_path", TclValue.ofList(autoPath));
        Variables.ensureArray(interp, "::auto_index");

        String arch = System.getProperty("os.arch", "");
        String[][] platform = {
            {"byteOrder", ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? "littleEndian" : "bigEndian"},
            {"engine", "Tcl"},
            {"machine", arch.equals("amd64") ? "x86_64" : arch},
            {"os", System.getProperty("os.name", "")},
            {"osVersion", System.getProperty("os.version", "")},
            {"pathSeparator", ":"},
            {"platform", "unix"},
            {"pointerSize", "8"},
            {"threaded", "1"},
            {"user", System.getProperty("user.name", env.getOrDefault("USER", ""))},
            {"wordSize", "8"},
        };
        for (String[] kv : platform) {
            interp.setVar("::tcl_platform", kv[0], TclValue.of(kv[1]));
        }
        EnvArray.install(interp);
    }
}
