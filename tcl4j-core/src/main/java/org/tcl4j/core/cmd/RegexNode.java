package org.tcl4j.core.cmd;

import java.util.List;

/**
 * The parsed form of a Tcl regular expression: a small tree that
 * {@link RegexpParser} builds from ARE/ERE/BRE syntax and
 * {@link RegexpTranslator} turns into java.util.regex syntax. The tree also
 * answers the questions Tcl's matching rules ask (can it match the empty
 * string, does it prefer the longest or the shortest match).
 */
sealed interface RegexNode {

    /** Preference of a piece of RE for a longer or shorter match (Tcl's "greediness"). */
    int PREF_NONE = 0;
    int PREF_LONGEST = 1;
    int PREF_SHORTEST = 2;

    /** One literal character (a code point). */
    record Lit(int cp) implements RegexNode {
    }

    /**
     * A set of characters, from a bracket expression or a class escape.
     *
     * @param negated matches the characters NOT in the set
     * @param body    java.util.regex class body (ranges and \p{..} items)
     */
    record Chars(boolean negated, String body) implements RegexNode {
    }

    /** {@code .}: any character (but newline with -linestop). */
    record Any() implements RegexNode {
    }

    /** Items matched one after the other. */
    record Seq(List<RegexNode> items) implements RegexNode {
    }

    /** Alternatives {@code a|b|c}; Tcl matches the longest of them. */
    record Alt(List<RegexNode> branches) implements RegexNode {
    }

    /** A capturing group (numbered from 1, by position of its opening parenthesis). */
    record Group(int index, RegexNode body) implements RegexNode {
    }

    /** {@code (?=re)} or {@code (?!re)}. */
    record Lookahead(boolean negative, RegexNode body) implements RegexNode {
    }

    /**
     * A quantified atom.
     *
     * @param max         -1 for no upper bound
     * @param fixedSyntax written as {@code {m}} or {@code {m}?}: has the atom's own preference
     */
    record Repeat(RegexNode atom, int min, int max, boolean greedy, boolean fixedSyntax) implements RegexNode {
    }

    /** {@code \N}: what group N matched. */
    record BackRef(int group) implements RegexNode {
    }

    /** A zero-width constraint. */
    record Anchor(AnchorKind kind) implements RegexNode {
    }

    /** The constraints Tcl knows. */
    enum AnchorKind {
        /** {@code ^} */
        LINE_START,
        /** {@code $} */
        LINE_END,
        /** {@code \A} */
        STRING_START,
        /** {@code \Z} */
        STRING_END,
        /** {@code \m}, {@code [[:<:]]}, BRE {@code \<} */
        WORD_START,
        /** {@code \M}, {@code [[:>:]]}, BRE {@code \>} */
        WORD_END,
        /** {@code \y} */
        WORD_BOUNDARY,
        /** {@code \Y} */
        NOT_WORD_BOUNDARY
    }

    /** Can this piece match the empty string? (Lookaheads count as not, as in Tcl's -about.) */
    static boolean nullable(RegexNode n) {
        if (n instanceof Seq s) {
            for (RegexNode i : s.items()) {
                if (!nullable(i)) {
                    return false;
                }
            }
            return true;
        }
        if (n instanceof Alt a) {
            for (RegexNode b : a.branches()) {
                if (nullable(b)) {
                    return true;
                }
            }
            return false;
        }
        if (n instanceof Group g) {
            return nullable(g.body());
        }
        if (n instanceof Repeat r) {
            return r.min() == 0 || nullable(r.atom());
        }
        if (n instanceof Anchor || n instanceof BackRef) {
            return true;
        }
        return false;
    }

    /**
     * Tcl's preference rules (re_syntax "Matching"): a branch prefers what its
     * first quantified atom with a preference prefers; two or more branches
     * prefer the longest match; {@code {m}} keeps the atom's own preference.
     */
    static int preference(RegexNode n) {
        if (n instanceof Seq s) {
            for (RegexNode i : s.items()) {
                int p = preference(i);
                if (p != PREF_NONE) {
                    return p;
                }
            }
            return PREF_NONE;
        }
        if (n instanceof Alt a) {
            return a.branches().size() > 1 ? PREF_LONGEST : preference(a.branches().get(0));
        }
        if (n instanceof Group g) {
            return preference(g.body());
        }
        if (n instanceof Repeat r) {
            if (r.fixedSyntax()) {
                return preference(r.atom());
            }
            return r.greedy() ? PREF_LONGEST : PREF_SHORTEST;
        }
        return PREF_NONE;
    }

    /**
     * Counts the constructs that can make Java's first-found match differ in
     * length from Tcl's longest/shortest match: alternations, back
     * references and variable repetitions (outside lookaheads).
     */
    static int ambiguity(RegexNode n) {
        if (n instanceof Seq s) {
            int c = 0;
            for (RegexNode i : s.items()) {
                c += ambiguity(i);
            }
            return c;
        }
        if (n instanceof Alt a) {
            int c = a.branches().size() > 1 ? 2 : 0;
            for (RegexNode b : a.branches()) {
                c += ambiguity(b);
            }
            return c;
        }
        if (n instanceof Group g) {
            return ambiguity(g.body());
        }
        if (n instanceof Repeat r) {
            // an ambiguous atom repeated more than once is ambiguous more than once
            int inner = ambiguity(r.atom()) * (r.max() == 1 ? 1 : 2);
            return (r.min() == r.max() ? 0 : 1) + inner;
        }
        if (n instanceof BackRef) {
            return 2;
        }
        return 0;
    }
}
