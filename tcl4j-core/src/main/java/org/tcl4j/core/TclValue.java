package org.tcl4j.core;

import java.math.BigInteger;
import java.util.List;

/**
 * A Tcl value: a string representation plus at most one cached internal
 * representation, converted lazily (Tcl's {@code Tcl_Obj}).
 *
 * <p>Values are semantically immutable: the string never changes once known,
 * and the internal representation is only a cache of what the string means
 * (a parsed list, a number, a compiled script...). Replacing the cache with
 * another interpretation of the same string is "shimmering" and is allowed.
 * Either the string or the internal representation may be absent, never both.
 *
 * <p>Internal representations in use: {@link Long}, {@link BigInteger},
 * {@link Double}, {@link Boolean} (only from {@link #of(boolean)}),
 * {@link TclList}, {@link TclDict}, and opaque compiled forms owned by the
 * parser and the expression compiler.
 */
public final class TclValue {
    /** The empty string, shared. */
    public static final TclValue EMPTY = new TclValue("", null);
    private static final TclValue[] SMALL_INTS = new TclValue[1024 + 128];
    static {
        for (int i = 0; i < SMALL_INTS.length; i++) {
            SMALL_INTS[i] = new TclValue(null, (long) (i - 128));
        }
    }
    public static final TclValue ZERO = of(0);
    public static final TclValue ONE = of(1);

    private String string;
    private Object rep;

    private TclValue(String string, Object rep) {
        this.string = string;
        this.rep = rep;
    }

    public static TclValue of(String s) {
        return s.isEmpty() ? EMPTY : new TclValue(s, null);
    }

    public static TclValue of(long v) {
        if (v >= -128 && v < SMALL_INTS.length - 128) {
            return SMALL_INTS[(int) v + 128];
        }
        return new TclValue(null, v);
    }

    /** An integer value from an already boxed Long (kept as the rep, not boxed again). */
    public static TclValue ofLong(Long v) {
        long l = v;
        if (l >= -128 && l < SMALL_INTS.length - 128) {
            return SMALL_INTS[(int) l + 128];
        }
        return new TclValue(null, v);
    }

    /** A double value from an already boxed Double (kept as the rep, not boxed again). */
    public static TclValue ofDouble(Double v) {
        return new TclValue(null, v);
    }

    /** An integer value; normalized to a Long when it fits. */
    public static TclValue of(BigInteger v) {
        if (v.bitLength() < 64) {
            return of(v.longValue());
        }
        return new TclValue(null, v);
    }

    public static TclValue of(double v) {
        return new TclValue(null, v);
    }

