set ::mod_loaded "1.0 [lindex [split [info script] /] end] [package provide mod]"
