package org.tcl4j.core.cmd;

import java.util.LinkedHashMap;
import java.util.Map;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * Tcl regular expressions for every command that takes one
 * ({@code regexp}, {@code regsub}, {@code lsearch -regexp},
 * {@code switch -regexp}, {@code array names -regexp}, ...).
 *
 * <p>A compiled expression is cached as the internal representation of the
 * pattern value (when that value has no other internal form worth keeping)
 * and in a small process-wide LRU keyed by text and flags, like Tcl's
 * per-thread regexp cache, so a pattern built anew each time is not
 * recompiled either.
 */
public final class Regexps {
    private Regexps() {
    }

    private record Key(String source, int flags) {
    }

    private static final int CACHE_SIZE = 128;
    private static final Map<Key, TclRegex> CACHE = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, TclRegex> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /**
     * The compiled form of {@code pattern} under {@code flags}
     * ({@link TclRegex#ICASE}, {@link TclRegex#EXPANDED},
     * {@link TclRegex#LINESTOP}, {@link TclRegex#LINEANCHOR}).
     *
     * @throws TclException with tclsh's "couldn't compile regular expression pattern: ..." message
     */
    public static TclRegex compile(TclValue pattern, int flags) throws TclException {
        Object rep = pattern.rep();
        if (rep instanceof TclRegex r && r.flags() == flags) {
            return r;
        }
        TclRegex r = compile(pattern.toString(), flags);
        if (rep == null || rep instanceof TclRegex) {
            pattern.setRep(r);
        }
        return r;
    }

    /** The compiled form of a pattern given as text (cached by text and flags). */
    public static TclRegex compile(String pattern, int flags) throws TclException {
        Key key = new Key(pattern, flags);
        synchronized (CACHE) {
            TclRegex r = CACHE.get(key);
            if (r != null) {
                return r;
            }
        }
        TclRegex r = TclRegex.compile(pattern, flags);
        synchronized (CACHE) {
            CACHE.put(key, r);
        }
        return r;
    }

    /**
     * Does {@code pattern} match anywhere in {@code s}? This is what
     * {@code lsearch -regexp}, {@code switch -regexp} and
     * {@code array names -regexp} ask.
     *
     * @param interp unused today; kept so callers need not change if errors
     *               ever need the interpreter
     */
    public static boolean matches(Interp interp, TclValue pattern, String s, boolean nocase) throws TclException {
        return find(compile(pattern, nocase ? TclRegex.ICASE : 0), s, 0) != null;
    }

    /** {@link #matches(Interp, TclValue, String, boolean)} with the pattern as text. */
    public static boolean matches(Interp interp, String pattern, String s, boolean nocase) throws TclException {
        return find(compile(pattern, nocase ? TclRegex.ICASE : 0), s, 0) != null;
    }

    /**
     * The first match at or after {@code offset}: absolute start/end pairs
     * for the match and each group (-1 when a group took no part), or null.
     */
    public static int[] find(TclRegex re, String s, int offset) throws TclException {
        return find(re.scan(s), offset);
    }

    /** {@link #find(TclRegex, String, int)} for repeated matching of one string. */
    public static int[] find(TclRegex.Scan scan, int offset) throws TclException {
        return find(scan, offset, offset > 0 && scan.text().charAt(offset - 1) != '\n');
    }

    /** {@link #find(TclRegex.Scan, int)} with REG_NOTBOL (may {@code ^} match at the offset?) given. */
    public static int[] find(TclRegex.Scan scan, int offset, boolean notBol) throws TclException {
        try {
            return scan.exec(offset, notBol);
        } catch (TclRegex.RegexTooComplex e) {
            throw new TclException("couldn't execute regular expression: " + e.getMessage(), "REGEXP REG_ESPACE");
        }
    }
}
