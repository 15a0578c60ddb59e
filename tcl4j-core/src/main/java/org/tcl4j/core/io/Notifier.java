package org.tcl4j.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;

import org.tcl4j.core.CallFrame;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclDict;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;

/**
 * The event loop of an interpreter and its child interpreters (one per
 * family, as tclsh has one per thread): timers ({@code after ms}), idle
 * callbacks ({@code after idle}), channel readiness (sockets through a
 * {@link Selector}, always-ready files, drivers that hold data), and
 * background errors. {@code vwait} and {@code update} drive it through
 * {@link #doOneEvent}; so can an embedding program or the shell.
 *
 * <p>Like Tcl's notifier it works in rounds: queued events are serviced
 * one at a time; when none is queued, event sources are checked (waiting
 * for the next timer or ready channel unless {@link #DONT_WAIT}) and what
 * they report is queued; when still nothing is queued, idle callbacks run.
 * Everything runs on the interpreter's thread; other threads may only call
 * {@link #wakeup()}.
 *
 * <p>Each {@code after} event, handler script and background error belongs to
 * the interpreter that made it: it runs there, {@code after info} in one
 * interpreter does not see another's, and deleting a child interpreter
 * drops what it left queued.
 */
public final class Notifier {
    /** Flag: do not wait for events, return at once when none is ready. */
    public static final int DONT_WAIT = 2;
    /** Flag: window system events (none here; accepted for compatibility). */
    public static final int WINDOW_EVENTS = 4;
    /** Flag: channel (file and socket) events. */
    public static final int FILE_EVENTS = 8;
    /** Flag: timers. */
    public static final int TIMER_EVENTS = 16;
    /** Flag: idle callbacks. */
    public static final int IDLE_EVENTS = 32;
    /** Every kind of event. */
    public static final int ALL_EVENTS = ~DONT_WAIT;

    private final Interp interp;
    private Selector selector;
    /** A second selector for waiting on one channel in a blocking operation. */
    private Selector waitSelector;
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private final ArrayDeque<Timer> idle = new ArrayDeque<>();
    private final ArrayDeque<Event> queue = new ArrayDeque<>();
    /** Channels that want readiness events. */
    private final LinkedHashSet<Channel> watched = new LinkedHashSet<>();
    private final List<Channel> scratch = new ArrayList<>();
    private long nextAfterId;
    private long seq;
    private boolean timerEventQueued;
    private final List<BgError> bgErrors = new ArrayList<>();
    /** Child interpreters already told to drop their events when deleted. */
    private final java.util.Set<Interp> children = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private record BgError(Interp interp, TclException error) {
    }
    private TclValue bgErrorHandler = TclValue.of("::tcl::Bgerror");

    private Notifier(Interp interp) {
        this.interp = interp;
    }

    /** The notifier of an interpreter: its outermost parent's (created on first use). */
    public static Notifier of(Interp interp) {
        Interp root = interp;
        while (root.parentInterp() != null) {
            root = root.parentInterp();
        }
        Interp r = root;
        Notifier n = root.data(Notifier.class, () -> new Notifier(r));
        if (root != interp && n.children.add(interp)) {
            interp.onDelete(() -> n.forget(interp));
        }
        return n;
    }

    public Interp interp() {
        return interp;
    }

    // -------------------------------------------------------------- timers

    /** A timer or idle callback; {@code after} ones carry their script and id. */
    public static final class Timer implements Comparable<Timer> {
        final long due;
        final long order;
        final Runnable action;
        final TclValue script;
        final String id;
        /** The interpreter an {@code after} script runs in. */
        final Interp owner;
        boolean cancelled;

        Timer(long due, long order, Runnable action, TclValue script, String id, Interp owner) {
            this.due = due;
            this.order = order;
            this.action = action;
            this.script = script;
            this.id = id;
            this.owner = owner;
        }

