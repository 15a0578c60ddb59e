set lib /usr/share/tcltk/tcl8.6/tcl8/http-2.9.8.tm
if {![file exists $lib]} { puts "skipped: $lib is not installed (apt-get install tcl8.6)"; return }
# Tcl's own http module, unmodified, decoding compressed responses
# (Content-Encoding gzip, deflate, compress; whole and chunked; into the body
# and into a -channel) from a server written in Tcl in this script, which
# compresses with zlib.
source $lib
source [file join [file dirname [info script]] http-files server.tcl]
set port [srv::start]
set url http://127.0.0.1:$port

set text ""
for {set i 0} {$i < 300} {incr i} { append text "gzip line $i: the quick brown fox\n" }
set bin ""
for {set i 0} {$i < 2048} {incr i} { append bin [binary format c [expr {($i * 7) % 256}]] }

# /z?coding=how&type=text|bin&chunked=0|1 ; how is the zlib subcommand used
proc srv::route/z {chan close} {
    set q [lindex [split $srv::req(path) ?] 1]
    set o [dict create coding gzip how gzip type text chunked 0]
    foreach kv [split $q &] { dict set o {*}[split $kv =] }
    set body [expr {[dict get $o type] eq "text" ? [encoding convertto utf-8 $::text] : $::bin}]
    set ctype [expr {[dict get $o type] eq "text" ? "text/plain" : "application/octet-stream"}]
    if {[dict get $o how] ne "none"} { set body [zlib [dict get $o how] $body] }
    set h [list Content-Type $ctype Content-Encoding [dict get $o coding]]
    if {[dict get $o chunked]} {
        srv::chunked $chan "200 OK" $h $body {100 1 1000 50} $close
    } else {
        srv::respond $chan "200 OK" $h $body $close
    }
}

proc fetch {query args} {
    global url text bin
    set c [catch {http::geturl $url/z?$query -timeout 10000 {*}$args} tok]
    if {$c} { puts "$query: error: $tok"; return }
    set d [http::data $tok]
    upvar #0 $tok st
    set want [expr {[string match *type=bin* $query] ? $bin : $text}]
    puts "$query: [http::status $tok] [http::ncode $tok] coding=[expr {[info exists st(coding)] ? $st(coding) : "-"}] size=[http::size $tok] match=[expr {$d eq $want}] len=[string length $d] error=[list [http::error $tok]]"
    http::cleanup $tok
}

fetch coding=gzip&how=gzip
fetch coding=gzip&how=gzip&type=bin
fetch coding=x-gzip&how=gzip
fetch coding=deflate&how=deflate
fetch coding=deflate&how=deflate&type=bin
fetch coding=compress&how=compress
fetch coding=identity&how=none
fetch coding=gzip&how=gzip&chunked=1
fetch coding=deflate&how=deflate&chunked=1
fetch coding=gzip&how=gzip&chunked=1&type=bin
# a corrupt body: http reports zlib's error
fetch coding=gzip&how=none
fetch coding=deflate&how=compress
fetch coding=gzip&how=deflate

# into a -channel: http pushes a zlib transform on the socket, or (chunked)
# feeds zlib streams
foreach q {coding=gzip&how=gzip coding=deflate&how=deflate&type=bin
           coding=gzip&how=gzip&chunked=1 coding=deflate&how=deflate&chunked=1&type=bin} {
    set f [open z.out w]
    fconfigure $f -translation binary
    set tok [http::geturl $url/z?$q -timeout 10000 -channel $f]
    close $f
    set f [open z.out rb]; set got [read $f]; close $f
    set want [expr {[string match *type=bin* $q] ? $bin : [encoding convertto utf-8 $text]}]
    puts "-channel $q: [http::status $tok] [http::ncode $tok] size=[http::size $tok] file=[file size z.out] match=[expr {$got eq $want}]"
    http::cleanup $tok
}

showlog
srv::stop
