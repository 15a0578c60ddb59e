package org.tcl4j.core.io;

import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A decompressor in one of the three formats, over java.util.zip's
 * Inflater (the same zlib as tclsh's, so corrupt data fails with zlib's
 * own messages). The zlib wrapper is zlib's; the gzip header and trailer
 * are parsed here, with zlib's checks and wording. Input is queued with
 * {@link #input}; {@link #inflate} turns as much as fits into output.
 */
final class ZlibInflater {
    private enum State {
        HEADER, BODY, TRAILER, DONE
    }

    private final ZlibFormat format;
    private final Inflater inflater;
    private final int nameMax;
    private final int commentMax;
    /** Queued input not yet given to zlib (or, for gzip, header and trailer bytes). */
    private byte[] buf = new byte[0];
    private int pos;
    private int end;
    private State state;
    private byte[] dictionary;
    private GzipHeader header;
    private final CRC32 crc = new CRC32();
    private long total;
    /** The value a raw stream reports as its checksum (zlib computes none for raw data). */
    private final long rawChecksum;
    private ZlibError failed;

    /**
     * @param nameMax longest gzip file name kept (tclsh's buffer)
     * @param commentMax longest gzip comment kept
     * @param rawChecksum what the checksum of a raw stream reads as
     */
    ZlibInflater(ZlibFormat format, int nameMax, int commentMax, long rawChecksum) {
        this.format = format;
        this.inflater = new Inflater(format != ZlibFormat.ZLIB);
        this.nameMax = nameMax;
        this.commentMax = commentMax;
        this.rawChecksum = rawChecksum;
        this.state = format == ZlibFormat.GZIP ? State.HEADER : State.BODY;
    }

    /** Sets the preset dictionary: at once for raw data, when the stream asks for it for zlib data. */
    void setDictionary(byte[] dict) throws ZlibError {
        dictionary = dict;
        if (format == ZlibFormat.RAW && dict != null) {
            try {
                inflater.setDictionary(dict);
            } catch (IllegalArgumentException e) {
                throw new ZlibError(ZlibError.STREAM, null);
            }
        }
    }

    /** Queues compressed bytes. */
    void input(byte[] b, int off, int len) {
        if (len == 0) {
            return;
        }
        if (end + len > buf.length) {
            int live = end - pos;
            byte[] nb = live + len <= buf.length ? buf : new byte[Math.max(buf.length * 2, live + len)];
            System.arraycopy(buf, pos, nb, 0, live);
            buf = nb;
            end = live;
            pos = 0;
        }
        System.arraycopy(b, off, buf, end, len);
        end += len;
    }

    /** Bytes queued and not consumed (after the end of the stream: what followed it). */
    byte[] remaining() {
        return Arrays.copyOfRange(buf, pos, end);
    }

    int remainingCount() {
        return end - pos;
    }

    boolean finished() {
        return state == State.DONE;
    }

    /** The gzip header once read (null before, and for other formats). */
    GzipHeader header() {
        return header;
    }

    /** The running checksum of the output as zlib reports it (Adler-32, CRC-32, or a constant for raw). */
    long checksum() {
        if (ended) {
            return endChecksum;
        }
        return switch (format) {
            case RAW -> rawChecksum;
            case ZLIB -> inflater.getAdler() & 0xFFFFFFFFL;
            case GZIP -> crc.getValue();
        };
    }

    /** Total bytes produced. */
    long totalOut() {
        return total;
    }

    /**
     * Decompresses into {@code out[off..off+len)}: the count produced; 0
     * when more input is needed (or the stream has ended).
     *
     * @throws ZlibError corrupt data, or a dictionary needed and not given
     */
    int inflate(byte[] out, int off, int len) throws ZlibError {
        if (failed != null) {
            throw failed;
        }
        try {
            return doInflate(out, off, len);
        } catch (ZlibError e) {
            failed = e;
            throw e;
        }
    }

    private int doInflate(byte[] out, int off, int len) throws ZlibError {
        int produced = 0;
        while (true) {
            switch (state) {
                case HEADER: {
                    GzipHeader.Parsed p = GzipHeader.parse(buf, pos, end - pos, nameMax, commentMax);
                    if (p == null) {
                        return produced;
                    }
                    header = p.header();
                    pos += p.length();
                    state = State.BODY;
                    break;
                }
                case BODY: {
                    if (produced == len) {
                        return produced;
                    }
                    inflater.setInput(buf, pos, end - pos);
                    int n;
                    try {
                        n = inflater.inflate(out, off + produced, len - produced);
                    } catch (DataFormatException e) {
                        pos = end - inflater.getRemaining();
                        throw new ZlibError(ZlibError.DATA, e.getMessage());
                    }
                    pos = end - inflater.getRemaining();
                    if (format == ZlibFormat.GZIP) {
                        crc.update(out, off + produced, n);
                    }
                    produced += n;
                    total += n;
                    if (inflater.finished()) {
                        state = format == ZlibFormat.GZIP ? State.TRAILER : State.DONE;
                        break;
                    }
                    if (inflater.needsDictionary()) {
                        if (dictionary == null) {
                            throw new ZlibError(ZlibError.NEED_DICT, null, inflater.getAdler() & 0xFFFFFFFFL);
                        }
                        try {
                            inflater.setDictionary(dictionary);
                        } catch (IllegalArgumentException e) {
                            throw new ZlibError(ZlibError.DATA, null);
                        }
                        continue;
                    }
                    if (n == 0) {
                        return produced; // needs input, or no room
                    }
                    break;
                }
                case TRAILER: {
                    if (end - pos < 4) {
                        return produced;
                    }
                    if (le32(pos) != crc.getValue()) {
                        throw new ZlibError(ZlibError.DATA, "incorrect data check");
                    }
                    if (end - pos < 8) {
                        return produced;
                    }
                    if (le32(pos + 4) != (total & 0xFFFFFFFFL)) {
                        throw new ZlibError(ZlibError.DATA, "incorrect length check");
                    }
                    pos += 8;
                    state = State.DONE;
                    break;
                }
                default:
                    return produced;
            }
        }
    }

    private long le32(int p) {
        return (buf[p] & 0xffL) | (buf[p + 1] & 0xffL) << 8 | (buf[p + 2] & 0xffL) << 16 | (buf[p + 3] & 0xffL) << 24;
    }

    /** Frees zlib's memory; the checksum stays readable. */
    void end() {
        if (!ended) {
            endChecksum = checksum();
            ended = true;
            inflater.end();
        }
    }

    private boolean ended;
    private long endChecksum;

    ZlibFormat format() {
        return format;
    }
}
