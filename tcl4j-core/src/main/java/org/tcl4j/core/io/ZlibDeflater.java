package org.tcl4j.core.io;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A compressor in one of the three formats, over java.util.zip's Deflater
 * (the same zlib as tclsh's). The zlib wrapper is zlib's own; the gzip
 * header and trailer are written here so that they match tclsh's bytes.
 * Output sizes per call follow tclsh's buffers, which matters for stored
 * (level 0) blocks.
 */
final class ZlibDeflater {
    static final int NO_FLUSH = 0;
    static final int SYNC_FLUSH = 2;
    static final int FULL_FLUSH = 3;
    static final int FINISH = 4;

    private final ZlibFormat format;
    private final int level;
    private final Deflater deflater;
    private byte[] header;
    private final CRC32 crc = new CRC32();
    private long total;
    private boolean finished;
    private boolean dictionarySet;

    /**
     * @param level 0..9, or -1 for zlib's default
     * @param gzipHeader the header for GZIP (null: the default one)
     */
    ZlibDeflater(ZlibFormat format, int level, GzipHeader gzipHeader) {
        this.format = format;
        this.level = level;
        this.deflater = new Deflater(level, format != ZlibFormat.ZLIB);
        if (format == ZlibFormat.GZIP) {
            GzipHeader h = gzipHeader != null ? gzipHeader : GzipHeader.defaults();
            header = h.encode(level);
            boundExtra = h.boundExtra();
        }
    }

    private int boundExtra;

    /** zlib's deflateBound for tclsh's settings (memLevel 9: the "fixed blocks" bound plus the wrapper). */
    int bound(long n) {
        long fixed = n + (n >> 3) + (n >> 8) + (n >> 9) + 4;
        long wrap = switch (format) {
            case RAW -> 0;
            case ZLIB -> 6 + (total > 0 || dictionarySet ? 4 : 0);
            case GZIP -> 18 + boundExtra;
        };
        return (int) Math.min(Integer.MAX_VALUE - 200, fixed + wrap);
    }

    /** Sets a preset dictionary (raw and zlib only; zlib only before any data). */
    void setDictionary(byte[] dict) throws ZlibError {
        if (format == ZlibFormat.GZIP || finished) {
            throw new ZlibError(ZlibError.STREAM, null);
        }
        try {
            deflater.setDictionary(dict);
            dictionarySet = true;
        } catch (IllegalArgumentException e) {
            throw new ZlibError(ZlibError.STREAM, null);
        }
    }

    /** The running checksum: Adler-32 (zlib), CRC-32 (gzip), 1 for raw data as zlib reports it. */
    long checksum() {
        return switch (format) {
            case RAW -> 1;
            case ZLIB -> deflater.getAdler() & 0xFFFFFFFFL;
            case GZIP -> crc.getValue();
        };
    }

    boolean finished() {
        return finished;
    }

    /**
     * Compresses {@code in[off..off+len)} with the given flush, appending
     * the output to {@code out}. Each zlib call gets {@code chunk} bytes of
     * output room; with {@code oneCall} only one call is made, and running
     * out of room is a buffer error (tclsh's one-shot commands).
     */
    void deflate(byte[] in, int off, int len, int flush, int chunk, boolean oneCall, ByteArrayOutputStream out)
            throws ZlibError {
        if (finished) {
            if (flush == FINISH && len == 0) {
                return; // zlib says "stream end" again
            }
            // zlib: more data or another flush after the end is an error (tclsh loops forever on more data to finish)
            throw new ZlibError(flush == FINISH && len > 0 ? ZlibError.BUF : ZlibError.STREAM, null);
        }
        deflater.setInput(in, off, len);
        if (format == ZlibFormat.GZIP) {
            crc.update(in, off, len);
        }
        total += len;
        if (flush == FINISH) {
            deflater.finish();
        }
        int javaFlush = switch (flush) {
            case SYNC_FLUSH -> Deflater.SYNC_FLUSH;
            case FULL_FLUSH -> Deflater.FULL_FLUSH;
            default -> Deflater.NO_FLUSH;
        };
        byte[] buf = new byte[Math.max(chunk, 64)];
        while (true) {
            int room = chunk;
            if (header != null) {
                out.write(header, 0, header.length);
                room -= header.length; // zlib writes the header into the same output buffer
                header = null;
            }
            int n = room > 0 ? deflater.deflate(buf, 0, room, javaFlush) : 0;
            out.write(buf, 0, n);
            boolean more;
            if (flush == FINISH) {
                more = !deflater.finished();
            } else if (flush == NO_FLUSH) {
                more = !deflater.needsInput();
            } else {
                more = n == room;
            }
            if (!more) {
                break;
            }
            if (oneCall) {
                throw new ZlibError(ZlibError.BUF, null);
            }
        }
        if (flush == FINISH) {
            finished = true;
            if (format == ZlibFormat.GZIP) {
                writeLE(out, crc.getValue());
                writeLE(out, total);
            }
        }
    }

    private static void writeLE(ByteArrayOutputStream out, long v) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (v >>> (8 * i)));
        }
    }

    /** Frees zlib's memory; the deflater cannot be used afterwards. */
    void end() {
        deflater.end();
    }

    ZlibFormat format() {
        return format;
    }

    int level() {
        return level;
    }
}
