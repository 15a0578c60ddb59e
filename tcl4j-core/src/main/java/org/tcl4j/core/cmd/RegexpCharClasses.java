package org.tcl4j.core.cmd;

import java.util.HashMap;
import java.util.Map;

/**
 * Tcl's character classes ({@code [[:alpha:]]}, {@code \w}, ...) and POSIX
 * collating-element names ({@code [[.space.]]}) as java.util.regex class
 * bodies. The classes were checked character by character against tclsh
 * 8.6 over the whole BMP: they agree wherever Java's Unicode tables know the
 * character.
 */
final class RegexpCharClasses {
    private RegexpCharClasses() {
    }

    /**
     * Tcl's white space: more than Unicode's Z category (U+0085, U+180E,
     * U+200B, U+2060, U+FEFF). The non-ASCII part sits behind an
     * intersection with U+0085..U+FFFF so that java.util.regex rejects an
     * ordinary character after three tests instead of fourteen (many times
     * faster on ASCII text).
     */
    static final String SPACE = "\\t-\\r\\x20[\\x{85}-\\x{ffff}&&[\\x{85}\\x{a0}\\x{1680}\\x{180e}\\x{2000}-\\x{200b}"
            + "\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{2060}\\x{3000}\\x{feff}]]";
    /** Word characters: letters, decimal digits and connector punctuation (underscore). */
    static final String WORD = "\\p{javaLetterOrDigit}\\p{Pc}";
    static final String DIGIT = "\\p{Nd}";
    private static final String GRAPH = "[^\\p{Z}\\p{C}]";

    private static final Map<String, String> CLASSES = Map.ofEntries(
            Map.entry("alpha", "\\p{L}"),
            Map.entry("digit", DIGIT),
            Map.entry("alnum", "\\p{javaLetterOrDigit}"),
            Map.entry("upper", "\\p{Lu}"),
            Map.entry("lower", "\\p{Ll}"),
            Map.entry("space", SPACE),
            Map.entry("blank", "\\t\\x20"),
            Map.entry("punct", "\\p{P}"),
            Map.entry("graph", GRAPH),
            Map.entry("print", GRAPH + "\\x20[\\x{85}-\\x{ffff}&&[\\x{85}\\x{a0}\\x{1680}\\x{180e}\\x{2000}-\\x{200b}"
                    + "\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{2060}\\x{3000}\\x{feff}]]"),
            Map.entry("cntrl", "\\p{Cc}\\p{Cf}\\p{Co}"),
            Map.entry("xdigit", "0-9A-Fa-f"),
            Map.entry("ascii", "\\x00-\\x7f"));

    /** The class body for {@code [:name:]}, or null if Tcl has no such class. */
    static String named(String name) {
        return CLASSES.get(name);
    }

    private static final Map<String, Integer> COLLATING = new HashMap<>();

    static {
        // The POSIX portable character set names (control characters first).
        String[] controls = {"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF",
            "CR", "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC",
            "IS4", "IS3", "IS2", "IS1"};
        for (int i = 0; i < controls.length; i++) {
            COLLATING.put(controls[i], i);
        }
        Object[] named = {"alert", 7, "backspace", 8, "tab", 9, "newline", 10, "vertical-tab", 11,
            "form-feed", 12, "carriage-return", 13, "FS", 28, "GS", 29, "RS", 30, "US", 31, "space", 32,
            "exclamation-mark", 33, "quotation-mark", 34, "number-sign", 35, "dollar-sign", 36,
            "percent-sign", 37, "ampersand", 38, "apostrophe", 39, "left-parenthesis", 40,
            "right-parenthesis", 41, "asterisk", 42, "plus-sign", 43, "comma", 44, "hyphen", 45,
            "hyphen-minus", 45, "period", 46, "full-stop", 46, "slash", 47, "solidus", 47, "zero", 48,
            "one", 49, "two", 50, "three", 51, "four", 52, "five", 53, "six", 54, "seven", 55, "eight", 56,
            "nine", 57, "colon", 58, "semicolon", 59, "less-than-sign", 60, "equals-sign", 61,
            "greater-than-sign", 62, "question-mark", 63, "commercial-at", 64, "left-square-bracket", 91,
            "backslash", 92, "reverse-solidus", 92, "right-square-bracket", 93, "circumflex", 94,
            "circumflex-accent", 94, "underscore", 95, "low-line", 95, "grave-accent", 96, "left-brace", 123,
            "left-curly-bracket", 123, "vertical-line", 124, "right-brace", 125, "right-curly-bracket", 125,
            "tilde", 126, "DEL", 127};
        for (int i = 0; i < named.length; i += 2) {
            COLLATING.put((String) named[i], (Integer) named[i + 1]);
        }
    }

    /** The character named by a multi-character collating element, or -1. */
    static int collatingName(String name) {
        Integer c = COLLATING.get(name);
        return c == null ? -1 : c;
    }

    /** One character written so java.util.regex reads it literally, inside or outside a class. */
    static void appendLiteral(StringBuilder sb, int cp) {
        if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')) {
            sb.append((char) cp);
        } else {
            sb.append("\\x{").append(Integer.toHexString(cp)).append('}');
        }
    }
}
