package org.tcl4j.core.pkg;

import java.util.List;

import org.tcl4j.core.TclException;

/**
 * A version requirement of {@code package require} and
 * {@code package vsatisfies}:
 * <ul>
 * <li>{@code min}: at least {@code min}, same major version;</li>
 * <li>{@code min-}: at least {@code min};</li>
 * <li>{@code min-max}: at least {@code min}, below {@code max}; when
 * {@code min} and {@code max} are equal versions, exactly that version.</li>
 * </ul>
 * A stable bound stands for its lowest pre-release ({@code 2} means
 * {@code 2a0}), so {@code 2a1} satisfies {@code 2} and {@code 1-2} excludes
 * {@code 2b1}.
 */
public final class Requirement {
    private final String text;
    private final Version min;
    /** Null for "min" and "min-". */
    private final Version max;
    private final boolean openEnded;
    /** Made by {@code -exact}. */
    private boolean exact;
    private final Version low;
    private final Version high;

    private Requirement(String text, Version min, Version max, boolean openEnded) {
        this.text = text;
        this.min = min;
        this.max = max;
        this.openEnded = openEnded;
        this.low = min.isStable() ? min.withAlphaZero() : min;
        this.high = max == null ? null : max.isStable() ? max.withAlphaZero() : max;
    }

    /** Parses a requirement with tclsh's messages. */
    public static Requirement parse(String s) throws TclException {
        int dash = s.indexOf('-');
        if (dash < 0) {
            return new Requirement(s, Version.parse(s), null, false);
        }
        if (s.indexOf('-', dash + 1) >= 0) {
            throw new TclException("expected versionMin-versionMax but got \"" + s + "\"", "TCL VALUE VERSIONRANGE");
        }
        Version min = Version.parse(s.substring(0, dash));
        String maxText = s.substring(dash + 1);
        if (maxText.isEmpty()) {
            return new Requirement(s, min, null, true);
        }
        return new Requirement(s, min, Version.parse(maxText), false);
    }

    /** The exact-version requirement that {@code -exact v} stands for ({@code v-v}). */
    public static Requirement exactly(Version v) {
        Requirement r = new Requirement(v + "-" + v, v, v, false);
        r.exact = true;
        return r;
    }

    public boolean isSatisfiedBy(Version v) {
        if (max != null) {
            if (min.sameAs(max)) {
                return v.sameAs(min);
            }
            return v.compareTo(low) >= 0 && v.compareTo(high) < 0;
        }
        if (openEnded) {
            return v.compareTo(low) >= 0;
        }
        int d = v.diff(low);
        return d >= 0 && d != 2;
    }

    /** True when {@code v} satisfies at least one of {@code reqs} (or there are none). */
    public static boolean anySatisfied(Version v, List<Requirement> reqs) {
        if (reqs.isEmpty()) {
            return true;
        }
        for (Requirement r : reqs) {
            if (r.isSatisfiedBy(v)) {
                return true;
            }
        }
        return false;
    }

    /** As tclsh shows it in messages: {@code v-v} (same text both sides) reads "exactly v". */
    public String describe() {
        if (max != null && min.toString().equals(max.toString())) {
            return "exactly " + min;
        }
        return text;
    }

    /**
     * The version as the user typed it, for "package x 1.0 is not present":
     * the version after {@code -exact}, a plain version requirement, or
     * null for a range (tclsh names no version then).
     */
    public String typedVersion() {
        if (exact) {
            return min.toString();
        }
        return text.indexOf('-') < 0 ? text : null;
    }

    /** The requirement as written (as the package unknown handler receives it). */
    @Override
    public String toString() {
        return text;
    }

    /** Requirements as tclsh lists them in messages, space separated. */
    public static String describeAll(List<Requirement> reqs) {
        StringBuilder sb = new StringBuilder();
        for (Requirement r : reqs) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(r.describe());
        }
        return sb.toString();
    }
}
