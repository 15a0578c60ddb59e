package org.tcl4j.core.cmd;

import java.util.ArrayList;
import java.util.List;

import org.tcl4j.core.Args;
import org.tcl4j.core.CallFrame;
import org.tcl4j.core.CommandEntry;
import org.tcl4j.core.Interp;
import org.tcl4j.core.Namespace;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;
import org.tcl4j.core.Var;
import org.tcl4j.core.Variables;

/** The {@code namespace} command with every 8.6 subcommand. */
public final class NamespaceCmd {
    private NamespaceCmd() {
    }

    static final String[] SUBCOMMANDS = {"children", "code", "current", "delete", "ensemble", "eval", "exists",
        "export", "forget", "import", "inscope", "origin", "parent", "path", "qualifiers", "tail", "unknown", "upvar",
        "which"};

    public static void register(Interp interp) {
        interp.register("namespace", NamespaceCmd::namespace);
    }

    static TclValue namespace(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "subcommand ?arg ...?");
        }
        int sub = Args.subcommand(objv[1], SUBCOMMANDS);
        Namespace cur = interp.currentNamespace();
        switch (SUBCOMMANDS[sub]) {
            case "children": {
                Args.check(objv, 2, 4, 2, "?name? ?pattern?");
                Namespace ns = objv.length > 2 ? lookup(interp, objv[2].toString(), "namespace children") : cur;
                String pattern = objv.length > 3 ? objv[3].toString() : null;
                List<TclValue> out = new ArrayList<>();
                for (Namespace c : ns.children().values()) {
                    String full = c.fullName();
                    if (pattern == null || globMatch(pattern.startsWith("::") ? pattern : ns.qualifier() + pattern,
                            full)) {
                        out.add(TclValue.of(full));
                    }
                }
                return TclValue.ofList(out);
            }
            case "code": {
                Args.check(objv, 3, 3, 2, "arg");
                String s = objv[2].toString();
                if (s.startsWith("::namespace inscope ")) {
                    return objv[2];
                }
                return TclValue.ofList(TclValue.of("::namespace"), TclValue.of("inscope"), TclValue.of(cur.fullName()),
                        objv[2]);
            }
            case "current":
                Args.check(objv, 2, 2, 2, "");
                return TclValue.of(cur.fullName());
            case "delete": {
                List<Namespace> victims = new ArrayList<>();
                for (int i = 2; i < objv.length; i++) {
                    Namespace ns = interp.findNamespace(objv[i].toString(), cur);
                    if (ns == null) {
                        throw new TclException("unknown namespace \"" + objv[i] + "\" in namespace delete command",
                                Args.code("TCL LOOKUP NAMESPACE", objv[i]));
                    }
                    victims.add(ns);
                }
                for (Namespace ns : victims) {
                    interp.deleteNamespace(ns);
                }
                return TclValue.EMPTY;
            }
            case "ensemble":
                return Ensemble.command(interp, objv);
            case "eval": {
                if (objv.length < 4) {
                    throw Args.wrongNum(objv, 2, "name arg ?arg...?");
                }
                Namespace ns = interp.ensureNamespace(objv[2].toString());
                TclValue script = ProcCommands.concatScript(objv, 3);
                CallFrame f = interp.pushNamespaceFrame(ns, objv);
                try {
                    return interp.eval(script);
                } catch (TclException e) {
                    e.addErrorInfo("\n    (in namespace eval \"" + ns.fullName() + "\" script line " + e.errorLine()
                            + ")");
                    throw e;
                } finally {
                    interp.popFrame(f);
                }
            }
            case "exists":
                Args.check(objv, 3, 3, 2, "name");
                return TclValue.of(interp.findNamespace(objv[2].toString(), cur) != null);
            case "export": {
                int i = 2;
                if (i < objv.length && objv[i].toString().equals("-clear")) {
                    cur.exportPatterns().clear();
                    i++;
                }
                if (objv.length == 2) {
                    List<TclValue> out = new ArrayList<>();
                    for (String p : cur.exportPatterns()) {
                        out.add(TclValue.of(p));
                    }
                    return TclValue.ofList(out);
                }
                for (; i < objv.length; i++) {
                    String p = objv[i].toString();
                    if (p.contains("::")) {
                        throw new TclException("invalid export pattern \"" + p + "\": pattern can't specify a namespace",
                                "TCL EXPORT INVALID");
                    }
                    if (!cur.exportPatterns().contains(p)) {
                        cur.exportPatterns().add(p);
                    }
                }
                return TclValue.EMPTY;
            }
            case "forget": {
                for (int i = 2; i < objv.length; i++) {
                    forget(interp, cur, objv[i].toString());
                }
                return TclValue.EMPTY;
            }
            case "import": {
                int i = 2;
                boolean force = false;
                if (i < objv.length && objv[i].toString().equals("-force")) {
                    force = true;
                    i++;
                }
                if (i == objv.length) {
                    List<TclValue> out = new ArrayList<>();
                    for (CommandEntry e : cur.commands().values()) {
                        if (Interp.isImport(e)) {
                            out.add(TclValue.of(e.name()));
                        }
                    }
                    return TclValue.ofList(out);
                }
                for (; i < objv.length; i++) {
                    importPattern(interp, cur, objv[i].toString(), force);
                }
                return TclValue.EMPTY;
            }
            case "inscope": {
                if (objv.length < 4) {
                    throw Args.wrongNum(objv, 2, "name arg ?arg...?");
                }
                Namespace ns = interp.findNamespace(objv[2].toString(), cur);
                if (ns == null) {
                    throw notFound(interp, objv[2].toString());
                }
                TclValue script;
                if (objv.length == 4) {
                    script = objv[3];
                } else {
                    List<TclValue> words = new ArrayList<>(objv[3].asList());
                    for (int k = 4; k < objv.length; k++) {
                        words.add(objv[k]);
                    }
                    StringBuilder sb = new StringBuilder(objv[3].toString());
                    for (int k = 4; k < objv.length; k++) {
                        sb.append(' ');
                        TclList.appendElement(sb, objv[k].toString(), false);
                    }
                    script = TclValue.of(sb.toString());
                }
                CallFrame f = interp.pushNamespaceFrame(ns, objv);
                try {
                    return interp.eval(script);
                } catch (TclException e) {
                    e.addErrorInfo("\n    (in namespace inscope \"" + ns.fullName() + "\" script line "
                            + e.errorLine() + ")");
                    throw e;
                } finally {
                    interp.popFrame(f);
                }
            }
            case "origin": {
                Args.check(objv, 3, 3, 2, "name");
                CommandEntry e = interp.findCommand(objv[2].toString());
                if (e == null) {
                    throw new TclException("invalid command name \"" + objv[2] + "\"",
                            Args.code("TCL LOOKUP COMMAND", objv[2]));
                }
                return TclValue.of(e.origin().fullName());
            }
            case "parent": {
                Args.check(objv, 2, 3, 2, "?name?");
                Namespace ns = objv.length > 2 ? lookup(interp, objv[2].toString(), "namespace parent") : cur;
                return ns.parent() == null ? TclValue.EMPTY : TclValue.of(ns.parent().fullName());
            }
            case "path": {
                Args.check(objv, 2, 3, 2, "?pathList?");
                if (objv.length == 2) {
                    List<TclValue> out = new ArrayList<>();
                    for (Namespace n : cur.path()) {
                        out.add(TclValue.of(n.fullName()));
                    }
                    return TclValue.ofList(out);
                }
                List<Namespace> path = new ArrayList<>();
                for (TclValue v : objv[2].asList()) {
                    path.add(lookup(interp, v.toString(), "namespace path"));
                }
                cur.setPath(List.copyOf(path));
                interp.bumpEpoch();
                return TclValue.EMPTY;
            }
            case "qualifiers": {
                Args.check(objv, 3, 3, 2, "string");
                String s = objv[2].toString();
                int sep = s.lastIndexOf("::");
                if (sep < 0) {
                    return TclValue.EMPTY;
                }
                int end = sep;
                while (end > 0 && s.charAt(end - 1) == ':') {
                    end--;
                }
                return TclValue.of(s.substring(0, end));
            }
            case "tail": {
                Args.check(objv, 3, 3, 2, "string");
                String s = objv[2].toString();
                int sep = s.lastIndexOf("::");
                return sep < 0 ? objv[2] : TclValue.of(s.substring(sep + 2));
            }
            case "unknown": {
                Args.check(objv, 2, 3, 2, "?script?");
                if (objv.length == 2) {
                    TclValue h = cur.unknownHandler();
                    if (h == null) {
                        return cur.isGlobal() ? TclValue.of("::unknown") : TclValue.EMPTY;
                    }
                    return h;
                }
                cur.setUnknownHandler(objv[2].isEmpty() ? null : objv[2]);
                return objv[2];
            }
            case "upvar": {
                if (objv.length < 3 || objv.length % 2 == 0) {
                    throw Args.wrongNum(objv, 2, "ns ?otherVar myVar ...?");
                }
                Namespace ns = lookup(interp, objv[2].toString(), "namespace upvar");
                for (int i = 3; i + 1 < objv.length; i += 2) {
                    String other = objv[i].toString();
                    String qualified = other.startsWith("::") ? other : ns.qualifier() + other;
                    Var slot = Variables.slotFor(interp, interp.globalFrame(), qualified);
                    Variables.link(interp, objv[i + 1].toString(), slot, qualified);
                }
                return TclValue.EMPTY;
            }
            case "which": {
                boolean variable = false;
                int i = 2;
                if (objv.length == 4) {
                    String opt = objv[2].toString();
                    if (opt.equals("-variable")) {
                        variable = true;
                    } else if (!opt.equals("-command")) {
                        throw Args.wrongNum(objv, 2, "?-command? ?-variable? name");
                    }
                    i = 3;
                } else if (objv.length != 3) {
                    throw Args.wrongNum(objv, 2, "?-command? ?-variable? name");
                }
                String name = objv[i].toString();
                if (variable) {
                    return TclValue.of(qualifiedVarName(interp, name));
                }
                CommandEntry e = interp.findCommand(name);
                return e == null ? TclValue.EMPTY : TclValue.of(e.fullName());
            }
            default:
                throw new IllegalStateException(SUBCOMMANDS[sub]);
        }
    }

    /** tclsh says where it looked only for a relative name. */
    private static TclException notFound(Interp interp, String name) {
        String where = name.startsWith("::") ? "" : " in \"" + interp.currentNamespace().fullName() + "\"";
        return new TclException("namespace \"" + name + "\" not found" + where, Args.code("TCL LOOKUP NAMESPACE", name));
    }

    static Namespace lookup(Interp interp, String name, String context) throws TclException {
        Namespace ns = interp.findNamespace(name, interp.currentNamespace());
        if (ns == null) {
            throw notFound(interp, name);
        }
        return ns;
    }

    private static String qualifiedVarName(Interp interp, String name) {
        CallFrame f = interp.varFrame();
        if (f.isProc() && !name.contains("::")) {
            Var local = f.locals().get(name);
            String linked = local == null ? null : Variables.namespaceName(local);
            return linked == null ? "" : linked;
        }
        Namespace cur = interp.currentNamespace();
        if (name.contains("::")) {
            int sep = name.lastIndexOf("::");
            String nsName = name.substring(0, sep);
            Namespace ns = nsName.isEmpty() ? interp.globalNamespace() : interp.findNamespace(nsName, cur);
            String tail = name.substring(sep + 2);
            if (ns != null && ns.vars().containsKey(tail)) {
                return ns.qualifier() + tail;
            }
            return "";
        }
        if (cur.vars().containsKey(name)) {
            return cur.qualifier() + name;
        }
        if (interp.globalNamespace().vars().containsKey(name)) {
            return "::" + name;
        }
        return "";
    }

    private static void importPattern(Interp interp, Namespace into, String pattern, boolean force)
            throws TclException {
        int sep = pattern.lastIndexOf("::");
        if (pattern.isEmpty()) {
            throw new TclException("empty import pattern", "TCL IMPORT EMPTY");
        }
        if (sep < 0) {
            throw new TclException("no namespace specified in import pattern \"" + pattern + "\"",
                    "TCL IMPORT ORIGIN");
        }
        String nsName = pattern.substring(0, sep);
        String tailPattern = pattern.substring(sep + 2);
        Namespace from = nsName.isEmpty() ? interp.globalNamespace() : interp.findNamespace(nsName, into);
        if (from == null) {
            throw new TclException("unknown namespace in import pattern \"" + pattern + "\"",
                    Args.code("TCL LOOKUP NAMESPACE", pattern));
        }
        if (from == into) {
            throw new TclException("import pattern \"" + pattern + "\" tries to import from namespace \""
                    + into.name() + "\" into itself", "TCL IMPORT SELF");
        }
        for (CommandEntry e : new ArrayList<>(from.commands().values())) {
            if (globMatch(tailPattern, e.name()) && isExported(from, e.name())) {
                interp.importCommand(into, e, force);
            }
        }
    }

    static boolean isExported(Namespace ns, String name) {
        for (String p : ns.exportPatterns()) {
            if (globMatch(p, name)) {
                return true;
            }
        }
        return false;
    }

    private static void forget(Interp interp, Namespace cur, String pattern) throws TclException {
        int sep = pattern.lastIndexOf("::");
        if (sep < 0) {
            for (CommandEntry e : new ArrayList<>(cur.commands().values())) {
                if (Interp.isImport(e) && globMatch(pattern, e.name())) {
                    interp.deleteCommandEntry(e, true);
                }
            }
            return;
        }
        String nsName = pattern.substring(0, sep);
        String tailPattern = pattern.substring(sep + 2);
        Namespace from = nsName.isEmpty() ? interp.globalNamespace() : interp.findNamespace(nsName, cur);
        if (from == null) {
            throw new TclException("unknown namespace in namespace forget pattern \"" + pattern + "\"",
                    Args.code("TCL LOOKUP NAMESPACE", nsName));
        }
        for (CommandEntry e : new ArrayList<>(cur.commands().values())) {
            if (Interp.isImport(e) && globMatch(tailPattern, e.name())) {
                CommandEntry t = Interp.importTarget(e);
                if (t != null && t.origin().namespace() == from || t != null && t.namespace() == from) {
                    interp.deleteCommandEntry(e, true);
                }
            }
        }
    }

    static boolean globMatch(String pattern, String s) {
        return GlobMatch.matches(pattern, s, false);
    }
}
