package org.tcl4j.core.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;

/**
 * A Tcl channel: a name plus a stack of {@link ChannelDriver}s, with the
 * buffering, encoding, end-of-line translation, end-of-file character,
 * blocking mode and event handlers ({@code fileevent}) that Tcl puts above
 * the drivers.
 *
 * <p>Pushing a driver ({@link #push}) keeps the name, as Tcl_StackChannel
 * does: {@code tls::import $sock} hands back {@code $sock}. The new driver
 * gets the old top as the driver below it; input the channel had already
 * read is given back to it first, and pending output is flushed before.
 *
 * <p>Non-blocking channels never block: reads return what is there, writes
 * are queued and flushed in the background by the event loop, and a close
 * with output pending completes in the background too.
 */
public final class Channel {
    /** {@code -buffering}. */
    public enum Buffering {
        FULL, LINE, NONE
    }

    static final int READABLE = ChannelDriver.READABLE;
    static final int WRITABLE = ChannelDriver.WRITABLE;
    static final int MAX_BUFFER_SIZE = 1 << 20;

    /** The table that holds the descriptor numbers: the first one that registered the channel. */
    private ChannelTable table;
    private final Notifier notifier;
    private String name;
    /** Drivers, bottom first. */
    private final List<ChannelDriver> stack = new ArrayList<>(2);
    private int modes;
    final ChannelInput in;
    final ChannelOutput out = new ChannelOutput();
    private boolean blocking = true;
    private Buffering buffering = Buffering.FULL;
    private int bufferSize = 4096;
    private Encodings.Encoding encoding;
    /** Output goes straight to the driver after every write (the stdio channels). */
    private boolean writeThrough;
    /** Set by the notifier while a readiness event for this channel is queued. */
    boolean eventQueued;
    private int signalled;
    private int watchMask;
    private final ChannelDriver.ReadySink sink = this::driverReady;
    /** {@code fileevent} scripts, newest first: one per interpreter and direction (a channel may be shared). */
    private final List<Handler> handlers = new ArrayList<>(1);
    /** The channel tables that hold this channel (more than one when shared with {@code interp share}). */
    final List<ChannelTable> tables = new ArrayList<>(1);
    /** Output is waiting for the driver to become writable. */
    private boolean backgroundFlush;
    /** Closed by the script, finishing a background flush before the drivers close. */
    private boolean closing;
    private boolean closed;
    /** A background write failed; the next write, flush or close reports it. */
    private IOException pendingError;
    /** An fcopy reading from / writing to this channel. */
    Copier readCopy;
    Copier writeCopy;
    /** An fcopy (synchronous or not) is moving data through this channel. */
    boolean copying;
    /**
     * A driver's own error that an fcopy reported only as {@code invalid
     * argument}; close reports it, as tclsh keeps it on the channel.
     */
    private TclException closeMessage;

    /**
     * Makes a channel over {@code driver}; register it with
     * {@link ChannelTable#add} to give it to scripts.
     */
    public Channel(ChannelTable table, String name, ChannelDriver driver) {
        this.table = table;
        this.notifier = table.notifier();
        this.name = name;
        this.stack.add(driver);
        this.modes = driver.modes();
        this.in = new ChannelInput(this::readTop);
        this.encoding = table.systemEncoding();
        in.setEncoding(encoding);
        out.setEncoding(encoding);
        out.setTranslation(Translation.LF);
    }

    // ------------------------------------------------------------ identity

    public String name() {
        return name;
    }

    void rename(String newName) {
        name = newName;
    }

    public Interp interp() {
        return table.interp();
    }

    public Notifier notifier() {
        return notifier;
    }

    public ChannelTable table() {
        return table;
    }

    /** The driver on top of the stack (the one the channel reads and writes). */
    public ChannelDriver top() {
        return stack.get(stack.size() - 1);
    }

    public ChannelDriver bottom() {
        return stack.get(0);
    }

