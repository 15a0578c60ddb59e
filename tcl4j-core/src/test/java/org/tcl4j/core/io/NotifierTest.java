package org.tcl4j.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;

/**
 * The event loop from Java, as an embedding program or the shell drives it:
 * {@link Notifier#doOneEvent} with Tcl's flags, timers and idle callbacks
 * from Java and from {@code after}, and background errors.
 */
class NotifierTest {
    private final Interp interp = new Interp();
    private final Notifier notifier = Notifier.of(interp);

    @Test
    void dontWaitReturnsFalseWhenNothingIsReady() {
        assertFalse(notifier.doOneEvent(Notifier.ALL_EVENTS | Notifier.DONT_WAIT));
        notifier.createTimer(10_000, () -> { });
        assertFalse(notifier.doOneEvent(Notifier.ALL_EVENTS | Notifier.DONT_WAIT));
    }

    @Test
    void timersRunInDueOrderThenIdleCallbacks() {
        List<String> log = new ArrayList<>();
        notifier.createTimer(40, () -> log.add("t40"));
        notifier.createTimer(20, () -> log.add("t20"));
        notifier.whenIdle(() -> log.add("idle"));
        notifier.queueEvent(() -> log.add("event"));
        while (log.size() < 4) {
            notifier.doOneEvent(Notifier.ALL_EVENTS);
        }
        assertEquals(List.of("event", "idle", "t20", "t40"), log);
    }

    @Test
    void idleOnlyFlagsRunIdleCallbacksButNoTimers() {
        List<String> log = new ArrayList<>();
        notifier.createTimer(0, () -> log.add("timer"));
        notifier.whenIdle(() -> log.add("idle"));
        notifier.updateIdleTasks();
        assertEquals(List.of("idle"), log);
        notifier.update();
        assertEquals(List.of("idle", "timer"), log);
    }

    @Test
    void cancelledTimersDoNotRun() {
        List<String> log = new ArrayList<>();
        Notifier.Timer t = notifier.createTimer(0, () -> log.add("cancelled"));
        notifier.createTimer(5, () -> log.add("kept"));
        t.cancel();
        notifier.doOneEvent(Notifier.ALL_EVENTS);
        assertEquals(List.of("kept"), log);
    }

    @Test
    void afterScriptsAndVwaitShareTheLoopWithJavaTimers() throws TclException {
        notifier.createTimer(5, () -> {
            try {
                interp.eval("set ::fromJava 1");
            } catch (TclException e) {
                throw new AssertionError(e);
            }
        });
        interp.eval("after 20 {set ::fromTcl 1}");
        interp.eval("vwait fromTcl");
        assertEquals("1", interp.eval("set fromJava").toString());
    }

    @Test
    void backgroundErrorsWithoutBgerrorGoToStderr() throws TclException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        interp.setStderr(new PrintStream(err, true, StandardCharsets.UTF_8));
        interp.eval("after 0 {error oops}; after 300 {set done 1}; vwait done");
        assertEquals("oops\n    while executing\n\"error oops\"\n    (\"after\" script)\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aHandlerSetFromJavaGetsMessageAndOptions() throws TclException {
        interp.eval("proc h {msg opts} { set ::seen [list $msg [dict get $opts -errorcode]] }");
        notifier.setBgErrorHandler(interp.eval("list h"));
        interp.eval("after 0 {throw {MY ERR} boom}; after 300 {set done 1}; vwait done");
        assertEquals("boom {MY ERR}", interp.eval("set seen").toString());
        assertTrue(notifier.bgErrorHandler().toString().equals("h"));
    }
}
