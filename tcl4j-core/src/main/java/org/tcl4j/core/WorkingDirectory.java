package org.tcl4j.core;

import java.nio.file.Path;

/**
 * The process-wide current directory as Tcl sees it. The JVM cannot change
 * its own working directory, so {@code cd} changes this instead, and every
 * command that takes a file name resolves relative names here.
 */
public final class WorkingDirectory {
    private static volatile Path current = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();

    private WorkingDirectory() {
    }

    public static Path get() {
        return current;
    }

    public static void set(Path dir) {
        current = dir.toAbsolutePath().normalize();
    }

    /** A file name resolved against the current directory (absolute names unchanged). */
    public static Path resolve(String name) {
        return current.resolve(name);
    }
}
