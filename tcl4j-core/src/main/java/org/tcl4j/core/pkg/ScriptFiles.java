package org.tcl4j.core.pkg;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.cmd.Encodings;

/**
 * Reading script files and looking into directories for {@code source} and
 * the package search, for real files and for the resource tree of
 * {@link LibraryFs} alike. (The {@code file} command family is not here;
 * this is the small part of it that loading code needs.)
 */
public final class ScriptFiles {
    private ScriptFiles() {
    }

    /** The character that ends a script file, as in tclsh (^Z). */
    private static final char EOF_CHAR = '\u001a';

    /**
     * The Java path for a Tcl file name: {@code ~} is the home directory,
     * relative names are relative to the working directory.
     */
    static Path toPath(String name) throws InvalidPathException {
        if (name.equals("~") || name.startsWith("~/")) {
            return Path.of(System.getProperty("user.home") + name.substring(1));
        }
        return Path.of(name);
    }

    /**
     * Reads a script: decodes it, stops at ^Z, and turns {@code \r\n} and
     * lone {@code \r} into {@code \n} (the input translation tclsh uses).
     * Errors read {@code couldn't read file "x": no such file or directory}.
     */
    public static String readScript(String name, Encodings.Encoding encoding) throws TclException {
        byte[] bytes = readBytes(name);
        int end = bytes.length;
        for (int i = 0; i < end; i++) {
            if (bytes[i] == EOF_CHAR) {
                end = i;
                break;
            }
        }
        String text = encoding.decode(bytes, 0, end);
        return text.indexOf('\r') < 0 ? text : translateEol(text);
    }

    private static String translateEol(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The bytes of a file, real or under {@code /tcl4j:}. */
    public static byte[] readBytes(String name) throws TclException {
        if (LibraryFs.isVirtual(name)) {
            if (LibraryFs.isDirectory(name)) {
                throw couldNotRead(name, "EISDIR", "illegal operation on a directory");
            }
            byte[] b = LibraryFs.read(name);
            if (b == null) {
                throw couldNotRead(name, "ENOENT", "no such file or directory");
            }
            return b;
        }
        if (name.isEmpty()) {
            throw couldNotRead(name, "ENOENT", "no such file or directory");
        }
        try {
            Path p = toPath(name);
            if (Files.isDirectory(p)) {
                throw couldNotRead(name, "EISDIR", "illegal operation on a directory");
            }
            return Files.readAllBytes(p);
        } catch (NoSuchFileException | InvalidPathException e) {
            throw couldNotRead(name, "ENOENT", "no such file or directory");
        } catch (AccessDeniedException e) {
            throw couldNotRead(name, "EACCES", "permission denied");
        } catch (IOException e) {
            throw couldNotRead(name, "EIO", "input/output error");
        }
    }

    private static TclException couldNotRead(String name, String posix, String text) {
        return new TclException("couldn't read file \"" + name + "\": " + text,
                "POSIX " + posix + " " + TclList.format(List.of(text)));
    }

    public static boolean isFile(String name) {
        if (LibraryFs.isVirtual(name)) {
            return LibraryFs.isFile(name);
        }
        try {
            return !name.isEmpty() && Files.isRegularFile(toPath(name));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    public static boolean isDirectory(String name) {
        if (LibraryFs.isVirtual(name)) {
            return LibraryFs.isDirectory(name);
        }
        try {
            return !name.isEmpty() && Files.isDirectory(toPath(name));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** Names in a directory (sorted; directories end with "/"); empty when unreadable. */
    public static List<String> list(String dir) {
        if (LibraryFs.isVirtual(dir)) {
            return LibraryFs.list(dir);
        }
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(toPath(dir))) {
            s.forEach(p -> out.add(p.getFileName().toString() + (Files.isDirectory(p) ? "/" : "")));
        } catch (IOException | InvalidPathException | SecurityException e) {
            return List.of();
        }
        out.sort(null);
        return out;
    }

    /** {@code dir/name} the way {@code file join} writes it for a simple name. */
    public static String join(String dir, String name) {
        if (dir.isEmpty() || dir.equals(".")) {
            return name;
        }
        return dir.endsWith("/") ? dir + name : dir + "/" + name;
    }
}
