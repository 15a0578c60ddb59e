package org.tcl4j.tls;

import java.io.IOException;

import org.tcl4j.core.io.ChannelDriver;
import org.tcl4j.core.io.PosixException;

/**
 * The TLS layer of a channel: a stacked driver with the plain channel's
 * driver below (a socket, a pipe, anything bidirectional) and plaintext
 * above. It behaves like a socket:
 * <ul>
 * <li>the handshake runs on the first read or write (or
 * {@code tls::handshake}), completely when blocking, step by step when
 * not;</li>
 * <li>non-blocking reads return 0 ("would block") instead of waiting, and
 * writes queue records the socket has not taken yet, which the channel
 * flushes in the background ({@link #hasPendingOutput});</li>
 * <li>the channel is readable while decrypted bytes wait inside the engine,
 * even when the socket is idle ({@link #readyOps});</li>
 * <li>close sends close_notify; the peer's close_notify reads as end of
 * file; an end of file during the handshake is the error OpenSSL calls
 * {@code unexpected eof while reading}.</li>
 * </ul>
 */
final class TlsDriver implements ChannelDriver {
    /** Decrypted input the driver lets pile up before it stops reading the socket in the background. */
    private static final int INPUT_HIGH_WATER = 256 * 1024;

    private final ChannelDriver below;
    final TlsSession session;
    private boolean blocking = true;
    private final byte[] netIn = new byte[64 * 1024];
    /** Records produced by the engine and not yet taken by the driver below. */
    private byte[] netOut = new byte[64 * 1024];
    private int outPos;
    private int outLen;
    private boolean belowEof;
    private int watchMask;
    private ReadySink sink;
    /** What we asked the driver below to watch (-1: nothing asked yet). */
    private int belowMask = -1;
    private boolean closed;
    /** Our close_notify went out on a half-close: whatever the engine makes after it is dropped. */
    private boolean writeClosed;
    /** Whether the layer has been used: read, written, handshaken or served an event. */
    private boolean active;
    /** Whether any byte went to the peer: a layer that never spoke leaves quietly. */
    private boolean sentAny;

    TlsDriver(ChannelDriver below, TlsSession session) {
        this.below = below;
        this.session = session;
    }

    @Override
    public String typeName() {
        return "tls";
    }

    @Override
    public int modes() {
        return READABLE | WRITABLE;
    }

    @Override
    public void setBlocking(boolean blocking) {
        this.blocking = blocking;
    }

    // --------------------------------------------------------- handshake

    /**
     * Drives the handshake as far as it can go: to the end when blocking,
     * else until the socket has nothing more. True when it is complete;
     * throws the handshake's failure.
     */
    boolean handshake() throws IOException {
        active = true;
        try {
            return runHandshake();
        } finally {
            updateWatch();
        }
    }

    private boolean runHandshake() throws IOException {
        while (!session.handshakeDone()) {
            session.throwIfFailed();
            flushOut(blocking);
            session.throwIfFailed();
            if (session.handshakeDone()) {
                break;
            }
            if (!pump()) {
                return false;
            }
        }
        flushOut(blocking);
        session.throwIfFailed();
        return true;
    }

    /**
     * Reads once from below and feeds the engine. False when nothing could
     * be read without blocking; an end of file is handed to the session.
     */
    private boolean pump() throws IOException {
        if (belowEof) {
            session.peerEof();
            session.throwIfFailed();
            return false;
        }
        int n = below.read(netIn, 0, netIn.length);
        if (n == 0) {
            return false;
        }
        if (n < 0) {
            belowEof = true;
            session.peerEof();
            return true;
        }
        session.offer(netIn, 0, n);
        if (session.failed()) {
            try {
                flushOut(false); // the alert that tells the peer why
            } catch (IOException e) {
                // the peer may be gone already
            }
        }
        return true;
    }

