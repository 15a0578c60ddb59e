package org.tcl4j.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every script in demos/ runs to completion on its own, as README.md
 * promises: exit status 0, nothing on stderr. The TLS demo must also have
 * verified its server and echoed every line.
 */
class DemosTest {
    private static final Path DEMOS = Path.of("..", "demos").toAbsolutePath().normalize();

    @TestFactory
    Stream<DynamicTest> everyDemoRunsToCompletion() throws IOException {
        List<Path> demos;
        try (Stream<Path> files = Files.list(DEMOS)) {
            demos = files.filter(p -> p.toString().endsWith(".tcl")).sorted().toList();
        }
        assertTrue(demos.size() >= 2, "demos found in " + DEMOS);
        return demos.stream().map(demo -> DynamicTest.dynamicTest(demo.getFileName().toString(), () -> {
            ShellRun r = ShellRun.run(DEMOS, null, List.of("-Dtcl4j.stdin.tty=0"), demo.toString());
            assertEquals("", r.err, "stderr of " + demo);
            assertEquals(0, r.status, "exit status of " + demo + "; stdout:\n" + r.out);
        }));
    }

    @org.junit.jupiter.api.Test
    void tlsEchoVerifiesTheServerAndEchoesEveryLine() throws Exception {
        ShellRun r = ShellRun.run(DEMOS, null, List.of("-Dtcl4j.stdin.tty=0"), "tls-echo.tcl");
        assertTrue(r.out.contains("verification: ok"), r.out + r.err);
        assertTrue(r.out.contains("echo:         GOODBYE"), r.out + r.err);
    }
}
