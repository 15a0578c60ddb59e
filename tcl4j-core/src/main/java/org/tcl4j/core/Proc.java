package org.tcl4j.core;

import java.util.List;

/**
 * A procedure (from {@code proc}) or lambda (from {@code apply}): formal
 * arguments with defaults, an optional trailing {@code args}, and a body
 * whose parse is cached on the body value.
 */
public final class Proc implements TclCommand {
    /** The namespace the body runs in: the command's, which rename may change. */
    Namespace ns;
    final TclValue argSpec;
    final TclValue body;
    final String[] names;
    final TclValue[] defaults;
    final boolean varargs;
    /** For lambdas: the lambda term, used in errorInfo; null for procs. */
    final TclValue lambda;
    /** Where the body was written in a file, for {@code info frame}; null when not literally in one. */
    FrameLevel.Origin origin;
    /** The procedure's qualified name as created, for {@code info frame}; null for lambdas. */
    final String qualifiedName;
    /** Slot numbers of the body's local variables; formal arguments come first. */
    final LocalNames localNames = new LocalNames();
    private final int[] argSlots;

    /**
     * @param qualifiedName the procedure's command name, fully qualified; null for a lambda
     */
    public Proc(Namespace ns, TclValue argSpec, TclValue body, String qualifiedName, TclValue lambda)
            throws TclException {
        this.ns = ns;
        this.qualifiedName = qualifiedName;
        this.argSpec = argSpec;
        this.body = body;
        this.lambda = lambda;
        List<TclValue> specs = argSpec.asList();
        int n = specs.size();
        names = new String[n];
        defaults = new TclValue[n];
        for (int i = 0; i < n; i++) {
            List<TclValue> parts = specs.get(i).asList();
            if (parts.isEmpty()) {
                throw new TclException("argument with no name", "TCL OPERATION PROC FORMALARGUMENTFORMAT");
            }
            if (parts.size() > 2) {
                throw new TclException("too many fields in argument specifier \"" + specs.get(i) + "\"",
                        "TCL OPERATION PROC FORMALARGUMENTFORMAT");
            }
            String name = parts.get(0).toString();
            if (name.contains("::")) {
                throw new TclException("formal parameter \"" + name + "\" is not a simple name",
                        "TCL OPERATION PROC FORMALARGUMENTFORMAT");
            }
            if (name.endsWith(")") && name.contains("(")) {
                throw new TclException("formal parameter \"" + name + "\" is an array element", // tclsh 8.6's words
                        "TCL OPERATION PROC FORMALARGUMENTFORMAT");
            }
            names[i] = name;
            defaults[i] = parts.size() == 2 ? parts.get(1) : null;
        }
        varargs = n > 0 && names[n - 1].equals("args");
        argSlots = new int[n];
        for (int i = 0; i < n; i++) {
            argSlots[i] = localNames.slotOf(names[i]);
        }
    }

    public TclValue argSpec() {
        return argSpec;
    }

    public TclValue body() {
        return body;
    }

    public Namespace namespace() {
        return ns;
    }

    /** Formal argument names in order. */
    public String[] argNames() {
        return names.clone();
    }

