package org.tcl4j.core.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclDict;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;

/**
 * A reflected channel ({@code chan create mode cmdPrefix}): a channel whose
 * driver is a Tcl command. The handler gets {@code initialize}, {@code
 * finalize}, {@code watch}, and optionally {@code read}, {@code write},
 * {@code seek}, {@code configure}, {@code cget}, {@code cgetall} and
 * {@code blocking}. A read or write that raises the error {@code EAGAIN}
 * means "would block"; other errors reach the script that used the channel
 * unchanged. Readiness comes from {@code chan postevent}.
 */
final class ReflectedDriver implements ChannelDriver {
    private static final String[] MODES = {"read", "write"};
    private static final String[] EVENTS = {"read", "write"};

    private final Interp interp;
    private final TclValue prefix;
    private final Set<String> methods;
    private final int modes;
    private String name;
    private int watchMask = -1;
    private ReadySink sink;
    /** Bytes a read returned beyond what was asked for. */
    private byte[] extra;
    private int extraPos;
    private boolean finalized;

    private ReflectedDriver(Interp interp, TclValue prefix, Set<String> methods, int modes) {
        this.interp = interp;
        this.prefix = prefix;
        this.methods = methods;
        this.modes = modes;
    }

    /** {@code chan create mode cmdPrefix}. */
    static TclValue create(Interp interp, TclValue[] objv, int base) throws TclException {
        if (objv.length - base != 2) {
            throw Args.wrongNum(objv, base, "mode cmdprefix");
        }
        TclList modeList = objv[base].asList();
        int modes = 0;
        for (TclValue m : modeList) {
            modes |= Args.index(m, MODES, "mode") == 0 ? READABLE : WRITABLE;
        }
        if (modes == 0) {
            throw new TclException("bad mode list: is empty");
        }
        TclValue prefix = objv[base + 1];
        ChannelTable table = ChannelTable.of(interp);
        String name = table.reflectedName();
        List<TclValue> modeWords = new ArrayList<>();
        if ((modes & READABLE) != 0) {
            modeWords.add(TclValue.of("read"));
        }
        if ((modes & WRITABLE) != 0) {
            modeWords.add(TclValue.of("write"));
        }
        TclValue result = HandlerCall.invoke(interp, prefix, "initialize", name, TclValue.ofList(modeWords));
        Set<String> methods = new HashSet<>();
        for (TclValue m : result.asList()) {
            methods.add(m.toString());
        }
        String handler = prefix.toString();
        if (!methods.contains("initialize") || !methods.contains("finalize") || !methods.contains("watch")) {
            throw new TclException("chan handler \"" + handler + "\" does not support all required methods");
        }
        if ((modes & READABLE) != 0 && !methods.contains("read")) {
            throw new TclException("chan handler \"" + handler + "\" lacks a \"read\" method");
        }
        if ((modes & WRITABLE) != 0 && !methods.contains("write")) {
            throw new TclException("chan handler \"" + handler + "\" lacks a \"write\" method");
        }
        ReflectedDriver d = new ReflectedDriver(interp, prefix, methods, modes);
        d.name = name;
        Channel ch = new Channel(table, name, d);
        table.add(ch, 0);
        return TclValue.of(ch.name());
    }

    /** {@code chan postevent channel eventSpec}: the handler says the channel is ready. */
    static TclValue postEvent(Interp interp, TclValue[] objv, int base) throws TclException {
        if (objv.length - base != 2) {
            throw Args.wrongNum(objv, base, "channel eventspec");
        }
        String chanName = objv[base].toString();
        Channel ch = ChannelTable.of(interp).find(chanName);
        if (ch == null || !(ch.bottom() instanceof ReflectedDriver d)) {
            throw new TclException("can not find reflected channel named \"" + chanName + "\"",
                    Args.code("TCL LOOKUP CHANNEL", chanName));
        }
        int mask = 0;
        for (TclValue e : objv[base + 1].asList()) {
            int i;
            try {
                i = Args.index(e.toString(), EVENTS, "event", false);
            } catch (TclException ex) {
                throw new TclException("bad event \"" + e + "\": must be read or write");
            }
            mask |= i == 0 ? READABLE : WRITABLE;
        }
        if (mask == 0) {
            throw new TclException("bad event list: is empty");
        }
        if ((mask & Math.max(d.watchMask, 0)) != mask) {
            throw new TclException("tried to post events channel \"" + chanName + "\" is not interested in");
        }
        ReadySink s = d.sink;
        int m = mask;
        if (s != null) {
            // the event runs from the loop, as Tcl queues posted events
            ch.notifier().queueEvent(() -> s.ready(m));
        }
        return TclValue.EMPTY;
    }

