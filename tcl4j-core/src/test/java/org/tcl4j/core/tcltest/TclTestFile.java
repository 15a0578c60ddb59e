package org.tcl4j.core.tcltest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;
import org.tcl4j.core.WorkingDirectory;
import org.tcl4j.core.pkg.LibraryFs;

/**
 * One run of a tcltest file, as {@code tclsh file.test} would run it, but in a
 * fresh {@link Interp} inside this JVM: tcl4j's own tcltest package is loaded
 * first, and every {@code test} reports to {@code ::tcltest::ReportHook}, a
 * Java command defined here that collects a {@link TclTestOutcome} per test.
 *
 * <p>The file runs on its own thread with a large stack, in a new empty
 * working directory (as a test suite started there: what it leaves behind is
 * deleted afterwards). Its stdout and stderr are captured. An error at the top level of the file (or a non-zero
 * {@code exit}) is kept as the file's error; the tests reported before it
 * still count.
 *
 * <p>A file can say which commands it needs beyond those tcltest itself
 * needs, in a comment line {@code # tcl4j-requires: interp file open}. While
 * the runtime lacks any of them the file is not run at all ({@link #missing()}
 * lists them), so that a test suite can be written before the commands it
 * exercises exist.
 */
public final class TclTestFile {
    /** Commands without which tcltest.tcl cannot run at all. */
    static final List<String> TCLTEST_NEEDS = List.of("namespace", "variable", "proc", "array", "info",
            "catch", "uplevel", "upvar", "string", "expr", "list", "llength", "lindex", "lrange", "lsearch",
            "lsort", "lappend", "concat", "join", "split", "foreach", "switch", "if", "incr", "set", "unset",
            "return", "error", "puts", "rename", "regexp", "regsub", "lassign");
    /** tcltest.tcl in the library tree. */
    static final String LIBRARY_FILE = "/tcltest/tcltest.tcl";
    static final Pattern REQUIRES = Pattern.compile("^#\\s*tcl4j-requires:(.*)$", Pattern.MULTILINE);
    /** Stack reserved for the interpreter thread (touched only as needed). */
    static final long STACK_BYTES = 1L << 30;
    static final long TIMEOUT_MILLIS = 300_000;

    private final Path file;
    private final List<TclTestOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    private final List<String> missing = new ArrayList<>();
    private String error;
    private String output = "";

    private TclTestFile(Path file) {
        this.file = file;
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /** The tests the file ran or skipped, in order. */
    public List<TclTestOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** Commands the file needs that the runtime does not have (then nothing ran). */
    public List<String> missing() {
        return List.copyOf(missing);
    }

    /** The error that ended the file early (its errorInfo), or null. */
    public String error() {
        return error;
    }

    /** Everything the file printed on stdout and stderr. */
    public String output() {
        return output;
    }

    /** Runs a test file in a new interpreter from {@code interps}, with tcl4j's tcltest loaded. */
    public static TclTestFile run(Path file, Supplier<Interp> interps) {
        return run(file, interps, true);
    }

    /** As {@link #run(Path, Supplier)}; without tcltest, for testing the bridge itself. */
    static TclTestFile run(Path file, Supplier<Interp> interps, boolean withTcltest) {
        TclTestFile run = new TclTestFile(file.toAbsolutePath());
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Thread thread = new Thread(null, () -> run.runIn(interps.get(), captured, withTcltest),
                "tcltest " + file.getFileName(), STACK_BYTES);
        Path saved = WorkingDirectory.get();
        Path here = null;
        try {
            here = Files.createTempDirectory("tcltest");
            WorkingDirectory.set(here);
            thread.start();
            thread.join(TIMEOUT_MILLIS);
        } catch (IOException e) {
            run.error = "cannot make a working directory: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            WorkingDirectory.set(saved);
            deleteTree(here);
        }
        if (thread.isAlive()) {
            thread.interrupt();
            run.error = "the test file did not finish within " + TIMEOUT_MILLIS / 1000 + " seconds";
        }
        synchronized (captured) {
            run.output = captured.toString(StandardCharsets.UTF_8);
        }
        return run;
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }

    /** Ends the file's evaluation when it calls exit. */
    private static final class ExitRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        ExitRequest(int status) {
            super(null, null, false, false);
            this.status = status;
        }
    }

