package org.tcl4j.core.tcltest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;
import org.tcl4j.core.Interp;
import org.tcl4j.core.tcltest.TclTestOutcome.Status;

/**
 * The bridge between tcltest and JUnit, with test files that call
 * {@code ::tcltest::ReportHook} themselves the way tcltest's test command
 * does (so these run whatever commands the runtime has yet).
 */
class TclTestFileTest {
    @TempDir
    Path dir;

    Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    TclTestFile run(String text) throws IOException {
        return TclTestFile.run(write("t.test", text), Interp::new, false);
    }

    @Test
    void eachReportedTestIsAnOutcomeInOrder() throws IOException {
        TclTestFile run = run("""
                ::tcltest::ReportHook one passed {}
                ::tcltest::ReportHook two failed {==== two FAILED}
                ::tcltest::ReportHook three skipped knownBug
                """);
        assertEquals(List.of(new TclTestOutcome("one", Status.PASSED, ""),
                new TclTestOutcome("two", Status.FAILED, "==== two FAILED"),
                new TclTestOutcome("three", Status.SKIPPED, "knownBug")), run.outcomes());
        assertNull(run.error());
    }

    @Test
    void anErrorAtTopLevelEndsTheFileButKeepsItsTests() throws IOException {
        TclTestFile run = run("""
                ::tcltest::ReportHook one passed {}
                error "gave up"
                ::tcltest::ReportHook never passed {}
                """);
        assertEquals(1, run.outcomes().size());
        assertTrue(run.error().startsWith("gave up\n    while executing\n\"error \"gave up\"\""), run.error());
    }

    @Test
    void whatTheFilePrintsIsKept() throws IOException {
        TclTestFile run = run("puts hello\nputs stderr world\n");
        assertEquals("hello\nworld\n", run.output());
    }

    @Test
    void theScriptIsTheFileAndArgvIsEmpty() throws IOException {
        TclTestFile run = run("puts [list $argc $argv [string equal $argv0 [info script]]]");
        assertEquals("0 {} 1\n", run.output());
    }

    @Test
    void aFileNeedingMissingCommandsDoesNotRun() throws IOException {
        TclTestFile run = run("""
                # tcl4j-requires: set noSuchCommand ::tcl::noSuchEither
                ::tcltest::ReportHook one passed {}
                """);
        assertEquals(List.of("noSuchCommand", "::tcl::noSuchEither"), run.missing());
        assertTrue(run.outcomes().isEmpty());
    }

    @Test
    void outcomesBecomeJUnitResults() throws Throwable {
        TclTestFile run = run("""
                ::tcltest::ReportHook ok passed {}
                ::tcltest::ReportHook bad failed {==== bad  FAILED}
                ::tcltest::ReportHook later skipped {unix && knownBug}
                error boom
                """);
        List<DynamicNode> nodes = TclTests.nodes(run);
        assertEquals(List.of("ok", "bad", "later", "(file)"), nodes.stream().map(DynamicNode::getDisplayName).toList());
        ((DynamicTest) nodes.get(0)).getExecutable().execute();
        AssertionFailedError failed = assertThrows(AssertionFailedError.class,
                () -> ((DynamicTest) nodes.get(1)).getExecutable().execute());
        assertEquals("\n==== bad  FAILED", failed.getMessage());
        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                () -> ((DynamicTest) nodes.get(2)).getExecutable().execute());
        assertEquals("skipped: unix && knownBug", skipped.getMessage());
        AssertionFailedError fileError = assertThrows(AssertionFailedError.class,
                () -> ((DynamicTest) nodes.get(3)).getExecutable().execute());
        assertTrue(fileError.getMessage().contains("ended with an error:\nboom"), fileError.getMessage());
    }
}
