package org.tcl4j.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A file opened with {@code open}. Files are always ready for reading and
 * writing as far as the event loop is concerned (as on Unix, where select
 * says so), so a {@code fileevent} on a file fires on every round.
 */
final class FileDriver implements ChannelDriver {
    private final FileChannel file;
    private final int modes;
    private final boolean append;

    FileDriver(FileChannel file, int modes, boolean append) {
        this.file = file;
        this.modes = modes;
        this.append = append;
    }

    @Override
    public String typeName() {
        return "file";
    }

    @Override
    public int modes() {
        return modes;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = file.read(ByteBuffer.wrap(buf, off, len));
        return n < 0 ? -1 : n;
    }

    @Override
    public int write(byte[] buf, int off, int len) throws IOException {
        if (append) {
            file.position(file.size());
        }
        ByteBuffer b = ByteBuffer.wrap(buf, off, len);
        while (b.hasRemaining()) {
            file.write(b);
        }
        return len;
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    @Override
    public long seek(long offset, int whence) throws IOException {
        long base = switch (whence) {
            case 1 -> file.position();
            case 2 -> file.size();
            default -> 0;
        };
        long pos = base + offset;
        if (pos < 0) {
            throw PosixException.invalidArgument();
        }
        file.position(pos);
        return pos;
    }

    @Override
    public boolean truncate(long length) throws IOException {
        long size = file.size();
        if (length < size) {
            file.truncate(length);
        } else if (length > size) {
            file.write(ByteBuffer.wrap(new byte[] {0}), length - 1);
        }
        return true;
    }

    @Override
    public int readyOps() {
        return modes;
    }
}
