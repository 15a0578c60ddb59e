package org.tcl4j.core.cmd;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/** The {@code glob} command: brace alternatives, per-component matching, -types filtering. */
final class GlobCmd {
    private GlobCmd() {
    }

    private static final String[] OPTIONS = {"-directory", "-join", "-nocomplain", "-path", "-tails", "-types",
        "--"};

    static TclValue glob(Interp interp, TclValue[] objv) throws TclException {
        String dir = null;
        String pathPrefix = null;
        boolean join = false;
        boolean nocomplain = false;
        boolean tails = false;
        List<String> types = new ArrayList<>();
        int i = 1;
        while (i < objv.length && objv[i].toString().startsWith("-")) {
            int opt = Args.index(objv[i], OPTIONS, "option");
            i++;
            if (opt == 6) {
                break;
            }
            switch (opt) {
                case 0, 3, 5 -> {
                    if (i >= objv.length) {
                        throw new TclException("missing argument to \"" + OPTIONS[opt] + "\"", "TCL ARGUMENT MISSING");
                    }
                    String v = objv[i++].toString();
                    if (opt == 0) {
                        dir = v;
                    } else if (opt == 3) {
                        pathPrefix = v;
                    } else {
                        for (TclValue t : TclValue.of(v).asList()) {
                            types.add(checkType(t.toString()));
                        }
                    }
                }
                case 1 -> join = true;
                case 2 -> nocomplain = true;
                default -> tails = true;
            }
        }
        if (dir != null && pathPrefix != null) {
            throw new TclException("\"-directory\" and \"-path\" cannot both be specified", "TCL OPERATION GLOB BADOPTIONCOMBINATION");
        }
        if (tails && dir == null && pathPrefix == null) {
            throw new TclException("\"-tails\" must be used with either \"-directory\" or \"-path\"",
                    "TCL OPERATION GLOB BADOPTIONCOMBINATION");
        }
        List<String> patterns = new ArrayList<>();
        for (int k = i; k < objv.length; k++) {
            patterns.add(objv[k].toString());
        }
        if (join && !patterns.isEmpty()) {
            patterns = List.of(String.join("/", patterns));
        }
        if (patterns.isEmpty() && !(dir != null || pathPrefix != null)) {
            // tclsh has no wrong # args here: no pattern simply matches nothing
            if (nocomplain) {
                return TclValue.EMPTY;
            }
            throw new TclException("no files matched glob patterns \"\"", "TCL OPERATION GLOB NOMATCH");
        }
        List<TclValue> out = new ArrayList<>();
        for (String p : patterns) {
            String base;
            String pat;
            if (dir != null) {
                base = dir;
                pat = p;
            } else if (pathPrefix != null) {
                base = FilePaths.dirname(pathPrefix);
                pat = FilePaths.tail(pathPrefix) + p;
                if (pathPrefix.endsWith("/")) {
                    base = pathPrefix;
                    pat = p;
                }
            } else {
                base = null;
                pat = p;
            }
            for (String alt : braceExpand(pat)) {
                collect(base, alt, types, tails, out);
            }
        }
        if (out.isEmpty() && !nocomplain) {
            // tclsh names the patterns as written, without the -directory or -path in front
            String shown = String.join(" ", patterns);
            throw new TclException("no files matched glob pattern" + (patterns.size() == 1 ? "" : "s") + " \""
                    + shown + "\"", "TCL OPERATION GLOB NOMATCH");
        }
        return TclValue.ofList(out);
    }

    private static final java.util.Set<String> TYPES = java.util.Set.of("b", "c", "d", "f", "l", "p", "s", "r",
        "w", "x", "readonly", "hidden");

    /** A -types word as tclsh takes it: a known type or permission, or a four-character Mac file type. */
    private static String checkType(String t) throws TclException {
        if (!TYPES.contains(t) && t.length() != 1 && t.length() != 4) { // tclsh lets any single letter by
            throw new TclException("bad argument to \"-types\": " + t, "TCL ARGUMENT BAD");
        }
        return t;
    }

