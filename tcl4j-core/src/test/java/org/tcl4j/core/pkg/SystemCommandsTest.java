package org.tcl4j.core.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;

/** exit, pid and time: the process-level commands. */
class SystemCommandsTest {
    @Test
    void exitHandsTheStatusToTheExitHandler() throws TclException {
        Interp interp = new Interp();
        List<Integer> statuses = new ArrayList<>();
        interp.setExitHandler(statuses::add);
        interp.eval("exit; exit 3; exit -1");
        assertEquals(List.of(0, 3, -1), statuses);
        TclException e = assertThrows(TclException.class, () -> interp.eval("exit x"));
        assertEquals("TCL VALUE INTEGER", e.errorCode().toString());
    }

    @Test
    void pidIsThisProcess() throws TclException {
        assertEquals(Long.toString(ProcessHandle.current().pid()), new Interp().eval("pid").toString());
    }

    @Test
    void timeReportsMicrosecondsAndRunsTheScriptCountTimes() throws TclException {
        Interp interp = new Interp();
        String r = interp.eval("set n 0; time {incr n} 5").toString();
        assertTrue(r.endsWith(" microseconds per iteration"), r);
        assertEquals("5", interp.eval("set n").toString());
        assertTrue(interp.eval("time {after 15}").toString().matches("\\d{5,} microseconds per iteration"));
    }
}
