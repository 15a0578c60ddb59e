package org.tcl4j.shell;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.tcl4j.core.TclException;

/**
 * Reads a script file as tclsh's {@code source} does: in the given encoding
 * (UTF-8 by default), line ends translated to LF, and the text stops at a
 * ^Z character (Tcl's end-of-file mark for scripts).
 */
final class ScriptFile {
    private ScriptFile() {
    }

    static String read(String name, String encoding) throws TclException {
        Charset charset = charset(encoding);
        byte[] bytes;
        try {
            Path path = Path.of(expandTilde(name));
            if (Files.isDirectory(path)) {
                throw cannotRead(name, "illegal operation on a directory", "EISDIR");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException | java.nio.file.InvalidPathException e) {
            throw cannotRead(name, "no such file or directory", "ENOENT");
        } catch (AccessDeniedException e) {
            throw cannotRead(name, "permission denied", "EACCES");
        } catch (IOException e) {
            throw cannotRead(name, "input/output error", "EIO");
        }
        String text = new String(bytes, charset);
        int eof = text.indexOf('\u001a');
        if (eof >= 0) {
            text = text.substring(0, eof);
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return text;
    }

    private static TclException cannotRead(String name, String why, String posix) {
        return new TclException("couldn't read file \"" + name + "\": " + why,
                "POSIX " + posix + " {" + why + "}");
    }

    /** Tcl 8.6 still expands a leading ~ in file names. */
    private static String expandTilde(String name) {
        if (name.equals("~") || name.startsWith("~/")) {
            return System.getProperty("user.home") + name.substring(1);
        }
        return name;
    }

    /** The Java charset for a Tcl encoding name such as utf-8, iso8859-1, cp1252 or ascii. */
    static Charset charset(String encoding) throws TclException {
        if (encoding == null) {
            return StandardCharsets.UTF_8;
        }
        String name = encoding.toLowerCase();
        if (name.startsWith("iso8859-")) {
            name = "iso-8859-" + name.substring(8);
        } else if (name.equals("unicode")) {
            name = "utf-16le";
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new TclException("unknown encoding \"" + encoding + "\"", "TCL LOOKUP ENCODING " + encoding);
        }
    }
}
