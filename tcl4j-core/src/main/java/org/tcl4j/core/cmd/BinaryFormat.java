package org.tcl4j.core.cmd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.tcl4j.core.Args;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;

/**
 * {@code binary format formatString ?arg ...?}, and the field specifier
 * syntax shared with {@code binary scan}.
 *
 * <p>A field is a type letter, an optional {@code u} (unsigned, for scan),
 * and an optional count (digits or {@code *}); spaces may separate fields.
 * Like tclsh, the format is checked and the arguments are matched to fields
 * first (bad fields, missing arguments, list sizes), and only then are the
 * values converted and written.
 */
final class BinaryFormat {
    private BinaryFormat() {
    }

    /** The count was omitted. */
    static final int NONE = -1;
    /** The count was {@code *}. */
    static final int ALL = -2;

    /** One parsed field. */
    record Field(char type, boolean unsigned, int count) {
    }

    /** Reads the field at {@code pos[0]} (after spaces); null at the end of the format. */
    static Field next(String fmt, int[] pos) throws TclException {
        int i = pos[0];
        int n = fmt.length();
        int start = i;
        while (i < n && fmt.charAt(i) == ' ') {
            i++;
        }
        if (i >= n) {
            pos[0] = i;
            return null;
        }
        char type = fmt.charAt(i++);
        if ("aAbBhHcsStiInwWmfrRdqQxX@".indexOf(type) < 0) {
            // tclsh names the first character of the field, including the spaces before it
            throw new TclException("bad field specifier \"" + fmt.charAt(start) + "\"");
        }
        boolean unsigned = false;
        if (i < n && fmt.charAt(i) == 'u') {
            unsigned = true;
            i++;
        }
        int count = NONE;
        if (i < n && fmt.charAt(i) == '*') {
            count = ALL;
            i++;
        } else if (i < n && fmt.charAt(i) >= '0' && fmt.charAt(i) <= '9') {
            long c = 0;
            while (i < n && fmt.charAt(i) >= '0' && fmt.charAt(i) <= '9') {
                c = Math.min(Integer.MAX_VALUE, c * 10 + (fmt.charAt(i) - '0'));
                i++;
            }
            count = (int) c;
        }
        pos[0] = i;
        return new Field(type, unsigned, count);
    }

    /** Size in bytes of the numeric types; 0 for the others. */
    static int numericSize(char type) {
        return switch (type) {
            case 'c' -> 1;
            case 's', 'S', 't' -> 2;
            case 'i', 'I', 'n', 'f', 'r', 'R' -> 4;
            case 'w', 'W', 'm', 'd', 'q', 'Q' -> 8;
            default -> 0;
        };
    }

    static TclException notEnoughArgs() {
        return new TclException("not enough arguments for all format specifiers");
    }

    /** A field together with the argument (or list elements) it consumes. */
    private record Step(Field field, TclValue arg, List<TclValue> elements) {
    }

    static TclValue format(TclValue[] objv) throws TclException {
        if (objv.length < 3) {
            throw Args.wrongNum(objv, 2, "formatString ?arg ...?");
        }
        String fmt = objv[2].toString();
        // Pass 1: parse the fields and match arguments to them.
        List<Step> steps = new ArrayList<>();
        int[] pos = {0};
        int argi = 3;
        Field f;
        while ((f = next(fmt, pos)) != null) {
            char t = f.type();
            if (t == 'x' || t == 'X' || t == '@') {
                if (t == 'x' && f.count() == ALL) {
                    throw new TclException("cannot use \"*\" in format string with \"x\"");
                }
                if (t == '@' && f.count() == NONE) {
                    throw new TclException("missing count for \"@\" field specifier");
                }
                steps.add(new Step(f, null, null));
                continue;
            }
            if (argi >= objv.length) {
                throw notEnoughArgs();
            }
            TclValue arg = objv[argi++];
            List<TclValue> elements = null;
            if (numericSize(t) > 0 && f.count() != NONE) {
                elements = arg.asList();
                if (f.count() != ALL && f.count() > elements.size()) {
                    throw new TclException("number of elements in list does not match count");
                }
            }
            steps.add(new Step(f, arg, elements));
        }
        // Pass 2: convert and write.
        Buffer out = new Buffer();
        for (Step s : steps) {
            write(out, s);
        }
        return TclValue.ofBytes(out.data, 0, out.length);
    }

    /** A growable byte array with a write cursor that X and @ can move. */
    private static final class Buffer {
        byte[] data = new byte[16];
        int length;
        int cursor;

        void ensure(int size) {
            if (size > data.length) {
                data = Arrays.copyOf(data, Math.max(size, data.length * 2));
            }
        }

        /** Writes one byte at the cursor. */
        void put(int b) {
            ensure(cursor + 1);
            data[cursor++] = (byte) b;
            length = Math.max(length, cursor);
        }

        /** Moves the cursor, filling with NULs when it goes past the end. */
        void moveTo(int at) {
            ensure(at);
            if (at > length) {
                Arrays.fill(data, length, at, (byte) 0);
                length = at;
            }
            cursor = at;
        }
    }

