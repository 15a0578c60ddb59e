# Sockets on 127.0.0.1: an event-driven echo server and clients in one interpreter.
proc accept {chan addr port} {
    lappend ::accepted $addr [string is integer $port]
    fconfigure $chan -blocking 0 -buffering line
    fileevent $chan readable [list echo $chan]
}
proc echo {chan} {
    if {[gets $chan line] < 0} {
        if {[eof $chan]} {
            close $chan
            lappend ::log "server saw eof"
        }
        return
    }
    puts $chan "echo: $line"
}
set server [socket -server accept -myaddr 127.0.0.1 0]
set port [lindex [fconfigure $server -sockname] 2]
puts [lreplace [fconfigure $server -sockname] 2 2 PORT]
puts [llength [fconfigure $server]]
catch {gets $server} msg; puts [string map [list $server SERVER] $msg]
catch {puts $server x} msg; puts [string map [list $server SERVER] $msg]

# a blocking client
set c [socket 127.0.0.1 $port]
puts [fconfigure $c -translation]
puts [fconfigure $c -eofchar]
puts [lrange [fconfigure $c -peername] 0 1]
puts [expr {[lindex [fconfigure $c -peername] 2] == $port}]
puts [lrange [fconfigure $c -sockname] 0 1]
puts [list [fconfigure $c -error] [fconfigure $c -connecting]]
fconfigure $c -buffering line
# the server runs in this interpreter: wait for the answer with the event loop
proc ask {c text} {
    puts $c $text
    fileevent $c readable {set ::got [gets $c]}
    vwait ::got
    fileevent $c readable {}
    return $::got
}
puts [ask $c hello]
puts [ask $c world]
puts $accepted

# a readable handler on the client
fileevent $c readable {set ::got [gets $c]}
puts $c "via event"
vwait got
puts $got
fileevent $c readable {}

# half close: the server sees eof and closes; the client reads eof
close $c write
fconfigure $c -blocking 0
fileevent $c readable {
    set data [read $c]
    if {[eof $c]} { set ::result [list $data eof] }
}
vwait result
puts $result
puts $log
close $c

# non-blocking reads: partial lines are kept, fblocked tells
proc accept2 {chan addr port} { set ::srv $chan }
close $server
set server [socket -server accept2 -myaddr 127.0.0.1 0]
set port [lindex [fconfigure $server -sockname] 2]
set c [socket -async 127.0.0.1 $port]
vwait srv
fconfigure $srv -blocking 0 -translation lf
fconfigure $c -translation lf
puts -nonewline $c "partial"
flush $c
fileevent $srv readable {set ::ready 1}
vwait ready
puts [list [gets $srv line] $line [fblocked $srv] [eof $srv]]
puts [chan pending input $srv]
puts [list [read $srv 3] [fblocked $srv]]
puts $c " line"
flush $c
fileevent $srv readable {
    if {[gets $srv line] >= 0} { set ::ready [list $line [fblocked $srv]] }
}
vwait ready
puts $ready
fileevent $srv readable {}

# readable keeps firing while buffered input remains
puts $c "a\nb\nc"
flush $c
set lines {}
fileevent $srv readable {
    if {[gets $srv line] >= 0} {
        lappend lines $line
        if {[llength $lines] == 3} { set ::ready done }
    }
}
vwait ready
puts $lines

# a closed peer gives eof, and eof is sticky
close $c
fileevent $srv readable {
    set n [gets $srv line]
    if {[eof $srv]} { set ::ready [list $n [eof $srv]] }
}
vwait ready
puts $ready
puts [list [gets $srv] [eof $srv] [read $srv] [eof $srv]]
close $srv

# writes on a non-blocking socket are queued and flushed in the background
set c [socket 127.0.0.1 $port]
vwait srv
fconfigure $c -blocking 0 -buffering full -translation binary
fconfigure $srv -translation binary
set chunk [string repeat x 1000]
for {set i 0} {$i < 2000} {incr i} { puts -nonewline $c $chunk }
flush $c
set total 0
fconfigure $srv -blocking 0
fileevent $srv readable {
    append received [read $srv]
    if {[string length $received] >= 2000000} { set ::ready all }
}
vwait ready
puts [string length $received]
puts [string equal $received [string repeat $chunk 2000]]
puts [chan pending output $c]
close $c
close $srv

# connection refused: blocking and async
close $server
catch {socket 127.0.0.1 $port} msg
puts "$msg | $::errorCode"
set c [socket -async 127.0.0.1 $port]
fileevent $c writable {set ::ready writable}
vwait ready
puts [list $ready [fconfigure $c -error] [fconfigure $c -connecting]]
close $c
