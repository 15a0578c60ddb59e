package org.tcl4j.core.cmd;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.tcl4j.core.TclException;

/**
 * The pattern matching that kernel commands (switch, namespace and info
 * patterns) share: Tcl glob and Tcl regular expressions.
 */
final class PatternMatching {
    private PatternMatching() {
    }

    static boolean glob(String pattern, String s, boolean nocase) {
        return GlobMatch.matches(pattern, s, nocase);
    }

    /** Match ranges (start, end) of the whole match and each group, or null when no match. */
    static List<int[]> regexp(String pattern, String s, boolean nocase) throws TclException {
        Pattern p;
        try {
            p = Pattern.compile(pattern, nocase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        } catch (PatternSyntaxException e) {
            throw new TclException("couldn't compile regular expression pattern: " + e.getDescription(),
                    "REGEXP COMPILE");
        }
        Matcher m = p.matcher(s);
        if (!m.find()) {
            return null;
        }
        List<int[]> out = new ArrayList<>();
        for (int g = 0; g <= m.groupCount(); g++) {
            out.add(new int[] {m.start(g), m.end(g)});
        }
        return out;
    }
}
