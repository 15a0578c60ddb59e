package org.tcl4j.core.cmd;

import java.io.ByteArrayOutputStream;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * {@code binary encode} and {@code binary decode} for base64, hex and
 * uuencode. Encoders take {@code -maxlen}/{@code -wrapchar} (base64,
 * uuencode) to break lines; decoders skip white space (and, for base64,
 * any non-alphabet character) unless {@code -strict} is given.
 */
final class BinaryCodec {
    private BinaryCodec() {
    }

    private static final String[] FORMATS = {"base64", "hex", "uuencode"};
    private static final String[] ENCODE_OPTIONS = {"-maxlen", "-wrapchar"};
    private static final String[] DECODE_OPTIONS = {"-strict"};
    private static final char[] BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Which of base64, hex and uuencode: exact names only, as tclsh. */
    private static int format(String name) throws TclException {
        for (int i = 0; i < FORMATS.length; i++) {
            if (FORMATS[i].equals(name)) {
                return i;
            }
        }
        throw new TclException("unknown subcommand \"" + name + "\": must be base64, hex, or uuencode",
                Args.code("TCL LOOKUP SUBCOMMAND", name));
    }

    // ------------------------------------------------------------- encoding

    static TclValue encode(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 3) {
            throw Args.wrongNum(objv, 2, "subcommand ?arg ...?");
        }
        int fmt = format(objv[2].toString());
        if (fmt == 1) {
            if (objv.length != 4) {
                throw Args.wrongNum(objv, 3, "data");
            }
            byte[] b = objv[3].asBytes();
            char[] out = new char[b.length * 2];
            for (int i = 0; i < b.length; i++) {
                out[2 * i] = HEX[(b[i] >> 4) & 15];
                out[2 * i + 1] = HEX[b[i] & 15];
            }
            return TclValue.of(new String(out));
        }
        String usage = "?-maxlen len? ?-wrapchar char? data";
        int n = objv.length - 3;
        if (n < 1 || (n - 1) % 2 != 0) {
            throw Args.wrongNum(objv, 3, usage);
        }
        boolean uu = fmt == 2;
        int maxlen = uu ? 61 : 0;
        String wrap = "\n";
        for (int i = 3; i < objv.length - 1; i += 2) {
            int opt = Args.index(objv[i].toString(), ENCODE_OPTIONS, "option", false);
            if (opt == 0) {
                maxlen = Args.intArg(objv[i + 1]);
                if (maxlen < 0 || (uu && (maxlen < 5 || maxlen > 85))) {
                    throw new TclException("line length out of range", "TCL BINARY ENCODE LINE_LENGTH");
                }
            } else {
                wrap = objv[i + 1].toString();
                if (uu && !isBlank(wrap)) {
                    throw new TclException("invalid wrapchar; will defeat decoding", "TCL BINARY ENCODE WRAPCHAR");
                }
            }
        }
        byte[] data = objv[objv.length - 1].asBytes();
        return TclValue.of(uu ? uuencode(data, maxlen, wrap) : base64(data, maxlen, wrap));
    }

    /** uuencode line breaks may only be control white space (\t to \r), not spaces, or decoding breaks. */
    private static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '\t' || c > '\r') {
                return false;
            }
        }
        return true;
    }

    private static String base64(byte[] b, int maxlen, String wrap) {
        StringBuilder sb = new StringBuilder(b.length * 4 / 3 + 4);
        int col = 0;
        for (int i = 0; i < b.length; i += 3) {
            int rest = b.length - i;
            int v = (b[i] & 0xFF) << 16 | (rest > 1 ? (b[i + 1] & 0xFF) << 8 : 0) | (rest > 2 ? b[i + 2] & 0xFF : 0);
            for (int k = 0; k < 4; k++) {
                if (maxlen > 0 && col == maxlen) {
                    sb.append(wrap);
                    col = 0;
                }
                char c = k <= Math.min(rest, 3) ? BASE64[(v >> (18 - 6 * k)) & 63] : '=';
                sb.append(c);
                col++;
            }
        }
        return sb.toString();
    }

    private static String uuencode(byte[] b, int maxlen, String wrap) {
        int perLine = (maxlen - 1) / 4 * 3;
        StringBuilder sb = new StringBuilder(b.length * 4 / 3 + 8);
        for (int start = 0; start < b.length; start += perLine) {
            int len = Math.min(perLine, b.length - start);
            sb.append(uuChar(len));
            int chars = (len * 4 + 2) / 3;
            for (int k = 0; k < chars; k++) {
                int bit = 6 * k; // bit offset of this character within the line's data
                int at = start + bit / 8;
                int word = ((byteAt(b, at, start + len) << 8) | byteAt(b, at + 1, start + len));
                sb.append(uuChar((word >> (10 - bit % 8)) & 63));
            }
            sb.append(wrap);
        }
        return sb.toString();
    }

    private static int byteAt(byte[] b, int i, int end) {
        return i < end ? b[i] & 0xFF : 0;
    }

    private static char uuChar(int v) {
        return v == 0 ? '`' : (char) (v + 32);
    }

    // ------------------------------------------------------------- decoding

    static TclValue decode(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 3) {
            throw Args.wrongNum(objv, 2, "subcommand ?arg ...?");
        }
        int fmt = format(objv[2].toString());
        if (objv.length < 4 || objv.length > 5) { // at most: -strict data
            throw Args.wrongNum(objv, 3, "?options? data");
        }
        boolean strict = false;
        for (int i = 3; i < objv.length - 1; i++) {
            Args.index(objv[i].toString(), DECODE_OPTIONS, "option", false);
            strict = true;
        }
        String s = objv[objv.length - 1].toString();
        byte[] out = switch (fmt) {
            case 0 -> unbase64(s, strict);
            case 1 -> unhex(s, strict);
            default -> unuuencode(s, strict);
        };
        return TclValue.ofBytes(out, 0, out.length);
    }

    private static TclException invalid(String what, char c, int pos) {
        return new TclException("invalid " + what + " \"" + c + "\" at position " + pos, "TCL BINARY DECODE INVALID");
    }

    private static byte[] unhex(String s, boolean strict) throws TclException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() / 2);
        int acc = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = c < 128 ? Character.digit(c, 16) : -1;
            if (d < 0) {
                if (!strict && StringIsCmd.isSpace(c)) {
                    continue;
                }
                throw invalid("hexadecimal digit", c, i);
            }
            if (acc < 0) {
                acc = d;
            } else {
                out.write(acc << 4 | d);
                acc = -1;
            }
        }
        return out.toByteArray(); // a dangling half byte is dropped
    }

    private static int base64Value(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '+' ? 62 : c == '/' ? 63 : -1;
    }

    private static byte[] unbase64(String s, boolean strict) throws TclException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() * 3 / 4);
        int acc = 0;
        int have = 0;
        int lastChar = -1;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '=') {
                if (have < 2) {
                    if (strict) {
                        throw invalid("base64 character", c, i);
                    }
                    if (have == 0) {
                        continue;
                    }
                    return out.toByteArray();
                }
                // Padding ends the data: flush the partial group.
                flush(out, acc, have);
                int last = i;
                while (last + 1 < n && s.charAt(last + 1) == '=' && have + (last + 1 - i) < 4) {
                    last++;
                }
                if (strict && last + 1 < n) {
                    throw invalid("base64 character", '=', last);
                }
                return out.toByteArray();
            }
            int v = base64Value(c);
            if (v < 0) {
                if (strict) {
                    throw invalid("base64 character", c, i);
                }
                continue;
            }
            acc = acc << 6 | v;
            lastChar = i;
            if (++have == 4) {
                out.write(acc >> 16);
                out.write(acc >> 8);
                out.write(acc);
                acc = 0;
                have = 0;
            }
        }
        if (have == 1 && strict) {
            throw invalid("base64 character", s.charAt(lastChar), lastChar);
        }
        flush(out, acc, have);
        return out.toByteArray();
    }

    /** Writes the bytes of a partial group of 2 or 3 characters. */
    private static void flush(ByteArrayOutputStream out, int acc, int have) {
        if (have == 2) {
            out.write(acc >> 4);
        } else if (have == 3) {
            out.write(acc >> 10);
            out.write(acc >> 2);
        }
    }

    private static byte[] unuuencode(String s, boolean strict) throws TclException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() * 3 / 4);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                i++;
                continue;
            }
            if (c < 0x20 || c > 0x60) {
                throw invalid("uuencode character", c, i);
            }
            int count = (c - 32) & 63;
            i++;
            int chars = (count * 4 + 2) / 3;
            int acc = 0;
            int bits = 0;
            int produced = 0;
            for (int k = 0; k < chars; k++) {
                int v = 0;
                if (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                    char d = s.charAt(i);
                    if (d < 0x20 || d > 0x60) {
                        throw invalid("uuencode character", d, i);
                    }
                    v = (d - 32) & 63;
                    i++;
                }
                acc = acc << 6 | v;
                bits += 6;
                if (bits >= 8 && produced < count) {
                    bits -= 8;
                    out.write(acc >> bits);
                    produced++;
                }
            }
            // The rest of the line: padding characters or blanks.
            while (i < n && s.charAt(i) != '\n') {
                char d = s.charAt(i);
                if (strict && d != '\r') {
                    throw new TclException("short uuencode data", "TCL BINARY DECODE SHORT");
                }
                if (d != '\r' && (d < 0x20 || d > 0x60) && !StringIsCmd.isSpace(d)) {
                    throw invalid("uuencode character", d, i);
                }
                i++;
            }
        }
        return out.toByteArray();
    }
}
