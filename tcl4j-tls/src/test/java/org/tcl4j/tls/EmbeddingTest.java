package org.tcl4j.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclValue;

/**
 * How a Java program uses TLS through Tcl: make an interpreter (the tls
 * package registers itself when tcl4j-tls is on the class path), require
 * the package, and evaluate scripts; results come back as TclValues.
 */
class EmbeddingTest {
    private static final Path DEMO_CERTS = Path.of("..", "demos", "tls").toAbsolutePath().normalize();

    @Test
    void aJavaProgramRunsATlsServerAndClientThroughTcl() throws Exception {
        Interp interp = new Interp();
        assertEquals("2.0b1", interp.eval("package require tls").toString());
        interp.setVar("dir", TclValue.of(DEMO_CERTS.toString()));
        TclValue reply = interp.eval("""
                proc accept {chan addr port} {
                    fconfigure $chan -blocking 0 -buffering line
                    fileevent $chan readable [list apply {{chan} {
                        if {[gets $chan line] >= 0} {puts $chan "got $line"} elseif {[eof $chan]} {close $chan}
                    }} $chan]
                }
                set server [tls::socket -server accept -myaddr 127.0.0.1 \\
                    -certfile $dir/server.pem -keyfile $dir/server.key 0]
                set client [tls::socket -async -cafile $dir/ca.pem localhost \\
                    [lindex [fconfigure $server -sockname] 2]]
                fconfigure $client -blocking 0 -buffering line
                puts $client "hello from Java"
                set waited 0
                while {[gets $client line] < 0} {
                    if {[incr waited] > 2000} {error "no reply within 10 s"}
                    after 5
                    update
                }
                list $line [dict get [tls::status $client] verifyResult]
                """);
        assertEquals("{got hello from Java} ok", reply.toString());
        assertTrue(interp.eval("tls::protocols").toString().contains("tls1.3"));
        interp.eval("close $client; close $server");
    }
}
