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
        int n = s.length();
        boolean newline = false;
        if (encoder == null && !encoding.isBinary() && encoding.charset() == StandardCharsets.UTF_8) {
            // ASCII runs go straight in; anything else through the JDK's UTF-8 encoder
            ensure(n + (translation == Translation.CRLF ? n : 0));
            int i = 0;
            for (; i < n; i++) {
                char c = s.charAt(i);
                if (c >= 0x80) {
                    break;
                }
                if (c == '\n') {
                    newline = true;
                    if (!putLineEnd()) {
                        buf[end++] = '\n';
                    }
                } else {
                    buf[end++] = (byte) c;
                }
            }
            if (i < n) {
                String rest = s.subSequence(i, n).toString();
                newline |= rest.indexOf('\n') >= 0;
                appendBytes(translateLines(rest).getBytes(StandardCharsets.UTF_8));
            }
            return newline;
        }
        if (encoding.table() != null) {
            String text = s.toString();
            newline = text.indexOf('\n') >= 0;
            appendBytes(encoding.table().encodeBytes(translateLines(text)));
            return newline;
        }
        if (encoder == null) {
            // binary and iso8859-1: one byte per character
            boolean binary = encoding.isBinary();
            ensure(n + (translation == Translation.CRLF ? n : 0));
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c == '\n') {
                    newline = true;
                    if (!putLineEnd()) {
                        buf[end++] = '\n';
                    }
                } else {
                    buf[end++] = (byte) (binary || c < 0x100 ? c : '?');
                }
            }
            return newline;
        }
        String text = s.toString();
        newline = text.indexOf('\n') >= 0;
        appendBytes(encode(translateLines(text)));
        return newline;
    }

    /** Writes the line end for CR/CRLF translations; false for LF (the caller writes it). */
    private boolean putLineEnd() {
        switch (translation) {
            case CR:
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

    private String translateLines(String s) {
        switch (translation) {
            case CR:
                return s.replace('\n', '\r');
            case CRLF:
                return s.replace("\n", "\r\n");
            default:
                return s;
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
