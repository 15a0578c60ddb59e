package org.tcl4j.core.pkg;

import org.tcl4j.core.TclException;

/**
 * A package version number as Tcl 8.6 reads it: groups of decimal digits
 * separated by {@code .}, with at most one {@code a} (alpha) or {@code b}
 * (beta) separator marking an unstable version ({@code 8.6b1}, {@code 2a3}).
 *
 * <p>For comparison a version is a sequence that alternates numbers and
 * separators, {@code .} counting as 0, {@code b} as -1 and {@code a} as -2;
 * a shorter sequence is padded with zeros. So {@code 1 == 1.0},
 * {@code 2a1 < 2b0 < 2.0}, and {@code 1.01 == 1.1}. Numbers may be longer
 * than any machine integer; they are compared as digit strings.
 */
public final class Version implements Comparable<Version> {
    /** Separator values at odd positions. */
    private static final int DOT = 0;
    private static final int BETA = -1;
    private static final int ALPHA = -2;

    private final String text;
    /** Numbers, leading zeros stripped ("0" for zero). */
    private final String[] numbers;
    /** separators[i] sits between numbers[i] and numbers[i+1]. */
    private final int[] separators;
    private final boolean stable;

    private Version(String text, String[] numbers, int[] separators, boolean stable) {
        this.text = text;
        this.numbers = numbers;
        this.separators = separators;
        this.stable = stable;
    }

    /** Parses a version, with tclsh's {@code expected version number but got "x"}. */
    public static Version parse(String s) throws TclException {
        Version v = tryParse(s);
        if (v == null) {
            throw notAVersion(s);
        }
        return v;
    }

    /** True when {@code s} is a valid version number. */
    public static boolean isValid(String s) {
        return tryParse(s) != null;
    }

    static TclException notAVersion(String s) {
        return new TclException("expected version number but got \"" + s + "\"", "TCL VALUE VERSION");
    }

    private static Version tryParse(String s) {
        int n = s.length();
        if (n == 0 || !isDigit(s.charAt(0))) {
            return null;
        }
        int groups = 1;
        boolean unstable = false;
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                continue;
            }
            if (c != '.' && c != 'a' && c != 'b') {
                return null;
            }
            // a separator must follow a digit, and only one a/b is allowed
            if (!isDigit(s.charAt(i - 1)) || (c != '.' && unstable)) {
                return null;
            }
            unstable |= c != '.';
            groups++;
        }
        if (!isDigit(s.charAt(n - 1))) {
            return null;
        }
        String[] numbers = new String[groups];
        int[] seps = new int[groups - 1];
        int g = 0;
        int start = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? s.charAt(i) : '.';
            if (!isDigit(c)) {
                numbers[g] = stripZeros(s, start, i);
                if (i < n) {
                    seps[g] = c == '.' ? DOT : c == 'b' ? BETA : ALPHA;
                }
                g++;
                start = i + 1;
            }
        }
        return new Version(s, numbers, seps, !unstable);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String stripZeros(String s, int from, int to) {
        while (from < to - 1 && s.charAt(from) == '0') {
            from++;
        }
        return s.substring(from, to);
    }

    /** The text this version was parsed from. */
    @Override
    public String toString() {
        return text;
    }

    /** True for a version without {@code a} or {@code b}. */
    public boolean isStable() {
        return stable;
    }

    /** This version followed by {@code a0}: the lowest pre-release of a stable version. */
    Version withAlphaZero() {
        String[] nums = new String[numbers.length + 1];
        System.arraycopy(numbers, 0, nums, 0, numbers.length);
        nums[numbers.length] = "0";
        int[] seps = new int[separators.length + 1];
        System.arraycopy(separators, 0, seps, 0, separators.length);
        seps[separators.length] = ALPHA;
        return new Version(text + "a0", nums, seps, false);
    }

    @Override
    public int compareTo(Version o) {
        int d = diff(o);
        return d == 0 ? 0 : d > 0 ? 1 : -1;
    }

    /**
     * Compares with {@code o}: zero when equal, otherwise a value whose sign
     * is the order and whose magnitude is 2 when the first number (the major
     * version) already differs, 1 otherwise.
     */
    int diff(Version o) {
        int len = Math.max(numbers.length, o.numbers.length);
        for (int i = 0; i < len; i++) {
            if (i > 0) {
                int a = i - 1 < separators.length ? separators[i - 1] : DOT;
                int b = i - 1 < o.separators.length ? o.separators[i - 1] : DOT;
                if (a != b) {
                    return a < b ? -1 : 1;
                }
            }
            int c = compareDigits(i < numbers.length ? numbers[i] : "0", i < o.numbers.length ? o.numbers[i] : "0");
            if (c != 0) {
                return i == 0 ? 2 * c : c;
            }
        }
        return 0;
    }

    private static int compareDigits(String a, String b) {
        if (a.length() != b.length()) {
            return a.length() < b.length() ? -1 : 1;
        }
        int c = a.compareTo(b);
        return c == 0 ? 0 : c < 0 ? -1 : 1;
    }

    /** Equal in Tcl's sense ({@code 1.0} equals {@code 1}). */
    public boolean sameAs(Version o) {
        return diff(o) == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Version v && diff(v) == 0;
    }

    @Override
    public int hashCode() {
        // trailing ".0" groups do not change the value, so they must not change the hash
        int end = numbers.length;
        while (end > 1 && numbers[end - 1].equals("0") && separators[end - 2] == DOT) {
            end--;
        }
        int h = 1;
        for (int i = 0; i < end; i++) {
            h = 31 * h + numbers[i].hashCode();
            if (i < end - 1) {
                h = 31 * h + separators[i];
            }
        }
        return h;
    }
}
