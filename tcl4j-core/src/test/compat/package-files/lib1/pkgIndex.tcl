# an index in the auto_path directory itself
lappend ::indexes "lib1 level [info level] [lindex [split $dir /] end]"
package ifneeded top 1.0 [list source $dir/top.tcl]
