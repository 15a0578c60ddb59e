package org.tcl4j.core.io;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;

import org.tcl4j.core.Args;
import org.tcl4j.core.TclDict;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * A gzip member header (RFC 1952): what {@code -header} dictionaries
 * describe when compressing, and what {@code -headerVar}, {@code $strm
 * header} and a gunzip channel's {@code -header} report when
 * decompressing. Strings travel as ISO 8859-1, as the RFC says.
 */
final class GzipHeader {
    /** Flag bits of the FLG byte. */
    static final int FTEXT = 1;
    static final int FHCRC = 2;
    static final int FEXTRA = 4;
    static final int FNAME = 8;
    static final int FCOMMENT = 16;

    /** Longest comment and file name tclsh keeps (its buffers, less the terminating NUL). */
    static final int MAX_COMMENT = 254;
    static final int MAX_FILENAME = 4094;

    /**
     * tclsh 8.6 looks the type up in a table that runs on into the zlib
     * subcommand names, so those are accepted (as "text") and listed.
     */
    private static final String[] TYPES = {"binary", "text", "adler32", "compress", "crc32", "decompress", "deflate",
        "gunzip", "gzip", "inflate", "push", "stream"};

    byte[] comment;
    byte[] filename;
    boolean hcrc;
    int os;
    long time;
    int text;

    /** The header written when no {@code -header} is given: no name, no time, Unix. */
    static GzipHeader defaults() {
        GzipHeader h = new GzipHeader();
        h.os = 3;
        return h;
    }

    /** Reads a {@code -header} dictionary; unknown keys (and size) are ignored, as tclsh does. */
    static GzipHeader fromDict(TclValue dict) throws TclException {
        TclDict d = dict.asDict();
        GzipHeader h = new GzipHeader();
        TclValue v = d.get("comment");
        if (v != null) {
            h.comment = latin1(v.toString(), MAX_COMMENT);
        }
        v = d.get("crc");
        if (v != null) {
            h.hcrc = v.asBoolean();
        }
        v = d.get("filename");
        if (v != null) {
            h.filename = latin1(v.toString(), MAX_FILENAME);
        }
        v = d.get("os");
        if (v != null) {
            h.os = ZlibCmd.intArg(v);
        }
        v = d.get("time");
        if (v != null) {
            h.time = v.asLong();
        }
        v = d.get("type");
        if (v != null) {
            h.text = Args.index(v.toString(), TYPES, "type", false);
        }
        return h;
    }

