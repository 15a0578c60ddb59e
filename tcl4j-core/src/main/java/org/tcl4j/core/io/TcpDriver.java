package org.tcl4j.core.io;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.List;

import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * A TCP connection ({@code socket host port}, or one accepted by a server
 * socket). The java.nio channel stays in non-blocking mode all the time so
 * that it can sit in the notifier's selector; blocking reads and writes wait
 * on a private selector instead.
 *
 * <p>An {@code -async} connect proceeds in the background: it tries the
 * host's addresses in turn, and reports the socket writable when it has
 * connected or failed ({@code fconfigure -error} then tells why).
 */
public final class TcpDriver implements ChannelDriver {
    private final Notifier notifier;
    private SocketChannel sc;
    private SelectionKey key;
    private boolean blocking = true;
    private boolean connecting;
    /** Addresses left to try for an async connect. */
    private ArrayDeque<InetSocketAddress> candidates;
    private InetSocketAddress local;
    private IOException connectError;
    private int watchMask;
    private ReadySink sink;
    private boolean closed;

    private TcpDriver(Notifier notifier, SocketChannel sc) {
        this.notifier = notifier;
        this.sc = sc;
    }

    /** A connection accepted by a server socket. */
    static TcpDriver accepted(Notifier notifier, SocketChannel sc) throws IOException {
        sc.configureBlocking(false);
        return new TcpDriver(notifier, sc);
    }

    /**
     * Connects to {@code host:port}; with {@code async}, returns at once with
     * the connect in progress. Failures read as tclsh's: "connection refused".
     */
    static TcpDriver connect(Notifier notifier, String host, int port, String myaddr, int myport, boolean async)
            throws IOException {
        InetAddress[] addrs = resolve(host);
        InetSocketAddress local = null;
        if (myaddr != null || myport != 0) {
            local = new InetSocketAddress(myaddr == null ? null : resolve(myaddr)[0], myport);
        }
        ArrayDeque<InetSocketAddress> targets = new ArrayDeque<>();
        for (InetAddress a : addrs) {
            if (local == null || local.getAddress() == null || local.getAddress().isAnyLocalAddress()
                    || local.getAddress().getClass() == a.getClass()) {
                targets.add(new InetSocketAddress(a, port));
            }
        }
        if (targets.isEmpty()) {
            targets.add(new InetSocketAddress(addrs[0], port));
        }
        TcpDriver d = new TcpDriver(notifier, null);
        d.local = local;
        d.candidates = targets;
        if (async) {
            d.connecting = true;
            d.startNextAttempt();
            if (d.connecting) {
                d.updateInterest();
            }
            return d;
        }
        IOException last = null;
        while (!targets.isEmpty()) {
            InetSocketAddress target = targets.poll();
            SocketChannel sc = open(local);
            try {
                if (!sc.connect(target)) {
                    while (!sc.finishConnect()) {
                        notifier.waitFor(sc, SelectionKey.OP_CONNECT, 0);
                    }
                }
                d.sc = sc;
                return d;
            } catch (IOException e) {
                last = e;
                sc.close();
            }
        }
        throw last;
    }

    private static SocketChannel open(InetSocketAddress local) throws IOException {
        SocketChannel sc = SocketChannel.open();
        sc.configureBlocking(false);
        if (local != null) {
            sc.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            sc.bind(local);
        }
        return sc;
    }

    /** Resolves a host name or address; unknown names give getaddrinfo's message. */
    static InetAddress[] resolve(String host) throws IOException {
        try {
            InetAddress[] all = InetAddress.getAllByName(host);
            // IPv4 first, as getaddrinfo orders them for tclsh on most systems
            java.util.Arrays.sort(all, (a, b) -> Boolean.compare(!(a instanceof java.net.Inet4Address),
                    !(b instanceof java.net.Inet4Address)));
            return all;
        } catch (java.net.UnknownHostException e) {
            throw new UnknownHost();
        }
    }

    /** A host name that does not resolve. */
    static final class UnknownHost extends IOException {
        private static final long serialVersionUID = 1L;

        UnknownHost() {
            super("Name or service not known");
        }
    }

