# makeFile, viewFile, removeFile, makeDirectory, removeDirectory, and
# cleanupTests removing what they made. Run in an empty directory.
package require tcltest
namespace import ::tcltest::*
proc here {path} {string map [list [pwd] PWD] $path}

configure -tmpdir tmpx
puts [here [temporaryDirectory]] 
puts [file isdirectory tmpx]
puts [here [makeFile "abc" foo.txt]]
puts [viewFile foo.txt]
makeFile "abc\n" foo2.txt
puts [string length [viewFile foo2.txt]]
set f [open tmpx/foo2.txt]; puts [string length [read $f]]; close $f
makeFile "abc\n\n" foo3.txt
set f [open tmpx/foo3.txt]; puts [string length [read $f]]; close $f
puts [viewFile foo3.txt]|
puts [here [makeFile "" empty.txt]]
puts [file size tmpx/empty.txt]
puts [here [makeDirectory d1]]
puts [here [makeDirectory d2 [pwd]]]
puts [here [makeFile x f1 [file join [pwd] d2]]]
puts [removeFile f1 [file join [pwd] d2]]|
puts [removeDirectory d2 [pwd]]|
puts [file exists d2]
puts [removeFile nothere]|
catch {viewFile nothere} m; puts [here $m]
puts [removeDirectory nothere]|
catch {makeDirectory foo.txt} m; puts [here $m]
catch {makeFile x d1} m; puts [here $m]
catch {makeFile} m; puts $m
catch {removeFile} m; puts $m
catch {viewFile} m; puts $m
catch {makeDirectory} m; puts $m
catch {removeDirectory} m; puts $m
makeFile x d1/inner
puts [removeDirectory d1]|
puts [file exists tmpx/d1]
puts [lsort [glob -tails -directory tmpx *]]
puts [here [makeFile x [file join [pwd] abs.txt]]]
puts [file exists abs.txt]
set f [open tmpx/notmade.txt w]; close $f
test files-1 {a test making a file} -setup {
    set file [makeFile {some text} data.txt]
} -body {
    viewFile data.txt
} -cleanup {
    removeFile data.txt
} -result {some text}
cleanupTests
puts [lsort [glob -nocomplain -tails -directory tmpx *]]
puts [file exists abs.txt]
