package org.tcl4j.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The input side of a channel on its own, fed by a scripted source: line
 * ends, partial lines on non-blocking channels, end of file, the eof
 * character and characters cut between reads.
 */
class ChannelInputTest {
    /** A source that hands out prepared chunks; null in the queue means "would block". */
    static final class Script implements ChannelInput.Source {
        final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
        boolean eofAtEnd = true;

        Script add(String latin1) {
            chunks.add(latin1.getBytes(StandardCharsets.ISO_8859_1));
            return this;
        }

        Script wouldBlock() {
            chunks.add(new byte[0]);
            return this;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            byte[] c = chunks.peek();
            if (c == null) {
                return eofAtEnd ? -1 : 0;
            }
            if (c.length == 0) {
                chunks.poll();
                return 0;
            }
            int n = Math.min(len, c.length);
            System.arraycopy(c, 0, b, off, n);
            chunks.poll();
            if (n < c.length) {
                byte[] rest = new byte[c.length - n];
                System.arraycopy(c, n, rest, 0, rest.length);
                chunks.push(rest);
            }
            return n;
        }
    }

    /** Feeds the text one byte per read, the hardest case for line-end handling. */
    static Script oneByteAtATime(String text) {
        Script s = new Script();
        for (char c : text.toCharArray()) {
            s.add(String.valueOf(c));
        }
        return s;
    }

    static List<String> lines(ChannelInput in) throws Exception {
        List<String> out = new ArrayList<>();
        String l;
        while ((l = in.gets()) != null) {
            out.add(l);
        }
        return out;
    }

    static ChannelInput input(ChannelInput.Source s, Translation t) {
        ChannelInput in = new ChannelInput(s);
        in.setTranslation(t);
        in.setEncoding(Encodings.ISO8859_1);
        return in;
    }

    @Test
    void autoModeAcceptsEveryLineEndEvenSplitAcrossReads() throws Exception {
        String text = "a\rb\r\nc\n\rd\r";
        assertEquals(List.of("a", "b", "c", "", "d"), lines(input(new Script().add(text), Translation.AUTO)));
        assertEquals(List.of("a", "b", "c", "", "d"), lines(input(oneByteAtATime(text), Translation.AUTO)));
    }

    @Test
    void eachTranslationFindsItsOwnLineEnds() throws Exception {
        String text = "a\rb\r\nc\n\rd\r";
        assertEquals(List.of("a\rb\r", "c", "\rd\r"), lines(input(oneByteAtATime(text), Translation.LF)));
        assertEquals(List.of("a", "b", "\nc\n", "d"), lines(input(oneByteAtATime(text), Translation.CR)));
        assertEquals(List.of("a\rb", "c\n\rd\r"), lines(input(oneByteAtATime(text), Translation.CRLF)));
    }

    @Test
    void readTranslatesAndCountsCharactersAfterTranslation() throws Exception {
        ChannelInput in = input(oneByteAtATime("ab\r\ncd\r\n"), Translation.AUTO);
        assertEquals("ab\nc", in.read(4));
        assertEquals("d\n", in.read(-1));
        assertTrue(in.eof());
    }

    @Test
    void nonBlockingGetsKeepsAPartialLineAndSaysBlocked() throws Exception {
        Script s = new Script().add("part").wouldBlock().add("ial\nnext");
        s.eofAtEnd = false;
        ChannelInput in = input(s, Translation.LF);
        assertNull(in.gets());
        assertTrue(in.blocked());
        assertFalse(in.eof());
        assertEquals(4, in.available());
        assertEquals("partial", in.gets());
        assertFalse(in.blocked());
        assertNull(in.gets());
        assertTrue(in.blocked());
        assertEquals("next", in.read(-1));
    }

    @Test
    void endOfFileIsStickyUntilTheNextReadAndGivesTheLastPartialLine() throws Exception {
        ChannelInput in = input(new Script().add("last"), Translation.LF);
        assertEquals("last", in.gets());
        assertTrue(in.eof());
        assertNull(in.gets());
        assertTrue(in.eof());
    }

    @Test
    void theEofCharacterStopsReadingUntilItIsRemoved() throws Exception {
        ChannelInput in = input(new Script().add("ab\u001acd\nef"), Translation.LF);
        in.setEofChar(0x1a);
        assertEquals("ab", in.gets());
        assertTrue(in.eof());
        assertEquals("", in.read(-1));
        in.setEofChar(-1);
        assertEquals("\u001acd", in.gets());
        assertEquals("ef", in.read(-1));
    }

    @Test
    void utf8CharactersCutBetweenReadsAreJoined() throws Exception {
        byte[] bytes = "\u00e9\u20ac\u00e9\n".getBytes(StandardCharsets.UTF_8);
        Script s = new Script();
        for (byte b : bytes) {
            s.chunks.add(new byte[] {b});
        }
        ChannelInput in = new ChannelInput(s);
        in.setTranslation(Translation.LF);
        in.setEncoding(Encodings.UTF8);
        assertEquals("\u00e9\u20ac", in.read(2));
        assertEquals("\u00e9", in.gets());
    }

    @Test
    void invalidUtf8BytesReadAsTheCharactersOfTheirValue() throws Exception {
        Script s = new Script();
        s.chunks.add(new byte[] {'a', (byte) 0xe9, (byte) 0xff, 'b'});
        ChannelInput in = new ChannelInput(s);
        in.setEncoding(Encodings.UTF8);
        assertEquals("a\u00e9\u00ffb", in.read(-1));
    }

    @Test
    void bufferedBytesCanBeTakenBackForAPushedDriver() throws Exception {
        ChannelInput in = input(new Script().add("line\nrest"), Translation.LF);
        assertEquals("line", in.gets());
        assertEquals("rest", new String(in.takeBuffered(), StandardCharsets.ISO_8859_1));
        assertEquals(0, in.available());
    }
}
