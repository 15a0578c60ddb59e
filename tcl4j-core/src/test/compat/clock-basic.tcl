# clock seconds/milliseconds/microseconds/clicks (shapes only: values change between runs),
# subcommand lookup and the errors of the ensemble.
puts [string length [clock seconds]]
puts [string length [clock milliseconds]]
puts [string length [clock microseconds]]
puts [string length [clock clicks]]
puts [string length [clock clicks -milliseconds]]
puts [string length [clock clicks -microseconds]]
puts [string length [clock clicks -micro]]
puts [string is wide [clock sec]]
puts [string is wide [clock cl]]
puts [string length [clock format [clock seconds] -format %Y]]
puts [string length [clock scan now]]
foreach args {{} foo m mi {seconds x} {milliseconds x} {microseconds x} {clicks x} {clicks -milliseconds x} {clicks -foo} {add} {scan}} {
    set r [catch {clock {*}$args} m]
    puts "clock $args -> $r [list $m] [lindex [list {} $errorCode] $r]"
}
