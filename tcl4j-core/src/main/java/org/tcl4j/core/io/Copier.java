package org.tcl4j.core.io;

import java.util.ArrayList;
import java.util.List;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * {@code fcopy}: moves data from one channel to another until end of file
 * or {@code -size} characters. Without {@code -command} it runs to the end
 * with both channels blocking; with it, both channels are made non-blocking
 * and the copy advances from the event loop as input arrives and output
 * drains, then calls {@code command count ?errorMessage?}. The original
 * blocking modes are restored at the end.
 *
 * <p>When both channels are binary (binary encoding, no translation, no
 * eofchar) bytes move without decoding; otherwise the data goes through
 * the channels' encodings and translations, and the count is in characters.
 */
final class Copier {
    /** How much output may wait in the output channel before reading pauses. */
    private static final int OUTPUT_HIGH_WATER = 256 * 1024;
    private static final int CHUNK = 64 * 1024;

    private final Channel input;
    private final Channel output;
    private final long size;
    private final TclValue command;
    /** Where the -command callback runs: the interpreter that called fcopy. */
    private final Interp interp;
    private final boolean bytes;
    private final boolean inWasBlocking;
    private final boolean outWasBlocking;
    private final byte[] chunk;
    private long total;
    private boolean done;

    private Copier(Interp interp, Channel input, Channel output, long size, TclValue command) {
        this.interp = interp;
        this.input = input;
        this.output = output;
        this.size = size;
        this.command = command;
        this.bytes = isBinary(input, output);
        this.inWasBlocking = input.isBlocking();
        this.outWasBlocking = output.isBlocking();
        this.chunk = bytes ? new byte[CHUNK] : null;
    }

    private static boolean isBinary(Channel in, Channel out) {
        return in.encoding().isBinary() && out.encoding().isBinary()
                && in.in.translation() == Translation.LF
                && (out.out.translation() == Translation.LF || out.out.translation() == Translation.AUTO)
                && in.in.eofChar() < 0;
    }

    /** Copies synchronously; returns the count. */
    static long copy(Channel in, Channel out, long size) throws TclException {
        Copier c = new Copier(null, in, out, size, null);
        try {
            in.setBlocking(true);
            out.setBlocking(true);
            while (!c.done) {
                c.transfer(Long.MAX_VALUE);
            }
            return c.total;
        } finally {
            c.restoreModes();
        }
    }

    /** Starts a background copy that reports to {@code command}. */
    static void start(Interp interp, Channel in, Channel out, long size, TclValue command) throws TclException {
        Copier c = new Copier(interp, in, out, size, command);
        in.readCopy = c;
        out.writeCopy = c;
        in.setBlocking(false);
        out.setBlocking(false);
        in.updateWatch();
        out.updateWatch();
        // the first step runs from the event loop too, so the callback never runs inside fcopy
        in.notifier().queueEvent(c::step);
    }

    /** One round from the event loop: move what can move without blocking. */
    void step() {
        if (done) {
            return;
        }
        try {
            transfer(4 * CHUNK);
        } catch (TclException e) {
            finish(e.result().toString());
            return;
        }
        if (done) {
            finish(null);
        }
    }

    /**
     * Moves data until end of file, the size limit, a would-block, or
     * {@code budget} units; sets {@link #done} at the end.
     */
    private void transfer(long budget) throws TclException {
        long moved = 0;
        while (moved < budget) {
            if (size >= 0 && total >= size) {
                complete();
                return;
            }
            if (command != null && output.outputPending() > OUTPUT_HIGH_WATER) {
                return; // wait for the output to drain (the output channel is watched for writable)
            }
            long want = size >= 0 ? Math.min(size - total, CHUNK) : CHUNK;
            int n;
            if (bytes) {
                n = input.readBytes(chunk, 0, (int) want);
                if (n > 0) {
                    output.writeBytes(chunk, 0, n);
                }
            } else {
                String s = input.read((int) want);
                n = s.length();
                if (n > 0) {
                    output.write(s);
                } else if (input.blocked()) {
                    n = 0;
                } else if (input.eof()) {
                    n = -1;
                }
            }
            if (n < 0 || (n == 0 && input.eof())) {
                complete();
                return;
            }
            if (n == 0) {
                return; // would block: the input channel is watched for readable
            }
            total += n;
            moved += n;
        }
    }

    private void complete() throws TclException {
        done = true;
        if (command == null) {
            output.flush();
        } else {
            output.flush(); // non-blocking: the rest drains in the background
        }
    }

    private void finish(String error) {
        done = true;
        detach();
        restoreModesQuietly();
        List<TclValue> words = new ArrayList<>();
        try {
            words.addAll(command.asList());
        } catch (TclException e) {
            words.add(command);
        }
        words.add(TclValue.of(total));
        if (error != null) {
            words.add(TclValue.of(error));
        }
        input.notifier().evalGlobal(interp, TclValue.ofList(words), null);
    }

    private void detach() {
        if (input.readCopy == this) {
            input.readCopy = null;
            input.updateWatch();
        }
        if (output.writeCopy == this) {
            output.writeCopy = null;
            output.updateWatch();
        }
    }

    /** Stops a background copy without calling back (a channel was closed). */
    void cancel() {
        done = true;
        detach();
        restoreModesQuietly();
    }

    private void restoreModes() throws TclException {
        if (!input.isClosed()) {
            input.setBlocking(inWasBlocking);
        }
        if (!output.isClosed()) {
            output.setBlocking(outWasBlocking);
        }
    }

    private void restoreModesQuietly() {
        try {
            restoreModes();
        } catch (TclException ignored) {
            // the channel went away
        }
    }
}
