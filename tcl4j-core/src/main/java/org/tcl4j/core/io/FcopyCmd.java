package org.tcl4j.core.io;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/** {@code fcopy input output ?-size size? ?-command callback?} (and {@code chan copy}). */
final class FcopyCmd {
    private static final String[] OPTIONS = {"-size", "-command"};

    private FcopyCmd() {
    }

    static TclValue run(Interp interp, TclValue[] objv, int base) throws TclException {
        int n = objv.length - base;
        String usage = "input output ?-size size? ?-command callback?";
        if (n < 2 || n > 6 || n % 2 != 0) {
            throw Args.wrongNum(objv, base, usage);
        }
        Channel in = ChannelArgs.channel(interp, objv[base]);
        in.checkReadable(); // before the output is looked up, as tclsh
        Channel out = ChannelArgs.channel(interp, objv[base + 1]);
        out.checkWritable();
        long size = -1;
        TclValue command = null;
        for (int i = base + 2; i < objv.length; i += 2) {
            int opt;
            try {
                opt = Args.index(objv[i], OPTIONS, "option");
            } catch (TclException e) {
                throw Args.wrongNum(objv, base, usage);
            }
            if (opt == 0) {
                Number num = objv[i + 1].asNumber();
                if (!(num instanceof Long)) {
                    throw new TclException("expected integer but got \"" + objv[i + 1] + "\"", "TCL VALUE NUMBER");
                }
                size = num.longValue();
                if (size < 0) {
                    size = -1;
                }
            } else {
                command = objv[i + 1];
            }
        }
        ChannelArgs.checkNotBusy(in);
        ChannelArgs.checkNotBusy(out);
        if (command == null) {
            return TclValue.of(Copier.copy(in, out, size));
        }
        Copier.start(interp, in, out, size, command);
        return TclValue.EMPTY;
    }
}