    private void runIn(Interp interp, ByteArrayOutputStream captured, boolean withTcltest) {
        PrintStream out = new PrintStream(new SynchronizedOutput(captured), true, StandardCharsets.UTF_8);
        interp.setStdout(out);
        interp.setStderr(out);
        interp.setExitHandler(status -> {
            throw new ExitRequest(status);
        });
        try {
            missing.addAll(missingCommands(interp, requiredCommands(file, withTcltest)));
            if (!missing.isEmpty()) {
                return;
            }
            String name = file.toAbsolutePath().toString();
            interp.setGlobal("argv0", TclValue.of(name));
            interp.setGlobal("argv", TclValue.EMPTY);
            interp.setGlobal("argc", TclValue.ZERO);
            interp.register("::tcltest::ReportHook", (in, objv) -> {
                if (objv.length != 4) {
                    throw new TclException("wrong # args: should be \"ReportHook name status message\"");
                }
                outcomes.add(new TclTestOutcome(objv[1].toString(), TclTestOutcome.Status.of(objv[2].toString()),
                        objv[3].toString()));
                return TclValue.EMPTY;
            });
            if (withTcltest) {
                loadTcltest(interp);
            }
            source(interp, file.toAbsolutePath());
        } catch (TclException e) {
            error = e.errorInfo();
        } catch (ExitRequest e) {
            if (e.status != 0) {
                error = "the test file called exit " + e.status;
            }
        } catch (RuntimeException e) {
            if (e.getCause() instanceof ExitRequest x) {
                if (x.status != 0) {
                    error = "the test file called exit " + x.status;
                }
            } else {
                error = "internal error of tcl4j: " + e;
                e.printStackTrace(out);
            }
        } catch (IOException e) {
            error = "cannot read " + e.getMessage();
        } catch (StackOverflowError e) {
            error = "Java stack overflow";
        } finally {
            out.flush();
        }
    }

    /**
     * Loads tcl4j's tcltest from the class path, whatever else package require
     * could find: sourced from its path in the runtime's library tree (so that
     * {@code ::tcltest::LibraryScript} names a file child interpreters can
     * source too), or evaluated as text while the runtime has no source.
     */
    private static void loadTcltest(Interp interp) throws IOException, TclException {
        if (interp.findCommand("source") != null) {
            interp.invoke(TclValue.of("source"), TclValue.of(LibraryFs.LIBRARY + LIBRARY_FILE));
            return;
        }
        try (InputStream in = TclTestFile.class.getResourceAsStream("/tcl4j/library" + LIBRARY_FILE)) {
            if (in == null) {
                throw new IOException("tcl4j/library" + LIBRARY_FILE + " (not on the class path)");
            }
            interp.eval(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** {@code source file} when the runtime has source, else the same by hand. */
    private static void source(Interp interp, Path file) throws IOException, TclException {
        if (interp.findCommand("source") != null) {
            interp.invoke(TclValue.of("source"), TclValue.of(file.toString()));
            return;
        }
        String saved = interp.scriptFile();
        interp.setScriptFile(file.toString());
        try {
            interp.eval(Files.readString(file, StandardCharsets.UTF_8));
        } finally {
            interp.setScriptFile(saved);
        }
    }

    /** What tcltest needs, plus what the file's "# tcl4j-requires:" lines name. */
    static Set<String> requiredCommands(Path file, boolean withTcltest) throws IOException {
        Set<String> needed = new LinkedHashSet<>(withTcltest ? TCLTEST_NEEDS : List.of());
        Matcher m = REQUIRES.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
            for (String word : m.group(1).trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    needed.add(word);
                }
            }
        }
        return needed;
    }

    static List<String> missingCommands(Interp interp, Set<String> commands) {
        List<String> absent = new ArrayList<>();
        for (String name : commands) {
            if (interp.findCommand(name.startsWith("::") ? name : "::" + name) == null) {
                absent.add(name);
            }
        }
        return absent;
    }

    /** Output shared by the interpreter's stdout and stderr, read when the run ends. */
    private static final class SynchronizedOutput extends java.io.OutputStream {
        private final ByteArrayOutputStream target;

        SynchronizedOutput(ByteArrayOutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            synchronized (target) {
                target.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (target) {
                target.write(b, off, len);
            }
        }
    }

    @Override
    public String toString() {
        return file + ": " + outcomes.size() + " tests" + (error == null ? "" : ", ended by an error")
                + (missing.isEmpty() ? "" : ", not run (needs " + String.join(" ", missing) + ")");
    }
}
