package org.tcl4j.core.cmd;

import org.tcl4j.core.Interp;

/** Registers {@code format} ({@link FormatCmd}) and {@code scan} ({@link ScanCmd}). */
public final class FormatScanCommands {
    private FormatScanCommands() {
    }

    public static void register(Interp interp) {
        interp.register("format", FormatCmd::format);
        interp.register("scan", ScanCmd::scan);
    }
}
