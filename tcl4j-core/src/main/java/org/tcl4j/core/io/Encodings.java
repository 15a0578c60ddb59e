package org.tcl4j.core.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.tcl4j.core.TclException;

/**
 * The encodings a channel can use ({@code fconfigure -encoding}): the Tcl
 * names of {@code encoding names} plus {@code binary}, where each byte is
 * one character 0-255. A channel keeps the Tcl name for {@code fconfigure}.
 */
public final class Encodings {
    /**
     * A resolved encoding: its Tcl name, and either a JDK charset (UTF-8,
     * ISO 8859-1 and UTF-16 are handled with the JDK's fast coders) or the
     * Tcl table of {@link org.tcl4j.core.cmd.Encodings} (every other
     * encoding, with tclsh's exact tables); both null for binary.
     */
    public record Encoding(String name, Charset charset, org.tcl4j.core.cmd.Encodings.Encoding table,
            boolean asciiCompatible) {
        public boolean isBinary() {
            return charset == null && table == null;
        }
    }

    public static final Encoding BINARY = new Encoding("binary", null, null, true);
    public static final Encoding UTF8 = new Encoding("utf-8", StandardCharsets.UTF_8, null, true);
    public static final Encoding ISO8859_1 = new Encoding("iso8859-1", StandardCharsets.ISO_8859_1, null, true);

    private static final Map<String, Encoding> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private Encodings() {
    }

    /** The interpreter's system encoding ({@code encoding system}): what new channels use. */
    public static Encoding system(org.tcl4j.core.Interp interp) {
        try {
            return lookup(org.tcl4j.core.cmd.EncodingCmd.systemEncoding(interp).name());
        } catch (TclException | RuntimeException e) {
            return UTF8;
        }
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
        CACHE.put(name, e);
        return e;
    }

    private static Encoding resolve(String name) throws TclException {
        switch (name) {
            case "utf-8":
                return UTF8;
            case "iso8859-1":
                return ISO8859_1;
            case "unicode":
                return new Encoding(name, StandardCharsets.UTF_16LE, null, false);
            default:
                break;
        }
        org.tcl4j.core.cmd.Encodings.Encoding table = org.tcl4j.core.cmd.Encodings.get(name);
        return new Encoding(name, null, table, isAsciiCompatible(table));
    }

    /**
     * Can lines be found by looking for the bytes CR and LF? True for every
     * encoding in which these bytes never occur inside another character
     * (UTF-8, the ISO and Windows code pages, the CJK multi-byte sets), not
     * for UTF-16.
     */
    private static boolean isAsciiCompatible(org.tcl4j.core.cmd.Encodings.Encoding table) {
        byte[] b = table.encodeBytes("\r\nA");
        return b.length == 3 && b[0] == '\r' && b[1] == '\n' && b[2] == 'A';
    }
}
