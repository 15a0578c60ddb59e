package org.tcl4j.core.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * A transformation pushed onto a channel with {@code chan push channel
 * cmdPrefix}: a stacked driver whose handler rewrites the bytes going
 * through it. {@code read handle data} turns bytes from below into bytes
 * for the channel, {@code write handle data} the other way; {@code drain}
 * adds bytes at end of input, {@code flush} adds bytes to the output before
 * the transformation goes away, {@code clear} forgets state on a seek, and
 * {@code limit?} caps how much is read from below at once.
 */
final class TransformDriver implements ChannelDriver {
    private final Interp interp;
    private final TclValue prefix;
    private final Set<String> methods;
    private final String handle;
    private final ChannelDriver below;
    private final int modes;
    private boolean blocking = true;
    /** Transformed input not yet read by the channel. */
    private byte[] in = new byte[0];
    private int inPos;
    private boolean drained;
    /** Transformed output the driver below has not taken yet (non-blocking). */
    private byte[] out = new byte[0];
    private int outPos;
    private boolean finalized;

    private TransformDriver(Interp interp, TclValue prefix, Set<String> methods, String handle, ChannelDriver below,
            int modes) {
        this.interp = interp;
        this.prefix = prefix;
        this.methods = methods;
        this.handle = handle;
        this.below = below;
        this.modes = modes;
    }

    private static final class Serial {
        int next;
    }

    /** {@code chan push channel cmdPrefix}: returns the channel's name, which does not change. */
    static TclValue push(Interp interp, TclValue[] objv, int base) throws TclException {
        if (objv.length - base != 2) {
            throw Args.wrongNum(objv, base, "channel cmdprefix");
        }
        Channel ch = ChannelArgs.channel(interp, objv[base]);
        TclValue prefix = objv[base + 1];
        String handle = "rt" + interp.data(Serial.class, Serial::new).next++;
        int chModes = (ch.isReadable() ? READABLE : 0) | (ch.isWritable() ? WRITABLE : 0);
        List<TclValue> modeWords = new ArrayList<>();
        if ((chModes & READABLE) != 0) {
            modeWords.add(TclValue.of("read"));
        }
        if ((chModes & WRITABLE) != 0) {
            modeWords.add(TclValue.of("write"));
        }
        TclValue r = HandlerCall.invoke(interp, prefix, "initialize", handle, TclValue.ofList(modeWords));
        Set<String> methods = new HashSet<>();
        for (TclValue m : r.asList()) {
            methods.add(m.toString());
        }
        String name = prefix.toString();
        if (!methods.contains("initialize") || !methods.contains("finalize")) {
            throw new TclException("chan handler \"" + name + "\" does not support all required methods");
        }
        int modes = 0;
        if ((chModes & READABLE) != 0 && methods.contains("read")) {
            modes |= READABLE;
        }
        if ((chModes & WRITABLE) != 0 && methods.contains("write")) {
            modes |= WRITABLE;
        }
        if (modes == 0) {
            throw new TclException("chan handler \"" + name + "\" makes the channel inaccessible");
        }
        // a direction the handler does not transform passes through unchanged
        int passModes = chModes;
        ch.push(below -> new TransformDriver(interp, prefix, methods, handle, below, passModes));
        return TclValue.of(ch.name());
    }

    /** {@code chan pop channel}: removes the top transformation (or closes a plain channel). */
    static TclValue pop(Interp interp, TclValue[] objv, int base) throws TclException {
        if (objv.length - base != 1) {
            throw Args.wrongNum(objv, base, "channel");
        }
        Channel ch = ChannelArgs.channel(interp, objv[base]);
        if (!(ch.top() instanceof TransformDriver || ch.top() instanceof ZlibDriver)) {
            return TclValue.EMPTY; // nothing pushed: tclsh leaves the channel alone
        }
        ch.pop();
        return TclValue.EMPTY;
    }

    private byte[] call(String method, TclValue... args) throws IOException {
        try {
            return HandlerCall.invoke(interp, prefix, method, handle, args).asBytes();
        } catch (TclException e) {
            throw new ScriptError(e);
        }
    }

    @Override
    public String typeName() {
        return "transform";
    }

