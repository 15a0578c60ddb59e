package org.tcl4j.core.io;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;

import org.tcl4j.core.Args;
import org.tcl4j.core.CommandEntry;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * A {@code zlib stream} object: a command {@code ::tcl::zlib::streamcmd_N}
 * that compresses or decompresses data given piece by piece with {@code put}
 * (or {@code add}) and taken back with {@code get}.
 *
 * <p>It reproduces tclsh 8.6.13 closely, quirks included: a stream's
 * dictionary is set again before every {@code put} (so a second put on a
 * compressing stream with a dictionary fails with "stream error"),
 * {@code flush} and {@code fullflush} without data do nothing, a
 * decompressing {@code get} returns at most 64 KiB, {@code reset} of a gzip
 * stream forgets its custom header, and {@code put} or {@code add} with no
 * data word treat their own name as the data.
 */
final class ZlibStream {
    private static final String[] SUBCOMMANDS = {"add", "checksum", "close", "eof", "finalize", "flush", "fullflush",
        "get", "header", "put", "reset"};
    private static final String[] PUT_OPTIONS = {"-dictionary", "-finalize", "-flush", "-fullflush"};
    private static final String[] ADD_OPTIONS = {"-buffer", "-dictionary", "-finalize", "-flush", "-fullflush"};
    private static final int MAX_GET = 65536;
    /** tclsh's limit on one compression call's output buffer. */
    private static final int BUFFER_LIMIT = 0xFFFF;
    /** What tclsh lets zlib keep of a gunzip stream's file name (its comment buffer is, by a slip, empty). */
    private static final int STREAM_NAME_MAX = 255;

    private final boolean compressing;
    private final ZlibFormat format;
    private final int level;
    private GzipHeader gzipHeader;
    private byte[] dictionary;
    private ZlibDeflater deflater;
    private ZlibInflater inflater;
    /** Compressed output not yet taken by get. */
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int outPos;
    /** Decompression input not yet given to zlib. */
    private final ArrayDeque<byte[]> in = new ArrayDeque<>();
    private boolean streamEnd;
    private long endChecksum;
    private CommandEntry command;

    private ZlibStream(boolean compressing, ZlibFormat format, int level, GzipHeader header) {
        this.compressing = compressing;
        this.format = format;
        this.level = level;
        this.gzipHeader = header;
        start();
    }

    private void start() {
        if (compressing) {
            deflater = new ZlibDeflater(format, level, gzipHeader);
        } else {
            inflater = new ZlibInflater(format, STREAM_NAME_MAX, 0, 1);
        }
    }

