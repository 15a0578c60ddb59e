package org.tcl4j.core.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;

/**
 * The library in our jar: the index that lets the package search list it,
 * the variables a new interpreter starts with, and the package search
 * finding our packages (not the system's).
 */
class LibraryTest {
    static final Path LIBRARY = Path.of("src/main/resources/tcl4j/library");

    @Test
    void theIndexListsEveryFileOfTheLibrary() throws IOException {
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.walk(LIBRARY)) {
            files.filter(Files::isRegularFile).map(p -> LIBRARY.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("files.index")).forEach(onDisk::add);
        }
        Set<String> listed = new TreeSet<>();
        for (String line : Files.readAllLines(LIBRARY.resolve("files.index"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                listed.add(line.trim());
            }
        }
        for (String f : onDisk) {
            assertTrue(listed.contains(f), "add " + f + " to " + LIBRARY.resolve("files.index"));
        }
    }

    @Test
    void theLibraryIsAReadOnlyTreeUnderTheMount() {
        assertTrue(LibraryFs.isDirectory("/tcl4j:/library"));
        assertTrue(LibraryFs.isFile("/tcl4j:/library/init.tcl"));
        assertTrue(LibraryFs.isFile("//tcl4j:/library/./tcltest/../init.tcl"));
        assertFalse(LibraryFs.isFile("/tcl4j:/library/nosuch.tcl"));
        assertFalse(LibraryFs.isDirectory("/tcl4j:/library/init.tcl"));
        assertTrue(LibraryFs.list("/tcl4j:/library").contains("init.tcl"));
        assertNotNull(LibraryFs.readText("/tcl4j:/library/init.tcl"));
        assertFalse(LibraryFs.isVirtual("/tcl4j"));
        assertFalse(LibraryFs.isVirtual("/usr/share/tcltk"));
    }

    @Test
    void aNewInterpreterHasTclshsVariables() throws TclException {
        Interp interp = new Interp();
        assertEquals("8.6", interp.eval("set tcl_version").toString());
        assertEquals("8.6.13", interp.eval("set tcl_patchLevel").toString());
        assertEquals(LibraryFs.LIBRARY, interp.eval("set tcl_library").toString());
        assertEquals("unix littleEndian 8", interp.eval(
                "list $tcl_platform(platform) $tcl_platform(byteOrder) $tcl_platform(pointerSize)").toString());
        assertEquals(System.getenv("PATH"), interp.eval("set env(PATH)").toString());
        assertEquals("0", interp.eval("set tcl_interactive").toString());
        assertEquals("::tcl::tm::UnknownHandler ::tclPkgUnknown", interp.eval("package unknown").toString());
        assertEquals("auto_import tclLog", interp.eval("lsort [info procs]").toString());
    }

    @Test
    void ourLibraryComesFirstAndTheSystemsIsNotSearched() throws TclException {
        Interp interp = new Interp();
        List<String> autoPath = List.of(interp.eval("set auto_path").toString().split(" "));
        assertTrue(autoPath.contains(LibraryFs.LIBRARY), autoPath.toString());
        assertFalse(autoPath.stream().anyMatch(p -> p.startsWith("/usr/")), autoPath.toString());
    }

    @Test
    void packageRequireFindsTheLibrarysIndexes() throws TclException {
        Interp interp = new Interp();
        // pkgIndex.tcl files use [file join]; a minimal one until the file command exists
        if (interp.findCommand("file") == null) {
            interp.eval("proc file {sub args} {join $args /}");
        }
        interp.eval("catch {package require nosuch-package}");
        String script = interp.eval("package ifneeded tcltest [lindex [package versions tcltest] 0]").toString();
        assertTrue(script.contains("/tcl4j:/library/tcltest/tcltest.tcl"), script);
    }

    @Test
    void unknownCommandsFailAsInTclshAndAutoIndexLoadsThem() throws TclException {
        Interp interp = new Interp();
        assertEquals("invalid command name \"nosuch\"", interp.eval("catch {nosuch a b} m; set m").toString());
        assertEquals("nosuch a b", interp.eval("lindex [split $errorInfo \\n] end").toString().replace("\"", ""));
        interp.eval("set auto_index(later) {proc later {x} {return \"later $x\"}}");
        assertEquals("later 1", interp.eval("later 1").toString());
        assertEquals("::ns::f f", interp.eval("auto_qualify f ::ns").toString());
        // the library's own procedures come through its tclIndex, on first use
        assertEquals("", interp.eval("info procs parray").toString());
        assertEquals("1", interp.eval("auto_load parray").toString());
        assertEquals("parray", interp.eval("info procs parray").toString());
    }
}
