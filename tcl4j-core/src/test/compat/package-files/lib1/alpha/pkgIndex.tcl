lappend ::indexes "alpha [lindex [split $dir /] end]"
package ifneeded alpha 1.0 [list source $dir/alpha.tcl]
package ifneeded alpha 1.1 [list apply {{dir} {package provide alpha 1.1; set ::alpha_from "lib1 [lindex [split $dir /] end]"}} $dir]
set leaked 1
