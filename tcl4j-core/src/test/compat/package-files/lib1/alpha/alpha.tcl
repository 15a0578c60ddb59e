package provide alpha 1.0
set ::alpha_from "lib1 alpha.tcl, script [lindex [split [info script] /] end]"
