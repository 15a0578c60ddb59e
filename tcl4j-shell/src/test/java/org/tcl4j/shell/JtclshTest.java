package org.tcl4j.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jtclsh as a user meets it, in a real child process: the variables a script
 * finds, what an uncaught error prints, exit statuses, and commands read
 * from stdin. Each expectation is what tclsh 8.6 does.
 */
class JtclshTest {
    @TempDir
    Path dir;

    private Path script(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private ShellRun jtclsh(String stdin, String... args) throws Exception {
        return ShellRun.run(dir, stdin, List.of("-Dtcl4j.stdin.tty=0"), args);
    }

    @Test
    void scriptSeesItsNameAndArgumentsAsTclsh() throws Exception {
        script("args.tcl", "puts $argv0\nputs $argc\nputs $argv\nputs $tcl_interactive\n");
        ShellRun r = jtclsh(null, "args.tcl", "a b", "{", "", "plain");
        assertEquals("args.tcl\n4\n{a b} \\{ {} plain\n0\n", r.out, r::toString);
        assertEquals(0, r.status, r::toString);
        assertEquals("", r.err, r::toString);
    }

    @Test
    void argv0IsTheFileNameAsGiven() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        script("sub/name.tcl", "puts $argv0\nputs [info script]\n");
        assertEquals("./sub/name.tcl\n./sub/name.tcl\n", jtclsh(null, "./sub/name.tcl").out);
    }

    @Test
    void uncaughtErrorPrintsErrorInfoWithFileLineAndExits1() throws Exception {
        script("boom.tcl", "puts before\nproc f {} {\n    error boom\n}\nf\nputs after\n");
        ShellRun r = jtclsh(null, "boom.tcl");
        assertEquals("before\n", r.out, r::toString);
        assertEquals("boom\n"
                + "    while executing\n"
                + "\"error boom\"\n"
                + "    (procedure \"f\" line 2)\n"
                + "    invoked from within\n"
                + "\"f\"\n"
                + "    (file \"boom.tcl\" line 5)\n", r.err, r::toString);
        assertEquals(1, r.status);
    }

    @Test
    void exitEndsTheScriptWithItsStatusAfterFlushingOutput() throws Exception {
        script("exit.tcl", "puts -nonewline partial\nexit 3\nputs never\n");
        ShellRun r = jtclsh(null, "exit.tcl");
        assertEquals("partial", r.out, r::toString);
        assertEquals(3, r.status, r::toString);
    }

    @Test
    void theShellEndsThroughTheExitCommandSoARedefinedExitRuns() throws Exception {
        script("myexit.tcl", "rename exit real_exit\n"
                + "proc exit {args} {puts \"exit called with $args\"; real_exit 4}\n"
                + "error oops\n");
        ShellRun r = jtclsh(null, "myexit.tcl");
        assertEquals("exit called with 1\n", r.out, r::toString);
        assertTrue(r.err.startsWith("oops\n"), r::toString);
        assertEquals(4, r.status, "the redefined exit chose the status");
    }

    @Test
    void aRedefinedExitThatReturnsStillEndsTheProcess() throws Exception {
        script("noexit.tcl", "proc exit {args} {puts \"exit $args ignored\"}\nputs done\n");
        ShellRun r = jtclsh(null, "noexit.tcl");
        assertEquals("done\nexit 0 ignored\n", r.out, r::toString);
        assertEquals(0, r.status);
    }

    @Test
    void exitFromStdinStopsReading() throws Exception {
        ShellRun r = jtclsh("puts a\nexit 5\nputs b\n");
        assertEquals("a\n", r.out, r::toString);
        assertEquals(5, r.status);
    }

    @Test
    void commandsFromStdinAreHistoryEvents() throws Exception {
        ShellRun r = jtclsh("set a 1\nif 1 {\n  set b 2\n}\nputs [history]\nputs [history event -1]\n");
        // the command running is event 0, so -1 is the one before it
        assertEquals("     1  set a 1\n     2  if 1 {\n\t  set b 2\n\t}\n     3  puts [history]\nputs [history]\n",
                r.out, r::toString);
    }

    @Test
    void runningOutOfMemoryEndsWithAMessageAndNoJavaStackTrace() throws Exception {
        script("hog.tcl", "puts start\nset l {}\nwhile 1 {lappend l [string repeat x 10000]}\n");
        ShellRun r = ShellRun.run(dir, null, List.of("-Dtcl4j.stdin.tty=0", "-Xmx48m"), "hog.tcl");
        assertEquals(1, r.status, r.toString());
        assertEquals("start\n", r.out, r.toString());
        assertTrue(r.err.startsWith("jtclsh: out of memory (Java heap space)"), r.toString());
        assertFalse(r.err.contains("\tat "), r.toString());
    }

