package org.tcl4j.core;

/**
 * A parsed script: commands made of words made of parts. Produced once by
 * {@link Parser} and cached as the internal representation of the script's
 * value, so a loop body or proc body is parsed only once.
 */
public final class Script {
    /** The source text the script was parsed from. */
    final String source;
    /** Where {@link #source} starts in the text that command offsets refer to. */
    final int offset;
    final Command[] commands;

    Script(String source, int offset, Command[] commands) {
        this.source = source;
        this.offset = offset;
        this.commands = commands;
        for (Command c : commands) {
            c.script = this;
        }
    }

    /** The number of commands (used by {@code info complete}-like checks and tests). */
    public int size() {
        return commands.length;
    }

    /** One command: its words and where it sits in the source. */
    static final class Command {
        final Word[] words;
        /** 1-based line of the first word, relative to the script start. */
        final int line;
        final int start;
        final int end;
        final boolean hasExpansion;
        /** Command lookup cache, valid while the interpreter's epoch is unchanged. */
        CommandEntry cachedEntry;
        Namespace cachedNs;
        int cachedEpoch = -1;
        /** The script the command is part of (set once that script is built). */
        Script script;

        /** The command's text as written. */
        String text() {
            return script.source.substring(start - script.offset, end - script.offset);
        }

        /** What the command's inline form worked out from its words, on first use (see {@link InlineCommands}). */
        Object inlinePlan;

        /** Set on the place-holder for a syntax error: evaluating it raises this message. */
        final String syntaxError;

        /** A command that could not be parsed; it fails when evaluation reaches it. */
        Command(int line, int start, int end, String syntaxError) {
            this.words = new Word[0];
            this.line = line;
            this.start = start;
            this.end = end;
            this.hasExpansion = false;
            this.syntaxError = syntaxError;
        }

        Command(Word[] words, int line, int start, int end) {
            this.syntaxError = null;
            this.words = words;
            this.line = line;
            this.start = start;
            this.end = end;
            boolean exp = false;
            for (Word w : words) {
                exp |= w.expand;
            }
            this.hasExpansion = exp;
        }
    }

    /** A word: a constant, or parts to substitute and concatenate. */
    static final class Word {
        /** Non-null when the word needs no substitution. */
        final TclValue literal;
        final Part[] parts;
        /** Prefixed by {*}. */
        final boolean expand;
        /** 1-based line where the word starts. */
        int line = 1;
        /** Non-null when the word has the shape {@code name(...)} of an array element name. */
        final ElementForm element;

        Word(TclValue literal, Part[] parts, boolean expand) {
            this.literal = literal;
            this.parts = parts;
            this.expand = expand;
            this.element = literal == null && !expand ? ElementForm.of(parts) : null;
        }
    }

    /**
     * A substituted word that reads as an array element name, such as
     * {@code counts($w)}: literal text up to the first {@code (}, anything,
     * and a literal {@code )} at the end. Commands that take a variable name
     * ({@code set}, {@code incr}, {@code info exists}...) then find the array
     * through the slot cached here and the element by the substituted index,
     * without building the name string and parsing it apart again.
     */
    static final class ElementForm {
        /** The array's name (before the first "("). */
        final String base;
        /** Literal index text after "(" in the first part, and before ")" in the last. */
        final String prefix;
        final String suffix;
        /** The base is a plain name that may be a procedure local (no namespace qualifier). */
        final boolean local;
        /** Slot of {@link #base} in the procedure that last ran the word. */
        final Interp.VarCache cache = new Interp.VarCache();

        private ElementForm(String base, String prefix, String suffix) {
            this.base = base;
            this.prefix = prefix;
            this.suffix = suffix;
            this.local = !base.contains("::");
        }

        static ElementForm of(Part[] parts) {
            if (parts.length < 2 || !(parts[0] instanceof Text first) || !(parts[parts.length - 1] instanceof Text last)
                    || !last.text.endsWith(")")) {
                return null;
            }
            int open = first.text.indexOf('(');
            if (open <= 0) {
                return null;
            }
            return new ElementForm(first.text.substring(0, open), first.text.substring(open + 1),
                    last.text.substring(0, last.text.length() - 1));
        }
    }

    /**
     * The value of an {@link ElementForm} word: the array's form and the
     * substituted index; the name's string is made only if someone asks.
     */
    static final class ElementName implements TclValue.StringGenerator {
        final ElementForm form;
        final String index;

        ElementName(ElementForm form, String index) {
            this.form = form;
            this.index = index;
        }

        @Override
        public String generateString() {
            return form.base + "(" + index + ")";
        }
    }

    /** A piece of a word. */
    abstract static sealed class Part permits Text, VarRef, CommandSubst {
    }

    /** Literal text (backslash sequences already decoded). */
    static final class Text extends Part {
        final String text;

        Text(String text) {
            this.text = text;
        }
    }

    /** {@code $name} or {@code $name(index)}. */
    static final class VarRef extends Part {
        final String name;
        /** Null for a scalar reference. */
        final Word index;

        /** A plain local-able name: no namespace qualifier, no "(...)" inside braces. */
        final boolean simple;
        /** The slot of {@link #name} in the procedure that last ran this reference. */
        final Interp.VarCache cache = new Interp.VarCache();

        VarRef(String name, Word index) {
            this.name = name;
            this.index = index;
            this.simple = !name.contains("::") && !(name.endsWith(")") && name.indexOf('(') >= 0);
        }
    }

    /** {@code [script]}. */
    static final class CommandSubst extends Part {
        final Script script;

        CommandSubst(Script script) {
            this.script = script;
        }
    }
}
