package org.tcl4j.core.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * {@code zlib push mode channel ?options?}: a stacked driver that
 * compresses what is written (compress, deflate, gzip) or decompresses what
 * is read (decompress, inflate, gunzip); the other direction passes through.
 * {@code chan pop} (or closing) finishes the compressed stream, or gives
 * back to the channel the bytes read past the end of the compressed data.
 *
 * <p>Channel options, as tclsh 8.6 has them: {@code -checksum} (read only),
 * {@code -dictionary} (not for gzip), {@code -flush sync|full} (compressing;
 * flushes the compressor, not the channel's buffer), {@code -header} (read
 * only, gunzip) and {@code -limit} (checked, then refused, as tclsh does).
 * A decompressing channel whose data ends early reports "would block", not
 * end of file, like tclsh; corrupt data fails with zlib's message.
 */
final class ZlibDriver implements ChannelDriver {
    private static final String[] COMPRESS_OPTIONS = {"-dictionary", "-header", "-level"};
    private static final String[] DECOMPRESS_OPTIONS = {"-dictionary", "-header", "-level", "-limit"};
    private static final int BUFFER = 4096;
    private static final int MAX_LIMIT = 65536;

    private final Channel channel;
    private final ChannelDriver below;
    private final boolean compressing;
    private final ZlibFormat format;
    private final ZlibDeflater deflater;
    private final ZlibInflater inflater;
    private TclValue dictionary;
    private boolean blocking = true;
    /** Compressed bytes the driver below has not taken yet. */
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private byte[] pendingBytes = new byte[0];
    private int pendingPos;
    /** The decompressor filled the last read's room: more output may be waiting. */
    private boolean moreOutput;
    private boolean closed;

    private ZlibDriver(Channel channel, ChannelDriver below, ZlibDeflater deflater, ZlibInflater inflater,
            TclValue dictionary) {
        this.channel = channel;
        this.below = below;
        this.compressing = deflater != null;
        this.format = compressing ? deflater.format() : inflater.format();
        this.deflater = deflater;
        this.inflater = inflater;
        this.dictionary = dictionary;
    }

