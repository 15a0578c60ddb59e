package org.tcl4j.core.cmd;

import java.util.ArrayList;
import java.util.List;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * {@code regexp} (here) and {@code regsub} ({@link RegsubCmd}): Tcl's
 * regular expressions, translated to java.util.regex by {@link TclRegex}.
 */
public final class RegexpCommands {
    private RegexpCommands() {
    }

    public static void register(Interp interp) {
        interp.register("regexp", RegexpCommands::regexp);
        interp.register("regsub", RegsubCmd::regsub);
    }

    private static final String[] OPTIONS = {"-all", "-about", "-indices", "-inline", "-expanded", "-line",
        "-linestop", "-lineanchor", "-nocase", "-start", "--"};
    private static final String USAGE = "?-option ...? exp string ?matchVar? ?subMatchVar ...?";

    /** The compile flag a shared switch sets, or 0 if it is not one of them. */
    static int flagFor(String option) {
        return switch (option) {
            case "-nocase" -> TclRegex.ICASE;
            case "-expanded" -> TclRegex.EXPANDED;
            case "-line" -> TclRegex.LINE;
            case "-linestop" -> TclRegex.LINESTOP;
            case "-lineanchor" -> TclRegex.LINEANCHOR;
            default -> 0;
        };
    }

    /** Where matching starts: {@code -start} as an index where "end" is the string length, clamped. */
    static int startOffset(TclValue index, int length) throws TclException {
        int offset = Args.indexArg(index, length);
        return Math.max(offset, 0);
    }

    static TclValue regexp(Interp interp, TclValue[] objv) throws TclException {
        boolean all = false;
        boolean about = false;
        boolean indices = false;
        boolean inline = false;
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
                case "-about" -> about = true;
                case "-indices" -> indices = true;
                case "-inline" -> inline = true;
                case "-start" -> {
                    if (++i >= objv.length) {
                        throw Args.wrongNum(objv, 1, USAGE);
                    }
                    start = objv[i];
                    Args.indexArg(start, 0); // tclsh checks the index's form before it counts the words
                }
                case "--" -> {
                }
                default -> flags |= flagFor(a);
            }
            if (a.equals("--")) {
                i++;
                break;
            }
        }
        if (objv.length - i < (about ? 1 : 2)) {
            throw Args.wrongNum(objv, 1, USAGE);
        }
        TclRegex re = Regexps.compile(objv[i], flags);
        if (about) {
            return re.about();
        }
        int nvars = objv.length - i - 2;
        if (inline && nvars > 0) {
            throw new TclException("regexp match variables not allowed when using -inline", "TCL OPERATION REGEXP MIX_VAR_INLINE");
        }
        String s = objv[i + 1].toString();
        int len = s.length();
        int requested = start == null ? 0 : startOffset(start, len);
        int offset = Math.min(requested, len);
        // Tcl matches from an offset past the end against nothing, and counts
        // the indices it reports from that offset
        int shift = requested - offset;

        List<TclValue> out = inline ? new ArrayList<>() : null;
        int count = 0;
        int[] last = null;
        TclRegex.Scan scan = re.scan(s);
        while (true) {
            boolean notBol = shift > 0 || (offset > 0 && s.charAt(offset - 1) != '\n');
            int[] g = Regexps.find(scan, offset, notBol);
            if (g == null) {
                break;
            }
            count++;
            last = g;
            if (inline) {
                for (int k = 0; k <= re.groupCount(); k++) {
                    out.add(groupValue(s, g, k, indices, shift));
                }
            }
            if (!all) {
                break;
            }
            offset = g[0] == g[1] ? g[1] + 1 : g[1];
            if (offset >= len) {
                break;
            }
        }
        if (inline) {
            return TclValue.ofList(out);
        }
        if (last != null) {
            for (int k = 0; k < nvars; k++) {
                interp.setVar(objv[i + 2 + k].toString(), groupValue(s, last, k, indices, shift));
            }
        }
        return all ? TclValue.of(count) : TclValue.of(count > 0);
    }

    /** Group {@code k} of a match: its text, or with -indices "first last" (-1 -1 if it took no part). */
    static TclValue groupValue(String s, int[] g, int k, boolean indices, int shift) {
        int a = 2 * k < g.length ? g[2 * k] : -1;
        int b = 2 * k < g.length ? g[2 * k + 1] : -1;
        if (indices) {
            return a < 0 ? TclValue.ofList(TclValue.of(-1), TclValue.of(-1))
                    : TclValue.ofList(TclValue.of(a + shift), TclValue.of(b - 1 + shift));
        }
        return a < 0 ? TclValue.EMPTY : TclValue.of(s.substring(a, b));
    }
}
