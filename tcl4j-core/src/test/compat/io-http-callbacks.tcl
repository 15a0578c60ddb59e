set lib /usr/share/tcltk/tcl8.6/tcl8/http-2.9.8.tm
if {![file exists $lib]} { puts "skipped: $lib is not installed (apt-get install tcl8.6)"; return }
# Tcl's own http module, unmodified: -channel (the body copied into a file
# by fcopy), -progress and -command (asynchronous geturl, the loop entered
# with vwait), against a server written in Tcl in this script.
source $lib
source [file join [file dirname [info script]] http-files server.tcl]
set port [srv::start]
set url http://127.0.0.1:$port

# 300000 bytes of every byte value, sent in pieces so the client reads it
# in several steps
set big ""
for {set i 0} {$i < 256} {incr i} { append big [binary format c $i] }
set big [string repeat $big 1172][string range $big 0 31]
proc srv::route/big {chan close} {
    set h [list Content-Type application/octet-stream Content-Length [string length $::big]]
    puts -nonewline $chan "HTTP/1.1 200 OK\r\n"
    foreach {k v} $h { puts -nonewline $chan "$k: $v\r\n" }
    puts -nonewline $chan "Connection: close\r\n\r\n"
    flush $chan
    srv::trickle $chan $::big
}
proc srv::trickle {chan data} {
    if {$data eq ""} { srv::drop $chan; return }
    puts -nonewline $chan [string range $data 0 65535]
    flush $chan
    after 2 [list srv::trickle $chan [string range $data 65536 end]]
}
proc srv::route/text {chan close} {
    srv::respond $chan "200 OK" {Content-Type {text/plain; charset=utf-8} X-Test yes} \
        [encoding convertto utf-8 "caf\u00e9 \u20ac\nsecond line\n"] $close
}
proc srv::route/chunked {chan close} {
    srv::chunked $chan "200 OK" {Content-Type text/plain} [string repeat "chunk data\n" 500] {1000 1000 1000 3000} $close
}
proc srv::route/missing {chan close} {
    srv::respond $chan "404 Not Found" {Content-Type text/html} "<h1>gone</h1>" $close
}

# --- -channel: the body lands in the file, not in http::data
set f [open big.out w]
fconfigure $f -translation binary
set tok [http::geturl $url/big -channel $f -timeout 20000]
close $f
set fd [open big.out rb]; set got [read $fd]; close $fd
puts "-channel: [http::status $tok] [http::ncode $tok] size=[http::size $tok] data=[string length [http::data $tok]] file=[file size big.out] match=[expr {$got eq $big}]"
http::cleanup $tok

# -channel with a text file: http copies bytes, the channel's encoding applies
set f [open text.out w]
fconfigure $f -translation lf -encoding utf-8
set tok [http::geturl $url/text -channel $f -timeout 20000]
close $f
set fd [open text.out rb]; binary scan [read $fd] cu* got; close $fd
puts "-channel text: [http::status $tok] bytes: $got"
http::cleanup $tok

# --- -progress: current only grows, total is the Content-Length
proc progress {tok total current} {
    global calls
    lappend calls [list $total $current]
}
proc summary {what} {
    global calls
    set grows 1
    set prev -1
    foreach c $calls {
        if {[lindex $c 1] < $prev} { set grows 0 }
        set prev [lindex $c 1]
    }
    puts "$what: called [expr {[llength $calls] > 1 ? "several times" : "[llength $calls] time(s)"}], current grows: $grows, last: [lindex $calls end]"
    set calls {}
}
set calls {}
set tok [http::geturl $url/big -progress progress -timeout 20000]
summary "-progress big"
puts "  data matches: [expr {[http::data $tok] eq $big}]"
http::cleanup $tok

set f [open big.out w]
fconfigure $f -translation binary
set tok [http::geturl $url/big -channel $f -progress progress -blocksize 4096 -timeout 20000]
close $f
summary "-progress -channel"
http::cleanup $tok

set tok [http::geturl $url/chunked -progress progress -timeout 20000]
summary "-progress chunked"
http::cleanup $tok

set f [open chunked.out w]
set tok [http::geturl $url/chunked -channel $f -progress progress -timeout 20000]
close $f
summary "-progress chunked -channel"
puts "  file size [file size chunked.out]"
http::cleanup $tok

# --- -command: geturl returns at once, the callback gets the token
proc done {tok} {
    global result
    upvar #0 $tok st
    lappend result [list [http::status $tok] [http::ncode $tok] [http::code $tok] \
                        [string length [http::data $tok]] $st(url) $st(state)]
    set m {}
    foreach {k v} [http::meta $tok] { lappend m [list $k $v] }
    lappend result [lsort $m]
    http::cleanup $tok
    incr ::pending -1
}
set result {}
set pending 1
set tok [http::geturl $url/text -command done -timeout 20000]
puts "returned: [string match ::http::* $tok] status=[http::status $tok] before the callback: [llength $result]"
vwait pending
foreach r $result { puts "-command: [string map [list $port PORT] $r]" }

showlog
# several at once (the server may see them in any order)
set result {}
set pending 4
foreach p {text big chunked missing} {
    http::geturl $url/$p -command done -timeout 20000
}
while {$pending > 0} { vwait pending }
foreach r [lsort $result] { puts "-command parallel: [string map [list $port PORT] $r]" }
set srv::log [lsort $srv::log]
showlog

# -command with -progress and -channel together
set result {}
set calls {}
set pending 1
set f [open cmd.out w]
fconfigure $f -translation binary
http::geturl $url/big -command done -progress progress -channel $f -timeout 20000
vwait pending
close $f
summary "-command -progress -channel"
puts "  [string map [list $port PORT] [lindex $result 0]] file=[file size cmd.out]"

showlog
srv::stop
