puts "in a: [lindex [split [info script] /] end]"
set x 1
return "ret-a"
puts notreached