        @Override
        public int compareTo(Timer o) {
            int c = Long.compare(due, o.due);
            return c != 0 ? c : Long.compare(order, o.order);
        }

        /** Stops the callback from running (no effect once it ran). */
        public void cancel() {
            cancelled = true;
        }
    }

    /** Runs {@code action} after {@code ms} milliseconds (from the event loop). */
    public Timer createTimer(long ms, Runnable action) {
        Timer t = new Timer(System.nanoTime() + Math.max(0, ms) * 1_000_000L, seq++, action, null, null, null);
        timers.add(t);
        return t;
    }

    /** Runs {@code action} when the event loop is next idle. */
    public Timer whenIdle(Runnable action) {
        Timer t = new Timer(0, seq++, action, null, null, null);
        idle.add(t);
        return t;
    }

    /** {@code after ms script} in {@code owner}: returns the id ({@code after#N}). */
    String afterTimer(Interp owner, long ms, TclValue script) {
        String id = "after#" + nextAfterId++;
        timers.add(new Timer(System.nanoTime() + Math.max(0, ms) * 1_000_000L, seq++, null, script, id, owner));
        return id;
    }

    /** {@code after idle script} in {@code owner}. */
    String afterIdle(Interp owner, TclValue script) {
        String id = "after#" + nextAfterId++;
        idle.add(new Timer(0, seq++, null, script, id, owner));
        return id;
    }

    /** The pending {@code after} event of {@code owner} with this id or script, or null. */
    Timer findAfter(Interp owner, String idOrScript, boolean byScript) {
        Timer found = null;
        for (Timer t : timers) {
            if (!t.cancelled && t.id != null && t.owner == owner && (byScript ? t.script.toString().equals(idOrScript) : t.id.equals(idOrScript))) {
                if (found == null || t.order < found.order) {
                    found = t;
                }
            }
        }
        if (found != null) {
            return found;
        }
        for (Timer t : idle) {
            if (!t.cancelled && t.id != null && t.owner == owner && (byScript ? t.script.toString().equals(idOrScript) : t.id.equals(idOrScript))) {
                return t;
            }
        }
        return null;
    }

    /** Cancels an {@code after} event. */
    void cancelAfter(Timer t) {
        t.cancelled = true;
        timers.remove(t);
        idle.remove(t);
    }

    /** The pending {@code after} events of {@code owner}, newest first (as {@code after info}). */
    List<Timer> afterEvents(Interp owner) {
        List<Timer> all = new ArrayList<>();
        for (Timer t : timers) {
            if (!t.cancelled && t.id != null && t.owner == owner) {
                all.add(t);
            }
        }
        for (Timer t : idle) {
            if (!t.cancelled && t.id != null && t.owner == owner) {
                all.add(t);
            }
        }
        all.sort((a, b) -> Long.compare(afterNumber(b), afterNumber(a)));
        return all;
    }

    private static long afterNumber(Timer t) {
        return Long.parseLong(t.id.substring(6));
    }

    static boolean isIdle(Timer t, Notifier n) {
        return n.idle.contains(t);
    }

    // ------------------------------------------------------------ channels

    /** Adds or removes a channel from the set whose readiness is checked. */
    void watch(Channel ch, boolean on) {
        if (on) {
            watched.add(ch);
        } else {
            watched.remove(ch);
        }
    }

    /** Called by a channel when its driver reported readiness. */
    void channelSignalled(Channel ch) {
        queueChannel(ch);
    }

    private void queueChannel(Channel ch) {
        if (!ch.eventQueued) {
            ch.eventQueued = true;
            queue.add(new Event(FILE_EVENTS, null, ch));
        }
    }

    /** What a selected key's attachment does when its channel is ready. */
    @FunctionalInterface
    public interface SelectHandler {
        void selected(int readyOps);
    }

