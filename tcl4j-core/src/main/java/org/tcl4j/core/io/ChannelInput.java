package org.tcl4j.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The input side of a channel: a buffer of raw bytes read from the top
 * driver, and {@code gets}/{@code read} on top of it with the channel's
 * encoding, end-of-line translation and end-of-file character.
 *
 * <p>Bytes stay raw until a command takes them, so {@code tell} is exact and
 * a driver pushed onto the channel can be handed the unread bytes. Lines are
 * found by looking for the CR and LF bytes, which is right for every
 * encoding where these bytes only mean themselves; input in other encodings
 * (UTF-16) is converted to UTF-8 as it arrives.
 *
 * <p>End of file is sticky for {@link #eof()} until the next read attempt,
 * which asks the driver again (a file may have grown), except after the
 * {@code -eofchar} character, which stops reading until the option changes.
 */
final class ChannelInput {
    /** Where bytes come from: the channel's top driver. */
    interface Source {
        int read(byte[] b, int off, int len) throws IOException;
    }

    private final Source source;
    private byte[] buf = new byte[4096];
    private int start;
    private int end;
    /** Index of the -eofchar byte in the buffer, or -1. */
    private int eofCharAt = -1;
    private int eofChar = -1;
    private Translation translation = Translation.AUTO;
    private TextDecoder decoder = new TextDecoder(Encodings.UTF8);
    private Transcoder transcoder;
    private int bufferSize = 4096;
    private boolean eof;
    private boolean blocked;
    /** AUTO mode ended a line at a CR that was the last byte: an LF that follows belongs to it. */
    private boolean sawCR;
    /** The source said end of file during the current operation. */
    private boolean sourceEof;

    ChannelInput(Source source) {
        this.source = source;
    }

    // ------------------------------------------------------------- options

    void setEncoding(Encodings.Encoding e) {
        decoder = new TextDecoder(e.asciiCompatible() ? e : Encodings.UTF8);
        transcoder = e.asciiCompatible() ? null : new Transcoder(e);
    }

    void setTranslation(Translation t) {
        translation = t;
    }

    Translation translation() {
        return translation;
    }

    /** The -eofchar (a byte value), or -1 for none. Changing it rescans the buffer. */
    void setEofChar(int c) {
        eofChar = c;
        eofCharAt = -1;
        if (eof && c < 0) {
            eof = false;
        }
        scanEofChar(start);
    }

    int eofChar() {
        return eofChar;
    }

    void setBufferSize(int n) {
        bufferSize = n;
    }

    // --------------------------------------------------------------- state

    boolean eof() {
        return eof;
    }

    boolean blocked() {
        return blocked;
    }

    /** Bytes read from the driver and not yet consumed. */
    int available() {
        return limit() - start;
    }

    /** Raw bytes held, including any after an -eofchar (for tell and seek). */
    int rawBuffered() {
        return end - start;
    }

    /** Is anything buffered that a reader could take now? */
    boolean hasBufferedData() {
        return limit() > start;
    }

    /** Forgets buffered input and end-of-file state (after a seek). */
    void reset() {
        start = 0;
        end = 0;
        eofCharAt = -1;
        eof = false;
        blocked = false;
        sawCR = false;
        decoder.reset();
    }

    /** Takes the unread bytes out of the buffer (for a driver pushed onto the channel). */
    byte[] takeBuffered() {
        byte[] out = new byte[end - start];
        System.arraycopy(buf, start, out, 0, out.length);
        if (transcoder != null) {
            out = transcoder.backToOriginal(out);
        }
        start = 0;
        end = 0;
        eofCharAt = -1;
        return out;
    }

    /** Puts bytes back in front of the buffer, as if they had not been read yet. */
    void unread(byte[] bytes) {
        if (bytes.length == 0) {
            return;
        }
        int n = end - start;
        byte[] nb = new byte[Math.max(buf.length, n + bytes.length)];
        System.arraycopy(bytes, 0, nb, 0, bytes.length);
        System.arraycopy(buf, start, nb, bytes.length, n);
        buf = nb;
        start = 0;
        end = n + bytes.length;
        eofCharAt = -1;
        scanEofChar(0);
    }

    // ------------------------------------------------------------- filling

    private int limit() {
        return eofCharAt >= 0 ? eofCharAt : end;
    }

    /** Starts an operation: end of file is asked again, unless an eofchar stopped reading. */
    private void begin() {
        blocked = false;
        sourceEof = false;
        if (eofCharAt < 0) {
            eof = false;
        }
    }

    /** Reads more bytes: the count, 0 for would-block, -1 for end of file (or eofchar). */
    private int fill(int want) throws IOException {
        if (eofCharAt >= 0 || sourceEof) {
            return -1;
        }
        int n;
        if (transcoder != null) {
            byte[] got = transcoder.read(source, Math.max(want, bufferSize));
            if (got == null) {
                n = -1;
            } else {
                ensureSpace(got.length);
                System.arraycopy(got, 0, buf, end, got.length);
                n = got.length;
            }
        } else {
            int len = Math.max(want, bufferSize);
            ensureSpace(len);
            n = source.read(buf, end, len);
        }
        if (n < 0) {
            sourceEof = true;
            return -1;
        }
        int from = end;
        end += n;
        scanEofChar(from);
        if (eofCharAt >= 0 && eofCharAt == start) {
            return -1;
        }
        return n;
    }

    private void scanEofChar(int from) {
        if (eofChar < 0 || eofCharAt >= 0) {
            return;
        }
        byte c = (byte) eofChar;
        for (int i = Math.max(from, start); i < end; i++) {
            if (buf[i] == c) {
                eofCharAt = i;
                return;
            }
        }
    }

    private void ensureSpace(int n) {
        if (buf.length - end >= n) {
            return;
        }
        int used = end - start;
        if (start > 0 && buf.length - used >= n && used < buf.length / 2) {
            System.arraycopy(buf, start, buf, 0, used);
        } else {
            byte[] nb = new byte[Math.max(buf.length * 2, used + n)];
            System.arraycopy(buf, start, nb, 0, used);
            buf = nb;
        }
        if (eofCharAt >= 0) {
            eofCharAt -= start;
        }
        end = used;
        start = 0;
    }

    /** In AUTO mode, drops the LF of a CR LF whose CR ended the previous line. */
    private void skipLfAfterCr() {
        if (sawCR && start < limit()) {
            if (buf[start] == '\n') {
                start++;
            }
            sawCR = false;
        }
    }

    // ----------------------------------------------------------------- gets

    /**
     * The next line without its end, or null when there is no complete line:
     * then either {@link #blocked()} (non-blocking, the partial line stays
     * buffered) or {@link #eof()} with nothing left.
     */
    String gets() throws IOException {
        begin();
        int scanned = 0; // bytes after start already known to hold no line end (the buffer may move)
        while (true) {
            skipLfAfterCr();
            int scan = start + scanned;
            int lim = limit();
            int i = scan;
            boolean needMore = false;
            int eolLen = 0;
            for (; i < lim; i++) {
                byte b = buf[i];
                if (b == '\n') {
                    if (translation == Translation.LF || translation == Translation.AUTO) {
                        eolLen = 1;
                        break;
                    }
                } else if (b == '\r') {
                    if (translation == Translation.CR) {
                        eolLen = 1;
                        break;
                    }
                    if (translation == Translation.AUTO) {
                        if (i + 1 < lim) {
                            eolLen = buf[i + 1] == '\n' ? 2 : 1;
                        } else {
                            eolLen = 1;
                            sawCR = !(eofCharAt >= 0);
                        }
                        break;
                    }
                    if (translation == Translation.CRLF) {
                        if (i + 1 < lim) {
                            if (buf[i + 1] == '\n') {
                                eolLen = 2;
                                break;
                            }
                        } else if (!sourceEof && eofCharAt < 0) {
                            needMore = true;
                            break;
                        }
                    }
                }
            }
            if (eolLen > 0) {
                String line = decoder.decode(buf, start, i - start, true, -1);
                start = i + eolLen;
                return line;
            }
            scanned = (needMore ? i : lim) - start;
            int n = fill(0);
            if (n == 0) {
                blocked = true;
                return null;
            }
            if (n < 0) {
                return restAtEof();
            }
        }
    }

    private String restAtEof() {
        eof = true;
        sawCR = false;
        int lim = limit();
        if (start >= lim) {
            return null;
        }
        String line = decoder.decode(buf, start, lim - start, true, -1);
        start = lim;
        return line;
    }

    // ----------------------------------------------------------------- read

    /**
     * Reads {@code count} characters (all when negative), up to end of file
     * or until the driver would block: a blocking driver waits inside its
     * own read, so "would block" only comes from non-blocking drivers.
     */
    String read(int count) throws IOException {
        begin();
        if (count < 0) {
            return readAll();
        }
        if (transcoder == null && translation == Translation.LF && decoder.oneBytePerChar()) {
            return readOneBytePerChar(count);
        }
        Pieces out = new Pieces();
        while (out.length < count) {
            skipLfAfterCr();
            if (start < limit()) {
                out.add(takeChars(count - out.length));
                if (out.length >= count) {
                    break;
                }
            }
            int n = fill(0);
            if (n == 0) {
                // would block (a blocking driver only says so when it cannot wait, e.g. a script handler)
                blocked = true;
                break;
            }
            if (n < 0) {
                if (start < limit()) {
                    continue; // a held-back CR or partial character can go now
                }
                eof = true;
                break;
            }
        }
        return out.result();
    }

    /**
     * {@link #read(int)} when bytes are characters and nothing is
     * translated (binary data): gathers the bytes in the buffer and makes one
     * string of them, instead of decoding and joining each piece that arrives.
     */
    private String readOneBytePerChar(int count) throws IOException {
        while (limit() - start < count) {
            int n = fill(count - (limit() - start));
            if (n == 0) {
                blocked = true;
                break;
            }
            if (n < 0) {
                eof = true;
                break;
            }
        }
        int k = Math.min(count, limit() - start);
        if (k <= 0) {
            return "";
        }
        String s = new String(buf, start, k, StandardCharsets.ISO_8859_1);
        start += k;
        return s;
    }

    private String readAll() throws IOException {
        // collect everything first, then decode once
        while (true) {
            int n = fill(Math.max(bufferSize, Math.min(end - start, 1 << 20)));
            if (n < 0) {
                eof = true;
                break;
            }
            if (n == 0) {
                blocked = true;
                break;
            }
        }
        skipLfAfterCr();
        Pieces out = new Pieces();
        while (start < limit()) {
            int before = start;
            out.add(takeChars(-1));
            if (start == before) {
                break; // an incomplete character or held-back CR waits for more input
            }
        }
        return out.result();
    }

    /** Text read in pieces; a single piece is returned as it is, without copying. */
    private static final class Pieces {
        private String first;
        private StringBuilder more;
        int length;

        void add(String s) {
            if (s == null || s.isEmpty()) {
                return;
            }
            length += s.length();
            if (first == null) {
                first = s;
            } else {
                if (more == null) {
                    more = new StringBuilder(first);
                }
                more.append(s);
            }
        }

        String result() {
            return more != null ? more.toString() : first == null ? "" : first;
        }
    }

    /** Decodes and translates buffered bytes: at most {@code max} chars (-1: all); null when none could go. */
    private String takeChars(int max) {
        int lim = limit();
        boolean final_ = sourceEof || eofCharAt >= 0;
        int stop = lim;
        if (translation == Translation.CRLF && !final_ && buf[stop - 1] == '\r') {
            stop--; // might be the first half of CR LF
            if (stop == start) {
                return null;
            }
        }
        String s = decoder.decode(buf, start, stop - start, final_ && stop == lim, max);
        int c = decoder.consumed;
        if (c == 0) {
            return null;
        }
        int after = start + c;
        if (!s.isEmpty() && s.charAt(s.length() - 1) == '\r') {
            if (translation == Translation.AUTO) {
                if (after < lim) {
                    if (buf[after] == '\n') {
                        after++;
                    }
                } else if (!final_) {
                    sawCR = true;
                }
            } else if (translation == Translation.CRLF && after < lim && buf[after] == '\n') {
                after++;
                s = s.substring(0, s.length() - 1) + "\n";
            }
        }
        start = after;
        return translate(s);
    }

    /** Turns the channel's line ends into LF within a decoded piece. */
    private String translate(String s) {
        switch (translation) {
            case LF:
                return s;
            case CR:
                return s.indexOf('\r') < 0 ? s : s.replace('\r', '\n');
            case CRLF:
                return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n");
            default:
                if (s.indexOf('\r') < 0) {
                    return s;
                }
                return s.replace("\r\n", "\n").replace('\r', '\n');
        }
    }

    /**
     * Reads raw bytes for a binary fcopy: up to {@code max} bytes into
     * {@code dst}; returns the count, 0 would-block, -1 end of file.
     */
    int readBytes(byte[] dst, int off, int max) throws IOException {
        begin();
        if (start >= limit()) {
            int n = fill(0);
            if (n == 0) {
                blocked = true;
                return 0;
            }
            if (n < 0) {
                eof = true;
                return -1;
            }
        }
        int n = Math.min(max, limit() - start);
        System.arraycopy(buf, start, dst, off, n);
        start += n;
        return n;
    }

    /** Tries to get more input without consuming any (for readiness of a non-blocking channel). */
    int peekFill() throws IOException {
        begin();
        int n = fill(0);
        if (n == 0) {
            blocked = true;
        } else if (n < 0) {
            eof = true;
        }
        return n;
    }

    /** Converts input in an encoding where CR/LF bytes are ambiguous (UTF-16) to UTF-8 as it arrives. */
    static final class Transcoder {
        private final Encodings.Encoding encoding;
        private final CharsetDecoder decoder;
        private ByteBuffer pending = ByteBuffer.allocate(0);

        Transcoder(Encodings.Encoding e) {
            this.encoding = e;
            this.decoder = e.charset() == null ? null
                    : e.charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(CodingErrorAction.REPLACE);
        }

        /** The next bytes as UTF-8: an empty array for would-block, null for end of file. */
        byte[] read(Source source, int size) throws IOException {
            byte[] raw = new byte[size + pending.remaining()];
            int have = pending.remaining();
            pending.get(raw, 0, have);
            int n = source.read(raw, have, size);
            boolean atEof = n < 0;
            if (n <= 0 && have == 0) {
                return atEof ? null : new byte[0];
            }
            if (decoder == null) {
                // Tcl's table decodes what arrived as a whole
                return encoding.table().decode(raw, 0, have + Math.max(n, 0)).getBytes(StandardCharsets.UTF_8);
            }
            ByteBuffer in = ByteBuffer.wrap(raw, 0, have + Math.max(n, 0));
            CharBuffer out = CharBuffer.allocate(in.remaining() + 4);
            decoder.decode(in, out, atEof);
            if (atEof) {
                decoder.flush(out);
            }
            pending = ByteBuffer.allocate(in.remaining());
            pending.put(in);
            pending.flip();
            out.flip();
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }

        byte[] backToOriginal(byte[] utf8) {
            String text = new String(utf8, StandardCharsets.UTF_8);
            byte[] head = encoding.charset() != null ? text.getBytes(encoding.charset())
                    : encoding.table().encodeBytes(text);
            byte[] all = new byte[head.length + pending.remaining()];
            System.arraycopy(head, 0, all, 0, head.length);
            pending.get(all, head.length, pending.remaining());
            return all;
        }
    }
}
