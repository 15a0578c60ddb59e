package org.tcl4j.core.cmd;

import java.util.ArrayList;
import java.util.List;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * {@code regsub ?switches? exp string subSpec ?varName?}: replaces the
 * first (or with -all every) match; {@code &} and {@code \0} stand for the
 * match, {@code \1}..{@code \9} for submatches, {@code \&} and {@code \\}
 * for themselves. Returns the new string, or with varName stores it there
 * and returns the number of replacements.
 */
final class RegsubCmd {
    private RegsubCmd() {
    }

    private static final String[] OPTIONS = {"-all", "-nocase", "-expanded", "-line", "-linestop",
        "-lineanchor", "-start", "--"};
    private static final String USAGE = "?-option ...? exp string subSpec ?varName?";
    /** Characters that make a pattern more than a literal string (Tcl's fast-path test). */
    private static final String META = "*+?{}()[].\\|^$";

    static TclValue regsub(Interp interp, TclValue[] objv) throws TclException {
        boolean all = false;
        int flags = 0;
        TclValue start = null;
        int i = 1;
        for (; i < objv.length; i++) {
            String a = objv[i].toString();
            if (a.isEmpty() || a.charAt(0) != '-') {
                break;
            }
            switch (OPTIONS[Args.index(a, OPTIONS, "option", false)]) {
                case "-all" -> all = true;
                case "-start" -> {
                    if (++i >= objv.length) {
                        throw Args.wrongNum(objv, 1, USAGE);
                    }
                    start = objv[i];
                    Args.indexArg(start, 0); // tclsh checks the index's form before it counts the words
                }
                case "--" -> {
                }
                default -> flags |= RegexpCommands.flagFor(a);
            }
            if (a.equals("--")) {
                i++;
                break;
            }
        }
        int nargs = objv.length - i;
        if (nargs != 3 && nargs != 4) {
            throw Args.wrongNum(objv, 1, USAGE);
        }
        TclValue patternValue = objv[i];
        String s = objv[i + 1].toString();
        String spec = objv[i + 2].toString();
        int offset = start == null ? 0 : RegexpCommands.startOffset(start, s.length());

        StringBuilder result = new StringBuilder();
        int count;
        String pattern = patternValue.toString();
        if (all && offset == 0 && noneOf(spec, "&\\") && noneOf(pattern, META)) {
            // Tcl replaces a plain string without the regexp engine (and so
            // ignores -expanded here, as tclsh does).
            count = replaceLiteral(s, pattern, spec, (flags & TclRegex.ICASE) != 0, result);
        } else {
            TclRegex re = Regexps.compile(patternValue, flags);
            count = replace(re, s, offset, all, parseSpec(spec), result);
        }
        TclValue out = count == 0 ? objv[i + 1] : TclValue.of(result.toString());
        if (nargs == 4) {
            interp.setVar(objv[i + 3].toString(), out);
            return TclValue.of(count);
        }
        return out;
    }

    private static boolean noneOf(String s, String chars) {
        for (int k = 0; k < s.length(); k++) {
            if (chars.indexOf(s.charAt(k)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The literal fast path: an empty pattern inserts before every character. */
    private static int replaceLiteral(String s, String pat, String spec, boolean nocase, StringBuilder out) {
        int n = s.length();
        int plen = pat.length();
        int count = 0;
        int from = 0;
        for (int p = 0; p < n; p++) {
            if (s.regionMatches(nocase, p, pat, 0, plen)) {
                out.append(s, from, p).append(spec);
                count++;
                if (plen > 0) {
                    p += plen - 1;
                    from = p + 1;
                } else {
                    from = p;
                }
            }
        }
        out.append(s, from, n);
        return count;
    }

    /** The substitution spec, parsed: literal strings and group numbers (Integer). */
    static List<Object> parseSpec(String spec) {
        List<Object> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int n = spec.length();
        for (int k = 0; k < n; k++) {
            char c = spec.charAt(k);
            int group = -1;
            if (c == '&') {
                group = 0;
            } else if (c == '\\' && k + 1 < n) {
                char d = spec.charAt(k + 1);
                if (d >= '0' && d <= '9') {
                    group = d - '0';
                    k++;
                } else if (d == '\\' || d == '&') {
                    lit.append(d);
                    k++;
                    continue;
                }
            }
            if (group < 0) {
                lit.append(c);
                continue;
            }
            if (lit.length() > 0) {
                parts.add(lit.toString());
                lit.setLength(0);
            }
            parts.add(group);
        }
        if (lit.length() > 0) {
            parts.add(lit.toString());
        }
        return parts;
    }

    private static int replace(TclRegex re, String s, int offset, boolean all, List<Object> spec, StringBuilder out)
            throws TclException {
        int len = s.length();
        int count = 0;
        out.append(s, 0, Math.min(offset, len));
        TclRegex.Scan scan = re.scan(s);
        while (offset <= len) {
            int[] g = Regexps.find(scan, offset);
            if (g == null) {
                break;
            }
            count++;
            out.append(s, offset, g[0]);
            for (Object part : spec) {
                if (part instanceof Integer k) {
                    if (2 * k < g.length && g[2 * k] >= 0) {
                        out.append(s, g[2 * k], g[2 * k + 1]);
                    }
                } else {
                    out.append((String) part);
                }
            }
            offset = g[1];
            if (g[0] == g[1]) {
                if (offset < len) {
                    out.append(s.charAt(offset));
                }
                offset++;
            }
            if (!all) {
                break;
            }
        }
        if (offset < len) {
            out.append(s, offset, len);
        }
        return count;
    }
}
