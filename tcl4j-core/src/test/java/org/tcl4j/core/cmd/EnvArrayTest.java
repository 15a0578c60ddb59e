package org.tcl4j.core.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclTestCase;

/** {@code env} as a live view of the process-wide {@link Environment}. */
class EnvArrayTest extends TclTestCase {
    @AfterEach
    void cleanUp() {
        Environment.unset("TCL4J_TEST");
    }

    @Test
    void settingAnElementReachesChildProcesses() throws TclException {
        eval("set env(TCL4J_TEST) {a b}");
        assertEquals("a b", Environment.get("TCL4J_TEST"));
        assertEquals("[a b]", eval("exec sh -c {echo \"[$TCL4J_TEST]\"}"));
        eval("unset env(TCL4J_TEST)");
        assertNull(Environment.get("TCL4J_TEST"));
        assertEquals("[]", eval("exec sh -c {echo \"[$TCL4J_TEST]\"}"));
    }

    @Test
    void readingFetchesWhatAnotherInterpreterSet() throws TclException {
        Interp other = new Interp();
        other.eval("set env(TCL4J_TEST) shared");
        assertEquals("shared", eval("set env(TCL4J_TEST)"));
        assertEquals("1", eval("info exists env(TCL4J_TEST)"));
        assertEquals("TCL4J_TEST", eval("array names env TCL4J_TEST"));
        other.eval("unset env(TCL4J_TEST)");
        assertEquals("can't read \"env(TCL4J_TEST)\": no such variable", error("set env(TCL4J_TEST)"));
        assertEquals("", eval("array names env TCL4J_TEST"));
    }

    @Test
    void aNameWithAnEqualsSignSetsThePartBeforeIt() {
        Environment.set("TCL4J_TEST=x", "1");
        assertEquals("x=1", Environment.get("TCL4J_TEST"));
    }

    @Test
    void unsettingTheWholeArrayLeavesTheEnvironment() throws TclException {
        Environment.set("TCL4J_TEST", "kept");
        eval("unset env; set env(TCL4J_TEST) local");
        assertEquals("kept", Environment.get("TCL4J_TEST"));
    }
}
