package org.tcl4j.core.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a channel's input bytes into characters. Bytes that are not valid
 * in the encoding become the character with the byte's value, as Tcl 8.6
 * does (so a stray 0xE9 in UTF-8 input reads as "é"). Binary and ISO 8859-1
 * map each byte to one character without a decoder.
 */
final class TextDecoder {
    private final Encodings.Encoding encoding;
    private final CharsetDecoder decoder;
    /** Tcl's own table, for encodings other than UTF-8, ISO 8859-1 and binary. */
    private final org.tcl4j.core.cmd.Encodings.Encoding table;
    private final boolean utf8;
    private final boolean latin1;
    /** Bytes taken by the last {@link #decode}. */
    int consumed;

    TextDecoder(Encodings.Encoding encoding) {
        this.encoding = encoding;
        this.latin1 = encoding.isBinary() || encoding.charset() == StandardCharsets.ISO_8859_1;
        this.utf8 = encoding.charset() == StandardCharsets.UTF_8;
        this.table = encoding.table();
        this.decoder = latin1 || encoding.charset() == null ? null
                : encoding.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    Encodings.Encoding encoding() {
        return encoding;
    }

    /** True when each byte is one character (binary, iso8859-1). */
    boolean oneBytePerChar() {
        return latin1;
    }

    /**
     * Decodes {@code b[off, off+len)}. Unless {@code atEof}, an incomplete
     * character at the end is left undecoded; {@link #consumed} tells how many
     * bytes were used. At most {@code maxChars} characters are produced
     * (negative: no limit).
     */
    String decode(byte[] b, int off, int len, boolean atEof, int maxChars) {
        if (latin1) {
            int n = maxChars >= 0 && maxChars < len ? maxChars : len;
            consumed = n;
            return new String(b, off, n, StandardCharsets.ISO_8859_1);
        }
        if (table != null) {
            return decodeWithTable(b, off, len, maxChars);
        }
        if (utf8 && maxChars < 0) {
            int cut = atEof ? len : completeUtf8Prefix(b, off, len);
            String s = new String(b, off, cut, StandardCharsets.UTF_8);
            if (s.indexOf('\uFFFD') < 0) {
                consumed = cut;
                return s;
            }
        }
        return decodeSlow(b, off, len, atEof, maxChars);
    }

    /**
     * Decodes with Tcl's table. The tables decode whole byte ranges, so a
     * character limit is met by decoding and cutting, and the bytes used are
     * found by encoding the characters kept.
     */
    private String decodeWithTable(byte[] b, int off, int len, int maxChars) {
        String s = table.decode(b, off, len);
        if (maxChars >= 0 && s.length() > maxChars) {
            s = s.substring(0, maxChars);
            consumed = Math.min(len, table.encodeBytes(s).length);
        } else {
            consumed = len;
        }
        return s;
    }

    /** The length of the longest prefix that does not end inside a UTF-8 sequence. */
    static int completeUtf8Prefix(byte[] b, int off, int len) {
        int end = off + len;
        int i = end - 1;
        int back = 0;
        while (i >= off && back < 4 && (b[i] & 0xC0) == 0x80) {
            i--;
            back++;
        }
        if (i < off) {
            return len;
        }
        int lead = b[i] & 0xFF;
        int need = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 1;
        if (need > 1 && end - i < need) {
            return i - off;
        }
        return len;
    }

    private String decodeSlow(byte[] b, int off, int len, boolean atEof, int maxChars) {
        ByteBuffer in = ByteBuffer.wrap(b, off, len);
        int cap = maxChars >= 0 ? Math.max(1, maxChars) : Math.max(16, len);
        CharBuffer out = CharBuffer.allocate(cap);
        while (true) {
            CoderResult r = decoder.decode(in, out, atEof);
            if (r.isUnderflow()) {
                if (atEof && in.hasRemaining()) {
                    // an incomplete character at the very end: its bytes stand for themselves
                    out = room(out, in.remaining());
                    while (in.hasRemaining()) {
                        out.put((char) (in.get() & 0xFF));
                    }
                }
                break;
            }
            if (r.isOverflow()) {
                if (maxChars >= 0 && out.position() > 0) {
                    break;
                }
                out = room(out, Math.max(16, in.remaining()));
                continue;
            }
            // malformed or unmappable: those bytes become characters of their own value
            int n = r.length();
            if (maxChars >= 0 && out.position() + n > maxChars) {
                n = maxChars - out.position();
                if (n <= 0) {
                    break;
                }
            }
            out = room(out, n);
            for (int k = 0; k < n; k++) {
                out.put((char) (in.get() & 0xFF));
            }
        }
        if (atEof && maxChars < 0) {
            decoder.flush(out);
            decoder.reset();
        }
        consumed = in.position() - off;
        out.flip();
        return out.toString();
    }

    private static CharBuffer room(CharBuffer out, int n) {
        if (out.remaining() >= n) {
            return out;
        }
        CharBuffer bigger = CharBuffer.allocate(Math.max(out.capacity() * 2, out.position() + n + 16));
        out.flip();
        bigger.put(out);
        return bigger;
    }

    /** Forgets partial state (after a seek). */
    void reset() {
        if (decoder != null) {
            decoder.reset();
        }
    }
}
