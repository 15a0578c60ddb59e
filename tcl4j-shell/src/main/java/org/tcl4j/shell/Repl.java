package org.tcl4j.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.tcl4j.core.Interp;

/**
 * The interactive shell on a terminal: tclsh's read-eval-print loop with
 * line editing and history (JLine). A command may span several lines; Enter
 * inserts a new line until the command is complete. Non-empty results are
 * printed on stdout and error messages on stderr, as tclsh does; end of input
 * (Ctrl-D on an empty line) leaves the shell; Ctrl-C drops the line being
 * typed. History is kept in {@code ~/.jtclsh_history}.
 */
final class Repl {
    static final String HISTORY_FILE = ".jtclsh_history";

    private final Interp interp;
    private final Prompts prompts;

    Repl(Interp interp) {
        this.interp = interp;
        this.prompts = new Prompts(interp);
    }

    /** Runs until end of input; returns the exit status (0). */
    int run() throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("jtclsh")
                    .parser(new TclLineParser())
                    .history(new DefaultHistory())
                    .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), HISTORY_FILE))
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // "!" is Tcl's not
                    .option(LineReader.Option.INSERT_TAB, true) // no completion: Tab indents
                    .build();
            interp.setExitHandler(status -> {
                StdChannels.flushAll(interp);
                closeQuietly(terminal);
                System.exit(status);
            });
            loop(reader);
        }
        return 0;
    }

    private void loop(LineReader reader) {
        while (true) {
            String command;
            try {
                StdChannels.flushStdout(interp);
                reader.setVariable(LineReader.SECONDARY_PROMPT_PATTERN, escapePercent(prompts.continuation()));
                command = reader.readLine(escapePercent(prompts.primary()));
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                return;
            }
            StdinRunner.evalAndReport(interp, command, true);
        }
    }

    /** JLine expands %-sequences in prompts; a Tcl prompt is plain text. */
    private static String escapePercent(String s) {
        return s.replace("%", "%%");
    }

    private static void closeQuietly(Terminal terminal) {
        try {
            terminal.close();
        } catch (IOException ignored) {
            // the process is ending anyway
        }
    }

    /**
     * Tells JLine when Enter ends a command: only when the text is a complete
     * Tcl command; otherwise Enter starts a continuation line.
     */
    static final class TclLineParser implements Parser {
        @Override
        public CompletingParsedLine parse(String line, int cursor, ParseContext context) {
            if (context == ParseContext.ACCEPT_LINE && !CommandBuffer.isComplete(line + "\n")) {
                throw new EOFError(-1, cursor, "incomplete Tcl command");
            }
            return new WholeLine(line, cursor);
        }
    }

    /** The typed text as one word (jtclsh offers no completion). */
    record WholeLine(String line, int cursor) implements CompletingParsedLine {
        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return cursor;
        }

        @Override
        public int rawWordLength() {
            return line.length();
        }

        @Override
        public String word() {
            return line;
        }

        @Override
        public int wordCursor() {
            return cursor;
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(line);
        }
    }
}
