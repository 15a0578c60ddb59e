package org.tcl4j.core.cmd;

import java.util.List;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;

/**
 * The {@code binary} ensemble: {@code format} and {@code scan}
 * ({@link BinaryFormat}, {@link BinaryScan}) and {@code encode}/{@code decode}
 * of base64, hex and uuencode ({@link BinaryCodec}).
 *
 * <p>A byte array is a string whose characters are 0..255; other characters
 * given as data contribute their low 8 bits, as tclsh's byte arrays do.
 */
public final class BinaryCmd {
    private BinaryCmd() {
    }

    private static final String[] SUBCOMMANDS = {"decode", "encode", "format", "scan"};

    public static void register(Interp interp) {
        interp.register("binary", BinaryCmd::dispatch);
    }

    static TclValue dispatch(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "subcommand ?arg ...?");
        }
        String name = objv[1].toString();
        int sub = Args.subcommand(objv[1], SUBCOMMANDS);
        if (!SUBCOMMANDS[sub].equals(name)) {
            objv = objv.clone();
            objv[1] = TclValue.of(SUBCOMMANDS[sub]); // messages name the subcommand in full, as tclsh's ensembles do
        }
        return switch (sub) {
            case 0 -> BinaryCodec.decode(interp, objv);
            case 1 -> BinaryCodec.encode(interp, objv);
            case 2 -> BinaryFormat.format(objv);
            default -> BinaryScan.scan(interp, objv);
        };
    }

}
