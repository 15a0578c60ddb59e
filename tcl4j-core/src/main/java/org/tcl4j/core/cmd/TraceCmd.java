package org.tcl4j.core.cmd;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.tcl4j.core.Args;
import org.tcl4j.core.CommandEntry;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;
import org.tcl4j.core.Var;
import org.tcl4j.core.Variables;

/**
 * The {@code trace} command: variable, command and execution traces, plus
 * the old {@code trace variable/vdelete/vinfo} forms.
 */
public final class TraceCmd {
    private TraceCmd() {
    }

    public static void register(Interp interp) {
        interp.register("trace", TraceCmd::trace);
    }

    /** A Tcl-script variable trace. */
    record ScriptVarTrace(Set<String> ops, TclValue script, boolean legacy) implements Var.VarTrace {
        @Override
        public boolean wants(String op) {
            return ops.contains(op);
        }

        @Override
        public void fire(Interp interp, String name1, String name2, String op) throws TclException {
            List<TclValue> words = new ArrayList<>(script.asList());
            words.add(TclValue.of(name1));
            words.add(TclValue.of(name2));
            words.add(TclValue.of(legacy ? op.substring(0, 1) : op));
            int saved = interp.code();
            interp.setCode(Interp.OK);
            try {
                interp.eval(TclValue.of(TclList.format(words.stream().map(TclValue::toString).toList())));
            } finally {
                interp.setCode(saved);
            }
        }

        TclValue opsList() {
            List<TclValue> out = new ArrayList<>();
            for (String o : ops) {
                out.add(TclValue.of(legacy ? o.substring(0, 1) : o));
            }
            return legacy ? TclValue.of(String.join("", ops.stream().map(o -> o.substring(0, 1)).toList()))
                    : TclValue.ofList(out);
        }
    }

    /** A Tcl-script command or execution trace. */
    record ScriptCommandTrace(Set<String> ops, TclValue script, boolean execution) implements
            CommandEntry.CommandTrace {
        private void call(Interp interp, TclValue... extra) throws TclException {
            List<TclValue> words = new ArrayList<>(script.asList());
            words.addAll(List.of(extra));
            interp.invoke(words.toArray(new TclValue[0]));
        }

        @Override
        public void renamed(Interp interp, String oldName, String newName) throws TclException {
            call(interp, TclValue.of(oldName), TclValue.of(newName), TclValue.of("rename"));
        }

        @Override
        public void deleted(Interp interp, String oldName) throws TclException {
            call(interp, TclValue.of(oldName), TclValue.EMPTY, TclValue.of("delete"));
        }

        @Override
        public void enter(Interp interp, TclValue[] objv) throws TclException {
            before(interp, objv, "enter");
        }

        @Override
        public void leave(Interp interp, TclValue[] objv, int code, TclValue result) throws TclException {
            after(interp, objv, code, result, "leave");
        }

        @Override
        public void enterStep(Interp interp, TclValue[] objv) throws TclException {
            before(interp, objv, "enterstep");
        }

        @Override
        public void leaveStep(Interp interp, TclValue[] objv, int code, TclValue result) throws TclException {
            after(interp, objv, code, result, "leavestep");
        }

        /** {@code script command-string op}, before a command runs. */
        private void before(Interp interp, TclValue[] objv, String op) throws TclException {
            call(interp, TclValue.of(TclList.wrap(objv.clone()).format()), TclValue.of(op));
        }

        /** {@code script command-string code result op}, after a command ran. */
        private void after(Interp interp, TclValue[] objv, int code, TclValue result, String op)
                throws TclException {
            call(interp, TclValue.of(TclList.wrap(objv.clone()).format()), TclValue.of(code), result, TclValue.of(op));
        }
    }

    private static final String[] SUBS = {"add", "info", "remove", "variable", "vdelete", "vinfo"};
    /** In tclsh's order, which its "bad option" message lists. */
    private static final String[] TYPES = {"execution", "command", "variable"};

