package org.tcl4j.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;

/**
 * One end of an OS pipe made by {@code chan pipe}: selectable, so it takes
 * part in the event loop like a socket.
 */
final class NioPipeDriver implements ChannelDriver {
    private final Notifier notifier;
    private final Pipe.SourceChannel source;
    private final Pipe.SinkChannel sink;
    private final SelectableChannel channel;
    private SelectionKey key;
    private boolean blocking = true;
    private int watchMask;
    private ReadySink readySink;

    NioPipeDriver(Notifier notifier, Pipe.SourceChannel source, Pipe.SinkChannel sink) throws IOException {
        this.notifier = notifier;
        this.source = source;
        this.sink = sink;
        this.channel = source != null ? source : sink;
        channel.configureBlocking(false);
    }

    @Override
    public String typeName() {
        return "pipe";
    }

    @Override
    public int modes() {
        return source != null ? READABLE : WRITABLE;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(buf, off, len);
        while (true) {
            int n = source.read(b);
            if (n != 0) {
                return n < 0 ? -1 : n;
            }
            if (!blocking) {
                return 0;
            }
            notifier.waitFor(source, SelectionKey.OP_READ, 0);
        }
    }

    @Override
    public int write(byte[] buf, int off, int len) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(buf, off, len);
        while (true) {
            int n = sink.write(b);
            if (n > 0 || !blocking) {
                return n;
            }
            notifier.waitFor(sink, SelectionKey.OP_WRITE, 0);
        }
    }

    @Override
    public void setBlocking(boolean b) {
        blocking = b;
    }

    @Override
    public void close() throws IOException {
        if (key != null) {
            key.cancel();
        }
        channel.close();
        notifier.flushClosed();
    }

    @Override
    public void watch(int mask, ReadySink s) {
        watchMask = mask;
        readySink = s;
        int ops = source != null ? ((mask & READABLE) != 0 ? SelectionKey.OP_READ : 0)
                : ((mask & WRITABLE) != 0 ? SelectionKey.OP_WRITE : 0);
        try {
            if (key == null) {
                if (ops != 0) {
                    key = notifier.register(channel, ops, this::selected);
                }
            } else if (key.isValid()) {
                key.interestOps(ops);
            }
        } catch (IOException e) {
            // closed: nothing to watch
        }
    }

    private void selected(int ops) {
        int mask = ((ops & SelectionKey.OP_READ) != 0 ? READABLE : 0)
                | ((ops & SelectionKey.OP_WRITE) != 0 ? WRITABLE : 0);
        if (readySink != null && (mask & watchMask) != 0) {
            readySink.ready(mask & watchMask);
        }
    }
}
