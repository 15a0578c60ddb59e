package org.tcl4j.core.cmd;

import java.util.concurrent.SynchronousQueue;

import org.tcl4j.core.Args;
import org.tcl4j.core.CommandEntry;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclDict;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * Coroutines: {@code coroutine}, {@code yield}, {@code yieldto} and
 * {@code info coroutine}. Each coroutine body runs on its own thread with
 * strict hand-off: exactly one thread runs Tcl at a time, the other waits in
 * a SynchronousQueue. Virtual threads are used when the JVM has them.
 */
public final class Coroutines {
    private Coroutines() {
    }

    public static void register(Interp interp) {
        interp.register("coroutine", Coroutines::coroutine);
        interp.register("yield", Coroutines::yield);
        interp.register("yieldto", Coroutines::yieldto);
    }

    /**
     * What one side hands to the other. From a {@code yieldto}, {@code words}
     * is the command (already looked up as {@code target}) that the resumer
     * runs in its own frame in place of the coroutine's result.
     */
    private record Handoff(TclValue value, TclException error, boolean done, boolean kill, int code,
            CommandEntry target, TclValue[] words, TclDict returnOptions) {
        Handoff(TclValue value, TclException error, boolean done, boolean kill, int code) {
            this(value, error, done, kill, code, null, null, null);
        }
    }

    /** A running coroutine and its command. */
    static final class Coroutine {
        final SynchronousQueue<Handoff> toCoroutine = new SynchronousQueue<>();
        final SynchronousQueue<Handoff> toCaller = new SynchronousQueue<>();
        Interp.ExecState ownState;
        CommandEntry entry;
        boolean running;
        boolean finished;
        /** Suspended in yieldto: the command takes any number of arguments, passed on as a list. */
        boolean inYieldto;

        /** Runs on the caller's thread: resume the coroutine and wait until it yields or ends. */
        TclValue resume(Interp interp, Handoff h) throws TclException {
            if (running) {
                throw new TclException("coroutine \"" + entry.name() + "\" is already running",
                        "TCL COROUTINE BUSY");
            }
            Interp.ExecState callerState = interp.saveState();
            interp.restoreState(ownState);
            running = true;
            Handoff back;
            try {
                toCoroutine.put(h);
                back = toCaller.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TclException("coroutine interrupted", "TCL COROUTINE");
            } finally {
                running = false;
                ownState = interp.saveState();
                interp.restoreState(callerState);
            }
            if (back.done) {
                finished = true;
                interp.deleteCommandEntry(entry, true);
            }
            if (back.error != null) {
                back.error.leftStack();
                throw back.error;
            }
            if (back.words != null) {
                return interp.evalWords(back.target, back.words);
            }
            if (back.code != Interp.OK) {
                // the body's last code (return with its options, break, custom) is the command's own
                interp.setCode(back.code);
                interp.setReturnOptions(back.returnOptions);
            }
            return back.value;
        }

        /** Runs on the coroutine's thread: hand a value back and wait to be resumed. */
        TclValue yieldValue(Interp interp, Handoff out) throws TclException {
            Handoff in;
            try {
                toCaller.put(out);
                in = toCoroutine.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TclException("coroutine interrupted", "TCL COROUTINE");
            }
            if (in.kill) {
                throw new Killed();
            }
            return in.value;
        }
    }

    /**
     * Unwinds a coroutine whose command was deleted while it was suspended.
     * An Error, not a Tcl error: as in tclsh, {@code catch}, {@code try} and
     * {@code finally} scripts of the dying coroutine do not see it (only
     * frames are released, so unset traces of locals still fire).
     */
    static final class Killed extends Error {
        private static final long serialVersionUID = 1L;

        Killed() {
            super("coroutine deleted", null, false, false);
        }
    }

