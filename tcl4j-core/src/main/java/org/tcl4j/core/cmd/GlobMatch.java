package org.tcl4j.core.cmd;

/**
 * Tcl's glob-style pattern matching, as used by {@code string match},
 * {@code lsearch -glob}, {@code switch -glob}, {@code array names -glob} and
 * the pattern arguments of {@code info} and {@code namespace}.
 *
 * <p>Pattern syntax: {@code *} matches any sequence (also empty), {@code ?}
 * any one character, {@code [chars]} one character of a set, where
 * {@code x-y} is a range in either order, and {@code \x} matches {@code x}
 * literally. Tcl's quirks are kept on purpose: a set has no negation
 * ({@code [^a]} is the set of {@code ^} and {@code a}), a backslash inside a
 * set is an ordinary character, {@code ]} right after {@code [} closes an
 * empty set, and an unclosed set still matches the character it contains.
 * With {@code nocase}, characters and range bounds are compared in lower case.
 */
public final class GlobMatch {
    private GlobMatch() {
    }

    /** Does {@code s} match {@code pattern} as a whole? */
    public static boolean matches(String pattern, String s, boolean nocase) {
        return match(pattern, 0, s, 0, nocase);
    }

    /** True when the pattern has no glob metacharacters, so that it can only match itself. */
    public static boolean isLiteral(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private static boolean match(String p, int pi, String s, int si, boolean nocase) {
        int plen = p.length();
        int slen = s.length();
        while (true) {
            if (pi == plen) {
                return si == slen;
            }
            char pc = p.charAt(pi);
            if (pc == '*') {
                do {
                    pi++;
                } while (pi < plen && p.charAt(pi) == '*');
                if (pi == plen) {
                    return true;
                }
                // Only positions where a literal next character can match are worth a try.
                char next = p.charAt(pi);
                boolean literal = next != '[' && next != '?' && next != '\\';
                if (nocase) {
                    next = StringCase.fold(next);
                }
                for (; si < slen; si++) {
                    if (literal) {
                        char sc = s.charAt(si);
                        if (nocase) {
                            sc = StringCase.fold(sc);
                        }
                        if (sc != next) {
                            continue;
                        }
                    }
                    if (match(p, pi, s, si, nocase)) {
                        return true;
                    }
                }
                return false;
            }
            if (si == slen) {
                return false;
            }
            char sc = s.charAt(si);
            if (pc == '?') {
                pi++;
                si++;
                continue;
            }
            if (pc == '[') {
                pi = matchSet(p, pi + 1, nocase ? StringCase.fold(sc) : sc, nocase);
                if (pi < 0) {
                    return false;
                }
                si++;
                continue;
            }
            if (pc == '\\') {
                pi++;
                if (pi == plen) {
                    return false; // a trailing backslash escapes nothing and matches nothing
                }
                pc = p.charAt(pi);
            }
            if (pc != sc && !(nocase && StringCase.fold(pc) == StringCase.fold(sc))) {
                return false;
            }
            pi++;
            si++;
        }
    }

    /**
     * Matches one character against the set starting at {@code pi} (just
     * after the {@code [}). Returns the pattern index after the set, or -1.
     */
    private static int matchSet(String p, int pi, char c, boolean nocase) {
        int plen = p.length();
        while (true) {
            if (pi == plen || p.charAt(pi) == ']') {
                return -1;
            }
            char start = p.charAt(pi++);
            if (nocase) {
                start = StringCase.fold(start);
            }
            if (pi < plen && p.charAt(pi) == '-') {
                pi++;
                if (pi == plen) {
                    return -1;
                }
                char end = p.charAt(pi++);
                if (nocase) {
                    end = StringCase.fold(end);
                }
                if ((start <= c && c <= end) || (end <= c && c <= start)) {
                    break;
                }
            } else if (start == c) {
                break;
            }
        }
        // Matched: skip the rest of the set; an unclosed set just ends the pattern.
        while (pi < plen && p.charAt(pi) != ']') {
            pi++;
        }
        return pi < plen ? pi + 1 : plen;
    }
}