    private TclValue call(String method, TclValue... args) throws IOException {
        try {
            return HandlerCall.invoke(interp, prefix, method, name, args);
        } catch (TclException e) {
            throw new ScriptError(e);
        }
    }

    @Override
    public String typeName() {
        return "reflected";
    }

    @Override
    public int modes() {
        return modes;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        if (extra != null) {
            int n = Math.min(len, extra.length - extraPos);
            System.arraycopy(extra, extraPos, buf, off, n);
            extraPos += n;
            if (extraPos >= extra.length) {
                extra = null;
            }
            return n;
        }
        TclValue r;
        try {
            r = HandlerCall.invoke(interp, prefix, "read", name, TclValue.of(len));
        } catch (TclException e) {
            if (HandlerCall.isEagain(e)) {
                return 0;
            }
            throw new ScriptError(e);
        }
        byte[] b = r.asBytes();
        if (b.length == 0) {
            return -1;
        }
        int n = Math.min(len, b.length);
        System.arraycopy(b, 0, buf, off, n);
        if (n < b.length) {
            extra = b;
            extraPos = n;
        }
        return n;
    }

    @Override
    public int write(byte[] buf, int off, int len) throws IOException {
        TclValue r;
        try {
            r = HandlerCall.invoke(interp, prefix, "write", name, TclValue.ofBytes(buf, off, len));
        } catch (TclException e) {
            if (HandlerCall.isEagain(e)) {
                return 0;
            }
            throw new ScriptError(e);
        }
        long n;
        try {
            n = r.asLong();
        } catch (TclException e) {
            throw new ScriptError(e);
        }
        if (n > len) {
            throw new ScriptError(new TclException("write wrote more than requested"));
        }
        return n < 0 ? len : (int) n;
    }

    @Override
    public void setBlocking(boolean blocking) throws IOException {
        if (methods.contains("blocking")) {
            call("blocking", blocking ? TclValue.ONE : TclValue.ZERO);
        }
    }

    @Override
    public void close() throws IOException {
        if (finalized) {
            return;
        }
        finalized = true;
        call("finalize");
    }

    @Override
    public long seek(long offset, int whence) throws IOException {
        if (!methods.contains("seek")) {
            return -1;
        }
        String base = whence == 0 ? "start" : whence == 1 ? "current" : "end";
        TclValue r = call("seek", TclValue.of(offset), TclValue.of(base));
        try {
            long pos = r.asLong();
            if (pos < 0) {
                throw PosixException.invalidArgument();
            }
            extra = null;
            return pos;
        } catch (TclException e) {
            throw new ScriptError(e);
        }
    }

    @Override
    public int readyOps() {
        return extra != null ? READABLE : 0;
    }

    @Override
    public void watch(int mask, ReadySink s) {
        sink = s;
        if (mask == watchMask || finalized) {
            return;
        }
        watchMask = mask;
        List<TclValue> events = new ArrayList<>();
        if ((mask & READABLE) != 0) {
            events.add(TclValue.of("read"));
        }
        if ((mask & WRITABLE) != 0) {
            events.add(TclValue.of("write"));
        }
        try {
            call("watch", TclValue.ofList(events));
        } catch (IOException e) {
            // tclsh ignores errors of the watch method
        }
    }

    // ------------------------------------------------------------ options

    @Override
    public List<TclValue> optionValues() throws TclException {
        if (!methods.contains("cgetall")) {
            return List.of();
        }
        return HandlerCall.invoke(interp, prefix, "cgetall", name).asList();
    }

    @Override
    public TclValue getOption(String option) throws TclException {
        if (methods.contains("cget")) {
            if (!option.startsWith("-")) {
                return null;
            }
            return HandlerCall.invoke(interp, prefix, "cget", name, TclValue.of(option));
        }
        if (methods.contains("cgetall")) {
            TclDict all = HandlerCall.invoke(interp, prefix, "cgetall", name).asDict();
            return all.get(option);
        }
        return null;
    }

    @Override
    public boolean setOption(String option, TclValue value) throws TclException {
        if (!methods.contains("configure")) {
            return false;
        }
        HandlerCall.invoke(interp, prefix, "configure", name, TclValue.of(option), value);
        return true;
    }
}
