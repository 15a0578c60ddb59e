package org.tcl4j.core.io;

import org.tcl4j.core.TclException;

/**
 * A zlib failure: the library's return code (data error, stream error,
 * buffer error, dictionary needed) and, where zlib gives one, its detailed
 * message ("invalid block type", "incorrect header check", ...).
 * The {@code zlib} command and streams report the code as tclsh does
 * ({@code data error}, errorCode {@code TCL ZLIB DATA}); channels report
 * the detailed message.
 */
final class ZlibError extends Exception {
    private static final long serialVersionUID = 1L;

    static final int NEED_DICT = 2;
    static final int STREAM = -2;
    static final int DATA = -3;
    static final int BUF = -5;

    private final int code;
    private final String detail;
    private final long adler;

    ZlibError(int code, String detail) {
        this(code, detail, 0);
    }

    ZlibError(int code, String detail, long adler) {
        super(detail == null ? summary(code) : detail);
        this.code = code;
        this.detail = detail;
        this.adler = adler;
    }

    int code() {
        return code;
    }

    /** zlib's own message for the failure, or null when it gave none (a dictionary is needed). */
    String detail() {
        return detail;
    }

    /** What zlib's zError says for a return code. */
    static String summary(int code) {
        return switch (code) {
            case NEED_DICT -> "need dictionary";
            case STREAM -> "stream error";
            case DATA -> "data error";
            case BUF -> "buffer error";
            default -> "unknown error";
        };
    }

    private String codeWord() {
        return switch (code) {
            case NEED_DICT -> "NEED_DICT " + adler;
            case STREAM -> "STREAM";
            case DATA -> "DATA";
            case BUF -> "BUF";
            default -> "UNKNOWN " + code;
        };
    }

    /** The error as the zlib command reports it: {@code data error} with errorCode {@code TCL ZLIB DATA}. */
    TclException toTcl() {
        return new TclException(summary(code), "TCL ZLIB " + codeWord());
    }

    /** The error as a channel read reports it: zlib's message (empty when it has none), errorCode NONE. */
    TclException toChannelError() {
        return new TclException(detail == null ? "" : detail, "NONE");
    }
}
