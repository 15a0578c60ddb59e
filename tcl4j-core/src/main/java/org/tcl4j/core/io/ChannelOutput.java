package org.tcl4j.core.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The output side of a channel: text is translated (LF to the channel's
 * line end), encoded, and queued as bytes until the channel flushes them.
 * Characters the encoding cannot represent become "?", as in tclsh; the
 * binary encoding keeps the low 8 bits of each character.
 */
final class ChannelOutput {
    private byte[] buf = new byte[4096];
    private int start;
    private int end;
    private Translation translation = Translation.LF;
    private Encodings.Encoding encoding = Encodings.UTF8;
    private CharsetEncoder encoder;
    private int eofChar = -1;

    void setEncoding(Encodings.Encoding e) {
        encoding = e;
        encoder = e.charset() == null || e.charset() == StandardCharsets.UTF_8
                || e.charset() == StandardCharsets.ISO_8859_1
                ? null
                : e.charset().newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    void setTranslation(Translation t) {
        translation = t == Translation.AUTO ? Translation.AUTO : t;
    }

    Translation translation() {
        return translation;
    }

    void setEofChar(int c) {
        eofChar = c;
    }

    int eofChar() {
        return eofChar;
    }

    /** Bytes waiting to be written. */
    int pending() {
        return end - start;
    }

    byte[] array() {
        return buf;
    }

    int start() {
        return start;
    }

    /** Marks {@code n} bytes as written. */
    void consumed(int n) {
        start += n;
        if (start == end) {
            start = 0;
            end = 0;
        }
    }

    void clear() {
        start = 0;
        end = 0;
    }

    /** Queues text; returns true when it contained a newline (for line buffering). */
    boolean append(CharSequence s) {
        return append(s.toString(), false, true);
    }

    /**
     * Queues text, and a line end after it when {@code newline} (puts). The
     * text is cut at its newlines only when they need translating; each
     * piece is encoded in one go (for binary and ISO 8859-1 strings that is
     * a plain copy). Returns true when a newline was written.
     */
    boolean append(String s, boolean newline, boolean reportNewline) {
        if (!encoding.asciiCompatible()) {
            // line ends are characters of the encoding too (UTF-16): translate, then encode it all
            String text = newline ? s + "\n" : s;
            boolean had = text.indexOf('\n') >= 0;
            String eol = translation == Translation.CR ? "\r" : translation == Translation.CRLF ? "\r\n" : "\n";
            encodePiece(had && !eol.equals("\n") ? text.replace("\n", eol) : text);
            return had;
        }
        boolean plain = translation == Translation.LF || translation == Translation.AUTO;
        if (plain && !reportNewline) {
            encodePiece(s); // nothing to translate and nobody asks: no need to look for newlines
            return newline && putNewline();
        }
        int nl = s.indexOf('\n');
        boolean had = nl >= 0;
        if (nl < 0 || plain) {
            encodePiece(s);
        } else {
            int from = 0;
            while (nl >= 0) {
                encodePiece(s.substring(from, nl));
                putLineEnd();
                from = nl + 1;
                nl = s.indexOf('\n', from);
            }
            encodePiece(s.substring(from));
        }
        if (newline) {
            return putNewline();
        }
        return had;
    }

    private boolean putNewline() {
        if (!putLineEnd()) {
            ensure(1);
            buf[end++] = '\n';
        }
        return true;
    }

    /** Encodes text that holds no newline needing translation. */
    @SuppressWarnings("deprecation")
    private void encodePiece(String s) {
        int n = s.length();
        if (n == 0) {
            return;
        }
        if (encoding.isBinary()) {
            // binary keeps the low 8 bits of each character, as Tcl's byte arrays do
            ensure(n);
            s.getBytes(0, n, buf, end);
            end += n;
        } else if (encoding.charset() == StandardCharsets.UTF_8) {
            appendBytes(s.getBytes(StandardCharsets.UTF_8));
        } else if (encoding.charset() == StandardCharsets.ISO_8859_1) {
            appendBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        } else if (encoding.table() != null) {
            appendBytes(encoding.table().encodeBytes(s));
        } else {
            appendBytes(encode(s));
        }
    }

    /** Writes the line end for CR/CRLF translations; false for LF (the caller writes it). */
    private boolean putLineEnd() {
        switch (translation) {
            case CR:
                ensure(1);
                buf[end++] = '\r';
                return true;
            case CRLF:
                ensure(2);
                buf[end++] = '\r';
                buf[end++] = '\n';
                return true;
            default:
                return false;
        }
    }

    private byte[] encode(String s) {
        try {
            ByteBuffer bb = encoder.encode(CharBuffer.wrap(s));
            byte[] out = new byte[bb.remaining()];
            bb.get(out);
            return out;
        } catch (java.nio.charset.CharacterCodingException e) {
            return s.getBytes(encoding.charset()); // unreachable in practice: the encoder replaces
        }
    }

    /** Queues raw bytes (fcopy of binary data, the eof character). */
    void appendBytes(byte[] b) {
        appendBytes(b, 0, b.length);
    }

    void appendBytes(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, end, len);
        end += len;
    }

    /**
     * Queues bytes that are already in the channel's encoding (an fcopy that
     * does not convert), with each LF byte turned into the channel's line
     * end. Returns true when they held a newline; they are only searched
     * for one when translating or when {@code reportNewline}.
     */
    boolean appendEncoded(byte[] b, int off, int len, boolean reportNewline) {
        boolean translate = (translation == Translation.CR || translation == Translation.CRLF)
                && encoding.asciiCompatible();
        if (!translate && !reportNewline) {
            appendBytes(b, off, len);
            return false;
        }
        boolean had = false;
        int from = off;
        int stop = off + len;
        for (int i = off; i < stop; i++) {
            if (b[i] == '\n') {
                had = true;
                if (!translate) {
                    break;
                }
                appendBytes(b, from, i - from);
                putNewline();
                from = i + 1;
            }
        }
        appendBytes(b, from, stop - from);
        return had;
    }

    /** Queues the output end-of-file character, if any (at close). */
    void appendEofChar() {
        if (eofChar >= 0) {
            ensure(1);
            buf[end++] = (byte) eofChar;
        }
    }

    private void ensure(int n) {
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
        start = 0;
        end = used;
    }
}
