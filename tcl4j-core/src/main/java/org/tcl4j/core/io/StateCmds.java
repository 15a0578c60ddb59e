package org.tcl4j.core.io;

import java.util.ArrayList;
import java.util.List;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;
import org.tcl4j.core.cmd.GlobMatch;

/** {@code eof}, {@code fblocked}, {@code flush}, {@code chan pending} and {@code chan names}. */
final class StateCmds {
    private static final String[] MODES = {"input", "output"};

    private StateCmds() {
    }

    static TclValue eof(Interp interp, TclValue[] objv, int base) throws TclException {
        Channel ch = oneChannel(interp, objv, base);
        return ch.eof() ? TclValue.ONE : TclValue.ZERO;
    }

    static TclValue fblocked(Interp interp, TclValue[] objv, int base) throws TclException {
        Channel ch = oneChannel(interp, objv, base);
        ch.checkReadable();
        return ch.blocked() ? TclValue.ONE : TclValue.ZERO;
    }

    static TclValue flush(Interp interp, TclValue[] objv, int base) throws TclException {
        Channel ch = oneChannel(interp, objv, base);
        ch.checkWritable();
        ChannelArgs.checkNotCopying(ch, "flushing");
        ch.flush();
        return TclValue.EMPTY;
    }

    private static Channel oneChannel(Interp interp, TclValue[] objv, int base) throws TclException {
        if (objv.length - base != 1) {
            throw Args.wrongNum(objv, base, "channelId");
        }
        return ChannelArgs.channel(interp, objv[base]);
    }

    static TclValue pending(Interp interp, TclValue[] objv, int base) throws TclException {
        if (objv.length - base != 2) {
            throw Args.wrongNum(objv, base, "mode channelId");
        }
        int mode = Args.index(objv[base], MODES, "mode");
        Channel ch = ChannelArgs.channel(interp, objv[base + 1]);
        return TclValue.of(mode == 0 ? ch.inputPending() : ch.outputPending());
    }

    static TclValue names(Interp interp, TclValue[] objv, int base) throws TclException {
        int n = objv.length - base;
        if (n > 1) {
            throw Args.wrongNum(objv, base, "?pattern?");
        }
        List<TclValue> out = new ArrayList<>();
        for (String name : ChannelTable.of(interp).names()) {
            if (n == 0 || GlobMatch.matches(objv[base].toString(), name, false)) {
                out.add(TclValue.of(name));
            }
        }
        return TclValue.ofList(out);
    }
}
