package org.tcl4j.core.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * {@code zlib subcommand ?arg ...?}: compression with the formats and
 * messages of Tcl 8.6. The one-shot subcommands (compress, decompress,
 * deflate, inflate, gzip, gunzip, crc32, adler32) live here; {@code zlib
 * stream} is {@link ZlibStream} and {@code zlib push} is {@link ZlibDriver}.
 */
final class ZlibCmd {
    private static final String[] COMMANDS = {"adler32", "compress", "crc32", "decompress", "deflate", "gunzip",
        "gzip", "inflate", "push", "stream"};
    static final String[] MODES = {"compress", "decompress", "deflate", "gunzip", "gzip", "inflate"};

    private static final int MIN_BUFFER = 16;
    private static final int MAX_BUFFER = 65536;

    private ZlibCmd() {
    }

    /** Registers {@code zlib} and, as tclsh does at startup, the stream counter {@code ::tcl::zlib::cmdcounter}. */
    static void register(Interp interp) {
        interp.register("zlib", ZlibCmd::run);
        try {
            interp.eval("namespace eval ::tcl::zlib {variable cmdcounter 0}");
        } catch (TclException e) {
            throw new IllegalStateException("cannot create ::tcl::zlib", e);
        }
    }

    static TclValue run(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "command arg ?...?");
        }
        String cmd = COMMANDS[Args.index(objv[1].toString(), COMMANDS, "command", true)];
        switch (cmd) {
            case "adler32":
            case "crc32": {
                if (objv.length < 3 || objv.length > 4) {
                    throw Args.wrongNum(objv, 2, "data ?startValue?");
                }
                byte[] data = bytes(objv[2]);
                boolean crc = cmd.equals("crc32");
                long start = objv.length > 3 ? intArg(objv[3]) & 0xFFFFFFFFL : (crc ? 0 : 1);
                return TclValue.of(crc ? ZlibChecksums.crc32(start, data) : ZlibChecksums.adler32(start, data));
            }
            case "compress":
            case "deflate": {
                if (objv.length < 3 || objv.length > 4) {
                    throw Args.wrongNum(objv, 2, "data ?level?");
                }
                int level = objv.length > 3 ? level(objv[3]) : -1;
                return value(deflate(cmd.equals("compress") ? ZlibFormat.ZLIB : ZlibFormat.RAW, bytes(objv[2]),
                        level, null));
            }
            case "gzip":
                return gzip(objv);
            case "decompress":
            case "inflate": {
                if (objv.length < 3 || objv.length > 4) {
                    throw Args.wrongNum(objv, 2, "data ?bufferSize?");
                }
                if (objv.length > 3) {
                    bufferSize(objv[3]);
                }
                return value(inflate(cmd.equals("decompress") ? ZlibFormat.ZLIB : ZlibFormat.RAW, bytes(objv[2])));
            }
            case "gunzip":
                return gunzip(interp, objv);
            case "stream":
                return ZlibStream.create(interp, objv);
            default:
                return ZlibDriver.push(interp, objv);
        }
    }

    private static TclValue gzip(TclValue[] objv) throws TclException {
        int level = -1;
        // the old form "zlib gzip data level"
        if (objv.length == 4) {
            Integer legacy = null;
            try {
                legacy = intArg(objv[3]);
            } catch (TclException e) {
                // not a level: fall through to the option form
            }
            if (legacy != null) {
                return value(deflate(ZlibFormat.GZIP, bytes(objv[2]), checkLevel(legacy), null));
            }
        }
        if (objv.length < 3 || objv.length > 7 || objv.length % 2 == 0) {
            throw Args.wrongNum(objv, 2, "data ?-level level? ?-header header?");
        }
        TclValue headerDict = null;
        String[] opts = {"-header", "-level"};
        for (int i = 3; i < objv.length; i += 2) {
            if (Args.index(objv[i].toString(), opts, "option", true) == 0) {
                headerDict = objv[i + 1];
            } else {
                level = level(objv[i + 1]);
            }
        }
        GzipHeader header = headerDict == null ? null : GzipHeader.fromDict(headerDict);
        return value(deflate(ZlibFormat.GZIP, bytes(objv[2]), level, header));
    }

    private static TclValue gunzip(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 3 || objv.length > 5 || objv.length % 2 == 0) {
            throw Args.wrongNum(objv, 2, "data ?-headerVar varName?");
        }
        TclValue headerVar = null;
        String[] opts = {"-buffersize", "-headerVar"};
        for (int i = 3; i < objv.length; i += 2) {
            if (Args.index(objv[i].toString(), opts, "option", true) == 0) {
                bufferSize(objv[i + 1]);
            } else {
                headerVar = objv[i + 1];
            }
        }
        ZlibInflater inf = new ZlibInflater(ZlibFormat.GZIP, GzipHeader.MAX_FILENAME + 1, GzipHeader.MAX_COMMENT + 1, 0);
        byte[] out = inflateAll(inf, bytes(objv[2]));
        if (headerVar != null) {
            org.tcl4j.core.TclDict d = inf.header().toDict();
            d.put("size", TclValue.of(inf.totalOut()));
            interp.setVar(headerVar, TclValue.ofDict(d));
        }
        return value(out);
    }

    // ------------------------------------------------------------ one-shot engines

    /** Compresses all of {@code data} in one zlib call, with tclsh's output buffer (so level 0 can run short). */
    static byte[] deflate(ZlibFormat format, byte[] data, int level, GzipHeader header) throws TclException {
        ZlibDeflater d = new ZlibDeflater(format, level, header);
        try {
            int room = d.bound(data.length) + (format == ZlibFormat.GZIP ? 32 : 0);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(room, 1 << 20));
            d.deflate(data, 0, data.length, ZlibDeflater.FINISH, room, true, out);
            return out.toByteArray();
        } catch (ZlibError e) {
            throw e.toTcl();
        } finally {
            d.end();
        }
    }

    /** Decompresses a whole buffer, as tclsh's one-shot commands: errors are zlib's codes, not its messages. */
    static byte[] inflate(ZlibFormat format, byte[] data) throws TclException {
        ZlibInflater inf = new ZlibInflater(format, 0, 0, 1);
        return inflateAll(inf, data);
    }

    private static byte[] inflateAll(ZlibInflater inf, byte[] data) throws TclException {
        try {
            inf.input(data, 0, data.length);
            // tclsh lets zlib read one byte past the data (its "over-request"): a zero here
            inf.input(new byte[1], 0, 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, Math.min(data.length * 3, 1 << 24)));
            byte[] buf = new byte[Math.max(4096, Math.min(data.length * 3, 1 << 16))];
            while (!inf.finished()) {
                int n = inf.inflate(buf, 0, buf.length);
                if (n == 0 && !inf.finished()) {
                    throw new ZlibError(ZlibError.STREAM, null); // the data ended early
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (ZlibError e) {
            throw e.toTcl();
        } finally {
            inf.end();
        }
    }

    // ------------------------------------------------------------ argument helpers

    /** A value's bytes: the low 8 bits of each character, as Tcl's byte arrays. */
    @SuppressWarnings("deprecation")
    static byte[] bytes(TclValue v) {
        String s = v.toString();
        byte[] b = new byte[s.length()];
        s.getBytes(0, s.length(), b, 0);
        return b;
    }

    static TclValue value(byte[] b) {
        return TclValue.of(new String(b, StandardCharsets.ISO_8859_1));
    }

    /** An int argument with Tcl_GetIntFromObj's range (either sign up to 2^32-1), message and errorCode. */
    static int intArg(TclValue v) throws TclException {
        try {
            long l = v.asLong();
            if (l < -0xFFFFFFFFL || l > 0xFFFFFFFFL) {
                throw new TclException("integer value too large to represent",
                        "ARITH IOVERFLOW {integer value too large to represent}");
            }
            return (int) l;
        } catch (TclException e) {
            if (e.getMessage().startsWith("expected integer")) {
                throw new TclException(e.getMessage(), "TCL VALUE INTEGER");
            }
            throw e;
        }
    }

    /** A compression level 0..9. */
    static int level(TclValue v) throws TclException {
        return checkLevel(intArg(v));
    }

    static int checkLevel(int level) throws TclException {
        if (level < 0 || level > 9) {
            throw new TclException("level must be 0 to 9", "TCL VALUE COMPRESSIONLEVEL");
        }
        return level;
    }

    private static int bufferSize(TclValue v) throws TclException {
        long n;
        try {
            n = v.asLong();
        } catch (TclException e) {
            if (e.getMessage().startsWith("expected integer")) {
                throw new TclException(e.getMessage(), "TCL VALUE INTEGER");
            }
            throw e;
        }
        if (n < MIN_BUFFER || n > MAX_BUFFER) {
            throw new TclException("buffer size must be " + MIN_BUFFER + " to " + MAX_BUFFER, "TCL VALUE BUFFERSIZE");
        }
        return (int) n;
    }
}