    // --------------------------------------------------------------- I/O

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        active = true;
        boolean wasDone = session.handshakeDone();
        try {
            return readDecrypted(buf, off, len);
        } finally {
            if (wasDone != session.handshakeDone() || session.failed()) {
                // the handshake ended here: what we watch the socket for changes
                updateWatch();
            }
        }
    }

    private int readDecrypted(byte[] buf, int off, int len) throws IOException {
        for (;;) {
            int avail = session.protocol.getAvailableInputBytes();
            if (avail > 0) {
                return session.protocol.readInput(buf, off, Math.min(len, avail));
            }
            session.throwIfFailed();
            if (session.inputClosed() || belowEof && session.handshakeDone()) {
                if (belowEof) {
                    session.peerEof();
                }
                flushOut(false);
                return -1;
            }
            // Handshake messages (or our answers to the peer's) go out before we wait for more.
            flushOut(blocking);
            if (!pump()) {
                session.throwIfFailed();
                return 0;
            }
            flushOut(false);
        }
    }

    @Override
    public int write(byte[] buf, int off, int len) throws IOException {
        active = true;
        if (!session.handshakeDone() && !handshake()) {
            return 0;
        }
        session.throwIfFailed();
        if (session.inputClosed() && session.protocol.isClosed()) {
            throw PosixException.brokenPipe();
        }
        // Back-pressure: while the socket has not taken earlier records, take no more.
        if (!blocking && !flushOut(false)) {
            return 0;
        }
        session.protocol.writeApplicationData(buf, off, len);
        flushOut(blocking);
        return len;
    }

    /**
     * Moves the engine's output to the driver below. Returns true when all
     * of it went; when {@code block}, waits until it has (a blocking driver
     * below takes at least one byte per call).
     */
    private boolean flushOut(boolean block) throws IOException {
        if (writeClosed) {
            int avail = session.protocol.getAvailableOutputBytes();
            if (avail > 0) {
                session.protocol.readOutput(new byte[avail], 0, avail);
            }
            return true;
        }
        for (;;) {
            if (outPos == outLen) {
                int avail = session.protocol.getAvailableOutputBytes();
                if (avail == 0) {
                    return true;
                }
                if (avail > netOut.length) {
                    netOut = new byte[Math.max(avail, netOut.length * 2)];
                }
                outLen = session.protocol.readOutput(netOut, 0, avail);
                outPos = 0;
            }
            int n = below.write(netOut, outPos, outLen - outPos);
            if (n == 0 && !block) {
                return false;
            }
            sentAny |= n > 0;
            outPos += n;
        }
    }

    /**
     * Records waiting for the socket. A layer nobody has used yet (no read,
     * write, handshake or event) has none, although the engine holds the
     * client's hello: popping it then must not send anything.
     */
    @Override
    public boolean hasPendingOutput() {
        return active && recordsWaiting();
    }

    /** Records the engine made that the driver below has not taken yet. */
    private boolean recordsWaiting() {
        return outPos < outLen || session.protocol.getAvailableOutputBytes() > 0;
    }

    @Override
    public boolean flushPending() throws IOException {
        return !active || flushOut(blocking);
    }

    // ------------------------------------------------------------ closing

    @Override
    public void close() throws IOException {
        closed = true;
        session.close();
        if (!session.failed() && !belowEof && sentAny) {
            try {
                // close_notify goes out even on a non-blocking channel, as the channel is going away.
                below.setBlocking(true);
                flushOut(true);
            } catch (IOException e) {
                // the peer may be gone already
            }
        }
        belowMask = 0;
        below.watch(0, null);
    }

    @Override
    public boolean canCloseHalf() {
        return below.canCloseHalf();
    }

    /**
     * Half-close. Closing our sending side sends close_notify after every
     * record written so far and ends the TCP stream; the reading side stays
     * usable until the peer's close_notify (TclTLS refuses half-closes
     * with EINVAL; a socket allows them). Closing the reading side simply
     * stops reading.
     */
    @Override
    public void closeHalf(int direction) throws IOException {
        if (direction == WRITABLE) {
            session.closeWrite();
            // Everything goes out before the TCP stream ends, even on a non-blocking channel.
            below.setBlocking(true);
            try {
                flushOut(true);
            } finally {
                below.setBlocking(blocking);
            }
            writeClosed = true;
        }
        below.closeHalf(direction);
    }

    // ------------------------------------------------------------- events

    @Override
    public int readyOps() {
        int ready = below.readyOps() & WRITABLE;
        if (session.protocol.getAvailableInputBytes() > 0 || session.failed() || session.inputClosed()) {
            ready |= READABLE;
        }
        return ready;
    }

    @Override
    public void watch(int mask, ReadySink sink) {
        this.watchMask = mask;
        this.sink = sink;
        updateWatch();
    }

    /**
     * Tells the driver below which events we need now: the script's, plus
     * the handshake's and the flush's. The handshake goes on in the
     * background whenever the event loop runs, even on a channel nobody
     * watches (a server's freshly accepted connection), as a TCP handshake
     * would.
     */
    private void updateWatch() {
        boolean done = session.handshakeDone();
        boolean handshaking = !done && !session.failed() && !closed;
        int m = 0;
        if ((watchMask & READABLE) != 0 || handshaking) {
            m |= READABLE;
        }
        if ((watchMask & WRITABLE) != 0 && done || !closed && recordsWaiting()) {
            m |= WRITABLE;
        }
        if (m != belowMask) {
            belowMask = m;
            below.watch(m, m == 0 ? null : this::belowReady);
        }
    }

    /** An event from the socket: move bytes along, then tell the channel what it can do now. */
    private void belowReady(int ready) {
        active = true;
        try {
            if ((ready & WRITABLE) != 0) {
                flushOut(false);
            }
            if ((ready & READABLE) != 0 && !session.failed() && !session.inputClosed()
                    && session.protocol.getAvailableInputBytes() < INPUT_HIGH_WATER) {
                pump();
                flushOut(false);
            }
        } catch (IOException e) {
            if (!session.failed()) {
                session.fail(e.getMessage() == null ? "I/O error" : e.getMessage());
            }
        }
        int report = 0;
        boolean trouble = session.failed() || belowEof || session.inputClosed();
        if ((watchMask & READABLE) != 0
                && (session.protocol.getAvailableInputBytes() > 0 || trouble)) {
            report |= READABLE;
        }
        if ((watchMask & WRITABLE) != 0
                && (session.handshakeDone() && (ready & WRITABLE) != 0 && !hasPendingOutput() || trouble)) {
            report |= WRITABLE;
        }
        ReadySink s = sink;
        updateWatch();
        if (report != 0 && s != null) {
            s.ready(report);
        }
    }

    /**
     * Starts watching the socket, so that the handshake (a client's hello
     * first) goes out as soon as the event loop runs or the script reads or
     * writes. Nothing is sent before that: {@code tls::import} followed at
     * once by {@code tls::unimport} leaves the plain channel untouched.
     */
    void start() {
        updateWatch();
    }
}
