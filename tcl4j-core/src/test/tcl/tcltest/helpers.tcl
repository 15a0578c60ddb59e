# helpers.tcl --
#
#	Shared by the tests of the tcltest package itself (sourced by each
#	tcltest-*.test file).
#
#	runTests script
#	    Runs the script in a new child interpreter that has tcltest loaded
#	    and its commands imported, as a test file named demo.test, and
#	    returns everything it printed (stdout and stderr together). An
#	    error of the script is appended as "ERROR: message". The tests of
#	    the script are not tests of the suite: they may fail on purpose,
#	    and it is their report that the calling test checks.
#
#	The child loads the same tcltest as this interpreter: tcl4j's when this
#	file runs with tcl4j's package (under jtclsh, or under tclsh through
#	compare/ours.tcl), Tcl's own under a plain tclsh; the expected reports
#	are those of Tcl's tcltest, so the tests pass with both.

namespace eval ::tcltest::selftest {
    namespace export runTests
}

proc ::tcltest::selftest::runTests {script} {
    set child [interp create]
    try {
	$child eval {
	    # Collect what the tests print on stdout and stderr.
	    set ::output ""
	    rename puts ::RealPuts
	    proc ::puts {args} {
		set newline \n
		if {[lindex $args 0] eq "-nonewline" && [llength $args] > 1} {
		    set newline ""
		    set args [lrange $args 1 end]
		}
		if {[llength $args] == 1} {
		    set args [list stdout [lindex $args 0]]
		}
		lassign $args channel text
		if {[llength $args] == 2 && $channel in {stdout stderr}} {
		    append ::output $text $newline
		    return
		}
		# Files, and the errors of puts.
		if {$newline eq ""} {
		    set args [linsert $args 0 -nonewline]
		}
		::RealPuts {*}$args
	    }
	}
	if {[info exists ::tcltest::LibraryScript]
		&& [file exists $::tcltest::LibraryScript]} {
	    $child eval [list source $::tcltest::LibraryScript]
	} else {
	    $child eval {package require tcltest}
	}
	$child eval {
	    namespace import ::tcltest::*
	    info script demo.test
	}
	if {[catch {$child eval $script} msg]} {
	    $child eval [list append ::output "ERROR: $msg\n"]
	}
	return [$child eval {set ::output}]
    } finally {
	interp delete $child
    }
}

namespace import ::tcltest::selftest::runTests
