package org.tcl4j.core;

/**
 * Runs the commonest forms of a few built-in commands straight from their
 * parsed words, as tclsh's bytecode compiler does for {@code set} and
 * {@code incr}: no word array, no generic invocation, one slot access.
 *
 * <p>The evaluator comes here only for a command whose cached lookup is
 * still valid and that has no execution traces. A form runs inline only when
 * the outcome is certain to be the plain one (a procedure local without
 * traces, an integer that does not overflow); in every other case, errors
 * included, it hands the already substituted words to the generic
 * invocation, so the command's own code decides and words the answer. Each
 * word is substituted exactly once either way.
 */
final class InlineCommands {
    /** {@link CommandEntry#inline}: not inlined. */
    static final byte NONE = 0;
    static final byte SET = 1;
    static final byte INCR = 2;
    static final byte EXPR = 3;
    static final byte LINDEX = 4;
    static final byte LLENGTH = 5;
    static final byte INFO = 6;

    private InlineCommands() {
    }

    /** Marks the built-ins of a new interpreter that have inline forms. */
    static void mark(Interp interp) {
        mark(interp, "set", SET);
        mark(interp, "incr", INCR);
        mark(interp, "expr", EXPR);
        mark(interp, "lindex", LINDEX);
        mark(interp, "llength", LLENGTH);
        mark(interp, "info", INFO);
    }

    private static void mark(Interp interp, String name, byte kind) {
        CommandEntry e = interp.global.commands.get(name);
        if (e != null) {
            e.inline = kind;
        }
    }

    /** Evaluates command {@code c}, whose (cached, untraced) command is {@code e}. */
    static TclValue run(Interp interp, Script.Command c, CommandEntry e) throws TclException {
        Script.Word[] w = c.words;
        switch (e.inline) {
            case EXPR:
                return w.length == 2 && w[1].literal != null ? interp.invokeExpr(c, w[1].literal)
                        : interp.invokeGeneric(c);
            case LINDEX:
                return lindex(interp, c, e, w);
            case LLENGTH:
                return llength(interp, c, e, w);
            case INFO:
                return info(interp, c, e, w);
            default:
                break;
        }
        if (e.inline == INCR && w.length >= 2 && w[1].element != null) {
            return incrElement(interp, c, e, w);
        }
        if (w.length < 2 || w[1].literal == null || interp.varFrame.slots == null) {
            return interp.invokeGeneric(c);
        }
        return switch (e.inline) {
            case SET -> set(interp, c, e, w);
            case INCR -> incr(interp, c, e, w);
            default -> interp.invokeGeneric(c);
        };
    }

    /** {@code lindex list index} with an integer index on a value that is already a list. */
    private static TclValue lindex(Interp interp, Script.Command c, CommandEntry e, Script.Word[] w)
            throws TclException {
        if (w.length != 3) {
            return interp.invokeGeneric(c);
        }
        TclValue list = w[1].literal != null ? w[1].literal : interp.substWord(w[1]);
        TclValue index = w[2].literal != null ? w[2].literal : interp.substWord(w[2]);
        if (interp.inlineValid(c, e) && list.rep() instanceof TclList l && index.rep() instanceof Long i) {
            interp.cmdCount++;
            return i >= 0 && i < l.size() ? l.get((int) (long) i) : TclValue.EMPTY;
        }
        return interp.invokeWords(c, new TclValue[] {w[0].literal, list, index});
    }

    /** {@code info exists name}; other subcommands go to the command. */
    private static TclValue info(Interp interp, Script.Command c, CommandEntry e, Script.Word[] w)
            throws TclException {
        if (w.length != 3 || w[1].literal == null || !w[1].literal.toString().equals("exists")) {
            return interp.invokeGeneric(c);
        }
        TclValue name = w[2].literal != null ? w[2].literal : interp.substWord(w[2]);
        if (interp.inlineValid(c, e)) {
            interp.cmdCount++;
            return TclValue.of(interp.varExists(name));
        }
        return interp.invokeWords(c, new TclValue[] {w[0].literal, w[1].literal, name});
    }

