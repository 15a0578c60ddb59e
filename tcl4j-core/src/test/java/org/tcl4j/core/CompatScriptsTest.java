package org.tcl4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every script in {@code src/test/compat/} under the real tclsh and under
 * tcl4j (in process) and requires the same stdout and exit status, as
 * {@code ../shared/tools/difftcl} does by hand. Without a tclsh on the
 * machine the scripts cannot be judged and are reported as aborted
 * (.ci/run installs tcl8.6, so CI always judges them).
 */
class CompatScriptsTest {
    static final Path DIR = Path.of("src/test/compat");

    @TestFactory
    Stream<DynamicTest> scriptsMatchTclsh() throws IOException {
        List<Path> scripts;
        try (Stream<Path> s = Files.list(DIR)) {
            scripts = s.filter(p -> p.toString().endsWith(".tcl")).sorted().toList();
        }
        return scripts.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            assumeTrue(tclshAvailable(), "no tclsh on this machine to compare with");
            String expected = runTclsh(p);
            String actual = runTcl4j(p);
            assertEquals(expected, actual, "stdout and exit status of " + p + " differ from tclsh");
        }));
    }

    static boolean tclshAvailable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "tclsh"))) {
                return true;
            }
        }
        return false;
    }

    static String runTclsh(Path script) throws IOException, InterruptedException {
        Path tmp = Files.createTempDirectory("tclsh-compat");
        Process p = new ProcessBuilder("tclsh", script.toAbsolutePath().toString())
                .directory(tmp.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return new String(out, StandardCharsets.UTF_8) + "exit " + p.exitValue() + "\n";
    }

    /** Exit requested by the script (an Error, so no command turns it into a Tcl error). */
    static final class ExitRequest extends Error {
        private static final long serialVersionUID = 1L;
        final int status;

        ExitRequest(int status) {
            super(null, null, false, false);
            this.status = status;
        }
    }

    static String runTcl4j(Path script) throws Exception {
        // like tclsh above, the script runs in a fresh directory of its own
        Path saved = WorkingDirectory.get();
        WorkingDirectory.set(Files.createTempDirectory("tcl4j-compat"));
        try {
            return runTcl4jHere(script);
        } finally {
            WorkingDirectory.set(saved);
        }
    }

    private static String runTcl4jHere(Path script) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] status = {0};
        Thread t = new Thread(null, () -> {
            Interp interp = new Interp();
            PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
            interp.setStdout(o);
            interp.setStderr(new PrintStream(err, true, StandardCharsets.UTF_8));
            interp.setExitHandler(code -> {
                throw new ExitRequest(code);
            });
            try {
                String name = script.toAbsolutePath().toString();
                interp.setGlobal("argv0", TclValue.of(name));
                interp.setGlobal("argv", TclValue.EMPTY);
                interp.setGlobal("argc", TclValue.ZERO);
                interp.setScriptFile(name);
                interp.evalDirect(TclValue.of(Files.readString(script, StandardCharsets.UTF_8)));
            } catch (ExitRequest e) {
                status[0] = e.status;
            } catch (TclException e) {
                status[0] = 1;
            } catch (IOException e) {
                status[0] = 2;
            } catch (RuntimeException e) {
                if (e.getCause() instanceof ExitRequest x) {
                    status[0] = x.status;
                } else {
                    status[0] = 99;
                    e.printStackTrace(new PrintStream(out, true, StandardCharsets.UTF_8));
                }
            }
            o.flush();
        }, "compat", 1L << 30);
        t.start();
        t.join(60_000);
        if (t.isAlive()) {
            t.interrupt();
            return out.toString(StandardCharsets.UTF_8) + "TIMEOUT\n";
        }
        return out.toString(StandardCharsets.UTF_8) + "exit " + status[0] + "\n";
    }
}
