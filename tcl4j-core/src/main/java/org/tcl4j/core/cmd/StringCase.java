package org.tcl4j.core.cmd;

/**
 * Tcl 8.6's one-to-one case mapping of UTF-16 characters, used by
 * {@code string toupper/tolower/totitle}, {@code -nocase} comparisons and
 * glob matching.
 *
 * <p>Tcl maps one character to one character (no {@code ß -> SS}). The
 * string commands leave a character alone when its mapping would need more
 * UTF-8 bytes (e.g. U+023A stays, although Unicode lowercases it to U+2C65),
 * while {@code -nocase} comparisons use the full mapping ({@link #fold}). Java 17
 * knows Unicode 13; the few case pairs Unicode 14 added, which tclsh 8.6.13
 * knows, are added by hand.
 */
public final class StringCase {
    private StringCase() {
    }

    /** Unicode 14 case pairs (upper, lower) missing from Java 17's tables. */
    private static final char[] EXTRA_PAIRS = {
        0x2C2F, 0x2C5F, 0xA7C0, 0xA7C1, 0xA7D0, 0xA7D1, 0xA7D6, 0xA7D7, 0xA7D8, 0xA7D9,
    };

    /** The lower case of a character for case-insensitive comparison. */
    public static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        char l = Character.toLowerCase(c);
        return l == c ? extra(c, true) : l;
    }

    public static char toLower(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        char l = Character.toLowerCase(c);
        if (l == c) {
            return extra(c, true);
        }
        return notWider(c, l) ? l : c;
    }

    public static char toUpper(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
        }
        char u = Character.toUpperCase(c);
        if (u == c) {
            return extra(c, false);
        }
        return notWider(c, u) ? u : c;
    }

    public static char toTitle(char c) {
        if (c < 0x80) {
            return toUpper(c);
        }
        char t = Character.toTitleCase(c);
        if (t == c) {
            return extra(c, false);
        }
        return notWider(c, t) ? t : c;
    }

    public static String toLower(String s) {
        return map(s, 0, s.length(), 0);
    }

    public static String toUpper(String s) {
        return map(s, 0, s.length(), 1);
    }

    /** {@code string totitle}: the first character in title case, the rest in lower case. */
    public static String toTitle(String s) {
        return map(s, 0, s.length(), 2);
    }

    /**
     * Maps the characters {@code first..last} (inclusive, already clamped)
     * with mode 0 lower, 1 upper, 2 title; the rest is kept.
     */
    static String map(String s, int first, int last, int mode) {
        StringBuilder sb = null;
        for (int i = first; i < last; i++) {
            char c = s.charAt(i);
            char m;
            if (mode == 0) {
                m = toLower(c);
            } else if (mode == 1) {
                m = toUpper(c);
            } else {
                m = i == first ? toTitle(c) : toLower(c);
            }
            if (m != c) {
                if (sb == null) {
                    sb = new StringBuilder(s);
                }
                sb.setCharAt(i, m);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static char extra(char c, boolean lower) {
        if (c < 0x2C2F) {
            return c;
        }
        for (int i = 0; i < EXTRA_PAIRS.length; i += 2) {
            if (lower && EXTRA_PAIRS[i] == c) {
                return EXTRA_PAIRS[i + 1];
            }
            if (!lower && EXTRA_PAIRS[i + 1] == c) {
                return EXTRA_PAIRS[i];
            }
        }
        return c;
    }

    private static boolean notWider(char from, char to) {
        return utf8Width(to) <= utf8Width(from);
    }

    /** Bytes of a character in Tcl's internal (modified) UTF-8: NUL takes two. */
    static int utf8Width(char c) {
        if (c == 0) {
            return 2;
        }
        return c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
}