    /** The drivers, bottom first. */
    public List<ChannelDriver> drivers() {
        return List.copyOf(stack);
    }

    public boolean isReadable() {
        return (modes & READABLE) != 0;
    }

    public boolean isWritable() {
        return (modes & WRITABLE) != 0;
    }

    public boolean isClosed() {
        return closed || closing;
    }

    public boolean isBlocking() {
        return blocking;
    }

    void setWriteThrough(boolean on) {
        writeThrough = on;
    }

    // ------------------------------------------------------------- errors

    private TclException ioError(String what, IOException e) {
        if (e instanceof ScriptError se) {
            if (copying) {
                // tclsh's fcopy reports the errno (EINVAL) and leaves the message for close
                closeMessage = se.error();
                PosixException p = PosixException.invalidArgument();
                return new TclException("error " + what + " \"" + name + "\": " + p.getMessage(), p.errorCode());
            }
            return se.error();
        }
        if (e instanceof DriverError de) {
            return new TclException("error " + what + " \"" + name + "\": " + de.getMessage(), de.errorCode());
        }
        PosixException p = PosixException.of(e);
        return new TclException("error " + what + " \"" + name + "\": " + p.getMessage(), p.errorCode());
    }

    void checkReadable() throws TclException {
        if (!isReadable()) {
            throw new TclException("channel \"" + name + "\" wasn't opened for reading");
        }
    }

    void checkWritable() throws TclException {
        if (!isWritable()) {
            throw new TclException("channel \"" + name + "\" wasn't opened for writing");
        }
    }

    private int readTop(byte[] b, int off, int len) throws IOException {
        return top().read(b, off, len);
    }

    // ------------------------------------------------------------- reading

    /** The next line without its end, or null when none is complete (see {@link #blocked()} and {@link #eof()}). */
    public String gets() throws TclException {
        checkReadable();
        try {
            return in.gets();
        } catch (IOException e) {
            throw ioError("reading", e);
        }
    }

    /**
     * Reads {@code count} characters, or everything up to end of file when
     * negative (on a non-blocking channel: what is there now).
     */
    public String read(int count) throws TclException {
        checkReadable();
        try {
            return in.read(count);
        } catch (IOException e) {
            throw ioError("reading", e);
        }
    }

    /** Raw bytes for a binary copy: count, 0 for would-block, -1 for end of file. */
    int readBytes(byte[] dst, int off, int max) throws TclException {
        try {
            return in.readBytes(dst, off, max);
        } catch (IOException e) {
            throw ioError("reading", e);
        }
    }

    public boolean eof() {
        return in.eof();
    }

    /** Did the last input operation stop for lack of data ({@code fblocked})? */
    public boolean blocked() {
        return in.blocked();
    }

    /** Bytes read from the driver and not yet consumed ({@code chan pending input}). */
    public int inputPending() {
        return isReadable() ? in.available() : -1;
    }

    /** Bytes written but not yet given to the driver ({@code chan pending output}). */
    public int outputPending() {
        return isWritable() ? out.pending() : -1;
    }

    // ------------------------------------------------------------- writing

    /** Writes text (translated and encoded per the channel's options). */
    public void write(CharSequence s) throws TclException {
        write(s.toString(), false);
    }

    /** Writes text and, when {@code newline}, a line end after it ({@code puts}). */
    public void write(String s, boolean newline) throws TclException {
        checkWritable();
        reportPendingError("writing");
        if (in.rawBuffered() > 0 && isReadable()) {
            dropReadAhead();
        }
        boolean wroteNewline = out.append(s, newline, buffering == Buffering.LINE);
        afterWrite(wroteNewline);
    }

    /**
     * Writes bytes already in this channel's encoding (an fcopy that does not
     * convert): they are not encoded again, but LF still becomes the
     * channel's line end.
     */
    void writeBytes(byte[] b, int off, int len) throws TclException {
        reportPendingError("writing");
        boolean newline = out.appendEncoded(b, off, len, buffering == Buffering.LINE);
        afterWrite(newline);
    }

