package org.tcl4j.tls.suites;

import org.bouncycastle.tls.ProtocolVersion;

/**
 * The SSL/TLS protocol versions the manual names, oldest first, with each of
 * the spellings they go by: the Tcl name ({@code -tls1.2}, {@code tls::protocols},
 * {@code tls::ciphers}), the {@code tls::status} / {@code tls::connection} name
 * ({@code TLS1.2}) and OpenSSL's name ({@code TLSv1.2}, as {@code openssl ciphers -v}
 * prints a suite's minimum version).
 */
public enum Protocol {
    SSL2("ssl2", "SSL2", "SSLv2", 0x0002, null),
    SSL3("ssl3", "SSL3", "SSLv3", 0x0300, ProtocolVersion.SSLv3),
    TLS1("tls1", "TLS1", "TLSv1", 0x0301, ProtocolVersion.TLSv10),
    TLS1_1("tls1.1", "TLS1.1", "TLSv1.1", 0x0302, ProtocolVersion.TLSv11),
    TLS1_2("tls1.2", "TLS1.2", "TLSv1.2", 0x0303, ProtocolVersion.TLSv12),
    TLS1_3("tls1.3", "TLS1.3", "TLSv1.3", 0x0304, ProtocolVersion.TLSv13);

    private static final Protocol[] VALUES = values();
    private static final String[] TCL_NAMES = new String[VALUES.length];

    static {
        for (Protocol p : VALUES) {
            TCL_NAMES[p.ordinal()] = p.tclName;
        }
    }

    private final String tclName;
    private final String statusName;
    private final String opensslName;
    private final int wire;
    private final ProtocolVersion version;

    Protocol(String tclName, String statusName, String opensslName, int wire, ProtocolVersion version) {
        this.tclName = tclName;
        this.statusName = statusName;
        this.opensslName = opensslName;
        this.wire = wire;
        this.version = version;
    }

    /** The Tcl spelling: {@code tls1.2} (option {@code -tls1.2}, {@code tls::protocols}). */
    public String tclName() {
        return tclName;
    }

    /** The {@code protocol} value of {@code tls::status} and {@code tls::connection}: {@code TLS1.2}. */
    public String statusName() {
        return statusName;
    }

    /** OpenSSL's spelling: {@code TLSv1.2}, as {@code openssl ciphers -v} and {@code min_version} show it. */
    public String opensslName() {
        return opensslName;
    }

    /** The two-byte version number on the wire (0x0303 for TLS 1.2). */
    public int wireVersion() {
        return wire;
    }

    /** BouncyCastle's version object; null for SSL 2, which BouncyCastle does not know at all. */
    public ProtocolVersion version() {
        return version;
    }

    /**
     * Whether the engine can speak this version. bctls implements TLS 1.0 to
     * 1.3; SSL 3 was removed from it and SSL 2 never existed there, just as
     * OpenSSL 3 builds leave both out.
     */
    public boolean supported() {
        return this.compareTo(TLS1) >= 0;
    }

    /** The protocol with this Tcl name ({@code tls1.1}), or null. Exact match only. */
    public static Protocol byTclName(String s) {
        for (Protocol p : VALUES) {
            if (p.tclName.equals(s)) {
                return p;
            }
        }
        return null;
    }

    /** The protocol for a BouncyCastle version, or null for DTLS or anything unknown. */
    public static Protocol of(ProtocolVersion v) {
        if (v == null) {
            return null;
        }
        for (Protocol p : VALUES) {
            if (p.version != null && p.version.equals(v)) {
                return p;
            }
        }
        return null;
    }

    /** The protocol for a wire version number (0x0301 is TLS 1.0), or null. */
    public static Protocol ofWire(int wireVersion) {
        for (Protocol p : VALUES) {
            if (p.wire == wireVersion) {
                return p;
            }
        }
        return null;
    }

    /** The versions this engine speaks, oldest first: what {@code tls::protocols} lists. */
    public static java.util.List<Protocol> supportedList() {
        java.util.List<Protocol> out = new java.util.ArrayList<>();
        for (Protocol p : VALUES) {
            if (p.supported()) {
                out.add(p);
            }
        }
        return java.util.List.copyOf(out);
    }

    /**
     * The Tcl names in manual order, for {@code Args.index} so that a bad
     * name reads {@code bad protocol "x": must be ssl2, ssl3, tls1, tls1.1, tls1.2, or tls1.3}.
     */
    public static String[] tclNames() {
        return TCL_NAMES.clone();
    }
}
