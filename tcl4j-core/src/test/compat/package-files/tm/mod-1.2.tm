set ::mod_loaded "1.2 [lindex [split [info script] /] end] [package provide mod]"
