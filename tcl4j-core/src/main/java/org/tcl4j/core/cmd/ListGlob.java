package org.tcl4j.core.cmd;

/**
 * Glob matching for lsearch, dict and array ({@code Tcl_StringCaseMatch}):
 * {@code *}, {@code ?}, {@code [a-z]} sets and {@code \x} escapes.
 *
 * <p>Temporary: the shared matcher {@code GlobMatch} replaces this once it
 * is on main.
 */
final class ListGlob {
    private ListGlob() {
    }

    /** True when the pattern has no special characters (so equality suffices). */
    static boolean isLiteral(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    static boolean matches(String p, String s, boolean nocase) {
        return match(p, 0, s, 0, nocase);
    }

    private static boolean match(String p, int pi, String s, int si, boolean nocase) {
        int pn = p.length();
        int sn = s.length();
        while (true) {
            if (pi == pn) {
                return si == sn;
            }
            char pc = p.charAt(pi);
            if (pc == '*') {
                // collapse runs of stars; a trailing star matches the rest
                while (pi < pn && p.charAt(pi) == '*') {
                    pi++;
                }
                if (pi == pn) {
                    return true;
                }
                for (int k = si; k <= sn; k++) {
                    if (match(p, pi, s, k, nocase)) {
                        return true;
                    }
                }
                return false;
            }
            if (si == sn) {
                return false;
            }
            char sc = s.charAt(si);
            if (pc == '?') {
                pi++;
                si++;
                continue;
            }
            if (pc == '[') {
                int next = matchSet(p, pi + 1, sc, nocase);
                if (next < 0) {
                    return false;
                }
                pi = next;
                si++;
                continue;
            }
            if (pc == '\\') {
                pi++;
                if (pi == pn) {
                    return false;
                }
                pc = p.charAt(pi);
            }
            if (pc != sc && !(nocase && Character.toLowerCase(pc) == Character.toLowerCase(sc))) {
                return false;
            }
            pi++;
            si++;
        }
    }

    /** Matches one character against the set starting after '['; the index after ']' or -1. */
    private static int matchSet(String p, int pi, char c, boolean nocase) {
        int pn = p.length();
        char lc = nocase ? Character.toLowerCase(c) : c;
        boolean found = false;
        while (true) {
            if (pi >= pn) {
                return -1;
            }
            char start = p.charAt(pi);
            if (start == ']') {
                break;
            }
            if (start == '\\') {
                pi++;
                if (pi >= pn) {
                    return -1;
                }
                start = p.charAt(pi);
            }
            pi++;
            char from = nocase ? Character.toLowerCase(start) : start;
            if (pi + 1 < pn && p.charAt(pi) == '-' && p.charAt(pi + 1) != ']') {
                char end = p.charAt(pi + 1);
                if (end == '\\' && pi + 2 < pn) {
                    pi++;
                    end = p.charAt(pi + 1);
                }
                pi += 2;
                char to = nocase ? Character.toLowerCase(end) : end;
                char lo = from < to ? from : to;
                char hi = from < to ? to : from;
                if (lc >= lo && lc <= hi) {
                    found = true;
                }
            } else if (from == lc) {
                found = true;
            }
        }
        return found ? pi + 1 : -1;
    }
}