    /**
     * Registers a selectable channel (in non-blocking mode) with the
     * notifier's selector; the handler runs on the interpreter's thread
     * when the key is selected. Change interest with
     * {@link SelectionKey#interestOps(int)}; cancel the key when done.
     */
    public SelectionKey register(SelectableChannel ch, int ops, SelectHandler handler) throws IOException {
        return ch.register(selector(), ops, handler);
    }

    private Selector selector() throws IOException {
        if (selector == null) {
            selector = Selector.open();
        }
        return selector;
    }

    /**
     * Blocks until {@code ch} is ready for {@code ops} (a blocking operation
     * on a channel kept in non-blocking mode), without running any events.
     * Returns false on timeout ({@code timeoutMs} 0 waits forever).
     */
    public boolean waitFor(SelectableChannel ch, int ops, long timeoutMs) throws IOException {
        if (waitSelector == null) {
            waitSelector = Selector.open();
        }
        SelectionKey key = ch.keyFor(waitSelector);
        try {
            if (key == null || !key.isValid()) {
                if (key != null) {
                    waitSelector.selectNow(); // flush the cancelled key
                }
                key = ch.register(waitSelector, ops);
            } else {
                key.interestOps(ops);
            }
        } catch (ClosedChannelException e) {
            throw e;
        }
        try {
            int n = timeoutMs > 0 ? waitSelector.select(timeoutMs) : waitSelector.select();
            waitSelector.selectedKeys().clear();
            return n > 0;
        } finally {
            if (key.isValid()) {
                key.interestOps(0);
            }
        }
    }

    /**
     * Makes closes of selectable channels take effect now. java.nio closes
     * a registered channel's descriptor only when its selectors next look at
     * their keys; without this, a closed listening socket would still accept
     * and a closed connection would not reach the peer until the event loop
     * ran again.
     */
    public void flushClosed() {
        try {
            if (selector != null) {
                selector.selectNow(); // ready keys stay in the selected set for the next round
            }
            if (waitSelector != null) {
                waitSelector.selectNow();
                waitSelector.selectedKeys().clear();
            }
        } catch (IOException e) {
            // nothing more can be done about it
        }
    }

