package org.tcl4j.core.io;

/** The three wire formats of zlib: raw deflate, the zlib wrapper (RFC 1950) and gzip (RFC 1952). */
enum ZlibFormat {
    RAW, ZLIB, GZIP;

    /** The format and direction a mode word ({@code compress}, {@code gunzip}, ...) names. */
    static ZlibFormat of(String mode) {
        return switch (mode) {
            case "compress", "decompress" -> ZLIB;
            case "deflate", "inflate" -> RAW;
            default -> GZIP;
        };
    }

    /** Is this mode word a compressing one? */
    static boolean compressing(String mode) {
        return mode.equals("compress") || mode.equals("deflate") || mode.equals("gzip");
    }
}
