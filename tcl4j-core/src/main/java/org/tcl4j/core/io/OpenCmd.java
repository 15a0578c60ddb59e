package org.tcl4j.core.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;
import org.tcl4j.core.WorkingDirectory;

/**
 * {@code open fileName ?access? ?permissions?}. The access is either
 * fopen-style ({@code r}, {@code w+}, {@code a}, with an optional {@code b})
 * or a list of POSIX flags ({@code {WRONLY CREAT EXCL}}). New files get
 * {@code permissions} (default 0666) less the process umask.
 */
final class OpenCmd {
    private OpenCmd() {
    }

    /** What an access argument asks for. */
    record Access(boolean read, boolean write, boolean create, boolean truncate, boolean append, boolean excl,
            boolean binary, boolean nonblock, boolean seekEnd) {
    }

    static TclValue run(Interp interp, TclValue[] objv, int base) throws TclException {
        int n = objv.length - base;
        if (n < 1 || n > 3) {
            throw Args.wrongNum(objv, base, "fileName ?access? ?permissions?");
        }
        String fileName = objv[base].toString();
        int perms = 0666;
        if (n == 3) { // tclsh reads the permissions before the access mode
            perms = (int) IoArgs.integer(objv[base + 2]);
        }
        Access access = n >= 2 ? parseAccess(objv[base + 1].toString()) : parseAccess("r");
        if (fileName.startsWith("|")) {
            return PipeChannels.open(interp, fileName.substring(1), access);
        }
        Channel ch = open(ChannelTable.of(interp), fileName, access, perms);
        return TclValue.of(ch.name());
    }

    /** Opens a file channel and registers it. */
    static Channel open(ChannelTable table, String fileName, Access a, int perms) throws TclException {
        Set<OpenOption> opts = new HashSet<>();
        if (a.read) {
            opts.add(StandardOpenOption.READ);
        }
        if (a.write) {
            opts.add(StandardOpenOption.WRITE);
        }
        if (a.create) {
            opts.add(a.excl ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if (a.truncate) {
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        FileChannel fc;
        try {
            Path path = WorkingDirectory.resolve(expandTilde(fileName));
            if (a.write && Files.isDirectory(path)) {
                throw new PosixException("EISDIR", "illegal operation on a directory");
            }
            FileAttribute<?>[] attrs = a.create && !Files.exists(path)
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions(perms & ~umask()))}
                    : new FileAttribute<?>[0];
            try {
                fc = FileChannel.open(path, opts, attrs);
            } catch (UnsupportedOperationException e) {
                fc = FileChannel.open(path, opts);
            }
            if (a.seekEnd) {
                fc.position(fc.size());
            }
        } catch (InvalidPathException e) {
            throw cannotOpen(fileName, new PosixException("ENOENT", "no such file or directory"));
        } catch (java.nio.file.FileSystemException e) {
            throw cannotOpen(fileName, fileSystemError(e));
        } catch (IOException e) {
            throw cannotOpen(fileName, PosixException.of(e));
        }
        int modes = (a.read ? ChannelDriver.READABLE : 0) | (a.write ? ChannelDriver.WRITABLE : 0);
        Channel ch = new Channel(table, table.fileName(), new FileDriver(fc, modes, a.append));
        table.add(ch, 1);
        if (a.binary) {
            ch.setOption("-translation", TclValue.of("binary"));
        }
        if (a.nonblock) {
            ch.setBlocking(false);
        }
        return ch;
    }

    private static PosixException fileSystemError(java.nio.file.FileSystemException e) {
        String reason = e.getReason();
        if (reason != null) {
            PosixException p = PosixException.of(new IOException(reason));
            if (!p.errno().equals("EIO")) {
                return p;
            }
        }
        return PosixException.of(e);
    }

    private static TclException cannotOpen(String name, PosixException p) {
        return new TclException("couldn't open \"" + name + "\": " + p.getMessage(), p.errorCode());
    }

    /** Tcl 8.6 still expands a leading ~ in file names. */
    static String expandTilde(String name) {
        if (name.equals("~") || name.startsWith("~/")) {
            return System.getProperty("user.home") + name.substring(1);
        }
        return name;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_READ};
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                s.add(bits[i]);
            }
        }
        return s;
    }

    private static int umask = -1;

    /** The process umask (Linux tells it in /proc/self/status; 022 elsewhere). */
    static synchronized int umask() {
        if (umask < 0) {
            umask = 022;
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("Umask:")) {
                        umask = Integer.parseInt(line.substring(6).trim(), 8);
                        break;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // keep the usual default
            }
        }
        return umask;
    }

    /** Parses an access argument with tclsh's messages. */
    static Access parseAccess(String mode) throws TclException {
        // as tclsh: only a mode starting with a lower-case letter is POSIX-style ("r+"), anything else a flag list
        if (mode.isEmpty() || !Character.isLowerCase(mode.charAt(0))) {
            return parseFlags(mode);
        }
        boolean read;
        boolean write;
        boolean create = false;
        boolean truncate = false;
        boolean append = false;
        switch (mode.charAt(0)) {
            case 'r':
                read = true;
                write = false;
                break;
            case 'w':
                read = false;
                write = true;
                create = true;
                truncate = true;
                break;
            case 'a':
                read = false;
                write = true;
                create = true;
                append = true;
                break;
            default:
                throw illegal(mode);
        }
        boolean plus = false;
        boolean binary = false;
        for (int i = 1; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if (i > 2 || c == mode.charAt(i - 1)) {
                throw illegal(mode);
            }
            if (c == '+') {
                if (plus) {
                    throw illegal(mode);
                }
                plus = true;
            } else if (c == 'b') {
                if (binary) {
                    throw illegal(mode);
                }
                binary = true;
            } else {
                throw illegal(mode);
            }
        }
        if (plus) {
            read = true;
            write = true;
        }
        return new Access(read, write, create, truncate, append, false, binary, false, append);
    }

    private static TclException illegal(String mode) {
        return new TclException("illegal access mode \"" + mode + "\"");
    }

    private static Access parseFlags(String mode) throws TclException {
        TclList flags = TclValue.of(mode).asList();
        int rw = -1;
        boolean create = false;
        boolean truncate = false;
        boolean append = false;
        boolean excl = false;
        boolean binary = false;
        boolean nonblock = false;
        for (TclValue f : flags) {
            switch (f.toString()) {
                case "RDONLY" -> rw = 0;
                case "WRONLY" -> rw = 1;
                case "RDWR" -> rw = 2;
                case "APPEND" -> append = true;
                case "BINARY" -> binary = true;
                case "CREAT" -> create = true;
                case "EXCL" -> excl = true;
                case "NOCTTY" -> {
                    // no terminals to worry about
                }
                case "NONBLOCK" -> nonblock = true;
                case "TRUNC" -> truncate = true;
                default -> throw new TclException("invalid access mode \"" + f
                        + "\": must be RDONLY, WRONLY, RDWR, APPEND, BINARY, CREAT, EXCL, NOCTTY, NONBLOCK, or TRUNC");
            }
        }
        if (rw < 0) {
            throw new TclException("access mode must include either RDONLY, WRONLY, or RDWR");
        }
        return new Access(rw != 1, rw != 0, create, truncate, append, excl, binary, nonblock, false);
    }
}
