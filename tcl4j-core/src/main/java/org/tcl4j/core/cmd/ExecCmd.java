package org.tcl4j.core.cmd;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;
import org.tcl4j.core.WorkingDirectory;

/**
 * {@code exec}: runs a pipeline of programs with Tcl's redirections
 * ({@code < << > >> 2> 2>> >& >>& 2>@1}), {@code &} for background runs,
 * and tclsh's error reporting (CHILDSTATUS, CHILDKILLED, stderr output).
 * Redirections to and from Tcl channels ({@code >@chan}, {@code 2>@chan},
 * {@code <@chan}) go through the program's pipes: what the program writes is
 * copied into the channel when it ends, and a channel's input is read whole
 * before the program starts.
 */
public final class ExecCmd {
    private ExecCmd() {
    }

    public static void register(Interp interp) {
        interp.register("exec", ExecCmd::exec);
    }

    /** A parsed pipeline: the commands and where input and output go. */
    private static final class Pipeline {
        final List<List<String>> commands = new ArrayList<>();
        ProcessBuilder.Redirect stdin = ProcessBuilder.Redirect.PIPE;
        byte[] stdinData;
        ProcessBuilder.Redirect stdout = ProcessBuilder.Redirect.PIPE;
        ProcessBuilder.Redirect stderr = ProcessBuilder.Redirect.PIPE;
        boolean errToOut;
        boolean background;
        /** Channels that take the pipeline's stdout and stderr ({@code >@}, {@code 2>@}); null when not used. */
        org.tcl4j.core.io.Channel outChannel;
        org.tcl4j.core.io.Channel errChannel;
    }

    private static final String[] EXEC_OPTIONS = {"-ignorestderr", "-keepnewline", "--"};