    private static void write(Buffer out, Step s) throws TclException {
        Field f = s.field();
        int count = f.count();
        switch (f.type()) {
            case 'a', 'A' -> {
                byte[] b = s.arg().asBytes();
                int n = count == NONE ? 1 : count == ALL ? b.length : count;
                for (int k = 0; k < n; k++) {
                    out.put(k < b.length ? b[k] : f.type() == 'a' ? 0 : ' ');
                }
            }
            case 'b', 'B' -> writeBits(out, s.arg(), count, f.type() == 'B');
            case 'h', 'H' -> writeHex(out, s.arg(), count, f.type() == 'H');
            case 'x' -> {
                int n = count == NONE ? 1 : count;
                for (int k = 0; k < n; k++) {
                    out.put(0);
                }
            }
            case 'X' -> out.cursor = count == ALL ? 0 : Math.max(0, out.cursor - (count == NONE ? 1 : count));
            case '@' -> out.moveTo(count == ALL ? out.length : count);
            default -> {
                if (s.elements() == null) {
                    writeNumber(out, f.type(), s.arg());
                } else {
                    int n = count == ALL ? s.elements().size() : count;
                    for (int k = 0; k < n; k++) {
                        writeNumber(out, f.type(), s.elements().get(k));
                    }
                }
            }
        }
    }

    private static void writeBits(Buffer out, TclValue arg, int count, boolean highFirst) throws TclException {
        String s = arg.toString();
        int n = count == NONE ? 1 : count == ALL ? s.length() : count;
        int used = Math.min(n, s.length());
        int acc = 0;
        int bits = 0;
        for (int k = 0; k < n; k++) {
            int bit = 0;
            if (k < used) {
                char c = s.charAt(k);
                if (c != '0' && c != '1') {
                    throw new TclException("expected binary string but got \"" + s + "\" instead");
                }
                bit = c - '0';
            }
            acc = highFirst ? acc | (bit << (7 - bits)) : acc | (bit << bits);
            if (++bits == 8) {
                out.put(acc);
                acc = 0;
                bits = 0;
            }
        }
        if (bits > 0) {
            out.put(acc);
        }
    }

    private static void writeHex(Buffer out, TclValue arg, int count, boolean highFirst) throws TclException {
        String s = arg.toString();
        int n = count == NONE ? 1 : count == ALL ? s.length() : count;
        int used = Math.min(n, s.length());
        int acc = 0;
        boolean half = false;
        for (int k = 0; k < n; k++) {
            int nibble = 0;
            if (k < used) {
                char c = s.charAt(k);
                nibble = c < 128 ? Character.digit(c, 16) : -1;
                if (nibble < 0) {
                    throw new TclException("expected hexadecimal string but got \"" + s + "\" instead");
                }
            }
            if (!half) {
                acc = highFirst ? nibble << 4 : nibble;
                half = true;
            } else {
                out.put(highFirst ? acc | nibble : acc | (nibble << 4));
                half = false;
            }
        }
        if (half) {
            out.put(acc);
        }
    }

    private static void writeNumber(Buffer out, char type, TclValue v) throws TclException {
        switch (type) {
            case 'c' -> out.put((int) v.asLong());
            case 's', 't' -> putLittle(out, v.asLong(), 2);
            case 'S' -> putBig(out, v.asLong(), 2);
            case 'i', 'n' -> putLittle(out, v.asLong(), 4);
            case 'I' -> putBig(out, v.asLong(), 4);
            case 'w', 'm' -> putLittle(out, v.asLong(), 8);
            case 'W' -> putBig(out, v.asLong(), 8);
            case 'f', 'r' -> putLittle(out, Float.floatToRawIntBits(toFloat(v.asDouble())), 4);
            case 'R' -> putBig(out, Float.floatToRawIntBits(toFloat(v.asDouble())), 4);
            case 'd', 'q' -> putLittle(out, Double.doubleToRawLongBits(v.asDouble()), 8);
            case 'Q' -> putBig(out, Double.doubleToRawLongBits(v.asDouble()), 8);
            default -> throw new IllegalStateException("not numeric: " + type);
        }
    }

    /** tclsh clamps doubles too large for a float (infinities included) to the largest float. */
    private static float toFloat(double d) {
        if (Math.abs(d) > Float.MAX_VALUE) {
            return d > 0 ? Float.MAX_VALUE : -Float.MAX_VALUE;
        }
        return (float) d;
    }

    private static void putLittle(Buffer out, long v, int size) {
        for (int k = 0; k < size; k++) {
            out.put((int) (v >>> (8 * k)));
        }
    }

    private static void putBig(Buffer out, long v, int size) {
        for (int k = size - 1; k >= 0; k--) {
            out.put((int) (v >>> (8 * k)));
        }
    }

    /** For BinaryScan: a list value from Java values. */
    static TclValue list(List<TclValue> items) {
        return TclValue.ofList(new TclList(items));
    }
}
