package org.tcl4j.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;

/**
 * Reads a stream that cannot be selected (standard input, a process's
 * output) on a helper thread, so that the channel above can be non-blocking
 * and report readability to the event loop. The thread reads one chunk at a
 * time and waits until the channel has taken it before reading the next
 * (so it never reads far ahead of the script); each chunk wakes the
 * notifier.
 */
final class ThreadedInput {
    private final InputStream stream;
    private final Notifier notifier;
    private final String threadName;
    private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
    private byte[] current;
    private int currentPos;
    private boolean eof;
    private IOException error;
    private Thread thread;
    private volatile boolean stopped;

    ThreadedInput(InputStream stream, Notifier notifier, String threadName) {
        this.stream = stream;
        this.notifier = notifier;
        this.threadName = threadName;
    }

    synchronized void start() {
        if (thread != null) {
            return;
        }
        notifier.prepareWakeup();
        thread = new Thread(this::run, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        byte[] buf = new byte[8192];
        try {
            while (!stopped) {
                synchronized (this) {
                    while (!chunks.isEmpty() && !stopped) {
                        wait();
                    }
                }
                int n = stream.read(buf);
                synchronized (this) {
                    if (n < 0) {
                        eof = true;
                    } else {
                        byte[] c = new byte[n];
                        System.arraycopy(buf, 0, c, 0, n);
                        chunks.add(c);
                    }
                    notifyAll();
                }
                notifier.wakeup();
                if (n < 0) {
                    return;
                }
            }
        } catch (IOException e) {
            synchronized (this) {
                error = e;
                notifyAll();
            }
            notifier.wakeup();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized boolean hasData() {
        return (current != null && currentPos < current.length) || !chunks.isEmpty() || eof || error != null;
    }

    /** Reads from what the thread collected: count, 0 would-block (non-blocking), -1 end of file. */
    int read(byte[] buf, int off, int len, boolean blocking) throws IOException {
        start();
        synchronized (this) {
            while (true) {
                if (current != null && currentPos < current.length) {
                    int n = Math.min(len, current.length - currentPos);
                    System.arraycopy(current, currentPos, buf, off, n);
                    currentPos += n;
                    return n;
                }
                if (!chunks.isEmpty()) {
                    current = chunks.poll();
                    currentPos = 0;
                    notifyAll();
                    continue;
                }
                if (error != null) {
                    IOException e = error;
                    error = null;
                    throw e;
                }
                if (eof) {
                    return -1;
                }
                if (!blocking) {
                    return 0;
                }
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException();
                }
            }
        }
    }

    void stop() {
        stopped = true;
        synchronized (this) {
            notifyAll();
        }
    }
}
