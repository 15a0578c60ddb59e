# Channels belong to their interpreter: deleting it closes them.
set name /tmp/tcl4j-io-interp-[pid]
set i [interp create]
$i eval [list set name $name]
$i eval {
    set f [open $name w]
    puts $f "written in the child, never flushed there"
    after 100000 {puts never}
    set s [socket -server x -myaddr 127.0.0.1 0]
    set port [lindex [fconfigure $s -sockname] 2]
}
set port [$i eval {set port}]
puts [llength [$i eval {chan names sock*}]] ; puts [lsort [$i eval {chan names {[fs][it]*}}]]
puts [llength [chan names file*]]
interp delete $i
set f [open $name]
puts [read $f]
close $f
puts [catch {socket 127.0.0.1 $port} msg]
puts $msg
file delete $name
