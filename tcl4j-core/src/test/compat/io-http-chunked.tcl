set lib /usr/share/tcltk/tcl8.6/tcl8/http-2.9.8.tm
if {![file exists $lib]} { puts "skipped: $lib is not installed (apt-get install tcl8.6)"; return }
# Tcl's own http module, unmodified, reading chunked responses
# (Transfer-Encoding: chunked, several chunks arriving one by one, a trailer)
# from a server written in Tcl in this script (http-files/server.tcl).
source $lib
source [file join [file dirname [info script]] http-files server.tcl]
set port [srv::start]
set url http://127.0.0.1:$port

set text ""
for {set i 0} {$i < 40} {incr i} { append text "line $i of the chunked body\n" }

proc srv::route/chunked {chan close} {
    srv::chunked $chan "200 OK" {Content-Type text/plain} $::text {7 100 1 300 2000} $close
}
proc srv::route/onechunk {chan close} {
    srv::chunked $chan "200 OK" {Content-Type text/plain X-Test one} "just one chunk" {} $close
}
proc srv::route/empty {chan close} {
    srv::chunked $chan "200 OK" {Content-Type text/plain} "" {} $close
}
proc srv::route/binchunks {chan close} {
    set b ""
    for {set i 0} {$i < 256} {incr i} { append b [binary format c $i] }
    srv::chunked $chan "200 OK" {Content-Type application/octet-stream} $b$b {13 256 10} $close
}
proc srv::route/badchunk {chan close} {
    puts -nonewline $chan "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\nhello\r\nzz\r\n"
    flush $chan
    srv::drop $chan
}

set tok [http::geturl $url/chunked -timeout 10000]
show $tok
puts "body matches: [expr {[http::data $tok] eq $text}] ([string length [http::data $tok]] chars)"
upvar #0 $tok st
puts "transfer: $st(transfer) currentsize: $st(currentsize) totalsize: $st(totalsize)"
showmeta $tok
http::cleanup $tok

set tok [http::geturl $url/onechunk -timeout 10000]
show $tok {status ncode data}
showmeta $tok
http::cleanup $tok

set tok [http::geturl $url/empty -timeout 10000]
show $tok {status ncode size data}
http::cleanup $tok

set tok [http::geturl $url/binchunks -timeout 10000 -binary 1]
set d [http::data $tok]
binary scan $d cu* bytes
puts "binary: [string length $d] bytes, first [lrange $bytes 0 3] last [lrange $bytes end-3 end]"
http::cleanup $tok

# chunked with -channel goes through http's coroutine dechunker
set f [open chunked.out w]
fconfigure $f -translation binary
set tok [http::geturl $url/chunked -timeout 10000 -channel $f]
close $f
show $tok {status ncode size}
set f [open chunked.out rb]; set got [read $f]; close $f
puts "file matches: [expr {$got eq $text}] ([file size chunked.out] bytes)"
http::cleanup $tok

set c [catch {http::geturl $url/badchunk -timeout 10000} tok]
if {$c} { puts "badchunk error: $tok" } else { show $tok {status ncode error data}; http::cleanup $tok }

showlog
srv::stop
