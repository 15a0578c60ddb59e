package org.tcl4j.core.io;

import java.util.ArrayList;
import java.util.List;

import org.tcl4j.core.CallFrame;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * Calls a method of a script-level channel handler: the command prefix,
 * the method name, the channel name and the arguments, at global level.
 * Also used by channel drivers in other modules for their callbacks (the
 * tls package's {@code -command} and {@code -validatecommand}).
 */
public final class HandlerCall {
    private HandlerCall() {
    }

    static TclValue invoke(Interp interp, TclValue prefix, String method, String chan, TclValue... args)
            throws TclException {
        List<TclValue> words = new ArrayList<>(prefix.asList());
        words.add(TclValue.of(method));
        words.add(TclValue.of(chan));
        for (TclValue a : args) {
            words.add(a);
        }
        return call(interp, words);
    }

    /**
     * Calls the command {@code words} at global level and returns its result;
     * a {@code return} counts as a normal result, a break or continue is an
     * error as in an event handler.
     */
    public static TclValue call(Interp interp, List<TclValue> words) throws TclException {
        CallFrame saved = interp.setVarFrame(interp.globalFrame());
        int savedCode = interp.takeCode();
        try {
            TclValue r = interp.invoke(words.toArray(new TclValue[0]));
            int code = interp.takeCode();
            if (code == Interp.RETURN) {
                code = Interp.OK;
            }
            if (code != Interp.OK) {
                throw Notifier.unexpectedCode(code);
            }
            return r;
        } finally {
            interp.setVarFrame(saved);
            interp.setCode(savedCode);
        }
    }


    /** Is this error the handler's "would block" signal ({@code error EAGAIN})? */
    static boolean isEagain(TclException e) {
        return e.getMessage().equals("EAGAIN");
    }
}