    /**
     * Before writing to a seekable channel that has read ahead, moves the
     * driver back to where the script is and forgets the read-ahead, so the
     * data lands after what the script has read (as tclsh does for r+ files).
     */
    private void dropReadAhead() throws TclException {
        try {
            long pos = top().seek(-in.rawBuffered(), 1);
            if (pos >= 0) {
                in.reset();
            }
        } catch (IOException e) {
            throw ioError("during seek on", e);
        }
    }

    private void afterWrite(boolean newline) throws TclException {
        if (writeThrough || buffering == Buffering.NONE || (buffering == Buffering.LINE && newline)
                || out.pending() >= bufferSize) {
            try {
                if (buffering == Buffering.FULL && !writeThrough) {
                    // as tclsh: only whole buffers go out; the partial last one waits
                    flushOut(out.pending() - out.pending() % bufferSize);
                    return;
                }
                flushOut();
                if (writeThrough && buffering == Buffering.NONE) {
                    top().flushPending();
                }
            } catch (IOException e) {
                throw ioError("writing", e);
            }
        }
    }

    private void reportPendingError(String what) throws TclException {
        if (pendingError != null) {
            IOException e = pendingError;
            pendingError = null;
            throw ioError(what, e);
        }
    }

    /** {@code flush}: blocking channels wait until the driver took everything. */
    public void flush() throws TclException {
        checkWritable();
        reportPendingError("flushing");
        try {
            flushOut();
            if (out.pending() == 0) {
                if (!top().flushPending() && !blocking) {
                    startBackgroundFlush();
                }
            }
        } catch (IOException e) {
            throw ioError("flushing", e);
        }
    }

    /**
     * Gives queued output to the driver. Blocking channels loop until it is
     * all taken; non-blocking ones leave the rest to a background flush.
     */
    private void flushOut() throws IOException {
        flushOut(Integer.MAX_VALUE);
    }

    /** Gives the driver up to {@code limit} bytes of the queued output (see {@link #flushOut()}). */
    private void flushOut(int limit) throws IOException {
        ChannelDriver top = top();
        int stopAt = Math.max(0, out.pending() - limit);
        while (out.pending() > stopAt) {
            int n;
            try {
                n = top.write(out.array(), out.start(), out.pending() - stopAt);
            } catch (IOException e) {
                out.clear(); // as tclsh, output that failed is dropped, not retried
                throw e;
            }
            if (n <= 0) {
                // would block (even a blocking driver may say so): finish in the background
                startBackgroundFlush();
                return;
            }
            out.consumed(n);
        }
        if (backgroundFlush && !top.hasPendingOutput()) {
            backgroundFlush = false;
            updateWatch();
        } else if (!blocking && top.hasPendingOutput()) {
            startBackgroundFlush();
        }
    }

    private void startBackgroundFlush() {
        if (!backgroundFlush) {
            backgroundFlush = true;
            updateWatch();
        }
    }

    /** Is output still waiting, here or inside the drivers? */
    boolean hasPendingOutput() {
        return out.pending() > 0 || top().hasPendingOutput();
    }

    /** One step of the background flush (the driver became writable). */
    private void backgroundFlushStep() {
        try {
            flushOut();
            if (out.pending() == 0 && top().hasPendingOutput()) {
                top().flushPending();
            }
        } catch (IOException e) {
            pendingError = e;
            out.clear();
            backgroundFlush = false;
            updateWatch();
        }
        if (!hasPendingOutput() || pendingError != null) {
            backgroundFlush = false;
            updateWatch();
            if (closing) {
                finishClose();
            }
        }
    }

    // ---------------------------------------------------------- positions

