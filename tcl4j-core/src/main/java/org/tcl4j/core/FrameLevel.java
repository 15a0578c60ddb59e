package org.tcl4j.core;

/**
 * One level of {@code info frame}: an evaluation unit (a file's top level,
 * a procedure body, an {@code eval}ed or {@code uplevel}ed script...) and
 * where its text came from, so that the command running in it can be
 * located as tclsh locates it.
 *
 * <p>Levels form a chain from the innermost to the outermost. A level does
 * not track its own running command: that is the interpreter's active
 * command while it is innermost, and is recorded in the next level
 * ({@link #callerCommand}) when a new unit starts inside it.
 *
 * <p>Type "source" means the unit's text is a literal in a file (the file
 * itself, or a body written in it), so its lines are the file's; "proc" a
 * procedure body that was not written literally in a file; "eval" any
 * other script, whose lines count from 1.
 */
final class FrameLevel {
    final FrameLevel parent;
    final int depth;
    final String type;
    /** The file the unit's text is in, or null. */
    final String file;
    /** The line, in the file (or in the script itself, when there is no file), of the unit's first line. */
    final int firstLine;
    /** The qualified name of the procedure whose body this is (inline bodies included), or null. */
    final String proc;
    /** The variable frame the unit belongs to, for the relative {@code level}. */
    final CallFrame varFrame;
    /** The parent's command that started this unit, and the parent's line base then. */
    final Script.Command callerCommand;
    final int callerLineBase;

    FrameLevel(FrameLevel parent, String type, String file, int firstLine, String proc, CallFrame varFrame,
            Script.Command callerCommand, int callerLineBase) {
        this.parent = parent;
        this.depth = parent == null ? 1 : parent.depth + 1;
        this.type = type;
        this.file = file;
        this.firstLine = firstLine;
        this.proc = proc;
        this.varFrame = varFrame;
        this.callerCommand = callerCommand;
        this.callerLineBase = callerLineBase;
    }

    /**
     * Where a literal word {@code wordLine} of a command running in this level
     * (at line base {@code lineBase}) starts in the file: the origin of a
     * body written there. Null when this level has no file.
     */
    Origin originOf(int wordLine, int lineBase) {
        return file == null ? null : new Origin(file, firstLine + lineBase + wordLine - 1);
    }

    /** A place in a file where a script's text starts. */
    record Origin(String file, int line) {
    }

    /**
     * {@code info frame}'s dict for this level, running {@code command} at
     * {@code lineBase}, seen from variable frame {@code current}.
     */
    TclDict describe(Script.Command command, int lineBase, CallFrame current) {
        TclDict d = new TclDict();
        d.put("type", TclValue.of(type));
        int line = command == null ? 1 : command.line + lineBase;
        d.put("line", TclValue.of(firstLine + line - 1));
        if (file != null) {
            d.put("file", TclValue.of(file));
        }
        d.put("cmd", TclValue.of(command == null ? "" : command.text()));
        if (proc != null) {
            d.put("proc", TclValue.of(proc));
        }
        // the relative level only of a frame the current one was called from, as tclsh gives it
        for (CallFrame f = current; f != null; f = f.caller()) {
            if (f == varFrame) {
                d.put("level", TclValue.of(current.level() - varFrame.level()));
                break;
            }
        }
        return d;
    }
}
