package org.tcl4j.core.cmd;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tcl4j.core.Args;
import org.tcl4j.core.CallFrame;
import org.tcl4j.core.CommandEntry;
import org.tcl4j.core.Interp;
import org.tcl4j.core.Namespace;
import org.tcl4j.core.Parser;
import org.tcl4j.core.Proc;
import org.tcl4j.core.TclDict;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;
import org.tcl4j.core.Var;

/** The {@code info} command. */
public final class InfoCmd {
    private InfoCmd() {
    }

    static final String[] SUBCOMMANDS = {"args", "body", "class", "cmdcount", "commands", "complete", "coroutine",
        "default", "errorstack", "exists", "frame", "functions", "globals", "hostname", "level", "library", "loaded",
        "locals", "nameofexecutable", "object", "patchlevel", "procs", "script", "sharedlibextension", "tclversion",
        "vars"};

    public static void register(Interp interp) {
        interp.register("info", InfoCmd::info);
    }

    static TclValue info(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "subcommand ?arg ...?");
        }
        int sub = Args.subcommand(objv[1], SUBCOMMANDS);
        switch (SUBCOMMANDS[sub]) {
            case "args": {
                Args.check(objv, 3, 3, 2, "procname");
                Proc p = proc(interp, objv[2]);
                List<TclValue> out = new ArrayList<>();
                for (String n : p.argNames()) {
                    out.add(TclValue.of(n));
                }
                return TclValue.ofList(out);
            }
            case "body":
                Args.check(objv, 3, 3, 2, "procname");
                return proc(interp, objv[2]).body();
            case "cmdcount":
                Args.check(objv, 2, 2, 2, "");
                return TclValue.of(interp.commandCount());
            case "commands":
                Args.check(objv, 2, 3, 2, "?pattern?");
                return commands(interp, objv.length > 2 ? objv[2].toString() : null, false);
            case "procs":
                Args.check(objv, 2, 3, 2, "?pattern?");
                return commands(interp, objv.length > 2 ? objv[2].toString() : null, true);
            case "complete":
                Args.check(objv, 3, 3, 2, "command");
                return TclValue.of(Parser.isComplete(objv[2].toString()));
            case "coroutine":
                Args.check(objv, 2, 2, 2, "");
                return TclValue.of(Coroutines.currentName(interp));
            case "default": {
                Args.check(objv, 5, 5, 2, "procname arg varname");
                Proc p = proc(interp, objv[2]);
                String arg = objv[3].toString();
                if (!p.hasArg(arg)) {
                    throw new TclException("procedure \"" + objv[2] + "\" doesn't have an argument \"" + arg + "\"",
                            Args.code("TCL LOOKUP ARGUMENT", arg));
                }
                TclValue def = p.defaultOf(arg);
                interp.setVar(objv[4].toString(), def == null ? TclValue.EMPTY : def); // its error as tclsh's
                return TclValue.of(def != null);
            }
            case "errorstack":
            {
                Args.check(objv, 2, 3, 2, "?interp?");
                Interp target = objv.length == 3 ? InterpCmd.resolve(interp, objv[2]) : interp;
                return target.lastErrorStack();
            }
            case "exists":
                Args.check(objv, 3, 3, 2, "varName");
                return TclValue.of(interp.varExists(objv[2]));
            case "frame":
                return frame(interp, objv);
            case "functions": {
                Args.check(objv, 2, 3, 2, "?pattern?");
                String pattern = objv.length > 2 ? objv[2].toString() : "*";
                List<TclValue> out = new ArrayList<>();
                Namespace mf = interp.findNamespace("::tcl::mathfunc", interp.globalNamespace());
                if (mf != null) {
                    for (String n : mf.commands().keySet()) {
                        if (GlobMatch.matches(pattern, n, false)) {
                            out.add(TclValue.of(n));
                        }
                    }
                }
                return TclValue.ofList(out);
            }
            case "globals": {
                Args.check(objv, 2, 3, 2, "?pattern?");
                return varNames(interp.globalNamespace().vars(), objv.length > 2 ? objv[2].toString() : null, false);
            }
            case "hostname":
                Args.check(objv, 2, 2, 2, "");
                try {
                    return TclValue.of(InetAddress.getLocalHost().getHostName());
                } catch (java.io.IOException e) {
                    return TclValue.of("localhost");
                }
            case "level":
                return level(interp, objv);
            case "library":
                Args.check(objv, 2, 2, 2, "");
                TclValue lib = interp.getVarOrNull("::tcl_library");
                if (lib == null) {
                    throw new TclException("no library has been specified for Tcl", "TCL LOOKUP VARNAME tcl_library");
                }
                return lib;
            case "loaded":
                Args.check(objv, 2, 3, 2, "?interp?");
                if (objv.length == 3) {
                    InterpCmd.resolve(interp, objv[2]);
                }
                return TclValue.EMPTY;
            case "locals": {
                Args.check(objv, 2, 3, 2, "?pattern?");
                CallFrame f = interp.varFrame();
                if (!f.isProc()) {
                    return TclValue.EMPTY;
                }
                return varNames(f.locals(), objv.length > 2 ? objv[2].toString() : null, true);
            }
            case "nameofexecutable":
                Args.check(objv, 2, 2, 2, "");
                return TclValue.of(System.getProperty("tcl4j.executable", ""));
            case "patchlevel":
                Args.check(objv, 2, 2, 2, "");
                return TclValue.of(PATCHLEVEL);
            case "script":
                Args.check(objv, 2, 3, 2, "?filename?");
                if (objv.length == 3) {
                    interp.setScriptFile(objv[2].toString());
                }
                return TclValue.of(interp.scriptFile());
            case "sharedlibextension":
                Args.check(objv, 2, 2, 2, "");
                return TclValue.of(".so");
            case "tclversion":
                Args.check(objv, 2, 2, 2, "");
                return TclValue.of("8.6");
            case "vars": {
                Args.check(objv, 2, 3, 2, "?pattern?");
                return vars(interp, objv.length > 2 ? objv[2].toString() : null);
            }
            default:
                throw new TclException("info " + SUBCOMMANDS[sub] + " is not supported: TclOO is not part of tcl4j",
                        "TCL UNSUPPORTED");
        }
    }

    /** The patch level tcl4j's runtime reports, the 8.6 it is compatible with. */
    public static final String PATCHLEVEL = "8.6.13";

    private static Proc proc(Interp interp, TclValue name) throws TclException {
        CommandEntry e = interp.findCommand(name.toString());
        if (e == null || !(e.origin().command() instanceof Proc p)) {
            throw new TclException("\"" + name + "\" isn't a procedure", Args.code("TCL LOOKUP PROCEDURE", name));
        }
        return p;
    }

    private static TclValue commands(Interp interp, String pattern, boolean procsOnly) {
        Set<String> out = new LinkedHashSet<>();
        Namespace cur = interp.currentNamespace();
        if (pattern != null && pattern.contains("::")) {
            int sep = pattern.lastIndexOf("::");
            String nsName = pattern.substring(0, sep);
            Namespace ns = nsName.isEmpty() ? interp.globalNamespace() : interp.findNamespace(nsName, cur);
            if (ns == null) {
                return TclValue.EMPTY;
            }
            String tail = pattern.substring(sep + 2);
            for (CommandEntry e : ns.commands().values()) {
                if (GlobMatch.matches(tail, e.name(), false) && (!procsOnly || e.origin().command() instanceof Proc)) {
                    out.add(e.fullName());
                }
            }
            return toList(out);
        }
        for (CommandEntry e : cur.commands().values()) {
            if ((pattern == null || GlobMatch.matches(pattern, e.name(), false))
                    && (!procsOnly || e.origin().command() instanceof Proc)) {
                out.add(e.name());
            }
        }
        if (!cur.isGlobal()) {
            for (CommandEntry e : interp.globalNamespace().commands().values()) {
                if ((pattern == null || GlobMatch.matches(pattern, e.name(), false))
                        && (!procsOnly || e.origin().command() instanceof Proc) && !procsOnly) {
                    out.add(e.name());
                }
            }
        }
        return toList(out);
    }

    private static TclValue toList(Set<String> names) {
        List<TclValue> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(TclValue.of(n));
        }
        return TclValue.ofList(out);
    }

    private static TclValue varNames(Map<String, Var> vars, String pattern, boolean skipLinks) {
        List<TclValue> out = new ArrayList<>();
        for (Map.Entry<String, Var> e : vars.entrySet()) {
            Var v = e.getValue();
            if (skipLinks && isLink(v)) {
                continue;
            }
            if (!exists(v)) {
                continue;
            }
            if (pattern == null || GlobMatch.matches(pattern, e.getKey(), false)) {
                out.add(TclValue.of(e.getKey()));
            }
        }
        return TclValue.ofList(out);
    }

    private static boolean isLink(Var v) {
        return org.tcl4j.core.Variables.isLink(v);
    }

    private static boolean exists(Var v) {
        return org.tcl4j.core.Variables.isVisible(v);
    }

    private static TclValue vars(Interp interp, String pattern) {
        CallFrame f = interp.varFrame();
        if (f.isProc()) {
            return varNames(f.locals(), pattern, false);
        }
        Namespace cur = interp.currentNamespace();
        if (pattern != null && pattern.contains("::")) {
            int sep = pattern.lastIndexOf("::");
            String nsName = pattern.substring(0, sep);
            Namespace ns = nsName.isEmpty() ? interp.globalNamespace() : interp.findNamespace(nsName, cur);
            if (ns == null) {
                return TclValue.EMPTY;
            }
            List<TclValue> out = new ArrayList<>();
            String tail = pattern.substring(sep + 2);
            for (Map.Entry<String, Var> e : ns.vars().entrySet()) {
                if (exists(e.getValue()) && GlobMatch.matches(tail, e.getKey(), false)) {
                    // a qualified pattern gives fully qualified names
                    out.add(TclValue.of(ns.qualifier() + e.getKey()));
                }
            }
            return TclValue.ofList(out);
        }
        TclValue own = varNames(cur.vars(), pattern, false);
        return own;
    }

    private static TclValue level(Interp interp, TclValue[] objv) throws TclException {
        Args.check(objv, 2, 3, 2, "?number?");
        CallFrame cur = interp.varFrame();
        if (objv.length == 2) {
            return TclValue.of(cur.level());
        }
        int n = Args.intArg(objv[2]);
        int target = n <= 0 ? cur.level() + n : n;
        if (target < 0 || target > cur.level() || (target == 0 && n > 0)) {
            throw badStackLevel(objv[2]);
        }
        CallFrame f = cur;
        while (f.level() > target) {
            f = f.caller();
        }
        if (f.objv() == null) {
            throw badStackLevel(objv[2]);
        }
        return TclValue.ofList(TclList.wrap(f.objv().clone()));
    }

    /** "info level" names a missing level as tclsh's uplevel does: TCL LOOKUP STACK_LEVEL. */
    private static TclException badStackLevel(TclValue level) {
        return new TclException("bad level \"" + level + "\"",
                Args.code("TCL LOOKUP STACK_LEVEL", level));
    }

    private static TclValue frame(Interp interp, TclValue[] objv) throws TclException {
        Args.check(objv, 2, 3, 2, "?number?");
        int depth = interp.frameDepth();
        if (objv.length == 2) {
            return TclValue.of(depth);
        }
        int n = Args.intArg(objv[2]);
        int target = n <= 0 ? depth + n : n;
        if (target < 1 || target > depth) {
            throw new TclException("bad level \"" + objv[2] + "\"", Args.code("TCL LOOKUP LEVEL", objv[2]));
        }
        return TclValue.ofDict(interp.frameInfo(target));
    }
}