    /** {@code tell}: the position as the script sees it, or -1 when the channel cannot seek. */
    public long tell() throws TclException {
        long pos;
        try {
            pos = top().seek(0, 1);
        } catch (IOException e) {
            throw ioError("during tell on", e);
        }
        if (pos < 0) {
            return -1;
        }
        if (isReadable()) {
            pos -= in.rawBuffered();
        }
        if (isWritable()) {
            pos += out.pending();
        }
        return pos;
    }

    /** {@code seek}: whence 0 start, 1 current, 2 end. */
    public void seek(long offset, int whence) throws TclException {
        try {
            if (isWritable()) {
                flushOutBlocking();
            }
            if (whence == 1 && isReadable()) {
                offset -= in.rawBuffered();
            }
            long r = top().seek(offset, whence);
            if (r < 0) {
                throw PosixException.invalidArgument();
            }
            in.reset();
        } catch (IOException e) {
            throw ioError("during seek on", e);
        }
    }

    /** {@code chan truncate}: to {@code length}, or to the current position when negative. */
    public void truncate(long length) throws TclException {
        checkWritable();
        if (length < 0) {
            length = tell();
        }
        try {
            flushOutBlocking();
            if (!top().truncate(length)) {
                throw PosixException.invalidArgument();
            }
        } catch (IOException e) {
            throw ioError("during truncate on", e);
        }
    }

    private void flushOutBlocking() throws IOException {
        boolean saved = blocking;
        if (!saved) {
            setDriverBlocking(true);
            blocking = true;
        }
        try {
            flushOut();
            top().flushPending();
        } finally {
            if (!saved) {
                blocking = false;
                setDriverBlocking(false);
            }
        }
    }

    // ------------------------------------------------------------- closing

    /**
     * Closes the channel: its name is released at once; queued output is
     * flushed first (in the background when non-blocking), then the drivers
     * close, top first.
     */
    public void close() throws TclException {
        if (closed || closing) {
            return;
        }
        table.remove(this);
        handlers.clear();
        cancelCopies();
        IOException error = pendingError;
        pendingError = null;
        if (isWritable()) {
            out.appendEofChar();
            try {
                flushOut();
            } catch (IOException e) {
                error = error == null ? e : error;
                out.clear();
            }
            if (error == null && !blocking && hasPendingOutput()) {
                closing = true;
                startBackgroundFlush();
                return;
            }
            if (error == null && blocking) {
                try {
                    top().flushPending();
                } catch (IOException e) {
                    error = e;
                }
            }
        }
        IOException closeError = closeDrivers();
        if (error == null) {
            error = closeError;
        }
        if (error != null) {
            throw closeError(error);
        }
        if (closeMessage != null) {
            throw closeMessage;
        }
    }

    private static TclException closeError(IOException e) {
        if (e instanceof ScriptError se) {
            return se.error();
        }
        if (e instanceof DriverError de) {
            return new TclException(de.getMessage(), de.errorCode());
        }
        PosixException p = PosixException.of(e);
        return new TclException(p.getMessage(), p.errorCode());
    }

    private void finishClose() {
        closing = false;
        closeDrivers();
    }

