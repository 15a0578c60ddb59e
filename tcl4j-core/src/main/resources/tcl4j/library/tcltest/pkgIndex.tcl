# Tell "package require tcltest" where tcl4j's own tcltest lives.
package ifneeded tcltest 2.5.5 [list source [file join $dir tcltest.tcl]]
