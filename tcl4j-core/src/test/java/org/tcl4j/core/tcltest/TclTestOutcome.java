package org.tcl4j.core.tcltest;

/**
 * What one Tcl {@code test} command reported through
 * {@code ::tcltest::ReportHook}: its name, whether it passed, failed or was
 * skipped, and the failure report as tcltest prints it (or the constraint
 * that skipped it).
 */
public record TclTestOutcome(String name, Status status, String message) {
    /** The three ways a test ends. */
    public enum Status {
        PASSED, FAILED, SKIPPED;

        /** The status word tcltest passes to ReportHook. */
        static Status of(String word) {
            return switch (word) {
                case "passed" -> PASSED;
                case "failed" -> FAILED;
                case "skipped" -> SKIPPED;
                default -> throw new IllegalArgumentException("unknown test status " + word);
            };
        }
    }
}
