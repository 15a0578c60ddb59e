package org.tcl4j.core.cmd;

import java.util.List;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * {@code case string ?in? patList body ?patList body ...?}, also with all the
 * pairs in one list: tclsh's old form of switch, still there in 8.6. Each
 * patList is a list of glob patterns; the arm {@code default} is taken when no
 * pattern matches. Returns the chosen body's result, or "" when none is chosen.
 */
final class CaseCmd {
    private CaseCmd() {
    }

    static TclValue caseCmd(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 3) {
            throw Args.wrongNum(objv, 1, "string ?in? ?pattern body ...? ?default body?");
        }
        String subject = objv[1].toString();
        int first = objv[2].toString().equals("in") ? 3 : 2;
        List<TclValue> arms = objv.length - first == 1 ? objv[first].asList()
                : List.of(objv).subList(first, objv.length);
        int chosen = -1;
        for (int i = 0; i < arms.size(); i += 2) {
            // checked arm by arm: a matching arm before a lone last pattern is no error
            if (i == arms.size() - 1) {
                throw new TclException("extra case pattern with no body");
            }
            String patList = arms.get(i).toString();
            if (isSingleWord(patList)) {
                if (patList.equals("default")) {
                    chosen = i + 1;
                }
                if (GlobMatch.matches(patList, subject, false)) {
                    chosen = i + 1;
                    break;
                }
                continue;
            }
            boolean hit = false;
            for (TclValue p : arms.get(i).asList()) {
                if (GlobMatch.matches(p.toString(), subject, false)) {
                    hit = true;
                    break;
                }
            }
            if (hit) {
                chosen = i + 1;
                break;
            }
        }
        if (chosen < 0) {
            return TclValue.EMPTY;
        }
        String arm = arms.get(chosen - 1).toString();
        if (arm.length() > 50) {
            arm = arm.substring(0, 50); // tclsh shows at most 50 characters of the arm
        }
        return interp.evalBody(arms.get(chosen), -1, "\"" + arm + "\" arm");
    }

    /** A pattern list that is one plain word (no blanks, no backslashes) is used as it is. */
    private static boolean isSingleWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\\') {
                return false;
            }
        }
        return true;
    }
}
