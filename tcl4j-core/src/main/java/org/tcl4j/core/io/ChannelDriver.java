package org.tcl4j.core.io;

import java.io.IOException;
import java.util.List;

import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * The bottom half of a channel: something that moves raw bytes (a file, a
 * socket, a Tcl-level reflected channel, or a transform such as TLS stacked
 * on another driver). A {@link Channel} owns a stack of drivers and does all
 * buffering, encoding and end-of-line translation above the top one.
 *
 * <h2>Contract</h2>
 * <ul>
 * <li>{@link #read} returns the number of bytes read ({@code > 0}), 0 when a
 * non-blocking driver has nothing now ("would block"), or -1 at end of file.
 * A blocking driver waits for at least one byte or end of file.</li>
 * <li>{@link #write} returns how many bytes it took; a non-blocking driver
 * may take fewer than offered, or none. A blocking driver takes at least one.</li>
 * <li>Readiness: the channel calls {@link #watch} with the events it wants
 * (READABLE, WRITABLE or both; 0 to stop). The driver then reports readiness
 * through the given {@link ReadySink}, from the interpreter's thread: a
 * socket driver when its selector says so, a stacked driver when it decides
 * (for instance "readable because I hold decrypted bytes" although the
 * socket below is idle). {@link #readyOps} reports what the driver knows to
 * be ready without waiting; the notifier asks it before it would block.</li>
 * <li>All methods are called on the interpreter's thread.</li>
 * </ul>
 */
public interface ChannelDriver {
    /** Event and mode bit: the driver can be read. */
    int READABLE = 1;
    /** Event and mode bit: the driver can be written. */
    int WRITABLE = 2;

    /** The kind of channel, as {@code chan configure} types it: "file", "tcp", "tls"... */
    String typeName();

    /** The directions this driver supports, a mask of READABLE and WRITABLE. */
    int modes();

    /** Reads up to {@code len} bytes: the count, 0 for would-block, -1 for end of file. */
    int read(byte[] buf, int off, int len) throws IOException;

    /** Writes up to {@code len} bytes; returns how many were taken (0 only when non-blocking). */
    int write(byte[] buf, int off, int len) throws IOException;

    /** Switches between blocking and non-blocking operation. */
    default void setBlocking(boolean blocking) throws IOException {
    }

    /** Closes the driver in both directions (and, for a stacked driver, only itself). */
    void close() throws IOException;

    /** Can one direction be closed alone ({@link #closeHalf})? Sockets and pipelines can, files cannot. */
    default boolean canCloseHalf() {
        return false;
    }

    /** Closes one direction (READABLE or WRITABLE), as a socket's shutdown does. */
    default void closeHalf(int direction) throws IOException {
        throw PosixException.invalidArgument();
    }

    /**
     * Moves the position: {@code whence} 0 from the start, 1 from the current
     * position, 2 from the end. Returns the new position, or -1 when the
     * driver cannot seek.
     */
    default long seek(long offset, int whence) throws IOException {
        return -1;
    }

    /** Truncates to {@code length} bytes; false when the driver cannot. */
    default boolean truncate(long length) throws IOException {
        return false;
    }

    /** Options the driver adds to {@code fconfigure}'s full listing, in order. */
    default List<String> optionNames() {
        return List.of();
    }

    /**
     * Options the driver knows, also those only given when asked by name
     * ({@code -error} of a socket); used in the "bad option" message.
     */
    default List<String> allOptionNames() {
        return optionNames();
    }

    /**
     * The driver's part of {@code fconfigure}'s full listing: names and
     * values alternating. By default the options of {@link #optionNames()}.
     */
    default List<TclValue> optionValues() throws TclException {
        List<TclValue> l = new java.util.ArrayList<>();
        for (String o : optionNames()) {
            TclValue v = getOption(o);
            if (v != null) {
                l.add(TclValue.of(o));
                l.add(v);
            }
        }
        return l;
    }

    /** The value of a driver option, or null when the driver has no such option. */
    default TclValue getOption(String name) throws TclException {
        return null;
    }

    /** Sets a driver option; false when the driver has no such (settable) option. */
    default boolean setOption(String name, TclValue value) throws TclException {
        return false;
    }

    /** What is ready now without waiting (bytes held inside, or always-ready files). */
    default int readyOps() {
        return 0;
    }

    /**
     * Declares the events the channel wants to hear about (0: none). The
     * driver reports them to {@code sink} until told otherwise.
     */
    default void watch(int mask, ReadySink sink) {
    }

    /**
     * Output held inside the driver itself (an encrypting transform's
     * records, a socket's queued bytes): the channel keeps flushing in the
     * background and delays a close until it is gone.
     */
    default boolean hasPendingOutput() {
        return false;
    }

    /**
     * Pushes out output held inside the driver as far as possible without
     * blocking (or completely, when blocking). Returns true when none is left.
     */
    default boolean flushPending() throws IOException {
        return true;
    }

    /** How a driver tells its channel that events happened. */
    @FunctionalInterface
    interface ReadySink {
        /** READABLE and/or WRITABLE became true. */
        void ready(int mask);
    }
}
