package org.tcl4j.core.io;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;

/**
 * The channels of one interpreter, by name, with the standard channels
 * stdin, stdout and stderr.
 *
 * <p>Names follow tclsh on Unix: a file is {@code file} plus the number of
 * the file descriptor it would have there (the lowest free one, so closing
 * and reopening gives the same name), a socket is {@code sock} plus a hex
 * number. When a standard channel was closed, the next channel created takes
 * its place and its name, as in Tcl ({@code close stdout; open log w}
 * redirects {@code puts}).
 *
 * <p>An interpreter and its children draw names from one pool, as the
 * interpreters of a tclsh process share its descriptors, so a channel can be
 * shared ({@code interp share}) or moved ({@code interp transfer}) between
 * them without its name clashing: it is then held by several tables and
 * closed when the last one lets go.
 *
 * <p>When the program exits, queued output of every channel is flushed (a
 * shutdown hook), as tclsh's exit does.
 */
public final class ChannelTable {
    private static final String[] STD_NAMES = {"stdin", "stdout", "stderr"};
    private static final Set<ChannelTable> LIVE = Collections.synchronizedSet(
            Collections.newSetFromMap(new WeakHashMap<>()));

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ChannelTable::flushAllAtExit, "tcl4j-channel-flush"));
    }

    private final Interp interp;
    private final Notifier notifier;
    private final Map<String, Channel> channels = new LinkedHashMap<>();
    /** The name pool of the interpreter family. */
    private final Names names;
    /** Descriptor numbers of the channels whose home this table is. */
    private final Map<Channel, int[]> fdOf = new java.util.HashMap<>();
    private final Channel[] std = new Channel[3];
    /** Standard channels moved to another interpreter: their descriptors are still open there. */
    private final boolean[] stdMoved = new boolean[3];

    /** Emulated descriptor numbers and name counters, shared by an interpreter and its children. */
    private static final class Names {
        final BitSet fds = new BitSet();
        long sockSerial = 0x55d4c0e01e0L;
        int reflectedSerial;

        Names() {
            fds.set(0, 3);
        }
    }
    /** The system encoding while the table is being made (it cannot be asked for then). */
    private Encodings.Encoding initialEncoding;

    private ChannelTable(Interp interp, Notifier notifier, Encodings.Encoding system, Names names, boolean root) {
        this.interp = interp;
        this.notifier = notifier;
        this.initialEncoding = system;
        this.names = names;
        for (int i = 0; i < 3; i++) {
            Channel c = new Channel(this, STD_NAMES[i], new StdioDriver(interp, i));
            if (i == 0) {
                c.setTranslation(Translation.AUTO, Translation.LF);
                c.setBuffering(Channel.Buffering.LINE);
            } else {
                c.setWriteThrough(true);
                c.setBuffering(i == 1 ? Channel.Buffering.LINE : Channel.Buffering.NONE);
            }
            std[i] = c;
            channels.put(c.name(), c);
            c.tables.add(this);
            if (root) {
                fdOf.put(c, new int[] {i}); // a child's standard channels stand for the same descriptors
            }
        }
        initialEncoding = null;
        LIVE.add(this);
        interp.onDelete(this::closeAll);
    }

    /** Closes every channel (the interpreter is being deleted); errors are ignored as in Tcl. */
    void closeAll() {
        for (Channel c : new ArrayList<>(channels.values())) {
            if (c.tables.size() > 1) {
                try {
                    unregister(c); // shared: the other holders keep it
                } catch (TclException e) {
                    // not reached: a shared channel is not closed here
                }
            }
        }
        for (Channel c : new ArrayList<>(fdOf.keySet())) {
            if (isStandard(c)) {
                c.flushAtExit(); // the standard channels write to streams the embedder owns
                continue;
            }
            try {
                c.flushAtExit();
                c.close();
            } catch (TclException | RuntimeException e) {
                // nothing to report to any more
            }
        }
        if (notifier.interp() == interp) {
            notifier.shutdown(); // a child's events were dropped by the notifier itself
        }
        LIVE.remove(this);
    }

    /** The channel table of an interpreter (created, with the standard channels, on first use). */
    public static ChannelTable of(Interp interp) {
        ChannelTable t = interp.data(ChannelTable.class, () -> null);
        if (t != null) {
            return t;
        }
        // made outside data(): creating it asks for other per-interpreter data, and data() must not nest
        Notifier notifier = Notifier.of(interp);
        Encodings.Encoding system = Encodings.system(interp);
        boolean root = notifier.interp() == interp;
        Names names = root ? new Names() : of(notifier.interp()).names;
        ChannelTable made = new ChannelTable(interp, notifier, system, names, root);
        return interp.data(ChannelTable.class, () -> made);
    }

    public Interp interp() {
        return interp;
    }

    public Notifier notifier() {
        return notifier;
    }

    /** The encoding new channels get: the interpreter's {@code encoding system}. */
    Encodings.Encoding systemEncoding() {
        return initialEncoding != null ? initialEncoding : Encodings.system(interp);
    }

    /** The channel named {@code name}, or tclsh's "can not find channel named" error. */
    public Channel get(String name) throws TclException {
        Channel c = channels.get(name);
        if (c == null) {
            throw new TclException("can not find channel named \"" + name + "\"", Args.code("TCL LOOKUP CHANNEL", name));
        }
        return c;
    }

    /** The channel named {@code name}, or null. */
    public Channel find(String name) {
        return channels.get(name);
    }

    /** Names of the open channels. */
    public List<String> names() {
        return new ArrayList<>(channels.keySet());
    }

    /** The current standard output channel (what {@code puts} writes to by default), or null. */
    public Channel stdoutChannel() {
        return std[1];
    }

    public Channel stderrChannel() {
        return std[2];
    }

    public Channel stdinChannel() {
        return std[0];
    }

    /** Is this one of the standard channels (stdin, stdout, stderr) now? */
    public boolean isStandard(Channel ch) {
        return std[0] == ch || std[1] == ch || std[2] == ch;
    }

    // --------------------------------------------------------------- names

    /**
     * Reserves {@code count} descriptor numbers for a new channel; returns the first.
     * Used for names ({@code file5}) and released when the channel closes.
     */
    private int allocFd() {
        int fd = names.fds.nextClearBit(0);
        names.fds.set(fd);
        return fd;
    }

    /** A name for a new file channel: {@code file} plus its descriptor number. */
    public String fileName() {
        return "file" + peekFd();
    }

    private int peekFd() {
        return names.fds.nextClearBit(0);
    }

    /** A name for a new socket channel. */
    public String socketName() {
        names.sockSerial += 0x4c0;
        return "sock" + Long.toHexString(names.sockSerial);
    }

    /** A name for a new reflected channel ({@code chan create}). */
    public String reflectedName() {
        return "rc" + names.reflectedSerial++;
    }

    /**
     * Makes a channel visible to scripts. {@code fdCount} is how many file
     * descriptors tclsh would use for it (2 for a dual-stack server
     * socket), which shapes the names of later files. If a standard channel
     * was closed, the new channel becomes it and takes its name.
     */
    public Channel add(Channel ch, int fdCount) {
        int[] mine = new int[fdCount];
        for (int i = 0; i < fdCount; i++) {
            mine[i] = allocFd();
        }
        fdOf.put(ch, mine);
        ch.tables.add(this);
        takeStandardSlot(ch);
        channels.put(ch.name(), ch);
        return ch;
    }

    /** If a standard channel was closed, {@code ch} becomes it and takes its name. */
    private void takeStandardSlot(Channel ch) {
        for (int i = 0; i < 3; i++) {
            if (std[i] == null && !stdMoved[i]) {
                std[i] = ch;
                ch.rename(STD_NAMES[i]);
                if (i > 0) {
                    ch.setBuffering(i == 1 ? Channel.Buffering.LINE : Channel.Buffering.NONE);
                }
                break;
            }
        }
    }

    /** Forgets a channel's name in every table holding it (it is closed; the drivers may close later). */
    void remove(Channel ch) {
        for (ChannelTable t : ch.tables) {
            t.forget(ch);
        }
        ch.tables.retainAll(List.of(this)); // the home table still frees the descriptors when the drivers close
    }

    private void forget(Channel ch) {
        channels.remove(ch.name(), ch);
        for (int i = 0; i < 3; i++) {
            if (std[i] == ch) {
                std[i] = null;
            }
        }
    }

    /** The drivers of a channel are closed: its descriptor numbers are free again. */
    void released(Channel ch) {
        int[] mine = fdOf.remove(ch);
        if (mine != null) {
            for (int fd : mine) {
                names.fds.clear(fd);
            }
        }
        ch.tables.remove(this);
    }

    // ------------------------------------------------------- interp share

    /** Is the channel also held by another interpreter's table? */
    public static boolean isShared(Channel ch) {
        return ch.tables.size() > 1;
    }

    /**
     * {@code interp share}: makes the channel visible in this table too
     * (nothing happens when it is already here). Error if another channel of
     * that name is here.
     */
    public void share(Channel ch) throws TclException {
        Channel here = channels.get(ch.name());
        if (here == ch || (here != null && isStandard(here) && here.bottom() instanceof StdioDriver
                && ch.bottom() instanceof StdioDriver)) {
            return; // each interpreter has its own channel object for the process's standard streams
        }
        if (here != null) {
            throw new TclException("channel \"" + ch.name() + "\" already exists in the target interpreter",
                    "TCL OPERATION INTERP SHARE");
        }
        ch.tables.add(this);
        takeStandardSlot(ch);
        channels.put(ch.name(), ch);
    }

    /**
     * {@code interp transfer}: the channel moves from this table to
     * {@code to} (to the same table: it is closed, as in tclsh).
     */
    public void transfer(Channel ch, ChannelTable to) throws TclException {
        to.share(ch);
        int slot = -1;
        for (int i = 0; i < 3; i++) {
            if (std[i] == ch && to != this) {
                slot = i;
            }
        }
        unregister(ch);
        if (slot >= 0) {
            stdMoved[slot] = true;
        }
    }

    /**
     * Lets go of a channel this table holds: if another table holds it too,
     * only the name here goes (with this interpreter's {@code fileevent}
     * scripts); otherwise the channel is closed, as {@code close} does.
     */
    public void unregister(Channel ch) throws TclException {
        if (ch.tables.size() <= 1) {
            ch.close();
            return;
        }
        forget(ch);
        ch.tables.remove(this);
        ch.dropHandlers(interp);
        int[] mine = fdOf.remove(ch);
        if (mine != null) {
            ChannelTable heir = ch.tables.get(0);
            heir.fdOf.put(ch, mine);
            ch.rehome(heir);
        }
    }

    // ---------------------------------------------------------------- exit

    /** Flushes every channel's queued output (what tclsh does when it exits). */
    public void flushAll() {
        List<Channel> all = new ArrayList<>(fdOf.keySet());
        for (Channel c : all) {
            c.flushAtExit();
        }
    }

    /** How long the exit may wait for output that cannot be written (a peer that does not read). */
    private static final long EXIT_FLUSH_MILLIS = 5000;

    private static void flushAllAtExit() {
        List<ChannelTable> tables;
        synchronized (LIVE) {
            tables = new ArrayList<>(LIVE);
        }
        Thread t = new Thread(() -> {
            for (ChannelTable table : tables) {
                table.flushAll();
            }
        }, "tcl4j-exit-flush");
        t.setDaemon(true);
        t.start();
        try {
            t.join(EXIT_FLUSH_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
