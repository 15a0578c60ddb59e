package org.tcl4j.core.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tcl4j.core.TclException;

/** Version numbers and requirements read and compare as in Tcl 8.6. */
class VersionTest {
    private static int cmp(String a, String b) throws TclException {
        return Version.parse(a).compareTo(Version.parse(b));
    }

    private static boolean sat(String v, String req) throws TclException {
        return Requirement.parse(req).isSatisfiedBy(Version.parse(v));
    }

    @Test
    void trailingZerosAndLeadingZerosDoNotCount() throws TclException {
        assertEquals(0, cmp("1", "1.0"));
        assertEquals(0, cmp("1.0.0", "1"));
        assertEquals(0, cmp("1.01", "1.1"));
        assertEquals(-1, cmp("1.2", "1.10"));
        assertEquals(1, cmp("99999999999999999999", "99999999999999999998"));
    }

    @Test
    void alphaIsBelowBetaIsBelowRelease() throws TclException {
        assertEquals(-1, cmp("2a1", "2b0"));
        assertEquals(-1, cmp("2b9", "2"));
        assertEquals(-1, cmp("2.0a1", "2.0"));
        assertEquals(-1, cmp("1a2", "1.2"));
        assertTrue(Version.parse("8.6b1").isStable() == false);
        assertTrue(Version.parse("8.6.13").isStable());
    }

    @Test
    void malformedVersionsAreRejectedWithTclsMessage() {
        for (String bad : new String[] {"", "x", "1.", ".1", "1..2", "1a", "1a2b3", "1.a2", "1a.2", "1-2", " 1"}) {
            TclException e = assertThrows(TclException.class, () -> Version.parse(bad), bad);
            assertEquals("expected version number but got \"" + bad + "\"", e.getMessage());
            assertEquals("TCL VALUE VERSION", e.errorCode().toString());
        }
        assertTrue(Version.isValid("1.2a3.4"));
    }

    @Test
    void plainRequirementMeansSameMajorAndAtLeast() throws TclException {
        assertTrue(sat("1.5", "1.2"));
        assertFalse(sat("1.1", "1.2"));
        assertFalse(sat("2.0", "1"));
        // a stable bound stands for its first alpha
        assertTrue(sat("8.6b1", "8.6"));
        assertTrue(sat("1a0", "1"));
        assertFalse(sat("8.6a0", "8.6a1"));
    }

    @Test
    void rangesExcludeTheirUpperBoundAndItsPrereleases() throws TclException {
        assertTrue(sat("1.99", "1-2"));
        assertFalse(sat("2.0", "1-2"));
        assertFalse(sat("2a0", "1-2"));
        assertTrue(sat("2a2", "1-2a3"));
        assertFalse(sat("2a3", "1-2a3"));
        assertTrue(sat("9.0", "8.5-"));
        assertFalse(sat("0.9", "1-"));
    }

    @Test
    void equalBoundsMeanExactlyThatVersion() throws TclException {
        assertTrue(sat("2", "2-2"));
        assertTrue(sat("1.0", "1-1.0"));
        assertFalse(sat("2a1", "2-2"));
        assertEquals("exactly 1.0", Requirement.exactly(Version.parse("1.0")).describe());
        assertEquals("exactly 1.0", Requirement.parse("1.0-1.0").describe());
        assertEquals("1-1.0", Requirement.parse("1-1.0").describe());
    }

    @Test
    void anyOfSeveralRequirementsWill() throws TclException {
        Version v = Version.parse("3.1");
        assertTrue(Requirement.anySatisfied(v, List.of(Requirement.parse("2"), Requirement.parse("3-"))));
        assertFalse(Requirement.anySatisfied(v, List.of(Requirement.parse("2"), Requirement.parse("4"))));
        assertTrue(Requirement.anySatisfied(v, List.of()));
    }

    @Test
    void malformedRequirements() {
        TclException e = assertThrows(TclException.class, () -> Requirement.parse("1-2-3"));
        assertEquals("expected versionMin-versionMax but got \"1-2-3\"", e.getMessage());
        assertEquals("TCL VALUE VERSIONRANGE", e.errorCode().toString());
        e = assertThrows(TclException.class, () -> Requirement.parse("-2"));
        assertEquals("expected version number but got \"\"", e.getMessage());
    }
}
