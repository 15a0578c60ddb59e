package org.tcl4j.core.cmd;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The process environment as Tcl sees it: what {@code $env(X)} reads and
 * what children started by {@code exec} and {@code open |cmd} inherit.
 *
 * <p>A JVM cannot change its own environment, so this is a process-wide copy
 * of it that {@code set env(X)} and {@code unset env(X)} change; every
 * interpreter's {@code env} array looks at it (see {@link EnvArray}), just as
 * every interpreter of a tclsh process shares the C {@code environ}. Entries
 * keep {@code environ}'s order: the initial order is read from
 * {@code /proc/self/environ} where it exists, a new name goes to the end and
 * a changed one keeps its place, as {@code setenv} does.
 */
public final class Environment {
    private Environment() {
    }

    private static final Object LOCK = new Object();
    private static final LinkedHashMap<String, String> VARS = initial();
    /** False until the first change: children then simply inherit the JVM's own environment. */
    private static boolean changed;

    private static LinkedHashMap<String, String> initial() {
        Map<String, String> jvm = System.getenv();
        LinkedHashMap<String, String> vars = new LinkedHashMap<>();
        try {
            // environ's own order (System.getenv is a hash map); only names the JVM also reports, with its values
            byte[] raw = Files.readAllBytes(Path.of("/proc/self/environ"));
            String all = new String(raw, Charset.defaultCharset());
            for (String entry : all.split("\0")) {
                int eq = entry.indexOf('=');
                String name = eq < 0 ? entry : entry.substring(0, eq);
                String value = jvm.get(name);
                if (value != null) {
                    vars.putIfAbsent(name, value);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the JVM's order is as good as any
        }
        for (Map.Entry<String, String> e : jvm.entrySet()) {
            vars.putIfAbsent(e.getKey(), e.getValue());
        }
        return vars;
    }

    /** The value of {@code name}, or null when it is not set. */
    public static String get(String name) {
        synchronized (LOCK) {
            return VARS.get(name);
        }
    }

    /**
     * Sets {@code name}. As with {@code putenv("name=value")}, a name holding
     * {@code =} sets the part before it, and the rest joins the value.
     */
    public static void set(String name, String value) {
        int eq = name.indexOf('=');
        if (eq >= 0) {
            value = name.substring(eq + 1) + "=" + value;
            name = name.substring(0, eq);
        }
        if (name.isEmpty() || name.indexOf('\0') >= 0 || value.indexOf('\0') >= 0) {
            return; // no child could receive it
        }
        synchronized (LOCK) {
            if (!value.equals(VARS.put(name, value))) {
                changed = true;
            }
        }
    }

    /** Removes {@code name} (no error when it is not set). */
    public static void unset(String name) {
        synchronized (LOCK) {
            if (VARS.remove(name) != null) {
                changed = true;
            }
        }
    }

    /** A copy of the environment as a map, in environ order. */
    public static Map<String, String> copy() {
        synchronized (LOCK) {
            return new LinkedHashMap<>(VARS);
        }
    }

    /** A copy of every variable, in environ order. */
    public static List<Map.Entry<String, String>> entries() {
        synchronized (LOCK) {
            List<Map.Entry<String, String>> out = new ArrayList<>(VARS.size());
            for (Map.Entry<String, String> e : VARS.entrySet()) {
                out.add(Map.entry(e.getKey(), e.getValue()));
            }
            return out;
        }
    }

    /** Gives a child process the environment Tcl sees. */
    public static void applyTo(ProcessBuilder builder) {
        synchronized (LOCK) {
            if (!changed) {
                return;
            }
            Map<String, String> env = builder.environment();
            env.clear();
            env.putAll(VARS);
        }
    }

    /**
     * Finds a program as {@code execvp} does with the environment's
     * {@code PATH}: a name with a slash is taken as it is (relative to Tcl's
     * working directory); otherwise the first executable file of that name
     * in a {@code PATH} directory. Null when there is none.
     */
    public static String findProgram(String name) {
        if (name.contains("/")) {
            Path p = FileCmd.path(name);
            return Files.isExecutable(p) ? p.toString() : null;
        }
        String path = get("PATH");
        for (String dir : (path == null ? "/usr/bin:/bin" : path).split(File.pathSeparator, -1)) {
            Path p = org.tcl4j.core.WorkingDirectory.resolve(dir.isEmpty() ? name : dir + "/" + name);
            if (Files.isExecutable(p) && !Files.isDirectory(p)) {
                return p.toString();
            }
        }
        return null;
    }
}
