package org.tcl4j.shell;

import java.util.Arrays;
import java.util.List;

/**
 * The jtclsh command line, read as tclsh reads its own:
 * {@code jtclsh ?-encoding name? ?fileName arg arg ...?}.
 *
 * <p>The first argument is a script file unless it starts with "-"; in that
 * case there is no script and every argument goes to {@code argv} (so
 * {@code jtclsh -x y} reads commands from stdin with argv {@code -x y}).
 * {@code -encoding name} counts only when a file name follows it.
 *
 * @param encoding the script file's encoding, or null for UTF-8
 * @param script the script file as given, or null to read commands from stdin
 * @param args what becomes {@code argv}
 */
record CommandLine(String encoding, String script, List<String> args) {

    static CommandLine parse(String[] argv) {
        if (argv.length >= 3 && argv[0].equals("-encoding") && !argv[2].startsWith("-")) {
            return new CommandLine(argv[1], argv[2], List.of(Arrays.copyOfRange(argv, 3, argv.length)));
        }
        if (argv.length >= 1 && !argv[0].startsWith("-")) {
            return new CommandLine(null, argv[0], List.of(Arrays.copyOfRange(argv, 1, argv.length)));
        }
        return new CommandLine(null, null, List.of(argv));
    }
}
