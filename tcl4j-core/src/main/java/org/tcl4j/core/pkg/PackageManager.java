package org.tcl4j.core.pkg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tcl4j.core.CallFrame;
import org.tcl4j.core.Interp;
import org.tcl4j.core.Args;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;

/**
 * The package database of one interpreter, and the {@code package require}
 * algorithm of Tcl 8.6: provided versions, {@code ifneeded} scripts, the
 * stable/latest preference, and the {@code package unknown} handler that
 * searches {@code auto_path} and the module path when nothing known fits.
 */
public final class PackageManager {
    /** The Tcl version this runtime implements; {@code package provide Tcl} answers it. */
    public static final String TCL_PATCH_LEVEL = "8.6.13";

    private static final Object KEY = PackageManager.class;

    /** One package name: what is provided and what could be loaded. */
    static final class Pkg {
        final String name;
        Version provided;
        /** The version whose ifneeded script is running, to detect cycles. */
        Version pending;
        final List<Available> available = new ArrayList<>(2);

        Pkg(String name) {
            this.name = name;
        }

        Available find(Version v) {
            for (Available a : available) {
                if (a.version.sameAs(v)) {
                    return a;
                }
            }
            return null;
        }
    }

    /** An {@code ifneeded} entry. */
    static final class Available {
        final Version version;
        TclValue script;

        Available(Version version, TclValue script) {
            this.version = version;
            this.script = script;
        }
    }

    private final Map<String, Pkg> packages = new LinkedHashMap<>();
    private boolean preferLatest = System.getenv("TCL_PKG_PREFER_LATEST") != null;
    private TclValue unknownHandler;

    private PackageManager() {
        Pkg tcl = pkg("Tcl");
        tcl.provided = versionOf(TCL_PATCH_LEVEL);
        // provided by tclsh 8.6 itself too: the zlib command, and bignum support (for extensions)
        pkg("tcl::tommath").provided = versionOf(TCL_PATCH_LEVEL);
        pkg("zlib").provided = versionOf("2.0.1");
    }

    private static Version versionOf(String s) {
        try {
            return Version.parse(s);
        } catch (TclException e) {
            throw new IllegalArgumentException(s, e);
        }
    }

    /** The package database of {@code interp}, created with {@code Tcl} provided. */
    public static PackageManager of(Interp interp) {
        return interp.data(KEY, PackageManager::new);
    }

    private Pkg pkg(String name) {
        return packages.computeIfAbsent(name, Pkg::new);
    }

    // -------------------------------------------------------------- provide

    /** The provided version of {@code name}, or null. */
    public String provided(String name) {
        Pkg p = packages.get(name);
        return p == null || p.provided == null ? null : p.provided.toString();
    }

    /** Records that {@code version} of {@code name} is loaded. */
    public void provide(String name, Version version) throws TclException {
        Pkg p = pkg(name);
        if (p.provided == null) {
            p.provided = version;
            return;
        }
        if (!p.provided.sameAs(version)) {
            throw new TclException("conflicting versions provided for package \"" + name + "\": " + p.provided
                    + ", then " + version, "TCL PACKAGE VERSIONCONFLICT");
        }
    }

    // ------------------------------------------------------------- ifneeded

    /** The ifneeded script for a version (compared as versions), or null. */
    public TclValue ifneeded(String name, Version version) {
        Pkg p = packages.get(name);
        Available a = p == null ? null : p.find(version);
        return a == null ? null : a.script;
    }

    /** Sets the script that loads {@code version} of {@code name}. */
    public void setIfneeded(String name, Version version, TclValue script) {
        Pkg p = pkg(name);
        Available a = p.find(version);
        if (a == null) {
            p.available.add(new Available(version, script));
        } else {
            a.script = script;
        }
    }

    /** Versions with ifneeded scripts, in the order they were first given. */
    public List<String> versions(String name) {
        Pkg p = packages.get(name);
        List<String> out = new ArrayList<>();
        if (p != null) {
            for (Available a : p.available) {
                out.add(a.version.toString());
            }
        }
        return out;
    }

    /** Names of packages that are provided or have ifneeded scripts. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        for (Pkg p : packages.values()) {
            if (p.provided != null || !p.available.isEmpty()) {
                out.add(p.name);
            }
        }
        return out;
    }

    public void forget(String name) {
        packages.remove(name);
    }

    // --------------------------------------------------- prefer and unknown

    /** "latest" or "stable". */
    public String prefer() {
        return preferLatest ? "latest" : "stable";
    }

    /** Tcl only ever moves the preference towards "latest". */
    public void preferLatest() {
        preferLatest = true;
    }

    /** The package unknown handler script, or null when there is none. */
    public TclValue unknownHandler() {
        return unknownHandler;
    }

    public void setUnknownHandler(TclValue script) {
        unknownHandler = script == null || script.toString().isEmpty() ? null : script;
    }

    // -------------------------------------------------------------- present