    /** Binary data as Tcl holds it: one character (0..255) per byte. */
    public static TclValue ofBytes(byte[] b, int off, int len) {
        return of(new String(b, off, len, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** The bytes of a binary value: the low 8 bits of each character, as Tcl's byte arrays. */
    @SuppressWarnings("deprecation")
    public byte[] asBytes() {
        String s = toString();
        byte[] out = new byte[s.length()];
        s.getBytes(0, s.length(), out, 0);
        return out;
    }

    /** Tcl booleans produced by commands are the integers 1 and 0. */
    public static TclValue of(boolean b) {
        return b ? ONE : ZERO;
    }

    public static TclValue ofList(List<TclValue> items) {
        return new TclValue(items.isEmpty() ? "" : null, new TclList(items));
    }

    public static TclValue ofList(TclValue... items) {
        return new TclValue(null, new TclList(List.of(items)));
    }

    public static TclValue ofList(TclList list) {
        return new TclValue(null, list);
    }

    public static TclValue ofDict(TclDict dict) {
        return new TclValue(null, dict);
    }

    /** A value known only by an internal form that can produce its string when asked. */
    public static TclValue lazy(StringGenerator rep) {
        return new TclValue(null, rep);
    }

    /** A value with both forms known; the caller guarantees they agree. */
    public static TclValue of(String s, Object rep) {
        return new TclValue(s, rep);
    }

    /** The string representation, generated from the internal form on first use. */
    @Override
    public String toString() {
        String s = string;
        if (s == null) {
            s = string = StringRep.of(rep);
        }
        return s;
    }

    /** True when the string form is already known (no generation needed). */
    public boolean hasString() {
        return string != null;
    }

    /** The cached internal representation, or null. */
    public Object rep() {
        return rep;
    }

    /**
     * Replaces the cached internal representation. Before dropping a rep
     * that is the only source of the string, the string is generated.
     */
    public void setRep(Object newRep) {
        if (string == null) {
            toString();
        }
        rep = newRep;
    }

    /** Is the value the empty string? Cheap for lists and numbers. */
    public boolean isEmpty() {
        if (string != null) {
            return string.isEmpty();
        }
        if (rep instanceof TclList l) {
            return l.size() == 0;
        }
        if (rep instanceof TclDict d) {
            return d.size() == 0;
        }
        return toString().isEmpty();
    }

    // ------------------------------------------------------------ conversions

    /** This value as a list, parsing and caching on first use. */
    public TclList asList() throws TclException {
        Object r = rep;
        if (r instanceof TclList l) {
            return l;
        }
        if (r instanceof TclDict d) {
            TclList l = d.toList();
            return l;
        }
        TclList l = TclList.parse(toString());
        rep = l;
        return l;
    }

    /** This value as a dict. */
    public TclDict asDict() throws TclException {
        Object r = rep;
        if (r instanceof TclDict d) {
            return d;
        }
        TclDict d = TclDict.fromList(asList());
        setRep(d);
        return d;
    }

    /** Long, BigInteger or Double; null when the value is not a number. */
    public Number asNumber() {
        Object r = rep;
        if (r instanceof Long || r instanceof Double || r instanceof BigInteger) {
            return (Number) r;
        }
        if (r instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        Number n = Numbers.parse(toString());
        if (n != null) {
            setRep(n);
        }
        return n;
    }

    /** An integer of any size: Long or BigInteger. */
    public Number asInteger() throws TclException {
        Number n = asNumber();
        if (n instanceof Long || n instanceof BigInteger) {
            return n;
        }
        throw notAn("integer");
    }

    public long asLong() throws TclException {
        Object r = rep;
        if (r instanceof Long l) {
            return l;
        }
        Number n = asInteger();
        if (n instanceof BigInteger b) {
            if (b.bitLength() <= 64) {
                return b.longValue(); // Tcl wraps unsigned 64-bit values
            }
            throw new TclException("integer value too large to represent", "ARITH IOVERFLOW {integer value too large to represent}");
        }
        return n.longValue();
    }

    public int asInt() throws TclException {
        long l = asLong();
        if (l < Integer.MIN_VALUE || l > 0xFFFFFFFFL) {
            throw new TclException("integer value too large to represent", "ARITH IOVERFLOW {integer value too large to represent}");
        }
        return (int) l;
    }

    public double asDouble() throws TclException {
        Object r = rep;
        if (r instanceof Double d) {
            return d;
        }
        Number n = asNumber();
        if (n == null) {
            throw notAn("floating-point number");
        }
        return n.doubleValue();
    }

    public boolean asBoolean() throws TclException {
        Object r = rep;
        if (r instanceof Boolean b) {
            return b;
        }
        if (r instanceof Long l) {
            return l != 0;
        }
        Boolean b = parseBoolean(toString());
        if (b != null) {
            return b;
        }
        Number n = asNumber();
        if (n instanceof Double d) {
            if (d.isNaN()) {
                throw new TclException("expected boolean value but got \"" + this + "\"", "TCL VALUE NUMBER");
            }
            return d != 0;
        }
        if (n instanceof BigInteger bi) {
            return bi.signum() != 0;
        }
        throw new TclException("expected boolean value but got \"" + this + "\"", "TCL VALUE NUMBER");
    }

    /** The Tcl boolean words (with unique prefixes); null for anything else. */
    public static Boolean parseBoolean(String s) {
        int n = s.length();
        if (n == 0 || n > 5) {
            return null;
        }
        String l = s.toLowerCase();
        switch (l.charAt(0)) {
            case '0':
                return l.equals("0") ? Boolean.FALSE : null;
            case '1':
                return l.equals("1") ? Boolean.TRUE : null;
            case 't':
                return "true".startsWith(l) ? Boolean.TRUE : null;
            case 'f':
                return "false".startsWith(l) ? Boolean.FALSE : null;
            case 'y':
                return "yes".startsWith(l) ? Boolean.TRUE : null;
            case 'n':
                return "no".startsWith(l) ? Boolean.FALSE : null;
            case 'o':
                if (n >= 2 && "on".startsWith(l)) {
                    return Boolean.TRUE;
                }
                if (n >= 2 && "off".startsWith(l)) {
                    return Boolean.FALSE;
                }
                return null;
            default:
                return null;
        }
    }

    private TclException notAn(String what) {
        String s = toString();
        String extra = "";
        if (what.equals("integer") && looksLikeBadOctal(s)) {
            extra = " (looks like invalid octal number)";
        }
        return new TclException("expected " + what + " but got \"" + s + "\"" + extra, "TCL VALUE NUMBER");
    }

    private static boolean looksLikeBadOctal(String s) {
        String t = s.trim();
        if (t.startsWith("-") || t.startsWith("+")) {
            t = t.substring(1);
        }
        if (t.length() < 2 || t.charAt(0) != '0') {
            return false;
        }
        for (int i = 1; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TclValue v && (v == this || v.toString().equals(toString()));
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    /** Helper to turn internal representations into strings. */
    static final class StringRep {
        private StringRep() {
        }

        static String of(Object rep) {
            if (rep instanceof Long l) {
                return Long.toString(l);
            }
            if (rep instanceof Double d) {
                return Numbers.formatDouble(d);
            }
            if (rep instanceof TclList l) {
                return l.format();
            }
            if (rep instanceof TclDict d) {
                return d.format();
            }
            if (rep instanceof BigInteger b) {
                return b.toString();
            }
            if (rep instanceof Boolean b) {
                return b ? "1" : "0";
            }
            if (rep instanceof StringGenerator g) {
                return g.generateString();
            }
            throw new IllegalStateException("no string for internal rep " + rep);
        }
    }

    /** An internal representation that can regenerate its own string. */
    public interface StringGenerator {
        String generateString();
    }
}