    /** {@code zlib push mode channel ?-option value ...?}: returns the channel's name. */
    static TclValue push(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 4) {
            throw Args.wrongNum(objv, 2, "mode channel ?options...?");
        }
        String mode = ZlibCmd.MODES[Args.index(objv[2].toString(), ZlibCmd.MODES, "mode", true)];
        boolean compressing = ZlibFormat.compressing(mode);
        ZlibFormat format = ZlibFormat.of(mode);
        Channel ch = ChannelArgs.channel(interp, objv[3]);
        if (compressing && !ch.isWritable()) {
            throw new TclException("compression may only be applied to writable channels", "TCL ZIP UNWRITABLE");
        }
        if (!compressing && !ch.isReadable()) {
            throw new TclException("decompression may only be applied to readable channels", "TCL ZIP UNREADABLE");
        }
        String[] opts = compressing ? COMPRESS_OPTIONS : DECOMPRESS_OPTIONS;
        int level = -1;
        TclValue header = null;
        TclValue dict = null;
        for (int i = 4; i < objv.length; i++) {
            String o = opts[Args.index(objv[i].toString(), opts, "option", true)];
            if (++i > objv.length - 1) {
                throw new TclException("value missing for " + o + " option", "TCL ZIP NOVAL");
            }
            TclValue v = objv[i];
            switch (o) {
                case "-header" -> {
                    v.asDict();
                    header = v;
                }
                case "-level" -> level = ZlibCmd.level(v);
                case "-limit" -> {
                    int limit = ZlibCmd.intArg(v);
                    if (limit < 1 || limit > MAX_LIMIT) {
                        throw new TclException("read ahead limit must be 1 to " + MAX_LIMIT, "TCL VALUE BUFFERSIZE");
                    }
                }
                default -> {
                    if (format == ZlibFormat.GZIP) {
                        throw new TclException("a compression dictionary may not be set in the gzip format",
                                "TCL ZIP BADOPT");
                    }
                    dict = v;
                }
            }
        }
        GzipHeader gz = compressing && format == ZlibFormat.GZIP && header != null ? GzipHeader.fromDict(header)
                : null;
        ZlibDeflater def = null;
        ZlibInflater inf = null;
        try {
            byte[] d = dict == null ? null : ZlibCmd.bytes(dict);
            if (compressing) {
                def = new ZlibDeflater(format, level, gz);
                if (d != null) {
                    def.setDictionary(d);
                }
            } else {
                inf = new ZlibInflater(format, GzipHeader.MAX_FILENAME + 1, GzipHeader.MAX_COMMENT + 1, 0);
                if (d != null) {
                    inf.setDictionary(d);
                }
            }
        } catch (ZlibError e) {
            throw e.toTcl(); // zlib takes any dictionary at the start; this is for completeness
        }
        ZlibDeflater fd = def;
        ZlibInflater fi = inf;
        TclValue fdict = dict;
        ch.push(below -> new ZlibDriver(ch, below, fd, fi, fdict));
        return objv[3];
    }

    @Override
    public String typeName() {
        return "zlib";
    }

    @Override
    public int modes() {
        return below.modes();
    }

    @Override
    public void setBlocking(boolean b) {
        blocking = b;
    }

    // ------------------------------------------------------------ reading

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        if (compressing) {
            return below.read(buf, off, len);
        }
        byte[] chunk = null;
        while (true) {
            int n;
            try {
                n = inflater.inflate(buf, off, len);
            } catch (ZlibError e) {
                moreOutput = false;
                throw new ScriptError(e.toChannelError());
            }
            moreOutput = n == len && !inflater.finished();
            if (n > 0) {
                return n;
            }
            if (inflater.finished()) {
                return -1;
            }
            if (chunk == null) {
                chunk = new byte[BUFFER];
            }
            int r = below.read(chunk, 0, chunk.length);
            if (r <= 0) {
                // as tclsh: data that stops short of the stream's end is "would block", not end of file
                return 0;
            }
            inflater.input(chunk, 0, r);
        }
    }

    @Override
    public int readyOps() {
        return (moreOutput ? READABLE : 0) | below.readyOps();
    }

    @Override
    public void watch(int mask, ReadySink sink) {
        below.watch(mask, sink);
    }

    // ------------------------------------------------------------ writing

    @Override
    public int write(byte[] buf, int off, int len) throws IOException {
        if (!compressing) {
            return below.write(buf, off, len);
        }
        if (len == 0) {
            return 0;
        }
        compress(buf, off, len, ZlibDeflater.NO_FLUSH);
        flushPending();
        return len;
    }

    private void compress(byte[] buf, int off, int len, int flush) throws IOException {
        try {
            deflater.deflate(buf, off, len, flush, BUFFER, false, pending);
        } catch (ZlibError e) {
            throw new ScriptError(e.toTcl());
        }
    }

    @Override
    public boolean hasPendingOutput() {
        return pendingPos < pendingBytes.length || pending.size() > 0 || below.hasPendingOutput();
    }

    @Override
    public boolean flushPending() throws IOException {
        if (pending.size() > 0) {
            byte[] more = pending.toByteArray();
            pending.reset();
            int left = pendingBytes.length - pendingPos;
            byte[] all = new byte[left + more.length];
            System.arraycopy(pendingBytes, pendingPos, all, 0, left);
            System.arraycopy(more, 0, all, left, more.length);
            pendingBytes = all;
            pendingPos = 0;
        }
        while (pendingPos < pendingBytes.length) {
            int n = below.write(pendingBytes, pendingPos, pendingBytes.length - pendingPos);
            if (n <= 0) {
                return false;
            }
            pendingPos += n;
        }
        return below.flushPending();
    }

    /** Writes out everything held, waiting if the driver below is non-blocking. */
    private void drainBlocking() throws IOException {
        boolean wasBlocking = blocking;
        if (!wasBlocking) {
            below.setBlocking(true);
        }
        try {
            while (!flushPending()) {
                if (pendingPos >= pendingBytes.length && pending.size() == 0) {
                    break; // only the driver below still holds bytes; it finishes them itself
                }
            }
        } finally {
            if (!wasBlocking) {
                below.setBlocking(false);
            }
        }
    }

    // ------------------------------------------------------------ closing

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (compressing) {
            try {
                compress(new byte[0], 0, 0, ZlibDeflater.FINISH);
                drainBlocking();
            } finally {
                deflater.end();
            }
            return;
        }
        // bytes read past the compressed data go back to the channel, as tclsh's unget does
        byte[] rest = inflater.remaining();
        inflater.end();
        if (below instanceof PushbackDriver p) {
            byte[] more = p.remaining();
            int got = 0;
            while (got < more.length) {
                int n = p.read(more, got, more.length - got);
                if (n <= 0) {
                    break;
                }
                got += n;
            }
            byte[] all = new byte[rest.length + got];
            System.arraycopy(rest, 0, all, 0, rest.length);
            System.arraycopy(more, 0, all, rest.length, got);
            rest = all;
        }
        // decompressed bytes the script has not read are dropped, as when tclsh unstacks a transform
        channel.in.reset();
        channel.in.unread(rest);
    }

    @Override
    public boolean canCloseHalf() {
        return below.canCloseHalf();
    }

    @Override
    public void closeHalf(int direction) throws IOException {
        if (direction == WRITABLE && compressing) {
            compress(new byte[0], 0, 0, ZlibDeflater.FINISH);
            drainBlocking();
        }
        below.closeHalf(direction);
    }

    // ------------------------------------------------------------ options

    @Override
    public List<String> optionNames() {
        if (compressing) {
            return format == ZlibFormat.GZIP ? List.of("-checksum") : List.of("-checksum", "-dictionary");
        }
        return format == ZlibFormat.GZIP ? List.of("-checksum", "-header") : List.of("-checksum", "-dictionary");
    }

    @Override
    public List<String> allOptionNames() {
        if (compressing) {
            return optionNames();
        }
        List<String> l = new ArrayList<>(optionNames());
        l.add("-limit");
        return l;
    }

    /** The options tclsh names when a setting is refused. */
    private List<String> settableNames() {
        List<String> l = new ArrayList<>();
        if (format != ZlibFormat.GZIP) {
            l.add("-dictionary");
        }
        l.add(compressing || format == ZlibFormat.GZIP ? "-flush" : "-limit");
        if (!compressing && format == ZlibFormat.GZIP) {
            l.add("-limit");
        }
        return l;
    }

    @Override
    public TclValue getOption(String name) throws TclException {
        switch (name) {
            case "-checksum":
                return TclValue.of(compressing ? deflater.checksum() : inflater.checksum());
            case "-dictionary":
                return format == ZlibFormat.GZIP ? null : dictionary == null ? TclValue.EMPTY : dictionary;
            case "-header":
                if (compressing || format != ZlibFormat.GZIP) {
                    return null;
                }
                GzipHeader h = inflater.header();
                return TclValue.ofDict((h == null ? GzipHeader.blank() : h).toDict());
            default:
                return null;
        }
    }

    @Override
    public boolean setOption(String name, TclValue value) throws TclException {
        if (name.equals("-dictionary") && format != ZlibFormat.GZIP) {
            dictionary = value;
            byte[] d = ZlibCmd.bytes(value);
            try {
                if (compressing) {
                    deflater.setDictionary(d);
                } else {
                    inflater.setDictionary(d);
                }
            } catch (ZlibError e) {
                throw e.toTcl();
            }
            return true;
        }
        if (compressing && name.equals("-flush")) {
            String v = value.toString();
            int type;
            if (v.equals("full")) {
                type = ZlibDeflater.FULL_FLUSH;
            } else if (v.equals("sync")) {
                type = ZlibDeflater.SYNC_FLUSH;
            } else {
                throw new TclException("unknown -flush type \"" + v + "\": must be full or sync", "TCL VALUE FLUSH");
            }
            try {
                compress(new byte[0], 0, 0, type);
                flushPending();
            } catch (ScriptError e) {
                throw e.error();
            } catch (IOException e) {
                throw new TclException("problem flushing channel: " + PosixException.of(e).getMessage());
            }
            return true;
        }
        if (!compressing && name.equals("-limit")) {
            int limit = ZlibCmd.intArg(value);
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new TclException("-limit must be between 1 and " + MAX_LIMIT, "TCL VALUE READLIMIT");
            }
            // tclsh checks the value and then refuses the option, as below
        }
        List<ChannelDriver> stack = channel.drivers();
        for (int i = stack.indexOf(this) - 1; i >= 0; i--) {
            if (stack.get(i).setOption(name, value)) {
                return true;
            }
        }
        throw badOption(name, settableNames());
    }

    private static TclException badOption(String opt, List<String> extra) {
        List<String> names = new ArrayList<>(List.of("-blocking", "-buffering", "-buffersize", "-encoding",
                "-eofchar", "-translation"));
        names.addAll(extra);
        StringBuilder sb = new StringBuilder("bad option \"").append(opt).append("\": should be one of ");
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(i == names.size() - 1 ? ", or " : ", ");
            }
            sb.append(names.get(i));
        }
        return new TclException(sb.toString());
    }
}
