package org.tcl4j.core.io;

import org.tcl4j.core.Interp;
import org.tcl4j.core.Numbers;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/** {@code read channelId ?numChars?} and {@code read ?-nonewline? channelId}. */
final class ReadCmd {
    private ReadCmd() {
    }

    static TclValue run(Interp interp, TclValue[] objv, int base) throws TclException {
        int n = objv.length - base;
        if (n < 1 || n > 2) {
            throw usage(objv, base);
        }
        int i = base;
        boolean noNewline = false;
        if (objv[i].toString().equals("-nonewline")) {
            noNewline = true;
            i++;
            if (n != 2) {
                throw usage(objv, base);
            }
        }
        Channel ch = ChannelArgs.forReading(interp, objv[i]);
        i++;
        int count = -1;
        if (i < objv.length) {
            if (noNewline) {
                throw usage(objv, base);
            }
            String arg = objv[i].toString();
            if (arg.equals("nonewline")) {
                noNewline = true; // an old form tclsh still accepts
            } else {
                Number num = Numbers.parse(arg);
                if (!(num instanceof Long) || num.longValue() < 0) {
                    throw new TclException("expected non-negative integer but got \"" + arg + "\"",
                            "TCL VALUE NUMBER");
                }
                count = (int) Math.min(num.longValue(), Integer.MAX_VALUE);
            }
        }
        String s = ch.read(count);
        if (noNewline && !s.isEmpty() && s.charAt(s.length() - 1) == '\n') {
            s = s.substring(0, s.length() - 1);
        }
        return TclValue.of(s);
    }

    private static TclException usage(TclValue[] objv, int base) {
        String cmd = base == 1 ? objv[0].toString() : objv[0] + " " + objv[1];
        return new TclException("wrong # args: should be \"" + cmd + " channelId ?numChars?\" or \"" + cmd
                + " ?-nonewline? channelId\"", "TCL WRONGARGS");
    }
}
