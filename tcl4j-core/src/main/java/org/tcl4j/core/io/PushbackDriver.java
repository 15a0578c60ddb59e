package org.tcl4j.core.io;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * The driver below a freshly pushed transform when the channel had already
 * read input it had not handed out: those bytes come first, then the old
 * top driver's. Everything else passes through to the driver below.
 */
final class PushbackDriver implements ChannelDriver {
    private final byte[] bytes;
    private int pos;
    private final ChannelDriver below;

    PushbackDriver(byte[] bytes, ChannelDriver below) {
        this.bytes = bytes;
        this.below = below;
    }

    /** The bytes not read yet. */
    byte[] remaining() {
        return Arrays.copyOfRange(bytes, pos, bytes.length);
    }

    @Override
    public String typeName() {
        return below.typeName();
    }

    @Override
    public int modes() {
        return below.modes();
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        if (pos < bytes.length) {
            int n = Math.min(len, bytes.length - pos);
            System.arraycopy(bytes, pos, buf, off, n);
            pos += n;
            return n;
        }
        return below.read(buf, off, len);
    }

    @Override
    public int write(byte[] buf, int off, int len) throws IOException {
        return below.write(buf, off, len);
    }

    @Override
    public void setBlocking(boolean blocking) throws IOException {
        // the channel sets every driver of the stack itself
    }

    @Override
    public void close() throws IOException {
        // the driver below is closed as a member of the stack
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
        return below.seek(offset, whence);
    }

    @Override
    public List<String> optionNames() {
        return List.of();
    }

    @Override
    public TclValue getOption(String name) throws TclException {
        return null;
    }

    @Override
    public int readyOps() {
        return (pos < bytes.length ? READABLE : 0) | below.readyOps();
    }

    @Override
    public void watch(int mask, ReadySink sink) {
        below.watch(mask, sink);
    }

    @Override
    public boolean hasPendingOutput() {
        return below.hasPendingOutput();
    }

    @Override
    public boolean flushPending() throws IOException {
        return below.flushPending();
    }
}
