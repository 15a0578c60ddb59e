package org.tcl4j.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;

import org.tcl4j.core.Interp;

/**
 * The standard channels. stdout and stderr write to the interpreter's
 * {@link Interp#stdout()} / {@link Interp#stderr()} streams as they are at
 * the moment of writing, so that whatever the embedding program (or the
 * shell) installed there gets the output, in order with anything else it
 * prints itself. stdin reads {@link System#in}; when the script makes it
 * non-blocking or waits for it to become readable, a helper thread does
 * the reading (standard input cannot be selected in Java).
 */
final class StdioDriver implements ChannelDriver {
    private final Interp interp;
    /** 0 stdin, 1 stdout, 2 stderr. */
    private final int which;
    private ThreadedInput threaded;
    private boolean blocking = true;
    private boolean closed;

    StdioDriver(Interp interp, int which) {
        this.interp = interp;
        this.which = which;
    }

    @Override
    public String typeName() {
        return "file";
    }

    @Override
    public int modes() {
        return which == 0 ? READABLE : WRITABLE;
    }

    private PrintStream stream() {
        return which == 1 ? interp.stdout() : interp.stderr();
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        if (threaded == null && (blocking || System.in.available() > 0)) {
            int n = System.in.read(buf, off, blocking ? len : Math.min(len, System.in.available()));
            return n < 0 ? -1 : n;
        }
        return threaded().read(buf, off, len, blocking);
    }

    private ThreadedInput threaded() {
        if (threaded == null) {
            threaded = new ThreadedInput(System.in, Notifier.of(interp), "tcl4j-stdin");
        }
        return threaded;
    }

    @Override
    public int write(byte[] buf, int off, int len) throws IOException {
        PrintStream s = stream();
        s.write(buf, off, len);
        if (s.checkError()) {
            throw PosixException.brokenPipe();
        }
        return len;
    }

    @Override
    public boolean flushPending() {
        if (which != 0) {
            stream().flush();
        }
        return true;
    }

    @Override
    public void setBlocking(boolean b) {
        blocking = b;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (which != 0) {
            stream().flush();
        }
        if (threaded != null) {
            threaded.stop();
        }
    }

    @Override
    public int readyOps() {
        if (which != 0) {
            return WRITABLE;
        }
        if (threaded != null) {
            return threaded.hasData() ? READABLE : 0;
        }
        return 0;
    }

    @Override
    public void watch(int mask, ReadySink s) {
        if (which == 0 && (mask & READABLE) != 0) {
            threaded().start();
        }
    }

    @Override
    public long seek(long offset, int whence) {
        return -1;
    }
}
