package org.tcl4j.core.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;

/** The package require algorithm, driven through the package command. */
class PackageManagerTest {
    private Interp interp;

    @BeforeEach
    void setUp() throws TclException {
        interp = new Interp();
        // only what a test declares: no search of auto_path
        interp.eval("package unknown {}");
    }

    private String eval(String script) throws TclException {
        return interp.eval(script).toString();
    }

    private TclException error(String script) {
        return assertThrows(TclException.class, () -> interp.eval(script));
    }

    @Test
    void tclItselfIsProvided() throws TclException {
        assertEquals(PackageManager.TCL_PATCH_LEVEL, eval("package require Tcl 8.5"));
        assertEquals("8.6.13", eval("package present Tcl"));
        assertEquals("version conflict for package \"Tcl\": have 8.6.13, need 9", error("package require Tcl 9")
                .getMessage());
    }

    @Test
    void requireRunsTheBestStableScriptAtGlobalLevel() throws TclException {
        eval("foreach v {1.0 2.0 2.1b1 1.5} {"
                + "package ifneeded p $v [list apply {v {set ::level [info level]; package provide p $v}} $v]}");
        eval("proc req {} {package require p}");
        assertEquals("2.0", eval("req"));
        assertEquals("1", eval("set ::level")); // apply's own level, called from the global level
        assertEquals("2.0", eval("package require p 1-3"));
    }

    @Test
    void preferLatestTakesUnstableVersionsToo() throws TclException {
        eval("foreach v {1.0 2.1b1} {package ifneeded p $v [list package provide p $v]}");
        assertEquals("stable", eval("package prefer"));
        assertEquals("latest", eval("package prefer latest"));
        assertEquals("latest", eval("package prefer stable")); // never back
        assertEquals("2.1b1", eval("package require p"));
    }

    @Test
    void scriptsMustProvideWhatTheyPromised() throws TclException {
        eval("package ifneeded a 1.0 {}; package ifneeded b 1.0 {package provide b 1.1}");
        eval("package ifneeded c 1.0 {package require c}; package ifneeded d 1.0 {package provide d 1.0; return}");
        assertEquals("attempt to provide package a 1.0 failed: no version of package a provided",
                error("package require a").getMessage());
        TclException e = error("package require b");
        assertEquals("attempt to provide package b 1.0 failed: package b 1.1 provided instead", e.getMessage());
        assertTrue(e.errorInfo().contains("(\"package ifneeded b 1.0\" script)"), e.errorInfo());
        assertEquals("circular package dependency: attempt to provide c 1.0 requires c",
                error("package require c").getMessage());
        assertEquals("attempt to provide package d 1.0 failed: bad return code: 2",
                error("package require d").getMessage());
    }

    @Test
    void theUnknownHandlerGetsNameAndRequirements() throws TclException {
        eval("package unknown {apply {args {lappend ::asked $args}}}");
        error("package require x");
        error("package require x 1.2 2-");
        error("package require -exact x 1.5");
        assertEquals("{x 0-} {x 1.2 2-} {x 1.5-1.5}", eval("set ::asked"));
        assertEquals("can't find package x exactly 1.5", error("package require -exact x 1.5").getMessage());
    }

    @Test
    void theUnknownHandlerMayRegisterOrProvide() throws TclException {
        eval("package unknown {apply {{name args} {package ifneeded $name 3.0 [list package provide $name 3.0]}}}");
        assertEquals("3.0", eval("package require made"));
        assertEquals("can't find package made2 4", error("package require made2 4").getMessage());
        eval("package unknown {apply {{name args} {package provide $name 5.0}}}");
        assertEquals("version conflict for package \"direct\": have 5.0, need 6",
                error("package require direct 6").getMessage());
    }

    @Test
    void ifneededVersionsCompareAsVersions() throws TclException {
        eval("package ifneeded v 1 {package provide v 1}; package ifneeded v 1.0 {package provide v 1.0}");
        assertEquals("1", eval("package versions v"));
        assertEquals("package provide v 1.0", eval("package ifneeded v 1.0.0"));
        assertEquals("1.0", eval("package require v"));
    }
}