    /** Expands {a,b} alternatives (nested too) into plain patterns. */
    static List<String> braceExpand(String p) throws TclException {
        int open = -1;
        for (int k = 0; k < p.length(); k++) {
            char c = p.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '{') {
                open = k;
                break;
            }
        }
        if (open < 0) {
            return List.of(p);
        }
        int depth = 0;
        int close = -1;
        List<String> alts = new ArrayList<>();
        int start = open + 1;
        for (int k = open; k < p.length(); k++) {
            char c = p.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (--depth == 0) {
                    alts.add(p.substring(start, k));
                    close = k;
                    break;
                }
            } else if (c == ',' && depth == 1) {
                alts.add(p.substring(start, k));
                start = k + 1;
            }
        }
        if (close < 0) {
            throw new TclException("unmatched open-brace in file name", "TCL OPERATION GLOB BALANCE");
        }
        List<String> out = new ArrayList<>();
        for (String a : alts) {
            out.addAll(braceExpand(p.substring(0, open) + a + p.substring(close + 1)));
        }
        return out;
    }

    private static void collect(String base, String pattern, List<String> types, boolean tails, List<TclValue> out)
            throws TclException {
        boolean absolute = pattern.startsWith("/") || pattern.startsWith("~");
        String start = absolute ? (pattern.startsWith("/") ? "/" : FilePaths.split(pattern).get(0)) : base;
        List<String> comps = FilePaths.split(pattern);
        if (absolute) {
            comps = comps.subList(1, comps.size());
        }
        walk(start, start == null ? "" : start, comps, 0, types, tails, out);
    }

    private static void walk(String base, String shown, List<String> comps, int idx, List<String> types,
            boolean tails, List<TclValue> out) throws TclException {
        Path dir = base == null ? FileCmd.path(".") : FileCmd.path(base);
        if (idx == comps.size()) {
            return;
        }
        String comp = comps.get(idx);
        boolean last = idx == comps.size() - 1;
        List<String> names = new ArrayList<>();
        if (!hasMeta(comp)) {
            String plain = comp;
            if (Files.exists(dir.resolve(plain), LinkOption.NOFOLLOW_LINKS) || Files.exists(dir.resolve(plain))) {
                names.add(plain);
            }
        } else if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path e : ds) {
                    String n = e.getFileName().toString();
                    if (n.startsWith(".") && !comp.startsWith(".")) {
                        continue;
                    }
                    if (GlobMatch.matches(comp, n, false)) {
                        names.add(n);
                    }
                }
            } catch (IOException e) {
                return;
            }
            if (comp.startsWith(".")) {
                for (String special : new String[] {".", ".."}) {
                    if (GlobMatch.matches(comp, special, false)) {
                        names.add(0, special);
                    }
                }
            }
        }
        for (String n : names) {
            String nextShown = shown.isEmpty() ? n : FilePaths.join(List.of(shown, n));
            String nextBase = base == null ? n : FilePaths.join(List.of(base, n));
            if (last) {
                if (typeMatches(FileCmd.path(nextBase), types)) {
                    String result = tails ? relativeTail(shown, nextShown, base) : nextShown;
                    out.add(TclValue.of(result));
                }
            } else if (Files.isDirectory(FileCmd.path(nextBase))) {
                walk(nextBase, nextShown, comps, idx + 1, types, tails, out);
            }
        }
    }

    private static String relativeTail(String shown, String full, String base) {
        String prefix = base == null ? "" : base;
        if (!prefix.isEmpty() && full.startsWith(prefix)) {
            String rest = full.substring(prefix.length());
            return rest.startsWith("/") ? rest.substring(1) : rest;
        }
        return full;
    }

    private static boolean hasMeta(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '*' || c == '?' || c == '[' || c == '\\') {
                return true;
            }
        }
        return false;
    }

    private static boolean typeMatches(Path p, List<String> types) throws TclException {
        if (types.isEmpty()) {
            return true;
        }
        boolean anyKind = false;
        boolean kindOk = false;
        for (String t : types) {
            switch (t) {
                case "f", "d", "l", "p", "s", "b", "c" -> {
                    anyKind = true;
                    kindOk |= switch (t) {
                        case "f" -> Files.isRegularFile(p);
                        case "d" -> Files.isDirectory(p);
                        case "l" -> Files.isSymbolicLink(p);
                        default -> false;
                    };
                }
                case "r" -> {
                    if (!Files.isReadable(p)) {
                        return false;
                    }
                }
                case "w" -> {
                    if (!Files.isWritable(p)) {
                        return false;
                    }
                }
                case "x" -> {
                    if (!Files.isExecutable(p)) {
                        return false;
                    }
                }
                case "hidden" -> {
                    if (!p.getFileName().toString().startsWith(".")) {
                        return false;
                    }
                }
                case "readonly" -> {
                    if (Files.isWritable(p)) {
                        return false;
                    }
                }
                default -> throw new TclException("bad argument to \"-types\": " + t, "TCL ILLEGAL_TYPES");
            }
        }
        return !anyKind || kindOk;
    }
}
