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

        Word(TclValue literal, Part[] parts, boolean expand) {
            this.literal = literal;
            this.parts = parts;
            this.expand = expand;
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
        /** Slot cache: the slot of {@link #name} in procedures using {@link #slotOwner}. */
        LocalNames slotOwner;
        int slot;

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
