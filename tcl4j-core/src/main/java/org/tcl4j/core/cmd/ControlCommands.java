package org.tcl4j.core.cmd;

import java.util.ArrayList;
import java.util.List;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.ReturnOptions;
import org.tcl4j.core.TclDict;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;
import org.tcl4j.core.expr.ExprEngine;

/** Control flow: if while for foreach lmap break continue return error catch. */
public final class ControlCommands {
    private ControlCommands() {
    }

    public static void register(Interp interp) {
        interp.register("if", ControlCommands::ifCmd);
        interp.register("while", ControlCommands::whileCmd);
        interp.register("for", ControlCommands::forCmd);
        interp.register("foreach", (i, o) -> foreach(i, o, false));
        interp.register("lmap", (i, o) -> foreach(i, o, true));
        interp.register("break", (i, o) -> signal(i, o, Interp.BREAK));
        interp.register("continue", (i, o) -> signal(i, o, Interp.CONTINUE));
        interp.register("return", ControlCommands::returnCmd);
        interp.register("error", ControlCommands::error);
        interp.register("catch", ControlCommands::catchCmd);
    }

    private static TclValue signal(Interp interp, TclValue[] objv, int code) throws TclException {
        if (objv.length != 1) {
            throw Args.wrongNum(objv, 1, "");
        }
        interp.setCode(code);
        return TclValue.EMPTY;
    }

    /**
     * tclsh rejects a malformed if (a missing script, words after else)
     * before it runs the chosen body, so "if 1 {puts hi} else" prints
     * nothing; but the conditions up to the chosen one are evaluated first,
     * so their errors come first. One walk does both: once a body is chosen,
     * the rest of the words are only checked.
     */
    static TclValue ifCmd(Interp interp, TclValue[] objv) throws TclException {
        int i = 1;
        int n = objv.length;
        int chosen = -1;
        while (true) {
            if (i >= n) {
                throw new TclException("wrong # args: no expression after \"" + objv[i - 1] + "\" argument",
                        "TCL WRONGARGS");
            }
            boolean cond = chosen < 0 && ExprEngine.evalBoolean(interp, objv[i]);
            i++;
            if (i < n && objv[i].toString().equals("then")) {
                i++;
            }
            if (i >= n) {
                throw new TclException("wrong # args: no script following \"" + objv[i - 1] + "\" argument",
                        "TCL WRONGARGS");
            }
            if (cond) {
                chosen = i;
            }
            i++;
            if (i >= n) {
                break;
            }
            String kw = objv[i].toString();
            if (kw.equals("elseif")) {
                i++;
                continue;
            }
            if (kw.equals("else")) {
                i++;
                if (i >= n) {
                    throw new TclException("wrong # args: no script following \"else\" argument", "TCL WRONGARGS");
                }
            }
            if (i != n - 1) {
                throw new TclException("wrong # args: extra words after \"else\" clause in \"if\" command",
                        "TCL WRONGARGS");
            }
            if (chosen < 0) {
                chosen = i;
            }
            break;
        }
        return chosen < 0 ? TclValue.EMPTY : interp.evalBody(objv[chosen], interp.literalWordLine(objv, chosen), null);
    }

