package org.tcl4j.core.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.tcl4j.core.CallFrame;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * Calls a method of a script-level channel handler: the command prefix,
 * the method name, the channel name and the arguments, at global level.
 */
final class HandlerCall {
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

    /** Bytes as a Tcl binary string (one character per byte). */
    static TclValue bytes(byte[] b, int off, int len) {
        return TclValue.of(new String(b, off, len, StandardCharsets.ISO_8859_1));
    }

    /** A handler's result as bytes: the low 8 bits of each character, as Tcl's byte arrays. */
    @SuppressWarnings("deprecation")
    static byte[] toBytes(TclValue v) {
        String s = v.toString();
        byte[] out = new byte[s.length()];
        s.getBytes(0, s.length(), out, 0);
        return out;
    }

    /** Is this error the handler's "would block" signal ({@code error EAGAIN})? */
    static boolean isEagain(TclException e) {
        return e.getMessage().equals("EAGAIN");
    }
}
