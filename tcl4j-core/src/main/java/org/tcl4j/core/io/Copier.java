package org.tcl4j.core.io;

import java.nio.charset.StandardCharsets;
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
 * <p>As in tclsh, what is converted depends on the two encodings. When the
 * input is binary or both channels use the same encoding, bytes are read
 * without decoding (input translation and eofchar still apply) and the
 * count is in bytes; otherwise characters are read and counted. When the
 * output is binary or uses the input's encoding, what was read is written
 * without encoding (characters go out as UTF-8); otherwise bytes from a
 * binary input are taken as UTF-8 text and encoded for the output. So
 * {@code fcopy} from a socket configured {@code -translation binary} into a
 * UTF-8 file copies the bytes unchanged, which Tcl's http package relies on.
 * Output translation always applies.
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
    /** Read bytes straight from the input buffer (no decoding, translation or eofchar to apply). */
    private final boolean rawIn;
    /** Read bytes, but through the input translation: characters turned back into the input's bytes. */
    private final boolean bytesViaChars;
    /** Write what was read without encoding it for the output. */
    private final boolean rawOut;
    /** Bytes from a binary input, read as UTF-8 text for an output in another encoding. */
    private final TextDecoder utf8;
    /** The tail of the last piece for {@link #utf8} that ends inside a character. */
    private byte[] carry = new byte[0];
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
        Encodings.Encoding inEnc = input.encoding();
        Encodings.Encoding outEnc = output.encoding();
        boolean same = inEnc.name().equals(outEnc.name());
        boolean bytesIn = inEnc.isBinary() || same;
        boolean untranslated = input.in.translation() == Translation.LF && input.in.eofChar() < 0;
        this.rawIn = bytesIn && untranslated;
        this.bytesViaChars = bytesIn && !untranslated;
        this.rawOut = outEnc.isBinary() || same;
        this.utf8 = bytesIn && !rawOut ? new TextDecoder(Encodings.UTF8) : null;
        this.inWasBlocking = input.isBlocking();
        this.outWasBlocking = output.isBlocking();
        this.chunk = rawIn ? new byte[CHUNK] : null;
    }

    /** Copies synchronously; returns the count. */
    static long copy(Channel in, Channel out, long size) throws TclException {
        Copier c = new Copier(null, in, out, size, null);
        c.setCopying(true);
        try {
            in.setBlocking(true);
            out.setBlocking(true);
            while (!c.done) {
                c.transfer(Long.MAX_VALUE);
            }
            return c.total;
        } finally {
            c.setCopying(false);
            c.restoreModes();
        }
    }

    /** Starts a background copy that reports to {@code command}. */
    static void start(Interp interp, Channel in, Channel out, long size, TclValue command) throws TclException {
        Copier c = new Copier(interp, in, out, size, command);
        in.readCopy = c;
        out.writeCopy = c;
        c.setCopying(true);
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
            if (rawIn) {
                n = input.readBytes(chunk, 0, (int) want);
                if (n > 0) {
                    writeRead(chunk, n);
                }
            } else {
                // counted in bytes: a character can be several, so read fewer near the -size limit
                int chars = bytesViaChars && size >= 0 ? (int) Math.max(1, want / 4) : (int) want;
                String s = input.read(chars);
                if (!s.isEmpty()) {
                    if (bytesViaChars) {
                        byte[] b = bytesOf(input.encoding(), s);
                        n = b.length;
                        writeRead(b, n);
                    } else {
                        n = s.length();
                        writeChars(s);
                    }
                } else if (input.blocked()) {
                    n = 0;
                } else if (input.eof()) {
                    n = -1;
                } else {
                    n = 0;
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

    /** Writes bytes as read from the input (see the class comment). */
    private void writeRead(byte[] b, int n) throws TclException {
        if (rawOut) {
            output.writeBytes(b, 0, n);
            return;
        }
        byte[] data = b;
        int len = n;
        if (carry.length > 0) {
            data = new byte[carry.length + n];
            System.arraycopy(carry, 0, data, 0, carry.length);
            System.arraycopy(b, 0, data, carry.length, n);
            len = data.length;
        }
        String s = utf8.decode(data, 0, len, false, -1);
        carry = java.util.Arrays.copyOfRange(data, utf8.consumed, len);
        output.write(s);
    }

    /** Writes characters as read from the input: encoded by the output, or as UTF-8 for a binary one. */
    private void writeChars(String s) throws TclException {
        if (rawOut) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            output.writeBytes(b, 0, b.length);
        } else {
            output.write(s);
        }
    }

    /** The bytes of {@code s} in {@code e} (characters read back to the bytes they came from). */
    @SuppressWarnings("deprecation")
    private static byte[] bytesOf(Encodings.Encoding e, String s) {
        if (e.isBinary()) {
            byte[] b = new byte[s.length()];
            s.getBytes(0, s.length(), b, 0);
            return b;
        }
        if (e.table() != null) {
            return e.table().encodeBytes(s);
        }
        return s.getBytes(e.charset());
    }

    private void complete() throws TclException {
        done = true;
        if (carry.length > 0) {
            // an incomplete character at the end: its bytes stand for themselves
            output.write(utf8.decode(carry, 0, carry.length, true, -1));
            carry = new byte[0];
        }
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

    /** Marks both channels as copying, for tclsh's way of reporting their drivers' errors. */
    private void setCopying(boolean on) {
        input.copying = on;
        output.copying = on;
    }

    private void detach() {
        setCopying(false);
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
