package org.tcl4j.core.io;

import org.tcl4j.core.Interp;

/**
 * Registers the channel, socket and event-loop commands: open close puts
 * gets read seek tell eof flush fblocked fconfigure fcopy fileevent chan
 * socket pid after vwait update, and {@code ::tcl::Bgerror}, the default
 * background error handler.
 */
public final class IoCommands {
    private IoCommands() {
    }

    public static void register(Interp interp) {
        interp.register("open", (in, objv) -> OpenCmd.run(in, objv, 1));
        interp.register("close", (in, objv) -> CloseCmd.run(in, objv, 1));
        interp.register("puts", (in, objv) -> PutsCmd.run(in, objv, 1));
        interp.register("gets", (in, objv) -> GetsCmd.run(in, objv, 1));
        interp.register("read", (in, objv) -> ReadCmd.run(in, objv, 1));
        interp.register("seek", (in, objv) -> PositionCmds.seek(in, objv, 1));
        interp.register("tell", (in, objv) -> PositionCmds.tell(in, objv, 1));
        interp.register("eof", (in, objv) -> StateCmds.eof(in, objv, 1));
        interp.register("flush", (in, objv) -> StateCmds.flush(in, objv, 1));
        interp.register("fblocked", (in, objv) -> StateCmds.fblocked(in, objv, 1));
        interp.register("fconfigure", (in, objv) -> FconfigureCmd.run(in, objv, 1));
        interp.register("fcopy", (in, objv) -> FcopyCmd.run(in, objv, 1));
        interp.register("fileevent", (in, objv) -> FileeventCmd.run(in, objv, 1));
        interp.register("chan", ChanCmd::run);
        interp.register("socket", SocketCmd::run);
        interp.register("pid", PipeChannels::pid);
        interp.register("after", AfterCmd::run);
        interp.register("vwait", EventLoopCmds::vwait);
        interp.register("update", EventLoopCmds::update);
        interp.register("::tcl::Bgerror", Notifier::defaultBgError);
        ZlibCmd.register(interp);
    }
}
