package org.tcl4j.core.cmd;

import org.tcl4j.core.cmd.RegexNode.Alt;
import org.tcl4j.core.cmd.RegexNode.Anchor;
import org.tcl4j.core.cmd.RegexNode.Any;
import org.tcl4j.core.cmd.RegexNode.BackRef;
import org.tcl4j.core.cmd.RegexNode.Chars;
import org.tcl4j.core.cmd.RegexNode.Group;
import org.tcl4j.core.cmd.RegexNode.Lit;
import org.tcl4j.core.cmd.RegexNode.Lookahead;
import org.tcl4j.core.cmd.RegexNode.Repeat;
import org.tcl4j.core.cmd.RegexNode.Seq;

/**
 * Writes a {@link RegexNode} tree as java.util.regex syntax. Every Tcl
 * construct becomes an explicit Java one, so no Java default leaks in:
 * {@code .} is compiled with DOTALL, {@code $} is {@code \z} (Java's
 * {@code $} would also match before a final newline), {@code \w} and the
 * word constraints use Tcl's Unicode word class, and {@code ^} has two forms
 * because Tcl's {@code ^} must not match at a start offset that is not the
 * beginning of a line (REG_NOTBOL).
 */
final class RegexpTranslator {
    private static final String W = "[" + RegexpCharClasses.WORD + "]";
    private static final String WORD_START = "(?<!" + W + ")(?=" + W + ")";
    private static final String WORD_END = "(?<=" + W + ")(?!" + W + ")";

    private final boolean lineStop;
    private final boolean lineAnchor;
    private final boolean notBol;
    private final StringBuilder sb = new StringBuilder();
    /** Java group number of each Tcl group (index 0 unused). */
    private final int[] javaGroup;
    /** For each Tcl group, the Java groups that hold the last pass of each loop around it. */
    private final int[][] loops;
    /** Tcl groups that are the whole of a {@code *}, {@code ?} or {@code {0,n}} and can match empty. */
    private final boolean[] optionalEmpty;
    private final java.util.ArrayDeque<Integer> openLoops = new java.util.ArrayDeque<>();
    private int javaCount;

    /**
     * The Java pattern text, and how Tcl's groups are found in Java's:
     * loops that contain groups get a capturing group of their own, so
     * that a group set in an earlier pass of the loop can be told apart
     * (Tcl forgets it, java.util.regex keeps it).
     */
    record Translation(String pattern, int[] javaGroup, int[][] loops, boolean[] optionalEmpty) {
    }

    private RegexpTranslator(int cflags, boolean notBol, int nsub) {
        this.lineStop = (cflags & TclRegex.LINESTOP) != 0;
        this.lineAnchor = (cflags & TclRegex.LINEANCHOR) != 0;
        this.notBol = notBol;
        this.javaGroup = new int[nsub + 1];
        this.loops = new int[nsub + 1][];
        this.optionalEmpty = new boolean[nsub + 1];
    }

    /**
     * The Java pattern text for {@code tree}.
     *
     * @param cflags the flags after embedded options (LINESTOP, LINEANCHOR matter here)
     * @param notBol translate for a match that starts where {@code ^} must not match
     * @param nsub   the number of Tcl groups
     */
    static Translation translate(RegexNode tree, int cflags, boolean notBol, int nsub) {
        RegexpTranslator t = new RegexpTranslator(cflags, notBol, nsub);
        t.emit(tree, false);
        for (int g = 1; g <= nsub; g++) {
            if (t.loops[g] == null) {
                t.loops[g] = new int[0];
            }
        }
        return new Translation(t.sb.toString(), t.javaGroup, t.loops, t.optionalEmpty);
    }

    private static boolean hasGroup(RegexNode n) {
        if (n instanceof Group) {
            return true;
        }
        if (n instanceof Seq s) {
            return s.items().stream().anyMatch(RegexpTranslator::hasGroup);
        }
        if (n instanceof Alt a) {
            return a.branches().stream().anyMatch(RegexpTranslator::hasGroup);
        }
        if (n instanceof Repeat r) {
            return hasGroup(r.atom());
        }
        if (n instanceof Lookahead la) {
            return hasGroup(la.body());
        }
        return false;
    }

