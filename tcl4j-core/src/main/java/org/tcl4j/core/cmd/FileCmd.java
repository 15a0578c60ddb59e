package org.tcl4j.core.cmd;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;

/** The {@code file} command: path grammar (see {@link FilePaths}) and file-system queries and changes. */
public final class FileCmd {
    private FileCmd() {
    }

    static final String[] SUBCOMMANDS = {"atime", "attributes", "channels", "copy", "delete", "dirname",
        "executable", "exists", "extension", "isdirectory", "isfile", "join", "link", "lstat", "mkdir", "mtime",
        "nativename", "normalize", "owned", "pathtype", "readable", "readlink", "rename", "rootname", "separator",
        "size", "split", "stat", "system", "tail", "tempfile", "type", "volumes", "writable"};

    public static void register(Interp interp) {
        interp.register("file", FileCmd::file);
        interp.register("pwd", (in, objv) -> {
            Args.check(objv, 1, 1, 1, "");
            return TclValue.of(org.tcl4j.core.WorkingDirectory.get().toString());
        });
        interp.register("cd", FileCmd::cd);
        interp.register("glob", GlobCmd::glob);
    }

    static TclValue cd(Interp interp, TclValue[] objv) throws TclException {
        Args.check(objv, 1, 2, 1, "?dirName?");
        String name = objv.length == 2 ? objv[1].toString() : "~";
        Path p = path(name);
        if (!Files.exists(p)) {
            throw new TclException("couldn't change working directory to \"" + name
                    + "\": no such file or directory", "POSIX ENOENT {no such file or directory}");
        }
        if (!Files.isDirectory(p)) {
            throw new TclException("couldn't change working directory to \"" + name + "\": not a directory",
                    "POSIX ENOTDIR {not a directory}");
        }
        try {
            org.tcl4j.core.WorkingDirectory.set(p.toRealPath());
        } catch (IOException e) {
            throw ioError("couldn't change working directory to \"" + name + "\"", e);
        }
        return TclValue.EMPTY;
    }

    /** A Tcl file name as a path: tilde expanded, relative to the Tcl working directory. */
    public static Path path(String name) {
        return org.tcl4j.core.WorkingDirectory.resolve(FilePaths.expandTilde(name));
    }

