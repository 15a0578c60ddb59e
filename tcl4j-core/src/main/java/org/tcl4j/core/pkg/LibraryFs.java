package org.tcl4j.core.pkg;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The read-only file tree of Tcl scripts shipped inside our jars, seen by
 * Tcl under {@code /tcl4j:/}: {@code /tcl4j:/library/init.tcl} is the
 * class path resource {@code tcl4j/library/init.tcl}. The path is an
 * ordinary absolute Unix path, so {@code file join}, {@code file dirname}
 * and friends leave it intact; code that opens files (source, package
 * search, later {@code file exists}, {@code glob}, {@code open}) asks this
 * class first.
 *
 * <p>A jar cannot list its directories, so each tree
 * ({@code tcl4j/<name>/}) carries {@code files.index}: the paths of its
 * files relative to the tree, one per line ({@code #} starts a comment).
 * Files missing from the index can still be read; they just do not show up
 * in listings (which is what the package search uses).
 */
public final class LibraryFs {
    private LibraryFs() {
    }

    /** The mount point of the resource trees. */
    public static final String MOUNT = "/tcl4j:";
    /** Our Tcl library: {@code tcl_library}. */
    public static final String LIBRARY = MOUNT + "/library";
    private static final String RESOURCE_ROOT = "tcl4j/";
    private static final String INDEX = "files.index";

    /** Per tree: directory path (relative, "" for the tree) to sorted child names; dirs end with "/". */
    private static final Map<String, Map<String, TreeSet<String>>> LISTINGS = new ConcurrentHashMap<>();
    private static final Map<String, byte[]> CONTENTS = new ConcurrentHashMap<>();
    private static final byte[] MISSING = new byte[0];

    /** True for paths under {@link #MOUNT} (also spelt with a leading {@code //}). */
    public static boolean isVirtual(String path) {
        String p = path.startsWith("//") ? path.substring(1) : path;
        return p.equals(MOUNT) || p.startsWith(MOUNT + "/");
    }

    /**
     * The path relative to the mount point with {@code .}, {@code ..} and
     * repeated slashes resolved ({@code "library/init.tcl"}, {@code ""} for
     * the mount itself); null when it climbs out of the mount.
     */
    static String relative(String path) {
        String p = path.startsWith("//") ? path.substring(1) : path;
        List<String> parts = new ArrayList<>();
        for (String s : p.substring(MOUNT.length()).split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(s);
            }
        }
        return String.join("/", parts);
    }

    /** The contents of a virtual file, or null when there is no such file. */
    public static byte[] read(String path) {
        String rel = relative(path);
        if (rel == null || rel.isEmpty()) {
            return null;
        }
        byte[] b = CONTENTS.computeIfAbsent(rel, LibraryFs::load);
        return b == MISSING ? null : b;
    }

    private static byte[] load(String rel) {
        try (InputStream in = LibraryFs.class.getClassLoader().getResourceAsStream(RESOURCE_ROOT + rel)) {
            return in == null ? MISSING : in.readAllBytes();
        } catch (IOException e) {
            return MISSING;
        }
    }

    /** The resource's contents as UTF-8 text, or null. */
    public static String readText(String path) {
        byte[] b = read(path);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    public static boolean isFile(String path) {
        String rel = relative(path);
        if (rel == null || rel.isEmpty()) {
            return false;
        }
        if (listedFile(rel)) {
            return read(path) != null;
        }
        // not in the index: a real resource still counts (but a jar directory entry does not)
        return !isDirectory(path) && resource(rel) != null && read(path) != null;
    }

    public static boolean isDirectory(String path) {
        String rel = relative(path);
        if (rel == null) {
            return false;
        }
        if (rel.isEmpty()) {
            return true;
        }
        int slash = rel.indexOf('/');
        String tree = slash < 0 ? rel : rel.substring(0, slash);
        Map<String, TreeSet<String>> listing = listing(tree);
        return listing.containsKey(slash < 0 ? "" : rel.substring(slash + 1));
    }

    public static boolean exists(String path) {
        return isDirectory(path) || isFile(path);
    }

    /**
     * The names in a virtual directory (directories end with {@code /}),
     * sorted; empty when it is not a directory. The mount itself lists
     * the library tree.
     */
    public static List<String> list(String path) {
        String rel = relative(path);
        if (rel == null) {
            return List.of();
        }
        if (rel.isEmpty()) {
            return listing("library").isEmpty() ? List.of() : List.of("library/");
        }
        int slash = rel.indexOf('/');
        String tree = slash < 0 ? rel : rel.substring(0, slash);
        TreeSet<String> names = listing(tree).get(slash < 0 ? "" : rel.substring(slash + 1));
        return names == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(names));
    }

    private static boolean listedFile(String rel) {
        int slash = rel.indexOf('/');
        if (slash < 0) {
            return false;
        }
        String inTree = rel.substring(slash + 1);
        int last = inTree.lastIndexOf('/');
        TreeSet<String> names = listing(rel.substring(0, slash)).get(last < 0 ? "" : inTree.substring(0, last));
        return names != null && names.contains(inTree.substring(last + 1));
    }

    private static URL resource(String rel) {
        return LibraryFs.class.getClassLoader().getResource(RESOURCE_ROOT + rel);
    }

    private static Map<String, TreeSet<String>> listing(String tree) {
        return LISTINGS.computeIfAbsent(tree, LibraryFs::loadIndex);
    }

    /** Reads {@code tcl4j/<tree>/files.index} into directory listings. */
    private static Map<String, TreeSet<String>> loadIndex(String tree) {
        Map<String, TreeSet<String>> dirs = new TreeMap<>();
        byte[] index = load(tree + "/" + INDEX);
        if (index == MISSING) {
            return dirs;
        }
        dirs.put("", new TreeSet<>());
        for (String line : new String(index, StandardCharsets.UTF_8).split("\n")) {
            String f = line.trim();
            if (f.isEmpty() || f.startsWith("#")) {
                continue;
            }
            String dir = "";
            String name = f;
            int slash;
            while ((slash = name.indexOf('/')) >= 0) {
                String child = name.substring(0, slash);
                dirs.computeIfAbsent(dir, d -> new TreeSet<>()).add(child + "/");
                dir = dir.isEmpty() ? child : dir + "/" + child;
                name = name.substring(slash + 1);
            }
            dirs.computeIfAbsent(dir, d -> new TreeSet<>()).add(name);
        }
        return dirs;
    }
}
