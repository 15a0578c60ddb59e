package org.tcl4j.core.cmd;

import java.util.List;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.ReturnOptions;
import org.tcl4j.core.TclDict;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/** {@code try} with on/trap handlers and finally, and {@code throw}. */
public final class TryCmd {
    private TryCmd() {
    }

    public static void register(Interp interp) {
        interp.register("try", TryCmd::tryCmd);
        interp.register("throw", TryCmd::throwCmd);
    }

    /** How a script ended: its code, result, options, and the error if it failed. */
    record Outcome(int code, TclValue result, TclDict options, TclException error) {
        /** Re-raises this outcome as the result of the current command. */
        TclValue replay(Interp interp) throws TclException {
            if (error != null) {
                if (!interp.varFrame().isProc()) {
                    // tclsh's uncompiled try has logged its script's error: the try command is not added
                    int line = error.errorLine();
                    interp.markLogged(error);
                    error.setErrorLine(line);
                }
                throw error;
            }
            if (code == Interp.RETURN) {
                interp.setReturnOptions(options);
            }
            interp.setCode(code);
            return result;
        }
    }

    /**
     * Runs a script and captures how it ended. tclsh compiles {@code try}
     * inline only inside procedures; elsewhere each script is a unit of its
     * own, named in errorInfo by {@code context}.
     */
    static Outcome capture(Interp interp, TclValue[] objv, int index, String context) {
        TclValue script = objv[index];
        try {
            TclValue r = interp.varFrame().isProc()
                    ? interp.evalBody(script, interp.literalWordLine(objv, index), null)
                    : interp.evalBody(script, -1, context);
            int code = interp.takeCode();
            TclDict opts;
            if (code == Interp.RETURN && interp.returnOptions() != null) {
                opts = ReturnOptions.visible(interp.returnOptions()).copy();
                interp.setReturnOptions(null);
            } else {
                opts = new TclDict();
                opts.put("-code", TclValue.of(code));
                opts.put("-level", TclValue.ZERO);
            }
            return new Outcome(code, r, opts, null);
        } catch (TclException e) {
            interp.recordError(e);
            return new Outcome(Interp.ERROR, e.result(), interp.errorOptions(e), e);
        }
    }

    static TclValue tryCmd(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "body ?handler ...? ?finally script?");
        }
        // validate the handler clauses before running anything, as tclsh does
        int n = objv.length;
        int finallyAt = -1;
        for (int i = 2; i < n;) {
            String kw = objv[i].toString();
            switch (kw) {
                case "on" -> {
                    if (i + 3 >= n) {
                        throw new TclException("wrong # args to on clause: must be \"... on code variableList script\"",
                                "TCL OPERATION TRY ON ARGUMENT");
                    }
                    ReturnOptions.parseCode(objv[i + 1]);
                    i += 4;
                }
                case "trap" -> {
                    if (i + 3 >= n) {
                        throw new TclException(
                                "wrong # args to trap clause: must be \"... trap pattern variableList script\"",
                                "TCL OPERATION TRY TRAP ARGUMENT");
                    }
                    objv[i + 1].asList();
                    i += 4;
                }
                case "finally" -> {
                    if (i + 1 >= n) {
                        throw new TclException("wrong # args to finally clause: must be \"... finally script\"",
                                "TCL OPERATION TRY FINALLY ARGUMENT");
                    }
                    if (i + 2 != n) {
                        throw new TclException("finally clause must be last", "TCL OPERATION TRY FINALLY NONTERMINAL");
                    }
                    finallyAt = i + 1;
                    i += 2;
                }
                default -> throw new TclException("bad handler type \"" + kw + "\": must be finally, on, or trap",
                        Args.code("TCL LOOKUP INDEX {handler type}", kw));
            }
        }
        int handlersEnd = finallyAt < 0 ? n : finallyAt - 1;
        Outcome out = capture(interp, objv, 1, "\"try\" body");
        for (int i = 2; i < handlersEnd; i += 4) {
            if (!matches(objv[i].toString(), objv[i + 1], out)) {
                continue;
            }
            int body = i + 3;
            while (body < handlersEnd && objv[body].toString().equals("-")) {
                body += 4;
            }
            if (body >= handlersEnd) {
                throw new TclException("last non-finally clause must not have a body of \"-\"",
                        "TCL OPERATION TRY BADFALLTHROUGH");
            }
            List<TclValue> vars = objv[i + 2].asList();
            if (vars.size() > 0) {
                interp.setVar(vars.get(0).toString(), out.result);
            }
            if (vars.size() > 1) {
                interp.setVar(vars.get(1).toString(), TclValue.ofDict(out.options));
            }
            Outcome handled = capture(interp, objv, body, "\"try ... " + objv[i] + "\" handler");
            out = handled.error != null ? during(interp, handled, out) : handled;
            break;
        }
        if (finallyAt > 0) {
            Outcome fin = capture(interp, objv, finallyAt, null);
            if (fin.code != Interp.OK) {
                return (fin.error != null ? during(interp, fin, out) : fin).replay(interp);
            }
        }
        return out.replay(interp);
    }

    /**
     * An error out of a handler or the finally script carries the outcome it
     * replaced as {@code -during}, after its own options (as tclsh orders them).
     */
    private static Outcome during(Interp interp, Outcome failed, Outcome replaced) {
        TclDict full = interp.errorOptions(failed.error);
        full.put("-during", TclValue.ofDict(replaced.options));
        // as the error's own options, -code and -level move after the others
        TclDict extra = full.copy();
        extra.remove(TclValue.of("-code"));
        extra.remove(TclValue.of("-level"));
        failed.error.setExtraOptions(extra);
        return new Outcome(failed.code, failed.result, full, failed.error);
    }

    private static boolean matches(String kind, TclValue spec, Outcome out) throws TclException {
        if (kind.equals("on")) {
            return ReturnOptions.parseCode(spec) == out.code;
        }
        if (out.code != Interp.ERROR) {
            return false;
        }
        List<TclValue> pattern = spec.asList();
        List<TclValue> code = out.error != null ? out.error.errorCode().asList()
                : out.options.get("-errorcode") == null ? List.of() : out.options.get("-errorcode").asList();
        if (pattern.size() > code.size()) {
            return false;
        }
        for (int k = 0; k < pattern.size(); k++) {
            if (!pattern.get(k).toString().equals(code.get(k).toString())) {
                return false;
            }
        }
        return true;
    }

    static TclValue throwCmd(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length != 3) {
            throw Args.wrongNum(objv, 1, "type message");
        }
        if (objv[1].asList().isEmpty()) {
            throw new TclException("type must be non-empty list", "TCL OPERATION THROW BADEXCEPTION");
        }
        throw new TclException(objv[2], objv[1]);
    }
}
