package org.tcl4j.core.io;

import java.util.ArrayList;
import java.util.List;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * {@code after ms ?script ...?}, {@code after idle script ?script ...?},
 * {@code after cancel id|script}, {@code after info ?id?}. Without a script
 * {@code after ms} sleeps, running no events.
 */
final class AfterCmd {
    private static final String[] SUBS = {"cancel", "idle", "info"};

    private AfterCmd() {
    }

    static TclValue run(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "option ?arg ...?");
        }
        Notifier notifier = Notifier.of(interp);
        Number ms = objv[1].asNumber();
        if (ms instanceof Long delay) {
            // like tclsh, a delay must fit in 64 bits; bigger numbers are "bad argument" below
            if (objv.length == 2) {
                sleep(delay);
                return TclValue.EMPTY;
            }
            return TclValue.of(notifier.afterTimer(interp, delay, concat(objv, 2)));
        }
        int sub;
        try {
            sub = Args.index(objv[1], SUBS, "argument");
        } catch (TclException e) {
            throw new TclException("bad argument \"" + objv[1] + "\": must be cancel, idle, info, or an integer",
                    "TCL LOOKUP INDEX argument " + objv[1]);
        }
        switch (sub) {
            case 0: {
                if (objv.length < 3) {
                    throw Args.wrongNum(objv, 2, "id|command");
                }
                Notifier.Timer t = null;
                if (objv.length == 3) {
                    t = notifier.findAfter(interp, objv[2].toString(), false);
                }
                if (t == null) {
                    t = notifier.findAfter(interp, concat(objv, 2).toString(), true);
                }
                if (t != null) {
                    notifier.cancelAfter(t);
                }
                return TclValue.EMPTY;
            }
            case 1:
                if (objv.length < 3) {
                    throw Args.wrongNum(objv, 2, "script ?script ...?");
                }
                return TclValue.of(notifier.afterIdle(interp, concat(objv, 2)));
            default: {
                if (objv.length > 3) {
                    throw Args.wrongNum(objv, 2, "?id?");
                }
                if (objv.length == 2) {
                    List<TclValue> ids = new ArrayList<>();
                    for (Notifier.Timer t : notifier.afterEvents(interp)) {
                        ids.add(TclValue.of(t.id));
                    }
                    return TclValue.ofList(ids);
                }
                String id = objv[2].toString();
                Notifier.Timer t = notifier.findAfter(interp, id, false);
                if (t == null) {
                    throw new TclException("event \"" + id + "\" doesn't exist", Args.code("TCL LOOKUP EVENT", id));
                }
                return TclValue.ofList(t.script, TclValue.of(Notifier.isIdle(t, notifier) ? "idle" : "timer"));
            }
        }
    }

    /** The scripts from index {@code from} on, joined as {@code concat} joins them. */
    private static TclValue concat(TclValue[] objv, int from) {
        if (objv.length == from + 1) {
            return objv[from];
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < objv.length; i++) {
            String s = objv[i].toString().strip();
            if (s.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(s);
        }
        return TclValue.of(sb.toString());
    }

    private static void sleep(long ms) throws TclException {
        if (ms <= 0) {
            return;
        }
        long end = System.nanoTime() + ms * 1_000_000L;
        try {
            long left;
            while ((left = end - System.nanoTime()) > 0) {
                Thread.sleep(left / 1_000_000L, (int) (left % 1_000_000L));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TclException("interrupted");
        }
    }
}
