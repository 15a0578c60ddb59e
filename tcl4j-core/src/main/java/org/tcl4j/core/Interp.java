package org.tcl4j.core;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A Tcl interpreter: namespaces, call frames, variables, command dispatch
 * and script evaluation.
 *
 * <h2>Completion codes</h2>
 * Errors travel as {@link TclException}. The other non-ok completions
 * (return, break, continue, and custom codes) are kept in {@link #code()}:
 * a command that ends with such a code sets it and returns normally; the
 * script evaluator stops at the first command that leaves a non-ok code and
 * hands it to its caller. Commands that evaluate scripts and then go on
 * (loops, {@code catch}) must look at {@link #code()} after each evaluation;
 * {@link #evalLoopBody} does that for loops.
 *
 * <h2>errorInfo</h2>
 * tclsh compiles scripts, and a compiled unit logs only its innermost failing
 * command; bodies of {@code if}, {@code while}, {@code catch}... given as
 * literal words, and command substitutions, belong to the enclosing unit.
 * {@link #evalInline} reproduces that, so that errorInfo and -errorline read
 * as in tclsh.
 */
public final class Interp {
    public static final int OK = 0;
    public static final int ERROR = 1;
    public static final int RETURN = 2;
    public static final int BREAK = 3;
    public static final int CONTINUE = 4;

    /** Default limit on nested evaluations, as in tclsh. */
    public static final int DEFAULT_MAX_NESTING = 1000;

    final Namespace global = new Namespace("", null);
    final CallFrame globalFrame = new CallFrame(global, null, null, 0, null, null, true);
    /** The frame whose variables are visible now. */
    CallFrame varFrame = globalFrame;
    int code = OK;
    /** Options of the pending {@code return} (for code RETURN). */
    TclDict returnOptions;
    /** Bumped on every change that can affect command lookup. */
    int epoch;
    private int nesting;
    /**
     * The enterstep/leavestep traces of the traced commands now running,
     * innermost first, or null (almost always): while set, every command
     * goes through {@link CommandTraces#invoke}.
     */
    CommandTraces.Steps steps;
    private int maxNesting = DEFAULT_MAX_NESTING;
    /** Depth of evaluation units (see the class comment). */
    private int unitDepth;
    /** The parsed command being invoked, so commands can recognise literal words. */
    private Script.Command activeCommand;
    private final Map<Object, Object> assocData = new HashMap<>();
    private PrintStream stdout = System.out;
    private PrintStream stderr = System.err;
    private boolean deleted;
    private Interp parentInterp;
    /** The file being sourced ({@code info script}). */
    private String scriptFile = "";
    /** Commands invoked so far ({@code info cmdcount}). */
    long cmdCount;
    /** The coroutine running now, or null on the main stack. */
    Object currentCoroutine;
    /** A command queued by {@code tailcall}, run when the current procedure returns. */
    Tailcall pendingTailcall;
    private java.util.function.IntConsumer exitHandler = code -> {
        System.out.flush();
        System.err.flush();
        System.exit(code);
    };

    /** Creates an interpreter with all built-in commands. */
    public Interp() {
        Builtins.registerAll(this);
        InlineCommands.mark(this);
        org.tcl4j.core.pkg.LibraryBootstrap.init(this);
    }

    // ------------------------------------------------------------ accessors

    public Namespace globalNamespace() {
        return global;
    }

    public Namespace currentNamespace() {
        return varFrame.ns;
    }

    public CallFrame varFrame() {
        return varFrame;
    }

    public CallFrame globalFrame() {
        return globalFrame;
    }

    /** Makes {@code f} the current variable frame; returns the previous one. */
    public CallFrame setVarFrame(CallFrame f) {
        CallFrame old = varFrame;
        varFrame = f;
        return old;
    }

    public PrintStream stdout() {
        return stdout;
    }

    public PrintStream stderr() {
        return stderr;
    }

    public void setStdout(PrintStream s) {
        stdout = s;
    }

    public void setStderr(PrintStream s) {
        stderr = s;
    }

    /** Per-interpreter data owned by some extension, created on first use. */
    @SuppressWarnings("unchecked")
    public <T> T data(Object key, Supplier<T> init) {
        return (T) assocData.computeIfAbsent(key, k -> init.get());
    }

    public int maxNesting() {
        return maxNesting;
    }

    public void setMaxNesting(int n) {
        maxNesting = n;
    }

    public Interp parentInterp() {
        return parentInterp;
    }

    public void setParentInterp(Interp p) {
        parentInterp = p;
    }

    /** What {@code exit} does; embedders and tests replace the default System.exit. */
    public void setExitHandler(java.util.function.IntConsumer handler) {
        exitHandler = handler;
    }

    /** Flushes output and ends the process (or whatever the exit handler does). */
    public void exit(int status) {
        stdout.flush();
        stderr.flush();
        exitHandler.accept(status);
    }

    public String scriptFile() {
        return scriptFile;
    }

    public void setScriptFile(String f) {
        scriptFile = f;
    }

    public long commandCount() {
        return cmdCount;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public void markDeleted() {
        if (deleted) {
            return;
        }
        deleted = true;
        if (deleteHooks != null) {
            for (Runnable r : deleteHooks) {
                r.run();
            }
            deleteHooks = null;
        }
    }

    /** Runs {@code r} when the interpreter is deleted (extensions release what they hold: channels, timers). */
    public void onDelete(Runnable r) {
        if (deleteHooks == null) {
            deleteHooks = new ArrayList<>();
        }
        deleteHooks.add(r);
    }

    private List<Runnable> deleteHooks;

    // ------------------------------------------------------- completion codes

    public int code() {
        return code;
    }

    public void setCode(int c) {
        code = c;
    }

    /** Clears a pending non-ok code and returns it. */
    public int takeCode() {
        int c = code;
        code = OK;
        return c;
    }

    public TclDict returnOptions() {
        return returnOptions;
    }

    public void setReturnOptions(TclDict d) {
        returnOptions = d;
    }

    // ----------------------------------------------------------- evaluation

    /** Evaluates a script given as a string. */
    public TclValue eval(String script) throws TclException {
        return eval(TclValue.of(script));
    }

    /**
     * Evaluates a script value as its own unit (as {@code eval}, {@code uplevel},
     * a proc body or the top level do). The parse is cached on the value.
     */
    public TclValue eval(TclValue script) throws TclException {
        return evalUnit(script, "eval", literalOrigin(script), enclosingProc(), varFrame, false);
    }

    /**
     * Evaluates the text of a file as its own unit: {@code info frame}
     * reports its commands with the file's name and lines.
     */
    public TclValue evalFile(TclValue script, String file) throws TclException {
        return evalUnit(script, "source", new FrameLevel.Origin(file, 1), null, varFrame, false);
    }

    /** A procedure or lambda body: its own unit and {@code info frame} level. */
    TclValue evalProcBody(Proc p) throws TclException {
        return evalUnit(p.body, "proc", p.origin, p.qualifiedName, varFrame, false);
    }

    /**
     * {@code uplevel}'s script, in {@code target}'s variables. Its {@code
     * info frame} level is an "eval" one that belongs to the frame uplevel
     * was called from, as in tclsh.
     */
    public TclValue evalUplevel(TclValue script, CallFrame target) throws TclException {
        CallFrame saved = varFrame;
        varFrame = target;
        try {
            return evalUnit(script, "eval", null, enclosingProc(), saved, false);
        } catch (TclException e) {
            e.addErrorInfo("\n    (\"uplevel\" body line " + e.errorLine() + ")");
            throw e;
        } finally {
            varFrame = saved;
        }
    }

    /**
     * Evaluates a script as an evaluation unit of its own (errorInfo logs its
     * failing command, -errorline counts from its first line) and as an
     * {@code info frame} level of {@code type} (or "source" at {@code
     * origin}) belonging to variable frame {@code levelFrame}; {@code
     * directly}: uncompiled, as a file's top level (see {@link #evalDirect}).
     */
    private TclValue evalUnit(TclValue script, String type, FrameLevel.Origin origin, String proc,
            CallFrame levelFrame, boolean directly) throws TclException {
        Script s = compile(script);
        FrameLevel outer = enterLevel(type, origin, proc, levelFrame);
        int savedBase = lineBase;
        lineBase = 0;
        unitDepth++;
        try {
            return evalScript(s, directly);
        } finally {
            unitDepth--;
            lineBase = savedBase;
            frameLevel = outer;
        }
    }

    /** The procedure whose body the running command is in (for a new level inside it), or null. */
    private String enclosingProc() {
        return frameLevel == null ? null : frameLevel.proc;
    }

    /** The innermost {@code info frame} level; null before any script ran. */
    private FrameLevel frameLevel;

    /** Starts an {@code info frame} level inside the current one; returns the one to go back to. */
    private FrameLevel enterLevel(String type, FrameLevel.Origin origin, String proc, CallFrame levelFrame) {
        FrameLevel outer = frameLevel;
        frameLevel = origin == null
                ? new FrameLevel(outer, type, null, 1, proc, levelFrame, activeCommand, lineBase)
                : new FrameLevel(outer, "source", origin.file(), origin.line(), proc, levelFrame, activeCommand,
                        lineBase);
        return outer;
    }

    /**
     * Where {@code script} was written, when it is a literal word of the
     * running command in a unit that comes from a file (a body, an
     * {@code eval}ed block...); null otherwise.
     */
    FrameLevel.Origin literalOrigin(TclValue script) {
        FrameLevel f = frameLevel;
        Script.Command c = activeCommand;
        if (f == null || f.file == null || c == null || c.hasExpansion) {
            return null;
        }
        for (Script.Word w : c.words) {
            if (w.literal == script) {
                return f.originOf(w.line, lineBase);
            }
        }
        return null;
    }

    /** {@code info frame} with no level: how many levels there are. */
    public int frameDepth() {
        return frameLevel == null ? 1 : frameLevel.depth;
    }

    /** {@code info frame}'s dict for level {@code level} (1 to {@link #frameDepth()}). */
    public TclDict frameInfo(int level) {
        FrameLevel f = frameLevel;
        if (f == null) {
            f = new FrameLevel(null, "eval", null, 1, null, globalFrame, null, 0);
        }
        FrameLevel inner = null;
        while (f.depth > level) {
            inner = f;
            f = f.parent;
        }
        return inner == null ? f.describe(activeCommand, lineBase, varFrame)
                : f.describe(inner.callerCommand, inner.callerLineBase, varFrame);
    }

    /**
     * Evaluates a body that tclsh would compile into the enclosing unit (a
     * literal body of if/while/for/catch..., see the class comment).
     * {@code wordLine} is the line of the body word in the enclosing script.
     */
    public TclValue evalInline(TclValue body, int wordLine) throws TclException {
        return evalInline(compile(body), wordLine);
    }

    /** {@link #evalInline(TclValue, int)} of a body already parsed. */
    private TclValue evalInline(Script body, int wordLine) throws TclException {
        int savedBase = lineBase;
        lineBase += wordLine - 1;
        try {
            return evalScript(body, false);
        } finally {
            lineBase = savedBase;
        }
    }

    /**
     * Lines of the running inline body before its first line, counted in the
     * enclosing evaluation unit: -errorline is a line of the unit (a proc
     * body), however deeply the failing command sits in inline bodies.
     */
    private int lineBase;

    /**
     * The line of word {@code index} of the invoking command, when that word
     * is the literal {@code value} (a braced body that tclsh would compile
     * inline); -1 otherwise. Must be called before evaluating anything.
     */
    public int literalWordLine(TclValue[] objv, int index) {
        Script.Command c = activeCommand;
        if (c == null || c.hasExpansion || c.words.length != objv.length || direct) {
            return -1;
        }
        Script.Word w = c.words[index];
        return w.literal == objv[index] ? w.line : -1;
    }

    /**
     * The line of the invoking command's word whose literal is exactly
     * {@code value} (a braced expression or body that tclsh would compile
     * inline); -1 otherwise. Used by the expression engine for conditions.
     */
    public int literalLineOf(TclValue value) {
        Script.Command c = activeCommand;
        if (c == null || c.hasExpansion || direct) {
            return -1;
        }
        for (Script.Word w : c.words) {
            if (w.literal == value) {
                return w.line;
            }
        }
        return -1;
    }

    private TclValue loopResult = TclValue.EMPTY;

    /** Changes whenever command lookup may give a different answer (for lookup caches). */
    public int epoch() {
        return epoch;
    }

    /**
     * Evaluates a body inline when tclsh would (see {@link #literalWordLine}),
     * otherwise as its own unit with {@code context} appended to errorInfo
     * (e.g. {@code "\"foreach\" body"} gives {@code ("foreach" body line 2)}).
     */
    public TclValue evalBody(TclValue body, int literalLine, String context) throws TclException {
        if (literalLine > 0) {
            return evalInline(body, literalLine);
        }
        try {
            return eval(body);
        } catch (TclException e) {
            if (context != null) {
                e.addErrorInfo("\n    (" + context + " line " + e.errorLine() + ")");
            }
            throw e;
        }
    }

    /**
     * Runs one iteration of a loop body and digests break/continue.
     *
     * @return OK to go on, BREAK to leave the loop normally, or another code
     *         (RETURN, custom) that the loop must leave pending and return at
     *         once, with {@link #loopResult()} as its result
     */
    public int evalLoopBody(TclValue body, int literalLine, String context) throws TclException {
        loopResult = evalBody(body, literalLine, context);
        return loopCode();
    }

    /**
     * A loop body prepared for {@link #evalLoopBody(LoopBody)}: when tclsh
     * would compile it inline, its parsed form is looked up once for all
     * iterations (as tclsh compiles it once), not once per iteration.
     */
    public LoopBody loopBody(TclValue body, int literalLine, String context) {
        Script s = null;
        if (literalLine > 0) {
            try {
                s = compile(body);
            } catch (TclException e) {
                // not parsed now: the error belongs to the first iteration, if any
            }
        }
        return new LoopBody(body, s, literalLine, context);
    }

    /** A loop body with what its iterations need (see {@link #loopBody}). */
    public record LoopBody(TclValue body, Script script, int line, String context) {
    }

    /** {@link #evalLoopBody(TclValue, int, String)} of a prepared body. */
    public int evalLoopBody(LoopBody b) throws TclException {
        loopResult = evalBody(b);
        return loopCode();
    }

    /** {@link #evalBody(TclValue, int, String)} of a prepared body (a loop's body, or {@code for}'s next). */
    public TclValue evalBody(LoopBody b) throws TclException {
        return b.script == null ? evalBody(b.body, b.line, b.context) : evalInline(b.script, b.line);
    }

    /** Digests the code a loop body left: continue goes on, break ends the loop, others leave it. */
    private int loopCode() {
        int c = code;
        if (c == OK) {
            return OK;
        }
        if (c == CONTINUE) {
            code = OK;
            return OK;
        }
        if (c == BREAK) {
            code = OK;
            return BREAK;
        }
        return c;
    }

    /**
     * The result of the loop body last run by {@link #evalLoopBody}: what a
     * loop returns when its body ends with return (the value of
     * {@code return x}) or a custom code.
     */
    public TclValue loopResult() {
        return loopResult;
    }

    /** The parsed form of a script value, cached on the value. */
    public static Script compile(TclValue script) throws TclException {
        Object rep = script.rep();
        if (rep instanceof Script s) {
            return s;
        }
        Script s = Parser.parse(script.toString());
        script.setRep(s);
        return s;
    }

    /**
     * Evaluates a file's top level as tclsh does: command by command without
     * compiling, so every nested command substitution is logged in errorInfo
     * and no body is inlined into it. ({@code source} and the shell's main
     * script use this; everything below it runs compiled as usual.)
     */
    public TclValue evalDirect(TclValue script) throws TclException {
        // the shell's main script is a file; its commands read from stdin are not
        FrameLevel.Origin file = frameLevel == null && !scriptFile.isEmpty()
                ? new FrameLevel.Origin(WorkingDirectory.resolve(scriptFile).normalize().toString(), 1) : null;
        return evalUnit(script, "eval", file, null, varFrame, true);
    }

    private TclValue evalScript(Script s, boolean directly) throws TclException {
        TclValue result = TclValue.EMPTY;
        boolean savedDirect = direct;
        direct = directly;
        try {
            for (Script.Command c : s.commands) {
                result = evalCommand(c);
                if (code != OK) {
                    return result;
                }
            }
            return result;
        } finally {
            direct = savedDirect;
        }
    }

    /** True while the commands of a directly evaluated (uncompiled) script run. */
    private boolean direct;

    private TclValue evalCommand(Script.Command c) throws TclException {
        try {
            if (c.syntaxError != null) {
                throw new TclException(c.syntaxError); // no error code, as in tclsh
            }
            CommandEntry e = c.cachedEntry;
            if (e != null && e.inline != InlineCommands.NONE && inlineValid(c, e)) {
                return InlineCommands.run(this, c, e);
            }
            TclValue[] objv = c.hasExpansion ? expandWords(c) : substWords(c);
            return invokeParsed(c, objv);
        } catch (CodeInSubstitution pending) {
            return pending.result();
        } catch (TclException e) {
            logCommand(e, c);
            throw e;
        } catch (StackOverflowError so) {
            TclException e = tooDeep();
            logCommand(e, c);
            throw e;
        }
    }

    private void logCommand(TclException e, Script.Command c) {
        if (e.loggedDepth == unitDepth) {
            return;
        }
        String text = c.text();
        if (e.loggedDepth == -1) {
            e.addErrorStack("INNER", TclValue.of(text.strip()));
        }
        addCommandInfo(e, text);
        e.loggedDepth = unitDepth;
        e.setErrorLine(c.line + lineBase);
    }

    /**
     * Marks an error as already logged at this level, so the command raising
     * it is not added to errorInfo (as for {@code error msg info}).
     */
    public void markLogged(TclException e) {
        e.loggedDepth = unitDepth;
        e.setErrorLine(activeCommand == null ? 1 : activeCommand.line + lineBase);
    }

    /** Appends "while executing" / "invoked from within" with tclsh's 150-char cut. */
    public static void addCommandInfo(TclException e, String cmdText) {
        String shown = cmdText;
        String ellipsis = "";
        if (utf8Length(cmdText) > 150) {
            shown = cutUtf8(cmdText, 150);
            ellipsis = "...";
        }
        String head = e.hasErrorInfo() ? "\n    invoked from within\n\"" : "\n    while executing\n\"";
        e.addErrorInfo(head + shown + ellipsis + "\"");
    }

    private static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 && c != 0 ? 1 : c < 0x800 ? 2 : 3;
        }
        return n;
    }

    private static String cutUtf8(String s, int limit) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 && c != 0 ? 1 : c < 0x800 ? 2 : 3;
            if (n > limit) {
                return s.substring(0, i);
            }
        }
        return s;
    }

    private TclValue[] substWords(Script.Command c) throws TclException {
        Script.Word[] words = c.words;
        TclValue[] objv = new TclValue[words.length];
        for (int i = 0; i < words.length; i++) {
            Script.Word w = words[i];
            objv[i] = w.literal != null ? w.literal : substWord(w);
        }
        return objv;
    }

    private TclValue[] expandWords(Script.Command c) throws TclException {
        List<TclValue> out = new ArrayList<>(c.words.length + 4);
        for (Script.Word w : c.words) {
            TclValue v = w.literal != null ? w.literal : substWord(w);
            if (w.expand) {
                out.addAll(v.asList());
            } else {
                out.add(v);
            }
        }
        return out.toArray(new TclValue[0]);
    }

    /** Substitutes one word; a single $var or [cmd] keeps its value (and rep). */
    TclValue substWord(Script.Word w) throws TclException {
        Script.Part[] parts = w.parts;
        if (parts.length == 1) {
            return substPart(parts[0]);
        }
        if (w.element != null) {
            return substElementName(w.element, parts);
        }
        StringBuilder sb = new StringBuilder();
        for (Script.Part p : parts) {
            if (p instanceof Script.Text t) {
                sb.append(t.text);
            } else {
                sb.append(substPart(p).toString());
            }
        }
        return TclValue.of(sb.toString());
    }

    /** An array element name word (see {@link Script.ElementForm}): substitutes only the index. */
    private TclValue substElementName(Script.ElementForm form, Script.Part[] parts) throws TclException {
        String index;
        int last = parts.length - 1;
        if (last == 2 && form.prefix.isEmpty() && form.suffix.isEmpty()) {
            index = substPart(parts[1]).toString();
        } else {
            StringBuilder sb = new StringBuilder(form.prefix);
            for (int i = 1; i < last; i++) {
                Script.Part p = parts[i];
                sb.append(p instanceof Script.Text t ? t.text : substPart(p).toString());
            }
            index = sb.append(form.suffix).toString();
        }
        return TclValue.lazy(new Script.ElementName(form, index));
    }

    private TclValue substPart(Script.Part p) throws TclException {
        if (p instanceof Script.VarRef v) {
            if (v.index == null) {
                CallFrame f = varFrame;
                if (f.slots != null && v.simple) {
                    // fast path: a local read through the slot cached on the parsed reference
                    Var var = localSlot(f, v.name, v.cache, false);
                    if (var != null) {
                        if (var.link != null) {
                            var = var.resolve();
                        }
                        if (var.value != null && var.traces == null && var.parentArray == null) {
                            return var.value;
                        }
                    }
                }
                return v.simple ? Variables.getIn(this, f, v.name, null, v.name) : getVar(v.name);
            }
            TclValue idx = v.index.literal != null ? v.index.literal : substWord(v.index);
            String index = idx.toString();
            if (v.simple && varFrame.slots != null) {
                Var base = localSlot(varFrame, v.name, v.cache, false);
                TclValue value = Variables.elementValue(base, index);
                return value != null ? value : Variables.getSlot(this, varFrame, base, v.name, index, null);
            }
            return Variables.getIn(this, varFrame, v.name, index, null);
        }
        if (p instanceof Script.CommandSubst cs) {
            TclValue r;
            Script.Command[] cmds = cs.script.commands;
            if (!direct && cmds.length == 1) {
                // the commonest substitution, [cmd ...]: no script loop around it
                r = evalCommand(cmds[0]);
            } else if (direct) {
                // uncompiled: the substituted script is a level of its own in errorInfo
                unitDepth++;
                try {
                    r = evalScript(cs.script, true);
                } finally {
                    unitDepth--;
                }
            } else {
                r = evalScript(cs.script, false);
            }
            if (code != OK) {
                // break/continue/return inside [...] end the enclosing command
                throw new CodeInSubstitution(r);
            }
            return r;
        }
        return TclValue.of(((Script.Text) p).text);
    }

    /**
     * Thrown when a command substitution ends with a non-ok code; the
     * enclosing command is then not invoked, and the code stays pending.
     */
    static final class CodeInSubstitution extends TclException {
        private static final long serialVersionUID = 1L;

        CodeInSubstitution(TclValue r) {
            super(r, null);
        }
    }

    /** Evaluates a word-like value for {@code subst}. */
    public TclValue substitute(Script.Word w) throws TclException {
        return w.literal != null ? w.literal : substWord(w);
    }

    /**
     * Substitution for {@code subst}: like a word, but break stops with what
     * was built so far, continue drops the command's part, and return
     * substitutes its value.
     */
    public TclValue substForSubst(Script.Word w) throws TclException {
        if (w.literal != null) {
            return w.literal;
        }
        StringBuilder sb = new StringBuilder();
        for (Script.Part p : w.parts) {
            if (p instanceof Script.Text t) {
                sb.append(t.text);
                continue;
            }
            TclValue v;
            try {
                v = substPart(p);
            } catch (CodeInSubstitution pending) {
                int c = takeCode();
                if (c == BREAK) {
                    return TclValue.of(sb.toString());
                }
                if (c == CONTINUE) {
                    continue;
                }
                if (c == RETURN) {
                    returnOptions = null;
                }
                v = pending.result();
            }
            sb.append(v.toString());
        }
        return TclValue.of(sb.toString());
    }

    /**
     * May command {@code c} run its inline form (see {@link InlineCommands})?
     * Only while its cached lookup still gives {@code e}, {@code e} has no
     * execution traces, and invoking it would not exceed the nesting limit.
     */
    boolean inlineValid(Script.Command c, CommandEntry e) {
        return c.cachedEpoch == epoch && c.cachedNs == varFrame.ns && c.cachedEntry == e && e.traces == null
                && nesting < maxNesting && steps == null;
    }

    /** Evaluates a parsed command the generic way: substitute its words, then invoke. */
    TclValue invokeGeneric(Script.Command c) throws TclException {
        return invokeParsed(c, substWords(c));
    }

    /**
     * {@code expr {literal}} without a word array: the same bookkeeping as
     * invoking the command (count, nesting, the running command for line
     * numbers of substitutions inside), then the expression engine.
     */
    TclValue invokeExpr(Script.Command c, TclValue expr) throws TclException {
        return invokeInline(c, expr, null);
    }

    /**
     * An {@code if} of literal words (see {@link InlineCommands.IfPlan}):
     * the command's bookkeeping as in {@link #invokeExpr}, then the
     * conditions in turn and the chosen body inline, as the command does,
     * but without a word array or a lookup of each body.
     */
    TclValue invokeIf(Script.Command c, InlineCommands.IfPlan plan) throws TclException {
        return invokeInline(c, null, plan);
    }

    /** The bookkeeping of a command run inline around {@code expr} or {@code if}'s plan. */
    private TclValue invokeInline(Script.Command c, TclValue expr, InlineCommands.IfPlan plan) throws TclException {
        cmdCount++;
        nesting++;
        Script.Command saved = activeCommand;
        activeCommand = c;
        try {
            return plan == null ? org.tcl4j.core.expr.ExprEngine.eval(this, expr) : runIf(c.words, plan);
        } catch (StackOverflowError so) {
            throw tooDeep();
        } catch (RuntimeException re) {
            throw fromJava(re);
        } finally {
            activeCommand = saved;
            nesting--;
        }
    }

    private TclValue runIf(Script.Word[] w, InlineCommands.IfPlan plan) throws TclException {
        int chosen = plan.elseBody();
        int[] conditions = plan.conditions();
        for (int k = 0; k < conditions.length; k++) {
            if (org.tcl4j.core.expr.ExprEngine.evalBoolean(this, w[conditions[k]].literal)) {
                chosen = plan.bodies()[k];
                break;
            }
        }
        return chosen < 0 ? TclValue.EMPTY : evalInline(w[chosen].literal, w[chosen].line);
    }

    /** True while the commands of a directly evaluated (uncompiled) script run (see {@link #evalDirect}). */
    boolean isDirect() {
        return direct;
    }

    /** Invokes a parsed command whose words are already substituted. */
    TclValue invokeWords(Script.Command c, TclValue[] objv) throws TclException {
        return invokeParsed(c, objv);
    }

    private TclValue invokeParsed(Script.Command c, TclValue[] objv) throws TclException {
        CommandEntry e;
        Namespace ns = varFrame.ns;
        if (c.cachedEpoch == epoch && c.cachedNs == ns && !c.hasExpansion) {
            e = c.cachedEntry;
        } else {
            e = objv.length == 0 ? null : findCommand(objv[0].toString());
            // only a literal command name may be cached: [$cmd ...] changes
            if (e != null && !c.hasExpansion && c.words[0].literal != null) {
                c.cachedEntry = e;
                c.cachedNs = ns;
                c.cachedEpoch = epoch;
            }
        }
        Script.Command saved = activeCommand;
        activeCommand = c;
        try {
            return invokeEntry(e, objv);
        } finally {
            activeCommand = saved;
        }
    }

    /** Invokes a command by words, as {@code eval} of a list would. */
    public TclValue invoke(TclValue... objv) throws TclException {
        if (objv.length == 0) {
            return TclValue.EMPTY;
        }
        Script.Command saved = activeCommand;
        activeCommand = null;
        try {
            return invokeEntry(findCommand(objv[0].toString()), objv);
        } finally {
            activeCommand = saved;
        }
    }

    /**
     * Evaluates one command given as words, as its own evaluation unit (as
     * Tcl_EvalObjv does for callbacks such as {@code lsort -command}): on
     * error the command is logged in errorInfo unless it logged itself
     * ({@code error msg info}), and the caller's command is logged after it.
     */
    public TclValue evalWords(TclValue... objv) throws TclException {
        if (objv.length == 0) {
            return TclValue.EMPTY;
        }
        return evalWords(findCommand(objv[0].toString()), objv);
    }

    /**
     * {@link #evalWords(TclValue...)} of a command already looked up (null:
     * unknown), for callers that resolve the name in another context than the
     * one the command runs in (a coroutine's first command).
     */
    public TclValue evalWords(CommandEntry cmd, TclValue[] objv) throws TclException {
        Script.Command saved = activeCommand;
        activeCommand = null;
        unitDepth++;
        try {
            return invokeEntry(cmd, objv);
        } catch (TclException e) {
            if (e.loggedDepth != unitDepth) {
                logWords(e, objv, unitDepth);
            }
            throw e;
        } finally {
            unitDepth--;
            activeCommand = saved;
        }
    }

    /** Logs a procedure run in tail position as {@link #evalWords} would have logged it. */
    void logTailcall(TclException e, TclValue[] objv) {
        // a procedure's errors come from its body's own unit, so the call is always logged
        logWords(e, objv, unitDepth + 1);
    }

    /** Logs a command given as words in errorInfo (and, if first, in -errorstack) at unit depth {@code depth}. */
    private void logWords(TclException e, TclValue[] objv, int depth) {
        if (e.loggedDepth == -1) {
            e.addErrorStack("INNER", TclValue.ofList(TclList.wrap(objv.clone())));
        }
        addCommandInfo(e, TclList.wrap(objv).format());
        e.loggedDepth = depth;
    }

    /**
     * Invokes a command and logs it in errorInfo on error, as when a list is
     * evaluated as a script (callbacks, {@code eval} of a pure list).
     */
    public TclValue invokeLogged(TclValue... objv) throws TclException {
        try {
            return invoke(objv);
        } catch (TclException e) {
            if (e.loggedDepth != unitDepth + 1) {
                addCommandInfo(e, TclList.wrap(objv).format());
                e.loggedDepth = unitDepth + 1;
            }
            throw e;
        }
    }

    /** Deep recursion, whether our nesting limit or the JVM's stack caught it. */
    private static TclException tooDeep() {
        return new TclException("too many nested evaluations (infinite loop?)", "TCL LIMIT STACK");
    }

    /** A Java exception out of a command: a Tcl error it carried, or an internal error naming it. */
    private static TclException fromJava(RuntimeException re) {
        return re instanceof TclRuntimeException t ? t.unwrap()
                : new TclException("internal error: " + re, "TCL INTERNAL");
    }

    private TclValue invokeEntry(CommandEntry e, TclValue[] objv) throws TclException {
        if (e == null) {
            return invokeUnknown(objv);
        }
        cmdCount++;
        if (++nesting > maxNesting) {
            nesting--;
            throw tooDeep();
        }
        try {
            if (e.traces != null || steps != null) {
                return CommandTraces.invoke(this, e, objv);
            }
            return e.command.invoke(this, objv);
        } catch (StackOverflowError so) {
            throw tooDeep();
        } catch (RuntimeException re) {
            throw fromJava(re);
        } finally {
            nesting--;
        }
    }

    private TclValue invokeUnknown(TclValue[] objv) throws TclException {
        String name = objv.length == 0 ? "" : objv[0].toString();
        Namespace ns = varFrame.ns;
        // the current namespace's handler, else the global one, else ::unknown
        TclValue handler = ns.unknownHandler != null ? ns.unknownHandler : global.unknownHandler;
        CommandEntry unknown;
        TclValue[] prefix;
        if (handler != null) {
            prefix = handler.asList().toArray();
            unknown = prefix.length == 0 ? null : findCommand(prefix[0].toString());
        } else {
            unknown = findCommand("::unknown");
            prefix = new TclValue[] {TclValue.of("::unknown")};
        }
        if (unknown == null || inUnknown > 0 && handler == null) {
            throw new TclException("invalid command name \"" + name + "\"",
                    Args.code("TCL LOOKUP COMMAND", name));
        }
        TclValue[] full = new TclValue[prefix.length + objv.length];
        System.arraycopy(prefix, 0, full, 0, prefix.length);
        System.arraycopy(objv, 0, full, prefix.length, objv.length);
        inUnknown++;
        try {
            return invokeEntry(unknown, full);
        } finally {
            inUnknown--;
        }
    }

    private int inUnknown;

    // ------------------------------------------------------------ commands

    /** Registers a command; a name without "::" goes in the global namespace. */
    public CommandEntry register(String name, TclCommand cmd) {
        return createCommand(name.contains("::") ? name : "::" + name, cmd);
    }

    /**
     * Creates (or replaces) a command; relative names are resolved from the
     * current namespace, creating no namespaces (like Tcl_CreateObjCommand).
     */
    public CommandEntry createCommand(String name, TclCommand cmd) {
        Namespace ns;
        String tail;
        int sep = name.lastIndexOf("::");
        if (sep >= 0) {
            String nsName = name.substring(0, sep);
            tail = name.substring(sep + 2);
            ns = nsName.isEmpty() || nsName.replace(":", "").isEmpty() ? global : ensureNamespace(nsName);
        } else {
            ns = varFrame.ns;
            tail = name;
        }
        CommandEntry old = ns.commands.get(tail);
        if (old != null) {
            deleteCommandEntry(old, false);
        }
        CommandEntry e = new CommandEntry(tail, ns, cmd);
        ns.commands.put(tail, e);
        epoch++;
        return e;
    }

    /** Finds a command by name as Tcl resolves it from the current namespace; null if none. */
    public CommandEntry findCommand(String name) {
        Namespace cur = varFrame.ns;
        if (name.startsWith("::") || name.contains("::")) {
            return findQualifiedCommand(name, cur);
        }
        CommandEntry e = cur.commands.get(name);
        if (e != null) {
            return e;
        }
        if (!cur.path.isEmpty()) {
            for (Namespace p : cur.path) {
                if (!p.deleted && (e = p.commands.get(name)) != null) {
                    return e;
                }
            }
        }
        return global.commands.get(name);
    }

    private CommandEntry findQualifiedCommand(String name, Namespace cur) {
        int sep = name.lastIndexOf("::");
        String nsPart = name.substring(0, sep);
        String tail = name.substring(sep + 2);
        while (nsPart.endsWith(":")) {
            nsPart = nsPart.substring(0, nsPart.length() - 1);
        }
        // "::name": the global namespace, wherever we are
        Namespace ns = nsPart.isEmpty() && name.startsWith("::") ? global : findNamespace(nsPart, cur);
        if (ns != null) {
            CommandEntry e = ns.commands.get(tail);
            if (e != null) {
                return e;
            }
        }
        if (!name.startsWith("::") && cur != global) {
            ns = findNamespace(nsPart, global);
            if (ns != null) {
                return ns.commands.get(tail);
            }
        }
        return null;
    }

    /** Deletes a command (and imports of it); false if it did not exist. */
    public boolean deleteCommand(String name) {
        CommandEntry e = findCommand(name);
        if (e == null) {
            return false;
        }
        deleteCommandEntry(e, true);
        return true;
    }

    public void deleteCommandEntry(CommandEntry e, boolean runTraces) {
        if (e.deleted) {
            return;
        }
        e.deleted = true;
        if (e.ns.commands.get(e.name) == e) {
            e.ns.commands.remove(e.name);
        }
        epoch++;
        if (e.importedBy != null) {
            for (CommandEntry imp : new ArrayList<>(e.importedBy)) {
                deleteCommandEntry(imp, runTraces);
            }
        }
        if (e.importedFrom != null && e.importedFrom.importedBy != null) {
            e.importedFrom.importedBy.remove(e);
        }
        if (runTraces && e.traces != null) {
            CommandTraces.fireDelete(this, e);
        }
        if (e.onDelete != null) {
            e.onDelete.run();
        }
    }

    /** Renames a command; an empty new name deletes it. Errors as tclsh's {@code rename}. */
    public void renameCommand(String from, String to) throws TclException {
        CommandEntry e = findCommand(from);
        if (e == null) {
            throw new TclException("can't " + (to.isEmpty() ? "delete" : "rename") + " \"" + from
                    + "\": command doesn't exist", Args.code("TCL LOOKUP COMMAND", from));
        }
        if (to.isEmpty()) {
            deleteCommandEntry(e, true);
            return;
        }
        Namespace ns;
        String tail;
        int sep = to.lastIndexOf("::");
        if (sep >= 0) {
            String nsName = to.substring(0, sep);
            tail = to.substring(sep + 2);
            ns = nsName.replace(":", "").isEmpty() ? global : findNamespace(nsName, varFrame.ns);
            if (ns == null) {
                // as in tclsh, renaming into a namespace that does not exist creates it
                ns = ensureNamespace(nsName.startsWith("::") ? nsName : varFrame.ns.qualifier() + nsName);
            }
        } else {
            ns = varFrame.ns;
            tail = to;
        }
        if (ns.commands.containsKey(tail)) {
            throw new TclException("can't rename to \"" + to + "\": command already exists",
                    "TCL OPERATION RENAME TARGET_EXISTS");
        }
        String oldFull = e.fullName();
        e.ns.commands.remove(e.name);
        e.name = tail;
        e.ns = ns;
        if (e.command instanceof Proc p && p.lambda == null) {
            // a procedure runs in the namespace its command is in now
            p.ns = ns;
        }
        ns.commands.put(tail, e);
        epoch++;
        if (e.traces != null) {
            CommandTraces.fireRename(this, e, oldFull, e.fullName());
        }
    }

    /** Invalidates cached command lookups (after namespace path or import changes). */
    public void bumpEpoch() {
        epoch++;
    }

    // -------------------------------------------------------------- imports

    /**
     * Imports {@code src} into {@code into} under its own name (namespace
     * import). An existing command of that name is an error unless
     * {@code force} (or it is already an import of the same command).
     */
    public void importCommand(Namespace into, CommandEntry src, boolean force) throws TclException {
        CommandEntry origin = src.origin();
        CommandEntry existing = into.commands.get(src.name);
        if (existing != null) {
            if (existing.origin() == origin) {
                return;
            }
            if (!force) {
                throw new TclException("can't import command \"" + src.name + "\": already exists",
                        "TCL IMPORT OVERWRITE");
            }
            deleteCommandEntry(existing, true);
        }
        if (origin.ns == into) {
            throw new TclException("import pattern \"" + src.fullName() + "\" tries to import from namespace \""
                    + into.name + "\" into itself", "TCL IMPORT SELF");
        }
        final CommandEntry target = src;
        CommandEntry imp = new CommandEntry(src.name, into, (interp, objv) -> {
            CommandEntry real = target;
            return real.traces != null ? CommandTraces.invokeTraced(interp, real, objv)
                    : real.command.invoke(interp, objv);
        });
        imp.importedFrom = src;
        src.addImportRef(imp);
        into.commands.put(src.name, imp);
        epoch++;
    }

    /** Is this entry an import (namespace import) rather than a real command? */
    public static boolean isImport(CommandEntry e) {
        return e.importedFrom != null;
    }

    /** The command an import refers to directly (one hop), or null. */
    public static CommandEntry importTarget(CommandEntry e) {
        return e.importedFrom;
    }

    // ---------------------------------------------------------- namespaces

    /** Resolves a namespace name relative to {@code from}; null if missing. */
    public Namespace findNamespace(String name, Namespace from) {
        if (name.isEmpty()) {
            return from;
        }
        Namespace ns = from;
        int i = 0;
        int n = name.length();
        if (name.startsWith("::")) {
            ns = global;
            while (i < n && name.charAt(i) == ':') {
                i++;
            }
        }
        while (i < n) {
            int sep = name.indexOf("::", i);
            String part = sep < 0 ? name.substring(i) : name.substring(i, sep);
            if (!part.isEmpty()) {
                ns = ns.children.get(part);
                if (ns == null) {
                    if (from != global && !name.startsWith("::")) {
                        return findNamespace("::" + name, global);
                    }
                    return null;
                }
            }
            if (sep < 0) {
                break;
            }
            i = sep;
            while (i < n && name.charAt(i) == ':') {
                i++;
            }
        }
        return ns;
    }

    /** Finds or creates a namespace (relative to the current one). */
    public Namespace ensureNamespace(String name) {
        Namespace ns = name.startsWith("::") ? global : varFrame.ns;
        for (String part : name.split("::+")) {
            if (part.isEmpty()) {
                continue;
            }
            Namespace child = ns.children.get(part);
            if (child == null) {
                child = new Namespace(part, ns);
                ns.children.put(part, child);
            }
            ns = child;
        }
        return ns;
    }

    /** Deletes a namespace with its children, commands and variables. */
    public void deleteNamespace(Namespace ns) {
        if (ns.deleted || ns == global) {
            return;
        }
        ns.deleted = true;
        for (Namespace child : new ArrayList<>(ns.children.values())) {
            deleteNamespace(child);
        }
        if (ns.onDelete != null) {
            for (Runnable r : ns.onDelete) {
                r.run();
            }
        }
        for (CommandEntry e : new ArrayList<>(ns.commands.values())) {
            deleteCommandEntry(e, true);
        }
        for (Var v : new ArrayList<>(ns.vars.values())) {
            Variables.unsetForDeletion(this, v);
        }
        ns.vars.clear();
        ns.parent.children.remove(ns.name);
        epoch++;
    }

    // ----------------------------------------------------------- variables

    /** Reads a variable ({@code a}, {@code a(b)}, {@code ::ns::a}). */
    public TclValue getVar(String name) throws TclException {
        return Variables.get(this, name);
    }

    public TclValue getVar(String name, String index) throws TclException {
        return Variables.get(this, name, index);
    }

    /** Null when the variable does not exist or cannot be read (no error). Read traces fire once. */
    public TclValue getVarOrNull(String name) {
        try {
            return Variables.get(this, name);
        } catch (TclException e) {
            return null;
        }
    }

    public TclValue setVar(String name, TclValue value) throws TclException {
        return Variables.set(this, name, value);
    }

    public TclValue setVar(String name, String index, TclValue value) throws TclException {
        return Variables.set(this, name, index, value);
    }

    /** Cached on a variable-name value: its slot in procedures with these local names. */
    private record SlotRef(LocalNames owner, int slot) {
    }

    /**
     * The local slot a name value denotes in the current procedure frame, or
     * null when the fast path does not apply (namespace frame, qualified or
     * array-element name). The slot number is cached on the name value.
     */
    Var fastLocal(TclValue name, boolean create) {
        CallFrame f = varFrame;
        if (f.slots == null) {
            return null;
        }
        int slot;
        if (name.rep() instanceof SlotRef r && r.owner == f.names) {
            slot = r.slot;
        } else {
            String n = name.toString();
            if (n.contains("::") || (n.endsWith(")") && n.indexOf('(') >= 0)) {
                return null;
            }
            slot = create ? f.names.slotOf(n) : f.names.find(n);
            if (slot < 0) {
                return null;
            }
            name.setRep(new SlotRef(f.names, slot));
        }
        Var v = create ? f.slotOrCreate(slot) : f.slot(slot);
        if (v != null && v.link != null) {
            v = v.resolve();
        }
        if (v == null || v.traces != null || v.array != null || v.parentArray != null) {
            return null;
        }
        return v;
    }

    /**
     * The slot (links not followed) of a plain local name in procedure frame
     * {@code f}, found through a per-site cache of its slot number; null when
     * the local does not exist in this call and {@code create} is false.
     */
    static Var localSlot(CallFrame f, String name, VarCache cache, boolean create) {
        int slot;
        if (cache.owner == f.names) {
            slot = cache.slot;
        } else {
            slot = f.names.slotOf(name);
            cache.owner = f.names;
            cache.slot = slot;
        }
        return create ? f.slotOrCreate(slot) : f.slot(slot);
    }

    /**
     * A per-site cache for reading a variable by a fixed name (for example a
     * {@code $x} inside an expression): remembers the local slot the name has
     * in the procedure that last ran the site.
     */
    public static final class VarCache {
        LocalNames owner;
        int slot;
    }

    /** Reads a variable by a fixed name, fast for procedure locals (see {@link VarCache}). */
    public TclValue getVar(String name, VarCache cache) throws TclException {
        CallFrame f = varFrame;
        if (f.slots != null) {
            int slot;
            if (cache.owner == f.names) {
                slot = cache.slot;
            } else if (!name.contains("::") && !(name.endsWith(")") && name.indexOf('(') >= 0)) {
                slot = f.names.slotOf(name);
                cache.owner = f.names;
                cache.slot = slot;
            } else {
                return getVar(name);
            }
            Var var = f.slot(slot);
            if (var != null) {
                if (var.link != null) {
                    var = var.resolve();
                }
                if (var.value != null && var.traces == null && var.parentArray == null) {
                    return var.value;
                }
            }
        }
        return getVar(name);
    }

    /** Reads a variable named by a value (fast for locals and for element names of parsed words). */
    public TclValue getVar(TclValue name) throws TclException {
        if (name.rep() instanceof Script.ElementName en) {
            CallFrame f = varFrame;
            Script.ElementForm form = en.form;
            if (f.slots != null && form.local) {
                Var base = localSlot(f, form.base, form.cache, false);
                TclValue v = Variables.elementValue(base, en.index);
                return v != null ? v : Variables.getSlot(this, f, base, form.base, en.index, null);
            }
            return Variables.getIn(this, f, form.base, en.index, null);
        }
        Var v = fastLocal(name, false);
        if (v != null && v.value != null) {
            return v.value;
        }
        return Variables.get(this, name.toString());
    }

    /**
     * The element slot an element name denotes when it is an existing
     * element of a local array of the running procedure and neither has
     * traces; null otherwise (the caller then takes the general path).
     */
    Var localElement(Script.ElementName en) {
        CallFrame f = varFrame;
        Script.ElementForm form = en.form;
        if (f.slots == null || !form.local) {
            return null;
        }
        Var base = localSlot(f, form.base, form.cache, false);
        if (base == null) {
            return null;
        }
        if (base.link != null) {
            base = base.resolve();
        }
        if (base.array == null || base.traces != null) {
            return null;
        }
        Var elem = base.array.get(en.index);
        return elem == null || elem.traces != null ? null : elem;
    }

    /** Sets a variable named by a value (fast for locals and for element names of parsed words). */
    public TclValue setVar(TclValue name, TclValue value) throws TclException {
        if (name.rep() instanceof Script.ElementName en) {
            CallFrame f = varFrame;
            Script.ElementForm form = en.form;
            if (f.slots != null && form.local) {
                Var base = localSlot(f, form.base, form.cache, true).resolve();
                return Variables.setSlot(this, base, form.base, en.index, null, value);
            }
            return Variables.setIn(this, f, form.base, en.index, null, value);
        }
        Var v = fastLocal(name, true);
        if (v != null) {
            v.value = value;
            v.declared = false;
            return value;
        }
        return Variables.set(this, name.toString(), value);
    }

    /** Like {@link #getVar(TclValue)} but null when the variable does not exist. */
    public TclValue getVarOrNull(TclValue name) {
        if (name.rep() instanceof Script.ElementName en) {
            CallFrame f = varFrame;
            Script.ElementForm form = en.form;
            if (f.slots != null && form.local) {
                TclValue v = Variables.elementValue(localSlot(f, form.base, form.cache, false), en.index);
                if (v != null) {
                    return v;
                }
            }
            return getVarOrNull(name.toString());
        }
        Var v = fastLocal(name, false);
        if (v != null && v.value != null) {
            return v.value;
        }
        return getVarOrNull(name.toString());
    }

    public TclValue setGlobal(String name, TclValue value) throws TclException {
        return Variables.setIn(this, globalFrame, name, value);
    }

    public TclValue getGlobal(String name) throws TclException {
        return Variables.getIn(this, globalFrame, name);
    }

    public void unsetVar(String name, boolean complain) throws TclException {
        Variables.unset(this, name, complain);
    }

    public boolean varExists(String name) {
        return Variables.exists(this, name);
    }

    /** Does the variable named by a value exist (fast for locals and for element names of parsed words)? */
    public boolean varExists(TclValue name) {
        if (name.rep() instanceof Script.ElementName en) {
            CallFrame f = varFrame;
            Script.ElementForm form = en.form;
            if (f.slots != null && form.local) {
                Var base = localSlot(f, form.base, form.cache, false);
                return base != null && Variables.existsSlot(this, base, form.base, en.index);
            }
            return Variables.existsIn(this, f, form.base, en.index);
        }
        Var v = fastLocal(name, false);
        if (v != null && v.value != null) {
            return true;
        }
        return Variables.exists(this, name.toString());
    }

    // -------------------------------------------------------------- frames

    /** Pushes a procedure frame; pair with {@link #popFrame}. */
    public CallFrame pushProcFrame(Namespace ns, TclValue[] objv, Proc proc) {
        // a frame without a procedure (e.g. for a pkgIndex.tcl with its own $dir) gets its own names
        LocalNames names = proc != null ? proc.localNames : new LocalNames();
        CallFrame f = new CallFrame(ns, names, varFrame, varFrame.level + 1, objv, proc, false);
        varFrame = f;
        return f;
    }

    /** Pushes a namespace frame (for {@code namespace eval}); pair with {@link #popFrame}. */
    public CallFrame pushNamespaceFrame(Namespace ns, TclValue[] objv) {
        CallFrame f = new CallFrame(ns, null, varFrame, varFrame.level + 1, objv, null, true);
        varFrame = f;
        return f;
    }

    public void popFrame(CallFrame f) {
        varFrame = f.callerVar;
    }

    /**
     * Resolves a level spec as uplevel/upvar do ({@code 1}, {@code #0}); the
     * default is one level up.
     */
    public CallFrame frameAt(String spec) throws TclException {
        CallFrame cur = varFrame;
        int target;
        if (spec.startsWith("#")) {
            try {
                target = Integer.parseInt(spec.substring(1));
            } catch (NumberFormatException ex) {
                throw badLevel(spec);
            }
        } else {
            int rel;
            try {
                rel = Integer.parseInt(spec);
            } catch (NumberFormatException ex) {
                throw badLevel(spec);
            }
            target = cur.level - rel;
        }
        if (target < 0 || target > cur.level) {
            throw badLevel(spec);
        }
        CallFrame f = cur;
        while (f.level > target) {
            f = f.callerVar;
        }
        return f;
    }

    private static TclException badLevel(String spec) {
        return new TclException("bad level \"" + spec + "\"", "TCL LOOKUP LEVEL " + spec);
    }

    /**
     * Does a first word name a level for {@code uplevel}/{@code upvar}? As in
     * tclsh, any word starting with a digit or {@code #} does, even a bad
     * one ({@code 1.5}), which {@link #frameAt} then rejects.
     */
    public static boolean isLevelWord(String s) {
        return !s.isEmpty() && (s.charAt(0) == '#' || Character.isDigit(s.charAt(0)));
    }

    // ------------------------------------------------- execution contexts

    /**
     * The per-stack state of evaluation, swapped when control moves between
     * the main stack and a coroutine's stack.
     */
    public static final class ExecState {
        CallFrame varFrame;
        int code;
        TclDict returnOptions;
        int nesting;
        int unitDepth;
        Script.Command activeCommand;
        Object coroutine;
        Tailcall pendingTailcall;
        boolean direct;
        int inUnknown;
        int lineBase;
        FrameLevel frameLevel;
    }

    /** Captures the evaluation state of the running stack. */
    public ExecState saveState() {
        ExecState s = new ExecState();
        s.varFrame = varFrame;
        s.code = code;
        s.returnOptions = returnOptions;
        s.nesting = nesting;
        s.unitDepth = unitDepth;
        s.activeCommand = activeCommand;
        s.coroutine = currentCoroutine;
        s.pendingTailcall = pendingTailcall;
        s.direct = direct;
        s.inUnknown = inUnknown;
        s.lineBase = lineBase;
        s.frameLevel = frameLevel;
        return s;
    }

    /** Reinstates a state captured by {@link #saveState()}. */
    public void restoreState(ExecState s) {
        varFrame = s.varFrame;
        code = s.code;
        returnOptions = s.returnOptions;
        nesting = s.nesting;
        unitDepth = s.unitDepth;
        activeCommand = s.activeCommand;
        currentCoroutine = s.coroutine;
        pendingTailcall = s.pendingTailcall;
        direct = s.direct;
        inUnknown = s.inUnknown;
        lineBase = s.lineBase;
        frameLevel = s.frameLevel;
    }

    /** A fresh state for a new coroutine: global frame, given nesting depth. */
    public ExecState newCoroutineState(Object coroutine) {
        ExecState s = saveState();
        s.varFrame = globalFrame;
        s.code = OK;
        s.returnOptions = null;
        s.activeCommand = null;
        s.coroutine = coroutine;
        s.pendingTailcall = null;
        s.direct = false;
        s.inUnknown = 0;
        s.lineBase = 0;
        return s;
    }

    public Object currentCoroutine() {
        return currentCoroutine;
    }

    /**
     * A command queued by {@code tailcall}: its words as given (for
     * {@code info level 0} and errorInfo) and the command they named where
     * tailcall ran (null: unknown).
     */
    public record Tailcall(CommandEntry entry, TclValue[] words) {
    }

    /** Queues a command for {@code tailcall}; the running procedure returns into it. */
    public void setPendingTailcall(Tailcall t) {
        pendingTailcall = t;
    }

    public Tailcall takePendingTailcall() {
        Tailcall t = pendingTailcall;
        pendingTailcall = null;
        return t;
    }

    // --------------------------------------------------------------- errors

    /**
     * Records a caught error in {@code ::errorInfo} and {@code ::errorCode}
     * (as tclsh does by the time a script can look at them).
     */
    public void recordError(TclException e) {
        lastErrorStack = e.errorStack();
        try {
            Variables.setIn(this, globalFrame, "errorInfo", TclValue.of(e.errorInfo()));
            Variables.setIn(this, globalFrame, "errorCode", e.errorCode());
        } catch (TclException ignored) {
            // a trace refused the write; tclsh ignores that too
        }
    }

    private TclValue lastErrorStack = TclValue.EMPTY;

    /** The -errorstack of the last error recorded (see {@link #recordError}), for {@code info errorstack}. */
    public TclValue lastErrorStack() {
        return lastErrorStack;
    }

    /** The return-options dict of a caught error, shaped as tclsh's. */
    public TclDict errorOptions(TclException e) {
        TclDict d = new TclDict();
        if (e.extraOptions() != null) {
            // options of the return that raised it come first, in their order (values fixed below)
            for (Map.Entry<TclValue, TclValue> en : e.extraOptions().entries().entrySet()) {
                d.put(en.getKey(), en.getValue());
            }
        }
        d.put("-code", TclValue.ONE);
        d.put("-level", TclValue.ZERO);
        d.put("-errorstack", e.errorStack());
        d.put("-errorcode", e.errorCode());
        d.put("-errorinfo", TclValue.of(e.errorInfo()));
        d.put("-errorline", TclValue.of(e.errorLine()));
        return d;
    }

    /** Evaluation units started so far (exposed for commands that emulate compiled bodies). */
    int unitDepth() {
        return unitDepth;
    }

    @Override
    public String toString() {
        return "Interp" + Arrays.toString(new Object[] {global.fullName()});
    }
}
