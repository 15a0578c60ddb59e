package org.tcl4j.core.pkg;

import java.nio.file.InvalidPathException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;

/**
 * Tcl modules: a package {@code a::b} of version {@code 1.2} may be a
 * single file {@code a/b-1.2.tm} under one of the module path roots. This
 * class keeps the roots ({@code tcl::tm::path add/remove/list},
 * {@code tcl::tm::roots}) and provides {@code tcl::tm::UnknownHandler},
 * which registers {@code package ifneeded} scripts for the module files it
 * finds before handing over to the next handler ({@code tclPkgUnknown}).
 */
public final class ModulePath {
    private ModulePath() {
    }

    /** Per interpreter: the roots, most recently added first. */
    private static final class State {
        final List<String> paths = new ArrayList<>();
    }

    private static final String NS = "::tcl::tm::";

    public static void register(Interp interp) {
        interp.register(NS + "path", ModulePath::pathCmd);
        interp.register(NS + "add", (i, objv) -> add(i, objv, 1));
        interp.register(NS + "remove", (i, objv) -> remove(i, objv, 1));
        interp.register(NS + "list", (i, objv) -> {
            Args.check(objv, 1, 1, 1, "");
            return list(i);
        });
        interp.register(NS + "roots", ModulePath::rootsCmd);
        interp.register(NS + "Defaults", ModulePath::defaultsCmd);
        interp.register(NS + "UnknownHandler", ModulePath::unknownHandler);
    }

    private static State state(Interp interp) {
        return interp.data(State.class, State::new);
    }

    /** The module path roots in search order. */
    public static List<String> paths(Interp interp) {
        return List.copyOf(state(interp).paths);
    }

    // ------------------------------------------------------------- commands

    private static final String[] SUBCOMMANDS = {"add", "list", "remove"};

