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
    static final byte DICT = 7;
    static final byte IF = 8;
    static final byte LAPPEND = 9;

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
        mark(interp, "dict", DICT);
        mark(interp, "if", IF);
        mark(interp, "lappend", LAPPEND);
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
            case SET:
                return isLocalName(interp, w) ? set(interp, c, e, w) : interp.invokeGeneric(c);
            case INCR:
                if (w.length >= 2 && w[1].element != null) {
                    return incrElement(interp, c, e, w);
                }
                return isLocalName(interp, w) ? incr(interp, c, e, w) : interp.invokeGeneric(c);
            case EXPR:
                return w.length == 2 && w[1].literal != null ? interp.invokeExpr(c, w[1].literal)
                        : interp.invokeGeneric(c);
            case LINDEX:
                return lindex(interp, c, e, w);
            case LLENGTH:
                return llength(interp, c, e, w);
            case INFO:
                return info(interp, c, e, w);
            case DICT:
                return dict(interp, c, e, w);
            case LAPPEND:
                return lappend(interp, c, e, w);
            case IF: {
                IfPlan plan = IfPlan.of(c);
                return plan != null && !interp.isDirect() ? interp.invokeIf(c, plan) : interp.invokeGeneric(c);
            }
            default:
                return interp.invokeGeneric(c);
        }
    }

    /** Is the command's first argument a constant variable name, in a procedure (which has local slots)? */
    private static boolean isLocalName(Interp interp, Script.Word[] w) {
        return w.length >= 2 && w[1].literal != null && interp.varFrame.slots != null;
    }

    /**
     * The word positions of an {@code if} whose words are all literal and
     * well formed: conditions and their bodies, and the else body (-1 when
     * none). Any other {@code if} runs as a command, which words its errors.
     */
    record IfPlan(int[] conditions, int[] bodies, int elseBody) {
        private static final Object NOT_PLAIN = new Object();

        /** The plan of command {@code c}, worked out once; null when it has none. */
        static IfPlan of(Script.Command c) {
            Object plan = c.inlinePlan;
            if (plan == null) {
                IfPlan p = parse(c);
                c.inlinePlan = plan = p == null ? NOT_PLAIN : p;
            }
            return plan instanceof IfPlan p ? p : null;
        }

        private static IfPlan parse(Script.Command c) {
            Script.Word[] w = c.words;
            int n = w.length;
            if (c.hasExpansion) {
                return null;
            }
            for (Script.Word word : w) {
                if (word.literal == null) {
                    return null;
                }
            }
            java.util.List<Integer> conditions = new java.util.ArrayList<>();
            java.util.List<Integer> bodies = new java.util.ArrayList<>();
            int elseBody = -1;
            int i = 1;
            while (true) {
                if (i >= n) {
                    return null;
                }
                conditions.add(i++);
                if (i < n && w[i].literal.toString().equals("then")) {
                    i++;
                }
                if (i >= n) {
                    return null;
                }
                bodies.add(i++);
                if (i >= n) {
                    break;
                }
                String keyword = w[i].literal.toString();
                if (keyword.equals("elseif")) {
                    i++;
                    continue;
                }
                if (keyword.equals("else")) {
                    i++;
                }
                if (i != n - 1) {
                    return null;
                }
                elseBody = i;
                break;
            }
            return new IfPlan(conditions.stream().mapToInt(Integer::intValue).toArray(),
                    bodies.stream().mapToInt(Integer::intValue).toArray(), elseBody);
        }
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

    /** {@code lappend name value} on a procedure local that is unset or already a list. */
    private static TclValue lappend(Interp interp, Script.Command c, CommandEntry e, Script.Word[] w)
            throws TclException {
        if (w.length != 3 || !isLocalName(interp, w)) {
            return interp.invokeGeneric(c);
        }
        TclValue value = w[2].literal != null ? w[2].literal : interp.substWord(w[2]);
        if (interp.inlineValid(c, e)) {
            Var v = interp.fastLocal(w[1].literal, true);
            if (v != null) {
                TclValue old = v.value;
                TclList list = old == null ? TclList.EMPTY : old.rep() instanceof TclList l ? l : null;
                if (list != null) {
                    interp.cmdCount++;
                    return store(v, TclValue.ofList(list.append(value)));
                }
            }
        }
        return interp.invokeWords(c, new TclValue[] {w[0].literal, w[1].literal, value});
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
        if (interp.inlineValid(c, e) && name.rep() instanceof Script.ElementName en) {
            Var elem = interp.localElement(en);
            TclValue sum = elem == null || elem.value == null ? null : sum(elem.value, amount);
            if (sum != null) {
                interp.cmdCount++;
                elem.value = sum;
                return sum;
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
                return store(v, value);
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
        if (interp.inlineValid(c, e)) {
            Var v = interp.fastLocal(w[1].literal, false);
            TclValue sum = v == null || v.value == null ? null : sum(v.value, amount);
            if (sum != null) {
                interp.cmdCount++;
                return store(v, sum);
            }
        }
        TclValue[] objv = amount == null ? new TclValue[] {w[0].literal, w[1].literal}
                : new TclValue[] {w[0].literal, w[1].literal, amount};
        return interp.invokeWords(c, objv);
    }

    /**
     * {@code dict get d key}, {@code dict incr name key ?amount?} and {@code
     * dict set name key value} with one key, on values that are already
     * dicts and (to update) a procedure local: the lookup, or the update of
     * the local's dict, without the generic invocation and the subcommand
     * dispatch. A dict value is never changed: an update stores a copy, as
     * the command does.
     */
    private static TclValue dict(Interp interp, Script.Command c, CommandEntry e, Script.Word[] w)
            throws TclException {
        DictForm form = c.inlinePlan instanceof DictForm f ? f : DictForm.of(c);
        if (form == DictForm.NONE || form != DictForm.GET && interp.varFrame.slots == null) {
            return interp.invokeGeneric(c);
        }
        TclValue target = w[2].literal != null ? w[2].literal : interp.substWord(w[2]);
        TclValue key = w[3].literal != null ? w[3].literal : interp.substWord(w[3]);
        TclValue last = w.length == 4 ? null : w[4].literal != null ? w[4].literal : interp.substWord(w[4]);
        if (interp.inlineValid(c, e)) {
            TclValue r = form == DictForm.GET ? dictGet(target, key) : dictUpdate(interp, form, target, key, last);
            if (r != null) {
                interp.cmdCount++;
                return r;
            }
        }
        TclValue[] objv = last == null ? new TclValue[] {w[0].literal, w[1].literal, target, key}
                : new TclValue[] {w[0].literal, w[1].literal, target, key, last};
        return interp.invokeWords(c, objv);
    }

    /** The dict subcommands with an inline form, as the words of a command give them (worked out once). */
    enum DictForm {
        /** {@code dict get d key}. */
        GET,
        /** {@code dict incr name key ?amount?}. */
        INCR,
        /** {@code dict set name key value}. */
        SET,
        /** Anything else: the command runs. */
        NONE;

        static DictForm of(Script.Command c) {
            Script.Word[] w = c.words;
            DictForm form = NONE;
            if (w.length >= 4 && w.length <= 5 && w[1].literal != null) {
                String sub = w[1].literal.toString();
                boolean local = w[2].literal != null;
                if (sub.equals("get") && w.length == 4) {
                    form = GET;
                } else if (sub.equals("incr") && local) {
                    form = INCR;
                } else if (sub.equals("set") && w.length == 5 && local) {
                    form = SET;
                }
            }
            c.inlinePlan = form;
            return form;
        }
    }

    /** The value at {@code key}, or null when the command must decide (not a dict yet, no such key). */
    private static TclValue dictGet(TclValue dict, TclValue key) {
        return dict.rep() instanceof TclDict d ? d.get(key) : null;
    }

    /**
     * {@code dict incr}/{@code dict set} on a local's dict: the new dict value
     * stored in the local, or null when the command must decide (no such
     * local, traces, not a dict yet, a count that is not a plain integer or
     * would overflow). A new key takes the increment as written, as the
     * command does.
     */
    private static TclValue dictUpdate(Interp interp, DictForm form, TclValue name, TclValue key, TclValue last) {
        Var v = interp.fastLocal(name, false);
        if (v == null || v.value == null || !(v.value.rep() instanceof TclDict d)) {
            return null;
        }
        int slot = d.smallSlot(key);
        if (slot >= 0) {
            // an existing key of a small dict: one lookup for the read and the update
            TclValue value = form == DictForm.SET ? last
                    : last == null || last.rep() instanceof Long ? sum(d.smallValue(slot), last) : null;
            if (value == null) {
                return null;
            }
            return store(v, TclValue.ofDict(d.withSmallValue(slot, value)));
        }
        TclValue value;
        if (form == DictForm.SET) {
            value = last;
        } else {
            if (last != null && !(last.rep() instanceof Long)) {
                return null;
            }
            TclValue old = d.get(key);
            if (old == null) {
                value = last != null ? last : TclValue.ONE; // a new key takes the increment as written
            } else {
                value = sum(old, last);
                if (value == null) {
                    return null;
                }
            }
        }
        TclDict copy = d.copy();
        copy.put(key, value);
        return store(v, TclValue.ofDict(copy));
    }

    /** Stores a local's new value as an assignment does (a declared-only variable now has a value). */
    private static TclValue store(Var v, TclValue updated) {
        v.value = updated;
        v.declared = false;
        return updated;
    }

    /**
     * {@code value + amount} ({@code amount} null: 1) when both are plain
     * integers and the sum does not overflow; else null, and the command
     * decides (big integers, or its error for a non-integer).
     */
    private static TclValue sum(TclValue value, TclValue amount) {
        if (!(value.rep() instanceof Long x)) {
            return null;
        }
        long y;
        if (amount == null) {
            y = 1;
        } else if (amount.rep() instanceof Long n) {
            y = n;
        } else {
            return null;
        }
        long r = x + y;
        return ((x ^ r) & (y ^ r)) < 0 ? null : TclValue.of(r);
    }
}
