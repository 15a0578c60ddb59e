package org.tcl4j.core.pkg;

import java.io.File;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.tcl4j.core.Args;
import org.tcl4j.core.CallFrame;
import org.tcl4j.core.CommandEntry;
import org.tcl4j.core.Interp;
import org.tcl4j.core.Namespace;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;
import org.tcl4j.core.cmd.EncodingCmd;

/**
 * What tclsh's library does when a command is not found: the
 * {@code unknown} command, which tries {@code auto_load} (the
 * {@code auto_index} array, filled by hand or from {@code tclIndex} files
 * in {@code auto_path} directories) and, typed at an interactive prompt,
 * running programs and completing command prefixes; then fails with
 * {@code invalid command name "x"}. Also {@code auto_qualify} and
 * {@code auto_execok}.
 */
public final class AutoLoader {
    private AutoLoader() {
    }

    /** Per-interpreter state: commands whose unknown handling is under way. */
    private static final class State {
        final Set<String> pending = new HashSet<>();
    }

    public static void register(Interp interp) {
        interp.register("unknown", AutoLoader::unknown);
        interp.register("auto_load", AutoLoader::autoLoadCmd);
        interp.register("auto_load_index", AutoLoader::autoLoadIndexCmd);
        interp.register("auto_qualify", AutoLoader::autoQualifyCmd);
        interp.register("auto_execok", AutoLoader::autoExecok);
    }

    private static State state(Interp interp) {
        return interp.data(State.class, State::new);
    }

    // -------------------------------------------------------------- unknown

    static TclValue unknown(Interp interp, TclValue[] objv) throws TclException {
        String name = objv.length > 1 ? objv[1].toString() : "";
        if (interp.getVarOrNull("::auto_noload") == null) {
            State st = state(interp);
            if (!st.pending.add(name)) {
                throw new TclException("self-referential recursion in \"unknown\" for command \"" + name + "\"");
            }
            TclValue savedInfo = interp.getVarOrNull("::errorInfo");
            TclValue savedCode = interp.getVarOrNull("::errorCode");
            boolean loaded;
            try {
                loaded = autoLoad(interp, name, interp.currentNamespace().fullName());
            } catch (TclException e) {
                e.addErrorInfo("\n    (autoloading \"" + name + "\")");
                throw e;
            } finally {
                st.pending.remove(name);
            }
            if (loaded) {
                restore(interp, "::errorInfo", savedInfo);
                restore(interp, "::errorCode", savedCode);
                TclValue[] words = new TclValue[objv.length - 1];
                System.arraycopy(objv, 1, words, 0, words.length);
                return interp.invoke(words);
            }
        }
        if (interactiveTopLevel(interp)) {
            TclValue r = interactive(interp, objv, name);
            if (r != null) {
                return r;
            }
        }
        throw new TclException("invalid command name \"" + name + "\"",
                Args.code("TCL LOOKUP COMMAND", name));
    }

    private static void restore(Interp interp, String var, TclValue v) throws TclException {
        if (v != null) {
            interp.setVar(var, v);
        } else {
            interp.unsetVar(var, false);
        }
    }

    /** Typed at the prompt: called from the global level, not from a script file, in an interactive shell. */
    private static boolean interactiveTopLevel(Interp interp) {
        if (interp.varFrame().level() != 0 || !interp.scriptFile().isEmpty()) {
            return false;
        }
        TclValue v = interp.getVarOrNull("::tcl_interactive");
        try {
            return v != null && v.asBoolean();
        } catch (TclException e) {
            return false;
        }
    }

    /** Runs a program of that name (when {@code exec} exists), or completes a unique command prefix. */
    private static TclValue interactive(Interp interp, TclValue[] objv, String name) throws TclException {
        if (interp.getVarOrNull("::auto_noexec") == null && interp.findCommand("exec") != null) {
            String found = execok(interp, name);
            if (!found.isEmpty()) {
                List<TclValue> words = new ArrayList<>();
                words.add(TclValue.of("exec"));
                words.add(TclValue.of(">&@stdout"));
                words.add(TclValue.of("<@stdin"));
                words.addAll(TclValue.of(found).asList());
                for (int i = 2; i < objv.length; i++) {
                    words.add(objv[i]);
                }
                return interp.invoke(words.toArray(new TclValue[0]));
            }
        }
        TreeSet<String> matches = new TreeSet<>();
        collectPrefixed(interp.currentNamespace(), name, matches);
        collectPrefixed(interp.globalNamespace(), name, matches);
        if (matches.size() == 1) {
            TclValue[] words = new TclValue[objv.length - 1];
            System.arraycopy(objv, 1, words, 0, words.length);
            words[0] = TclValue.of(matches.first());
            return interp.invoke(words);
        }
        if (!matches.isEmpty()) {
            throw new TclException("ambiguous command name \"" + name + "\": " + TclList.format(new ArrayList<>(matches)));
        }
        return null;
    }

