package org.tcl4j.core.cmd;

import java.util.ArrayList;
import java.util.List;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/** The {@code switch} command: exact, glob and regexp matching with fall-through bodies. */
public final class SwitchCmd {
    private SwitchCmd() {
    }

    private static final String[] OPTIONS = {"-exact", "-glob", "-indexvar", "-matchvar", "-nocase", "-regexp", "--"};

    public static void register(Interp interp) {
        interp.register("switch", SwitchCmd::switchCmd);
        interp.register("case", CaseCmd::caseCmd);
    }

    static TclValue switchCmd(Interp interp, TclValue[] objv) throws TclException {
        int mode = 0; // 0 exact, 1 glob, 5 regexp
        boolean nocase = false;
        String matchVar = null;
        String indexVar = null;
        int i = 1;
        while (i < objv.length - 2) { // as tclsh: a word is an option only if a string and a body follow it
            String s = objv[i].toString();
            if (!s.startsWith("-")) {
                break;
            }
            int opt = Args.index(objv[i], OPTIONS, "option");
            i++;
            switch (opt) {
                case 0, 1, 5 -> mode = opt;
                case 2, 3 -> {
                    if (i >= objv.length - 2) { // a string and a body must still follow the name
                        throw new TclException("missing variable name argument to " + OPTIONS[opt] + " option",
                                "TCL OPERATION SWITCH NOVAR");
                    }
                    if (opt == 2) {
                        indexVar = objv[i].toString();
                    } else {
                        matchVar = objv[i].toString();
                    }
                    i++;
                }
                case 4 -> nocase = true;
                default -> {
                    i = -i; // "--" ends the options
                }
            }
            if (i < 0) {
                i = -i;
                break;
            }
        }
        if (objv.length - i < 2) {
            throw Args.wrongNum(objv, 1, "?-option ...? string ?pattern body ...? ?default body?");
        }
        if ((matchVar != null || indexVar != null) && mode != 5) {
            throw new TclException((matchVar != null ? "-matchvar" : "-indexvar") + " option requires -regexp option",
                    "TCL OPERATION SWITCH MODERESTRICTION");
        }
        String subject = objv[i].toString();
        TclValue[] arms;
        int[] armLines;
        int bodiesLine = -1;
        if (objv.length - i == 2) {
            arms = objv[i + 1].asList().toArray(new TclValue[0]);
            if (arms.length == 0) {
                throw Args.wrongNum(objv, 1, "?-option ...? string {?pattern body ...? ?default body?}");
            }
            bodiesLine = interp.literalWordLine(objv, i + 1);
            armLines = null;
        } else {
            arms = new TclValue[objv.length - i - 1];
            System.arraycopy(objv, i + 1, arms, 0, arms.length);
            armLines = new int[arms.length];
            for (int k = 0; k < arms.length; k++) {
                armLines[k] = interp.literalWordLine(objv, i + 1 + k);
            }
        }
        if (arms.length % 2 != 0) {
            throw new TclException("extra switch pattern with no body", "TCL OPERATION SWITCH BADARM");
        }
        for (int k = arms.length - 1; k >= 0; k -= 2) {
            if (!arms[k].toString().equals("-")) {
                break;
            }
            throw new TclException("no body specified for pattern \"" + arms[k - 1] + "\"",
                    "TCL OPERATION SWITCH BADARM FALLTHROUGH");
        }
        for (int k = 0; k < arms.length; k += 2) {
            String pattern = arms[k].toString();
            List<int[]> groups = null;
            boolean hit;
            if (k == arms.length - 2 && pattern.equals("default")) {
                hit = true;
            } else if (mode == 0) {
                hit = nocase ? pattern.equalsIgnoreCase(subject) : pattern.equals(subject);
            } else if (mode == 1) {
                hit = PatternMatching.glob(pattern, subject, nocase);
            } else {
                groups = PatternMatching.regexp(pattern, subject, nocase);
                hit = groups != null;
            }
            if (!hit) {
                continue;
            }
            if (groups != null) {
                setRegexpVars(interp, subject, groups, matchVar, indexVar);
            } else if (mode == 5) {
                // the default arm of a -regexp switch: tclsh empties the variables
                setRegexpVars(interp, subject, List.of(), matchVar, indexVar);
            }
            int body = k + 1;
            while (arms[body].toString().equals("-")) {
                body += 2;
            }
            int line = armLines != null ? armLines[body] : -1;
            if (bodiesLine > 0) {
                line = -1; // bodies inside one braced list are compiled separately by tclsh
            }
            return interp.evalBody(arms[body], line, "\"" + pattern + "\" arm");
        }
        return TclValue.EMPTY;
    }

    private static void setRegexpVars(Interp interp, String subject, List<int[]> groups, String matchVar,
            String indexVar) throws TclException {
        if (matchVar != null) {
            List<TclValue> m = new ArrayList<>();
            for (int[] g : groups) {
                m.add(g[0] < 0 ? TclValue.EMPTY : TclValue.of(subject.substring(g[0], g[1])));
            }
            interp.setVar(matchVar, TclValue.ofList(m));
        }
        if (indexVar != null) {
            List<TclValue> m = new ArrayList<>();
            for (int[] g : groups) {
                m.add(TclValue.ofList(TclValue.of(g[0]), TclValue.of(g[0] < 0 ? -1 : g[1] - 1)));
            }
            interp.setVar(indexVar, TclValue.ofList(m));
        }
    }
}
