package org.tcl4j.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * Many connections at once against an event-loop echo server written in
 * Tcl (not timed: it checks correctness under load). Every byte that comes
 * back is compared with what was sent, and every channel is closed at the
 * end.
 */
class SocketLoadTest {
    static final int CLIENTS = 500;

    /** The echo server: non-blocking, line buffered, one readable handler per connection. */
    static final String SERVER = """
            proc accept {chan addr port} {
                fconfigure $chan -blocking 0 -buffering line -translation lf
                fileevent $chan readable [list echo $chan]
                incr ::accepted
            }
            proc echo {chan} {
                while {[gets $chan line] >= 0} {
                    puts $chan $line
                }
                if {[eof $chan]} {
                    close $chan
                    incr ::serverClosed
                }
            }
            set accepted 0
            set serverClosed 0
            set server [socket -server accept -myaddr 127.0.0.1 0]
            set port [lindex [fconfigure $server -sockname] 2]
            """;

    /** Clients in the same interpreter: async connects, every line checked when it comes back. */
    static final String CLIENTS_SCRIPT = """
            proc payload {i j} {
                return "client $i line $j [string repeat [format %c [expr {65 + ($i + $j) % 26}]] [expr {($i * 7 + $j) % 90}]]"
            }
            proc start {i} {
                set c [socket -async 127.0.0.1 $::port]
                fconfigure $c -blocking 0 -buffering full -translation lf
                set ::expect($c) 0
                set ::id($c) $i
                for {set j 0} {$j < $::lines} {incr j} {
                    puts $c [payload $i $j]
                }
                flush $c
                fileevent $c readable [list answer $c]
            }
            proc answer {c} {
                while {[gets $c line] >= 0} {
                    set want [payload $::id($c) $::expect($c)]
                    if {$line ne $want} {
                        set ::failure "$c: got {$line} want {$want}"
                        set ::finished 1
                        return
                    }
                    incr ::bytes [expr {[string length $line] + 1}]
                    if {[incr ::expect($c)] == $::lines} {
                        close $c
                        if {[incr ::done] == $::clients} { set ::finished 1 }
                        return
                    }
                }
                if {[eof $c]} {
                    set ::failure "$c: early eof after $::expect($c) lines"
                    set ::finished 1
                }
            }
            set failure {}
            set done 0
            set bytes 0
            for {set i 0} {$i < $clients} {incr i} { start $i }
            vwait finished
            """;

    @Test
    void fiveHundredClientsInTheSameInterpreter() throws TclException {
        Interp interp = new Interp();
        interp.setVar("clients", TclValue.of(CLIENTS));
        interp.setVar("lines", TclValue.of(20));
        interp.eval(SERVER);
        interp.eval(CLIENTS_SCRIPT);
        assertEquals("", interp.eval("set failure").toString());
        assertEquals(CLIENTS, interp.eval("set done").asLong());
        // let the server see the last end-of-files, then close it
        interp.eval("while {$serverClosed < $clients} { after 10; update }");
        assertEquals(CLIENTS, interp.eval("set accepted").asLong());
        interp.eval("close $server");
        assertEquals("stderr stdin stdout", interp.eval("lsort [chan names]").toString());
        long expected = 0;
        for (int i = 0; i < CLIENTS; i++) {
            for (int j = 0; j < 20; j++) {
                expected += ("client " + i + " line " + j + " ").length() + (i * 7 + j) % 90 + 1;
            }
        }
        assertEquals(expected, interp.eval("set bytes").asLong());
    }

    @Test
    void fiveHundredOutsideClientsAtOnce() throws Exception {
        Interp interp = new Interp();
        interp.eval(SERVER);
        int port = (int) interp.eval("set port").asLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        // the clients: all connected first, then each writes and reads back its bytes
        List<Socket> sockets = new ArrayList<>();
        Thread clients = new Thread(() -> {
            try {
                for (int i = 0; i < CLIENTS; i++) {
                    sockets.add(new Socket(InetAddress.getLoopbackAddress(), port));
                }
                ExecutorService pool = Executors.newFixedThreadPool(16);
                List<Future<?>> jobs = new ArrayList<>();
                for (int i = 0; i < CLIENTS; i++) {
                    Socket s = sockets.get(i);
                    int id = i;
                    jobs.add(pool.submit(() -> {
                        exchange(s, id);
                        return null;
                    }));
                }
                for (Future<?> f : jobs) {
                    f.get();
                }
                pool.shutdown();
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        clients.start();
        // the interpreter's thread serves until every connection was closed by its client
        interp.setVar("clients", TclValue.of(CLIENTS));
        interp.eval("while {$serverClosed < $clients} { vwait serverClosed }");
        clients.join();
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        assertEquals(CLIENTS, interp.eval("set accepted").asLong());
        interp.eval("close $server");
        assertEquals("stderr stdin stdout", interp.eval("lsort [chan names]").toString());
    }

    /** Sends 4 KB of lines with every byte value a line may hold, and checks the echo byte for byte. */
    private static void exchange(Socket s, int id) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < 40; j++) {
            sb.append("conn ").append(id).append(" #").append(j).append(' ');
            for (int k = 0; k < 80; k++) {
                sb.append((char) (33 + (id * 31 + j * 7 + k) % 94));
            }
            sb.append('\n');
        }
        byte[] sent = sb.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        OutputStream out = s.getOutputStream();
        out.write(sent);
        out.flush();
        s.shutdownOutput();
        InputStream in = s.getInputStream();
        byte[] got = in.readAllBytes();
        s.close();
        assertArrayEquals(sent, got, "connection " + id);
    }
}
