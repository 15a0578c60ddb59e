package org.tcl4j.core.cmd;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Tcl's Unix path grammar, as string operations: split, join, dirname,
 * tail, extension, rootname, pathtype, with {@code ~} meaning a home
 * directory. Nothing here touches the file system except tilde expansion.
 */
public final class FilePaths {
    private FilePaths() {
    }

    /** Components as {@code file split} gives them: "/" first for absolute paths. */
    public static List<String> split(String path) {
        List<String> out = new ArrayList<>();
        if (path.startsWith("/")) {
            out.add("/");
        }
        boolean first = true;
        for (String part : path.split("/+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!first && part.startsWith("~")) {
                part = "./" + part; // a later ~ is a plain name, not a home directory
            }
            out.add(part);
            first = false;
        }
        return out;
    }

    /** Is this component the start of an absolute path? */
    static boolean isAbsolute(String component) {
        return component.startsWith("/") || component.startsWith("~");
    }

    public static String join(List<String> args) {
        List<String> parts = new ArrayList<>();
        for (String a : args) {
            List<String> comps = split(a);
            if (!comps.isEmpty() && isAbsolute(comps.get(0))) {
                parts.clear();
            }
            for (int k = 0; k < comps.size(); k++) {
                String c = comps.get(k);
                if (c.equals(".") && k + 1 < comps.size() && comps.get(k + 1).startsWith("./~")) {
                    continue; // "./~x" is how a literal ~x is written; the "." goes with it
                }
                if (c.startsWith("./~") && !parts.isEmpty()) {
                    c = c.substring(2);
                }
                parts.add(c);
            }
        }
        return fromParts(parts);
    }

    static String fromParts(List<String> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            if (i > 0 && !(i == 1 && parts.get(0).equals("/"))) {
                sb.append('/');
            }
            sb.append(p);
        }
        return sb.toString();
    }

    public static String dirname(String path) {
        List<String> parts = split(path);
        if (parts.size() <= 1) {
            if (parts.isEmpty()) {
                return ".";
            }
            String only = parts.get(0);
            if (only.equals("/")) {
                return "/";
            }
            if (only.startsWith("~")) {
                return dirname(expandTilde(only));
            }
            return ".";
        }
        return fromParts(parts.subList(0, parts.size() - 1));
    }

    public static String tail(String path) {
        List<String> parts = split(path);
        if (parts.isEmpty()) {
            return "";
        }
        String last = parts.get(parts.size() - 1);
        if (last.equals("/")) {
            return "";
        }
        if (parts.size() == 1 && last.startsWith("~")) {
            return tail(expandTilde(last));
        }
        return last.startsWith("./~") ? last.substring(2) : last;
    }

    /** The extension of the last component of the path as written ("" when none). */
    public static String extension(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        return dot < 0 ? "" : last.substring(dot);
    }

    public static String rootname(String path) {
        return path.substring(0, path.length() - extension(path).length());
    }

    public static String pathtype(String path) {
        return path.startsWith("/") || path.startsWith("~") ? "absolute" : "relative";
    }

    /** Expands a leading {@code ~} or {@code ~user}. */
    public static String expandTilde(String path) {
        if (!path.startsWith("~")) {
            return path;
        }
        int slash = path.indexOf('/');
        String user = slash < 0 ? path.substring(1) : path.substring(1, slash);
        String rest = slash < 0 ? "" : path.substring(slash);
        String home;
        if (user.isEmpty()) {
            String envHome = Environment.get("HOME");
            home = envHome != null ? envHome : System.getProperty("user.home");
        } else {
            home = Path.of(System.getProperty("user.home")).resolveSibling(user).toString();
            if (user.equals("root")) {
                home = "/root";
            }
        }
        return home + rest;
    }
}