    @Test
    void missingFileIsReportedAsTclshDoes() throws Exception {
        ShellRun r = jtclsh(null, "nonesuch.tcl");
        assertEquals("couldn't read file \"nonesuch.tcl\": no such file or directory\n", r.err);
        assertEquals("", r.out);
        assertEquals(1, r.status);
    }

    @Test
    void returnAtTopLevelEndsTheScriptQuietly() throws Exception {
        script("ret.tcl", "puts one\nreturn\nputs two\n");
        ShellRun r = jtclsh(null, "ret.tcl");
        assertEquals("one\n", r.out, r::toString);
        assertEquals(0, r.status, r::toString);
    }

    @Test
    void breakOutsideALoopIsAnError() throws Exception {
        script("brk.tcl", "break\n");
        ShellRun r = jtclsh(null, "brk.tcl");
        assertTrue(r.err.startsWith("invoked \"break\" outside of a loop\n"), r::toString);
        assertTrue(r.err.endsWith("    (file \"brk.tcl\" line 1)\n"), r::toString);
        assertEquals(1, r.status);
    }

    @Test
    void returnCodeErrorAtTopLevelIsAnError() throws Exception {
        script("rce.tcl", "return -code error -errorcode {MY CODE} failed\n");
        ShellRun r = jtclsh(null, "rce.tcl");
        assertTrue(r.err.startsWith("failed\n"), r::toString);
        assertEquals(1, r.status);
    }

    @Test
    void deepRecursionEndsInTclsLimitNotAJavaStackOverflow() throws Exception {
        script("deep.tcl", "proc f {n} {f [incr n]}\n"
                + "catch {f 0} msg\nputs $msg\n");
        ShellRun r = jtclsh(null, "deep.tcl");
        assertEquals("too many nested evaluations (infinite loop?)\n", r.out, r::toString);
        assertEquals(0, r.status, r::toString);
        assertFalse(r.err.contains("StackOverflowError"), r::toString);
    }

    @Test
    void encodingOptionReadsTheFileInThatEncoding() throws Exception {
        Files.write(dir.resolve("latin1b.tcl"), "puts \"caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1));
        ShellRun r = jtclsh(null, "-encoding", "iso8859-1", "latin1b.tcl");
        assertEquals("caf\u00e9\n", r.out, r::toString);
        assertEquals(0, r.status);
    }

    @Test
    void unknownEncodingIsAnError() throws Exception {
        script("x.tcl", "puts x\n");
        ShellRun r = jtclsh(null, "-encoding", "bogus", "x.tcl");
        assertEquals("unknown encoding \"bogus\"\n", r.err);
        assertEquals(1, r.status);
    }

    @Test
    void stdinCommandsRunOneByOneAndErrorsDoNotStopThem() throws Exception {
        String input = "puts a\nnosuch cmd\nputs b\nset x {multi\nline}\nputs $x\nputs [list \\\n joined]\n"
                + "puts $errorInfo\n";
        ShellRun r = jtclsh(input);
        assertEquals("a\nb\nmulti\nline\njoined\ninvalid command name \"nosuch\"\n"
                + "    while executing\n\"nosuch cmd\"\n", r.out, r::toString);
        assertEquals("invalid command name \"nosuch\"\n", r.err, r::toString);
        assertEquals(0, r.status);
    }

    @Test
    void stdinModeHasNoScriptAndTakesAllArgumentsWhenTheFirstStartsWithADash() throws Exception {
        ShellRun r = ShellRun.run(dir, "puts \"$argv0|$argc|$argv|$tcl_interactive\"\n",
                List.of("-Dtcl4j.stdin.tty=0", "-Dtcl4j.argv0=bin/jtclsh"), "-x", "y z");
        assertEquals("bin/jtclsh|2|-x {y z}|0\n", r.out, r::toString);
    }

    @Test
    void aPipedScriptCanReadTheLinesThatFollowIt() throws Exception {
        ShellRun r = jtclsh("set line [gets stdin]\nthis is data, not a command\nputs \"got: $line\"\n");
        assertEquals("got: this is data, not a command\n", r.out, r::toString);
        assertEquals("", r.err, r::toString);
    }

    @Test
    void partialOutputIsFlushedAtExitAfterTheErrorAsInTclsh() throws Exception {
        script("partial.tcl", "puts -nonewline a\nerror x\n");
        ShellRun r = jtclsh(null, "partial.tcl");
        assertEquals("a", r.out, r::toString);
        assertTrue(r.err.startsWith("x\n"), r::toString);
        assertEquals(1, r.status);
    }

    @Test
    void stdinDropsAnUnfinishedCommandAtEndOfInput() throws Exception {
        ShellRun r = jtclsh("puts done\nputs {never\n");
        assertEquals("done\n", r.out, r::toString);
        assertEquals(0, r.status);
    }

    @Test
    void stdinLastLineNeedsNoNewline() throws Exception {
        assertEquals("last", jtclsh("puts -nonewline last").out);
    }
}
