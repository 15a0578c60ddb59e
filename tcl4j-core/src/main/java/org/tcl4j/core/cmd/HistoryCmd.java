package org.tcl4j.core.cmd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.Numbers;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * {@code history}: the list of recorded commands ("events") that the
 * interactive shell adds to, with tclsh's numbering, messages and limits.
 *
 * <p>Event 0 is the newest event (in the shell, the command being run), -1
 * the one before it; positive numbers count from the first event ever
 * recorded. Only the newest {@code keep} events (20 at first) are kept.
 * A word that is not an integer picks the newest kept event that starts
 * with it or matches it as a {@code string match} pattern.
 */
public final class HistoryCmd {
    private static final String[] SUBCOMMANDS = {"add", "change", "clear", "event", "info", "keep", "nextid", "redo"};

    private HistoryCmd() {
    }

    public static void register(Interp interp) {
        interp.register("history", HistoryCmd::history);
    }

    /** One interpreter's events. */
    private static final class Events {
        /** Event texts by number; numbers below {@code nextId - keep} are dropped. */
        final Map<Long, String> texts = new HashMap<>();
        long nextId = 1;
        long keep = 20;

        void dropOld() {
            texts.keySet().removeIf(id -> id < nextId - keep);
        }
    }

    private static Events events(Interp interp) {
        return interp.data(Events.class, Events::new);
    }

    /**
     * Records {@code command} as a new event (what the interactive shell
     * does with each command it reads); trailing white space is dropped,
     * and an empty command is not recorded.
     */
    public static void record(Interp interp, String command) {
        Events h = events(interp);
        String text = trimRight(command);
        if (!text.isEmpty()) {
            h.texts.put(h.nextId++, text);
            h.dropOld();
        }
    }

    static TclValue history(Interp interp, TclValue[] objv) throws TclException {
        Events h = events(interp);
        if (objv.length == 1) {
            return info(h, h.keep);
        }
        String sub = SUBCOMMANDS[Args.subcommand(objv[1], SUBCOMMANDS)];
        switch (sub) {
            case "add": {
                check(objv, sub, 3, 4, "event ?exec?");
                boolean exec = objv.length == 4 && execWord(objv[3]);
                record(interp, objv[2].toString());
                return exec ? interp.eval(TclValue.of(trimRight(objv[2].toString()))) : TclValue.EMPTY;
            }
            case "change": {
                check(objv, sub, 3, 4, "newValue ?event?");
                long id = find(h, objv.length == 4 ? objv[3].toString() : "0");
                h.texts.put(id, objv[2].toString());
                return objv[2];
            }
            case "clear":
                check(objv, sub, 2, 2, "");
                h.texts.clear();
                h.nextId = 1;
                return TclValue.EMPTY;
            case "event": {
                check(objv, sub, 2, 3, "?event?");
                String text = h.texts.get(find(h, objv.length == 3 ? objv[2].toString() : "-1"));
                return text == null ? TclValue.EMPTY : TclValue.of(text);
            }
            case "info": {
                check(objv, sub, 2, 3, "?count?");
                if (objv.length == 2) {
                    return info(h, h.keep);
                }
                Number count = Numbers.parse(objv[2].toString());
                if (!(count instanceof Long n)) {
                    throw new TclException("bad integer \"" + objv[2] + "\"");
                }
                return info(h, n);
            }
            case "keep": {
                check(objv, sub, 2, 3, "?count?");
                if (objv.length == 3) {
                    Number count = Numbers.parse(objv[2].toString());
                    if (!(count instanceof Long n) || n < 0) {
                        throw new TclException("illegal keep count \"" + objv[2] + "\"");
                    }
                    h.keep = n;
                    h.dropOld();
                }
                return TclValue.of(h.keep);
            }
            case "nextid":
                check(objv, sub, 2, 2, "");
                return TclValue.of(h.nextId);
            default: { // redo
                check(objv, sub, 2, 3, "?event?");
                long id = find(h, objv.length == 3 ? objv[2].toString() : "-1");
                String text = h.texts.get(id);
                if (text == null) {
                    throw new TclException("can't read \"history(" + id + ")\": no such element in array",
                            "TCL READ VARNAME");
                }
                // the redone command takes the place of the newest event (in the shell: this redo)
                h.texts.put(h.nextId - 1, text);
                return interp.eval(TclValue.of(text));
            }
        }
    }

    /** The word count of subcommand {@code sub}, whose usage names it in full however it was abbreviated. */
    private static void check(TclValue[] objv, String sub, int min, int max, String usage) throws TclException {
        if (objv.length < min || objv.length > max) {
            throw new TclException("wrong # args: should be \"history " + sub + (usage.isEmpty() ? "" : " " + usage)
                    + "\"", "TCL WRONGARGS");
        }
    }

    /** {@code history add}'s last word: "exec" or a prefix of it. */
    private static boolean execWord(TclValue word) throws TclException {
        String w = word.toString();
        if (w.isEmpty() || !"exec".startsWith(w)) {
            throw new TclException("bad argument \"" + w + "\": should be \"exec\"");
        }
        return true;
    }

    /** The number of the event a word names (see the class comment). */
    private static long find(Events h, String event) throws TclException {
        Number n = Numbers.parse(event);
        if (n instanceof Long number) {
            long id = number <= 0 ? h.nextId - 1 + number : number;
            if (id >= h.nextId) {
                throw new TclException("event \"" + event + "\" hasn't occured yet"); // sic, as tclsh words it
            }
            if (id < h.nextId - h.keep) {
                throw new TclException("event \"" + event + "\" is too far in the past");
            }
            return id;
        }
        for (long id = h.nextId - 1; id >= h.nextId - h.keep && id > 0; id--) {
            String text = h.texts.get(id);
            if (text != null && (text.startsWith(event) || GlobMatch.matches(event, text, false))) {
                return id;
            }
        }
        throw new TclException("no event matches \"" + event + "\"");
    }

    /** The newest {@code count} events, one per line, continuation lines indented with a tab. */
    private static TclValue info(Events h, long count) {
        List<String> lines = new ArrayList<>();
        for (long id = Math.max(1, h.nextId - count); id < h.nextId; id++) {
            String text = h.texts.get(id);
            if (text != null) {
                lines.add(String.format("%6d  %s", id, text.replace("\n", "\n\t")));
            }
        }
        return TclValue.of(String.join("\n", lines));
    }

    private static String trimRight(String s) {
        int end = s.length();
        while (end > 0 && (Character.isWhitespace(s.charAt(end - 1)) || s.charAt(end - 1) == 0)) {
            end--;
        }
        return s.substring(0, end);
    }
}