    static TclValue exec(Interp interp, TclValue[] objv) throws TclException {
        int i = 1;
        boolean keepNewline = false;
        boolean ignoreStderr = false;
        while (i < objv.length && objv[i].toString().startsWith("-")) {
            String o = objv[i].toString();
            if (o.equals("--")) {
                i++;
                break;
            }
            // tclsh takes only whole option names here, and fails on any other word starting with "-"
            if (Args.index(o, EXEC_OPTIONS, "option", false) == 1) {
                keepNewline = true;
            } else {
                ignoreStderr = true;
            }
            i++;
        }
        if (i >= objv.length) {
            throw Args.wrongNum(objv, 1, "?-option ...? arg ?arg ...?");
        }
        Pipeline p = parse(interp, objv, i);
        List<Process> procs = start(p);
        if (p.background) {
            List<TclValue> pids = new ArrayList<>();
            for (Process pr : procs) {
                pids.add(TclValue.of(pr.pid()));
            }
            return TclValue.ofList(pids);
        }
        Process first = procs.get(0);
        Process last = procs.get(procs.size() - 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<Thread> pumps = new ArrayList<>();
        if (p.stdout == ProcessBuilder.Redirect.PIPE) {
            pumps.add(pump(last.getInputStream(), out));
        }
        for (Process pr : procs) {
            if (p.stderr == ProcessBuilder.Redirect.PIPE && !p.errToOut) {
                // with -ignorestderr the programs' stderr is passed through to ours
                pumps.add(pump(pr.getErrorStream(), ignoreStderr ? interp.stderr() : err));
            }
        }
        try (OutputStream in = first.getOutputStream()) {
            if (p.stdinData != null) {
                in.write(p.stdinData);
            }
        } catch (IOException ignored) {
            // the program did not read its input
        }
        TclException failure = null;
        try {
            for (Process pr : procs) {
                int status = pr.waitFor();
                if (status != 0 && failure == null) {
                    failure = childFailure(pr.pid(), status);
                }
            }
            for (Thread t : pumps) {
                t.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TclException("exec interrupted", "TCL EXEC INTERRUPTED");
        }
        String result = new String(out.toByteArray(), Charset.defaultCharset());
        if (p.outChannel != null) {
            p.outChannel.write(result);
            p.outChannel.flush();
            result = "";
        }
        if (p.errChannel != null) {
            p.errChannel.write(new String(err.toByteArray(), Charset.defaultCharset()));
            p.errChannel.flush();
            err.reset();
        }
        if (!keepNewline && result.endsWith("\n")) {
            result = result.substring(0, result.length() - 1);
        }
        String errText = new String(err.toByteArray(), Charset.defaultCharset());
        if (failure == null && !errText.isEmpty() && !ignoreStderr) {
            if (errText.endsWith("\n")) {
                errText = errText.substring(0, errText.length() - 1);
            }
            String msg = result.isEmpty() ? errText : result + "\n" + errText;
            throw new TclException(msg, "NONE");
        }
        if (failure != null) {
            String text = result;
            if (!errText.isEmpty() && !ignoreStderr) {
                text = text.isEmpty() ? strip(errText) : text + "\n" + strip(errText);
            }
            if (!text.isEmpty()) {
                failure.setResult(TclValue.of(text));
            }
            throw failure;
        }
        return TclValue.of(result);
    }

    private static String strip(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private static TclException childFailure(long pid, int status) {
        if (status > 128 && status < 128 + 32) {
            int sig = status - 128;
            String[] names = {"", "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE",
                "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM"};
            String[] texts = {"", "hangup", "interrupt", "quit signal", "illegal instruction", "trace/BPT trap",
                "abort", "bus error", "floating-point exception", "kill signal", "user-defined signal 1",
                "segmentation violation", "user-defined signal 2", "write on pipe with no readers", "alarm clock",
                "software termination signal"};
            if (sig < names.length) {
                return new TclException(TclValue.of("child killed: " + texts[sig]),
                        TclValue.of("CHILDKILLED " + pid + " " + names[sig] + " {" + texts[sig] + "}"));
            }
        }
        return new TclException(TclValue.of("child process exited abnormally"),
                TclValue.of("CHILDSTATUS " + pid + " " + status));
    }

    private static Thread pump(InputStream in, OutputStream sink) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    synchronized (sink) {
                        sink.write(buf, 0, n);
                    }
                }
            } catch (IOException ignored) {
                // the process went away; what was read is kept
            }
        }, "exec-pump");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static Pipeline parse(Interp interp, TclValue[] objv, int from) throws TclException {
        Pipeline p = new Pipeline();
        List<String> cur = new ArrayList<>();
        // tclsh's quirk: a word starting with "2" (but not a 2> redirection) does not count as the
        // command a pipeline's last part needs, so "exec 2" is an illegal use of |
        boolean needCmd = true;
        int n = objv.length;
        if (objv[n - 1].toString().equals("&")) {
            p.background = true;
            n--;
        }
        for (int i = from; i < n; i++) {
            String w = objv[i].toString();
            if (w.equals("|") || w.equals("|&")) {
                if (cur.isEmpty() || i == n - 1) {
                    throw new TclException("illegal use of | or |& in command", "TCL OPERATION EXEC PIPESYNTAX");
                }
                p.commands.add(cur);
                cur = new ArrayList<>();
                needCmd = true;
                continue;
            }
            String[] ops = {"2>>", "2>@", "2>", ">>&", ">&", ">>", ">@", ">", "<<", "<@", "<"};
            String op = null;
            for (String o : ops) {
                if (w.startsWith(o)) {
                    op = o;
                    break;
                }
            }
            if (op == null) {
                cur.add(w);
                needCmd &= w.startsWith("2");
                continue;
            }
            String target = w.substring(op.length());
            if (target.isEmpty()) {
                if (i + 1 >= n) {
                    throw new TclException("can't specify \"" + w + "\" as last word in command",
                            "TCL OPERATION EXEC SYNTAX");
                }
                target = objv[++i].toString();
            }
            switch (op) {
                case "<" -> p.stdin = ProcessBuilder.Redirect.from(file(target));
                case "<<" -> p.stdinData = target.getBytes(Charset.defaultCharset());
                case ">" -> p.stdout = ProcessBuilder.Redirect.to(file(target));
                case ">>" -> p.stdout = ProcessBuilder.Redirect.appendTo(file(target));
                case "2>" -> p.stderr = ProcessBuilder.Redirect.to(file(target));
                case "2>>" -> p.stderr = ProcessBuilder.Redirect.appendTo(file(target));
                case ">&" -> {
                    p.stdout = ProcessBuilder.Redirect.to(file(target));
                    p.errToOut = true;
                }
                case ">>&" -> {
                    p.stdout = ProcessBuilder.Redirect.appendTo(file(target));
                    p.errToOut = true;
                }
                case "2>@" -> {
                    if (target.equals("1")) {
                        p.errToOut = true;
                    } else {
                        p.errChannel = writableChannel(interp, target);
                    }
                }
                case ">@" -> p.outChannel = writableChannel(interp, target);
                default -> {
                    org.tcl4j.core.io.Channel in = org.tcl4j.core.io.ChannelTable.of(interp).get(target);
                    if (!in.isReadable()) {
                        throw new TclException("channel \"" + target + "\" wasn't opened for reading",
                                "TCL OPERATION EXEC BADCHAN");
                    }
                    p.stdinData = in.read(-1).getBytes(Charset.defaultCharset());
                }
            }
        }
        if (cur.isEmpty() || needCmd) {
            throw new TclException("illegal use of | or |& in command", "TCL OPERATION EXEC PIPESYNTAX");
        }
        p.commands.add(cur);
        return p;
    }

    private static org.tcl4j.core.io.Channel writableChannel(Interp interp, String name) throws TclException {
        org.tcl4j.core.io.Channel ch = org.tcl4j.core.io.ChannelTable.of(interp).get(name);
        if (!ch.isWritable()) {
            throw new TclException("channel \"" + name + "\" wasn't opened for writing", "TCL OPERATION EXEC BADCHAN");
        }
        return ch;
    }

    private static File file(String name) {
        return FileCmd.path(name).toFile();
    }

    private static List<Process> start(Pipeline p) throws TclException {
        List<ProcessBuilder> builders = new ArrayList<>();
        int n = p.commands.size();
        for (int k = 0; k < n; k++) {
            List<String> words = new ArrayList<>(p.commands.get(k));
            words.set(0, resolveProgram(words.get(0)));
            ProcessBuilder b = new ProcessBuilder(words).directory(WorkingDirectory.get().toFile());
            Environment.applyTo(b);
            if (k == 0) {
                b.redirectInput(p.stdin);
            }
            if (k == n - 1) {
                b.redirectOutput(p.stdout);
            }
            if (p.errToOut) {
                b.redirectErrorStream(true);
            } else if (p.stderr != ProcessBuilder.Redirect.PIPE) {
                b.redirectError(p.stderr);
            }
            builders.add(b);
        }
        try {
            if (n == 1) {
                return List.of(builders.get(0).start());
            }
            return ProcessBuilder.startPipeline(builders);
        } catch (IOException e) {
            throw new TclException("couldn't execute \"" + p.commands.get(0).get(0) + "\": no such file or directory",
                    "POSIX ENOENT {no such file or directory}");
        }
    }

    /** Finds a program on the environment's PATH (or relative to the Tcl working directory), as execvp would. */
    private static String resolveProgram(String name) throws TclException {
        String path = Environment.findProgram(name);
        if (path == null) {
            throw new TclException("couldn't execute \"" + name + "\": no such file or directory",
                    "POSIX ENOENT {no such file or directory}");
        }
        return path;
    }
}