    /** Emits {@code n}; with {@code atom}, as something a quantifier can follow. */
    private void emit(RegexNode n, boolean atom) {
        if (n instanceof Lit l) {
            RegexpCharClasses.appendLiteral(sb, l.cp());
        } else if (n instanceof Chars c) {
            sb.append('[');
            if (c.negated()) {
                sb.append('^');
            }
            sb.append(c.body());
            if (c.negated() && lineStop) {
                sb.append("\\n");
            }
            sb.append(']');
        } else if (n instanceof Any) {
            sb.append(lineStop ? "[^\\n]" : ".");
        } else if (n instanceof Seq s) {
            boolean wrap = atom && s.items().size() != 1;
            if (wrap) {
                sb.append("(?:");
            }
            for (RegexNode i : s.items()) {
                emit(i, atom && !wrap);
            }
            if (wrap) {
                sb.append(')');
            }
        } else if (n instanceof Alt a) {
            sb.append("(?:");
            boolean first = true;
            for (RegexNode b : a.branches()) {
                if (!first) {
                    sb.append('|');
                }
                first = false;
                emit(b, false);
            }
            sb.append(')');
        } else if (n instanceof Group g) {
            sb.append('(');
            javaGroup[g.index()] = ++javaCount;
            loops[g.index()] = openLoops.stream().mapToInt(Integer::intValue).toArray();
            emit(g.body(), false);
            sb.append(')');
        } else if (n instanceof Lookahead la) {
            sb.append(la.negative() ? "(?!" : "(?=");
            emit(la.body(), false);
            sb.append(')');
        } else if (n instanceof Repeat r && zeroWidth(r.atom())) {
            // A repeated constraint is the constraint itself (or nothing when it
            // may be skipped); Java's loops over zero-width bodies misbehave.
            if (r.min() > 0) {
                emit(r.atom(), atom);
            }
        } else if (n instanceof Repeat r) {
            if (atom) {
                sb.append("(?:");
            }
            RegexNode body = r.atom();
            while (body instanceof Seq s && s.items().size() == 1) {
                body = s.items().get(0);
            }
            boolean guard = false;
            if (r.min() == 0 && body instanceof Group g && RegexNode.nullable(g.body())) {
                // Tcl takes no pass at all rather than one that matches nothing;
                // and none starts at the very end, where it could only be empty
                optionalEmpty[g.index()] = true;
                guard = true;
                sb.append("(?:(?=[\\s\\S])");
            }
            boolean nested = r.max() != 1 && r.max() != 0 && hasGroup(body)
                    && !(body instanceof Group g && !hasGroup(g.body()));
            if (!nested) {
                emit(r.atom(), true);
            } else {
                // A loop with groups inside: Tcl reports only what the last pass
                // set, so a capturing group (the loop's own, or one added here)
                // shows where that pass was. The never-matching alternative keeps
                // java.util.regex from its fixed-length loop, which does not undo
                // inner groups when it backtracks.
                sb.append('(');
                int loop = ++javaCount;
                if (body instanceof Group g) {
                    javaGroup[g.index()] = loop;
                    loops[g.index()] = openLoops.stream().mapToInt(Integer::intValue).toArray();
                    body = g.body();
                }
                openLoops.push(loop);
                emit(body, false);
                openLoops.pop();
                sb.append("|(?!))");
            }
            if (guard) {
                sb.append(')');
            }
            quantifier(r);
            if (atom) {
                sb.append(')');
            }
        } else if (n instanceof BackRef b) {
            sb.append("(?:\\").append(javaGroup[b.group()]).append(')');
        } else if (n instanceof Anchor a) {
            anchor(a);
        } else {
            throw new IllegalStateException("unknown regex node " + n);
        }
    }

    /** Matches only the empty string, and captures nothing? */
    private static boolean zeroWidth(RegexNode n) {
        if (n instanceof Anchor || n instanceof Lookahead) {
            return true;
        }
        if (n instanceof Seq s) {
            return s.items().stream().allMatch(RegexpTranslator::zeroWidth);
        }
        if (n instanceof Alt a) {
            return a.branches().stream().allMatch(RegexpTranslator::zeroWidth);
        }
        return false;
    }

    private void quantifier(Repeat r) {
        int min = r.min();
        int max = r.max();
        if (min == 0 && max < 0) {
            sb.append('*');
        } else if (min == 1 && max < 0) {
            sb.append('+');
        } else if (min == 0 && max == 1) {
            sb.append('?');
        } else if (min == max) {
            sb.append('{').append(min).append('}');
        } else {
            sb.append('{').append(min).append(',');
            if (max >= 0) {
                sb.append(max);
            }
            sb.append('}');
        }
        if (!r.greedy()) {
            sb.append('?');
        }
    }

    private void anchor(Anchor a) {
        switch (a.kind()) {
            case LINE_START -> {
                if (lineAnchor) {
                    sb.append(notBol ? "(?<=\\n)" : "(?:^|(?<=\\n))");
                } else {
                    sb.append(notBol ? "(?!)" : "^");
                }
            }
            case LINE_END -> sb.append(lineAnchor ? "(?=\\n|\\z)" : "\\z");
            case STRING_START -> sb.append("\\A");
            case STRING_END -> sb.append("\\z");
            case WORD_START -> sb.append(WORD_START);
            case WORD_END -> sb.append(WORD_END);
            case WORD_BOUNDARY -> sb.append("(?:").append(WORD_START).append('|').append(WORD_END).append(')');
            case NOT_WORD_BOUNDARY -> sb.append("(?:(?<=").append(W).append(")(?=").append(W).append(")|(?<!")
                    .append(W).append(")(?!").append(W).append("))");
            default -> throw new IllegalStateException("unknown anchor " + a.kind());
        }
    }
}