    /**
     * Makes sure there is a selector for {@link #wakeup()} to interrupt:
     * call it on the interpreter's thread before starting a helper thread
     * that will wake the loop (a wakeup with no selector would be lost).
     */
    public void prepareWakeup() {
        try {
            selector();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A child interpreter was deleted: its {@code after} events and background errors go. */
    private void forget(Interp child) {
        children.remove(child);
        timers.removeIf(t -> t.owner == child);
        idle.removeIf(t -> t.owner == child);
        bgErrors.removeIf(b -> b.interp == child);
    }

    /** Drops every timer and idle callback and closes the selectors (the interpreter was deleted). */
    void shutdown() {
        timers.clear();
        idle.clear();
        queue.clear();
        watched.clear();
        try {
            if (selector != null) {
                selector.close();
            }
            if (waitSelector != null) {
                waitSelector.close();
            }
        } catch (IOException e) {
            // nothing more to release
        }
        selector = null;
        waitSelector = null;
    }

    /** Interrupts a wait of the event loop (may be called from any thread). */
    public void wakeup() {
        Selector s = selector;
        if (s != null) {
            s.wakeup();
        }
    }

    // -------------------------------------------------------------- events

    /** A queued event: a timer round, a channel's readiness, or a posted action. */
    private record Event(int kind, Runnable action, Channel channel) {
    }

    /** Queues an action to run as an event of the given kind (FILE_EVENTS by default). */
    public void queueEvent(Runnable action) {
        queue.add(new Event(FILE_EVENTS, action, null));
    }

    /**
     * Services one event, waiting for one unless {@link #DONT_WAIT} is set.
     * Returns true when something was done, false when nothing was ready
     * (only possible with DONT_WAIT, or with flags that exclude every source).
     */
    public boolean doOneEvent(int flags) {
        if ((flags & (FILE_EVENTS | TIMER_EVENTS | IDLE_EVENTS | WINDOW_EVENTS)) == 0) {
            flags |= ALL_EVENTS;
        }
        while (true) {
            if (serviceQueued(flags)) {
                return true;
            }
            long timeout = computeTimeout(flags);
            if ((flags & IDLE_EVENTS) != 0 && hasIdle()) {
                timeout = 0;
            }
            if ((flags & DONT_WAIT) != 0) {
                timeout = 0;
            }
            waitForEvents(timeout, flags);
            checkSources(flags);
            if (serviceQueued(flags)) {
                return true;
            }
            if ((flags & IDLE_EVENTS) != 0 && serviceIdle()) {
                return true;
            }
            if ((flags & DONT_WAIT) != 0) {
                return false;
            }
            if ((flags & (FILE_EVENTS | TIMER_EVENTS)) == 0) {
                return false; // only idle callbacks were asked for and there are none
            }
        }
    }

    /** Runs every pending event without waiting ({@code update}). */
    public void update() {
        while (doOneEvent(ALL_EVENTS | DONT_WAIT)) {
            // keep going until nothing is ready
        }
    }

    /** Runs idle callbacks only ({@code update idletasks}). */
    public void updateIdleTasks() {
        while (doOneEvent(IDLE_EVENTS | DONT_WAIT)) {
            // keep going
        }
    }

    private boolean hasIdle() {
        for (Timer t : idle) {
            if (!t.cancelled) {
                return true;
            }
        }
        return false;
    }

    /** Nanoseconds until something may be ready; 0 for now, -1 for no limit. */
    private long computeTimeout(int flags) {
        long timeout = -1;
        if ((flags & TIMER_EVENTS) != 0) {
            Timer t = firstTimer();
            if (t != null) {
                timeout = Math.max(0, t.due - System.nanoTime());
            }
        }
        if ((flags & FILE_EVENTS) != 0) {
            for (Channel ch : watched) {
                if (ch.readyNowMask() != 0) {
                    return 0;
                }
            }
        }
        return timeout;
    }

    private Timer firstTimer() {
        Timer t;
        while ((t = timers.peek()) != null && t.cancelled) {
            timers.poll();
        }
        return t;
    }

    private void waitForEvents(long timeoutNanos, int flags) {
        try {
            if (selector == null) {
                if (timeoutNanos == 0) {
                    return;
                }
                selector(); // something to block on that other threads can wake
            }
            if (timeoutNanos == 0 || !selector.selectedKeys().isEmpty()) {
                selector.selectNow();
            } else if (timeoutNanos < 0) {
                selector.select();
            } else {
                long ms = (timeoutNanos + 999_999) / 1_000_000;
                selector.select(Math.max(1, ms));
            }
            if (!selector.selectedKeys().isEmpty()) { // also keys a flushClosed() selected
                Iterator<SelectionKey> it = selector.selectedKeys().iterator();
                while (it.hasNext()) {
                    SelectionKey k = it.next();
                    it.remove();
                    if (k.isValid() && k.attachment() instanceof SelectHandler h) {
                        int ready;
                        try {
                            ready = k.readyOps();
                        } catch (java.nio.channels.CancelledKeyException e) {
                            continue;
                        }
                        h.selected(ready);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkSources(int flags) {
        if ((flags & TIMER_EVENTS) != 0 && !timerEventQueued) {
            Timer t = firstTimer();
            if (t != null && t.due - System.nanoTime() <= 0) {
                timerEventQueued = true;
                long upTo = seq;
                queue.add(new Event(TIMER_EVENTS, () -> runTimers(upTo), null));
            }
        }
        if ((flags & FILE_EVENTS) != 0 && !watched.isEmpty()) {
            scratch.clear();
            scratch.addAll(watched);
            for (Channel ch : scratch) {
                if (ch.readyNowMask() != 0) {
                    queueChannel(ch);
                }
            }
        }
    }

    /** Services the first queued event that {@code flags} allow. */
    private boolean serviceQueued(int flags) {
        if (queue.isEmpty()) {
            return false;
        }
        Iterator<Event> it = queue.iterator();
        while (it.hasNext()) {
            Event e = it.next();
            if ((e.kind & flags) == 0) {
                continue;
            }
            it.remove();
            if (e.channel != null) {
                e.channel.eventQueued = false;
                e.channel.serviceEvent();
            } else {
                e.action.run();
            }
            return true;
        }
        return false;
    }

    /** Runs the timers that are due and were created before the round was queued. */
    private void runTimers(long createdBefore) {
        timerEventQueued = false;
        long now = System.nanoTime();
        List<Timer> due = new ArrayList<>();
        for (Timer t : timers) {
            if (!t.cancelled && t.due - now <= 0 && t.order < createdBefore) {
                due.add(t);
            }
        }
        due.sort(null);
        for (Timer t : due) {
            if (t.cancelled) {
                continue;
            }
            timers.remove(t);
            t.cancelled = true;
            fire(t, "\n    (\"after\" script)");
        }
    }

    /** Runs the idle callbacks queued before this round; true if any ran. */
    private boolean serviceIdle() {
        if (idle.isEmpty()) {
            return false;
        }
        long upTo = seq;
        boolean ran = false;
        while (!idle.isEmpty() && idle.peek().order < upTo) {
            Timer t = idle.poll();
            if (t.cancelled) {
                continue;
            }
            t.cancelled = true;
            ran = true;
            fire(t, "\n    (\"after\" script)");
        }
        return ran;
    }

    private void fire(Timer t, String context) {
        if (t.action != null) {
            t.action.run();
            return;
        }
        evalGlobal(t.owner, t.script, context);
    }

    /**
     * Evaluates a callback script at global level as an event handler does:
     * an error (or a stray break, continue or return) becomes a background
     * error with {@code context} added to errorInfo. Returns false on error.
     */
    public boolean evalGlobal(TclValue script, String context) {
        return evalGlobal(interp, script, context);
    }

    /** {@link #evalGlobal(TclValue, String)} in a given interpreter of the family. */
    public boolean evalGlobal(Interp interp, TclValue script, String context) {
        CallFrame saved = interp.setVarFrame(interp.globalFrame());
        int savedCode = interp.takeCode();
        try {
            interp.eval(script);
            int code = interp.takeCode();
            if (code != Interp.OK) {
                TclException e = unexpectedCode(code);
                if (context != null) {
                    e.addErrorInfo(context);
                }
                backgroundError(interp, e);
                return false;
            }
            return true;
        } catch (TclException e) {
            if (context != null) {
                e.addErrorInfo(context);
            }
            backgroundError(interp, e);
            return false;
        } finally {
            interp.setVarFrame(saved);
            interp.setCode(savedCode);
        }
    }

    /** The error tclsh makes of a break/continue/return that reached an event handler's top. */
    static TclException unexpectedCode(int code) {
        String message = switch (code) {
            case Interp.BREAK -> "invoked \"break\" outside of a loop";
            case Interp.CONTINUE -> "invoked \"continue\" outside of a loop";
            default -> "command returned bad code: " + code;
        };
        return new TclException(message, (String) null);
    }

    // ---------------------------------------------------- background errors

    /** The {@code interp bgerror} handler prefix (as the {@code interp} command knows it, if there is one). */
    public TclValue bgErrorHandler() {
        return bgErrorHandler(interp);
    }

    private TclValue bgErrorHandler(Interp interp) {
        if (interp.findCommand("::interp") != null) {
            int saved = interp.takeCode();
            try {
                return interp.invoke(TclValue.of("::interp"), TclValue.of("bgerror"), TclValue.EMPTY);
            } catch (TclException e) {
                // fall back to our own setting
            } finally {
                interp.setCode(saved);
            }
        }
        return bgErrorHandler;
    }

    /** Sets the background error handler ({@code interp bgerror {} prefix}). */
    public void setBgErrorHandler(TclValue prefix) {
        bgErrorHandler = prefix;
        if (interp.findCommand("::interp") != null) {
            try {
                interp.invoke(TclValue.of("::interp"), TclValue.of("bgerror"), TclValue.EMPTY, prefix);
            } catch (TclException e) {
                // our own setting stays
            }
        }
    }

    /**
     * Reports an error that happened in the background (an event handler):
     * the handler runs when the interpreter is next idle, as in Tcl.
     */
    public void backgroundError(TclException e) {
        backgroundError(interp, e);
    }

    /** {@link #backgroundError(TclException)} of a given interpreter of the family. */
    public void backgroundError(Interp interp, TclException e) {
        if (bgErrors.isEmpty()) {
            whenIdle(this::reportBackgroundErrors);
        }
        bgErrors.add(new BgError(interp, e));
    }

    private void reportBackgroundErrors() {
        List<BgError> errors = new ArrayList<>(bgErrors);
        bgErrors.clear();
        for (BgError b : errors) {
            Interp interp = b.interp;
            TclException e = b.error;
            TclDict opts = interp.errorOptions(e);
            List<TclValue> words = new ArrayList<>();
            TclValue handler = bgErrorHandler(interp);
            try {
                words.addAll(handler.asList());
            } catch (TclException bad) {
                words.add(handler);
            }
            words.add(e.result());
            words.add(TclValue.ofDict(opts));
            CallFrame saved = interp.setVarFrame(interp.globalFrame());
            int savedCode = interp.takeCode();
            try {
                interp.invoke(words.toArray(new TclValue[0]));
                if (interp.takeCode() == Interp.BREAK) {
                    break; // the handler asked to drop the remaining errors
                }
            } catch (TclException failed) {
                interp.stderr().print(failed.errorInfo() + "\n");
                interp.stderr().flush();
            } finally {
                interp.setVarFrame(saved);
                interp.setCode(savedCode);
            }
        }
    }

    /**
     * {@code ::tcl::Bgerror msg options}, the default background error
     * handler: calls the {@code bgerror} procedure if there is one, else
     * prints the error's errorInfo on stderr.
     */
    static TclValue defaultBgError(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length != 3) {
            throw new TclException("wrong # args: should be \"" + objv[0] + " msg options\"", "TCL WRONGARGS");
        }
        TclDict opts = objv[2].asDict();
        TclValue info = opts.get("-errorinfo");
        TclValue code = opts.get("-errorcode");
        if (interp.findCommand("::bgerror") != null) {
            interp.setGlobal("errorInfo", info == null ? objv[1] : info);
            interp.setGlobal("errorCode", code == null ? TclValue.of("NONE") : code);
            try {
                interp.invoke(TclValue.of("bgerror"), objv[1]);
                if (interp.code() == Interp.BREAK) {
                    return TclValue.EMPTY;
                }
                interp.takeCode();
                return TclValue.EMPTY;
            } catch (TclException e) {
                Channel err = ChannelTable.of(interp).stderrChannel();
                String text = "bgerror failed to handle background error.\n    Original error: " + objv[1]
                        + "\n    Error in bgerror: " + e.result() + "\n";
                writeQuietly(interp, err, text);
                return TclValue.EMPTY;
            }
        }
        writeQuietly(interp, ChannelTable.of(interp).stderrChannel(), (info == null ? objv[1] : info) + "\n");
        return TclValue.EMPTY;
    }

    private static void writeQuietly(Interp interp, Channel err, String text) {
        try {
            if (err != null) {
                err.write(text);
                err.flush();
                return;
            }
        } catch (TclException ignored) {
            // fall back to the interpreter's stream
        }
        interp.stderr().print(text);
        interp.stderr().flush();
    }

    /** Formats a list of words for messages. */
    static String words(TclValue... w) {
        return TclList.wrap(w).format();
    }
}
