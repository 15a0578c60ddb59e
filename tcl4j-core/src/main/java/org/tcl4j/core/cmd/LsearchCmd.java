package org.tcl4j.core.cmd;

import java.util.ArrayList;
import java.util.List;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;

/**
 * {@code lsearch ?-option value ...? list pattern}.
 *
 * <p>Modes: {@code -glob} (default), {@code -exact}, {@code -regexp}, and
 * {@code -sorted}/{@code -bisect} (binary search; with {@code -all} or
 * {@code -not} a linear exact search). The last mode option wins. The binary
 * search probes the same positions as tclsh's, so even an unsorted list gives
 * the same answer.
 */
final class LsearchCmd {
    private LsearchCmd() {
    }

    private static final String[] OPTIONS = {"-all", "-ascii", "-bisect", "-decreasing", "-dictionary", "-exact",
        "-glob", "-increasing", "-index", "-inline", "-integer", "-nocase", "-not", "-real", "-regexp", "-sorted",
        "-start", "-subindices"};

    private enum Mode { EXACT, GLOB, REGEXP, SORTED }

    private enum Type { ASCII, DICTIONARY, INTEGER, REAL }

    /** Parsed options plus the prepared pattern. */
    private static final class Search {
        Mode mode = Mode.GLOB;
        Type type = Type.ASCII;
        boolean all;
        boolean inline;
        boolean not;
        boolean nocase;
        boolean decreasing;
        boolean bisect;
        boolean subindices;
        TclValue start;
        ListSubindex index;

        String pattern;
        long patWide;
        double patReal;
        TclRegex regex;
        boolean literalGlob;
    }

    static TclValue lsearch(Interp interp, TclValue[] objv) throws TclException {
        int n = objv.length;
        if (n < 3) {
            throw Args.wrongNum(objv, 1, "?-option value ...? list pattern");
        }
        Search s = new Search();
        for (int i = 1; i < n - 2; i++) {
            int opt = Args.index(objv[i], OPTIONS, "option");
            switch (OPTIONS[opt]) {
                case "-all" -> s.all = true;
                case "-ascii" -> s.type = Type.ASCII;
                case "-bisect" -> {
                    s.mode = Mode.SORTED;
                    s.bisect = true;
                }
                case "-decreasing" -> s.decreasing = true;
                case "-dictionary" -> s.type = Type.DICTIONARY;
                case "-exact" -> s.mode = Mode.EXACT;
                case "-glob" -> s.mode = Mode.GLOB;
                case "-increasing" -> s.decreasing = false;
                case "-index" -> {
                    if (i > n - 4) {
                        throw new TclException("\"-index\" option must be followed by list index",
                                "TCL ARGUMENT MISSING");
                    }
                    s.index = ListSubindex.parse(objv[++i]);
                    if (s.index.size() == 0) {
                        s.index = null;
                    }
                }
                case "-inline" -> s.inline = true;
                case "-integer" -> s.type = Type.INTEGER;
                case "-nocase" -> s.nocase = true;
                case "-not" -> s.not = true;
                case "-real" -> s.type = Type.REAL;
                case "-regexp" -> s.mode = Mode.REGEXP;
                case "-sorted" -> s.mode = Mode.SORTED;
                case "-start" -> {
                    if (i > n - 4) {
                        throw new TclException("missing starting index", "TCL ARGUMENT MISSING");
                    }
                    s.start = objv[++i];
                }
                default -> s.subindices = true;
            }
        }
        if (s.bisect && (s.all || s.not)) {
            throw new TclException("-bisect is not compatible with -all or -not",
                    "TCL OPERATION LSEARCH BAD_OPTION_MIX");
        }
        if (s.subindices && s.index == null) {
            throw new TclException("-subindices cannot be used without -index option",
                    "TCL OPERATION LSEARCH BAD_OPTION_MIX");
        }
        TclValue patValue = objv[n - 1];
        s.pattern = patValue.toString();
        if (s.mode == Mode.REGEXP) {
            s.regex = Regexps.compile(patValue, s.nocase ? TclRegex.ICASE : 0);
        }
        TclList list = objv[n - 2].asList();
        int len = list.size();
        int start = 0;
        if (s.start != null) {
            start = ListIndex.parse(s.start, len - 1);
            if (start < 0) {
                start = 0;
            }
            // starting past the end finds nothing, before the pattern is even looked at
            if (start >= len) {
                return s.all || s.inline ? TclValue.EMPTY : TclValue.of(-1);
            }
        }
        if (s.mode == Mode.GLOB) {
            s.literalGlob = GlobMatch.isLiteral(s.pattern);
        }
        if (s.mode == Mode.EXACT || s.mode == Mode.SORTED) {
            if (s.type == Type.INTEGER) {
                s.patWide = LsortCompare.wide(patValue);
            } else if (s.type == Type.REAL) {
                s.patReal = LsortCompare.real(patValue);
            }
        }
        if (s.mode == Mode.SORTED && !s.all && !s.not) {
            int found = start >= len ? -1 : binarySearch(s, list, start);
            return single(s, list, found);
        }
        if (s.mode == Mode.SORTED) {
            s.mode = Mode.EXACT;
        }
        List<TclValue> matches = s.all ? new ArrayList<>() : null;
        for (int i = start; i < len; i++) {
            TclValue elem = list.get(i);
            TclValue key = s.index == null ? elem : s.index.select(elem, 0, "LSORT");
            boolean m = matches(s, key) != s.not;
            if (!m) {
                continue;
            }
            if (!s.all) {
                return single(s, list, i);
            }
            if (s.inline) {
                matches.add(s.subindices ? key : elem);
            } else {
                matches.add(s.subindices ? path(s, list, i) : TclValue.of(i));
            }
        }
        if (!s.all) {
            return single(s, list, -1);
        }
        return TclValue.ofList(matches);
    }