    /** {@code tcl::tm::path add|list|remove}, an ensemble in tclsh. */
    static TclValue pathCmd(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "subcommand ?arg ...?");
        }
        String sub = objv[1].toString();
        int found = -1;
        for (int i = 0; i < SUBCOMMANDS.length && !sub.isEmpty(); i++) {
            // the subcommands start with different letters, so a prefix is never ambiguous
            if (SUBCOMMANDS[i].startsWith(sub)) {
                found = i;
            }
        }
        if (found < 0) {
            throw new TclException("unknown or ambiguous subcommand \"" + sub + "\": must be add, list, or remove",
                    Args.code("TCL LOOKUP SUBCOMMAND", sub));
        }
        TclValue[] named = objv.clone();
        named[1] = TclValue.of(SUBCOMMANDS[found]);
        switch (found) {
            case 0:
                return add(interp, named, 2);
            case 1:
                Args.check(named, 2, 2, 2, "");
                return list(interp);
            default:
                return remove(interp, named, 2);
        }
    }

    private static TclValue list(Interp interp) {
        List<TclValue> out = new ArrayList<>();
        for (String p : state(interp).paths) {
            out.add(TclValue.of(p));
        }
        return TclValue.ofList(out);
    }

    private static TclValue add(Interp interp, TclValue[] objv, int first) throws TclException {
        List<String> paths = new ArrayList<>(state(interp).paths);
        for (int i = first; i < objv.length; i++) {
            addTo(paths, objv[i].toString());
        }
        State st = state(interp);
        st.paths.clear();
        st.paths.addAll(paths);
        return TclValue.EMPTY;
    }

    /** Adds a root in front; a root may not contain another one. */
    private static void addTo(List<String> paths, String p) throws TclException {
        if (paths.contains(p)) {
            return;
        }
        for (String ep : paths) {
            if (ep.startsWith(p + "/")) {
                throw new TclException(p + " is ancestor of existing module path " + ep + ".");
            }
        }
        for (String ep : paths) {
            if (p.startsWith(ep + "/")) {
                throw new TclException(p + " is subdirectory of existing module path " + ep + ".");
            }
        }
        paths.add(0, p);
    }

    private static TclValue remove(Interp interp, TclValue[] objv, int first) {
        List<String> paths = state(interp).paths;
        for (int i = first; i < objv.length; i++) {
            paths.remove(objv[i].toString());
        }
        return TclValue.EMPTY;
    }

    static TclValue rootsCmd(Interp interp, TclValue[] objv) throws TclException {
        Args.check(objv, 2, 2, 1, "paths");
        List<String> roots = new ArrayList<>();
        for (TclValue v : objv[1].asList()) {
            roots.add(v.toString());
        }
        roots(interp, roots);
        return TclValue.EMPTY;
    }

    /**
     * Adds, for each root, {@code root/tcl8/8.6} down to {@code 8.0} and
     * {@code root/tcl8/site-tcl}, as {@code tcl::tm::roots} does.
     */
    public static void roots(Interp interp, List<String> roots) throws TclException {
        List<String> paths = state(interp).paths;
        for (String root : roots) {
            String base = ScriptFiles.join(root, "tcl8");
            for (int minor = 6; minor >= 0; minor--) {
                addTo(paths, normalize(ScriptFiles.join(base, "8." + minor)));
            }
            addTo(paths, normalize(ScriptFiles.join(base, "site-tcl")));
        }
    }

    private static String normalize(String p) {
        if (LibraryFs.isVirtual(p)) {
            return LibraryFs.MOUNT + "/" + LibraryFs.relative(p);
        }
        try {
            return ScriptFiles.toPath(p).toAbsolutePath().normalize().toString();
        } catch (InvalidPathException e) {
            return p;
        }
    }

    static TclValue defaultsCmd(Interp interp, TclValue[] objv) throws TclException {
        Args.check(objv, 1, 1, 1, "");
        defaults(interp, List.of(LibraryFs.LIBRARY), System.getenv());
        return TclValue.EMPTY;
    }

    /**
     * The initial module path: the given roots, then the directories named
     * by the environment variables {@code TCL8.n_TM_PATH} and
     * {@code TCL8_n_TM_PATH} (colon separated), which end up in front.
     */
    public static void defaults(Interp interp, List<String> roots, Map<String, String> env) throws TclException {
        roots(interp, roots);
        List<String> paths = state(interp).paths;
        for (int minor = 6; minor >= 0; minor--) {
            for (String var : new String[] {"TCL8." + minor + "_TM_PATH", "TCL8_" + minor + "_TM_PATH"}) {
                String v = env.get(var);
                if (v == null) {
                    continue;
                }
                for (String p : v.split(":", -1)) {
                    addTo(paths, p);
                }
            }
        }
    }

    // ------------------------------------------------------- unknown handler

    /** {@code tcl::tm::UnknownHandler original name ?requirement ...?}. */
    static TclValue unknownHandler(Interp interp, TclValue[] objv) throws TclException {
        Args.check(objv, 3, -1, 1, "original name ?arg ...?");
        String original = objv[1].toString();
        String name = objv[2].toString();
        List<Requirement> reqs = new ArrayList<>();
        for (int i = 3; i < objv.length; i++) {
            reqs.add(Requirement.parse(objv[i].toString()));
        }
        if (registerModules(interp, name, reqs)) {
            return TclValue.EMPTY;
        }
        if (original.isEmpty()) {
            return TclValue.EMPTY;
        }
        List<TclValue> words = new ArrayList<>();
        for (int i = 2; i < objv.length; i++) {
            words.add(objv[i]);
        }
        return interp.eval(original + " " + TclValue.ofList(words));
    }

    /**
     * Registers every module file found in the directory where modules of
     * {@code name} would be, under each root (the first root wins); true
     * when one of them satisfies the requirements.
     */
    static boolean registerModules(Interp interp, String name, List<Requirement> reqs) throws TclException {
        List<String> paths = state(interp).paths;
        if (paths.isEmpty()) {
            return false;
        }
        String pkgPath = name.replace("::", "/");
        int slash = pkgPath.lastIndexOf('/');
        String pkgRoot = slash < 0 ? "" : pkgPath.substring(0, slash);
        String prefix = pkgRoot.isEmpty() ? "" : pkgRoot.replace("/", "::") + "::";
        PackageManager pm = PackageManager.of(interp);
        boolean satisfied = false;
        for (String root : List.copyOf(paths)) {
            if (!ScriptFiles.isDirectory(root)) {
                continue;
            }
            String dir = pkgRoot.isEmpty() ? root : ScriptFiles.join(root, pkgRoot);
            if (!ScriptFiles.isDirectory(dir)) {
                continue;
            }
            for (String entry : ScriptFiles.list(dir)) {
                if (entry.endsWith("/") || !entry.endsWith(".tm") || entry.startsWith(".")) {
                    continue;
                }
                String[] nv = splitModuleName(prefix + entry);
                if (nv == null || !Version.isValid(nv[1])) {
                    continue;
                }
                Version v = Version.parse(nv[1]);
                TclValue known = pm.ifneeded(nv[0], v);
                if (known != null && !known.toString().isEmpty()) {
                    continue;
                }
                String file = ScriptFiles.join(dir, entry);
                String script = TclList.format(List.of("package", "provide", nv[0], nv[1])) + ";"
                        + TclList.format(List.of("source", "-encoding", "utf-8", file));
                pm.setIfneeded(nv[0], v, TclValue.of(script));
                if (nv[0].equals(name) && Requirement.anySatisfied(v, reqs)) {
                    satisfied = true;
                }
            }
        }
        return satisfied;
    }

    /**
     * {@code a::b-1.2.tm} to {@code {a::b, 1.2}}: a name of letters, digits,
     * {@code _} and {@code :} not starting with a digit or colon, a dash, a
     * version starting with a digit; null for anything else.
     */
    static String[] splitModuleName(String file) {
        if (!file.endsWith(".tm") || file.isEmpty()) {
            return null;
        }
        char c0 = file.charAt(0);
        if (!(c0 == '_' || Character.isLetter(c0))) {
            return null;
        }
        int i = 1;
        while (i < file.length()) {
            char c = file.charAt(i);
            if (c == '_' || c == ':' || Character.isLetterOrDigit(c)) {
                i++;
            } else {
                break;
            }
        }
        int end = file.length() - 3;
        if (i >= end || file.charAt(i) != '-' || i + 1 >= end || !Character.isDigit(file.charAt(i + 1))) {
            return null;
        }
        return new String[] {file.substring(0, i), file.substring(i + 1, end)};
    }
}
