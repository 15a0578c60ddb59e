package org.tcl4j.core.io;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * {@code gets channelId ?varName?}. With a variable: the line goes there and
 * the result is its length, or -1 at end of file or (non-blocking) when no
 * whole line is buffered yet. Without: the result is the line, empty in
 * those cases.
 */
final class GetsCmd {
    private GetsCmd() {
    }

    static TclValue run(Interp interp, TclValue[] objv, int base) throws TclException {
        int n = objv.length - base;
        if (n != 1 && n != 2) {
            throw Args.wrongNum(objv, base, "channelId ?varName?");
        }
        Channel ch = ChannelArgs.forReading(interp, objv[base]);
        String line = ch.gets();
        if (n == 2) {
            interp.setVar(objv[base + 1].toString(), line == null ? TclValue.EMPTY : TclValue.of(line));
            return TclValue.of(line == null ? -1 : line.length());
        }
        return line == null ? TclValue.EMPTY : TclValue.of(line);
    }
}