    static TclValue trace(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "option ?arg ...?");
        }
        int sub = Args.index(objv[1], SUBS, "option");
        switch (SUBS[sub]) {
            case "add", "remove": {
                if (objv.length < 3) {
                    throw Args.wrongNum(objv, 2, "type ?arg ...?");
                }
                int type = Args.index(objv[2], TYPES, "option");
                if (objv.length != 6) {
                    throw Args.wrongNum(objv, 3, "name opList command");
                }
                boolean add = sub == 0;
                if (type == 2) {
                    variable(interp, objv[3].toString(), parseOps(objv[4], type), objv[5], add, false);
                } else {
                    command(interp, objv[3].toString(), parseOps(objv[4], type), objv[5], add, type == 0);
                }
                return TclValue.EMPTY;
            }
            case "info": {
                if (objv.length < 3) {
                    throw Args.wrongNum(objv, 2, "type name");
                }
                int type = Args.index(objv[2], TYPES, "option");
                if (objv.length != 4) {
                    throw Args.wrongNum(objv, 3, "name");
                }
                return type == 2 ? varInfo(interp, objv[3].toString(), false)
                        : commandInfo(interp, objv[3].toString(), type == 0);
            }
            case "variable", "vdelete": {
                if (objv.length != 5) {
                    throw Args.wrongNum(objv, 2, "name ops command");
                }
                Set<String> ops = new LinkedHashSet<>();
                for (char c : objv[3].toString().toCharArray()) {
                    switch (c) {
                        case 'r' -> ops.add("read");
                        case 'w' -> ops.add("write");
                        case 'u' -> ops.add("unset");
                        case 'a' -> ops.add("array");
                        default -> throw new TclException("bad operations \"" + objv[3]
                                + "\": should be one or more of rwua", "TCL OPERATION TRACE BADOPS");
                    }
                }
                variable(interp, objv[2].toString(), ops, objv[4], sub == 3, true);
                return TclValue.EMPTY;
            }
            default: {
                if (objv.length != 3) {
                    throw Args.wrongNum(objv, 2, "name");
                }
                return varInfo(interp, objv[2].toString(), true);
            }
        }
    }

    private static Set<String> parseOps(TclValue v, int type) throws TclException {
        String[] allowed = switch (type) {
            case 1 -> new String[] {"delete", "rename"};
            case 0 -> new String[] {"enter", "leave", "enterstep", "leavestep"};
            default -> new String[] {"array", "read", "unset", "write"};
        };
        List<TclValue> items = v.asList();
        if (items.isEmpty()) {
            String what = type == 2 ? "array, read, unset, or write" : type == 1 ? "delete or rename"
                    : "enter, leave, enterstep, or leavestep";
            throw new TclException("bad operation list \"\": must be one or more of " + what,
                    "TCL OPERATION TRACE NOOPS");
        }
        Set<String> ops = new LinkedHashSet<>();
        for (TclValue op : items) {
            ops.add(allowed[Args.index(op, allowed, "operation")]);
        }
        return ops;
    }

    private static void variable(Interp interp, String name, Set<String> ops, TclValue script, boolean add,
            boolean legacy) throws TclException {
        Var v = Variables.traceSlot(interp, name, add);
        if (v == null) {
            return;
        }
        if (add) {
            Variables.addTrace(v, new ScriptVarTrace(ops, script, legacy));
            return;
        }
        List<Var.VarTrace> traces = Variables.traces(v);
        for (int i = traces.size() - 1; i >= 0; i--) {
            if (traces.get(i) instanceof ScriptVarTrace t && t.ops.equals(ops)
                    && t.script.toString().equals(script.toString())) {
                traces.remove(i);
                break;
            }
        }
    }

    private static TclValue varInfo(Interp interp, String name, boolean legacy) throws TclException {
        Var v = Variables.traceSlot(interp, name, false);
        List<TclValue> out = new ArrayList<>();
        if (v != null) {
            List<Var.VarTrace> traces = Variables.traces(v);
            for (int i = traces.size() - 1; i >= 0; i--) {
                if (traces.get(i) instanceof ScriptVarTrace t) {
                    out.add(TclValue.ofList(t.opsList(), t.script));
                }
            }
        }
        return TclValue.ofList(out);
    }

    private static CommandEntry lookup(Interp interp, String name) throws TclException {
        CommandEntry e = interp.findCommand(name);
        if (e == null) {
            throw new TclException("unknown command \"" + name + "\"", Args.code("TCL LOOKUP COMMAND", name));
        }
        return e;
    }

    private static void command(Interp interp, String name, Set<String> ops, TclValue script, boolean add,
            boolean execution) throws TclException {
        CommandEntry e = lookup(interp, name);
        if (add) {
            e.traces().add(new ScriptCommandTrace(ops, script, execution));
            interp.bumpEpoch();
            return;
        }
        List<CommandEntry.CommandTrace> traces = e.traces();
        for (int i = traces.size() - 1; i >= 0; i--) {
            if (traces.get(i) instanceof ScriptCommandTrace t && t.execution == execution && t.ops.equals(ops)
                    && t.script.toString().equals(script.toString())) {
                traces.remove(i);
                break;
            }
        }
        e.pruneTraces();
    }

    private static TclValue commandInfo(Interp interp, String name, boolean execution) throws TclException {
        CommandEntry e = lookup(interp, name);
        List<TclValue> out = new ArrayList<>();
        List<CommandEntry.CommandTrace> traces = e.traces();
        for (int i = traces.size() - 1; i >= 0; i--) {
            if (traces.get(i) instanceof ScriptCommandTrace t && t.execution == execution) {
                List<TclValue> ops = new ArrayList<>();
                for (String o : t.ops) {
                    ops.add(TclValue.of(o));
                }
                out.add(TclValue.ofList(TclValue.ofList(ops), t.script));
            }
        }
        e.pruneTraces();
        return TclValue.ofList(out);
    }
}
