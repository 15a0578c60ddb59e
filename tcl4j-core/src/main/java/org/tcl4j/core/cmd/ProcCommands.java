package org.tcl4j.core.cmd;

import org.tcl4j.core.Args;
import org.tcl4j.core.CallFrame;
import org.tcl4j.core.Interp;
import org.tcl4j.core.Proc;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;

/** Procedures and evaluation: proc rename eval uplevel. */
public final class ProcCommands {
    private ProcCommands() {
    }

    public static void register(Interp interp) {
        interp.register("proc", ProcCommands::proc);
        interp.register("rename", ProcCommands::rename);
        interp.register("eval", ProcCommands::eval);
        interp.register("uplevel", ProcCommands::uplevel);
        interp.register("apply", ProcCommands::apply);
        interp.register("tailcall", ProcCommands::tailcall);
    }

    /** The compiled form of a lambda term, cached on the lambda value. */
    private record Lambda(Proc proc) {
    }

    static TclValue apply(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "lambdaExpr ?arg ...?");
        }
        TclValue term = objv[1];
        Proc proc;
        if (term.rep() instanceof Lambda l) {
            proc = l.proc;
        } else {
            java.util.List<TclValue> parts;
            try {
                parts = term.asList();
            } catch (TclException e) {
                parts = null;
            }
            if (parts == null || parts.size() < 2 || parts.size() > 3) {
                throw new TclException("can't interpret \"" + term + "\" as a lambda expression",
                        "TCL VALUE LAMBDA");
            }
            org.tcl4j.core.Namespace ns = interp.globalNamespace();
            if (parts.size() == 3) {
                String nsName = parts.get(2).toString();
                String full = nsName.startsWith("::") ? nsName : "::" + nsName;
                ns = interp.findNamespace(full, interp.globalNamespace());
                if (ns == null) {
                    throw new TclException("namespace \"" + full + "\" not found", Args.code("TCL LOOKUP NAMESPACE", full));
                }
            }
            proc = new Proc(ns, parts.get(0), parts.get(1), null, term);
            proc.locate(interp, term);
            term.setRep(new Lambda(proc));
        }
        return proc.call(interp, objv, 2);
    }

    static TclValue tailcall(Interp interp, TclValue[] objv) throws TclException {
        if (!interp.varFrame().isProc()) { // tclsh checks where it is before it counts the words
            throw new TclException("tailcall can only be called from a proc, lambda or method",
                    "TCL TAILCALL ILLEGAL");
        }
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "command ?arg ...?");
        }
        TclValue[] words = new TclValue[objv.length - 1];
        System.arraycopy(objv, 1, words, 0, words.length);
        // looked up here (this namespace), run by the caller in its frame
        interp.setPendingTailcall(new Interp.Tailcall(interp.findCommand(words[0].toString()), words));
        org.tcl4j.core.TclDict opts = new org.tcl4j.core.TclDict();
        opts.put("-code", TclValue.ZERO);
        opts.put("-level", TclValue.ONE);
        interp.setReturnOptions(opts);
        interp.setCode(Interp.RETURN);
        return TclValue.EMPTY;
    }

    static TclValue proc(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length != 4) {
            throw Args.wrongNum(objv, 1, "name args body");
        }
        String name = objv[1].toString();
        org.tcl4j.core.Namespace ns = interp.currentNamespace();
        int sep = name.lastIndexOf("::");
        if (sep >= 0) {
            String nsName = name.substring(0, sep);
            ns = nsName.replace(":", "").isEmpty() && name.startsWith("::") ? interp.globalNamespace()
                    : interp.findNamespace(nsName, interp.currentNamespace());
            if (ns == null) {
                throw new TclException("can't create procedure \"" + name + "\": unknown namespace",
                        "TCL VALUE COMMAND");
            }
        }
        String qualified = ns.qualifier() + (sep >= 0 ? name.substring(sep + 2) : name);
        Proc p = new Proc(ns, objv[2], objv[3], qualified, null);
        p.locate(interp, objv[3]);
        interp.createCommand(qualified, p);
        return TclValue.EMPTY;
    }

    static TclValue rename(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length != 3) {
            throw Args.wrongNum(objv, 1, "oldName newName");
        }
        interp.renameCommand(objv[1].toString(), objv[2].toString());
        return TclValue.EMPTY;
    }

    /** The script for eval/uplevel: one word as is, several concatenated. */
    static TclValue concatScript(TclValue[] objv, int from) {
        if (objv.length - from == 1) {
            return objv[from];
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < objv.length; i++) {
            String s = objv[i].toString().strip();
            if (s.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(s);
        }
        return TclValue.of(sb.toString());
    }

    static TclValue eval(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "arg ?arg ...?");
        }
        TclValue script = concatScript(objv, 1);
        return interp.evalBody(script, -1, "\"eval\" body");
    }

    static TclValue uplevel(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "?level? command ?arg ...?");
        }
        int i = 1;
        String level = "1";
        if (Interp.isLevelWord(objv[1].toString())) {
            level = objv[1].toString();
            i = 2;
        }
        CallFrame target = interp.frameAt(level);
        if (i >= objv.length) {
            throw Args.wrongNum(objv, 1, "?level? command ?arg ...?");
        }
        return interp.evalUplevel(concatScript(objv, i), target);
    }

    /** Formats words as a list string (for messages). */
    static String asList(TclValue[] objv) {
        return TclList.wrap(objv.clone()).format();
    }
}
