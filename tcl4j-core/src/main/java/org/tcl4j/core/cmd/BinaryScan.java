package org.tcl4j.core.cmd;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * {@code binary scan value formatString ?varName ...?}: reads fields from a
 * byte array into variables and returns how many were set. Scanning stops
 * quietly at the first field the data is too short for; a field with no
 * variable left is an error (variables set before it keep their values).
 * Integers are signed unless the field has the {@code u} flag.
 */
final class BinaryScan {
    private BinaryScan() {
    }

    static TclValue scan(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 4) {
            throw Args.wrongNum(objv, 2, "value formatString ?varName ...?");
        }
        byte[] data = objv[2].asBytes();
        String fmt = objv[3].toString();
        int length = data.length;
        int cursor = 0;
        int var = 4;
        int set = 0;
        int[] pos = {0};
        BinaryFormat.Field f;
        scanning:
        while ((f = BinaryFormat.next(fmt, pos)) != null) {
            char t = f.type();
            int count = f.count();
            switch (t) {
                case 'x' -> {
                    if (count == BinaryFormat.ALL) {
                        cursor = length;
                    } else {
                        cursor += count == BinaryFormat.NONE ? 1 : count;
                    }
                    continue;
                }
                case 'X' -> {
                    if (count == BinaryFormat.ALL) {
                        cursor = 0;
                    } else {
                        cursor = Math.max(0, cursor - (count == BinaryFormat.NONE ? 1 : count));
                    }
                    continue;
                }
                case '@' -> {
                    if (count == BinaryFormat.NONE) {
                        throw new TclException("missing count for \"@\" field specifier");
                    }
                    cursor = count == BinaryFormat.ALL ? length : count;
                    continue;
                }
                default -> {
                }
            }
            if (var >= objv.length) {
                throw BinaryFormat.notEnoughArgs();
            }
            int avail = Math.max(0, length - cursor);
            TclValue value;
            switch (t) {
                case 'a', 'A' -> {
                    int n = count == BinaryFormat.NONE ? 1 : count == BinaryFormat.ALL ? avail : count;
                    if (n > avail) {
                        break scanning;
                    }
                    int end = cursor + n;
                    if (t == 'A') {
                        while (end > cursor && (data[end - 1] == ' ' || data[end - 1] == 0)) {
                            end--;
                        }
                    }
                    value = TclValue.ofBytes(data, cursor, end - cursor);
                    cursor += n;
                }
                case 'b', 'B' -> {
                    int n = count == BinaryFormat.NONE ? 1 : count == BinaryFormat.ALL ? avail * 8 : count;
                    if ((n + 7L) / 8 > avail) {
                        break scanning;
                    }
                    StringBuilder sb = new StringBuilder(n);
                    for (int k = 0; k < n; k++) {
                        int b = data[cursor + k / 8];
                        int bit = t == 'b' ? (b >> (k % 8)) & 1 : (b >> (7 - k % 8)) & 1;
                        sb.append((char) ('0' + bit));
                    }
                    value = TclValue.of(sb.toString());
                    cursor += (n + 7) / 8;
                }
                case 'h', 'H' -> {
                    int n = count == BinaryFormat.NONE ? 1 : count == BinaryFormat.ALL ? avail * 2 : count;
                    if ((n + 1L) / 2 > avail) {
                        break scanning;
                    }
                    StringBuilder sb = new StringBuilder(n);
                    for (int k = 0; k < n; k++) {
                        int b = data[cursor + k / 2];
                        boolean high = (t == 'H') == (k % 2 == 0);
                        sb.append(Character.forDigit(high ? (b >> 4) & 15 : b & 15, 16));
                    }
                    value = TclValue.of(sb.toString());
                    cursor += (n + 1) / 2;
                }
                default -> {
                    int size = BinaryFormat.numericSize(t);
                    if (count == BinaryFormat.NONE) {
                        if (size > avail) {
                            break scanning;
                        }
                        value = readNumber(data, cursor, t, f.unsigned());
                        cursor += size;
                    } else {
                        int n = count == BinaryFormat.ALL ? avail / size : count;
                        if ((long) n * size > avail) {
                            break scanning;
                        }
                        List<TclValue> items = new ArrayList<>(n);
                        for (int k = 0; k < n; k++) {
                            items.add(readNumber(data, cursor, t, f.unsigned()));
                            cursor += size;
                        }
                        value = BinaryFormat.list(items);
                    }
                }
            }
            interp.setVar(objv[var++].toString(), value);
            set++;
        }
        return TclValue.of(set);
    }

    private static TclValue readNumber(byte[] d, int at, char type, boolean unsigned) {
        switch (type) {
            case 'c':
                return TclValue.of(unsigned ? d[at] & 0xFF : d[at]);
            case 's':
            case 't':
            case 'S': {
                long v = type == 'S' ? big(d, at, 2) : little(d, at, 2);
                return TclValue.of(unsigned ? v & 0xFFFF : (short) v);
            }
            case 'i':
            case 'n':
            case 'I': {
                long v = type == 'I' ? big(d, at, 4) : little(d, at, 4);
                return TclValue.of(unsigned ? v & 0xFFFFFFFFL : (int) v);
            }
            case 'w':
            case 'm':
            case 'W': {
                long v = type == 'W' ? big(d, at, 8) : little(d, at, 8);
                if (unsigned && v < 0) {
                    return TclValue.of(new BigInteger(Long.toUnsignedString(v)));
                }
                return TclValue.of(v);
            }
            case 'f':
            case 'r':
                return TclValue.of((double) Float.intBitsToFloat((int) little(d, at, 4)));
            case 'R':
                return TclValue.of((double) Float.intBitsToFloat((int) big(d, at, 4)));
            case 'd':
            case 'q':
                return TclValue.of(Double.longBitsToDouble(little(d, at, 8)));
            case 'Q':
                return TclValue.of(Double.longBitsToDouble(big(d, at, 8)));
            default:
                throw new IllegalStateException("not numeric: " + type);
        }
    }

    private static long little(byte[] d, int at, int size) {
        long v = 0;
        for (int k = size - 1; k >= 0; k--) {
            v = (v << 8) | (d[at + k] & 0xFF);
        }
        return v;
    }

    private static long big(byte[] d, int at, int size) {
        long v = 0;
        for (int k = 0; k < size; k++) {
            v = (v << 8) | (d[at + k] & 0xFF);
        }
        return v;
    }
}
