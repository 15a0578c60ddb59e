set nested [lindex [split [info script] /] end]
source [string range [info script] 0 [string last / [info script]]]inner.tcl
lappend nested [lindex [split [info script] /] end]
