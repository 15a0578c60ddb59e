package org.tcl4j.core;

/**
 * A Tcl error travelling up the Java stack. It carries the error message
 * (the interpreter result), {@code -errorcode}, and the {@code errorInfo}
 * text built up as the error passes through scripts and procedures.
 *
 * <p>Only errors travel as exceptions; break, continue and return are
 * completion codes kept in the interpreter (see {@link Interp#code()}), so
 * loops never pay for exception unwinding.
 */
public class TclException extends Exception {
    private static final long serialVersionUID = 1L;

    private TclValue result;
    private TclValue errorCode;
    private StringBuilder errorInfo;
    private int errorLine = 1;
    /** Extra return options given by {@code return -options}, kept for {@code catch}. */
    private TclDict extraOptions;
    /** The -level a {@code return -code error} asked for, normally 0. */
    private boolean errorInfoFrozen;
    /** Evaluation unit depth at which the failing command was logged; -1 before, MIN_VALUE from another stack. */
    int loggedDepth = -1;
    /** -errorstack: "INNER cmd" then "CALL {proc args}" per procedure level left. */
    private java.util.List<TclValue> errorStack;

    /**
     * Forgets at which evaluation depth the error was logged, for an error
     * that comes from another stack (a coroutine's): the resumer's depths
     * are unrelated, so its commands must all be logged.
     */
    public void leftStack() {
        if (loggedDepth >= 0) {
            loggedDepth = Integer.MIN_VALUE;
        }
    }

    /** Adds an -errorstack entry pair (e.g. "CALL" and the procedure call words). */
    public void addErrorStack(String kind, TclValue words) {
        if (errorStack == null) {
            errorStack = new java.util.ArrayList<>();
        }
        errorStack.add(TclValue.of(kind));
        errorStack.add(words);
    }

    /** The -errorstack value. */
    public TclValue errorStack() {
        return errorStack == null ? TclValue.EMPTY : TclValue.ofList(errorStack);
    }

    public TclException(String message) {
        this(TclValue.of(message), null);
    }

    public TclException(String message, String errorCode) {
        this(TclValue.of(message), errorCode == null ? null : TclValue.of(errorCode));
    }

    public TclException(TclValue message, TclValue errorCode) {
        super(null, null, false, false);
        this.result = message;
        this.errorCode = errorCode;
    }

    @Override
    public String getMessage() {
        return result.toString();
    }

    /** The error message, i.e. the interpreter result after the error. */
    public TclValue result() {
        return result;
    }

    public void setResult(TclValue v) {
        result = v;
    }

    /** {@code -errorcode}; NONE when nobody set one. */
    public TclValue errorCode() {
        return errorCode == null ? TclValue.of("NONE") : errorCode;
    }

    public void setErrorCode(TclValue code) {
        this.errorCode = code;
    }

    /** True once some script level has started the errorInfo trace. */
    public boolean hasErrorInfo() {
        return errorInfo != null;
    }

    /** The errorInfo text; the bare message when nothing was logged yet. */
    public String errorInfo() {
        return errorInfo == null ? result.toString() : errorInfo.toString();
    }

    /** Starts the errorInfo trace with a given text (as {@code error msg info} does). */
    public void setErrorInfo(String text) {
        errorInfo = new StringBuilder(text);
    }

    /** Appends a line of context ("\n    while executing ..."). */
    public void addErrorInfo(String text) {
        if (errorInfoFrozen) {
            return;
        }
        if (errorInfo == null) {
            errorInfo = new StringBuilder(result.toString());
        }
        errorInfo.append(text);
    }

    /** Stops further additions (used when errorInfo was set explicitly by the script). */
    public void freezeErrorInfo(boolean frozen) {
        errorInfoFrozen = frozen;
    }

    public int errorLine() {
        return errorLine;
    }

    public void setErrorLine(int line) {
        errorLine = line;
    }

    public TclDict extraOptions() {
        return extraOptions;
    }

    public void setExtraOptions(TclDict options) {
        this.extraOptions = options;
    }
}
