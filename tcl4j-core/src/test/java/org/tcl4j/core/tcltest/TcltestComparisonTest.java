package org.tcl4j.core.tcltest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * tcl4j's tcltest against Tcl's own, both under the real tclsh: each script
 * runs once with the tcltest that comes with Tcl and once with ours
 * ({@code src/test/tcl/compare/ours.tcl} loads it in its place), each in a new
 * empty directory, and must print the same (dates, timings, the interpreter's
 * path and the directory aside). {@code compare/compare.sh} does the same by
 * hand.
 * <ul>
 * <li>{@code compare/samples/*.tcl}: test files that fail, skip and misuse
 * tcltest on purpose, to compare every report;</li>
 * <li>{@code tcltest/*.test}: the tests of the package, which must also pass
 * under both (so their expectations are Tcl's tcltest's behaviour, not only
 * ours).</li>
 * </ul>
 * Without a tclsh on the machine there is nothing to compare with, and the
 * tests are reported as aborted.
 */
class TcltestComparisonTest {
    static final Path COMPARE = TclTests.TESTS.resolve("compare");
    static final Path SELF_TESTS = TclTests.TESTS.resolve("tcltest");

    @TestFactory
    Stream<DynamicTest> samplesPrintWhatTclsTcltestPrints() throws IOException {
        return scripts(COMPARE.resolve("samples"), ".tcl").stream()
                .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), p.toUri(), () -> {
                    assumeTrue(tclshAvailable(), "no tclsh on this machine to compare with");
                    assertEquals(run(p, false), run(p, true), "output of " + p + " with Tcl's tcltest vs ours");
                }));
    }

    @TestFactory
    Stream<DynamicTest> selfTestsPassWithBothPackages() throws IOException {
        return scripts(SELF_TESTS, ".test").stream()
                .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), p.toUri(), () -> {
                    assumeTrue(tclshAvailable(), "no tclsh on this machine to compare with");
                    String real = run(p, false);
                    assertTrue(real.matches("(?s).*\tFailed\t0\nexit 0\n"),
                            p + " does not pass with Tcl's own tcltest:\n" + real);
                    assertEquals(real, run(p, true), "output of " + p + " with Tcl's tcltest vs ours");
                }));
    }

    static List<Path> scripts(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    static boolean tclshAvailable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "tclsh"))) {
                return true;
            }
        }
        return false;
    }

    /** Output (stdout and stderr) and exit status of the script, with what varies by nature replaced. */
    static String run(Path script, boolean ours) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("tcltest-compare");
        try {
            List<String> command = new ArrayList<>(List.of("tclsh"));
            if (ours) {
                command.add(COMPARE.resolve("ours.tcl").toAbsolutePath().toString());
            }
            command.add(script.toAbsolutePath().toString());
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return out + "TIMEOUT\n";
            }
            String here = dir.toRealPath().toString();
            return out.replace(here, "PWD").replace(dir.toString(), "PWD")
                    .replaceAll("(?m)( at) [A-Z][a-z][a-z] [A-Z][a-z][a-z] [ 0-9][0-9] [0-9:]+ [A-Z]+ [0-9]+$", "$1 DATE")
                    .replaceAll("(?m)took [0-9]+ (ms|\u00b5s)$", "took N $1")
                    .replaceAll("(?m)^Tests running in interp:.*\n", "")
                    + "exit " + p.exitValue() + "\n";
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
