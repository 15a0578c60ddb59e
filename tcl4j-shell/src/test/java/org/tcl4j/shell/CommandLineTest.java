package org.tcl4j.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How jtclsh reads its command line: tclsh's rules. */
class CommandLineTest {
    @Test
    void firstArgumentIsTheScriptAndTheRestAreArgv() {
        assertEquals(new CommandLine(null, "s.tcl", List.of("a", "-b")), CommandLine.parse(new String[] {"s.tcl", "a", "-b"}));
    }

    @Test
    void noArgumentsMeansStdin() {
        assertEquals(new CommandLine(null, null, List.of()), CommandLine.parse(new String[0]));
    }

    @Test
    void aLeadingDashMeansNoScriptAndEverythingIsArgv() {
        assertEquals(new CommandLine(null, null, List.of("-x", "s.tcl")), CommandLine.parse(new String[] {"-x", "s.tcl"}));
    }

    @Test
    void encodingNeedsAFileAfterIt() {
        assertEquals(new CommandLine("utf-8", "s.tcl", List.of("1")),
                CommandLine.parse(new String[] {"-encoding", "utf-8", "s.tcl", "1"}));
        assertEquals(new CommandLine(null, null, List.of("-encoding", "utf-8")),
                CommandLine.parse(new String[] {"-encoding", "utf-8"}));
    }
}
