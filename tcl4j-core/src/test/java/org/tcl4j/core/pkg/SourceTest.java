package org.tcl4j.core.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;

/** source: a file is its own script unit, and the library's files are files too. */
class SourceTest {
    @TempDir
    Path dir;
    private Interp interp;

    @BeforeEach
    void setUp() {
        interp = new Interp();
    }

    private String file(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p.toString();
    }

    private String file(String name, String content) throws IOException {
        return file(name, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void returnEndsTheFileAndInfoScriptNamesIt() throws Exception {
        String f = file("r.tcl", "set ::seen [info script]\nreturn done\nset ::after 1\n");
        assertEquals("done", interp.eval("source " + f).toString());
        assertEquals(f, interp.eval("set ::seen").toString());
        assertEquals("0", interp.eval("info exists ::after").toString());
        assertEquals("", interp.scriptFile());
    }

    @Test
    void errorsNameTheFileAndLine() throws Exception {
        String f = file("e.tcl", "set a 1\n\nerror boom\n");
        TclException e = assertThrows(TclException.class, () -> interp.eval("source " + f));
        assertTrue(e.errorInfo().contains("(file \"" + f + "\" line 3)"), e.errorInfo());
    }

    @Test
    void controlZEndsTheScriptAndLineEndsAreTranslated() throws Exception {
        String f = file("z.tcl", "set ::a 1\r\nset ::b 2\rset ::c 3\u001aset ::d 4\n");
        interp.eval("source " + f);
        assertEquals("1 2 3 0", interp.eval("list $::a $::b $::c [info exists ::d]").toString());
    }

    @Test
    void theEncodingOptionDecodesTheFile() throws Exception {
        String f = file("l.tcl", new byte[] {'s', 'e', 't', ' ', 'x', ' ', (byte) 0xe9});
        assertEquals("\u00e9", interp.eval("source -encoding iso8859-1 " + f).toString());
        assertEquals("unknown encoding \"nope\"", assertThrows(TclException.class,
                () -> interp.eval("source -encoding nope " + f)).getMessage());
    }

    @Test
    void missingFilesAreReportedAsTclshDoes() {
        TclException e = assertThrows(TclException.class, () -> interp.eval("source /no/such/file.tcl"));
        assertEquals("couldn't read file \"/no/such/file.tcl\": no such file or directory", e.getMessage());
        assertEquals("POSIX ENOENT {no such file or directory}", e.errorCode().toString());
    }

    @Test
    void libraryFilesCanBeSourced() throws TclException {
        interp.eval("rename tclLog {}");
        interp.eval("source /tcl4j:/library/init.tcl");
        assertEquals("tclLog", interp.eval("info commands tclLog").toString());
    }
}