    static TclValue coroutine(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 3) {
            throw Args.wrongNum(objv, 1, "name cmd ?arg ...?");
        }
        Coroutine co = new Coroutine();
        TclValue[] words = new TclValue[objv.length - 2];
        System.arraycopy(objv, 2, words, 0, words.length);
        String name = objv[1].toString();
        co.entry = interp.createCommand(name.contains("::") ? name : interp.currentNamespace().qualifier() + name,
                (in, args) -> {
                    if (co.running) { // tclsh says so before it counts the arguments
                        throw new TclException("coroutine \"" + co.entry.name() + "\" is already running",
                                "TCL COROUTINE BUSY");
                    }
                    TclValue value;
                    if (co.inYieldto) {
                        value = TclValue.ofList(TclList.wrap(java.util.Arrays.copyOfRange(args, 1, args.length)));
                    } else if (args.length > 2) {
                        throw Args.wrongNum(args, 1, "?arg?");
                    } else {
                        value = args.length == 2 ? args[1] : TclValue.EMPTY;
                    }
                    return co.resume(in, new Handoff(value, null, false, false, Interp.OK));
                });
        co.entry.setOnDelete(() -> {
            if (!co.finished && !co.running) {
                co.finished = true;
                try {
                    co.resume(interp, new Handoff(null, null, false, true, Interp.OK));
                } catch (TclException ignored) {
                    // the coroutine is being thrown away; its last words do not matter
                }
            }
        });
        // the command is looked up where coroutine was called, but runs at level #0
        CommandEntry target = interp.findCommand(words[0].toString());
        co.ownState = interp.newCoroutineState(co);
        Runnable body = () -> {
            Handoff start;
            try {
                start = co.toCoroutine.take();
            } catch (InterruptedException e) {
                return;
            }
            if (start.kill) {
                try {
                    co.toCaller.put(new Handoff(TclValue.EMPTY, null, true, false, Interp.OK));
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            Handoff end;
            try {
                TclValue r = interp.evalWords(target, words);
                int code = interp.takeCode();
                TclDict options = code == Interp.RETURN ? interp.returnOptions() : null;
                interp.setReturnOptions(null);
                end = new Handoff(r, null, true, false, code, null, null, options);
            } catch (Killed k) {
                end = new Handoff(TclValue.EMPTY, null, true, false, Interp.OK);
            } catch (TclException e) {
                end = new Handoff(null, e, true, false, Interp.OK);
            } catch (RuntimeException | StackOverflowError e) {
                end = new Handoff(null, new TclException("coroutine failed: " + e, "TCL COROUTINE"), true, false,
                        Interp.OK);
            }
            try {
                co.toCaller.put(end);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        };
        Thread t = newThread(body);
        t.setDaemon(true);
        t.start();
        return co.resume(interp, new Handoff(TclValue.EMPTY, null, false, false, Interp.OK));
    }

    private static Thread newThread(Runnable body) {
        try {
            Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
            return (Thread) builder.getClass().getMethod("unstarted", Runnable.class).invoke(builder, body);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return new Thread(null, body, "tcl-coroutine", 512L << 20);
        }
    }

    static TclValue yield(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length > 2) {
            throw Args.wrongNum(objv, 1, "?returnValue?");
        }
        Coroutine co = current(interp);
        if (co == null) {
            throw new TclException("yield can only be called in a coroutine", "TCL COROUTINE ILLEGAL_YIELD");
        }
        return co.yieldValue(interp, new Handoff(objv.length == 2 ? objv[1] : TclValue.EMPTY, null, false, false,
                Interp.OK));
    }

    static TclValue yieldto(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "command ?arg ...?");
        }
        Coroutine co = current(interp);
        if (co == null) {
            throw new TclException("yieldto can only be called in a coroutine", "TCL COROUTINE ILLEGAL_YIELD");
        }
        // the command is looked up here, but the resumer runs it in its own frame as the coroutine's result
        TclValue[] words = java.util.Arrays.copyOfRange(objv, 1, objv.length);
        CommandEntry target = interp.findCommand(words[0].toString());
        co.inYieldto = true;
        try {
            return co.yieldValue(interp, new Handoff(null, null, false, false, Interp.OK, target, words, null));
        } finally {
            co.inYieldto = false;
        }
    }

    private static Coroutine current(Interp interp) {
        return interp.currentCoroutine() instanceof Coroutine c ? c : null;
    }

    /** Fully qualified name of the running coroutine's command, or "". */
    static String currentName(Interp interp) {
        Coroutine c = current(interp);
        return c == null || c.finished ? "" : c.entry.fullName();
    }
}
