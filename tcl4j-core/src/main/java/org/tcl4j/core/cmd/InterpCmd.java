package org.tcl4j.core.cmd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tcl4j.core.Args;
import org.tcl4j.core.CommandEntry;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclCommand;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;
import org.tcl4j.core.io.Channel;
import org.tcl4j.core.io.ChannelTable;

/**
 * The {@code interp} command: child interpreters (each a separate
 * {@link Interp}), aliases between interpreters, hidden commands and safe
 * interpreters, channels shared or moved between interpreters
 * ({@code share}, {@code transfer}). Resource limits and cancellation are
 * not provided.
 */
public final class InterpCmd {
    private InterpCmd() {
    }

    static final String[] SUBCOMMANDS = {"alias", "aliases", "bgerror", "cancel", "children", "create", "debug",
        "delete", "eval", "exists", "expose", "hide", "hidden", "issafe", "invokehidden", "limit", "marktrusted",
        "recursionlimit", "slaves", "share", "target", "transfer"};
    static final String[] CHILD_SUBCOMMANDS = {"alias", "aliases", "bgerror", "debug", "eval", "expose", "hide",
        "hidden", "issafe", "invokehidden", "limit", "marktrusted", "recursionlimit"};

    /** Commands a safe interpreter does not get (they stay hidden). */
    static final String[] UNSAFE = {"cd", "encoding", "exec", "exit", "fconfigure", "file", "glob", "load", "open",
        "pwd", "socket", "source", "unload"};

    /** Ensemble subcommands a safe interpreter may not call through ::tcl::ENSEMBLE::SUB (tclsh's list). */
    static final String[] UNSAFE_PARTS = {"encoding dirs", "file atime", "file attributes", "file copy",
        "file delete", "file dirname", "file executable", "file exists", "file extension", "file isdirectory",
        "file isfile", "file link", "file lstat", "file mkdir", "file mtime", "file nativename", "file normalize",
        "file owned", "file readable", "file readlink", "file rename", "file rootname", "file size", "file stat",
        "file tail", "file tempfile", "file type", "file volumes", "file writable"};

    /** What an interpreter knows about its children, aliases and hidden commands. */
    static final class Family {
        final Map<String, Interp> children = new LinkedHashMap<>();
        final Map<String, Alias> aliases = new LinkedHashMap<>();
        final Map<String, TclCommand> hidden = new LinkedHashMap<>();
        boolean safe;
        int counter;
        TclValue bgerror;
    }

    /** An alias: the target interpreter and the command words it prefixes. */
    record Alias(Interp dest, List<TclValue> words) {
    }

    static Family family(Interp interp) {
        return interp.data(Family.class, Family::new);
    }

    public static void register(Interp interp) {
        interp.register("interp", InterpCmd::interp);
    }

