package org.tcl4j.core.io;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;

import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * A listening socket ({@code socket -server command ?-myaddr addr? port}).
 * Its channel can be neither read nor written; it accepts connections as
 * long as the event loop runs, and for each one makes a new socket channel
 * and calls {@code command newChannel address port} at global level.
 */
final class TcpServerDriver implements ChannelDriver {
    private final ChannelTable table;
    private final ServerSocketChannel server;
    private final TclValue command;
    private final boolean wildcard;
    private SelectionKey key;
    private boolean closed;

    private TcpServerDriver(ChannelTable table, ServerSocketChannel server, TclValue command, boolean wildcard) {
        this.table = table;
        this.server = server;
        this.command = command;
        this.wildcard = wildcard;
    }

    /** Opens, binds and starts listening; the accept callback runs from the event loop. */
    static TcpServerDriver listen(ChannelTable table, TclValue command, String myaddr, int port) throws IOException {
        InetAddress bindTo = myaddr == null ? null : TcpDriver.resolve(myaddr)[0];
        ServerSocketChannel ssc = ServerSocketChannel.open();
        try {
            ssc.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            ssc.bind(new InetSocketAddress(bindTo, port), 4096);
            ssc.configureBlocking(false);
        } catch (IOException e) {
            ssc.close();
            throw e;
        }
        TcpServerDriver d = new TcpServerDriver(table, ssc, command, bindTo == null);
        d.key = table.notifier().register(ssc, SelectionKey.OP_ACCEPT, d::acceptReady);
        return d;
    }

    boolean isWildcard() {
        return wildcard;
    }

    private void acceptReady(int ops) {
        while (!closed) {
            SocketChannel sc;
            try {
                sc = server.accept();
            } catch (IOException e) {
                return; // e.g. out of descriptors: try again on the next round
            }
            if (sc == null) {
                return;
            }
            Channel ch;
            InetSocketAddress peer;
            try {
                peer = (InetSocketAddress) sc.getRemoteAddress();
                TcpDriver d = TcpDriver.accepted(table.notifier(), sc);
                ch = Sockets.newSocketChannel(table, d);
            } catch (IOException e) {
                try {
                    sc.close();
                } catch (IOException ignored) {
                    // nothing to save
                }
                continue;
            }
            List<TclValue> words = new ArrayList<>();
            try {
                words.addAll(command.asList());
            } catch (TclException e) {
                words.add(command);
            }
            words.add(TclValue.of(ch.name()));
            words.add(TclValue.of(TcpDriver.addressText(peer.getAddress())));
            words.add(TclValue.of(peer.getPort()));
            // selector handlers only queue work; the callback runs as an event of its own
            TclValue call = TclValue.ofList(words);
            table.notifier().queueEvent(() -> table.notifier().evalGlobal(table.interp(), call, null));
        }
    }

    @Override
    public String typeName() {
        return "tcp";
    }

    @Override
    public int modes() {
        return 0;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        throw PosixException.invalidArgument();
    }

    @Override
    public int write(byte[] buf, int off, int len) throws IOException {
        throw PosixException.invalidArgument();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (key != null) {
            key.cancel();
        }
        server.close();
        table.notifier().flushClosed();
    }

    @Override
    public long seek(long offset, int whence) throws IOException {
        throw new PosixException("EACCES", "permission denied");
    }

    private static final List<String> OPTIONS = List.of("-sockname");
    private static final List<String> ALL = List.of("-connecting", "-peername", "-sockname");

    @Override
    public List<String> optionNames() {
        return OPTIONS;
    }

    @Override
    public List<String> allOptionNames() {
        return ALL;
    }

    @Override
    public TclValue getOption(String name) throws TclException {
        switch (name) {
            case "-sockname": {
                int port = server.socket().getLocalPort();
                if (wildcard) {
                    return TclValue.ofList(TclValue.of("0.0.0.0"), TclValue.of("0.0.0.0"), TclValue.of(port),
                            TclValue.of("::"), TclValue.of("::"), TclValue.of(port));
                }
                try {
                    return TcpDriver.describe((InetSocketAddress) server.getLocalAddress());
                } catch (IOException e) {
                    PosixException p = PosixException.of(e);
                    throw new TclException("can't get sockname: " + p.getMessage(), p.errorCode());
                }
            }
            case "-error":
                return TclValue.EMPTY;
            case "-connecting":
                return TclValue.ZERO;
            default:
                return null;
        }
    }
}
