set lib /usr/share/tcltk/tcl8.6/tcl8/http-2.9.8.tm
if {![file exists $lib]} { puts "skipped: $lib is not installed (apt-get install tcl8.6)"; return }
# Tcl's own http module, unmodified, when things go wrong: 404 and 500,
# a refused connection, a server that never answers (-timeout), one that
# closes early, a malformed status line, bad URLs and options, and the same
# through -command callbacks. The server is Tcl in this script.
source $lib
source [file join [file dirname [info script]] http-files server.tcl]
set port [srv::start]
set url http://127.0.0.1:$port

proc srv::route/fail {chan close} {
    srv::respond $chan "500 Internal Server Error" {Content-Type text/plain} "it broke" $close
}
# reads the request and never answers
proc srv::route/hang {chan close} {
    lappend ::hung $chan
}
# promises 100 bytes, sends 10 and closes
proc srv::route/short {chan close} {
    puts -nonewline $chan "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\n0123456789"
    srv::drop $chan
}
# closes without a word
proc srv::route/drop {chan close} {
    srv::drop $chan
}
proc srv::route/garbage {chan close} {
    puts -nonewline $chan "NOT HTTP AT ALL\r\n\r\n"
    srv::drop $chan
}

# a port where nobody listens
set s [socket -server {apply {args {}}} -myaddr 127.0.0.1 0]
set deadport [lindex [fconfigure $s -sockname] 2]
close $s

proc try {what script} {
    set c [catch {uplevel 1 $script} r]
    if {$c} {
        puts "$what: error: [string map [list $::port PORT $::deadport DEADPORT] $r]"
        return
    }
    set tok $r
    upvar #0 $tok st
    set err [http::error $tok]
    puts "$what: status=[http::status $tok] ncode=[list [http::ncode $tok]] code=[list [http::code $tok]] data=[list [http::data $tok]] error=[list [lindex $err 0]]"
    http::cleanup $tok
}

try 404 { http::geturl $url/nothing-here -timeout 10000 }
try 500 { http::geturl $url/fail -timeout 10000 }
try refused { http::geturl http://127.0.0.1:$deadport/x -timeout 10000 }
try timeout { http::geturl $url/hang -timeout 200 }
try short { http::geturl $url/short -timeout 10000 }
try drop { http::geturl $url/drop -timeout 10000 }
try garbage { http::geturl $url/garbage -timeout 10000 }
try badurl { http::geturl "not a url" }
try badscheme { http::geturl ftp://127.0.0.1/x }
try badport { http::geturl http://127.0.0.1:99999999/x -timeout 10000 }
try badoption { http::geturl $url/x -nosuch 1 }
try badvalue { http::geturl $url/x -timeout soon }
try badvalidate { http::geturl $url/x -validate maybe }
try noargs { http::geturl }

# the same through -command: the callback sees the outcome
proc done {what tok} {
    set err [http::error $tok]
    lappend ::results "$what: status=[http::status $tok] ncode=[list [http::ncode $tok]] error=[list [lindex $err 0]] data=[list [http::data $tok]]"
    http::cleanup $tok
    incr ::pending -1
}
set results {}
set pending 0
foreach {what path} {404 /nothing-here timeout /hang short /short drop /drop} {
    incr pending
    http::geturl $url$path -timeout [expr {$what eq "timeout" ? 500 : 10000}] -command [list done $what]
}
incr pending
if {[catch {http::geturl http://127.0.0.1:$deadport/x -timeout 5000 -command [list done refused]} r]} {
    incr pending -1
    lappend results "refused: geturl error: [string map [list $deadport DEADPORT] $r]"
}
while {$pending > 0} { vwait pending }
foreach r [lsort $results] { puts "-command $r" }

# http::reset stops a transfer: status reset, the callback still runs
set results {}
set pending 1
set tok [http::geturl $url/hang -command [list done reset]]
after 100 [list http::reset $tok]
vwait pending
puts "[lindex $results 0]"

foreach c $hung { catch {close $c} }
set srv::log [lsort $srv::log]
showlog
srv::stop
