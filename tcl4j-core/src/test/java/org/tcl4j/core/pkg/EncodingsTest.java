package org.tcl4j.core.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tcl4j.core.TclException;
import org.tcl4j.core.cmd.Encodings;

/** Tcl's encodings: byte strings are strings of characters 0..255. */
class EncodingsTest {
    private static String utf8From(String bytes) {
        return Encodings.lookup("utf-8").decode(bytes);
    }

    @Test
    void utf8KeepsBytesThatDoNotDecode() {
        assertEquals("\u00e9", utf8From("\u00c3\u00a9"));
        assertEquals("\u00e9", utf8From("\u00e9")); // a lone Latin-1 byte stays itself
        assertEquals("a\u00c3", utf8From("a\u00c3")); // cut short at the end
        assertEquals("\0", utf8From("\u00c0\u0080")); // Tcl's own NUL
        assertEquals("\u00c1\u0081", utf8From("\u00c1\u0081")); // other overlong forms are not characters
        assertEquals("\ud83d\ude00", utf8From("\u00f0\u009f\u0098\u0080"));
    }

    @Test
    void identityIsTclsInternalForm() {
        assertEquals("\u00c0\u0080a", Encodings.lookup("identity").encode("\0a"));
        assertEquals("\0", Encodings.lookup("utf-8").encode("\0"));
    }

    @Test
    void unencodableCharactersBecomeTheTablesQuestionMark() {
        assertEquals("caf\u00e9?", Encodings.lookup("iso8859-1").encode("caf\u00e9\u20ac"));
        assertEquals("caf??", Encodings.lookup("ascii").encode("caf\u00e9\u20ac"));
        assertEquals("\u00c1\u006f", Encodings.lookup("ebcdic").encode("A\u20ac"));
    }

    @Test
    void multiByteInputCutShortIsDroppedButStrayBytesStay() {
        Encodings.Encoding sjis = Encodings.lookup("shiftjis");
        assertEquals("\u3042", sjis.decode("\u0082\u00a0\u0082"));
        assertEquals("\u0082 ", sjis.decode("\u0082 "));
        assertEquals("a\u4e2d\u0080", Encodings.lookup("big5").decode("a\u00a4\u00a4\u0080"));
    }

    @Test
    void unknownNamesAreErrorsButChannelsKnowBinary() throws TclException {
        assertNull(Encodings.lookup("utf-16"));
        assertNull(Encodings.lookup("binary"));
        assertEquals("iso8859-1", Encodings.forChannel("binary").name());
        assertTrue(Encodings.names().contains("cp1252"));
    }

    @Test
    void theSystemEncodingFollowsTheLocale() {
        assertEquals("utf-8", Encodings.fromLocale(Map.of("LANG", "C.UTF-8")));
        assertEquals("utf-8", Encodings.fromLocale(Map.of("LC_ALL", "de_DE.utf8", "LANG", "C")));
        assertEquals("iso8859-1", Encodings.fromLocale(Map.of("LANG", "C")));
        assertEquals("iso8859-1", Encodings.fromLocale(Map.of()));
        assertEquals("euc-jp", Encodings.fromLocale(Map.of("LANG", "ja_JP.eucJP")));
        assertEquals("iso8859-15", Encodings.fromLocale(Map.of("LANG", "fr_FR.ISO-8859-15@euro")));
    }
}