    private IOException closeDrivers() {
        closed = true;
        watchMask = 0;
        notifier.watch(this, false);
        IOException first = null;
        for (int i = stack.size() - 1; i >= 0; i--) {
            try {
                stack.get(i).close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        table.released(this);
        return first;
    }

    /**
     * {@code close $chan read|write}: closes one direction; closing the last
     * open direction closes the channel.
     */
    public void closeHalf(int direction) throws TclException {
        String side = direction == READABLE ? "read" : "write";
        if ((modes & direction) == 0) {
            throw new TclException("Half-close of " + side + "-side not possible, side not opened or already closed");
        }
        if (modes == direction) {
            close();
            return;
        }
        if (!top().canCloseHalf()) {
            // as tclsh: an error without a message, and the channel stays as it was
            throw new TclException("");
        }
        try {
            if (direction == WRITABLE) {
                out.appendEofChar();
                flushOutBlocking();
                if (writeCopy != null) {
                    writeCopy.cancel();
                }
                handlers.removeIf(h -> h.mask == WRITABLE);
            } else {
                handlers.removeIf(h -> h.mask == READABLE);
                if (readCopy != null) {
                    readCopy.cancel();
                }
            }
            top().closeHalf(direction);
        } catch (IOException e) {
            throw closeError(e);
        } finally {
            modes &= ~direction;
            updateWatch();
        }
    }

    /** Finishes queued output when the program ends (the channel is set blocking first). */
    void flushAtExit() {
        if (closed) {
            return;
        }
        try {
            if (!blocking) {
                blocking = true;
                setDriverBlocking(true);
            }
            if (isWritable() || closing) {
                flushOut();
                top().flushPending();
            }
            if (closing) {
                finishClose();
            }
        } catch (IOException | RuntimeException e) {
            // the process is ending; nothing to report to
        }
    }

    private void cancelCopies() {
        if (readCopy != null) {
            readCopy.cancel();
        }
        if (writeCopy != null) {
            writeCopy.cancel();
        }
    }

    // ------------------------------------------------------------ stacking

    /**
     * Pushes a driver: {@code make} gets the driver below (the old top,
     * preceded by any input this channel had read but not consumed) and
     * returns the new top. Output pending is flushed first.
     */
    public void push(Function<ChannelDriver, ChannelDriver> make) throws TclException {
        if (isWritable()) {
            try {
                flushOutBlocking();
            } catch (IOException e) {
                throw ioError("flushing", e);
            }
        }
        ChannelDriver below = top();
        if (isReadable()) {
            byte[] unread = in.takeBuffered();
            if (unread.length > 0) {
                below = new PushbackDriver(unread, below);
                stack.add(below);
            }
        }
        int mask = watchMask;
        top().watch(0, sink);
        ChannelDriver d = make.apply(below);
        stack.add(d);
        modes &= d.modes();
        watchMask = 0;
        try {
            d.setBlocking(blocking);
        } catch (IOException e) {
            throw ioError("configuring", e);
        }
        if (mask != 0) {
            watchMask = mask;
            d.watch(mask, sink);
        }
        updateWatch();
    }

    /** Pops the top driver (closing it); popping the last one closes the channel. */
    public void pop() throws TclException {
        if (stack.size() == 1 || stack.size() == 2 && stack.get(0) instanceof PushbackDriver) {
            close();
            return;
        }
        IOException error = null;
        if (isWritable()) {
            try {
                flushOutBlocking();
            } catch (IOException e) {
                error = e;
            }
        }
        ChannelDriver d = stack.remove(stack.size() - 1);
        d.watch(0, sink);
        try {
            d.close();
        } catch (IOException e) {
            error = error == null ? e : error;
        }
        while (top() instanceof PushbackDriver p) {
            stack.remove(stack.size() - 1);
            in.unread(p.remaining());
        }
        modes = READABLE | WRITABLE;
        for (ChannelDriver x : stack) {
            modes &= x.modes();
        }
        int mask = watchMask;
        watchMask = 0;
        if (mask != 0) {
            watchMask = mask;
            top().watch(mask, sink);
        }
        if (error != null) {
            throw closeError(error);
        }
    }

    // ------------------------------------------------------------- events

    /** A {@code fileevent} script and the interpreter it runs in. */
    private record Handler(Interp interp, int mask, TclValue script) {
    }

    /** The {@code fileevent} script of {@code interp} for READABLE or WRITABLE, or null. */
    public TclValue handler(Interp interp, int mask) {
        for (Handler h : handlers) {
            if (h.interp == interp && h.mask == mask) {
                return h.script;
            }
        }
        return null;
    }

    /** The {@code fileevent} script of the channel's own interpreter, or null. */
    public TclValue handler(int mask) {
        return handler(interp(), mask);
    }

    /**
     * Sets (or, with null or an empty script, removes) the {@code fileevent}
     * script of {@code interp}; a new script is the first to run, as in Tcl.
     */
    public void setHandler(Interp interp, int mask, TclValue script) {
        handlers.removeIf(h -> h.interp == interp && h.mask == mask);
        if (script != null && !script.toString().isEmpty()) {
            handlers.add(0, new Handler(interp, mask, script));
        }
        updateWatch();
    }

    /** {@link #setHandler(Interp, int, TclValue)} for the channel's own interpreter. */
    public void setHandler(int mask, TclValue script) {
        setHandler(interp(), mask, script);
    }

    /** Drops every handler of {@code interp} (it no longer holds the channel). */
    void dropHandlers(Interp interp) {
        if (handlers.removeIf(h -> h.interp == interp)) {
            updateWatch();
        }
    }

    private boolean hasHandler(int mask) {
        for (Handler h : handlers) {
            if (h.mask == mask) {
                return true;
            }
        }
        return false;
    }

    /** Another table now holds the descriptor numbers (the first one let go of the channel). */
    void rehome(ChannelTable to) {
        table = to;
    }

    /** Recomputes what the channel wants to hear from its driver and the notifier. */
    void updateWatch() {
        if (closed) {
            return;
        }
        int m = 0;
        if ((readCopy != null || hasHandler(READABLE)) && isReadable()) {
            m |= READABLE;
        }
        if ((backgroundFlush || hasHandler(WRITABLE)) && (isWritable() || closing)) {
            m |= WRITABLE;
        }
        if (m != watchMask) {
            watchMask = m;
            top().watch(m, sink);
            notifier.watch(this, m != 0);
        }
    }

    private void driverReady(int mask) {
        if ((mask & watchMask) != 0 && !closed) {
            signalled |= mask;
            notifier.channelSignalled(this);
        }
    }

    /** What is ready now, without waiting: buffered input, or what the driver holds. */
    int readyNowMask() {
        if (closed || watchMask == 0) {
            return 0;
        }
        int m = signalled;
        if ((watchMask & READABLE) != 0 && in.hasBufferedData() && !in.blocked()) {
            m |= READABLE;
        }
        m |= top().readyOps();
        return m & watchMask;
    }

    /** Runs what a readiness event asks for: background flush, fcopy steps, fileevent scripts. */
    void serviceEvent() {
        if (closed) {
            return;
        }
        int mask = readyNowMask();
        signalled = 0;
        if ((mask & WRITABLE) != 0 && backgroundFlush) {
            backgroundFlushStep();
            if (closed) {
                return;
            }
        }
        if ((mask & READABLE) != 0 && readCopy != null) {
            readCopy.step();
        }
        if ((mask & WRITABLE) != 0 && writeCopy != null && !closed) {
            writeCopy.step();
        }
        if (handlers.isEmpty()) {
            return;
        }
        if (!backgroundFlush || (mask & WRITABLE) == 0) {
            runHandlers(mask);
        } else {
            runHandlers(mask & READABLE); // as tclsh: no writable event while queued output is still being flushed
        }
    }

    private void runHandlers(int mask) {
        if (mask == 0) {
            return;
        }
        for (Handler h : handlers.size() == 1 ? List.of(handlers.get(0)) : List.copyOf(handlers)) {
            if ((h.mask & mask) == 0 || isClosed() || !handlers.contains(h)) {
                continue;
            }
            if (!notifier.evalGlobal(h.interp, h.script, null) && !closed && handlers.remove(h)) {
                updateWatch(); // a failing handler is removed, as in Tcl
            }
        }
    }

    // ------------------------------------------------------------ options

    private static final List<String> STANDARD_OPTIONS = List.of("-blocking", "-buffering", "-buffersize",
            "-encoding", "-eofchar", "-translation");

    /** The full {@code fconfigure} listing: standard options, then the drivers'. */
    public TclValue allOptions() throws TclException {
        List<TclValue> l = new ArrayList<>();
        for (String o : STANDARD_OPTIONS) {
            l.add(TclValue.of(o));
            TclValue v = getOption(o);
            if (!(isReadable() && isWritable()) && (o.equals("-eofchar") || o.equals("-translation"))) {
                v = v.asList().get(0); // in the listing a one-direction value is the bare element
            }
            l.add(v);
        }
        List<String> seen = new ArrayList<>();
        for (int i = stack.size() - 1; i >= 0; i--) {
            List<TclValue> pairs = stack.get(i).optionValues();
            for (int k = 0; k + 1 < pairs.size(); k += 2) {
                String o = pairs.get(k).toString();
                if (!seen.contains(o)) {
                    seen.add(o);
                    l.add(pairs.get(k));
                    l.add(pairs.get(k + 1));
                }
            }
        }
        return TclValue.ofList(l);
    }

    /** One option's value; tclsh's "bad option" error for unknown names. */
    public TclValue getOption(String opt) throws TclException {
        switch (opt) {
            case "-blocking":
                return blocking ? TclValue.ONE : TclValue.ZERO;
            case "-buffering":
                return TclValue.of(buffering.name().toLowerCase());
            case "-buffersize":
                return TclValue.of(bufferSize);
            case "-encoding":
                return TclValue.of(encoding.name());
            case "-eofchar":
                return perDirection(eofName(in.eofChar()), eofName(out.eofChar()));
            case "-translation":
                return perDirection(TclValue.of(in.translation().tclName()),
                        TclValue.of(out.translation().tclName()));
            default:
                break;
        }
        for (int i = stack.size() - 1; i >= 0; i--) {
            TclValue v = stack.get(i).getOption(opt);
            if (v != null) {
                return v;
            }
        }
        throw badOption(opt, true);
    }

    private TclValue perDirection(TclValue inValue, TclValue outValue) {
        if (isReadable() && isWritable()) {
            return TclValue.ofList(inValue, outValue);
        }
        // one direction: a one-element list, so an empty eofchar reads {}
        if (isWritable()) {
            return TclValue.ofList(outValue);
        }
        return TclValue.ofList(inValue);
    }

    private static TclValue eofName(int c) {
        return c < 0 ? TclValue.EMPTY : TclValue.of(String.valueOf((char) c));
    }

    TclException badOption(String opt, boolean forGet) {
        List<String> names = new ArrayList<>(STANDARD_OPTIONS);
        if (forGet) {
            for (int i = stack.size() - 1; i >= 0; i--) {
                for (String o : stack.get(i).allOptionNames()) {
                    if (!names.contains(o)) {
                        names.add(o);
                    }
                }
            }
        }
        StringBuilder sb = new StringBuilder("bad option \"").append(opt).append("\": should be one of ");
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(i == names.size() - 1 ? (names.size() > 2 ? ", or " : " or ") : ", ");
            }
            sb.append(names.get(i));
        }
        return new TclException(sb.toString());
    }

