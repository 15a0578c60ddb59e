package org.tcl4j.core;

import org.tcl4j.core.cmd.ArrayCmd;
import org.tcl4j.core.cmd.BinaryCmd;
import org.tcl4j.core.cmd.ClockCmd;
import org.tcl4j.core.cmd.ControlCommands;
import org.tcl4j.core.cmd.Coroutines;
import org.tcl4j.core.cmd.DictCmd;
import org.tcl4j.core.cmd.EnsembleParts;
import org.tcl4j.core.cmd.EncodingCmd;
import org.tcl4j.core.cmd.ExecCmd;
import org.tcl4j.core.cmd.HistoryCmd;
import org.tcl4j.core.cmd.InfoCmd;
import org.tcl4j.core.cmd.InterpCmd;
import org.tcl4j.core.cmd.ListCommands;
import org.tcl4j.core.cmd.NamespaceCmd;
import org.tcl4j.core.cmd.PackageCmd;
import org.tcl4j.core.cmd.ProcCommands;
import org.tcl4j.core.cmd.RegexpCommands;
import org.tcl4j.core.cmd.StringCmd;
import org.tcl4j.core.cmd.SubstCmd;
import org.tcl4j.core.cmd.SwitchCmd;
import org.tcl4j.core.cmd.SystemCommands;
import org.tcl4j.core.cmd.FileCmd;
import org.tcl4j.core.cmd.FormatScanCommands;
import org.tcl4j.core.cmd.TraceCmd;
import org.tcl4j.core.cmd.TryCmd;
import org.tcl4j.core.cmd.VarCommands;
import org.tcl4j.core.expr.ExprCommands;
import org.tcl4j.core.io.IoCommands;

/**
 * Installs the built-in commands into a new interpreter, one command family
 * at a time (each family is one class in {@code org.tcl4j.core.cmd}).
 */
final class Builtins {
    private Builtins() {
    }

    static void registerAll(Interp interp) {
        VarCommands.register(interp);
        ControlCommands.register(interp);
        ProcCommands.register(interp);
        InfoCmd.register(interp);
        NamespaceCmd.register(interp);
        TraceCmd.register(interp);
        Coroutines.register(interp);
        SubstCmd.register(interp);
        TryCmd.register(interp);
        SwitchCmd.register(interp);
        FileCmd.register(interp);
        InterpCmd.register(interp);
        ExecCmd.register(interp);
        ExprCommands.register(interp);
        StringCmd.register(interp);
        FormatScanCommands.register(interp);
        BinaryCmd.register(interp);
        ListCommands.register(interp);
        DictCmd.register(interp);
        ArrayCmd.register(interp);
        RegexpCommands.register(interp);
        ClockCmd.register(interp);
        PackageCmd.register(interp);
        EncodingCmd.register(interp);
        SystemCommands.register(interp);
        HistoryCmd.register(interp);
        // the channel layer: puts, gets, open, socket, after, vwait, ...
        IoCommands.register(interp);
        // ::tcl::dict::get and the like, once the ensembles they call are there
        EnsembleParts.register(interp);
    }
}
