package org.tcl4j.core.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;
import org.tcl4j.core.WorkingDirectory;
import org.tcl4j.core.cmd.Environment;

/**
 * Command pipelines ({@code open "|cmd arg ..." ?access?}) and {@code chan
 * pipe}. A pipeline runs its commands connected by {@code |}; the channel
 * writes to the first one's standard input and reads the last one's
 * standard output. Standard error is collected, and closing the channel
 * waits for the commands and reports what they wrote there, or a non-zero
 * exit ("child process exited abnormally"), as tclsh does.
 */
final class PipeChannels {
    private PipeChannels() {
    }

    /** {@code pid ?channelId?}: this process's id, or the ids of a command pipeline's processes. */
    static TclValue pid(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length > 2) {
            throw Args.wrongNum(objv, 1, "?channelId?");
        }
        if (objv.length == 1) {
            return TclValue.of(ProcessHandle.current().pid());
        }
        Channel ch = ChannelArgs.channel(interp, objv[1]);
        List<TclValue> ids = new ArrayList<>();
        if (ch.bottom() instanceof ProcessDriver p) {
            for (long id : p.pids()) {
                ids.add(TclValue.of(id));
            }
        }
        return TclValue.ofList(ids);
    }

    /** {@code chan pipe}: a pipe's read end and write end, as a two-element list. */
    static TclValue chanPipe(Interp interp, TclValue[] objv, int base) throws TclException {
        if (objv.length != base) {
            // tclsh's message has a blank where the (empty) usage goes
            throw new TclException("wrong # args: should be \"" + objv[0] + " " + objv[1] + " \"", "TCL WRONGARGS");
        }
        ChannelTable table = ChannelTable.of(interp);
        try {
            Pipe p = Pipe.open();
            Channel r = new Channel(table, table.fileName(), new NioPipeDriver(table.notifier(), p.source(), null));
            r.setTranslation(Translation.AUTO, Translation.LF);
            table.add(r, 1);
            Channel w = new Channel(table, table.fileName(), new NioPipeDriver(table.notifier(), null, p.sink()));
            table.add(w, 1);
            return TclValue.ofList(TclValue.of(r.name()), TclValue.of(w.name()));
        } catch (IOException e) {
            PosixException p = PosixException.of(e);
            throw new TclException("can't create pipe: " + p.getMessage(), p.errorCode());
        }
    }

    /** {@code open |pipeline access}. */
    static TclValue open(Interp interp, String pipeline, OpenCmd.Access access) throws TclException {
        TclList words = TclValue.of(pipeline).asList();
        List<List<String>> commands = new ArrayList<>();
        List<String> current = new ArrayList<>();
        ProcessBuilder.Redirect stdinFrom = null;
        ProcessBuilder.Redirect stdoutTo = null;
        ProcessBuilder.Redirect stderrTo = null;
        boolean mergeStderr = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).toString();
            String target = null;
            String op = null;
            for (String candidate : new String[] {"2>@1", "2>@", ">>", "2>", ">@", "<@", ">", "<", "|", "&"}) {
                if (w.startsWith(candidate)) {
                    op = candidate;
                    target = w.substring(candidate.length());
                    break;
                }
            }
            if (op == null) {
                current.add(w);
                continue;
            }
            if (op.equals("|")) {
                if (current.isEmpty()) {
                    throw new TclException("illegal use of | or |& in command");
                }
                commands.add(current);
                current = new ArrayList<>();
                continue;
            }
            if (op.equals("&") || op.equals("2>@1")) {
                mergeStderr |= op.equals("2>@1");
                continue;
            }
            if (target.isEmpty() && !op.equals("2>@1")) {
                if (++i >= words.size()) {
                    throw new TclException("can't specify \"" + w + "\" as last word in command");
                }
                target = words.get(i).toString();
            }
            switch (op) {
                case "<" -> stdinFrom = ProcessBuilder.Redirect.from(WorkingDirectory.resolve(OpenCmd.expandTilde(target)).toFile());
                case ">" -> stdoutTo = ProcessBuilder.Redirect.to(WorkingDirectory.resolve(OpenCmd.expandTilde(target)).toFile());
                case ">>" -> stdoutTo = ProcessBuilder.Redirect.appendTo(WorkingDirectory.resolve(OpenCmd.expandTilde(target)).toFile());
                case "2>" -> stderrTo = ProcessBuilder.Redirect.to(WorkingDirectory.resolve(OpenCmd.expandTilde(target)).toFile());
                case ">@", "2>@", "<@" -> {
                    // only the standard channels can be handed over: the process shares them
                    ProcessBuilder.Redirect inherit = ProcessBuilder.Redirect.INHERIT;
                    if (op.equals(">@")) {
                        stdoutTo = inherit;
                    } else if (op.equals("2>@")) {
                        stderrTo = inherit;
                    } else {
                        stdinFrom = inherit;
                    }
                }
                default -> throw new TclException("can't use \"" + op + "\" in a pipeline here");
            }
        }
        if (!current.isEmpty()) {
            commands.add(current);
        }
        if (commands.isEmpty()) {
            throw new TclException("illegal use of | or |& in command");
        }
        if (access.read() && stdoutTo != null) {
            throw new TclException("can't read output from command: standard output was redirected");
        }
        if (access.write() && stdinFrom != null) {
            throw new TclException("can't write input to command: standard input was redirected");
        }
        List<ProcessBuilder> builders = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            List<String> argv = new ArrayList<>(commands.get(i));
            String program = Environment.findProgram(argv.get(0));
            if (program == null) {
                throw new TclException("couldn't execute \"" + argv.get(0) + "\": no such file or directory",
                        "POSIX ENOENT {no such file or directory}");
            }
            argv.set(0, program); // the JVM would search its own PATH, not the one Tcl's env gives
            ProcessBuilder pb = new ProcessBuilder(argv).directory(WorkingDirectory.get().toFile());
            Environment.applyTo(pb);
            if (i == 0) {
                pb.redirectInput(stdinFrom != null ? stdinFrom
                        : access.write() ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.INHERIT);
            }
            if (i == commands.size() - 1) {
                pb.redirectOutput(stdoutTo != null ? stdoutTo
                        : access.read() ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.INHERIT);
            }
            if (mergeStderr) {
                pb.redirectErrorStream(true);
            } else if (stderrTo != null) {
                pb.redirectError(stderrTo);
            }
            builders.add(pb);
        }
        List<Process> processes;
        try {
            processes = builders.size() == 1 ? List.of(builders.get(0).start()) : ProcessBuilder.startPipeline(builders);
        } catch (IOException e) {
            String cmd = commands.get(0).get(0);
            throw new TclException("couldn't execute \"" + cmd + "\": no such file or directory",
                    "POSIX ENOENT {no such file or directory}");
        }
        ChannelTable table = ChannelTable.of(interp);
        int modes = (access.read() ? ChannelDriver.READABLE : 0) | (access.write() ? ChannelDriver.WRITABLE : 0);
        ProcessDriver d = new ProcessDriver(table.notifier(), processes, modes, !mergeStderr && stderrTo == null);
        Channel ch = new Channel(table, table.fileName(), d);
        table.add(ch, Integer.bitCount(modes) == 2 ? 2 : 1);
        return TclValue.of(ch.name());
    }

    /** The processes of an {@code open |} pipeline, seen as a channel driver. */
    static final class ProcessDriver implements ChannelDriver {
        private final Notifier notifier;
        private final List<Process> processes;
        private final int modes;
        private final InputStream stdout;
        private final OutputStream stdin;
        private ThreadedInput threaded;
        private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
        private final List<Thread> errorReaders = new ArrayList<>();
        private boolean blocking = true;
        private boolean inputClosed;
        private boolean outputClosed;

        ProcessDriver(Notifier notifier, List<Process> processes, int modes, boolean collectStderr) {
            this.notifier = notifier;
            this.processes = processes;
            this.modes = modes;
            Process last = processes.get(processes.size() - 1);
            this.stdout = (modes & READABLE) != 0 ? last.getInputStream() : null;
            this.stdin = (modes & WRITABLE) != 0 ? processes.get(0).getOutputStream() : null;
            if (collectStderr) {
                for (Process p : processes) {
                    Thread t = new Thread(() -> drain(p.getErrorStream()), "tcl4j-pipe-stderr");
                    t.setDaemon(true);
                    t.start();
                    errorReaders.add(t);
                }
            }
        }

        private void drain(InputStream err) {
            byte[] buf = new byte[4096];
            try {
                int n;
                while ((n = err.read(buf)) > 0) {
                    synchronized (errors) {
                        errors.write(buf, 0, n);
                    }
                }
            } catch (IOException e) {
                // the process is gone
            }
        }

        /** The process ids, for {@code pid}. */
        List<Long> pids() {
            List<Long> l = new ArrayList<>();
            for (Process p : processes) {
                l.add(p.pid());
            }
            return l;
        }

        @Override
        public String typeName() {
            return "pipe";
        }

        @Override
        public int modes() {
            return modes;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            if (threaded == null && blocking) {
                int n = stdout.read(buf, off, len);
                return n < 0 ? -1 : n;
            }
            return threaded().read(buf, off, len, blocking);
        }

        private ThreadedInput threaded() {
            if (threaded == null) {
                threaded = new ThreadedInput(stdout, notifier, "tcl4j-pipe-reader");
                threaded.start();
            }
            return threaded;
        }

        @Override
        public int write(byte[] buf, int off, int len) throws IOException {
            stdin.write(buf, off, len);
            stdin.flush();
            return len;
        }

        @Override
        public void setBlocking(boolean b) {
            blocking = b;
        }

        @Override
        public int readyOps() {
            int m = 0;
            if ((modes & WRITABLE) != 0) {
                m |= WRITABLE;
            }
            if (threaded != null && threaded.hasData()) {
                m |= READABLE;
            }
            return m;
        }

        @Override
        public void watch(int mask, ReadySink sink) {
            if ((mask & READABLE) != 0 && stdout != null) {
                threaded();
            }
        }

        @Override
        public boolean canCloseHalf() {
            return true;
        }

        @Override
        public void closeHalf(int direction) throws IOException {
            if (direction == WRITABLE && stdin != null && !outputClosed) {
                outputClosed = true;
                stdin.close();
            }
            if (direction == READABLE && stdout != null && !inputClosed) {
                inputClosed = true;
                if (threaded != null) {
                    threaded.stop();
                }
                stdout.close();
            }
        }

        @Override
        public void close() throws IOException {
            closeHalf(WRITABLE);
            int status = 0;
            try {
                for (Process p : processes) {
                    int s = p.waitFor();
                    if (s != 0) {
                        status = s;
                    }
                }
                for (Thread t : errorReaders) {
                    t.join();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            closeHalf(READABLE);
            String err;
            synchronized (errors) {
                err = errors.toString(StandardCharsets.UTF_8);
            }
            if (err.endsWith("\n")) {
                err = err.substring(0, err.length() - 1);
            }
            if (!err.isEmpty()) {
                throw new ScriptError(new TclException(err));
            }
            if (status != 0) {
                long pid = processes.get(processes.size() - 1).pid();
                throw new ScriptError(new TclException("child process exited abnormally",
                        "CHILDSTATUS " + pid + " " + status));
            }
        }
    }
}
