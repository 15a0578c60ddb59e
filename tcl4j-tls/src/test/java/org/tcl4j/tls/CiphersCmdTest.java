package org.tcl4j.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclTestCase;
import org.tcl4j.tls.suites.CipherCatalog;

/**
 * {@code tls::ciphers ?protocol? ?verbose? ?supported?} and
 * {@code tls::protocols}, read as a short manual. Lists are compared with the
 * live {@code openssl ciphers} (reduced to the suites this engine has).
 */
class CiphersCmdTest extends TclTestCase {
    private static final String PROTOCOLS = "ssl2, ssl3, tls1, tls1.1, tls1.2, or tls1.3";

    @BeforeEach
    void register() {
        interp.register("::tls::ciphers", new CiphersCmd());
        interp.register("::tls::protocols", new ProtocolsCmd());
    }

    @Test
    void protocolsListsWhatTheEngineSpeaks() throws TclException {
        assertEquals("tls1 tls1.1 tls1.2 tls1.3", eval("tls::protocols"));
        assertEquals("wrong # args: should be \"tls::protocols\"", error("tls::protocols tls1"));
    }

    @Test
    void argumentErrorsReadAsTclTls() throws TclException {
        assertEquals("wrong # args: should be \"tls::ciphers ?protocol? ?verbose? ?supported?\"",
                error("tls::ciphers tls1.2 0 0 0"));
        assertEquals("bad protocol \"foo\": must be " + PROTOCOLS, error("tls::ciphers foo"));
        assertEquals("ambiguous protocol \"tls\": must be " + PROTOCOLS, error("tls::ciphers tls"));
        assertEquals("ssl2: protocol not supported", error("tls::ciphers ssl2"));
        // A unique prefix names the protocol; the message uses its full name.
        assertEquals("ssl3: protocol not supported", error("tls::ciphers ssl3 1 1"));
        assertEquals("ssl3: protocol not supported", error("tls::ciphers ssl3 maybe"));
        assertEquals("expected boolean value but got \"maybe\"", error("tls::ciphers tls1.2 maybe"));
        assertEquals("expected boolean value but got \"x\"", error("tls::ciphers tls1.2 yes x"));
        assertEquals("TCL LOOKUP INDEX protocol foo", eval("catch {tls::ciphers foo} m o; dict get $o -errorcode"));
    }

    @Test
    void withoutSupportedTheProtocolDoesNotFilter() throws TclException {
        String all = eval("tls::ciphers");
        assertEquals(all, eval("tls::ciphers tls1"));
        assertEquals(all, eval("tls::ciphers tls1.3 0"));
        assertEquals(all, eval("tls::ciphers tls1.2 off false"));
        assertTrue(all.startsWith("TLS_AES_256_GCM_SHA384 "), all);
        assertEquals(CipherCatalog.byName("ECDHE-RSA-AES128-GCM-SHA256").name(),
                eval("lindex [tls::ciphers] [lsearch [tls::ciphers] ECDHE-RSA-AES128-GCM-SHA256]"));
    }

    @Test
    void defaultListIsOpenSsls() throws TclException {
        assumeTrue(openssl("version") != null, "openssl not installed");
        assertEquals(names(openssl("ciphers", "-v")), eval("tls::ciphers"));
        assertEquals(verbose(openssl("ciphers", "-v")), eval("tls::ciphers tls1.2 1"));
    }

    @Test
    void supportedListsPerProtocolAsOpenSsl() throws TclException {
        assumeTrue(openssl("version") != null, "openssl not installed");
        String[][] flags = {{"-tls1", "tls1"}, {"-tls1_1", "tls1.1"}, {"-tls1_2", "tls1.2"}, {"-tls1_3", "tls1.3"}};
        for (String[] f : flags) {
            List<String> lines = openssl("ciphers", "-v", "-s", f[0]);
            assertEquals(names(lines), eval("tls::ciphers " + f[1] + " 0 1"), f[1]);
            assertEquals(verbose(lines), eval("tls::ciphers " + f[1] + " 1 1"), f[1]);
        }
    }

    @Test
    void supportedSeparatesTls13FromOlderSuites() throws TclException {
        assertEquals("", eval("lsearch -all -inline -not -glob [tls::ciphers tls1.3 0 1] TLS_*"));
        assertEquals("", eval("lsearch -all -inline -glob [tls::ciphers tls1.2 0 1] TLS_*"));
        // TLS 1.0 can only use the suites from before TLS 1.2: CBC with SHA-1.
        assertEquals("", eval("lsearch -all -inline -not -glob [tls::ciphers tls1 0 1] *-SHA"));
        assertEquals(eval("tls::ciphers tls1 0 1"), eval("tls::ciphers tls1.1 0 1"));
    }

    @Test
    void verboseIsOneDescriptionLinePerSuite() throws TclException {
        assertEquals(eval("llength [tls::ciphers]"), eval("llength [split [string trimright [tls::ciphers tls1.2 1] \\n] \\n]"));
        assertEquals("1", eval("string match *\\n [tls::ciphers tls1.2 1]"));
        assertEquals("ECDHE-RSA-AES128-GCM-SHA256    TLSv1.2 Kx=ECDH     Au=RSA   Enc=AESGCM(128)            Mac=AEAD",
                eval("lsearch -inline [split [tls::ciphers tls1.2 1] \\n] ECDHE-RSA-AES128-GCM-SHA256*"));
    }

    private static String names(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(line.split(" ", 2)[0]);
        }
        return sb.toString();
    }

    private static String verbose(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    /** openssl's output lines, kept to suites in our catalog; null if openssl is missing or fails. */
    private static List<String> openssl(String... args) {
        List<String> cmd = new ArrayList<>(List.of("openssl"));
        cmd.addAll(Arrays.asList(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            List<String> lines = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (CipherCatalog.byName(line.split(" ", 2)[0]) != null) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