    static TclValue interp(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "cmd ?arg ...?");
        }
        String sub = SUBCOMMANDS[Args.index(objv[1], SUBCOMMANDS, "option")];
        switch (sub) {
            case "create":
                return create(interp, objv);
            case "children", "slaves": {
                Args.check(objv, 2, 3, 2, "?path?");
                Interp target = objv.length == 3 ? resolve(interp, objv[2]) : interp;
                List<TclValue> out = new ArrayList<>();
                for (String n : family(target).children.keySet()) {
                    out.add(TclValue.of(n));
                }
                return TclValue.ofList(out);
            }
            case "delete": {
                for (int i = 2; i < objv.length; i++) {
                    List<TclValue> path = objv[i].asList();
                    if (path.isEmpty()) {
                        throw new TclException("cannot delete the current interpreter", "TCL OPERATION INTERP DELETESELF");
                    }
                    Interp parent = resolvePath(interp, path.subList(0, path.size() - 1), objv[i]);
                    String name = path.get(path.size() - 1).toString();
                    if (!family(parent).children.containsKey(name)) {
                        throw notFound(objv[i]);
                    }
                    deleteChild(parent, name);
                }
                return TclValue.EMPTY;
            }
            case "exists": {
                Args.check(objv, 2, 3, 2, "?path?");
                try {
                    resolve(interp, objv.length == 3 ? objv[2] : TclValue.EMPTY);
                    return TclValue.ONE;
                } catch (TclException e) {
                    return TclValue.ZERO;
                }
            }
            case "share", "transfer": {
                if (objv.length != 5) {
                    throw Args.wrongNum(objv, 2, "srcPath channelId destPath");
                }
                Interp src = resolve(interp, objv[2]);
                ChannelTable from = ChannelTable.of(src);
                Channel ch = from.get(objv[3].toString());
                ChannelTable to = ChannelTable.of(resolve(interp, objv[4]));
                if (sub.equals("share")) {
                    to.share(ch);
                } else {
                    from.transfer(ch, to);
                }
                return TclValue.EMPTY;
            }
            case "cancel": {
                // the arguments are checked as tclsh does; cancelling itself is not there yet
                int i = 2;
                while (i < objv.length && objv[i].toString().startsWith("-")) {
                    if (Args.index(objv[i++], CANCEL_OPTIONS, "option") == 1) {
                        break;
                    }
                }
                if (objv.length - i > 2) {
                    throw Args.wrongNum(objv, 2, "?-unwind? ?--? ?path? ?result?");
                }
                if (i < objv.length) {
                    resolve(interp, objv[i]);
                }
                throw new TclException("interp " + sub + " is not supported by tcl4j", "TCL UNSUPPORTED " + sub);
            }
            case "target": {
                Args.check(objv, 4, 4, 2, "path alias");
                Interp src = resolve(interp, objv[2]);
                Alias alias = family(src).aliases.get(objv[3].toString());
                if (alias == null) {
                    throw new TclException("alias \"" + objv[3] + "\" in path \"" + objv[2] + "\" not found",
                            Args.code("TCL LOOKUP ALIAS", objv[3]));
                }
                return pathOf(interp, alias.dest, objv[3]);
            }
            default: {
                if (objv.length == 2 && (sub.equals("issafe") || sub.equals("aliases") || sub.equals("hidden"))) {
                    // the path is optional for these: the current interpreter
                    return childOp(interp, interp, sub, new TclValue[] {objv[0]}, objv, 2);
                }
                checkCount(objv, sub);
                if (sub.equals("invokehidden")) {
                    // tclsh checks the options and that a command follows them before it looks the path up
                    if (hiddenCommandAt(objv, 3) >= objv.length) {
                        throw Args.wrongNum(objv, 2, "path ?-namespace ns? ?-global? ?--? cmd ?arg ..?");
                    }
                }
                Interp target = resolve(interp, objv[2]);
                if (sub.equals("alias") && objv.length == 5 && !objv[4].toString().isEmpty()) {
                    // a query (path cmd), a deletion (path cmd {}) or a definition (path cmd path cmd ?arg ...?)
                    throw Args.wrongNum(objv, 2, "slavePath slaveCmd ?masterPath masterCmd? ?arg ...?");
                }
                TclValue[] rest = new TclValue[objv.length - 2];
                rest[0] = objv[0];
                System.arraycopy(objv, 3, rest, 1, objv.length - 3);
                return childOp(interp, target, sub, rest, objv, 3);
            }
        }
    }

    /**
     * The argument count of "interp op path ...", checked (as tclsh does) before the path is
     * looked up; the usage texts are tclsh's.
     */
    private static void checkCount(TclValue[] objv, String sub) throws TclException {
        switch (sub) {
            case "alias" -> Args.check(objv, 4, -1, 2, "slavePath slaveCmd ?masterPath masterCmd? ?arg ...?");
            case "aliases", "hidden", "issafe" -> Args.check(objv, 2, 3, 2, "?path?");
            case "bgerror" -> Args.check(objv, 3, 4, 2, "path ?cmdPrefix?");
            case "debug" -> Args.check(objv, 3, 5, 2, "path ?-frame ?bool??");
            case "eval" -> Args.check(objv, 4, -1, 2, "path arg ?arg ...?");
            case "expose" -> Args.check(objv, 4, 5, 2, "path hiddenCmdName ?cmdName?");
            case "hide" -> Args.check(objv, 4, 5, 2, "path cmdName ?hiddenCmdName?");
            case "invokehidden" -> Args.check(objv, 4, -1, 2,
                    "path ?-namespace ns? ?-global? ?--? cmd ?arg ..?");
            case "limit" -> Args.check(objv, 4, -1, 2, "path limitType ?-option value ...?");
            case "marktrusted" -> Args.check(objv, 3, 3, 2, "path");
            case "recursionlimit" -> Args.check(objv, 3, 4, 2, "path ?newlimit?");
            default -> Args.check(objv, 3, -1, 2, "path ?arg ...?");
        }
    }

    private static final String[] CANCEL_OPTIONS = {"-unwind", "--"};
    private static final String[] HIDDEN_OPTIONS = {"-global", "-namespace", "--"};

    /** Skips invokehidden's options from {@code i}; returns the index of the hidden command's name. */
    private static int hiddenCommandAt(TclValue[] args, int i) throws TclException {
        while (i < args.length && args[i].toString().startsWith("-")) {
            int o = Args.index(args[i], HIDDEN_OPTIONS, "option");
            i += o == 1 ? 2 : 1;
            if (o == 2) {
                break;
            }
        }
        return i;
    }

    /** Operations shared by "interp op path ..." and "$child op ...". args[1..] are the operation's arguments. */
    static TclValue childOp(Interp interp, Interp target, String op, TclValue[] args, TclValue[] objv, int words)
            throws TclException {
        int n = args.length - 1;
        switch (op) {
            case "eval": {
                if (n < 1) {
                    throw Args.wrongNum(objv, words, "arg ?arg ...?");
                }
                TclValue script = ProcCommands.concatScript(args, 1);
                return crossEval(interp, target, () -> target.eval(script));
            }
            case "alias": {
                // "interp alias path srcCmd targetPath targetCmd ..." names where the target lives;
                // "$child alias srcCmd targetCmd ..." (words == 2) always targets the calling interpreter
                boolean childForm = words == 2;
                if (n < 1) {
                    throw Args.wrongNum(objv, words, childForm ? "aliasName ?targetName? ?arg ...?"
                            : "srcCmd ?targetPath? ?targetCmd? ?arg ...?");
                }
                String srcCmd = args[1].toString();
                if (n == 1) {
                    Alias a = family(target).aliases.get(srcCmd);
                    // tclsh answers an unknown alias with an empty result, not an error
                    return a == null ? TclValue.EMPTY : TclValue.ofList(a.words);
                }
                if (n == 2 && args[2].isEmpty()) {
                    if (family(target).aliases.remove(srcCmd) == null) {
                        throw new TclException("alias \"" + srcCmd + "\" not found", Args.code("TCL LOOKUP ALIAS", srcCmd));
                    }
                    target.deleteCommand(srcCmd);
                    return TclValue.EMPTY;
                }
                Interp dest = childForm ? interp : resolve(interp, args[2]);
                List<TclValue> prefix = new ArrayList<>();
                for (int i = childForm ? 2 : 3; i < args.length; i++) {
                    prefix.add(args[i]);
                }
                makeAlias(interp, target, srcCmd, dest, prefix);
                return TclValue.of(srcCmd);
            }
            case "aliases": {
                List<TclValue> out = new ArrayList<>();
                for (String a : family(target).aliases.keySet()) {
                    out.add(TclValue.of(a));
                }
                return TclValue.ofList(out);
            }
            case "bgerror": {
                if (n == 0) {
                    TclValue h = family(target).bgerror;
                    return h == null ? TclValue.of("::tcl::Bgerror") : h;
                }
                family(target).bgerror = args[1];
                return args[1];
            }
            case "issafe":
                return TclValue.of(family(target).safe);
            case "debug", "limit", "cancel":
                if (op.equals("limit")) { // the limit type is checked as tclsh does; limits themselves are not there
                    Args.index(args[1], new String[] {"commands", "time"}, "limit type");
                }
                throw new TclException("interp " + op + " is not supported by tcl4j", "TCL UNSUPPORTED " + op);
            case "marktrusted":
                family(target).safe = false;
                return TclValue.EMPTY;
            case "recursionlimit": {
                if (n == 1) {
                    int limit = Args.intArg(args[1]);
                    if (limit <= 0) {
                        throw new TclException("recursion limit must be > 0", "TCL OPERATION INTERP BADLIMIT");
                    }
                    target.setMaxNesting(limit);
                }
                return TclValue.of(target.maxNesting());
            }
            case "hidden": {
                List<TclValue> out = new ArrayList<>();
                for (String h : family(target).hidden.keySet()) {
                    out.add(TclValue.of(h));
                }
                return TclValue.ofList(out);
            }
            case "hide": {
                if (n < 1 || n > 2) {
                    throw Args.wrongNum(objv, words, "cmdName ?hiddenCmdName?");
                }
                hide(target, args[1].toString(), n == 2 ? args[2].toString() : args[1].toString());
                return TclValue.EMPTY;
            }
            case "expose": {
                if (n < 1 || n > 2) {
                    throw Args.wrongNum(objv, words, "hiddenCmdName ?cmdName?");
                }
                String hiddenName = args[1].toString();
                TclCommand c = family(target).hidden.remove(hiddenName);
                if (c == null) {
                    throw new TclException("unknown hidden command \"" + hiddenName + "\"",
                            Args.code("TCL LOOKUP HIDDENTOKEN", hiddenName));
                }
                target.register(n == 2 ? args[2].toString() : hiddenName, c);
                return TclValue.EMPTY;
            }
            case "invokehidden": {
                int i = hiddenCommandAt(args, 1);
                if (i >= args.length) {
                    throw Args.wrongNum(objv, words, "?-namespace ns? ?-global? ?--? cmd ?arg ..?");
                }
                String name = args[i].toString();
                TclCommand c = family(target).hidden.get(name);
                if (c == null) {
                    throw new TclException("invalid hidden command name \"" + name + "\"",
                            Args.code("TCL LOOKUP HIDDENTOKEN", name));
                }
                TclValue[] call = new TclValue[args.length - i];
                System.arraycopy(args, i, call, 0, call.length);
                return crossEval(interp, target, () -> c.invoke(target, call));
            }
            default:
                throw new IllegalStateException(op);
        }
    }

    private interface Evaluation {
        TclValue run() throws TclException;
    }

    /** Runs work in another interpreter and brings its error (message, code, errorInfo) back. */
    private static TclValue crossEval(Interp caller, Interp target, Evaluation work) throws TclException {
        if (target == caller) {
            return work.run();
        }
        try {
            TclValue r = work.run();
            int code = target.takeCode();
            if (code != Interp.OK && code != Interp.RETURN) {
                caller.setCode(code);
            }
            return r;
        } catch (TclException e) {
            target.recordError(e);
            TclException copy = new TclException(e.result(), e.errorCode());
            copy.setErrorInfo(e.errorInfo());
            throw copy;
        }
    }

    static void makeAlias(Interp caller, Interp src, String srcCmd, Interp dest, List<TclValue> prefix) {
        final List<TclValue> words = List.copyOf(prefix);
        family(src).aliases.put(srcCmd, new Alias(dest, words));
        src.register(srcCmd, (in, objv) -> {
            TclValue[] call = new TclValue[words.size() + objv.length - 1];
            for (int i = 0; i < words.size(); i++) {
                call[i] = words.get(i);
            }
            System.arraycopy(objv, 1, call, words.size(), objv.length - 1);
            return crossEval(in, dest, () -> {
                try {
                    return dest.invoke(call);
                } catch (TclException e) {
                    throw wrongArgsAs(e, objv[0], words.size());
                }
            });
        });
    }

    /**
     * As tclsh: a wrong # args raised by the alias's target itself names the
     * alias as it was called ("S length string", not "string length string"):
     * the usage's first {@code replaced} words (the alias's own words, or a
     * procedure's name and formal arguments they filled) become the alias name.
     */
    static TclException wrongArgsAs(TclException e, TclValue alias, int replaced) {
        return wrongArgsAs(e, java.util.List.of(alias), replaced);
    }

    /** {@link #wrongArgsAs(TclException, TclValue, int)} with several words in place of the first ones. */
    static TclException wrongArgsAs(TclException e, java.util.List<TclValue> words, int replaced) {
        String head = "wrong # args: should be \"";
        String msg = e.getMessage();
        if (e.hasErrorInfo() || replaced == 0 || !e.errorCode().toString().equals("TCL WRONGARGS")
                || !msg.startsWith(head) || !msg.endsWith("\"")) {
            return e;
        }
        String usage = msg.substring(head.length(), msg.length() - 1);
        int at = 0;
        for (int k = 0; k < replaced; k++) {
            at = skipElement(usage, at);
            if (at < 0) {
                return e;
            }
        }
        StringBuilder name = new StringBuilder();
        for (TclValue w : words) {
            if (name.length() > 0) {
                name.append(' ');
            }
            TclList.appendElement(name, w.toString(), false);
        }
        // a second usage ("... or \"chan read ?-nonewline? channelId\"") is renamed too
        String rest = usage.substring(at).replace("\" or \"" + usage.substring(0, at) + " ",
                "\" or \"" + name + " ");
        e.setResult(TclValue.of(head + name + rest + "\""));
        return e;
    }

    /** The end of the list element starting at {@code at} (after one space before it, if any); -1 if none. */
    private static int skipElement(String s, int at) {
        if (at > 0) {
            if (at >= s.length() || s.charAt(at) != ' ') {
                return -1;
            }
            at++;
        }
        if (at >= s.length()) {
            return -1;
        }
        if (s.charAt(at) == '{') {
            int depth = 0;
            for (int i = at; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    return i + 1;
                }
            }
            return -1;
        }
        int i = at;
        while (i < s.length() && s.charAt(i) != ' ') {
            i += s.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i, s.length());
    }

    /** The path of {@code dest} as seen from {@code from} (a descendant), for {@code interp target}. */
    private static TclValue pathOf(Interp from, Interp dest, TclValue alias) throws TclException {
        List<TclValue> path = new ArrayList<>();
        for (Interp cur = dest; cur != from; cur = cur.parentInterp()) {
            Interp parent = cur.parentInterp();
            if (parent == null) {
                throw new TclException("target interpreter for alias \"" + alias
                        + "\" is not a descendant of the current interpreter", "TCL OPERATION INTERP TARGETSHROUDED");
            }
            for (Map.Entry<String, Interp> e : family(parent).children.entrySet()) {
                if (e.getValue() == cur) {
                    path.add(0, TclValue.of(e.getKey()));
                }
            }
        }
        return TclValue.ofList(path);
    }

    private static void hide(Interp target, String name, String hiddenName) throws TclException {
        if (name.contains("::")) {
            throw new TclException("cannot use namespace qualifiers in hidden command token (rename)",
                    "TCL VALUE HIDDENTOKEN");
        }
        CommandEntry e = target.globalNamespace().commands().get(name);
        if (e == null) {
            throw new TclException("unknown command \"" + name + "\"", Args.code("TCL LOOKUP COMMAND", name));
        }
        family(target).hidden.put(hiddenName, e.command());
        target.deleteCommandEntry(e, false);
    }

    private static TclValue create(Interp interp, TclValue[] objv) throws TclException {
        boolean safe = false;
        int i = 2;
        while (i < objv.length && objv[i].toString().startsWith("-")) {
            String o = objv[i].toString();
            i++;
            if (o.equals("--")) {
                break;
            }
            if (!o.equals("-safe")) {
                throw new TclException("bad option \"" + o + "\": must be -safe or --", "TCL LOOKUP INDEX option " + o);
            }
            safe = true;
        }
        if (objv.length - i > 1) {
            throw Args.wrongNum(objv, 2, "?-safe? ?--? ?path?");
        }
        Interp parent = interp;
        String name;
        if (i < objv.length) {
            List<TclValue> path = objv[i].asList();
            parent = resolvePath(interp, path.subList(0, Math.max(0, path.size() - 1)), objv[i]);
            name = path.isEmpty() ? autoName(parent) : path.get(path.size() - 1).toString();
            if (family(parent).children.containsKey(name)) {
                throw new TclException("interpreter named \"" + name + "\" already exists, cannot create",
                        "TCL OPERATION INTERP EXISTS");
            }
        } else {
            name = autoName(parent);
        }
        Interp child = new Interp();
        child.setParentInterp(parent);
        child.setStdout(interp.stdout());
        child.setStderr(interp.stderr());
        Family f = family(child);
        f.safe = safe || family(parent).safe;
        if (f.safe) {
            for (String cmd : UNSAFE) {
                if (child.globalNamespace().commands().containsKey(cmd)) {
                    hide(child, cmd, cmd);
                }
            }
            child.unsetVar("::env", false); // a safe interpreter does not see the environment
            // tclsh's history is a library procedure that a safe interpreter cannot load
            child.deleteCommand("history");
            // the parts of file and encoding that touch the system refuse, as in tclsh
            for (String part : UNSAFE_PARTS) {
                String[] w = part.split(" ");
                child.register("::tcl::" + w[0] + "::" + w[1], (in, args) -> {
                    throw new TclException("not allowed to invoke subcommand " + w[1] + " of " + w[0],
                            "TCL SAFE SUBCOMMAND");
                });
            }
        }
        family(parent).children.put(name, child);
        final Interp c = child;
        parent.register(name, (in, args) -> {
            if (args.length < 2) {
                throw Args.wrongNum(args, 1, "cmd ?arg ...?");
            }
            String op = CHILD_SUBCOMMANDS[Args.index(args[1], CHILD_SUBCOMMANDS, "option")];
            TclValue[] rest = new TclValue[args.length - 1];
            rest[0] = args[0];
            System.arraycopy(args, 2, rest, 1, args.length - 2);
            return childOp(in, c, op, rest, args, 2);
        });
        return objv.length > i ? objv[i] : TclValue.of(name);
    }

    private static String autoName(Interp parent) {
        Family f = family(parent);
        String name;
        do {
            name = "interp" + f.counter++;
        } while (f.children.containsKey(name));
        return name;
    }

    private static void deleteChild(Interp parent, String name) {
        Interp child = family(parent).children.remove(name);
        if (child == null) {
            return;
        }
        for (String grand : new ArrayList<>(family(child).children.keySet())) {
            deleteChild(child, grand);
        }
        child.markDeleted();
        parent.deleteCommand("::" + name);
    }

    static Interp resolve(Interp from, TclValue path) throws TclException {
        return resolvePath(from, path.asList(), path);
    }

    private static Interp resolvePath(Interp from, List<TclValue> path, TclValue shown) throws TclException {
        Interp cur = from;
        for (TclValue p : path) {
            Interp next = family(cur).children.get(p.toString());
            if (next == null) {
                throw notFound(shown);
            }
            cur = next;
        }
        return cur;
    }

    private static TclException notFound(TclValue path) {
        return new TclException("could not find interpreter \"" + path + "\"", Args.code("TCL LOOKUP INTERP", path));
    }
}