    /** Text as ISO 8859-1 the way tclsh converts it: '?' for other characters, cut at NUL and at {@code max}. */
    private static byte[] latin1(String s, int max) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < s.length() && b.size() < max; i++) {
            char c = s.charAt(i);
            if (c == 0) {
                break;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            }
            b.write(c <= 0xff ? c : '?');
        }
        return b.toByteArray();
    }

    /** The header's bytes, with the extra-flags byte zlib derives from the level (-1 = default). */
    byte[] encode(int level) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(20);
        b.write(0x1f);
        b.write(0x8b);
        b.write(8);
        int flags = (text != 0 ? FTEXT : 0) | (hcrc ? FHCRC : 0) | (filename != null ? FNAME : 0)
                | (comment != null ? FCOMMENT : 0);
        b.write(flags);
        for (int i = 0; i < 4; i++) {
            b.write((int) (time >>> (8 * i)));
        }
        b.write(level == 9 ? 2 : (level >= 0 && level < 2 ? 4 : 0));
        b.write(os & 0xff);
        if (filename != null) {
            b.write(filename, 0, filename.length);
            b.write(0);
        }
        if (comment != null) {
            b.write(comment, 0, comment.length);
            b.write(0);
        }
        if (hcrc) {
            CRC32 c = new CRC32();
            c.update(b.toByteArray());
            int v = (int) c.getValue();
            b.write(v);
            b.write(v >>> 8);
        }
        return b.toByteArray();
    }

    /** Bytes zlib's deflateBound adds for this header over a bare gzip wrapper. */
    int boundExtra() {
        return (filename != null ? filename.length + 1 : 0) + (comment != null ? comment.length + 1 : 0)
                + (hcrc ? 2 : 0);
    }

    /**
     * The dictionary tclsh reports: comment and filename when present, crc,
     * os unless 255 (unknown), time unless 0, and type.
     */
    TclDict toDict() {
        TclDict d = new TclDict();
        if (comment != null) {
            d.put("comment", TclValue.of(latin1String(comment)));
        }
        d.put("crc", hcrc ? TclValue.ONE : TclValue.ZERO);
        if (filename != null) {
            d.put("filename", TclValue.of(latin1String(filename)));
        }
        if (os != 255) {
            d.put("os", TclValue.of(os));
        }
        if (time != 0) {
            d.put("time", TclValue.of(time));
        }
        d.put("type", TclValue.of(text != 0 ? "text" : "binary"));
        return d;
    }

    private static String latin1String(byte[] b) {
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    // ------------------------------------------------------------ parsing

    /** The outcome of {@link #parse}: the header and its length, or null while more bytes are needed. */
    record Parsed(GzipHeader header, int length) {
    }

    /**
     * Parses a header at the start of {@code b[off..off+len)}, with zlib's
     * checks and messages. Names and comments longer than the given limits
     * are cut (tclsh's buffers); a limit of 0 keeps them empty.
     *
     * @return null when the header is not complete yet
     */
    static Parsed parse(byte[] b, int off, int len, int nameMax, int commentMax) throws ZlibError {
        if (len < 2) {
            return null;
        }
        if ((b[off] & 0xff) != 0x1f || (b[off + 1] & 0xff) != 0x8b) {
            throw new ZlibError(ZlibError.DATA, "incorrect header check");
        }
        if (len < 4) {
            return null;
        }
        if ((b[off + 2] & 0xff) != 8) {
            throw new ZlibError(ZlibError.DATA, "unknown compression method");
        }
        int flags = b[off + 3] & 0xff;
        if ((flags & 0xe0) != 0) {
            throw new ZlibError(ZlibError.DATA, "unknown header flags set");
        }
        if (len < 10) {
            return null;
        }
        GzipHeader h = new GzipHeader();
        h.text = flags & FTEXT;
        h.hcrc = (flags & FHCRC) != 0;
        h.time = (b[off + 4] & 0xffL) | (b[off + 5] & 0xffL) << 8 | (b[off + 6] & 0xffL) << 16
                | (b[off + 7] & 0xffL) << 24;
        h.os = b[off + 9] & 0xff;
        int p = off + 10;
        int end = off + len;
        if ((flags & FEXTRA) != 0) {
            if (end - p < 2) {
                return null;
            }
            int xlen = (b[p] & 0xff) | (b[p + 1] & 0xff) << 8;
            p += 2;
            if (end - p < xlen) {
                return null;
            }
            p += xlen;
        }
        if ((flags & FNAME) != 0) {
            int z = findNul(b, p, end);
            if (z < 0) {
                return null;
            }
            h.filename = java.util.Arrays.copyOfRange(b, p, Math.min(z, p + nameMax));
            p = z + 1;
        }
        if ((flags & FCOMMENT) != 0) {
            int z = findNul(b, p, end);
            if (z < 0) {
                return null;
            }
            h.comment = java.util.Arrays.copyOfRange(b, p, Math.min(z, p + commentMax));
            p = z + 1;
        }
        if (h.hcrc) {
            if (end - p < 2) {
                return null;
            }
            CRC32 c = new CRC32();
            c.update(b, off, p - off);
            int want = (b[p] & 0xff) | (b[p + 1] & 0xff) << 8;
            if (want != ((int) c.getValue() & 0xffff)) {
                throw new ZlibError(ZlibError.DATA, "header crc mismatch");
            }
            p += 2;
        }
        return new Parsed(h, p - off);
    }

    private static int findNul(byte[] b, int from, int end) {
        for (int i = from; i < end; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * What a gunzip stream or channel reports before a header arrived:
     * tclsh's zeroed buffers read as an empty comment and file name.
     */
    static GzipHeader blank() {
        GzipHeader h = new GzipHeader();
        h.comment = new byte[0];
        h.filename = new byte[0];
        return h;
    }
}