    private static void collectPrefixed(Namespace ns, String prefix, Set<String> out) {
        for (String c : ns.commands().keySet()) {
            if (c.startsWith(prefix)) {
                out.add(c);
            }
        }
    }

    // ------------------------------------------------------------ auto_load

    static TclValue autoLoadCmd(Interp interp, TclValue[] objv) throws TclException {
        Args.check(objv, 2, 3, 1, "cmd ?namespace?");
        String ns = objv.length == 3 && !objv[2].toString().isEmpty() ? objv[2].toString()
                : interp.currentNamespace().fullName();
        return TclValue.of(autoLoad(interp, objv[1].toString(), ns));
    }

    /**
     * Looks for the command in {@code auto_index} (under each name
     * {@link #qualify} gives), evaluates the index script at global level,
     * and reports whether the command exists afterwards. Reads the
     * {@code tclIndex} files of {@code auto_path} when it does not know the
     * command yet.
     */
    public static boolean autoLoad(Interp interp, String cmd, String namespace) throws TclException {
        List<String> names = qualify(cmd, namespace);
        names.add(cmd);
        if (loadFromIndex(interp, names)) {
            return true;
        }
        if (interp.getVarOrNull("::auto_path") == null || !autoLoadIndex(interp)) {
            return false;
        }
        return loadFromIndex(interp, names);
    }

    private static boolean loadFromIndex(Interp interp, List<String> names) throws TclException {
        for (String n : names) {
            TclValue script = indexEntry(interp, n);
            if (script == null) {
                continue;
            }
            PackageManager.evalGlobal(interp, script);
            interp.takeCode();
            if (existsFromGlobal(interp, n)) {
                return true;
            }
        }
        return false;
    }

    private static TclValue indexEntry(Interp interp, String name) {
        if (!interp.varExists("::auto_index(" + name + ")")) {
            return null;
        }
        try {
            return interp.getVar("::auto_index", name);
        } catch (TclException e) {
            return null;
        }
    }

    private static boolean existsFromGlobal(Interp interp, String name) {
        CallFrame saved = interp.setVarFrame(interp.globalFrame());
        try {
            CommandEntry e = interp.findCommand(name);
            return e != null;
        } finally {
            interp.setVarFrame(saved);
        }
    }

    static TclValue autoLoadIndexCmd(Interp interp, TclValue[] objv) throws TclException {
        Args.check(objv, 1, 1, 1, "");
        return TclValue.of(autoLoadIndex(interp));
    }

    /**
     * Reads the {@code tclIndex} file of every {@code auto_path} directory
     * (last to first, so the first directory wins) into {@code auto_index},
     * once per value of {@code auto_path}. Returns false when nothing changed.
     */
    public static boolean autoLoadIndex(Interp interp) throws TclException {
        TclValue path = interp.getVarOrNull("::auto_path");
        if (path == null) {
            return false;
        }
        interp.ensureNamespace("::tcl");
        TclValue old = interp.getVarOrNull("::tcl::auto_oldpath");
        if (old != null && old.toString().equals(path.toString())) {
            return false;
        }
        interp.setVar("::tcl::auto_oldpath", path);
        List<TclValue> dirs = path.asList();
        for (int i = dirs.size() - 1; i >= 0; i--) {
            String dir = dirs.get(i).toString();
            String file = ScriptFiles.join(dir, "tclIndex");
            if (!ScriptFiles.isFile(file)) {
                continue;
            }
            String text;
            try {
                text = ScriptFiles.readScript(file, EncodingCmd.systemEncoding(interp));
            } catch (TclException e) {
                continue;
            }
            readIndex(interp, dir, file, text);
        }
        return true;
    }

