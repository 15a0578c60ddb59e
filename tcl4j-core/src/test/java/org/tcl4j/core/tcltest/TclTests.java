package org.tcl4j.core.tcltest;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;
import org.tcl4j.core.Interp;

/**
 * Runs the Tcl-level tests of the module, {@code src/test/tcl/**}{@code /*.test},
 * with tcl4j's own tcltest package, and reports every Tcl {@code test} to JUnit
 * (and so to Maven) as a test of its own, under the tcltest name, grouped by
 * file:
 * <ul>
 * <li>a passing Tcl test passes;</li>
 * <li>a failing one fails with tcltest's failure report as the message
 * ({@code ==== name description FAILED} ... {@code ==== name FAILED});</li>
 * <li>a skipped one is reported as skipped (aborted), with the constraint
 * that skipped it;</li>
 * <li>a file that ends with an error at its top level (or exits non-zero)
 * adds a failing test "(file)" with the errorInfo; the other files still
 * run;</li>
 * <li>a file naming commands the runtime does not have yet
 * ({@code # tcl4j-requires: ...}) is one skipped test "(file)".</li>
 * </ul>
 * Each file runs in a fresh {@link Interp}, when JUnit reaches it. Other
 * modules reuse this through the core test-jar:
 * {@code return TclTests.testsUnder(Path.of("src/test/tcl"), MyInterps::create);}
 * (The class name ends in "Tests" so that Surefire runs it by default.)
 */
public class TclTests {
    /** Where a module keeps its tcltest files. */
    public static final Path TESTS = Path.of("src/test/tcl");

    @TestFactory
    Stream<DynamicNode> tclTests() throws IOException {
        return testsUnder(TESTS, Interp::new);
    }

    /** One container per .test file under {@code dir} (sorted), run in interpreters from {@code interps}. */
    public static Stream<DynamicNode> testsUnder(Path dir, Supplier<Interp> interps) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".test") && Files.isRegularFile(p))
                    .sorted().toList();
        }
        return files.stream().map(file -> testsOf(dir.relativize(file).toString(), file, interps));
    }

    /** The tests of one file; the file runs when JUnit asks for them. */
    public static DynamicContainer testsOf(String displayName, Path file, Supplier<Interp> interps) {
        Stream<DynamicNode> tests = Stream.of(file).flatMap(f -> nodes(TclTestFile.run(f, interps)).stream());
        return DynamicContainer.dynamicContainer(displayName, file.toUri(), tests);
    }

    static List<DynamicNode> nodes(TclTestFile run) {
        List<DynamicNode> nodes = new ArrayList<>();
        String where = run.file().toString();
        if (!run.missing().isEmpty()) {
            String why = where + " not run: tcl4j does not have these commands yet: " + String.join(" ", run.missing());
            nodes.add(DynamicTest.dynamicTest("(file)", run.file().toUri(), () -> {
                throw new TestAbortedException(why);
            }));
            return nodes;
        }
        for (TclTestOutcome outcome : run.outcomes()) {
            nodes.add(DynamicTest.dynamicTest(outcome.name(), run.file().toUri(), () -> judge(outcome)));
        }
        if (run.error() != null) {
            String report = where + " ended with an error:\n" + run.error() + "\n---- output of the file:\n"
                    + run.output();
            nodes.add(DynamicTest.dynamicTest("(file)", run.file().toUri(), () -> fail(report)));
        }
        if (run.error() != null || run.outcomes().stream().anyMatch(o -> o.status() == TclTestOutcome.Status.FAILED)) {
            System.out.println("==== output of " + where + "\n" + run.output());
        }
        return nodes;
    }

    static void judge(TclTestOutcome outcome) {
        switch (outcome.status()) {
            case PASSED -> {
            }
            case FAILED -> fail("\n" + outcome.message());
            case SKIPPED -> throw new TestAbortedException("skipped: " + outcome.message());
        }
    }
}
