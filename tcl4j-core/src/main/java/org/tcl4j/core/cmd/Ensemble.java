package org.tcl4j.core.cmd;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.tcl4j.core.Args;
import org.tcl4j.core.CommandEntry;
import org.tcl4j.core.Interp;
import org.tcl4j.core.Namespace;
import org.tcl4j.core.Proc;
import org.tcl4j.core.TclCommand;
import org.tcl4j.core.TclDict;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;

/**
 * A namespace ensemble ({@code namespace ensemble create}): a command whose
 * first argument picks a subcommand from a map, a subcommand list or the
 * namespace's exported commands, with unique-prefix matching.
 */
final class Ensemble implements TclCommand {
    private static final String[] OPTIONS = {"-command", "-map", "-namespace", "-parameters", "-prefixes",
        "-subcommands", "-unknown"};
    /** tclsh's options of "create" and of "configure" (null: not taken there); indices as in OPTIONS. */
    private static final String[] CREATE_OPTIONS = {"-command", "-map", null, "-parameters", "-prefixes",
        "-subcommands", "-unknown"};
    private static final String[] CONFIGURE_OPTIONS = {null, "-map", "-namespace", "-parameters", "-prefixes",
        "-subcommands", "-unknown"};

    final Namespace ns;
    TclDict map;
    TclValue subcommands;
    TclValue unknown;
    boolean prefixes = true;
    TclValue parameters = TclValue.EMPTY;
    CommandEntry entry;

    Ensemble(Namespace ns) {
        this.ns = ns;
    }