    /** The result for a single search: index (maybe with its path), or the element. */
    private static TclValue single(Search s, TclList list, int found) {
        if (s.inline) {
            return found < 0 ? TclValue.EMPTY : list.get(found);
        }
        if (s.subindices) {
            return path(s, list, found);
        }
        return TclValue.of(found);
    }

    /**
     * {@code found} followed by the -index steps. tclsh resolves end-relative
     * steps here against the length of the searched list itself (not the
     * sublist), so {@code end} reads as that length; scripts see exactly that.
     */
    private static TclValue path(Search s, TclList list, int found) {
        List<TclValue> p = new ArrayList<>();
        p.add(TclValue.of(found));
        for (int k = 0; k < s.index.size(); k++) {
            p.add(TclValue.of(s.index.resolve(k, list.size() + 1)));
        }
        return TclValue.ofList(p);
    }

    private static boolean matches(Search s, TclValue key) throws TclException {
        switch (s.mode) {
            case GLOB -> {
                String k = key.toString();
                if (s.literalGlob) {
                    return s.nocase ? LsortCompare.nocase(k, s.pattern) == 0 : k.equals(s.pattern);
                }
                return GlobMatch.matches(s.pattern, k, s.nocase);
            }
            case REGEXP -> {
                return Regexps.find(s.regex, key.toString(), 0) != null;
            }
            default -> {
                switch (s.type) {
                    case INTEGER -> {
                        return LsortCompare.wide(key) == s.patWide;
                    }
                    case REAL -> {
                        return LsortCompare.real(key) == s.patReal;
                    }
                    case DICTIONARY -> {
                        return LsortCompare.dictionary(key.toString(), s.pattern) == 0;
                    }
                    default -> {
                        String k = key.toString();
                        return s.nocase ? LsortCompare.nocase(k, s.pattern) == 0 : k.equals(s.pattern);
                    }
                }
            }
        }
    }

    /** Sign of pattern minus element in the list's order (already flipped for -decreasing). */
    private static int compare(Search s, TclValue key) throws TclException {
        int c = switch (s.type) {
            case INTEGER -> Long.compare(s.patWide, LsortCompare.wide(key));
            case REAL -> {
                double d = LsortCompare.real(key);
                yield s.patReal == d ? 0 : (s.patReal < d ? -1 : 1);
            }
            case DICTIONARY -> LsortCompare.dictionary(s.pattern, key.toString());
            default -> s.nocase ? LsortCompare.nocase(s.pattern, key.toString())
                    : LsortCompare.ascii(s.pattern, key.toString());
        };
        return s.decreasing ? -Integer.signum(c) : Integer.signum(c);
    }

    /**
     * Binary search over {@code [start, len)}: the first matching position,
     * or with -bisect the last position whose element is not after the
     * pattern (start-1 when there is none). On unsorted lists the answer is
     * whatever tclsh's probes find.
     */
    private static int binarySearch(Search s, TclList list, int start) throws TclException {
        int lower = start - 1;
        int upper = list.size();
        int found = -1;
        while (lower + 1 != upper) {
            int mid = (lower + upper) / 2;
            TclValue elem = list.get(mid);
            TclValue key = s.index == null ? elem : s.index.select(elem, 0, "LSORT");
            int c = compare(s, key);
            if (c == 0) {
                found = mid;
                if (s.bisect) {
                    lower = mid;
                } else {
                    upper = mid;
                }
            } else if (c > 0) {
                lower = mid;
            } else {
                upper = mid;
            }
        }
        // with -bisect, an equal element probed last wins over the final lower bound
        return s.bisect && found < 0 ? lower : found;
    }
}
