package org.tcl4j.tls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.function.Supplier;

import org.bouncycastle.tls.SecurityParameters;
import org.bouncycastle.tls.TlsContext;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.crypto.TlsSecret;
import org.tcl4j.core.cmd.Environment;

/**
 * TLS key logging (the manual's "Debug" section): with {@code SSLKEYLOGFILE}
 * in the environment when a connection is made, the connection's secrets are
 * appended to that file in the NSS key log format OpenSSL writes, so that
 * Wireshark and friends can decrypt a capture:
 * <pre>
 * CLIENT_RANDOM &lt;client random&gt; &lt;master secret&gt;            (TLS 1.2 and older)
 * SERVER_HANDSHAKE_TRAFFIC_SECRET &lt;client random&gt; &lt;secret&gt;  (TLS 1.3, and four more)
 * </pre>
 * Lines come in the order OpenSSL 3 writes them for the connection's role,
 * each appended on its own as it becomes known; a file that cannot be
 * written is ignored, as OpenSSL ignores it.
 *
 * <p>TLS 1.3 secrets reach us through {@link KeyLogSecret}: while the engine
 * works for a logging connection ({@link #enter}), the key schedule it
 * starts is made of secrets that report the traffic secrets derived from
 * them. The TLS 1.2 master secret is read when the handshake completes.
 */
final class KeyLog {
    /** The connection whose handshake the engine is running on this thread, if it logs keys. */
    private static final ThreadLocal<KeyLog> CURRENT = new ThreadLocal<>();
    /** Lines of all connections go one whole line at a time. */
    private static final Object FILE_LOCK = new Object();
    private static final HexFormat HEX = HexFormat.of();

    private final String file;
    private final boolean server;
    private final Supplier<TlsContext> context;
    private byte[] clientRandom;
    /** TLS 1.3 secrets derived but not yet written (OpenSSL's order differs from the engine's). */
    private String clientHandshake;
    private String clientTraffic;
    private String serverTraffic;

    private KeyLog(String file, boolean server, Supplier<TlsContext> context) {
        this.file = file;
        this.server = server;
        this.context = context;
    }

    /**
     * The key log of a new connection, or null when {@code SSLKEYLOGFILE}
     * is not set (or empty): then nothing is done for it at all.
     */
    static KeyLog open(boolean server, Supplier<TlsContext> context) {
        String file = Environment.get("SSLKEYLOGFILE");
        return file == null || file.isEmpty() ? null : new KeyLog(file, server, context);
    }

    /**
     * Makes {@code log} (null for a connection that does not log) the
     * connection the engine works for on this thread until {@link #leave};
     * returns what was there before, for {@code leave}.
     */
    static KeyLog enter(KeyLog log) {
        KeyLog outer = CURRENT.get();
        if (outer != log) {
            CURRENT.set(log);
        }
        return outer;
    }

    static void leave(KeyLog outer) {
        if (CURRENT.get() != outer) {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** The logging connection the engine is working for on this thread, or null. */
    static KeyLog current() {
        return CURRENT.get();
    }

    /**
     * A TLS 1.3 secret the engine derived, by its label in the key schedule
     * (RFC 8446, 7.1). The handshake secrets are written when both are
     * known, the application ones with the exporter secret, in the order
     * OpenSSL 3 writes them: a server writes the server's secret before the
     * client's; a client writes its own handshake secret only after the
     * server's Finished, when it starts using it.
     */
    void derived(String label, byte[] secret) {
        String hex = HEX.formatHex(secret);
        switch (label) {
            case "c hs traffic" -> clientHandshake = hex;
            case "s hs traffic" -> {
                write("SERVER_HANDSHAKE_TRAFFIC_SECRET", hex);
                if (server && clientHandshake != null) {
                    write("CLIENT_HANDSHAKE_TRAFFIC_SECRET", clientHandshake);
                    clientHandshake = null;
                }
            }
            case "c ap traffic" -> clientTraffic = hex;
            case "s ap traffic" -> serverTraffic = hex;
            case "exp master" -> {
                write("EXPORTER_SECRET", hex);
                if (serverTraffic != null) {
                    write("SERVER_TRAFFIC_SECRET_0", serverTraffic);
                }
                if (clientHandshake != null) {
                    write("CLIENT_HANDSHAKE_TRAFFIC_SECRET", clientHandshake);
                }
                if (clientTraffic != null) {
                    write("CLIENT_TRAFFIC_SECRET_0", clientTraffic);
                }
                clientHandshake = clientTraffic = serverTraffic = null;
            }
            default -> {
                // other secrets of the schedule are not logged (as in OpenSSL)
            }
        }
    }

    /** The handshake is complete: before TLS 1.3, the master secret is logged now. */
    void handshakeComplete(TlsContext ctx) {
        SecurityParameters sp = ctx.getSecurityParametersConnection();
        if (sp == null || TlsUtils.isTLSv13(sp.getNegotiatedVersion())) {
            return;
        }
        TlsSecret master = sp.getMasterSecret();
        byte[] data = master == null ? null : KeyLogSecret.bytes(master);
        if (data != null) {
            clientRandom = sp.getClientRandom();
            write("CLIENT_RANDOM", HEX.formatHex(data));
        }
    }

    private void write(String label, String secretHex) {
        byte[] random = clientRandom();
        if (random == null) {
            return;
        }
        String line = label + " " + HEX.formatHex(random) + " " + secretHex + "\n";
        synchronized (FILE_LOCK) {
            try {
                Files.write(Path.of(file), line.getBytes(StandardCharsets.US_ASCII),
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            } catch (IOException | InvalidPathException | SecurityException e) {
                // as OpenSSL: a key log that cannot be written does not stop the connection
            }
        }
    }

    private byte[] clientRandom() {
        if (clientRandom == null) {
            TlsContext ctx = context.get();
            SecurityParameters sp = ctx == null ? null : ctx.getSecurityParametersHandshake();
            if (sp == null && ctx != null) {
                sp = ctx.getSecurityParametersConnection();
            }
            clientRandom = sp == null ? null : sp.getClientRandom();
        }
        return clientRandom;
    }
}
