package org.tcl4j.core.pkg;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;
import org.tcl4j.core.cmd.SourceCmd;

/**
 * {@code tclPkgUnknown name ?requirement ...?}: the default package search.
 * It sources the {@code pkgIndex.tcl} files found in each {@code auto_path}
 * directory and in its immediate subdirectories, with {@code $dir} set to
 * the file's directory, so that they can register {@code package ifneeded}
 * scripts. Directories are taken from the end of {@code auto_path} to its
 * start, so an earlier directory's index has the last word; directories an
 * index script adds to {@code auto_path} are searched too. A failing index
 * is reported through {@code tclLog} and skipped.
 */
public final class PackageSearch {
    private PackageSearch() {
    }

    private static final String INDEX = "pkgIndex.tcl";

    public static void register(Interp interp) {
        interp.register("tclPkgUnknown", PackageSearch::tclPkgUnknown);
    }

    static TclValue tclPkgUnknown(Interp interp, TclValue[] objv) throws TclException {
        Args.check(objv, 2, -1, 1, "name ?arg ...?");
        TclValue autoPath = interp.getVarOrNull("::auto_path");
        if (autoPath == null) {
            return TclValue.EMPTY;
        }
        // index scripts run in a procedure frame of their own, where "dir" is a local
        try (LocalFrame f = LocalFrame.push(interp, objv)) {
            search(interp, autoPath);
        }
        return TclValue.EMPTY;
    }

    private static void search(Interp interp, TclValue autoPath) throws TclException {
        List<String> oldPath = strings(autoPath);
        List<String> usePath = new ArrayList<>(oldPath);
        Set<String> seen = new HashSet<>();
        Set<String> done = new HashSet<>();
        while (!usePath.isEmpty()) {
            String dir = usePath.get(usePath.size() - 1);
            if (!seen.add(dir)) {
                usePath.remove(usePath.size() - 1);
                continue;
            }
            for (String entry : ScriptFiles.list(dir)) {
                if (!entry.endsWith("/") || entry.startsWith(".")) {
                    continue; // as glob *: directories only, hidden ones skipped
                }
                String sub = ScriptFiles.join(dir, entry.substring(0, entry.length() - 1));
                String file = ScriptFiles.join(sub, INDEX);
                if (!done.contains(sub) && ScriptFiles.isFile(file) && sourceIndex(interp, sub, file)) {
                    done.add(sub);
                }
            }
            if (!done.contains(dir)) {
                String file = ScriptFiles.join(dir, INDEX);
                if (ScriptFiles.isFile(file) && sourceIndex(interp, dir, file)) {
                    done.add(dir);
                }
            }
            usePath.remove(usePath.size() - 1);
            // an index script may have changed auto_path: search what it added
            TclValue now = interp.getVarOrNull("::auto_path");
            List<String> newPath = now == null ? List.of() : strings(now);
            int firstChanged = 0;
            if (newPath.size() == oldPath.size()) {
                while (firstChanged < newPath.size() && newPath.get(firstChanged).equals(oldPath.get(firstChanged))) {
                    firstChanged++;
                }
            }
            for (String d : newPath.subList(firstChanged, newPath.size())) {
                if (!seen.contains(d) && !usePath.contains(d)) {
                    usePath.add(d);
                }
            }
            oldPath = newPath;
        }
    }

    /** Sources one index with $dir set; false (after logging) when it fails. */
    private static boolean sourceIndex(Interp interp, String dir, String file) throws TclException {
        interp.setVar("dir", TclValue.of(dir));
        String problem;
        try {
            TclValue result = SourceCmd.evalFile(interp, file, null);
            if (interp.takeCode() == Interp.OK) {
                return true;
            }
            problem = result.toString();
        } catch (TclException e) {
            interp.recordError(e);
            String posix = e.errorCode().toString();
            if (posix.startsWith("POSIX EACCES")) {
                return false;
            }
            problem = e.getMessage();
        }
        log(interp, "error reading package index file " + file + ": " + problem);
        return false;
    }

    /** Writes through {@code tclLog}, as Tcl's library does (so applications can redirect it). */
    static void log(Interp interp, String message) {
        try {
            if (interp.findCommand("tclLog") != null) {
                interp.invoke(TclValue.of("tclLog"), TclValue.of(message));
            } else {
                interp.stderr().println(message);
            }
        } catch (TclException e) {
            // logging must not turn a search into a failure
        }
    }

    private static List<String> strings(TclValue list) throws TclException {
        List<String> out = new ArrayList<>();
        for (TclValue v : list.asList()) {
            out.add(v.toString());
        }
        return out;
    }
}
