package provide top 1.0
set ::top_script [lindex [split [info script] /] end]
proc top {} { return "top from $::top_script" }
