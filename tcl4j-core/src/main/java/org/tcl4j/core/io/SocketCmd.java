package org.tcl4j.core.io;

import java.io.IOException;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * {@code socket ?-myaddr addr? ?-myport port? ?-async? host port} and
 * {@code socket -server command ?-myaddr addr? port}.
 */
final class SocketCmd {
    private static final String[] OPTIONS = {"-async", "-myaddr", "-myport", "-server"};

    private SocketCmd() {
    }

    static TclValue run(Interp interp, TclValue[] objv) throws TclException {
        boolean async = false;
        String myaddr = null;
        int myport = 0;
        TclValue server = null;
        int i = 1;
        for (; i < objv.length; i++) {
            String a = objv[i].toString();
            if (!a.startsWith("-")) {
                break;
            }
            int opt = Args.index(objv[i], OPTIONS, "option");
            switch (opt) {
                case 0:
                    if (server != null) {
                        throw new TclException("cannot set -async option for server sockets");
                    }
                    async = true;
                    break;
                case 1:
                    if (++i >= objv.length) {
                        throw new TclException("no argument given for -myaddr option");
                    }
                    myaddr = objv[i].toString();
                    break;
                case 2:
                    if (++i >= objv.length) {
                        throw new TclException("no argument given for -myport option");
                    }
                    myport = portArg(objv[i]);
                    break;
                default:
                    if (async) {
                        throw new TclException("cannot set -async option for server sockets");
                    }
                    if (++i >= objv.length) {
                        throw new TclException("no argument given for -server option");
                    }
                    server = objv[i];
                    break;
            }
        }
        ChannelTable table = ChannelTable.of(interp);
        if (server != null) {
            if (i != objv.length - 1) {
                throw usage();
            }
            if (myport != 0) {
                throw new TclException("option -myport is not valid for servers");
            }
            int port = portArg(objv[i]);
            try {
                TcpServerDriver d = TcpServerDriver.listen(table, server, myaddr, port);
                return TclValue.of(Sockets.newServerChannel(table, d).name());
            } catch (IOException e) {
                throw cannotOpen(e);
            }
        }
        if (i != objv.length - 2) {
            throw usage();
        }
        String host = objv[i].toString();
        int port = portArg(objv[i + 1]);
        try {
            TcpDriver d = TcpDriver.connect(table.notifier(), host, port, myaddr, myport, async);
            return TclValue.of(Sockets.newSocketChannel(table, d).name());
        } catch (IOException e) {
            throw cannotOpen(e);
        }
    }

    private static TclException cannotOpen(IOException e) {
        if (e instanceof TcpDriver.UnknownHost) {
            return new TclException("couldn't open socket: " + e.getMessage());
        }
        PosixException p = PosixException.of(e);
        return new TclException("couldn't open socket: " + p.getMessage(), p.errorCode());
    }

    /** A port number or service name (only numbers here), as tclsh checks it. */
    private static int portArg(TclValue v) throws TclException {
        Number n = v.asNumber();
        if (!(n instanceof Long)) {
            throw new TclException("expected integer but got \"" + v + "\"", "TCL VALUE INTEGER");
        }
        long p = n.longValue();
        if (p < 0 || p > 65535) {
            throw new TclException("couldn't open socket: port number too high");
        }
        return (int) p;
    }

    private static TclException usage() {
        return new TclException("wrong # args: should be \"socket ?-myaddr addr? ?-myport myport? ?-async? host port\""
                + " or \"socket -server command ?-myaddr addr? port\"", "TCL WRONGARGS");
    }
}
