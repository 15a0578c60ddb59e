package org.tcl4j.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Argument checking with tclsh's wording, shared by every command so that
 * {@code wrong # args} and {@code bad option} read the same everywhere.
 */
public final class Args {
    private Args() {
    }

    /**
     * {@code wrong # args: should be "cmd sub usage"}: the first {@code words}
     * words of objv, then the usage text (as Tcl_WrongNumArgs).
     */
    public static TclException wrongNum(TclValue[] objv, int words, String usage) {
        StringBuilder sb = new StringBuilder("wrong # args: should be \"");
        for (int i = 0; i < words && i < objv.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            String w = objv[i].toString();
            TclList.appendElement(sb, w, false);
        }
        if (usage != null && !usage.isEmpty()) {
            if (words > 0) {
                sb.append(' ');
            }
            sb.append(usage);
        }
        sb.append('"');
        return new TclException(sb.toString(), "TCL WRONGARGS");
    }

    /** Throws wrongNum unless {@code min <= objv.length <= max} (max -1: unbounded). */
    public static void check(TclValue[] objv, int min, int max, int words, String usage) throws TclException {
        if (objv.length < min || (max >= 0 && objv.length > max)) {
            throw wrongNum(objv, words, usage);
        }
    }

    /**
     * Matches {@code value} against a table of names, accepting unique
     * prefixes, as Tcl_GetIndexFromObj does.
     *
     * @param what the noun for the message, e.g. "option" or "subcommand"
     */
    public static int index(TclValue value, String[] table, String what) throws TclException {
        return index(value.toString(), table, what, true);
    }

    public static int index(String key, String[] table, String what, boolean allowPrefix) throws TclException {
        int found = -1;
        int matches = 0;
        for (int i = 0; i < table.length; i++) {
            String t = table[i];
            if (t == null) {
                continue;
            }
            if (t.equals(key)) {
                return i;
            }
            if (allowPrefix && !key.isEmpty() && t.startsWith(key)) {
                found = i;
                matches++;
            }
        }
        if (matches == 1) {
            return found;
        }
        throw badIndex(key, table, what, matches > 1);
    }

    /** {@code bad option "x": must be a, b, or c} (or "ambiguous option ..."). */
    public static TclException badIndex(String key, String[] table, String what, boolean ambiguous) {
        List<String> names = new ArrayList<>();
        for (String t : table) {
            if (t != null) {
                names.add(t);
            }
        }
        String prefix = (ambiguous || key.isEmpty() ? "ambiguous " : "bad ") + what + " \"" + key + "\": must be ";
        return new TclException(prefix + joinChoices(names), "TCL LOOKUP INDEX " + TclList.format(List.of(what, key)));
    }

    /**
     * Picks an ensemble subcommand by name or unique prefix, failing with
     * tclsh's {@code unknown or ambiguous subcommand "x": must be a, b, or c}.
     *
     * @return the index into {@code table}
     */
    public static int subcommand(TclValue word, String[] table) throws TclException {
        if (word.rep() instanceof Chosen c && c.table == table) {
            return c.index;
        }
        String name = word.toString();
        int found = -1;
        for (int i = 0; i < table.length; i++) {
            if (table[i].equals(name)) {
                found = i;
                break;
            }
            if (!name.isEmpty() && table[i].startsWith(name)) {
                found = found == -1 ? i : -2;
            }
        }
        if (found >= 0) {
            word.setRep(new Chosen(table, found));
            return found;
        }
        throw new TclException("unknown or ambiguous subcommand \"" + name + "\": must be "
                + joinEnsemble(List.of(table)), code("TCL LOOKUP SUBCOMMAND", name));
    }

    /** A subcommand word's meaning, cached on the (usually literal) word. */
    private record Chosen(String[] table, int index) {
    }

    /** Ensembles list their subcommands as "a, b, or c", and even "a, or b". */
    public static String joinEnsemble(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + ", or " + names.get(names.size() - 1);
    }

    /** "a", "a or b", "a, b, or c". */
    public static String joinChoices(List<String> names) {
        StringBuilder sb = new StringBuilder();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(n == 2 ? " " : ", ");
                if (i == n - 1) {
                    sb.append("or ");
                }
            }
            sb.append(names.get(i));
        }
        return sb.toString();
    }

    /**
     * Parses a list index: an integer, {@code end}, {@code end-N},
     * {@code end+N}, {@code M+N}, {@code M-N}. {@code end} is the index of
     * the last element ({@code size - 1}).
     */
    public static int indexArg(TclValue v, int end) throws TclException {
        Object rep = v.rep();
        if (rep instanceof Long l) {
            return clampIndex(l);
        }
        String s = v.toString();
        // a plain integer, surrounding blanks allowed as for any Tcl integer
        Number n = Numbers.parse(s);
        if (n instanceof Long l) {
            return clampIndex(l);
        }
        if (n == null) {
            int op = -1;
            for (int i = 1; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '+' || c == '-') {
                    op = i;
                    break;
                }
            }
            String head = op < 0 ? s : s.substring(0, op);
            if (!head.isEmpty() && "end".startsWith(head)) {
                if (op < 0) {
                    return end;
                }
                Long off = strictLong(s.substring(op + 1));
                if (off != null) {
                    return clampIndex(s.charAt(op) == '-' ? (long) end - off : (long) end + off);
                }
            } else if (op > 0) {
                Long a = strictLong(head);
                Long b = strictLong(s.substring(op + 1));
                if (a != null && b != null) {
                    return clampIndex(s.charAt(op) == '+' ? a + b : a - b);
                }
            }
        }
        throw badIndexValue(v);
    }

    /** An integer written without surrounding blanks, or null. */
    private static Long strictLong(String s) {
        if (s.isEmpty() || Numbers.isSpace(s.charAt(0)) || Numbers.isSpace(s.charAt(s.length() - 1))) {
            return null;
        }
        return Numbers.parse(s) instanceof Long l ? l : null;
    }

    private static int clampIndex(long l) {
        if (l < Integer.MIN_VALUE) {
            return Integer.MIN_VALUE;
        }
        if (l > Integer.MAX_VALUE) {
            return Integer.MAX_VALUE;
        }
        return (int) l;
    }

    private static TclException badIndexValue(TclValue v) {
        String s = v.toString();
        String hint = s.matches("\\s*[+-]?0[0-9]+\\s*") ? " (looks like invalid octal number)" : "";
        return new TclException("bad index \"" + s + "\": must be integer?[+-]integer? or end?[+-]integer?" + hint,
                "TCL VALUE INDEX");
    }

    /**
     * An int argument as Tcl_GetIntFromObj reads it: its "expected integer"
     * error carries the code {@code TCL VALUE INTEGER} and no octal hint
     * (TclValue.asInt says {@code TCL VALUE NUMBER} and adds the hint, as
     * Tcl's number parser does for wide and double arguments).
     */
    public static int intArg(TclValue v) throws TclException {
        try {
            return v.asInt();
        } catch (TclException e) {
            if (e.errorCode().toString().equals("TCL VALUE NUMBER")) {
                throw new TclException("expected integer but got \"" + v + "\"", "TCL VALUE INTEGER");
            }
            throw e;
        }
    }

    /**
     * An errorCode whose last word is a user's word, quoted as a list element
     * as tclsh does: {@code code("TCL LOOKUP CHANNEL", "a b")} is
     * {@code TCL LOOKUP CHANNEL {a b}}.
     */
    public static String code(String prefix, Object word) {
        return prefix + " " + TclList.format(List.of(String.valueOf(word)));
    }
}
