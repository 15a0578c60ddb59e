package org.tcl4j.core.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * {@code chan subcommand ?arg ...?}: the 8.6 channel ensemble. Most
 * subcommands are the classic commands under another name ({@code chan
 * gets} is {@code gets}); {@code create}, {@code postevent}, {@code push},
 * {@code pop}, {@code pending}, {@code truncate}, {@code names} and
 * {@code pipe} exist only here.
 */
final class ChanCmd {
    static final Map<String, IoSub> SUBS = new LinkedHashMap<>();

    static {
        SUBS.put("blocked", StateCmds::fblocked);
        SUBS.put("close", CloseCmd::run);
        SUBS.put("configure", FconfigureCmd::run);
        SUBS.put("copy", FcopyCmd::run);
        SUBS.put("create", ReflectedDriver::create);
        SUBS.put("eof", StateCmds::eof);
        SUBS.put("event", FileeventCmd::run);
        SUBS.put("flush", StateCmds::flush);
        SUBS.put("gets", GetsCmd::run);
        SUBS.put("names", StateCmds::names);
        SUBS.put("pending", StateCmds::pending);
        SUBS.put("pipe", PipeChannels::chanPipe);
        SUBS.put("pop", TransformDriver::pop);
        SUBS.put("postevent", ReflectedDriver::postEvent);
        SUBS.put("push", TransformDriver::push);
        SUBS.put("puts", PutsCmd::run);
        SUBS.put("read", ReadCmd::run);
        SUBS.put("seek", PositionCmds::seek);
        SUBS.put("tell", PositionCmds::tell);
        SUBS.put("truncate", PositionCmds::truncate);
    }

    private ChanCmd() {
    }

    static TclValue run(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "subcommand ?arg ...?");
        }
        String name = objv[1].toString();
        IoSub sub = SUBS.get(name);
        if (sub == null) {
            String found = null;
            if (!name.isEmpty()) {
                for (String k : SUBS.keySet()) {
                    if (k.startsWith(name)) {
                        if (found != null) {
                            found = null;
                            break;
                        }
                        found = k;
                    }
                }
            }
            if (found == null) {
                throw new TclException("unknown or ambiguous subcommand \"" + name + "\": must be "
                        + Args.joinChoices(List.copyOf(SUBS.keySet())),
                        Args.code("TCL LOOKUP SUBCOMMAND", name));
            }
            sub = SUBS.get(found);
            objv = objv.clone();
            objv[1] = TclValue.of(found);
        }
        return sub.run(interp, objv, 2);
    }
}
