# The examples of the tcltest(n) manual, as a test file is usually written.
package require tcltest 2.5
eval ::tcltest::configure $argv
namespace eval ::example::test {
    namespace import ::tcltest::*
    testConstraint X [expr {1 + 1 == 2}]
    variable SETUP {set file [makeFile {} test]}
    variable CLEANUP {removeFile test}

    test example-1.0 {normal return} {
	format %s value
    } value
    test example-1.1 {test file existence} -setup $SETUP -body {
	file exists $file
    } -cleanup $CLEANUP -result 1
    test example-1.2 {error return} -body {
	error message
    } -returnCodes error -result message
    test example-1.3 {user owns created files} -constraints {
	unix
    } -setup $SETUP -body {
	file attributes $file -owner
    } -cleanup $CLEANUP -result $::tcl_platform(user)
    test goodConditionalTest {} X {
	# body
    } {}
    test example-2 {} -constraints X -setup $SETUP -body {
	viewFile test
    } -cleanup $CLEANUP -result {}
    test example-3 {a failing one} {
	string repeat ab 2
    } {abab ab}
    cleanupTests
}
namespace delete ::example::test
puts [namespace exists ::example::test]
