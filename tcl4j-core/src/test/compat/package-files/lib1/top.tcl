package provide top 1.0
proc top {} { return "top from [lindex [split [info script] /] end]" }