    @Override
    public int modes() {
        return modes;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        if (!methods.contains("read")) {
            return below.read(buf, off, len);
        }
        byte[] chunk = new byte[Math.max(len, 4096)];
        while (inPos >= in.length) {
            if (drained) {
                return -1;
            }
            int want = chunk.length;
            if (methods.contains("limit?")) {
                try {
                    long limit = HandlerCall.invoke(interp, prefix, "limit?", handle).asLong();
                    if (limit > 0 && limit < want) {
                        want = (int) limit;
                    }
                } catch (TclException e) {
                    throw new ScriptError(e);
                }
            }
            int n = below.read(chunk, 0, want);
            if (n == 0) {
                return 0;
            }
            if (n < 0) {
                drained = true;
                if (methods.contains("drain")) {
                    append(call("drain"));
                }
                continue;
            }
            append(call("read", TclValue.ofBytes(chunk, 0, n)));
        }
        int n = Math.min(len, in.length - inPos);
        System.arraycopy(in, inPos, buf, off, n);
        inPos += n;
        return n;
    }

    private void append(byte[] b) {
        if (b.length == 0) {
            return;
        }
        int left = in.length - inPos;
        byte[] nb = new byte[left + b.length];
        System.arraycopy(in, inPos, nb, 0, left);
        System.arraycopy(b, 0, nb, left, b.length);
        in = nb;
        inPos = 0;
    }

    @Override
    public int write(byte[] buf, int off, int len) throws IOException {
        if (!methods.contains("write")) {
            return below.write(buf, off, len);
        }
        if (outPos < out.length && !flushPending()) {
            return 0; // what was transformed before has not gone down yet
        }
        if (methods.contains("clear")) {
            call("clear"); // as tclsh: output makes any read-ahead state stale
        }
        byte[] t = call("write", TclValue.ofBytes(buf, off, len));
        out = t;
        outPos = 0;
        flushPending();
        return len;
    }

    @Override
    public boolean hasPendingOutput() {
        return outPos < out.length || below.hasPendingOutput();
    }

    @Override
    public boolean flushPending() throws IOException {
        while (outPos < out.length) {
            int n = below.write(out, outPos, out.length - outPos);
            if (n <= 0) {
                return false;
            }
            outPos += n;
        }
        return below.flushPending();
    }

    @Override
    public void setBlocking(boolean b) {
        blocking = b;
    }

    @Override
    public void close() throws IOException {
        if (finalized) {
            return;
        }
        finalized = true;
        IOException error = null;
        try {
            if (methods.contains("drain") && !drained && (modes & READABLE) != 0) {
                call("drain");
            }
            if (methods.contains("flush")) {
                byte[] tail = call("flush");
                if ((modes & WRITABLE) != 0 && tail.length > 0) {
                    boolean saved = blocking;
                    blocking = true;
                    byte[] rest = new byte[out.length - outPos + tail.length];
                    System.arraycopy(out, outPos, rest, 0, out.length - outPos);
                    System.arraycopy(tail, 0, rest, out.length - outPos, tail.length);
                    out = rest;
                    outPos = 0;
                    flushPending();
                    blocking = saved;
                }
            }
        } catch (IOException e) {
            error = e;
        }
        try {
            call("finalize");
        } catch (IOException e) {
            if (error == null) {
                error = e;
            }
        }
        if (error != null) {
            throw error;
        }
    }

    @Override
    public boolean canCloseHalf() {
        return below.canCloseHalf();
    }

    @Override
    public void closeHalf(int direction) throws IOException {
        below.closeHalf(direction);
    }

    @Override
    public long seek(long offset, int whence) throws IOException {
        if (offset == 0 && whence == 1) {
            return below.seek(0, 1); // tell: nothing moves
        }
        if (methods.contains("clear")) {
            call("clear");
        }
        in = new byte[0];
        inPos = 0;
        drained = false;
        long pos = below.seek(offset, whence);
        return pos;
    }

    @Override
    public int readyOps() {
        return (inPos < in.length ? READABLE : 0) | below.readyOps();
    }

    @Override
    public void watch(int mask, ReadySink s) {
        below.watch(mask, s);
    }
}
