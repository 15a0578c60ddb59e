package org.tcl4j.shell;

import org.tcl4j.core.Interp;
import org.tcl4j.core.ReturnOptions;
import org.tcl4j.core.TclDict;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * Evaluation at the top level of the shell, where no procedure or loop is
 * left to take a pending {@code return}, {@code break} or {@code continue}.
 * As in tclsh, a {@code return} completes here (so {@code return} ends a
 * script quietly and {@code return -code error msg} is an error) and any
 * other code becomes an error: {@code invoked "break" outside of a loop},
 * {@code command returned bad code: N}, with errorCode
 * {@code TCL UNEXPECTED_RESULT_CODE N}.
 */
final class TopLevel {
    private TopLevel() {
    }

    /** An error made from a top-level {@code return -code error}: tclsh leaves ::errorInfo alone for it. */
    static final class ReturnedError extends TclException {
        private static final long serialVersionUID = 1L;

        ReturnedError(TclException from) {
            super(from.result(), from.errorCode());
            if (from.hasErrorInfo()) {
                setErrorInfo(from.errorInfo());
            }
            setErrorLine(from.errorLine());
            setExtraOptions(from.extraOptions());
        }
    }

    /** Evaluates {@code script} in the global frame, which is current at top level. */
    static TclValue eval(Interp interp, TclValue script) throws TclException {
        TclValue result = interp.evalDirect(script);
        int code = interp.takeCode();
        if (code == Interp.OK) {
            return result;
        }
        if (code == Interp.RETURN) {
            TclDict opts = interp.returnOptions();
            interp.setReturnOptions(null);
            code = completeReturn(opts);
            if (code == Interp.OK) {
                return result;
            }
            if (code == Interp.ERROR) {
                throw new ReturnedError(ReturnOptions.toError(result, opts));
            }
        }
        throw unexpected(code);
    }

    /**
     * The code a pending return has once it reaches the top: its {@code -code}
     * when {@code -level} was 1, else RETURN (which is unexpected here).
     */
    private static int completeReturn(TclDict opts) throws TclException {
        if (opts == null) {
            return Interp.OK;
        }
        TclValue level = opts.get("-level");
        if (level != null && level.asInt() != 1) {
            return Interp.RETURN;
        }
        TclValue code = opts.get("-code");
        return code == null ? Interp.OK : ReturnOptions.parseCode(code);
    }

    static TclException unexpected(int code) {
        String message = switch (code) {
            case Interp.BREAK -> "invoked \"break\" outside of a loop";
            case Interp.CONTINUE -> "invoked \"continue\" outside of a loop";
            default -> "command returned bad code: " + code;
        };
        return new TclException(message, "TCL UNEXPECTED_RESULT_CODE " + code);
    }
}