    private static void readIndex(Interp interp, String dir, String file, String text) throws TclException {
        int nl = text.indexOf('\n');
        String id = nl < 0 ? text : text.substring(0, nl);
        String rest = nl < 0 ? "" : text.substring(nl + 1);
        if (id.equals("# Tcl autoload index file, version 2.0")) {
            // the index script expects $dir, as a local of the loading procedure
            try (LocalFrame f = LocalFrame.push(interp, new TclValue[] {TclValue.of("auto_load_index")})) {
                // as in tclsh's auto_load_index: auto_index is the global array, $dir a local
                interp.eval("global auto_index");
                interp.setVar("dir", TclValue.of(dir));
                interp.eval(TclValue.of(rest));
                interp.takeCode();
            }
        } else if (id.equals("# Tcl autoload index file: each line identifies a Tcl")) {
            for (String line : rest.split("\n")) {
                if (line.startsWith("#")) {
                    continue;
                }
                List<TclValue> words;
                try {
                    words = TclValue.of(line).asList();
                } catch (TclException e) {
                    continue;
                }
                if (words.size() == 2) {
                    interp.setVar("::auto_index", words.get(0).toString(),
                            TclValue.of("source " + ScriptFiles.join(dir, words.get(1).toString())));
                }
            }
        } else {
            throw new TclException(file + " isn't a proper Tcl index file");
        }
    }

    // --------------------------------------------------------- auto_qualify

    static TclValue autoQualifyCmd(Interp interp, TclValue[] objv) throws TclException {
        Args.check(objv, 3, 3, 1, "cmd namespace");
        List<TclValue> out = new ArrayList<>();
        for (String s : qualify(objv[1].toString(), objv[2].toString())) {
            out.add(TclValue.of(s));
        }
        return TclValue.ofList(out);
    }

    /**
     * The names under which {@code auto_index} may know a command used in
     * {@code namespace}: the namespace's own name first, then the global one.
     */
    public static List<String> qualify(String cmd, String namespace) {
        int runs = 0;
        StringBuilder sb = new StringBuilder(cmd.length());
        for (int i = 0; i < cmd.length(); i++) {
            if (cmd.startsWith("::", i)) {
                runs++;
                sb.append("::");
                i += 2;
                while (i < cmd.length() && cmd.charAt(i) == ':') {
                    i++;
                }
                i--;
            } else {
                sb.append(cmd.charAt(i));
            }
        }
        String c = sb.toString();
        List<String> out = new ArrayList<>(2);
        if (c.startsWith("::")) {
            out.add(runs > 1 ? c : c.substring(2));
        } else if (runs == 0) {
            if (!namespace.equals("::")) {
                out.add(namespace + "::" + c);
            }
            out.add(c);
        } else if (namespace.equals("::")) {
            out.add("::" + c);
        } else {
            out.add(namespace + "::" + c);
            out.add("::" + c);
        }
        return out;
    }

    // ---------------------------------------------------------- auto_execok

    static TclValue autoExecok(Interp interp, TclValue[] objv) throws TclException {
        Args.check(objv, 2, 2, 1, "name");
        return TclValue.of(execok(interp, objv[1].toString()));
    }

    /**
     * The program a command name runs, as a one-element list, searched on
     * {@code $env(PATH)} unless the name has a directory part; "" when
     * there is none. Answers are remembered in {@code auto_execs}.
     */
    static String execok(Interp interp, String name) throws TclException {
        if (interp.varExists("::auto_execs(" + name + ")")) {
            return interp.getVar("::auto_execs", name).toString();
        }
        String found = "";
        if (name.contains("/")) {
            if (isProgram(name)) {
                found = TclList.format(List.of(name));
            }
        } else if (!name.isEmpty()) {
            TclValue path = interp.varExists("::env(PATH)") ? interp.getVar("::env", "PATH") : TclValue.EMPTY;
            for (String dir : path.toString().split(":", -1)) {
                String file = ScriptFiles.join(dir.isEmpty() ? "." : dir, name);
                if (isProgram(file)) {
                    found = TclList.format(List.of(file));
                    break;
                }
            }
        }
        interp.setVar("::auto_execs", name, TclValue.of(found));
        return found;
    }

    private static boolean isProgram(String path) {
        File f = new File(path);
        return f.canExecute() && !f.isDirectory();
    }
}
