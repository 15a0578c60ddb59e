# "array" variable traces fire for every array subcommand, with the name
# used in the command, and their errors are reported as tclsh does.
proc tr {args} { puts "trace: $args" }
array set a {x 1}
trace add variable a array tr
foreach sub {{exists a} {get a} {names a} {size a} {set a {y 2}} {unset a x} {startsearch a}
             {anymore a s-1-a} {nextelement a s-1-a} {donesearch a s-1-a}} {
    puts "-- array $sub"
    catch {array {*}$sub} m
    puts "=> $m"
}
trace add variable nosuch array tr
puts [array exists nosuch]
puts [array size nosuch]
proc bad {args} { error oops }
array set b {x 1}
trace add variable b array bad
puts [catch {array names b} m]:$m
puts $::errorInfo
puts [catch {array set b {z 1}} m]:$m
proc p {} { upvar a la; array names la }
p
trace add variable a {array read} tr
array unset a
