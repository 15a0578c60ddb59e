package org.tcl4j.core.cmd;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;

/**
 * A compiled Tcl regular expression: the java.util.regex translation plus
 * what Tcl's matching rules need on top of Java's.
 *
 * <p>How matching differs from plain java.util.regex, and what is done about it:
 * <ul>
 * <li>Tcl finds the leftmost match and then, when the expression "prefers
 * longest" (any alternation, or a greedy first quantifier), the longest
 * match at that position; Java takes the first alternative that works
 * ({@code a|ab} on "ab" is "a" in Java, "ab" in Tcl). Where the tree shows
 * such an ambiguity, the end is extended: {@code matches()} is tried on
 * longer regions until Java reports it never looked that far
 * ({@code hitEnd}).</li>
 * <li>When the expression prefers the shortest match (its first quantifier
 * is non-greedy), Tcl makes the whole match shortest: {@code a.*?b.*} on
 * "axxbyy" matches "axxb". Shorter ends are tried in order.</li>
 * <li>A group inside a loop reports only what the loop's last pass set
 * (Java would keep a value from an earlier pass), and a pass that matches
 * nothing counts as no pass; see {@link RegexpTranslator}.</li>
 * <li>A match from an offset sees the string as starting there (Tcl passes
 * the tail of the string): {@code \m} and lookbehind-based constraints do
 * not see the characters before the offset, and {@code ^} matches there
 * only if the offset is 0 or follows a newline (REG_NOTBOL).</li>
 * </ul>
 *
 * <p>Known differences that remain (all about submatches of unusual
 * patterns; the overall match is Tcl's): among alternatives inside a group
 * Java prefers the earlier one where Tcl prefers the longer
 * ({@code (a|ab)(c|bcd)(d*)} on "abcd" gives "a","bcd","" instead of
 * "ab","c","d"); a loop pass that matches nothing in the middle of the text
 * leaves its group unset where Tcl keeps the previous pass
 * ({@code (a*)*b}); a back reference can still see a group set in an
 * earlier loop pass ({@code (?:(a)|b)+\1} matches "aba").
 */
public final class TclRegex {
    /** Compile flags: -nocase. */
    public static final int ICASE = 1;
    /** -expanded. */
    public static final int EXPANDED = 2;
    /** -linestop: {@code .} and {@code [^...]} do not match newline. */
    public static final int LINESTOP = 4;
    /** -lineanchor: {@code ^} and {@code $} match at line boundaries. */
    public static final int LINEANCHOR = 8;
    /** -line: both. */
    public static final int LINE = LINESTOP | LINEANCHOR;

    private static final int FIX_NONE = 0;
    private static final int FIX_LONGEST = 1;
    private static final int FIX_SHORTEST = 2;

    private final String source;
    private final int flags;
    private final int nsub;
    private final int info;
    private final RegexNode tree;
    private final int effectiveFlags;
    private final Pattern bol;
    private volatile Pattern notBol;
    /** Java group of each Tcl group, and the loop groups around it (same in both forms). */
    private final int[] javaGroup;
    private final int[][] loops;
    private final boolean[] optionalEmpty;
    private final int fix;

    private TclRegex(String source, int flags, RegexpParser p) {
        this.source = source;
        this.flags = flags;
        this.nsub = p.nsub;
        this.info = p.info;
        this.tree = p.tree;
        this.effectiveFlags = p.cflags;
        RegexpTranslator.Translation t = RegexpTranslator.translate(tree, effectiveFlags, false, nsub);
        this.javaGroup = t.javaGroup();
        this.loops = t.loops();
        this.optionalEmpty = t.optionalEmpty();
        this.bol = javaPattern(t.pattern());
        if (RegexNode.ambiguity(tree) <= 1) {
            fix = FIX_NONE;
        } else {
            fix = RegexNode.preference(tree) == RegexNode.PREF_SHORTEST ? FIX_SHORTEST : FIX_LONGEST;
        }
    }

    /**
     * Compiles a Tcl regular expression.
     *
     * @param flags ICASE, EXPANDED, LINESTOP, LINEANCHOR
     * @throws TclException {@code couldn't compile regular expression pattern: ...} as tclsh says it
     */
    public static TclRegex compile(String re, int flags) throws TclException {
        try {
            return new TclRegex(re, flags, RegexpParser.parse(re, flags));
        } catch (RegexpParser.SyntaxError e) {
            throw new TclException(TclValue.of("couldn't compile regular expression pattern: " + e.getMessage()),
                    TclValue.ofList(TclValue.of("REGEXP"), TclValue.of(e.code), TclValue.of(e.getMessage())));
        } catch (PatternSyntaxException | StackOverflowError e) {
            throw new TclException("couldn't compile regular expression pattern: invalid regular expression",
                    "REGEXP REG_BADPAT {invalid regular expression}");
        }
    }

    private Pattern javaPattern(String javaSource) {
        int jflags = Pattern.DOTALL;
        if ((effectiveFlags & ICASE) != 0) {
            jflags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        }
        return Pattern.compile(javaSource, jflags);
    }

    /** The expression text. */
    public String source() {
        return source;
    }

    /** The flags it was compiled with (the cache key besides the text). */
    public int flags() {
        return flags;
    }

    /** Number of capturing groups. */
    public int groupCount() {
        return nsub;
    }

    /** {@code regexp -about}: the group count and Tcl's REG_U* facts. */
    public TclValue about() {
        TclList names = new TclList(RegexpParser.infoNames(info).stream().map(TclValue::of).toList());
        return TclValue.ofList(TclValue.of(nsub), TclValue.ofList(names));
    }

    /** The Java pattern text (for tests and diagnostics). */
    String javaSource() {
        return bol.pattern();
    }

