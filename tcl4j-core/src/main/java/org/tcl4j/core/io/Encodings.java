package org.tcl4j.core.io;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.tcl4j.core.TclException;

/**
 * Tcl encoding names and the JDK charsets behind them. Tcl spells its
 * encodings its own way ({@code iso8859-1}, {@code shiftjis}, {@code
 * unicode}); a channel keeps the Tcl name for {@code fconfigure} and the
 * charset for the work. {@code binary} (and {@code identity}) have no
 * charset: each byte is one character 0-255.
 */
public final class Encodings {
    /** Tcl names whose JDK charset is spelt differently. */
    private static final Map<String, String> JAVA_NAMES = new HashMap<>();

    static {
        JAVA_NAMES.put("unicode", "UTF-16LE");
        JAVA_NAMES.put("shiftjis", "Shift_JIS");
        JAVA_NAMES.put("euc-cn", "GB2312");
        JAVA_NAMES.put("gb2312", "GB2312");
        JAVA_NAMES.put("gb2312-raw", "GB2312");
        JAVA_NAMES.put("ksc5601", "EUC-KR");
        JAVA_NAMES.put("macRoman", "x-MacRoman");
        JAVA_NAMES.put("macCentEuro", "x-MacCentralEurope");
        JAVA_NAMES.put("macCroatian", "x-MacCroatian");
        JAVA_NAMES.put("macCyrillic", "x-MacCyrillic");
        JAVA_NAMES.put("macGreek", "x-MacGreek");
        JAVA_NAMES.put("macIceland", "x-MacIceland");
        JAVA_NAMES.put("macRomania", "x-MacRomania");
        JAVA_NAMES.put("macThai", "x-MacThai");
        JAVA_NAMES.put("macTurkish", "x-MacTurkish");
        JAVA_NAMES.put("macUkraine", "x-MacUkraine");
        JAVA_NAMES.put("macDingbats", "x-MacDingbat");
        JAVA_NAMES.put("macJapan", "x-MacJapanese");
        JAVA_NAMES.put("tis-620", "TIS-620");
        JAVA_NAMES.put("iso2022-jp", "ISO-2022-JP");
        JAVA_NAMES.put("iso2022-kr", "ISO-2022-KR");
        JAVA_NAMES.put("iso2022", "ISO-2022-JP");
        JAVA_NAMES.put("ebcdic", "IBM037");
        JAVA_NAMES.put("cp932", "windows-31j");
        JAVA_NAMES.put("cp936", "GBK");
        JAVA_NAMES.put("cp949", "x-windows-949");
        JAVA_NAMES.put("cp950", "x-windows-950");
        JAVA_NAMES.put("jis0201", "JIS_X0201");
        JAVA_NAMES.put("jis0208", "x-JIS0208");
        JAVA_NAMES.put("jis0212", "JIS_X0212-1990");
    }

    /** A resolved encoding: its Tcl name and charset (null for binary). */
    public record Encoding(String name, Charset charset, boolean asciiCompatible) {
        public boolean isBinary() {
            return charset == null;
        }
    }

    public static final Encoding BINARY = new Encoding("binary", null, true);
    public static final Encoding UTF8 = new Encoding("utf-8", StandardCharsets.UTF_8, true);
    public static final Encoding ISO8859_1 = new Encoding("iso8859-1", StandardCharsets.ISO_8859_1, true);

    private static final Map<String, Encoding> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private Encodings() {
    }

    /** The system encoding of tclsh on this platform ({@code encoding system}). */
    public static Encoding system() {
        return UTF8;
    }

    /**
     * Looks an encoding up by its Tcl name ({@code ""} is binary). Unknown
     * names give tclsh's {@code unknown encoding "x"}.
     */
    public static Encoding lookup(String name) throws TclException {
        if (name.isEmpty() || name.equals("binary")) {
            return BINARY;
        }
        Encoding e = CACHE.get(name);
        if (e != null) {
            return e;
        }
        e = resolve(name);
        if (e == null) {
            throw new TclException("unknown encoding \"" + name + "\"", "TCL LOOKUP ENCODING " + name);
        }
        CACHE.put(name, e);
        return e;
    }

    private static Encoding resolve(String name) {
        switch (name) {
            case "utf-8":
                return UTF8;
            case "iso8859-1":
                return ISO8859_1;
            case "identity":
                return new Encoding("identity", null, true);
            case "ascii":
                return make(name, StandardCharsets.US_ASCII);
            default:
                break;
        }
        String javaName = JAVA_NAMES.get(name);
        if (javaName == null) {
            if (name.startsWith("iso8859-")) {
                javaName = "ISO-8859-" + name.substring(8);
            } else if (name.matches("cp125[0-8]")) {
                javaName = "windows-" + name.substring(2);
            } else if (name.matches("cp[0-9]+")) {
                javaName = "IBM" + name.substring(2);
            } else if (name.equals(name.toLowerCase(Locale.ROOT))) {
                javaName = name; // euc-jp, koi8-r, big5 ... are JDK names too
            } else {
                return null;
            }
        }
        try {
            return make(name, Charset.forName(javaName));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static Encoding make(String name, Charset cs) {
        return new Encoding(name, cs, isAsciiCompatible(cs));
    }

    /**
     * Can lines be found by looking for the bytes CR and LF? True for every
     * encoding in which these bytes never occur inside another character
     * (UTF-8, the ISO and Windows code pages, the CJK multi-byte sets), not
     * for UTF-16.
     */
    private static boolean isAsciiCompatible(Charset cs) {
        if (!cs.canEncode()) {
            return false;
        }
        byte[] b = "\r\nA".getBytes(cs);
        return b.length == 3 && b[0] == '\r' && b[1] == '\n' && b[2] == 'A'
                && !cs.name().toUpperCase(Locale.ROOT).startsWith("UTF-16")
                && !cs.name().toUpperCase(Locale.ROOT).startsWith("UTF-32");
    }
}
