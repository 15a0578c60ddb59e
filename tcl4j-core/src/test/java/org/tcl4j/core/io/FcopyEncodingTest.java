package org.tcl4j.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;

/**
 * fcopy decides like tclsh what to convert: a binary input is copied into
 * a UTF-8 file unchanged (Tcl's http package saves text this way), and a
 * binary output receives characters as UTF-8.
 */
class FcopyEncodingTest {
    @TempDir
    Path dir;

    private String copy(String bytes, String inOpts, String outOpts) throws TclException {
        Interp interp = new Interp();
        interp.setVar("in", org.tcl4j.core.TclValue.of(dir.resolve("in").toString()));
        interp.setVar("out", org.tcl4j.core.TclValue.of(dir.resolve("out").toString()));
        interp.setVar("bytes", org.tcl4j.core.TclValue.of(bytes));
        return interp.eval("set f [open $in wb]; puts -nonewline $f $bytes; close $f\n"
                + "set i [open $in r]; fconfigure $i " + inOpts + "\n"
                + "set o [open $out w]; fconfigure $o " + outOpts + "\n"
                + "set n [fcopy $i $o]; close $i; close $o\n"
                + "set f [open $out rb]; binary scan [read $f] H* h; close $f; list $n $h").toString();
    }

    @Test
    void binaryInputIntoUtf8FileKeepsTheBytes() throws Exception {
        // "café" in UTF-8: 5 bytes, counted as bytes
        assertEquals("5 636166c3a9", copy("caf\u00c3\u00a9", "-translation binary", "-encoding utf-8"));
    }

    @Test
    void binaryInputIsReadAsUtf8ForAnotherEncoding() throws Exception {
        assertEquals("6 636166e90d0a", copy("caf\u00c3\u00a9\n", "-translation binary",
                "-encoding iso8859-1 -translation crlf"));
    }

    @Test
    void charactersGoToABinaryOutputAsUtf8() throws Exception {
        assertEquals("4 636166c3a9", copy("caf\u00e9", "-encoding iso8859-1", "-translation binary"));
    }

    @Test
    void sameEncodingCountsBytesAndTranslates() throws Exception {
        assertEquals("6 61c3a90a620a", copy("a\u00c3\u00a9\r\nb\n", "-encoding utf-8 -translation crlf",
                "-encoding utf-8 -translation lf"));
    }
}
