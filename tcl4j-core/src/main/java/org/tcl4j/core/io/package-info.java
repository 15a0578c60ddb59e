/**
 * Tcl channels and the event loop.
 *
 * <h2>Pieces</h2>
 * <ul>
 * <li>{@link org.tcl4j.core.io.ChannelDriver}: moves raw bytes (file, TCP
 * socket, pipe, a script-level channel, a stacked transform).</li>
 * <li>{@link org.tcl4j.core.io.Channel}: a name plus a stack of drivers,
 * with Tcl's buffering, encoding, translation, eofchar, blocking mode and
 * fileevent handlers above the top driver.</li>
 * <li>{@link org.tcl4j.core.io.ChannelTable}: the channels of an
 * interpreter by name, with stdin/stdout/stderr.</li>
 * <li>{@link org.tcl4j.core.io.Notifier}: the event loop of an
 * interpreter: timers, idle callbacks, a java.nio selector, background
 * errors. {@code vwait}, {@code update} and embedders call
 * {@link org.tcl4j.core.io.Notifier#doOneEvent}.</li>
 * </ul>
 *
 * <h2>Writing a stacked driver (what {@code tls::import} does)</h2>
 * <pre>{@code
 * Channel ch = ChannelTable.of(interp).get(name);
 * ch.push(below -> new MyDriver(below));   // the name stays the same
 * ...
 * ch.pop();                                // back to the driver below
 * }</pre>
 * The new driver reads and writes through {@code below} (bytes the channel
 * had read ahead come first). It must:
 * <ul>
 * <li>honour {@link org.tcl4j.core.io.ChannelDriver#setBlocking}: when
 * non-blocking, return 0 from read/write instead of waiting (the driver
 * below is set to the same mode by the channel);</li>
 * <li>pass {@link org.tcl4j.core.io.ChannelDriver#watch} on to the driver
 * below, adding the events it needs itself (a handshake may need READABLE
 * while the script waits for WRITABLE), and report readiness to the sink;</li>
 * <li>say in {@link org.tcl4j.core.io.ChannelDriver#readyOps} when it holds
 * bytes for the reader (the channel is then readable although the socket is
 * idle), and in {@link org.tcl4j.core.io.ChannelDriver#hasPendingOutput}
 * when it holds bytes for the peer (the channel then keeps flushing in the
 * background and delays a close);</li>
 * <li>close only itself in {@link org.tcl4j.core.io.ChannelDriver#close}:
 * the channel closes the drivers below afterwards;</li>
 * <li>fail with a {@link org.tcl4j.core.io.PosixException} or a
 * {@link org.tcl4j.core.io.DriverError} (its own message, shown as
 * {@code error reading "sock5": message}).</li>
 * </ul>
 * Options: the channel asks every driver from the top down, so the socket's
 * {@code -peername} still answers under a stacked driver.
 */
package org.tcl4j.core.io;
