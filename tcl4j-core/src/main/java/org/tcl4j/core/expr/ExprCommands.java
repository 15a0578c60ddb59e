package org.tcl4j.core.expr;

import java.util.LinkedHashMap;
import java.util.Map;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * Registers {@code expr}, the {@code tcl::mathfunc} functions and the
 * {@code tcl::mathop} operator commands.
 */
public final class ExprCommands {
    private ExprCommands() {
    }

    public static void register(Interp interp) {
        interp.register("expr", ExprCommands::expr);
        MathFuncs.register(interp);
        MathOps.register(interp);
    }

    /**
     * {@code expr arg ?arg ...?}: several arguments are joined with spaces
     * as {@code concat} does; the joined texts are compiled once and kept in
     * a small per-interpreter cache (old-style {@code expr $a + $b} code).
     */
    static TclValue expr(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "arg ?arg ...?");
        }
        if (objv.length == 2) {
            return ExprEngine.evaluate(interp, objv[1], interp.literalWordLine(objv, 1));
        }
        String text = concat(objv);
        Map<String, TclValue> cache = interp.data(JoinedCache.class, JoinedCache::new);
        TclValue joined = cache.computeIfAbsent(text, TclValue::of);
        return ExprEngine.evaluate(interp, joined, -1);
    }

    /** Recently joined expression texts with their compiled forms. */
    static final class JoinedCache extends LinkedHashMap<String, TclValue> {
        private static final long serialVersionUID = 1L;
        private static final int MAX = 200;

        JoinedCache() {
            super(64, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TclValue> eldest) {
            return size() > MAX;
        }
    }

    /** The arguments trimmed of surrounding white space and joined by single spaces, as concat does. */
    static String concat(TclValue[] objv) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < objv.length; i++) {
            String s = objv[i].toString();
            int from = 0;
            int to = s.length();
            while (from < to && ExprParser.isSpace(s.charAt(from))) {
                from++;
            }
            while (to > from && ExprParser.isSpace(s.charAt(to - 1))) {
                to--;
            }
            if (to < s.length() && to > from && escapedAt(s, to - 1)) {
                to++; // keep a backslash-escaped trailing space
            }
            if (from == to) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(s, from, to);
        }
        return sb.toString();
    }

    /** Is the character at i a backslash that escapes the next one? */
    private static boolean escapedAt(String s, int i) {
        int count = 0;
        while (i >= 0 && s.charAt(i) == '\\') {
            count++;
            i--;
        }
        return count % 2 == 1;
    }
}