    /** Starts connecting to the next candidate address (async mode). */
    private void startNextAttempt() {
        while (!candidates.isEmpty()) {
            InetSocketAddress target = candidates.poll();
            try {
                if (sc != null) {
                    cancelKey();
                    sc.close();
                }
                sc = open(local);
                if (sc.connect(target)) {
                    connecting = false;
                    return;
                }
                return; // in progress: the selector reports OP_CONNECT
            } catch (IOException e) {
                connectError = e;
            }
        }
        connecting = false;
        if (sc == null) {
            try {
                sc = SocketChannel.open();
                sc.configureBlocking(false);
            } catch (IOException e) {
                connectError = e;
            }
        }
    }

    /** Tries to complete an async connect without waiting; true once it is no longer in progress. */
    private boolean pollConnect() {
        if (!connecting) {
            return true;
        }
        try {
            if (sc.finishConnect()) {
                connecting = false;
                connectError = null;
            }
        } catch (IOException e) {
            connectError = e;
            startNextAttempt();
        }
        if (!connecting) {
            updateInterest();
        }
        return !connecting;
    }

    /** Blocks until an async connect is over. */
    private void awaitConnect() throws IOException {
        while (!pollConnect()) {
            notifier.waitFor(sc, SelectionKey.OP_CONNECT, 0);
        }
    }

    private void checkConnectFailure() throws IOException {
        if (connectError != null && !connecting) {
            throw connectError;
        }
    }

    @Override
    public String typeName() {
        return "tcp";
    }

    @Override
    public int modes() {
        return READABLE | WRITABLE;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        if (connecting) {
            if (!blocking && !pollConnect()) {
                return 0;
            }
            awaitConnect();
        }
        checkConnectFailure();
        ByteBuffer b = ByteBuffer.wrap(buf, off, len);
        while (true) {
            int n;
            try {
                n = sc.read(b);
            } catch (IOException e) {
                if (PosixException.of(e).errno().equals("ECONNRESET")) {
                    return -1; // as tclsh on Unix: a reset connection reads as end of file
                }
                throw e;
            }
            if (n != 0) {
                return n < 0 ? -1 : n;
            }
            if (!blocking) {
                return 0;
            }
            notifier.waitFor(sc, SelectionKey.OP_READ, 0);
        }
    }

    @Override
    public int write(byte[] buf, int off, int len) throws IOException {
        if (connecting) {
            if (!blocking && !pollConnect()) {
                return 0;
            }
            awaitConnect();
        }
        checkConnectFailure();
        ByteBuffer b = ByteBuffer.wrap(buf, off, len);
        while (true) {
            int n = sc.write(b);
            if (n > 0) {
                return n;
            }
            if (!blocking) {
                return 0;
            }
            notifier.waitFor(sc, SelectionKey.OP_WRITE, 0);
        }
    }

    @Override
    public void setBlocking(boolean b) {
        blocking = b;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        cancelKey();
        if (sc != null) {
            sc.close();
            notifier.flushClosed();
        }
    }

    private void cancelKey() {
        if (key != null) {
            key.cancel();
            key = null;
        }
    }

    @Override
    public boolean canCloseHalf() {
        return true;
    }

    @Override
    public void closeHalf(int direction) throws IOException {
        if (connecting) {
            awaitConnect();
        }
        if (direction == WRITABLE) {
            sc.shutdownOutput();
        } else {
            sc.shutdownInput();
        }
    }

    // ------------------------------------------------------------- events

    @Override
    public void watch(int mask, ReadySink s) {
        watchMask = mask;
        sink = s;
        updateInterest();
    }

    private void updateInterest() {
        if (closed || sc == null) {
            return;
        }
        int ops;
        if (connecting) {
            ops = SelectionKey.OP_CONNECT;
        } else {
            ops = ((watchMask & READABLE) != 0 ? SelectionKey.OP_READ : 0)
                    | ((watchMask & WRITABLE) != 0 ? SelectionKey.OP_WRITE : 0);
        }
        try {
            if (key == null || !key.isValid()) {
                if (ops == 0) {
                    return;
                }
                key = notifier.register(sc, ops, this::selected);
            } else {
                key.interestOps(ops);
            }
        } catch (IOException | java.nio.channels.CancelledKeyException e) {
            // closed under us: nothing more will be reported
        }
    }

