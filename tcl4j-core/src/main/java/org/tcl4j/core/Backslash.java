package org.tcl4j.core;

/**
 * Backslash substitution, shared by the script parser, list parsing and
 * {@code subst}: one place that knows {@code \n}, {@code \x41},
 * {@code \u00e9}, {@code \U0001F600}, octal escapes and backslash-newline.
 */
public final class Backslash {
    private Backslash() {
    }

    /**
     * Decodes the backslash sequence starting at {@code s.charAt(i) == '\\'}
     * and appends its value to {@code out}.
     *
     * @return the index just past the sequence
     */
    public static int decode(CharSequence s, int i, StringBuilder out) {
        int n = s.length();
        if (i + 1 >= n) {
            out.append('\\');
            return i + 1;
        }
        char c = s.charAt(i + 1);
        int p = i + 2;
        switch (c) {
            case 'a' -> out.append('\u0007');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'v' -> out.append('\u000b');
            case '\n' -> {
                // backslash-newline and the following blanks become one space
                while (p < n && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
                    p++;
                }
                out.append(' ');
            }
            case 'x' -> {
                int v = 0;
                int k = 0;
                while (k < 2 && p < n && Character.digit(s.charAt(p), 16) >= 0 && s.charAt(p) < 128) {
                    v = v * 16 + Character.digit(s.charAt(p), 16);
                    p++;
                    k++;
                }
                if (k == 0) {
                    out.append('x');
                } else {
                    out.append((char) v);
                }
            }
            case 'u', 'U' -> {
                int max = c == 'u' ? 4 : 8;
                int v = 0;
                int k = 0;
                while (k < max && p < n && s.charAt(p) < 128 && Character.digit(s.charAt(p), 16) >= 0) {
                    int nv = v * 16 + Character.digit(s.charAt(p), 16);
                    if (c == 'U' && nv > 0x10FFFF) {
                        break;
                    }
                    v = nv;
                    p++;
                    k++;
                }
                if (k == 0) {
                    out.append(c);
                } else {
                    out.appendCodePoint(v);
                }
            }
            default -> {
                if (c >= '0' && c <= '7') {
                    int v = c - '0';
                    int k = 1;
                    while (k < 3 && p < n && s.charAt(p) >= '0' && s.charAt(p) <= '7') {
                        v = v * 8 + (s.charAt(p) - '0');
                        p++;
                        k++;
                    }
                    out.append((char) (v & 0xFF));
                } else if (Character.isHighSurrogate(c) && p < n && Character.isLowSurrogate(s.charAt(p))) {
                    out.append(c).append(s.charAt(p));
                    p++;
                } else {
                    out.append(c);
                }
            }
        }
        return p;
    }

    /** Substitutes every backslash sequence in {@code s}. */
    public static String substitute(String s) {
        int bs = s.indexOf('\\');
        if (bs < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        out.append(s, 0, bs);
        int i = bs;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\') {
                i = decode(s, i, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
