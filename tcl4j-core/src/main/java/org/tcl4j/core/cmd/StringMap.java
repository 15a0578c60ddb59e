package org.tcl4j.core.cmd;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;

/**
 * {@code string map ?-nocase? charMap string}: replaces every occurrence of
 * a key of the map by its value in one left-to-right pass. At each position
 * the first key (in map order) that matches wins; replaced text is never
 * looked at again, and empty keys never match.
 */
final class StringMap {
    private StringMap() {
    }

    static TclValue run(Interp interp, TclValue[] objv, int base) throws TclException {
        int n = objv.length - base;
        boolean nocase = false;
        if (n == 3) {
            Args.index(objv[base], new String[] {"-nocase"}, "option");
            nocase = true;
        } else if (n != 2) {
            throw Args.wrongNum(objv, base, "?-nocase? charMap string");
        }
        TclList map = objv[objv.length - 2].asList();
        TclValue subject = objv[objv.length - 1];
        if (map.size() % 2 != 0) {
            throw new TclException("char map list unbalanced", "TCL OPERATION MAP UNBALANCED");
        }
        if (map.isEmpty()) {
            return subject;
        }
        String s = subject.toString();
        int pairs = map.size() / 2;
        String[] keys = new String[pairs];
        String[] values = new String[pairs];
        for (int i = 0; i < pairs; i++) {
            keys[i] = map.get(2 * i).toString();
            values[i] = map.get(2 * i + 1).toString();
        }
        String r = pairs == 1 && !nocase ? mapOne(s, keys[0], values[0]) : mapMany(s, keys, values, nocase);
        return r == s ? subject : TclValue.of(r);
    }

    private static String mapOne(String s, String key, String value) {
        if (key.isEmpty()) {
            return s;
        }
        int at = s.indexOf(key);
        if (at < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int from = 0;
        while (at >= 0) {
            sb.append(s, from, at).append(value);
            from = at + key.length();
            at = s.indexOf(key, from);
        }
        return sb.append(s, from, s.length()).toString();
    }

    private static String mapMany(String s, String[] keys, String[] values, boolean nocase) {
        StringBuilder sb = null;
        int copied = 0;
        int len = s.length();
        int i = 0;
        while (i < len) {
            int k = findKey(s, i, keys, nocase);
            if (k < 0) {
                i++;
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(len);
            }
            sb.append(s, copied, i).append(values[k]);
            i += keys[k].length();
            copied = i;
        }
        if (sb == null) {
            return s;
        }
        return sb.append(s, copied, len).toString();
    }

    private static int findKey(String s, int at, String[] keys, boolean nocase) {
        char c = s.charAt(at);
        char lc = nocase ? StringCase.fold(c) : c;
        for (int k = 0; k < keys.length; k++) {
            String key = keys[k];
            int kl = key.length();
            if (kl == 0 || kl > s.length() - at) {
                continue;
            }
            if (nocase) {
                if (StringCase.fold(key.charAt(0)) == lc && regionEqualsNocase(s, at, key)) {
                    return k;
                }
            } else if (key.charAt(0) == c && s.startsWith(key, at)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean regionEqualsNocase(String s, int at, String key) {
        for (int j = 1; j < key.length(); j++) {
            char a = s.charAt(at + j);
            char b = key.charAt(j);
            if (a != b && StringCase.fold(a) != StringCase.fold(b)) {
                return false;
            }
        }
        return true;
    }
}
