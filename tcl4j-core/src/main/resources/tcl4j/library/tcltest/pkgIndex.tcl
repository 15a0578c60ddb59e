# Tell "package require tcltest" where tcl4j's own tcltest lives. ("$dir/"
# rather than file join, so that it works before the runtime has "file".)
package ifneeded tcltest 2.5.5 [list source $dir/tcltest.tcl]