    /** {@code package present}: the provided version, checked against {@code reqs}. */
    public String present(String name, List<Requirement> reqs) throws TclException {
        Pkg p = packages.get(name);
        if (p == null || p.provided == null) {
            // tclsh names only the first requirement here, as typed
            String typed = reqs.isEmpty() ? null : reqs.get(0).typedVersion();
            String shown = typed == null ? "" : " " + typed;
            throw new TclException("package " + name + shown + " is not present",
                    Args.code("TCL LOOKUP PACKAGE", name));
        }
        checkSatisfied(p, reqs);
        return p.provided.toString();
    }

    private static void checkSatisfied(Pkg p, List<Requirement> reqs) throws TclException {
        if (!Requirement.anySatisfied(p.provided, reqs)) {
            throw new TclException("version conflict for package \"" + p.name + "\": have " + p.provided + ", need "
                    + Requirement.describeAll(reqs), "TCL PACKAGE VERSIONCONFLICT");
        }
    }

    // -------------------------------------------------------------- require

    /**
     * {@code package require}: returns the provided version, loading the
     * best fitting ifneeded script first, and asking the unknown handler
     * when none fits.
     */
    public String require(Interp interp, String name, List<Requirement> reqs) throws TclException {
        Pkg p = pkg(name);
        if (p.provided == null) {
            loadBest(interp, p, reqs);
            p = packages.get(name);
        }
        if ((p == null || p.provided == null) && unknownHandler != null) {
            runUnknownHandler(interp, name, reqs);
            p = packages.get(name);
            if (p != null && p.provided == null) {
                loadBest(interp, p, reqs);
                p = packages.get(name);
            }
        }
        if (p == null || p.provided == null) {
            String shown = reqs.isEmpty() ? "" : " " + Requirement.describeAll(reqs);
            throw new TclException("can't find package " + name + shown, "TCL PACKAGE UNFOUND");
        }
        checkSatisfied(p, reqs);
        return p.provided.toString();
    }

    /** Chooses the ifneeded version to load (by preference) and runs its script. */
    private void loadBest(Interp interp, Pkg p, List<Requirement> reqs) throws TclException {
        if (p.pending != null) {
            throw new TclException("circular package dependency: attempt to provide " + p.name + " " + p.pending
                    + " requires " + p.name, "TCL PACKAGE CIRCULARITY");
        }
        Available best = null;
        Available bestStable = null;
        for (Available a : p.available) {
            if (!Requirement.anySatisfied(a.version, reqs)) {
                continue;
            }
            if (best == null || a.version.compareTo(best.version) > 0) {
                best = a;
            }
            if (a.version.isStable() && (bestStable == null || a.version.compareTo(bestStable.version) > 0)) {
                bestStable = a;
            }
        }
        if (!preferLatest && bestStable != null) {
            best = bestStable;
        }
        if (best == null) {
            return;
        }
        Version v = best.version;
        String context = "\n    (\"package ifneeded " + p.name + " " + v + "\" script)";
        p.pending = v;
        int code;
        try {
            evalGlobal(interp, best.script);
            code = interp.takeCode();
        } catch (TclException e) {
            e.addErrorInfo(context);
            throw e;
        } finally {
            p.pending = null;
        }
        String failure = null;
        String errorCode = null;
        Pkg now = packages.get(p.name);
        if (code != Interp.OK) {
            failure = "bad return code: " + code;
            errorCode = "TCL PACKAGE BADRESULT";
        } else if (now == null || now.provided == null) {
            failure = "no version of package " + p.name + " provided";
            errorCode = "TCL PACKAGE UNPROVIDED";
        } else if (!now.provided.sameAs(v)) {
            failure = "package " + p.name + " " + now.provided + " provided instead";
            errorCode = "TCL PACKAGE WRONGPROVIDE";
        }
        if (failure != null) {
            TclException e = new TclException("attempt to provide package " + p.name + " " + v + " failed: " + failure,
                    errorCode);
            e.addErrorInfo(context);
            throw e;
        }
    }

    /** Runs {@code {*}$handler name ?req ...?} (with {@code 0-} for no requirement) at global level. */
    private void runUnknownHandler(Interp interp, String name, List<Requirement> reqs) throws TclException {
        StringBuilder sb = new StringBuilder(unknownHandler.toString());
        sb.append(' ');
        TclList.appendElement(sb, name, false);
        if (reqs.isEmpty()) {
            sb.append(" 0-");
        }
        for (Requirement r : reqs) {
            sb.append(' ');
            TclList.appendElement(sb, r.toString(), false);
        }
        String context = "\n    (\"package unknown\" script)";
        int code;
        try {
            evalGlobal(interp, TclValue.of(sb.toString()));
            code = interp.takeCode();
        } catch (TclException e) {
            e.addErrorInfo(context);
            throw e;
        }
        if (code != Interp.OK) {
            TclException e = new TclException("bad return code: " + code, "TCL PACKAGE BADRESULT");
            e.addErrorInfo(context);
            throw e;
        }
    }

    /** Evaluates a script in the global frame, as {@code uplevel #0} does. */
    static TclValue evalGlobal(Interp interp, TclValue script) throws TclException {
        CallFrame saved = interp.setVarFrame(interp.globalFrame());
        try {
            return interp.eval(script);
        } finally {
            interp.setVarFrame(saved);
        }
    }
}
