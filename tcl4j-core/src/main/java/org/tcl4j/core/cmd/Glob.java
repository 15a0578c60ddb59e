package org.tcl4j.core.cmd;

/**
 * Minimal case-sensitive glob matching for the kernel commands (namespace,
 * info, trace patterns). The full Tcl {@code string match} lives in GlobMatch.
 */
final class Glob {
    private Glob() {
    }

    static boolean match(String p, int pi, String s, int si) {
        int pn = p.length();
        int sn = s.length();
        while (pi < pn) {
            char c = p.charAt(pi);
            if (c == '*') {
                while (pi < pn && p.charAt(pi) == '*') {
                    pi++;
                }
                if (pi == pn) {
                    return true;
                }
                for (int k = si; k <= sn; k++) {
                    if (match(p, pi, s, k)) {
                        return true;
                    }
                }
                return false;
            }
            if (si >= sn) {
                return false;
            }
            if (c == '?') {
                pi++;
                si++;
                continue;
            }
            if (c == '[') {
                int close = p.indexOf(']', pi + 1);
                if (close < 0) {
                    return false;
                }
                char ch = s.charAt(si);
                boolean ok = false;
                for (int k = pi + 1; k < close; k++) {
                    char lo = p.charAt(k);
                    if (k + 2 < close && p.charAt(k + 1) == '-') {
                        char hi = p.charAt(k + 2);
                        if ((ch >= lo && ch <= hi) || (ch >= hi && ch <= lo)) {
                            ok = true;
                        }
                        k += 2;
                    } else if (lo == ch) {
                        ok = true;
                    }
                }
                if (!ok) {
                    return false;
                }
                pi = close + 1;
                si++;
                continue;
            }
            if (c == '\\' && pi + 1 < pn) {
                pi++;
                c = p.charAt(pi);
            }
            if (c != s.charAt(si)) {
                return false;
            }
            pi++;
            si++;
        }
        return si == sn;
    }
}