    private void selected(int readyOps) {
        if (connecting) {
            if ((readyOps & SelectionKey.OP_CONNECT) != 0 && pollConnect()) {
                if (sink != null && watchMask != 0) {
                    sink.ready(watchMask & (WRITABLE | (connectError != null ? READABLE : 0)));
                }
            }
            return;
        }
        int mask = ((readyOps & SelectionKey.OP_READ) != 0 ? READABLE : 0)
                | ((readyOps & SelectionKey.OP_WRITE) != 0 ? WRITABLE : 0);
        if (sink != null && (mask & watchMask) != 0) {
            sink.ready(mask & watchMask);
        }
    }

    @Override
    public int readyOps() {
        if (connectError != null && !connecting) {
            return READABLE | WRITABLE; // a failed connect reads as end of file and reports on write
        }
        return 0;
    }

    // ------------------------------------------------------------ options

    private static final List<String> SHOWN = List.of("-peername", "-sockname");
    private static final List<String> ALL = List.of("-connecting", "-peername", "-sockname");

    @Override
    public List<String> optionNames() {
        return SHOWN;
    }

    @Override
    public List<String> allOptionNames() {
        return ALL;
    }

    @Override
    public TclValue getOption(String name) throws TclException {
        switch (name) {
            case "-error": {
                pollConnect();
                if (connectError == null || connecting) {
                    return TclValue.EMPTY;
                }
                return TclValue.of(PosixException.of(connectError).getMessage());
            }
            case "-connecting":
                return pollConnect() ? TclValue.ZERO : TclValue.ONE;
            case "-peername": {
                if (connecting && !pollConnect()) {
                    return TclValue.EMPTY;
                }
                try {
                    SocketAddress a = sc.getRemoteAddress();
                    if (a == null) {
                        throw new TclException("can't get peername: socket is not connected",
                                "POSIX ENOTCONN {socket is not connected}");
                    }
                    return describe((InetSocketAddress) a);
                } catch (IOException e) {
                    PosixException p = PosixException.of(e);
                    throw new TclException("can't get peername: " + p.getMessage(), p.errorCode());
                }
            }
            case "-sockname": {
                try {
                    SocketAddress a = sc.getLocalAddress();
                    if (a == null) {
                        return TclValue.EMPTY;
                    }
                    return describe((InetSocketAddress) a);
                } catch (IOException e) {
                    PosixException p = PosixException.of(e);
                    throw new TclException("can't get sockname: " + p.getMessage(), p.errorCode());
                }
            }
            default:
                return null;
        }
    }

    /** {@code {address hostname port}} as tclsh gives it (the name by reverse lookup). */
    static TclValue describe(InetSocketAddress a) {
        InetAddress addr = a.getAddress();
        String text = addressText(addr);
        String host = hostName(addr, text);
        return TclValue.ofList(TclValue.of(text), TclValue.of(host), TclValue.of(a.getPort()));
    }

    static String addressText(InetAddress addr) {
        if (addr instanceof java.net.Inet6Address) {
            String s = addr.getHostAddress();
            int pct = s.indexOf('%');
            if (pct >= 0) {
                s = s.substring(0, pct);
            }
            return compressIpv6(s);
        }
        return addr.getHostAddress();
    }

    private static String hostName(InetAddress addr, String text) {
        if (addr.isAnyLocalAddress()) {
            return text;
        }
        String h = addr.getCanonicalHostName();
        int pct = h.indexOf('%');
        if (pct >= 0) {
            h = h.substring(0, pct);
        }
        return h.equals(addr.getHostAddress()) ? text : h;
    }

    /** Java writes IPv6 addresses in full (0:0:0:0:0:0:0:1); tclsh prints the short form (::1). */
    static String compressIpv6(String s) {
        String[] parts = s.split(":", -1);
        if (parts.length != 8) {
            return s;
        }
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8;) {
            if (parts[i].equals("0")) {
                int j = i;
                while (j < 8 && parts[j].equals("0")) {
                    j++;
                }
                if (j - i > bestLen && j - i > 1) {
                    bestStart = i;
                    bestLen = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append(i == 0 ? "::" : ":");
                i += bestLen - 1;
                continue;
            }
            sb.append(parts[i].replaceFirst("^0+(?=.)", ""));
            if (i < 7) {
                sb.append(':');
            }
        }
        return sb.toString();
    }
}
