package org.tcl4j.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

import org.junit.jupiter.api.Test;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/** How a Tcl socket sees a misbehaving peer, as tclsh on Unix does. */
class SocketPeerTest {
    private final Interp interp = new Interp();

    private String eval(String script) throws TclException {
        return interp.eval(script).toString();
    }

    @Test
    void aResetConnectionReadsAsEndOfFileAndWritesFail() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            interp.setVar("port", TclValue.of(server.getLocalPort()));
            eval("set c [socket 127.0.0.1 $port]; puts $c hello; flush $c");
            try (Socket peer = server.accept()) {
                peer.getInputStream().read(new byte[6]);
                peer.setSoLinger(true, 0); // close with a reset
            }
            Thread.sleep(100);
            assertEquals("0 {} 1", eval("list [catch {gets $c} m] $m [eof $c]"));
            assertEquals("1 {error flushing \"X\": broken pipe}",
                    eval("list [catch {puts $c more; flush $c} m] [string map [list $c X] $m]"));
            assertEquals("", eval("close $c"));
        }
    }

    @Test
    void aRefusedConnectionIsAnErrorOrAnAsyncFailure() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        interp.setVar("port", TclValue.of(port));
        assertEquals("couldn't open socket: connection refused",
                eval("catch {socket 127.0.0.1 $port} m; set m"));
        assertEquals("POSIX ECONNREFUSED {connection refused}", eval("set errorCode"));
        eval("set c [socket -async 127.0.0.1 $port]; fileevent $c writable {set done 1}; vwait done");
        assertEquals("{connection refused} 0", eval("list [fconfigure $c -error] [fconfigure $c -connecting]"));
        eval("close $c");
    }

    @Test
    void aPeerThatClosesGivesStickyEndOfFile() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            interp.setVar("port", TclValue.of(server.getLocalPort()));
            eval("set c [socket 127.0.0.1 $port]");
            try (Socket peer = server.accept()) {
                peer.getOutputStream().write("last line\nno newline".getBytes());
            }
            assertEquals("last line", eval("gets $c"));
            assertEquals("{no newline} 1", eval("list [gets $c] [eof $c]"));
            assertEquals("-1 1 {} 1", eval("list [gets $c x] [eof $c] [read $c] [eof $c]"));
            eval("close $c");
        }
    }
}
