package org.tcl4j.core.io;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/** {@code puts ?-nonewline? ?channelId? string}. */
final class PutsCmd {
    private PutsCmd() {
    }

    static TclValue run(Interp interp, TclValue[] objv, int base) throws TclException {
        int n = objv.length - base;
        TclValue chan = null;
        TclValue text;
        boolean newline = true;
        switch (n) {
            case 1:
                text = objv[base];
                break;
            case 2:
                if (objv[base].toString().equals("-nonewline")) {
                    newline = false;
                } else {
                    chan = objv[base];
                }
                text = objv[base + 1];
                break;
            case 3:
                if (objv[base].toString().equals("-nonewline")) {
                    newline = false;
                    chan = objv[base + 1];
                    text = objv[base + 2];
                } else if (objv[base + 2].toString().equals("nonewline")) {
                    // an old form tclsh still accepts: puts channel string nonewline
                    newline = false;
                    chan = objv[base];
                    text = objv[base + 1];
                } else {
                    throw Args.wrongNum(objv, base, "?-nonewline? ?channelId? string");
                }
                break;
            default:
                throw Args.wrongNum(objv, base, "?-nonewline? ?channelId? string");
        }
        Channel ch;
        if (chan == null) {
            ch = ChannelTable.of(interp).stdoutChannel();
            if (ch == null) {
                throw new TclException("can not find channel named \"stdout\"", "TCL LOOKUP CHANNEL stdout");
            }
            ChannelArgs.checkNotBusy(ch);
        } else {
            ch = ChannelArgs.forWriting(interp, chan);
        }
        String s = text.toString();
        if (newline) {
            ch.write(new Appended(s));
        } else {
            ch.write(s);
        }
        return TclValue.EMPTY;
    }

    /** A string followed by a newline, without building the concatenation. */
    private record Appended(String s) implements CharSequence {
        @Override
        public int length() {
            return s.length() + 1;
        }

        @Override
        public char charAt(int i) {
            return i < s.length() ? s.charAt(i) : '\n';
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return toString().substring(from, to);
        }

        @Override
        public String toString() {
            return s + "\n";
        }
    }
}