    static TclValue whileCmd(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length != 3) {
            throw Args.wrongNum(objv, 1, "test command");
        }
        Interp.LoopBody body = interp.loopBody(objv[2], interp.literalWordLine(objv, 2), "\"while\" body");
        while (ExprEngine.evalBoolean(interp, objv[1])) {
            int c = interp.evalLoopBody(body);
            if (c == Interp.BREAK) {
                break;
            }
            if (c != Interp.OK) {
                return interp.loopResult();
            }
        }
        return TclValue.EMPTY;
    }

    static TclValue forCmd(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length != 5) {
            throw Args.wrongNum(objv, 1, "start test next command");
        }
        int startLine = interp.literalWordLine(objv, 1);
        Interp.LoopBody next = interp.loopBody(objv[3], interp.literalWordLine(objv, 3), "\"for\" loop-end command");
        Interp.LoopBody body = interp.loopBody(objv[4], interp.literalWordLine(objv, 4), "\"for\" body");
        interp.evalBody(objv[1], startLine, "\"for\" initial command");
        if (interp.code() != Interp.OK) {
            return TclValue.EMPTY;
        }
        while (ExprEngine.evalBoolean(interp, objv[2])) {
            int c = interp.evalLoopBody(body);
            if (c == Interp.BREAK) {
                break;
            }
            if (c != Interp.OK) {
                return interp.loopResult();
            }
            interp.evalBody(next);
            int nc = interp.code();
            if (nc == Interp.BREAK) {
                interp.setCode(Interp.OK);
                break;
            }
            if (nc != Interp.OK) {
                return TclValue.EMPTY;
            }
        }
        return TclValue.EMPTY;
    }

    static TclValue foreach(Interp interp, TclValue[] objv, boolean collect) throws TclException {
        if (objv.length < 4 || objv.length % 2 != 0) {
            throw Args.wrongNum(objv, 1, "varList list ?varList list ...? command");
        }
        int groups = (objv.length - 2) / 2;
        TclValue[][] vars = new TclValue[groups][];
        List<TclValue>[] lists = new List[groups];
        int iterations = 0;
        for (int g = 0; g < groups; g++) {
            TclList vl = objv[1 + 2 * g].asList();
            if (vl.isEmpty()) {
                throw new TclException((collect ? "lmap" : "foreach") + " varlist is empty", "TCL OPERATION "
                        + (collect ? "LMAP" : "FOREACH") + " NEEDVARS");
            }
            // the loop variables' names as values, so each assignment uses the slot cached on them
            vars[g] = vl.toArray();
            lists[g] = objv[2 + 2 * g].asList();
            int it = (lists[g].size() + vars[g].length - 1) / vars[g].length;
            iterations = Math.max(iterations, it);
        }
        TclValue body = objv[objv.length - 1];
        // tclsh compiles foreach/lmap inline only inside procedures
        int line = interp.varFrame().isProc() ? interp.literalWordLine(objv, objv.length - 1) : -1;
        String context = collect ? "\"lmap\" body" : "\"foreach\" body";
        Interp.LoopBody prepared = interp.loopBody(body, line, context);
        if (!collect && groups == 1 && vars[0].length == 1) {
            return foreachOne(interp, vars[0][0], lists[0], prepared);
        }
        List<TclValue> out = collect ? new ArrayList<>() : null;
        for (int it = 0; it < iterations; it++) {
            for (int g = 0; g < groups; g++) {
                TclValue[] vs = vars[g];
                for (int k = 0; k < vs.length; k++) {
                    int idx = it * vs.length + k;
                    TclValue v = idx < lists[g].size() ? lists[g].get(idx) : TclValue.EMPTY;
                    setLoopVar(interp, vs[k], v, collect ? "lmap" : "foreach");
                }
            }
            TclValue r;
            if (collect) {
                r = interp.evalBody(prepared);
                int c = interp.code();
                if (c == Interp.OK) {
                    out.add(r);
                    continue;
                }
                if (c == Interp.CONTINUE) {
                    interp.setCode(Interp.OK);
                    continue;
                }
                if (c == Interp.BREAK) {
                    interp.setCode(Interp.OK);
                    break;
                }
                return r;
            }
            int c = interp.evalLoopBody(prepared);
            if (c == Interp.BREAK) {
                break;
            }
            if (c != Interp.OK) {
                return interp.loopResult();
            }
        }
        return collect ? TclValue.ofList(out) : TclValue.EMPTY;
    }

    /** The commonest foreach: one variable over one list. */
    private static TclValue foreachOne(Interp interp, TclValue var, List<TclValue> list, Interp.LoopBody body)
            throws TclException {
        for (int i = 0, n = list.size(); i < n; i++) {
            setLoopVar(interp, var, list.get(i), "foreach");
            int c = interp.evalLoopBody(body);
            if (c == Interp.BREAK) {
                break;
            }
            if (c != Interp.OK) {
                return interp.loopResult();
            }
        }
        return TclValue.EMPTY;
    }

    private static void setLoopVar(Interp interp, TclValue var, TclValue value, String command) throws TclException {
        try {
            interp.setVar(var, value);
        } catch (TclException e) {
            e.addErrorInfo("\n    (setting \"" + command + "\" loop variable \"" + var + "\")");
            throw e;
        }
    }

    static TclValue returnCmd(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length <= 2) {
            // the common "return ?value?": no options dict to build
            interp.setReturnOptions(ReturnOptions.PLAIN);
            interp.setCode(Interp.RETURN);
            return objv.length == 2 ? objv[1] : TclValue.EMPTY;
        }
        TclDict opts = new TclDict();
        int code = Interp.OK;
        int level = 1;
        int i = 1;
        int n = objv.length;
        // every leading pair is an option, whatever its name; an odd word left over is the result
        while (i + 1 < n) {
            String k = objv[i].toString();
            TclValue v = objv[i + 1];
            switch (k) {
                case "-code" -> code = ReturnOptions.parseCode(v);
                case "-level" -> {
                    Number num = v.asNumber();
                    if (!(num instanceof Long l) || l < 0) {
                        throw new TclException("bad -level value: expected non-negative integer but got \"" + v
                                + "\"", "TCL RESULT ILLEGAL_LEVEL");
                    }
                    level = (int) (long) l;
                }
                case "-options" -> {
                    TclDict given;
                    try {
                        given = v.asDict();
                    } catch (TclException e) {
                        throw new TclException("bad -options value: expected dictionary but got \"" + v + "\"",
                                "TCL RESULT ILLEGAL_OPTIONS");
                    }
                    for (var e : given.entries().entrySet()) {
                        String ok = e.getKey().toString();
                        if (ok.equals("-code")) {
                            code = ReturnOptions.parseCode(e.getValue());
                        } else if (ok.equals("-level")) {
                            level = e.getValue().asInt();
                        } else {
                            opts.put(e.getKey(), e.getValue());
                        }
                    }
                }
                default -> opts.put(objv[i], v);
            }
            i += 2;
        }
        if (n - i > 1) {
            throw Args.wrongNum(objv, 1, "?-option value ...? ?result?");
        }
        TclValue result = i < n ? objv[i] : TclValue.EMPTY;
        if (code == Interp.RETURN) {
            // "-code return" is one more level of a plain return, as tclsh records it
            code = Interp.OK;
            level++;
        }
        if (code == Interp.ERROR) {
            TclValue ec = opts.get("-errorcode");
            if (ec != null) {
                try {
                    ec.asList();
                } catch (TclException notList) {
                    throw new TclException("bad -errorcode value: expected a list but got \"" + ec + "\"",
                            "TCL RESULT ILLEGAL_ERRORCODE");
                }
            }
        }
        if (level == 0) {
            if (code == Interp.ERROR) {
                TclException e = ReturnOptions.toError(result, withCode(opts, code, level));
                if (opts.get("-errorinfo") != null) {
                    // like "error msg info": the given errorInfo is complete, this command is not added to it
                    TclValue line = opts.get("-errorline");
                    interp.markLogged(e);
                    if (line != null && line.asNumber() instanceof Long l) {
                        e.setErrorLine((int) (long) l);
                    }
                }
                throw e;
            }
            interp.setCode(code);
            return result;
        }
        interp.setReturnOptions(withCode(opts, code, level));
        interp.setCode(Interp.RETURN);
        return result;
    }

    /** The options as tclsh keeps them: those given, in their order, then -code and -level. */
    private static TclDict withCode(TclDict opts, int code, int level) {
        opts.put("-code", TclValue.of(code));
        opts.put("-level", TclValue.of(level));
        return opts;
    }

    static TclValue error(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2 || objv.length > 4) {
            throw Args.wrongNum(objv, 1, "message ?errorInfo? ?errorCode?");
        }
        TclException e = new TclException(objv[1], objv.length == 4 ? objv[3] : null);
        if (objv.length >= 3 && !objv[2].isEmpty()) {
            e.setErrorInfo(objv[2].toString());
            interp.markLogged(e);
        }
        throw e;
    }

    static TclValue catchCmd(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2 || objv.length > 4) {
            throw Args.wrongNum(objv, 1, "script ?resultVarName? ?optionVarName?");
        }
        // tclsh compiles catch inline unless it has variables to set outside a procedure
        int line = objv.length == 2 || interp.varFrame().isProc() ? interp.literalWordLine(objv, 1) : -1;
        TclValue result;
        int code;
        TclDict options;
        try {
            result = line > 0 ? interp.evalInline(objv[1], line) : interp.eval(objv[1]);
            code = interp.takeCode();
            options = new TclDict();
            if (code == Interp.RETURN) {
                TclDict ro = interp.returnOptions();
                if (ro != null) {
                    for (var e : ReturnOptions.visible(ro).entries().entrySet()) {
                        options.put(e.getKey(), e.getValue());
                    }
                }
                interp.setReturnOptions(null);
            } else {
                options.put("-code", TclValue.of(code));
                options.put("-level", TclValue.ZERO);
            }
        } catch (TclException e) {
            interp.recordError(e);
            result = e.result();
            code = Interp.ERROR;
            options = interp.errorOptions(e);
        }
        if (objv.length >= 3) {
            interp.setVar(objv[2].toString(), result);
        }
        if (objv.length == 4) {
            interp.setVar(objv[3].toString(), TclValue.ofDict(options));
        }
        return TclValue.of(code);
    }

    /** Helper for callers that need a list of words as values. */
    static TclValue[] words(TclList l) {
        return l.toArray();
    }
}