    private Pattern pattern(boolean notBolForm) {
        if (!notBolForm) {
            return bol;
        }
        Pattern p = notBol;
        if (p == null) {
            p = notBol = javaPattern(RegexpTranslator.translate(tree, effectiveFlags, true, nsub).pattern());
        }
        return p;
    }

    /**
     * Finds the first match in {@code s} at or after {@code offset}, as Tcl
     * does when asked to match from there: {@code ^} matches at the offset
     * only if it is 0 or follows a newline.
     *
     * @return null, or the absolute start and end of the match and of every
     *         group ({@code 2 * (groupCount() + 1)} ints, -1 for a group that did not take part)
     */
    public int[] exec(CharSequence s, int offset) {
        return scan(s).exec(offset);
    }

    /** {@link #exec(CharSequence, int)} with REG_NOTBOL given explicitly. */
    public int[] exec(CharSequence s, int offset, boolean notBolHere) {
        return scan(s).exec(offset, notBolHere);
    }

    /** Matching one string many times ({@code -all}), reusing Java matchers. */
    public Scan scan(CharSequence s) {
        return new Scan(s);
    }

    /** Repeated matching of one string; not thread-safe. */
    public final class Scan {
        private final CharSequence s;
        private Matcher bolMatcher;
        private Matcher notBolMatcher;

        private Scan(CharSequence s) {
            this.s = s;
        }

        /** The string being matched. */
        public CharSequence text() {
            return s;
        }

        /** {@link TclRegex#exec(CharSequence, int)} on this scan's string. */
        public int[] exec(int offset) {
            return exec(offset, offset > 0 && s.charAt(offset - 1) != '\n');
        }

        /** {@link TclRegex#exec(CharSequence, int, boolean)} on this scan's string. */
        public int[] exec(int offset, boolean notBolHere) {
            // The text from the offset on is all the expression may see. Java's
            // default region bounds (opaque, anchoring) give exactly that; the
            // length fix-ups below need other bounds, and then a Tail view.
            boolean tail = offset > 0 && fix != FIX_NONE;
            CharSequence text = tail ? new Tail(s, offset) : s;
            int base = tail ? offset : 0;
            Matcher m = matcher(notBolHere);
            if (tail || m.hasTransparentBounds()) {
                // a previous call looked at a Tail or fixed a length: start afresh
                m.reset(text);
                m.useTransparentBounds(false);
                m.useAnchoringBounds(true);
            }
            m.region(tail ? 0 : offset, text.length());
            try {
                if (!m.find()) {
                    return null;
                }
                return fix == FIX_NONE ? groups(m, base) : fixLength(m, text, base);
            } catch (StackOverflowError e) {
                throw new RegexTooComplex();
            }
        }

        private Matcher matcher(boolean notBolHere) {
            if (notBolHere) {
                if (notBolMatcher == null) {
                    notBolMatcher = pattern(true).matcher(s);
                }
                return notBolMatcher;
            }
            if (bolMatcher == null) {
                bolMatcher = bol.matcher(s);
            }
            return bolMatcher;
        }
    }

    /**
     * Makes the match Java found at its start as long (or short) as Tcl's
     * rules want: tries {@code matches()} on regions with other ends.
     */
    private int[] fixLength(Matcher m, CharSequence text, int base) {
        int[] out = groups(m, base);
        int st = m.start();
        int en = m.end();
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        if (fix == FIX_LONGEST) {
            int n = text.length();
            for (int e = en + 1; e <= n; e++) {
                m.region(st, e);
                if (m.matches()) {
                    out = groups(m, base);
                } else if (!m.hitEnd()) {
                    break;
                }
            }
        } else if (en > st) {
            for (int e = st; e < en; e++) {
                m.region(st, e);
                if (m.matches()) {
                    return groups(m, base);
                }
            }
        }
        return out;
    }

    /** The match's group bounds, made absolute (Matcher.toMatchResult would copy the whole text). */
    private int[] groups(Matcher m, int offset) {
        int[] out = new int[2 * (nsub + 1)];
        out[0] = m.start() + offset;
        out[1] = m.end() + offset;
        for (int g = 1; g <= nsub; g++) {
            int jg = javaGroup[g];
            int a = m.start(jg);
            int b = m.end(jg);
            if (a >= 0 && a == b && optionalEmpty[g]) {
                a = -1;
            }
            for (int loop : loops[g]) {
                // set in an earlier pass of a loop: Tcl no longer reports it
                if (a >= 0 && (m.start(loop) < 0 || a < m.start(loop) || b > m.end(loop))) {
                    a = -1;
                }
            }
            out[2 * g] = a < 0 ? -1 : a + offset;
            out[2 * g + 1] = a < 0 ? -1 : b + offset;
        }
        return out;
    }

    /** Thrown by exec when Java's backtracking ran out of stack on a huge input. */
    public static final class RegexTooComplex extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RegexTooComplex() {
            super("regular expression too complex for the input", null, false, false);
        }
    }

    /** The string from an offset on, without copying: Tcl matches the tail of the string. */
    private static final class Tail implements CharSequence {
        private final CharSequence s;
        private final int off;
        private final int len;

        Tail(CharSequence s, int off) {
            this.s = s;
            this.off = off;
            this.len = s.length() - off;
        }

        @Override
        public int length() {
            return len;
        }

        @Override
        public char charAt(int index) {
            if (index < 0 || index >= len) {
                throw new IndexOutOfBoundsException(index);
            }
            return s.charAt(off + index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return s.subSequence(off + start, off + end);
        }

        @Override
        public String toString() {
            return s.subSequence(off, off + len).toString();
        }
    }
}
