package org.tcl4j.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive shell on a real terminal: util-linux's {@code script}
 * gives jtclsh a pseudo-terminal, and the test types into it like a person,
 * one command after each prompt. What the screen shows, once the terminal's
 * control sequences are taken out, is what the person sees.
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

    /** jtclsh on a pseudo-terminal, with the screen collected as it is drawn. */
    final class Terminal implements AutoCloseable {
        private final Process process;
        private final OutputStream keys;
        private final StringBuffer raw = new StringBuffer();

        Terminal() throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            String command = "stty cols 100 rows 30; exec " + quote(java) + " -XX:TieredStopAtLevel=1"
                    + " -Duser.home=" + quote(home.toString()) + " -cp " + quote(cp) + " " + Jtclsh.class.getName();
            process = new ProcessBuilder(List.of("script", "-qec", command, "/dev/null"))
                    .directory(home.toFile()).redirectErrorStream(true).start();
            keys = process.getOutputStream();
            Thread reader = new Thread(() -> collect(process.getInputStream()), "pty-reader");
            reader.setDaemon(true);
            reader.start();
        }

        private void collect(InputStream in) {
            byte[] buf = new byte[4096];
            try {
                int n;
                while ((n = in.read(buf)) > 0) {
                    raw.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // the process is gone
            }
        }

        /** The screen's text: control sequences, carriage returns and backspaces removed. */
        String screen() {
            return raw.toString()
                    .replaceAll("\u001b\\[[0-9;?]*[A-Za-z]|\u001b[=>]", "")
                    .replaceAll("[\r\b]", "");
        }

        private int count(String text) {
            String s = screen();
            int n = 0;
            for (int i = s.indexOf(text); i >= 0; i = s.indexOf(text, i + text.length())) {
                n++;
            }
            return n;
        }

        /** Waits until {@code text} is on the screen {@code times} times. */
        void await(String text, int times) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (count(text) < times) {
                if (System.nanoTime() > deadline || !process.isAlive() && count(text) < times) {
                    fail("waited for " + times + " x \"" + text + "\"; the screen shows:\n" + screen());
                }
                Thread.sleep(20);
            }
        }

        /** Types {@code input} once the previous prompt is there, then waits for the next one. */
        void type(String input, String nextPrompt) throws Exception {
            int before = count(nextPrompt);
            keys.write(input.getBytes(StandardCharsets.UTF_8));
            keys.flush();
            await(nextPrompt, before + 1);
        }

        int endOfInput() throws Exception {
            keys.write(4); // Ctrl-D on an empty line
            keys.flush();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                fail("Ctrl-D did not end the shell; the screen shows:\n" + screen());
            }
            return process.exitValue();
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    @Test
    void promptsEvaluatesPrintsResultsAndErrorsAndKeepsHistory() throws Exception {
        assumeTrue(haveScriptCommand(), "util-linux script is needed to give the shell a terminal");
        try (Terminal t = new Terminal()) {
            t.await("% ", 1);
            t.type("set x 5\r", "% ");
            t.type("proc pair {a} {\rreturn [list $a $a]\r}\r", "% ");
            t.type("pair {hello world}\r", "% ");
            t.type("nosuch\r", "% ");
            t.type("set tcl_interactive\r", "% ");
            t.type("set tcl_prompt1 {puts -nonewline \"my> \"}\r", "my> ");
            t.type("set y 1\r", "my> ");
            assertEquals(0, t.endOfInput());

            String screen = t.screen();
            assertTrue(screen.contains("% set x 5\n5\n"), screen);
            assertTrue(screen.contains("% pair {hello world}\n{hello world} {hello world}\n"), screen);
            assertTrue(screen.contains("% nosuch\ninvalid command name \"nosuch\"\n"), screen);
            assertTrue(screen.contains("% set tcl_interactive\n1\n"), screen);
            assertTrue(screen.contains("my> set y 1\n1\n"), screen);
        }
        List<String> history = Files.readAllLines(home.resolve(".jtclsh_history"));
        assertTrue(history.stream().anyMatch(l -> l.endsWith(":proc pair {a} {\\nreturn [list $a $a]\\n}")),
                "a multi-line command is one history entry: " + history);
    }
}
