package org.tcl4j.core.cmd;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * {@code scan string format ?varName ...?}: the inverse of {@code format}.
 *
 * <p>Conversions {@code d i u o x X b c s e f g E G [set] n}, each with an
 * optional {@code *} (scan but do not store), positional {@code n$}, width,
 * and size ({@code h}/{@code l} ignored, {@code ll}/{@code L} for integers of
 * any size). Blanks in the format skip blanks in the input; other characters
 * must match. With variables the result is the number of fields stored, or
 * -1 when the input ended before the first one; without variables it is the
 * list of values ({@code {}} for fields not reached), or empty when the
 * input ended before the first one.
 *
 * <p>The format is checked completely before any input is read, so format
 * errors are reported regardless of the input.
 */
final class ScanCmd {
    private ScanCmd() {
    }

    /** One piece of a parsed format. */
    private static final class Item {
        /** 0 for a literal character, ' ' for "skip blanks", else the conversion character. */
        char conv;
        char literal;
        boolean suppress;
        boolean big;
        int width;
        /** Index of the variable or list slot the value goes to, -1 when suppressed. */
        int slot = -1;
        boolean negated;
        String set;
    }

    private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    static TclValue scan(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 3) {
            throw Args.wrongNum(objv, 1, "string format ?varName ...?");
        }
        String input = objv[1].toString();
        int numVars = objv.length - 3;
        Parsed parsed = parsed(objv[2], numVars);
        List<Item> items = parsed.items;
        int slots = parsed.slotsFor(numVars);

        TclValue[] values = new TclValue[slots];
        int assigned = run(input, items, values);

