package org.tcl4j.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * Stacking a Java driver on a socket channel, the way the TLS package
 * does: the name stays, input already buffered goes to the new driver, and
 * a driver that holds decoded bytes makes the channel readable by itself,
 * although the socket below has nothing more to say.
 */
class ChannelStackTest {
    /**
     * A toy "cipher": XOR with a key byte. It reads everything the driver
     * below has in one go and hands it out in small pieces, like a TLS
     * engine holding a decrypted record.
     */
    static final class XorDriver implements ChannelDriver {
        final ChannelDriver below;
        final byte key;
        byte[] held = new byte[0];
        int heldPos;
        int handOut = 3;
        ReadySink sink;

        XorDriver(ChannelDriver below, int key) {
            this.below = below;
            this.key = (byte) key;
        }

        @Override
        public String typeName() {
            return "xor";
        }

        @Override
        public int modes() {
            return below.modes();
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            if (heldPos >= held.length) {
                byte[] chunk = new byte[65536];
                int n = below.read(chunk, 0, chunk.length);
                if (n <= 0) {
                    return n;
                }
                held = new byte[n];
                for (int i = 0; i < n; i++) {
                    held[i] = (byte) (chunk[i] ^ key);
                }
                heldPos = 0;
            }
            int n = Math.min(Math.min(len, handOut), held.length - heldPos);
            System.arraycopy(held, heldPos, buf, off, n);
            heldPos += n;
            return n;
        }

        @Override
        public int write(byte[] buf, int off, int len) throws IOException {
            byte[] x = new byte[len];
            for (int i = 0; i < len; i++) {
                x[i] = (byte) (buf[off + i] ^ key);
            }
            int done = 0;
            while (done < len) {
                int n = below.write(x, done, len - done);
                if (n <= 0) {
                    break;
                }
                done += n;
            }
            return done;
        }

        @Override
        public void close() {
            // the driver below closes as a member of the stack
        }

        @Override
        public int readyOps() {
            return heldPos < held.length ? READABLE : 0;
        }

        @Override
        public void watch(int mask, ReadySink s) {
            sink = s;
            below.watch(mask, s);
        }
    }

    private final Interp interp = new Interp();

    private String eval(String script) throws TclException {
        return interp.eval(script).toString();
    }

    @Test
    void aPushedDriverKeepsTheNameAndSeesBufferedInputFirst() throws TclException {
        eval("proc accept {c a p} { set ::srv $c; fconfigure $c -translation binary -buffering none }");
        eval("set server [socket -server accept -myaddr 127.0.0.1 0]");
        eval("set c [socket 127.0.0.1 [lindex [fconfigure $server -sockname] 2]]");
        eval("vwait srv; fconfigure $c -translation binary -blocking 0");
        // plain text first, then "encrypted" bytes in the same packet
        String secret = xor("secret\n", 0x5a);
        interp.setVar("payload", TclValue.of("hello\n" + secret));
        eval("puts -nonewline $srv $payload; flush $srv");
        eval("fileevent $c readable {set ::line [gets $c]}; vwait line; fileevent $c readable {}");
        assertEquals("hello", eval("set line"));
        Channel ch = ChannelTable.of(interp).get(eval("set c"));
        ChannelDriver socket = ch.top();
        ch.push(below -> new XorDriver(below, 0x5a));
        assertEquals(eval("set c"), ch.name());
        assertSame(ch, ChannelTable.of(interp).get(eval("set c")));
        assertEquals("secret", eval("fconfigure $c -blocking 1; gets $c"));
        ch.pop();
        assertSame(socket, ch.top());
        eval("close $c; close $srv; close $server");
    }

    @Test
    void aDriverHoldingBytesIsReadableWhileTheSocketIsIdle() throws TclException {
        eval("proc accept {c a p} { set ::srv $c; fconfigure $c -translation binary -buffering none }");
        eval("set server [socket -server accept -myaddr 127.0.0.1 0]");
        eval("set c [socket 127.0.0.1 [lindex [fconfigure $server -sockname] 2]]");
        eval("vwait srv");
        Channel ch = ChannelTable.of(interp).get(eval("set c"));
        ch.push(below -> new XorDriver(below, 0x21));
        // a tiny channel buffer: every read takes 1 byte, so the driver holds the rest
        eval("fconfigure $c -translation binary -blocking 0 -buffersize 1");
        String text = "0123456789abcdefghij";
        interp.setVar("payload", TclValue.of(xor(text, 0x21)));
        eval("puts -nonewline $srv $payload; flush $srv");
        eval("set got {}; set events 0");
        eval("fileevent $c readable { incr ::events; append ::got [read $c 1];"
                + " if {[string length $::got] == 20} { set ::done 1 } }");
        eval("vwait done");
        assertEquals(text, eval("set got"));
        // one socket read delivered everything; the other events came from the held bytes
        assertTrue(Integer.parseInt(eval("set events")) >= 20);
        eval("close $c; close $srv; close $server");
    }

    @Test
    void writesGoThroughTheStackedDriver() throws TclException {
        eval("proc accept {c a p} { set ::srv $c; fconfigure $c -translation binary }");
        eval("set server [socket -server accept -myaddr 127.0.0.1 0]");
        eval("set c [socket 127.0.0.1 [lindex [fconfigure $server -sockname] 2]]");
        eval("vwait srv; fconfigure $c -translation binary");
        ChannelTable.of(interp).get(eval("set c")).push(below -> new XorDriver(below, 0x7f));
        eval("puts -nonewline $c hello; flush $c");
        eval("fileevent $srv readable {append ::raw [read $srv 5]; if {[string length $::raw] == 5} {set ::done 1}}");
        eval("set raw {}; vwait done");
        assertEquals(xor("hello", 0x7f), eval("set raw"));
        assertEquals(List.of("-peername", "-sockname"),
                ChannelTable.of(interp).get(eval("set c")).bottom().optionNames());
        assertEquals("127.0.0.1", eval("lindex [fconfigure $c -peername] 0"));
        eval("close $c; close $srv; close $server");
    }

    static String xor(String s, int key) {
        StringBuilder sb = new StringBuilder();
        for (char ch : s.toCharArray()) {
            sb.append((char) ((ch ^ key) & 0xff));
        }
        return sb.toString();
    }
}