    /** Sets one option, with tclsh's checks and messages. */
    public void setOption(String opt, TclValue value) throws TclException {
        switch (opt) {
            case "-blocking":
                setBlocking(IoArgs.bool(value));
                return;
            case "-buffering": {
                String v = value.toString();
                Buffering b = switch (v) {
                    case "full" -> Buffering.FULL;
                    case "line" -> Buffering.LINE;
                    case "none" -> Buffering.NONE;
                    default -> throw new TclException(
                            "bad value for -buffering: must be one of full, line, or none");
                };
                buffering = b;
                if (b != Buffering.FULL && isWritable() && out.pending() > 0) {
                    flush();
                }
                return;
            }
            case "-buffersize": {
                long n = IoArgs.integer(value);
                if (n >= 1) {
                    bufferSize = (int) Math.min(n, MAX_BUFFER_SIZE);
                    in.setBufferSize(bufferSize);
                }
                return;
            }
            case "-encoding":
                setEncoding(Encodings.lookup(value.toString()));
                return;
            case "-eofchar":
                setEofChar(value);
                return;
            case "-translation":
                setTranslation(value);
                return;
            default:
                break;
        }
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (stack.get(i).setOption(opt, value)) {
                return;
            }
        }
        throw badOption(opt, false);
    }

    public void setBlocking(boolean b) throws TclException {
        if (b == blocking) {
            return;
        }
        blocking = b;
        try {
            setDriverBlocking(b);
        } catch (IOException e) {
            throw ioError("configuring", e);
        }
        if (b && backgroundFlush) {
            try {
                flushOut();
                top().flushPending();
            } catch (IOException e) {
                throw ioError("flushing", e);
            }
        }
    }

    private void setDriverBlocking(boolean b) throws IOException {
        for (int i = stack.size() - 1; i >= 0; i--) {
            stack.get(i).setBlocking(b);
        }
    }

    public void setEncoding(Encodings.Encoding e) {
        encoding = e;
        in.setEncoding(e);
        out.setEncoding(e);
    }

    public Encodings.Encoding encoding() {
        return encoding;
    }

    public void setBuffering(Buffering b) {
        buffering = b;
    }

    public Buffering buffering() {
        return buffering;
    }

    private void setEofChar(TclValue value) throws TclException {
        TclList l = value.asList();
        if (l.size() > 2) {
            throw new TclException("bad value for -eofchar: should be a list of zero, one, or two elements");
        }
        int inC = l.isEmpty() ? -1 : eofCharOf(l.get(0));
        int outC = l.isEmpty() ? -1 : eofCharOf(l.get(l.size() - 1));
        if (isReadable()) {
            in.setEofChar(inC);
        }
        if (isWritable()) {
            out.setEofChar(outC);
        }
    }

    private static int eofCharOf(TclValue v) throws TclException {
        String s = v.toString();
        if (s.isEmpty()) {
            return -1;
        }
        char c = s.charAt(0);
        if (c == 0 || c >= 0x80) {
            throw new TclException("bad value for -eofchar: must be non-NUL ASCII character");
        }
        return c;
    }

    private void setTranslation(TclValue value) throws TclException {
        TclList l = value.asList();
        if (l.isEmpty() || l.size() > 2) {
            throw new TclException("bad value for -translation: must be a one or two element list");
        }
        String inName = l.get(0).toString();
        String outName = l.get(l.size() - 1).toString();
        Translation inT = translationOf(inName);
        Translation outT = translationOf(outName);
        boolean binary = false;
        if (isReadable()) {
            in.setTranslation(inT);
            if (inName.equals("binary")) {
                binary = true;
                in.setEofChar(-1);
            }
        }
        if (isWritable()) {
            out.setTranslation(outT);
            if (outName.equals("binary")) {
                binary = true;
                out.setEofChar(-1);
            }
        }
        if (binary) {
            setEncoding(Encodings.BINARY);
        }
    }

    private static Translation translationOf(String s) throws TclException {
        switch (s) {
            case "auto":
                return Translation.AUTO;
            case "binary":
            case "lf":
            case "platform":
                return Translation.LF;
            case "cr":
                return Translation.CR;
            case "crlf":
                return Translation.CRLF;
            default:
                throw new TclException(
                        "bad value for -translation: must be one of auto, binary, cr, lf, crlf, or platform");
        }
    }

    /** Sets the translations directly (drivers' defaults: sockets write CRLF). */
    public void setTranslation(Translation input, Translation output) {
        in.setTranslation(input);
        out.setTranslation(output);
    }

    @Override
    public String toString() {
        return name;
    }
}
