package org.tcl4j.core.cmd;

import java.util.List;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;

/**
 * The {@code encoding} command: {@code names}, {@code system},
 * {@code convertto}, {@code convertfrom} and {@code dirs}, over the
 * encodings of {@link Encodings}. Byte strings are strings of characters
 * 0..255.
 */
public final class EncodingCmd {
    private EncodingCmd() {
    }

    private static final String[] SUBCOMMANDS = {"convertfrom", "convertto", "dirs", "names", "system"};

    /** Per-interpreter settings: the system encoding and the (informational) encoding dirs. */
    private static final class State {
        String system = Encodings.systemEncoding();
        TclValue dirs = TclValue.of("/tcl4j:/library/encoding");
    }

    public static void register(Interp interp) {
        interp.register("encoding", EncodingCmd::dispatch);
    }

    private static State state(Interp interp) {
        return interp.data(State.class, State::new);
    }

    /** The interpreter's system encoding: the default for {@code source}, channels and conversions. */
    public static Encodings.Encoding systemEncoding(Interp interp) {
        Encodings.Encoding e = Encodings.lookup(state(interp).system);
        return e != null ? e : Encodings.lookup("utf-8");
    }

    static TclValue dispatch(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "subcommand ?arg ...?");
        }
        int sub = Args.subcommand(objv[1], SUBCOMMANDS);
        // errors name the subcommand in full, as an ensemble does
        TclValue[] named = objv.clone();
        named[1] = TclValue.of(SUBCOMMANDS[sub]);
        switch (sub) {
            case 0:
            case 1: {
                Args.check(named, 3, 4, 2, "?encoding? data");
                Encodings.Encoding e = objv.length == 4 ? Encodings.get(objv[2].toString()) : systemEncoding(interp);
                String data = objv[objv.length - 1].toString();
                return TclValue.of(sub == 0 ? e.decode(data) : e.encode(data));
            }
            case 2: {
                Args.check(named, 2, 3, 2, "?dirList?");
                State st = state(interp);
                if (objv.length == 3) {
                    try {
                        objv[2].asList();
                    } catch (TclException ex) {
                        throw new TclException("expected directory list but got \"" + objv[2] + "\"",
                                "TCL OPERATION ENCODING BADPATH");
                    }
                    st.dirs = objv[2];
                }
                return st.dirs;
            }
            case 3: {
                Args.check(named, 2, 2, 2, "");
                return TclValue.of(TclList.format(Encodings.names()));
            }
            default: {
                Args.check(named, 2, 3, 2, "?encoding?");
                State st = state(interp);
                if (objv.length == 3) {
                    st.system = Encodings.get(objv[2].toString()).name();
                    return TclValue.EMPTY;
                }
                return TclValue.of(st.system);
            }
        }
    }
}
