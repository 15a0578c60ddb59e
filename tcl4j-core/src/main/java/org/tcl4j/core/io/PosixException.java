package org.tcl4j.core.io;

import java.io.IOException;

/**
 * An I/O failure with its POSIX name and tclsh's wording, e.g.
 * {@code ECONNRESET} / "connection reset by peer". Drivers throw it (or any
 * IOException, which {@link #of} translates) and the channel layer turns it
 * into a Tcl error with errorCode {@code POSIX ECONNRESET {connection reset by peer}}.
 */
public final class PosixException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String errno;

    public PosixException(String errno, String message) {
        super(message);
        this.errno = errno;
    }

    /** The POSIX error name, such as ENOENT. */
    public String errno() {
        return errno;
    }

    /** The Tcl errorCode list: {@code POSIX ENOENT {no such file or directory}}. */
    public String errorCode() {
        return "POSIX " + errno + " {" + getMessage() + "}";
    }

    public static PosixException connectionReset() {
        return new PosixException("ECONNRESET", "connection reset by peer");
    }

    public static PosixException invalidArgument() {
        return new PosixException("EINVAL", "invalid argument");
    }

    public static PosixException wouldBlock() {
        return new PosixException("EAGAIN", "resource temporarily unavailable");
    }

    public static PosixException brokenPipe() {
        return new PosixException("EPIPE", "broken pipe");
    }

    /** Reads a JDK exception the way tclsh would have reported the errno behind it. */
    public static PosixException of(IOException e) {
        if (e instanceof PosixException p) {
            return p;
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return new PosixException("ENOENT", "no such file or directory");
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return new PosixException("EACCES", "permission denied");
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return new PosixException("EEXIST", "file already exists");
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return new PosixException("ENOTDIR", "not a directory");
        }
        if (e instanceof java.nio.channels.ClosedChannelException) {
            return new PosixException("EBADF", "bad file number");
        }
        if (e instanceof java.net.UnknownHostException) {
            return new PosixException("EHOSTUNREACH", "host is unreachable");
        }
        String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(java.util.Locale.ROOT);
        if (m.contains("reset")) {
            return connectionReset();
        }
        if (m.contains("broken pipe")) {
            return brokenPipe();
        }
        if (m.contains("refused")) {
            return new PosixException("ECONNREFUSED", "connection refused");
        }
        if (m.contains("address already in use")) {
            return new PosixException("EADDRINUSE", "address already in use");
        }
        if (m.contains("cannot assign requested address")) {
            return new PosixException("EADDRNOTAVAIL", "cannot assign requested address");
        }
        if (m.contains("network is unreachable")) {
            return new PosixException("ENETUNREACH", "network is unreachable");
        }
        if (m.contains("no route to host") || m.contains("host is unreachable")) {
            return new PosixException("EHOSTUNREACH", "host is unreachable");
        }
        if (m.contains("timed out")) {
            return new PosixException("ETIMEDOUT", "connection timed out");
        }
        if (m.contains("is a directory")) {
            return new PosixException("EISDIR", "illegal operation on a directory");
        }
        if (m.contains("not a directory")) {
            return new PosixException("ENOTDIR", "not a directory");
        }
        if (m.contains("permission denied")) {
            return new PosixException("EACCES", "permission denied");
        }
        if (m.contains("no such file")) {
            return new PosixException("ENOENT", "no such file or directory");
        }
        if (m.contains("no space left")) {
            return new PosixException("ENOSPC", "no space left on device");
        }
        if (m.contains("too many open files")) {
            return new PosixException("EMFILE", "too many open files");
        }
        if (m.contains("read-only file system")) {
            return new PosixException("EROFS", "read-only file system");
        }
        if (m.contains("invalid argument")) {
            return invalidArgument();
        }
        return new PosixException("EIO", "input/output error");
    }
}
