# runAllTests over a small suite made here: child processes and
# -singleproc 1, statistics, errors of test files, files left behind, the
# file and directory patterns, and the all.tcl of subdirectories.
package require tcltest
namespace import ::tcltest::*

proc write {name text} {
    file mkdir [file dirname $name]
    set f [open $name w]
    puts -nonewline $f $text
    close $f
}
write suite/one.test {package require tcltest
namespace import ::tcltest::*
test one-1 {ok} {set a 1} 1
test one-2 {bad} {set a 1} 2
test one-3 {skip} -constraints knownBug -body {set a 1}
puts "output from one"
cleanupTests
}
write suite/two.test {package require tcltest
namespace import ::tcltest::*
test two-1 {ok} {set a 1} 1
error "top level error in two"
cleanupTests
}
write suite/three.test {package require tcltest
namespace import ::tcltest::*
test three-1 {ok} {set a 1} 1
test three-2 {ok} {unix nonPortable} {set a 1} 1
makeFile hello made.txt
cleanupTests
}
write suite/four.test {package require tcltest
namespace import ::tcltest::*
test four-1 {no cleanupTests at the end} {set a 1} 1
}
write suite/five.test {package require tcltest
namespace import ::tcltest::*
puts "five: argv=[string map [list [pwd] PWD] $argv]"
puts "five: sti=[testConstraint singleTestInterp] [list [configure -verbose]]"
set f [open [file join [temporaryDirectory] stray.txt] w]; close $f
test five-1 {ok} {set a 1} 1
cleanupTests
}
write suite/six.test {package require tcltest
namespace import ::tcltest::*
puts stderr "six writes to stderr"
test six-1 {ok} {set a 1} 1
cleanupTests
}
write suite/l.skip.test {puts "should not run"}
write suite/notatest.tcl {puts "should not run"}
write suite/sub/all.tcl {puts "sub all.tcl sourced: [file tail [info script]]"}
write suite/sub/deeper/all.tcl {puts "deeper all.tcl sourced"}
write suite/sub2/all.tcl {puts "sub2 all.tcl sourced"}
write suite/other/all.tcl {puts "other all.tcl sourced"}
write suite/other/inner/all.tcl {puts "other/inner all.tcl sourced"}
write suite/nothing/inner/all.tcl {puts "nothing/inner all.tcl sourced"}

proc run {args} {
    puts "######## runAllTests $args"
    configure -testdir suite -tmpdir suite -file *.test -notfile l.*.test \
	    -match * -skip {} -constraints {} -limitconstraints 0 \
	    -singleproc 0 -relateddir * -asidefromdir {} -verbose {body error}
    configure {*}$args
    runAllTests
    file delete suite/stray.txt
}
run
run -singleproc 1
run -file {f* o*} -verbose bps -match *-1
run -skip {*-2 five*} -notfile {two* six*} -constraints knownBug -limitconstraints 1 -asidefromdir {sub* other}
run -file none -asidefromdir other
run -singleproc 1 -file {f* t*} -relateddir sub*