    /** The default of a formal argument, or null. */
    public TclValue defaultOf(String arg) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(arg)) {
                return defaults[i];
            }
        }
        return null;
    }

    public boolean hasArg(String arg) {
        for (String n : names) {
            if (n.equals(arg)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public TclValue invoke(Interp interp, TclValue[] objv) throws TclException {
        return call(interp, objv, 1);
    }

    /**
     * Records where the body was written when {@code word} (the body, or the
     * lambda term) is a literal word of the command now running in a file,
     * so that {@code info frame} gives the file's lines inside it.
     */
    public void locate(Interp interp, TclValue word) {
        origin = interp.literalOrigin(word);
    }

    /**
     * Runs the body with arguments {@code objv[skip..]}; {@code objv[0..skip-1]}
     * name the call (the proc name, or {@code apply lambda}).
     */
    public TclValue call(Interp interp, TclValue[] objv, int skip) throws TclException {
        Interp.Tailcall[] tail = new Interp.Tailcall[1];
        TclValue outcome = callOnce(interp, objv, skip, tail);
        Proc p = this;
        while (tail[0] != null) {
            // tailcall: the queued command replaces this procedure's result, in the caller's frame
            interp.setCode(Interp.OK);
            CommandEntry e = tail[0].entry();
            TclValue[] words = tail[0].words();
            tail[0] = null;
            if (e == null || e.deleted || e.traces != null || interp.steps != null || !(e.command instanceof Proc)) {
                return interp.evalWords(e, words);
            }
            // a procedure in tail position runs in this loop, so that tailcall chains need no Java stack
            p = (Proc) e.command;
            interp.cmdCount++;
            try {
                outcome = p.callOnce(interp, words, 1, tail);
            } catch (TclException ex) {
                interp.logTailcall(ex, words);
                throw ex;
            }
        }
        return outcome;
    }

    private TclValue callOnce(Interp interp, TclValue[] objv, int skip, Interp.Tailcall[] tailOut)
            throws TclException {
        int given = objv.length - skip;
        int formal = names.length;
        int fixed = varargs ? formal - 1 : formal;
        CallFrame frame = interp.pushProcFrame(ns, objv, this);
        Var[] slots = frame.slots;
        TclValue outcome;
        try {
            for (int i = 0; i < fixed; i++) {
                TclValue v;
                if (i < given) {
                    v = objv[skip + i];
                } else if (defaults[i] != null) {
                    v = defaults[i];
                } else {
                    throw wrongArgs(objv, skip);
                }
                Var var = new Var(names[i]);
                var.value = v;
                slots[argSlots[i]] = var;
            }
            if (varargs) {
                TclValue rest;
                if (given > fixed) {
                    TclValue[] extra = new TclValue[given - fixed];
                    System.arraycopy(objv, skip + fixed, extra, 0, extra.length);
                    rest = TclValue.ofList(TclList.wrap(extra));
                } else {
                    rest = TclValue.EMPTY;
                }
                Var var = new Var("args");
                var.value = rest;
                slots[argSlots[formal - 1]] = var;
            } else if (given > formal) {
                throw wrongArgs(objv, skip);
            }
            TclValue result;
            try {
                result = interp.evalProcBody(this);
            } catch (TclException e) {
                addBodyInfo(e, objv);
                e.addErrorStack("CALL", TclValue.ofList(TclList.wrap(objv.clone())));
                throw e;
            }
            if (interp.code == Interp.BREAK || interp.code == Interp.CONTINUE) {
                // tclsh reports a stray break/continue as an error of the call, at the body's line 1
                TclException stray = outsideLoop(interp);
                stray.setErrorLine(1);
                addBodyInfo(stray, objv);
                throw stray;
            }
            outcome = finish(interp, result);
            tailOut[0] = interp.takePendingTailcall();
        } finally {
            Variables.releaseFrame(interp, frame);
            interp.popFrame(frame);
        }
        return outcome;
    }

    /** Names this procedure or lambda in the errorInfo of an error out of its body. */
    private void addBodyInfo(TclException e, TclValue[] objv) {
        if (lambda != null) {
            e.addErrorInfo("\n    (lambda term \"" + lambda + "\" line " + e.errorLine() + ")");
        } else {
            e.addErrorInfo("\n    (procedure \"" + objv[0] + "\" line " + e.errorLine() + ")");
        }
    }

    /** Turns the body's completion code into the procedure's, as TclUpdateReturnInfo does. */
    static TclValue finish(Interp interp, TclValue result) throws TclException {
        int c = interp.code;
        if (c == Interp.OK) {
            return result;
        }
        if (c == Interp.RETURN) {
            return ReturnOptions.complete(interp, result);
        }
        if (c == Interp.BREAK || c == Interp.CONTINUE) {
            throw outsideLoop(interp);
        }
        return result; // custom codes pass through
    }

    /** The error that a break or continue becomes when it leaves a procedure body; resets the code. */
    static TclException outsideLoop(Interp interp) {
        int c = interp.code;
        interp.code = Interp.OK;
        return new TclException("invoked \"" + (c == Interp.BREAK ? "break" : "continue")
                + "\" outside of a loop", "TCL RESULT UNEXPECTED");
    }

    private TclException wrongArgs(TclValue[] objv, int skip) {
        StringBuilder sb = new StringBuilder("wrong # args: should be \"");
        if (lambda != null) {
            sb.append("apply lambdaExpr");
        } else {
            for (int i = 0; i < skip; i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                TclList.appendElement(sb, objv[i].toString(), false);
            }
        }
        for (int i = 0; i < names.length; i++) {
            sb.append(' ');
            if (varargs && i == names.length - 1) {
                sb.append("?arg ...?");
            } else if (defaults[i] != null) {
                sb.append('?');
                TclList.appendElement(sb, names[i], false);
                sb.append('?');
            } else {
                TclList.appendElement(sb, names[i], false);
            }
        }
        sb.append('"');
        return new TclException(sb.toString(), "TCL WRONGARGS");
    }
}
