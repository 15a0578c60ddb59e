package org.tcl4j.core;

import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Base for JUnit tests that evaluate Tcl: a fresh interpreter per test, the
 * result of a script as a string, and the message of a script that fails.
 */
public abstract class TclTestCase {
    protected final Interp interp = new Interp();

    /** Evaluates a script and returns its result as a string. */
    protected String eval(String script) throws TclException {
        return interp.eval(script).toString();
    }

    /** Evaluates a script that must fail and returns the error message. */
    protected String error(String script) {
        return assertThrows(TclException.class, () -> eval(script)).getMessage();
    }
}
