package org.tcl4j.core.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/** file, glob, cd and pwd against a real directory tree. */
class FileCmdTest {
    @TempDir
    Path dir;

    private final Interp interp = new Interp();

    private String eval(String script) throws TclException {
        interp.setVar("dir", TclValue.of(dir.toString()));
        return interp.eval(script).toString();
    }

    private void touch(String... names) throws IOException {
        for (String n : names) {
            Path p = dir.resolve(n);
            Files.createDirectories(p.getParent());
            Files.writeString(p, n);
        }
    }

    @Test
    void globMatchesPatternsAlternativesAndTypes() throws Exception {
        touch("a.txt", "b.tcl", ".hidden", "sub/c.txt");
        assertEquals("a.txt b.tcl sub", eval("lsort [glob -tails -directory $dir *]"));
        assertEquals("a.txt b.tcl", eval("lsort [glob -tails -directory $dir *.{txt,tcl}]"));
        assertEquals("sub", eval("glob -tails -types d -directory $dir *"));
        assertEquals(dir.resolve("sub/c.txt").toString(), eval("glob $dir/*/*.txt"));
        assertEquals("", eval("glob -nocomplain -directory $dir *.none"));
        TclException e = assertThrows(TclException.class, () -> eval("glob $dir/*.none"));
        assertEquals("no files matched glob pattern \"" + dir + "/*.none\"", e.getMessage());
    }

    @Test
    void cdChangesWhereRelativeNamesResolve() throws Exception {
        touch("here.txt");
        String before = eval("pwd");
        try {
            eval("cd $dir");
            assertEquals(dir.toRealPath().toString(), eval("pwd"));
            assertEquals("1 8", eval("list [file exists here.txt] [file size here.txt]"));
        } finally {
            eval("cd " + before);
        }
    }

    @Test
    void fileSystemChanges() throws Exception {
        eval("file mkdir $dir/x/y");
        assertEquals("directory", eval("file type $dir/x/y"));
        touch("x/y/f");
        eval("file copy $dir/x/y/f $dir/g");
        eval("file rename $dir/g $dir/h");
        assertEquals("0 1", eval("list [file exists $dir/g] [file isfile $dir/h]"));
        TclException e = assertThrows(TclException.class, () -> eval("file delete $dir/x"));
        assertEquals("error deleting \"" + dir + "/x\": directory not empty", e.getMessage());
        eval("file delete -force $dir/x");
        assertEquals("0", eval("file exists $dir/x"));
        e = assertThrows(TclException.class, () -> eval("file size $dir/nope"));
        assertEquals("could not read \"" + dir + "/nope\": no such file or directory", e.getMessage());
    }
}
