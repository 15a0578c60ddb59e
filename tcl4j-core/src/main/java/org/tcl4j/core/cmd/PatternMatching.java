package org.tcl4j.core.cmd;

import java.util.ArrayList;
import java.util.List;

import org.tcl4j.core.TclException;

/**
 * The pattern matching that kernel commands (switch, namespace and info
 * patterns) share: Tcl glob and Tcl regular expressions (Tcl's ARE syntax,
 * through {@link Regexps}).
 */
final class PatternMatching {
    private PatternMatching() {
    }

    static boolean glob(String pattern, String s, boolean nocase) {
        return GlobMatch.matches(pattern, s, nocase);
    }

    /** Match ranges (start, end) of the whole match and each group, or null when no match. */
    static List<int[]> regexp(String pattern, String s, boolean nocase) throws TclException {
        int[] m = Regexps.find(Regexps.compile(pattern, nocase ? TclRegex.ICASE : 0), s, 0);
        if (m == null) {
            return null;
        }
        List<int[]> out = new ArrayList<>();
        for (int g = 0; g + 1 < m.length; g += 2) {
            out.add(new int[] {m[g], m[g + 1]});
        }
        return out;
    }
}
