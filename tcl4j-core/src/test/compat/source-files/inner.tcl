lappend nested [lindex [split [info script] /] end]