        if (numVars == 0) {
            if (assigned < 0) {
                return TclValue.EMPTY;
            }
            for (int k = 0; k < slots; k++) {
                if (values[k] == null) {
                    values[k] = TclValue.EMPTY;
                }
            }
            return TclValue.ofList(Arrays.asList(values));
        }
        for (int k = 0; k < slots; k++) {
            if (values[k] != null) {
                interp.setVar(objv[3 + k].toString(), values[k]);
            }
        }
        return TclValue.of(assigned);
    }

    // ------------------------------------------------------------ the format

    /**
     * A format parsed without regard to the number of variables, cached on
     * the format value. Only checks that depend on the variable count are
     * left for each call.
     */
    private static final class Parsed {
        final List<Item> items = new ArrayList<>();
        int maxSlot;
        int sequentialFields;
        int usedSlots;
        boolean xpg;

        int slotsFor(int numVars) throws TclException {
            if (numVars == 0) {
                return maxSlot;
            }
            for (Item it : items) {
                if (xpg && it.slot >= numVars) {
                    throw indexRange();
                }
            }
            if (!xpg && sequentialFields > numVars) {
                throw new TclException("different numbers of variable names and field specifiers",
                        "TCL FORMAT FIELDVARMISMATCH");
            }
            if (usedSlots < numVars || maxSlot < numVars) {
                throw new TclException("variable is not assigned by any conversion specifiers",
                        "TCL FORMAT UNASSIGNED");
            }
            return numVars;
        }
    }

    private static Parsed parsed(TclValue format, int numVars) throws TclException {
        if (format.rep() instanceof Parsed p) {
            return p;
        }
        Parsed p = new Parsed();
        try {
            parseFormat(format.toString(), 0, p);
        } catch (TclException e) {
            // Report errors in tclsh's order, which depends on the variable count.
            parseFormat(format.toString(), numVars, new Parsed());
            throw e;
        }
        format.setRep(p);
        return p;
    }

    private static TclException indexRange() {
        return new TclException("\"%n$\" argument index out of range", "TCL FORMAT INDEXRANGE");
    }

    /** Parses and validates the format into {@code p}, checking indices against {@code numVars} when > 0. */
    private static void parseFormat(String fmt, int numVars, Parsed p) throws TclException {
        List<Item> items = p.items;
        int n = fmt.length();
        int i = 0;
        int nextSlot = 0;
        boolean gotXpg = false;
        boolean gotSequential = false;
        int maxSlot = 0;
        List<Integer> used = new ArrayList<>();
        while (i < n) {
            char ch = fmt.charAt(i++);
            if (ch != '%' || (i < n && fmt.charAt(i) == '%')) {
                Item lit = new Item();
                if (ch == '%') {
                    i++;
                }
                if (StringIsCmd.isSpace(ch)) {
                    lit.conv = ' ';
                } else {
                    lit.literal = ch;
                }
                items.add(lit);
                continue;
            }
            Item it = new Item();
            if (i < n && fmt.charAt(i) == '*') {
                it.suppress = true;
                i++;
            }
            int j = i;
            while (j < n && isDigit(fmt.charAt(j))) {
                j++;
            }
            if (!it.suppress && j > i && j < n && fmt.charAt(j) == '$') {
                if (gotSequential) {
                    throw mixError();
                }
                gotXpg = true;
                long index = parseDigits(fmt, i, j);
                if (index < 1 || (numVars > 0 && index > numVars) || index > Integer.MAX_VALUE - 8) {
                    throw indexRange();
                }
                it.slot = (int) index - 1;
                i = j + 1;
                j = i;
                while (j < n && isDigit(fmt.charAt(j))) {
                    j++;
                }
            } else if (!it.suppress) {
                if (gotXpg) {
                    throw mixError();
                }
                gotSequential = true;
                it.slot = nextSlot++;
            }
            boolean widthGiven = j > i;
            it.width = widthGiven ? (int) Math.min(Integer.MAX_VALUE, parseDigits(fmt, i, j)) : 0;
            i = j;
            boolean sized = false;
            if (i < n) {
                char s = fmt.charAt(i);
                if (s == 'h' || s == 'L') {
                    sized = true;
                    it.big = s == 'L';
                    i++;
                } else if (s == 'l') {
                    sized = true;
                    i++;
                    if (i < n && fmt.charAt(i) == 'l') {
                        it.big = true;
                        i++;
                    }
                }
            }
            char conv = i < n ? fmt.charAt(i++) : '\0';
            switch (conv) {
                case 'c' -> {
                    if (widthGiven) {
                        throw new TclException("field width may not be specified in %c conversion",
                                "TCL FORMAT BADWIDTH");
                    }
                    if (sized) {
                        throw new TclException("field size modifier may not be specified in %c conversion",
                                "TCL FORMAT BADSIZE");
                    }
                }
                case 'u' -> {
                    if (it.big) {
                        throw new TclException("unsigned bignum scans are invalid", "TCL FORMAT BADUNSIGNED");
                    }
                }
                case '[' -> i = parseSet(fmt, i, it);
                case 'd', 'i', 'o', 'x', 'X', 'b', 's', 'n', 'e', 'f', 'g', 'E', 'G' -> {
                }
                default -> throw new TclException("bad scan conversion character \"" + conv + "\"",
                        "TCL FORMAT BADTYPE");
            }
            it.conv = conv;
            if (it.slot >= 0) {
                if (used.contains(it.slot) && gotXpg) {
                    throw new TclException("variable is assigned by multiple \"%n$\" conversion specifiers",
                            "TCL FORMAT POLYASSIGNED");
                }
                used.add(it.slot);
                maxSlot = Math.max(maxSlot, it.slot + 1);
            }
            items.add(it);
        }
        p.maxSlot = maxSlot;
        p.sequentialFields = nextSlot;
        p.usedSlots = used.size();
        p.xpg = gotXpg;
    }

    /** Parses the set after "%[" (at {@code i}); returns the index after the closing ']'. */
    private static int parseSet(String fmt, int i, Item it) throws TclException {
        int n = fmt.length();
        if (i < n && fmt.charAt(i) == '^') {
            it.negated = true;
            i++;
        }
        int start = i;
        if (i < n && fmt.charAt(i) == ']') {
            i++; // a ']' first is a member
        }
        while (i < n && fmt.charAt(i) != ']') {
            i++;
        }
        if (i >= n) {
            throw new TclException("unmatched [ in format string", "TCL FORMAT BRACKET");
        }
        it.set = fmt.substring(start, i);
        return i + 1;
    }

    private static boolean inSet(Item it, char c) {
        String set = it.set;
        int n = set.length();
        boolean found = false;
        for (int k = 0; k < n && !found; k++) {
            char a = set.charAt(k);
            if (k + 2 < n && set.charAt(k + 1) == '-') {
                char b = set.charAt(k + 2);
                found = (a <= c && c <= b) || (b <= c && c <= a);
                k += 2;
            } else {
                found = a == c;
            }
        }
        return found != it.negated;
    }

    private static TclException mixError() {
        return new TclException("cannot mix \"%\" and \"%n$\" conversion specifiers", "TCL FORMAT MIXEDSPECTYPES");
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static long parseDigits(String s, int from, int to) {
        long v = 0;
        for (int k = from; k < to; k++) {
            v = Math.min((long) Integer.MAX_VALUE + 1, v * 10 + (s.charAt(k) - '0'));
        }
        return v;
    }

    // -------------------------------------------------------------- scanning

    /** Outcome of reading one field when nothing could be stored. */
    private static final int FAIL = -1, UNDERFLOW = -2;

    /**
     * Runs the parsed format over the input. Returns the number of stored
     * fields, or -1 when the input ran out before any field was stored.
     */
    private static int run(String s, List<Item> items, TclValue[] values) {
        int pos = 0;
        int n = s.length();
        int assigned = 0;
        boolean underflow = false;
        TclValue[] out = new TclValue[1];
        scanning:
        for (Item it : items) {
            switch (it.conv) {
                case 0 -> {
                    if (pos >= n) {
                        underflow = true;
                        break scanning;
                    }
                    if (s.charAt(pos) != it.literal) {
                        break scanning;
                    }
                    pos++;
                    continue;
                }
                case ' ' -> {
                    pos = skipSpace(s, pos);
                    continue;
                }
                case 'n' -> {
                    if (!it.suppress) {
                        values[it.slot] = TclValue.of(pos);
                        assigned++;
                    }
                    continue;
                }
                default -> {
                }
            }
            if (it.conv != 'c' && it.conv != '[') {
                pos = skipSpace(s, pos);
            }
            if (pos >= n) {
                underflow = true;
                break;
            }
            int limit = it.width > 0 ? (int) Math.min(n, (long) pos + it.width) : n;
            int end;
            switch (it.conv) {
                case 'c' -> {
                    out[0] = TclValue.of(s.charAt(pos));
                    end = pos + 1;
                }
                case 's' -> {
                    end = pos;
                    while (end < limit && !StringIsCmd.isSpace(s.charAt(end))) {
                        end++;
                    }
                    out[0] = TclValue.of(s.substring(pos, end));
                }
                case '[' -> {
                    end = pos;
                    while (end < limit && inSet(it, s.charAt(end))) {
                        end++;
                    }
                    if (end == pos) {
                        end = FAIL;
                    } else {
                        out[0] = TclValue.of(s.substring(pos, end));
                    }
                }
                case 'e', 'f', 'g', 'E', 'G' -> end = scanReal(s, pos, limit, out);
                default -> end = scanInteger(s, pos, limit, it, out);
            }
            if (end == UNDERFLOW) {
                underflow = true;
                break;
            }
            if (end == FAIL) {
                break;
            }
            pos = end;
            if (!it.suppress) {
                values[it.slot] = out[0];
                assigned++;
            }
        }
        return underflow && assigned == 0 ? -1 : assigned;
    }

    private static int skipSpace(String s, int pos) {
        while (pos < s.length() && StringIsCmd.isSpace(s.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    /** No number was found: running out of text is an underflow, anything else a mismatch. */
    private static int noNumber(int stop, int limit) {
        return stop >= limit ? UNDERFLOW : FAIL;
    }

    /**
     * Integer conversions. Without ll/L a value beyond 64 bits saturates and
     * one within 64 unsigned bits wraps, as C's strtoull; %u shows the 64
     * bits unsigned.
     */
    private static int scanInteger(String s, int pos, int limit, Item it, TclValue[] out) {
        int i = pos;
        boolean negative = false;
        if (i < limit && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int radix;
        switch (it.conv) {
            case 'o' -> radix = 8;
            case 'x', 'X' -> {
                radix = 16;
                i = skipPrefix(s, i, limit, 'x', 16);
            }
            case 'b' -> {
                radix = 2;
                i = skipPrefix(s, i, limit, 'b', 2);
            }
            case 'i' -> {
                int after = skipPrefix(s, i, limit, 'x', 16);
                if (after > i) {
                    radix = 16;
                    i = after;
                } else if (i < limit && s.charAt(i) == '0') {
                    radix = 8;
                } else {
                    radix = 10;
                }
            }
            default -> radix = 10;
        }
        int start = i;
        while (i < limit && s.charAt(i) < 128 && Character.digit(s.charAt(i), radix) >= 0) {
            i++;
        }
        if (i == start) {
            return noNumber(i, limit);
        }
        BigInteger mag = new BigInteger(s.substring(start, i), radix);
        BigInteger value = negative ? mag.negate() : mag;
        if (it.big) {
            out[0] = TclValue.of(value);
            return i;
        }
        long v;
        if (mag.compareTo(U64_MAX) > 0) {
            v = negative ? Long.MIN_VALUE : Long.MAX_VALUE;
        } else {
            v = mag.longValue();
            if (negative) {
                v = -v;
            }
        }
        out[0] = it.conv == 'u' && v < 0 ? TclValue.of(new BigInteger(Long.toUnsignedString(v))) : TclValue.of(v);
        return i;
    }

    /** Skips "0x" (or "0b") when a digit of the radix follows it. */
    private static int skipPrefix(String s, int i, int limit, char letter, int radix) {
        if (i + 2 < limit && s.charAt(i) == '0' && Character.toLowerCase(s.charAt(i + 1)) == letter
                && s.charAt(i + 2) < 128 && Character.digit(s.charAt(i + 2), radix) >= 0) {
            return i + 2;
        }
        return i;
    }

    /** Reals: sign, digits, fraction, exponent, or Inf/Infinity (not NaN, not hex). */
    private static int scanReal(String s, int pos, int limit, TclValue[] out) {
        int i = pos;
        boolean negative = false;
        if (i < limit && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        if (i < limit && (s.charAt(i) == 'i' || s.charAt(i) == 'I')) {
            int matched = matchWord(s, i, limit, "infinity");
            if (matched >= 3) {
                int end = i + (matched == 8 ? 8 : 3);
                out[0] = TclValue.of(negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
                return end;
            }
            return i + matched >= limit ? UNDERFLOW : FAIL;
        }
        int digitsStart = i;
        while (i < limit && isDigit(s.charAt(i))) {
            i++;
        }
        int mantissaDigits = i - digitsStart;
        if (i < limit && s.charAt(i) == '.') {
            int k = i + 1;
            while (k < limit && isDigit(s.charAt(k))) {
                k++;
            }
            mantissaDigits += k - i - 1;
            if (mantissaDigits > 0) {
                i = k;
            } else {
                return k >= limit ? UNDERFLOW : FAIL;
            }
        }
        if (mantissaDigits == 0) {
            return noNumber(i, limit);
        }
        int end = i;
        if (i < limit && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int k = i + 1;
            if (k < limit && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
                k++;
            }
            int expStart = k;
            while (k < limit && isDigit(s.charAt(k))) {
                k++;
            }
            if (k > expStart) {
                end = k;
            }
        }
        out[0] = TclValue.of(Double.parseDouble(s.substring(pos, end)));
        return end;
    }

    /** How many characters of {@code word} match at {@code i} (case-insensitively). */
    private static int matchWord(String s, int i, int limit, String word) {
        int k = 0;
        while (k < word.length() && i + k < limit && Character.toLowerCase(s.charAt(i + k)) == word.charAt(k)) {
            k++;
        }
        return k;
    }
}