    /** {@code zlib stream mode ?-option value ...?}: makes the stream command and returns its name. */
    static TclValue create(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 3 || objv.length % 2 == 0) {
            throw Args.wrongNum(objv, 2, "mode ?-option value...?");
        }
        String mode = ZlibCmd.MODES[Args.index(objv[2].toString(), ZlibCmd.MODES, "mode", true)];
        String[] opts = switch (mode) {
            case "compress", "deflate" -> new String[] {"-dictionary", "-level"};
            case "gzip" -> new String[] {"-header", "-level"};
            case "gunzip" -> new String[0];
            default -> new String[] {"-dictionary"};
        };
        TclValue dict = null;
        TclValue header = null;
        TclValue levelValue = null;
        for (int i = 3; i < objv.length; i += 2) {
            String o = objv[i].toString();
            if (opts.length == 0) {
                throw new TclException("bad option \"" + o + "\": no valid options",
                        Args.code("TCL LOOKUP INDEX option", o));
            }
            switch (opts[Args.index(o, opts, "option", true)]) {
                case "-dictionary" -> dict = objv[i + 1];
                case "-header" -> header = objv[i + 1];
                default -> levelValue = objv[i + 1];
            }
        }
        int level = levelValue == null ? -1 : ZlibCmd.level(levelValue);
        boolean compressing = ZlibFormat.compressing(mode);
        ZlibFormat format = ZlibFormat.of(mode);
        GzipHeader gz = compressing && header != null ? GzipHeader.fromDict(header) : null;
        ZlibStream s = new ZlibStream(compressing, format, level, gz);
        if (dict != null) {
            s.dictionary = ZlibCmd.bytes(dict);
            s.applyDictionaryAtStart(false);
        }
        interp.eval("namespace eval ::tcl::zlib {}"); // in case a script deleted it
        TclValue n = interp.eval("::incr ::tcl::zlib::cmdcounter");
        String name = "::tcl::zlib::streamcmd_" + n;
        s.command = interp.register(name, s::run);
        s.command.setOnDelete(s::release);
        return TclValue.of(name);
    }

    /**
     * Gives the dictionary to a decompressor when the stream starts: zlib
     * data asks for it later; raw data takes it at once (tclsh does this
     * on reset, and before every get).
     */
    private void applyDictionaryAtStart(boolean raw) {
        if (compressing || dictionary == null || (format == ZlibFormat.RAW) != raw) {
            return;
        }
        try {
            inflater.setDictionary(dictionary);
        } catch (ZlibError e) {
            // as tclsh: a failure shows when data arrives
        }
    }

    private void release() {
        if (deflater != null) {
            deflater.end();
            deflater = null;
        }
        if (inflater != null) {
            inflater.end();
            inflater = null;
        }
    }

    private TclValue run(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "option data ?...?");
        }
        String sub = SUBCOMMANDS[Args.index(objv[1].toString(), SUBCOMMANDS, "option", true)];
        switch (sub) {
            case "add":
                return add(objv);
            case "put":
                put(objv);
                return TclValue.EMPTY;
            case "header":
                noArgs(objv);
                if (compressing || format != ZlibFormat.GZIP) {
                    throw new TclException("only gunzip streams can produce header information", "TCL ZIP BADOP");
                }
                GzipHeader h = inflater == null || inflater.header() == null ? lastHeader : inflater.header();
                return TclValue.ofDict((h == null ? GzipHeader.blank() : h).toDict());
            case "get": {
                if (objv.length > 3) {
                    throw Args.wrongNum(objv, 2, "?count?");
                }
                int count = objv.length == 3 ? ZlibCmd.intArg(objv[2]) : -1;
                return ZlibCmd.value(get(count));
            }
            default:
                break;
        }
        noArgs(objv);
        switch (sub) {
            case "checksum":
                return TclValue.of(checksum());
            case "close":
                interp.deleteCommandEntry(command, true);
                return TclValue.EMPTY;
            case "eof":
                return streamEnd ? TclValue.ONE : TclValue.ZERO;
            case "finalize":
                putData(new byte[0], ZlibDeflater.FINISH);
                return TclValue.EMPTY;
            case "flush":
                putData(new byte[0], ZlibDeflater.SYNC_FLUSH);
                return TclValue.EMPTY;
            case "fullflush":
                putData(new byte[0], ZlibDeflater.FULL_FLUSH);
                return TclValue.EMPTY;
            default:
                reset();
                return TclValue.EMPTY;
        }
    }

    private GzipHeader lastHeader;

    private static void noArgs(TclValue[] objv) throws TclException {
        if (objv.length != 2) {
            throw Args.wrongNum(objv, 2, null);
        }
    }

    private long checksum() {
        if (streamEnd) {
            return endChecksum;
        }
        return compressing ? deflater.checksum() : inflater.checksum();
    }

    /** {@code $strm put ?-flush|-fullflush|-finalize? ?-dictionary bytes? data}. */
    private void put(TclValue[] objv) throws TclException {
        int flush = -1;
        for (int i = 2; i < objv.length - 1; i++) {
            String o = PUT_OPTIONS[Args.index(objv[i].toString(), PUT_OPTIONS, "option", true)];
            if (o.equals("-dictionary")) {
                if (i == objv.length - 2) {
                    throw noDictionaryValue();
                }
                setDictionary(objv[++i]);
            } else {
                flush = flushOption(flush, o);
            }
        }
        // with no data word, the last word (the subcommand itself) is the data, as in tclsh
        putData(ZlibCmd.bytes(objv[objv.length - 1]), flush < 0 ? ZlibDeflater.NO_FLUSH : flush);
    }

    /** {@code $strm add ?options? data}: put, then get what is ready. */
    private TclValue add(TclValue[] objv) throws TclException {
        int flush = -1;
        int buffer = -1;
        for (int i = 2; i < objv.length - 1; i++) {
            String o = ADD_OPTIONS[Args.index(objv[i].toString(), ADD_OPTIONS, "option", true)];
            switch (o) {
                case "-buffer": {
                    if (i == objv.length - 2) {
                        throw new TclException(
                                "\"-buffer\" option must be followed by integer decompression buffersize",
                                "TCL ZIP NOVAL");
                    }
                    buffer = ZlibCmd.intArg(objv[++i]);
                    if (buffer < 1 || buffer > MAX_GET) {
                        throw new TclException("buffer size must be 1 to " + MAX_GET, "TCL VALUE BUFFERSIZE");
                    }
                    break;
                }
                case "-dictionary":
                    if (i == objv.length - 2) {
                        throw noDictionaryValue();
                    }
                    setDictionary(objv[++i]);
                    break;
                default:
                    flush = flushOption(flush, o);
                    break;
            }
        }
        putData(ZlibCmd.bytes(objv[objv.length - 1]), flush < 0 ? ZlibDeflater.NO_FLUSH : flush);
        return ZlibCmd.value(get(buffer));
    }

    private static TclException noDictionaryValue() {
        return new TclException("\"-dictionary\" option must be followed by compression dictionary bytes",
                "TCL ZIP NOVAL");
    }

    private static int flushOption(int flush, String o) throws TclException {
        if (flush >= 0) {
            throw new TclException("\"-flush\", \"-fullflush\" and \"-finalize\" options are mutually exclusive",
                    "TCL ZIP EXCLUSIVE");
        }
        return switch (o) {
            case "-flush" -> ZlibDeflater.SYNC_FLUSH;
            case "-fullflush" -> ZlibDeflater.FULL_FLUSH;
            default -> ZlibDeflater.FINISH;
        };
    }

    private void setDictionary(TclValue v) {
        byte[] d = ZlibCmd.bytes(v);
        dictionary = d.length == 0 ? null : d;
    }

    private void putData(byte[] data, int flush) throws TclException {
        if (streamEnd) {
            throw new TclException("already past compressed stream end", "TCL ZIP CLOSED");
        }
        if (!compressing) {
            in.add(data);
            return;
        }
        if (data.length == 0 && flush != ZlibDeflater.FINISH) {
            return; // tclsh does no zero-length compression except to finish
        }
        try {
            if (dictionary != null) {
                deflater.setDictionary(dictionary);
            }
            int chunk = Math.min(deflater.bound(data.length) + 100, BUFFER_LIMIT);
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            deflater.deflate(data, 0, data.length, flush, chunk, false, o);
            o.writeTo(out);
        } catch (ZlibError e) {
            throw e.toTcl();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e); // writing to memory cannot fail
        }
    }

    private byte[] get(int count) throws TclException {
        if (streamEnd) {
            return new byte[0];
        }
        if (compressing) {
            byte[] all = out.toByteArray();
            int avail = all.length - outPos;
            int n = count < 0 ? avail : Math.min(count, avail);
            byte[] r = java.util.Arrays.copyOfRange(all, outPos, outPos + n);
            outPos += n;
            if (outPos == all.length) {
                out.reset();
                outPos = 0;
            }
            return r;
        }
        if (count < 0) {
            count = MAX_GET;
        }
        while (!in.isEmpty()) {
            byte[] b = in.poll();
            inflater.input(b, 0, b.length);
        }
        if (dictionary != null) {
            try {
                inflater.setDictionary(dictionary);
            } catch (ZlibError e) {
                throw e.toTcl();
            }
        }
        byte[] buf = new byte[count];
        int n = 0;
        try {
            while (n < count && !inflater.finished()) {
                int k = inflater.inflate(buf, n, count - n);
                if (k == 0) {
                    break;
                }
                n += k;
            }
        } catch (ZlibError e) {
            throw e.toTcl();
        }
        if (inflater.finished()) {
            streamEnd = true;
            endChecksum = inflater.checksum();
            lastHeader = inflater.header();
            inflater.end();
            inflater = null;
            in.clear();
        }
        return n == count ? buf : java.util.Arrays.copyOf(buf, n);
    }

    private void reset() {
        release();
        out.reset();
        outPos = 0;
        in.clear();
        streamEnd = false;
        lastHeader = null;
        gzipHeader = null; // tclsh does not give the header to the new compressor
        start();
        applyDictionaryAtStart(false);
        applyDictionaryAtStart(true);
        if (compressing && dictionary != null) {
            try {
                deflater.setDictionary(dictionary);
            } catch (ZlibError e) {
                // as tclsh: reported by the next put
            }
        }
    }
}
