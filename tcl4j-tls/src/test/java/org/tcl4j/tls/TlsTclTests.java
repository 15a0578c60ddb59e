package org.tcl4j.tls;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.tcl4j.core.Interp;
import org.tcl4j.core.tcltest.TclTests;

/**
 * Runs the tls package's tcltest files, {@code src/test/tcl/*.test}, each in
 * a fresh interpreter, and reports every Tcl test to JUnit by name. The files
 * talk to real peers ({@code openssl s_server} and {@code s_client} on
 * 127.0.0.1, PKI made by {@code support/pki.tcl}); tests that need the
 * {@code openssl} tool are skipped where it is missing. The same files run
 * under the C tclsh with TclTLS ({@code tclsh tls-client.test}), which is how
 * the tests themselves were checked.
 */
class TlsTclTests {
    @TestFactory
    Stream<DynamicNode> tlsTclTests() throws IOException {
        return TclTests.testsUnder(Path.of("src/test/tcl"), Interp::new);
    }
}
