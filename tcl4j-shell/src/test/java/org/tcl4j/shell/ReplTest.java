package org.tcl4j.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive shell on a real terminal: util-linux's {@code script}
 * gives jtclsh a pseudo-terminal, and the typed lines go in through it.
 * What the screen shows, once the terminal's control sequences are taken
 * out, is what a user sees.
 */
class ReplTest {
    @TempDir
    Path home;

    private static boolean haveScriptCommand() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "script"))) {
                return true;
            }
        }
        return false;
    }

    private String typeInto(String typed) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String command = "stty cols 100 rows 30; exec " + quote(java) + " -XX:TieredStopAtLevel=1"
                + " -Duser.home=" + quote(home.toString()) + " -cp " + quote(cp) + " " + Jtclsh.class.getName();
        Process p = new ProcessBuilder(List.of("script", "-qec", command, "/dev/null"))
                .directory(home.toFile()).redirectErrorStream(true).start();
        try (var in = p.getOutputStream()) {
            in.write(typed.getBytes(StandardCharsets.UTF_8));
        }
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the shell did not end at end of input");
        assertEquals(0, p.exitValue());
        return new String(out, StandardCharsets.UTF_8)
                .replaceAll("\u001b\\[[0-9;?]*[A-Za-z]|\u001b[=>]", "")
                .replaceAll("[\r\b]", "");
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    @Test
    void promptsEvaluatesPrintsResultsAndErrorsAndKeepsHistory() throws Exception {
        assumeTrue(haveScriptCommand(), "util-linux script is needed to give the shell a terminal");
        String screen = typeInto("set x 5\n"
                + "proc pair {a} {\n"
                + "return [list $a $a]\n"
                + "}\n"
                + "pair {hello world}\n"
                + "nosuch\n"
                + "set tcl_interactive\n"
                + "set tcl_prompt1 {puts -nonewline \"my> \"}\n"
                + "set y 1\n");
        assertTrue(screen.contains("% set x 5\n5\n"), screen);
        assertTrue(screen.contains("% pair {hello world}\n{hello world} {hello world}\n"), screen);
        assertTrue(screen.contains("% nosuch\ninvalid command name \"nosuch\"\n"), screen);
        assertTrue(screen.contains("% set tcl_interactive\n1\n"), screen);
        assertTrue(screen.contains("my> set y 1\n1\n"), screen);

        List<String> history = Files.readAllLines(home.resolve(".jtclsh_history"));
        assertTrue(history.stream().anyMatch(l -> l.endsWith(":proc pair {a} {\\nreturn [list $a $a]\\n}")),
                "a multi-line command is one history entry: " + history);
    }
}
