package org.tcl4j.core.cmd;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.tcl4j.core.TclException;

/**
 * Regular expressions for {@code array names -regexp}. Temporary:
 * java.util.regex stands in for Tcl's ARE engine until the shared regexp
 * support is on main.
 */
final class ArrayPatterns {
    private ArrayPatterns() {
    }

    static Pattern regexp(String re) throws TclException {
        try {
            return Pattern.compile(re);
        } catch (PatternSyntaxException e) {
            throw new TclException("couldn't compile regular expression pattern: " + e.getDescription(), "REGEXP");
        }
    }
}