    static TclValue file(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "subcommand ?arg ...?");
        }
        int sub = Args.subcommand(objv[1], SUBCOMMANDS);
        String cmd = SUBCOMMANDS[sub];
        switch (cmd) {
            case "join": {
                if (objv.length < 3) {
                    throw Args.wrongNum(objv, 2, "name ?name ...?");
                }
                List<String> parts = new ArrayList<>();
                for (int i = 2; i < objv.length; i++) {
                    parts.add(objv[i].toString());
                }
                return TclValue.of(FilePaths.join(parts));
            }
            case "split": {
                Args.check(objv, 3, 3, 2, "name");
                List<TclValue> out = new ArrayList<>();
                for (String p : FilePaths.split(objv[2].toString())) {
                    out.add(TclValue.of(p));
                }
                return TclValue.ofList(out);
            }
            case "dirname", "tail", "extension", "rootname", "pathtype", "nativename", "normalize": {
                Args.check(objv, 3, 3, 2, "name");
                String p = objv[2].toString();
                return TclValue.of(switch (cmd) {
                    case "dirname" -> FilePaths.dirname(p);
                    case "tail" -> FilePaths.tail(p);
                    case "extension" -> FilePaths.extension(p);
                    case "rootname" -> FilePaths.rootname(p);
                    case "pathtype" -> FilePaths.pathtype(p);
                    case "nativename" -> FilePaths.expandTilde(p);
                    default -> normalize(p);
                });
            }
            case "separator":
                Args.check(objv, 2, 3, 2, "?name?");
                return TclValue.of("/");
            case "volumes":
                Args.check(objv, 2, 2, 2, "");
                return TclValue.of("/");
            case "system":
                Args.check(objv, 3, 3, 2, "name");
                return TclValue.of("native");
            case "exists", "isfile", "isdirectory", "readable", "writable", "executable", "owned": {
                Args.check(objv, 3, 3, 2, "name");
                String name = objv[2].toString();
                if (org.tcl4j.core.pkg.LibraryFs.isVirtual(name)) {
                    // the runtime's own library, inside the jar: readable, never writable
                    return TclValue.of(switch (cmd) {
                        case "exists" -> org.tcl4j.core.pkg.LibraryFs.exists(name);
                        case "isfile", "readable" -> org.tcl4j.core.pkg.LibraryFs.isFile(name);
                        case "isdirectory" -> org.tcl4j.core.pkg.LibraryFs.isDirectory(name);
                        default -> false;
                    });
                }
                Path p = path(name);
                return TclValue.of(switch (cmd) {
                    case "exists" -> Files.exists(p);
                    case "isfile" -> Files.isRegularFile(p);
                    case "isdirectory" -> Files.isDirectory(p);
                    case "readable" -> Files.isReadable(p);
                    case "writable" -> Files.isWritable(p);
                    case "executable" -> Files.isExecutable(p);
                    default -> owned(p);
                });
            }
            case "size": {
                Args.check(objv, 3, 3, 2, "name");
                try {
                    return TclValue.of(Files.size(path(objv[2].toString())));
                } catch (IOException e) {
                    throw ioError("could not read \"" + objv[2] + "\"", e);
                }
            }
            case "mtime", "atime": {
                Args.check(objv, 3, 4, 2, "name ?time?");
                Path p = path(objv[2].toString());
                String attr = cmd.equals("mtime") ? "lastModifiedTime" : "lastAccessTime";
                try {
                    if (objv.length == 4) {
                        Files.getAttribute(p, attr); // a missing file is reported before a bad time
                        Files.setAttribute(p, attr, FileTime.fromMillis(objv[3].asLong() * 1000));
                    }
                    return TclValue.of(((FileTime) Files.getAttribute(p, attr)).toMillis() / 1000);
                } catch (IOException e) {
                    throw ioError("could not read \"" + objv[2] + "\"", e);
                }
            }
            case "type": {
                Args.check(objv, 3, 3, 2, "name");
                Path p = path(objv[2].toString());
                if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                    throw new TclException("could not read \"" + objv[2] + "\": no such file or directory",
                            "POSIX ENOENT {no such file or directory}");
                }
                return TclValue.of(type(p));
            }
            case "stat", "lstat": {
                Args.check(objv, 4, 4, 2, "name varName");
                stat(interp, objv[2].toString(), objv[3].toString(), cmd.equals("lstat"));
                return TclValue.EMPTY;
            }
            case "mkdir": {
                for (int i = 2; i < objv.length; i++) {
                    Path p = path(objv[i].toString());
                    try {
                        Files.createDirectories(p);
                    } catch (FileAlreadyExistsException e) {
                        throw new TclException("can't create directory \"" + objv[i] + "\": file already exists",
                                "POSIX EEXIST {file already exists}");
                    } catch (IOException e) {
                        throw ioError("can't create directory \"" + objv[i] + "\"", e);
                    }
                }
                return TclValue.EMPTY;
            }
            case "delete":
                delete(objv);
                return TclValue.EMPTY;
            case "copy", "rename":
                copyOrRename(objv, cmd.equals("rename"));
                return TclValue.EMPTY;
            case "tempfile": {
                Args.check(objv, 2, 4, 2, "?nameVar? ?template?");
                try {
                    Path t = Files.createTempFile("tcl", "");
                    if (objv.length >= 3) {
                        interp.setVar(objv[2].toString(), TclValue.of(t.toString()));
                    }
                    return interp.invoke(TclValue.of("open"), TclValue.of(t.toString()), TclValue.of("w+"));
                } catch (IOException e) {
                    throw ioError("can't create temporary file", e);
                }
            }
            case "readlink": {
                Args.check(objv, 3, 3, 2, "name");
                try {
                    return TclValue.of(Files.readSymbolicLink(path(objv[2].toString())).toString());
                } catch (IOException e) {
                    throw ioError("could not read link \"" + objv[2] + "\"", e);
                }
            }
            case "link": {
                Args.check(objv, 3, 5, 2, "?-linktype? linkname ?target?");
                int i = 2;
                boolean hard = false;
                if (objv.length > 3 && objv[2].toString().startsWith("-")) {
                    hard = objv[2].toString().equals("-hard");
                    i++;
                }
                Path link = path(objv[i].toString());
                try {
                    if (i + 1 >= objv.length) {
                        return TclValue.of(Files.readSymbolicLink(link).toString());
                    }
                    Path target = path(objv[i + 1].toString());
                    if (hard) {
                        Files.createLink(link, target);
                    } else {
                        Files.createSymbolicLink(link, target);
                    }
                    return objv[i + 1];
                } catch (IOException e) {
                    throw ioError("could not create new link \"" + objv[i] + "\"", e);
                }
            }
            case "attributes":
                return attributes(objv);
            case "channels": {
                Args.check(objv, 2, 3, 2, "?pattern?");
                TclValue pattern = objv.length > 2 ? objv[2] : null;
                return pattern == null ? interp.invoke(TclValue.of("chan"), TclValue.of("names"))
                        : interp.invoke(TclValue.of("chan"), TclValue.of("names"), pattern);
            }
            default:
                throw new IllegalStateException(cmd);
        }
    }

    static String normalize(String p) {
        Path path = path(p).normalize();
        Path parent = path.getParent();
        if (parent != null && Files.exists(parent)) {
            try {
                path = parent.toRealPath().resolve(path.getFileName());
            } catch (IOException ignored) {
                // keep the lexical form
            }
        }
        return path.toString();
    }

    private static boolean owned(Path p) {
        try {
            return Files.getOwner(p).getName().equals(System.getProperty("user.name"));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static String type(Path p) {
        if (Files.isSymbolicLink(p)) {
            return "link";
        }
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            return "directory";
        }
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            return "file";
        }
        try {
            Object mode = Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            int m = ((Integer) mode) & 0170000;
            return switch (m) {
                case 0020000 -> "characterSpecial";
                case 0060000 -> "blockSpecial";
                case 0010000 -> "fifo";
                case 0140000 -> "socket";
                default -> "file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "file";
        }
    }

    private static void stat(Interp interp, String name, String var, boolean lstat) throws TclException {
        Path p = path(name);
        LinkOption[] opts = lstat ? new LinkOption[] {LinkOption.NOFOLLOW_LINKS} : new LinkOption[0];
        Map<String, Object> a;
        try {
            a = Files.readAttributes(p, "unix:*", opts);
        } catch (IOException e) {
            throw ioError("could not read \"" + name + "\"", e);
        } catch (UnsupportedOperationException e) {
            throw new TclException("could not read \"" + name + "\": operation not supported", "POSIX ENOTSUP");
        }
        String[][] keys = {{"atime", "lastAccessTime"}, {"ctime", "ctime"}, {"dev", "dev"}, {"gid", "gid"},
            {"ino", "ino"}, {"mode", "mode"}, {"mtime", "lastModifiedTime"}, {"nlink", "nlink"}, {"size", "size"},
            {"uid", "uid"}};
        for (String[] k : keys) {
            Object v = a.get(k[1]);
            long n = v instanceof FileTime t ? t.toMillis() / 1000 : v instanceof Number num ? num.longValue() : 0;
            interp.setVar(var, k[0], TclValue.of(n));
        }
        interp.setVar(var, "type", TclValue.of(lstat ? type(p) : Files.isDirectory(p) ? "directory" : type(p)));
    }

    /** The {@code -force} and {@code --} options of delete/copy/rename, and the first word after them. */
    private record ForceOption(boolean force, int next) {
        static ForceOption parse(TclValue[] objv) throws TclException {
            int i = 2;
            boolean force = false;
            while (i < objv.length && objv[i].toString().startsWith("-")) {
                String o = objv[i].toString();
                i++;
                if (o.equals("--")) {
                    break;
                }
                if (!o.equals("-force")) {
                    throw new TclException("bad option \"" + o + "\": must be -force or --",
                            "TCL LOOKUP INDEX option " + o);
                }
                force = true;
            }
            return new ForceOption(force, i);
        }
    }

    private static void delete(TclValue[] objv) throws TclException {
        ForceOption opts = ForceOption.parse(objv);
        int i = opts.next();
        boolean force = opts.force();
        for (; i < objv.length; i++) {
            Path p = path(objv[i].toString());
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && force) {
                    try (Stream<Path> walk = Files.walk(p)) {
                        for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                            Files.delete(q);
                        }
                    }
                } else {
                    Files.delete(p);
                }
            } catch (DirectoryNotEmptyException e) {
                throw new TclException("error deleting \"" + objv[i] + "\": directory not empty",
                        "POSIX ENOTEMPTY {directory not empty}");
            } catch (IOException e) {
                throw ioError("error deleting \"" + objv[i] + "\"", e);
            }
        }
    }

    private static void copyOrRename(TclValue[] objv, boolean rename) throws TclException {
        ForceOption opts = ForceOption.parse(objv);
        int i = opts.next();
        boolean force = opts.force();
        if (objv.length - i < 2) {
            throw Args.wrongNum(objv, 2, "?-option value ...? source ?source ...? target");
        }
        String verb = rename ? "renaming" : "copying";
        String targetName = objv[objv.length - 1].toString();
        Path target = path(targetName);
        boolean intoDir = Files.isDirectory(target);
        if (objv.length - i > 2 && !intoDir) {
            throw new TclException("error " + verb + ": target \"" + targetName + "\" is not a directory",
                    "POSIX ENOTDIR {not a directory}");
        }
        for (int k = i; k < objv.length - 1; k++) {
            Path src = path(objv[k].toString());
            Path dst = intoDir ? target.resolve(src.getFileName()) : target;
            // messages name the target as the user wrote it, not as an absolute path
            String dstName = intoDir ? targetName + "/" + src.getFileName() : targetName;
            try {
                if (!Files.exists(src, LinkOption.NOFOLLOW_LINKS)) {
                    throw new NoSuchFileException(src.toString());
                }
                if (Files.exists(dst) && !force) {
                    throw new TclException("error " + verb + " \"" + objv[k]
                            + "\" to \"" + dstName + "\": file already exists", "POSIX EEXIST {file already exists}");
                }
                if (Files.isDirectory(src, LinkOption.NOFOLLOW_LINKS)
                        && dst.toAbsolutePath().normalize().startsWith(src.toAbsolutePath().normalize())) {
                    throw new TclException("error " + verb + " \"" + objv[k] + "\" to \"" + dstName
                            + "\": trying to rename a volume or move a directory into itself");
                }
                if (rename) {
                    Files.move(src, dst, StandardCopyOption.REPLACE_EXISTING);
                } else if (Files.isDirectory(src)) {
                    copyTree(src, dst);
                } else {
                    Files.copy(src, dst, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            } catch (IOException e) {
                throw ioError("error " + (rename ? "renaming" : "copying") + " \"" + objv[k] + "\"", e);
            }
        }
    }

    private static void copyTree(Path src, Path dst) throws IOException {
        try (Stream<Path> walk = Files.walk(src)) {
            for (Path p : walk.toList()) {
                Path d = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(d);
                } else {
                    Files.copy(p, d, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static TclValue attributes(TclValue[] objv) throws TclException {
        if (objv.length < 3) {
            throw Args.wrongNum(objv, 2, "name ?-option value ...?");
        }
        Path p = path(objv[2].toString());
        String[] opts = {"-group", "-owner", "-permissions"}; // tclsh's attributes on Unix
        try {
            if (objv.length == 3) {
                List<TclValue> out = new ArrayList<>();
                for (String o : new String[] {"-group", "-owner", "-permissions"}) {
                    out.add(TclValue.of(o));
                    out.add(attribute(p, o));
                }
                return TclValue.ofList(out);
            }
            if (objv.length == 4) {
                return attribute(p, opts[Args.index(objv[3], opts, "option")]);
            }
            for (int i = 3; i < objv.length; i += 2) {
                String o = opts[Args.index(objv[i], opts, "option")];
                if (i + 1 >= objv.length) {
                    throw new TclException("value for \"" + objv[i] + "\" missing", "TCL OPERATION FATTR NOVALUE");
                }
                setAttribute(p, objv[2].toString(), o, objv[i + 1].toString());
            }
            return TclValue.EMPTY;
        } catch (IOException e) {
            throw ioError("could not read \"" + objv[2] + "\"", e);
        }
    }

    /** Sets one of -group, -owner and -permissions, with tclsh's messages. */
    private static void setAttribute(Path p, String name, String option, String value) throws TclException {
        if (option.equals("-permissions")) {
            Set<PosixFilePermission> perms;
            if (TclValue.of(value).asNumber() instanceof Long mode) { // a Tcl integer: 0644 is octal
                perms = permissions((int) (mode & 0777));
            } else {
                // tclsh reads the file's mode before it parses a symbolic one
                if (!Files.exists(p)) {
                    throw new TclException("could not read \"" + name + "\": no such file or directory",
                            "POSIX ENOENT {no such file or directory}");
                }
                try {
                    perms = PosixFilePermissions.fromString(value);
                } catch (IllegalArgumentException e) {
                    throw new TclException("unknown permission string format \"" + value + "\"",
                            "TCL VALUE PERMISSION");
                }
            }
            try {
                Files.setPosixFilePermissions(p, perms);
            } catch (IOException e) {
                throw ioError("could not set permissions for file \"" + name + "\"", e);
            }
            return;
        }
        boolean group = option.equals("-group");
        String what = group ? "group" : "owner";
        try {
            var lookup = p.getFileSystem().getUserPrincipalLookupService();
            try {
                if (group) {
                    Files.getFileAttributeView(p, java.nio.file.attribute.PosixFileAttributeView.class)
                            .setGroup(lookup.lookupPrincipalByGroupName(value));
                } else {
                    Files.setOwner(p, lookup.lookupPrincipalByName(value));
                }
            } catch (java.nio.file.attribute.UserPrincipalNotFoundException e) {
                // as tclsh: a name that is no user or group may still be a number
                Long id = TclValue.of(value).asNumber() instanceof Long l ? l : null;
                if (id == null) {
                    throw new TclException("could not set " + what + " for file \"" + name + "\": "
                            + (group ? "group" : "user") + " \"" + value + "\" does not exist",
                            group ? "TCL OPERATION SETGRP NO_GROUP" : "TCL OPERATION SETOWN NO_USER");
                }
                if (id >= 0) {
                    Files.setAttribute(p, group ? "unix:gid" : "unix:uid", (int) (long) id);
                } else if (!Files.exists(p)) {
                    throw new NoSuchFileException(p.toString());
                }
            }
        } catch (IOException e) {
            throw ioError("could not set " + what + " for file \"" + name + "\"", e);
        }
    }

    private static TclValue attribute(Path p, String o) throws IOException {
        return switch (o) {
            case "-group" -> TclValue.of(Files.readAttributes(p, java.nio.file.attribute.PosixFileAttributes.class)
                    .group().getName());
            case "-owner" -> TclValue.of(Files.getOwner(p).getName());
            default -> {
                int mode = 0;
                for (PosixFilePermission perm : Files.getPosixFilePermissions(p)) {
                    mode |= 1 << (8 - perm.ordinal());
                }
                yield TclValue.of(String.format("%05o", mode));
            }
        };
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        StringBuilder sb = new StringBuilder();
        String rwx = "rwxrwxrwx";
        for (int i = 0; i < 9; i++) {
            sb.append((mode & (1 << (8 - i))) != 0 ? rwx.charAt(i) : '-');
        }
        return PosixFilePermissions.fromString(sb.toString());
    }

    /** An I/O failure as Tcl words it: "prefix: no such file or directory" with a POSIX errorCode. */
    static TclException ioError(String prefix, IOException e) {
        String msg;
        String code;
        if (e instanceof NoSuchFileException) {
            msg = "no such file or directory";
            code = "ENOENT";
        } else if (e instanceof AccessDeniedException) {
            msg = "permission denied";
            code = "EACCES";
        } else if (e instanceof FileAlreadyExistsException) {
            msg = "file already exists";
            code = "EEXIST";
        } else if (e instanceof NotDirectoryException) {
            msg = "not a directory";
            code = "ENOTDIR";
        } else if (e instanceof DirectoryNotEmptyException) {
            msg = "directory not empty";
            code = "ENOTEMPTY";
        } else {
            msg = String.valueOf(e.getMessage()).toLowerCase();
            code = "EIO";
        }
        return new TclException(prefix + ": " + msg, "POSIX " + code + " " + TclList.format(List.of(msg)));
    }
}