    /** {@code incr a(index) ?amount?} on an existing integer element of a procedure's local array. */
    private static TclValue incrElement(Interp interp, Script.Command c, CommandEntry e, Script.Word[] w)
            throws TclException {
        if (w.length != 2 && w.length != 3) {
            return interp.invokeGeneric(c);
        }
        TclValue name = interp.substWord(w[1]);
        TclValue amount = w.length == 2 ? null : w[2].literal != null ? w[2].literal : interp.substWord(w[2]);
        if (interp.inlineValid(c, e) && (amount == null || amount.rep() instanceof Long)
                && name.rep() instanceof Script.ElementName en) {
            Var elem = interp.localElement(en);
            if (elem != null && elem.value != null && elem.value.rep() instanceof Long x) {
                long y = amount == null ? 1 : (Long) amount.rep();
                long r = x + y;
                if (((x ^ r) & (y ^ r)) >= 0) {
                    interp.cmdCount++;
                    TclValue sum = TclValue.of(r);
                    elem.value = sum;
                    return sum;
                }
            }
        }
        TclValue[] objv = amount == null ? new TclValue[] {w[0].literal, name}
                : new TclValue[] {w[0].literal, name, amount};
        return interp.invokeWords(c, objv);
    }

    /** {@code llength list} on a value that is already a list. */
    private static TclValue llength(Interp interp, Script.Command c, CommandEntry e, Script.Word[] w)
            throws TclException {
        if (w.length != 2) {
            return interp.invokeGeneric(c);
        }
        TclValue list = w[1].literal != null ? w[1].literal : interp.substWord(w[1]);
        if (interp.inlineValid(c, e) && list.rep() instanceof TclList l) {
            interp.cmdCount++;
            return TclValue.of(l.size());
        }
        return interp.invokeWords(c, new TclValue[] {w[0].literal, list});
    }

    /** {@code set name ?value?} on a procedure local. */
    private static TclValue set(Interp interp, Script.Command c, CommandEntry e, Script.Word[] w)
            throws TclException {
        if (w.length == 2) {
            Var v = interp.fastLocal(w[1].literal, false);
            if (v != null && v.value != null) {
                interp.cmdCount++;
                return v.value;
            }
            return interp.invokeGeneric(c);
        }
        if (w.length != 3) {
            return interp.invokeGeneric(c);
        }
        TclValue value = w[2].literal != null ? w[2].literal : interp.substWord(w[2]);
        // substituting the value may have redefined or traced "set": check again
        if (interp.inlineValid(c, e)) {
            Var v = interp.fastLocal(w[1].literal, true);
            if (v != null) {
                interp.cmdCount++;
                v.value = value;
                v.declared = false;
                return value;
            }
        }
        return interp.invokeWords(c, new TclValue[] {w[0].literal, w[1].literal, value});
    }

    /** {@code incr name ?amount?} on a procedure local holding an integer. */
    private static TclValue incr(Interp interp, Script.Command c, CommandEntry e, Script.Word[] w)
            throws TclException {
        if (w.length != 2 && w.length != 3) {
            return interp.invokeGeneric(c);
        }
        TclValue amount = w.length == 2 ? null : w[2].literal != null ? w[2].literal : interp.substWord(w[2]);
        if (interp.inlineValid(c, e) && (amount == null || amount.rep() instanceof Long)) {
            Var v = interp.fastLocal(w[1].literal, false);
            if (v != null && v.value != null && v.value.rep() instanceof Long x) {
                long y = amount == null ? 1 : (Long) amount.rep();
                long r = x + y;
                if (((x ^ r) & (y ^ r)) >= 0) { // no overflow: else the command goes to big integers
                    interp.cmdCount++;
                    TclValue sum = TclValue.of(r);
                    v.value = sum;
                    v.declared = false;
                    return sum;
                }
            }
        }
        TclValue[] objv = amount == null ? new TclValue[] {w[0].literal, w[1].literal}
                : new TclValue[] {w[0].literal, w[1].literal, amount};
        return interp.invokeWords(c, objv);
    }
}
