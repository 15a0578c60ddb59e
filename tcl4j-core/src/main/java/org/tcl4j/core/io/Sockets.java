package org.tcl4j.core.io;

/** Making channels for sockets, with the defaults tclsh gives them. */
final class Sockets {
    private Sockets() {
    }

    /** A channel for a connected (or connecting) TCP socket: {@code -translation {auto crlf}}. */
    static Channel newSocketChannel(ChannelTable table, ChannelDriver driver) {
        Channel ch = new Channel(table, table.socketName(), driver);
        ch.setTranslation(Translation.AUTO, Translation.CRLF);
        table.add(ch, 1);
        return ch;
    }

    /** A channel for a listening socket (two descriptors in tclsh when it listens on IPv4 and IPv6). */
    static Channel newServerChannel(ChannelTable table, TcpServerDriver driver) {
        Channel ch = new Channel(table, table.socketName(), driver);
        table.add(ch, driver.isWildcard() ? 2 : 1);
        return ch;
    }
}