    static TclValue command(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 3) {
            throw Args.wrongNum(objv, 2, "subcommand ?arg ...?");
        }
        String[] subs = {"configure", "create", "exists"};
        int sub = Args.index(objv[2], subs, "subcommand"); // tclsh: "bad subcommand", not an ensemble's wording
        Namespace cur = interp.currentNamespace();
        switch (sub) {
            case 1: {
                Ensemble ens = new Ensemble(cur);
                String name = cur.isGlobal() ? "::" : cur.fullName();
                if (objv.length % 2 == 0) {
                    throw Args.wrongNum(objv, 3, "?option value ...?");
                }
                for (int i = 3; i < objv.length; i += 2) {
                    int opt = Args.index(objv[i], CREATE_OPTIONS, "option");
                    TclValue v = objv[i + 1];
                    if (opt == 0) {
                        name = v.toString();
                        if (!name.startsWith("::")) {
                            name = cur.qualifier() + name;
                        }
                    } else if (OPTIONS[opt].equals("-map")) {
                        ens.configure(interp, opt, qualifyMap(v, cur));
                    } else {
                        ens.configure(interp, opt, v);
                    }
                }
                ens.entry = interp.createCommand(name, ens);
                return TclValue.of(ens.entry.fullName());
            }
            case 2: {
                Args.check(objv, 4, 4, 3, "cmdname");
                CommandEntry e = interp.findCommand(objv[3].toString());
                return TclValue.of(e != null && (e.origin().command() instanceof Ensemble || isBuiltin(interp, e)));
            }
            default: {
                if (objv.length < 4) {
                    throw Args.wrongNum(objv, 3, "cmdname ?-option value ...? ?arg ...?");
                }
                CommandEntry e = interp.findCommand(objv[3].toString());
                if (e == null) {
                    throw new TclException("unknown command \"" + objv[3] + "\"",
                            Args.code("TCL LOOKUP COMMAND", objv[3]));
                }
                if (isBuiltin(interp, e)) {
                    e = asEnsemble(interp, e);
                }
                if (!(e.origin().command() instanceof Ensemble ens)) {
                    throw new TclException("\"" + objv[3] + "\" is not an ensemble command",
                            Args.code("TCL LOOKUP ENSEMBLE", objv[3]));
                }
                if (objv.length == 4) {
                    TclDict d = new TclDict();
                    for (int k = 0; k < OPTIONS.length; k++) {
                        if (CONFIGURE_OPTIONS[k] != null) {
                            d.put(OPTIONS[k], ens.get(k));
                        }
                    }
                    return TclValue.ofDict(d);
                }
                if (objv.length == 5) {
                    return ens.get(Args.index(objv[4], CONFIGURE_OPTIONS, "option"));
                }
                if (objv.length % 2 != 0) {
                    throw Args.wrongNum(objv, 3, "cmdname ?-option value ...? ?arg ...?");
                }
                for (int i = 4; i < objv.length; i += 2) {
                    ens.configure(interp, Args.index(objv[i], CONFIGURE_OPTIONS, "option"), objv[i + 1]);
                }
                return TclValue.EMPTY;
            }
        }
    }

    /**
     * Is {@code e} one of tclsh's built-in ensembles (see {@link
     * EnsembleParts}), still the built-in command, with its parts in ::tcl::NAME?
     */
    private static boolean isBuiltin(Interp interp, CommandEntry e) {
        return e.origin() == e && !(e.command() instanceof Ensemble) && EnsembleParts.isBuiltinEnsemble(e.fullName())
                && interp.findNamespace("::tcl" + e.fullName(), interp.globalNamespace()) != null;
    }

    /**
     * Turns a built-in ensemble into a configurable one, as tclsh's are, the
     * first time a script configures it: a -map from each subcommand to its
     * {@code ::tcl::NAME::SUB} command, in namespace ::tcl::NAME. Until then
     * the built-in keeps its direct dispatch (and its inline forms).
     */
    private static CommandEntry asEnsemble(Interp interp, CommandEntry builtin) {
        String tail = builtin.name();
        Namespace parts = interp.findNamespace("::tcl::" + tail, interp.globalNamespace());
        TclDict map = new TclDict();
        for (String sub : new TreeSet<>(parts.commands().keySet())) {
            map.put(TclValue.of(sub), TclValue.of("::tcl::" + tail + "::" + sub));
        }
        Ensemble ens = new Ensemble(parts);
        ens.map = map;
        ens.entry = interp.createCommand("::" + tail, ens);
        return ens.entry;
    }

    /** A -map given to create: relative target commands are qualified by the current namespace. */
    private static TclValue qualifyMap(TclValue v, Namespace cur) throws TclException {
        TclDict in = v.asDict();
        TclDict out = new TclDict();
        for (var en : in.entries().entrySet()) {
            List<TclValue> words = new ArrayList<>(en.getValue().asList());
            if (!words.isEmpty() && !words.get(0).toString().startsWith("::")) {
                words.set(0, TclValue.of(cur.qualifier() + words.get(0)));
            }
            out.put(en.getKey(), TclValue.ofList(words));
        }
        return TclValue.ofDict(out);
    }

    private TclValue get(int opt) {
        return switch (OPTIONS[opt]) {
            case "-command" -> entry == null ? TclValue.EMPTY : TclValue.of(entry.fullName());
            case "-map" -> map == null ? TclValue.EMPTY : TclValue.ofDict(map);
            case "-namespace" -> TclValue.of(ns.fullName());
            case "-parameters" -> parameters;
            case "-prefixes" -> TclValue.of(prefixes);
            case "-subcommands" -> subcommands == null ? TclValue.EMPTY : subcommands;
            default -> unknown == null ? TclValue.EMPTY : unknown;
        };
    }

    private void configure(Interp interp, int opt, TclValue v) throws TclException {
        switch (OPTIONS[opt]) {
            case "-map" -> {
                TclDict d = v.asDict();
                map = d.size() == 0 ? null : d;
            }
            case "-parameters" -> {
                v.asList();
                parameters = v;
            }
            case "-prefixes" -> prefixes = v.asBoolean();
            case "-subcommands" -> subcommands = v.isEmpty() ? null : v;
            case "-unknown" -> unknown = v.isEmpty() ? null : v;
            case "-namespace" -> throw new TclException("option -namespace is read-only", "TCL ENSEMBLE READ_ONLY");
            default -> {
            }
        }
        interp.bumpEpoch();
    }

    /** The subcommand names in the order used for messages (sorted). */
    private List<String> names() throws TclException {
        TreeSet<String> out = new TreeSet<>();
        if (subcommands != null) {
            for (TclValue v : subcommands.asList()) {
                out.add(v.toString());
            }
        } else if (map != null) {
            for (TclValue k : map.entries().keySet()) {
                out.add(k.toString());
            }
        } else {
            for (CommandEntry e : ns.commands().values()) {
                if (NamespaceCmd.isExported(ns, e.name())) {
                    out.add(e.name());
                }
            }
        }
        return new ArrayList<>(out);
    }

    @Override
    public TclValue invoke(Interp interp, TclValue[] objv) throws TclException {
        int params = parameters.asList().size();
        if (objv.length < 2 + params) {
            StringBuilder usage = new StringBuilder();
            for (TclValue p : parameters.asList()) {
                TclList.appendElement(usage, p.toString(), false); // each name as a list element, as tclsh
                usage.append(' ');
            }
            usage.append("subcommand ?arg ...?");
            throw Args.wrongNum(objv, 1, usage.toString());
        }
        String sub = objv[1 + params].toString();
        String chosen = choose(sub);
        if (chosen == null) {
            if (unknown != null) {
                return dispatchUnknown(interp, objv, params);
            }
            throw noSuchSubcommand(sub);
        }
        return dispatch(interp, objv, params, chosen);
    }

    /** The subcommand {@code sub} names (exactly, or as a unique prefix when allowed); null if none. */
    private String choose(String sub) throws TclException {
        if (subcommands == null && map != null && map.get(TclValue.of(sub)) != null) {
            return sub; // the common case, without listing every name
        }
        List<String> names = names();
        if (names.contains(sub)) {
            return sub;
        }
        String chosen = null;
        if (prefixes && !sub.isEmpty()) {
            for (String n : names) {
                if (n.startsWith(sub)) {
                    if (chosen != null) {
                        return null;
                    }
                    chosen = n;
                }
            }
        }
        return chosen;
    }

    private TclException noSuchSubcommand(String sub) throws TclException {
        return new TclException("unknown " + (prefixes ? "or ambiguous " : "") + "subcommand \"" + sub
                + "\": must be " + Args.joinEnsemble(names()), Args.code("TCL LOOKUP SUBCOMMAND", sub));
    }

    private TclValue dispatch(Interp interp, TclValue[] objv, int params, String chosen) throws TclException {
        List<TclValue> target;
        if (map != null && map.get(chosen) != null) {
            target = new ArrayList<>(map.get(chosen).asList());
        } else {
            target = new ArrayList<>(List.of(TclValue.of(ns.qualifier() + chosen)));
        }
        for (int i = 1; i <= params; i++) {
            target.add(objv[i]);
        }
        for (int i = 2 + params; i < objv.length; i++) {
            target.add(objv[i]);
        }
        return callTarget(interp, target.toArray(new TclValue[0]), objv[0], TclValue.of(chosen),
                params == 0 && target.size() == objv.length - 1);
    }

    /**
     * Runs the command a subcommand resolved to. When a procedure replaces
     * the two words {@code ensemble sub} one for one, its wrong # args
     * message names them instead, as tclsh's ensemble rewriting does (while
     * {@code info level 0} and errorInfo name the procedure itself).
     */
    private static TclValue callTarget(Interp interp, TclValue[] words, TclValue ensName, TclValue sub,
            boolean oneForOne) throws TclException {
        CommandEntry e = interp.findCommand(words[0].toString());
        if (oneForOne && e != null && e.origin().command() instanceof Proc p) {
            try {
                return p.call(interp, words, 1);
            } catch (TclException ex) {
                throw InterpCmd.wrongArgsAs(ex, List.of(ensName, sub), 1);
            }
        }
        return interp.invoke(words);
    }

    /**
     * Asks the -unknown handler what to run. A non-empty answer is a command
     * prefix for the remaining words; an empty one means the handler may
     * have made the subcommand, so it is looked up once more.
     */
    private TclValue dispatchUnknown(Interp interp, TclValue[] objv, int params) throws TclException {
        List<TclValue> call = new ArrayList<>(unknown.asList());
        call.add(TclValue.of(entry.fullName()));
        for (int i = 1; i < objv.length; i++) {
            call.add(objv[i]);
        }
        TclValue prefix = interp.invoke(call.toArray(new TclValue[0]));
        List<TclValue> words = new ArrayList<>(prefix.asList());
        if (words.isEmpty()) {
            String sub = objv[1 + params].toString();
            String chosen = choose(sub);
            if (chosen == null) {
                throw noSuchSubcommand(sub);
            }
            return dispatch(interp, objv, params, chosen);
        }
        int prefixSize = words.size();
        for (int i = 2; i < objv.length; i++) {
            words.add(objv[i]);
        }
        return callTarget(interp, words.toArray(new TclValue[0]), objv[0], objv[1], prefixSize == 1);
    }
}
