set lib /usr/share/tcltk/tcl8.6/tcl8/http-2.9.8.tm
if {![file exists $lib]} { puts "skipped: $lib is not installed (apt-get install tcl8.6)"; return }
# Tcl's own http module, unmodified: HEAD (-validate), POST (-query,
# -querychannel, -type), -method, -headers, keep-alive and a redirect,
# against a server written in Tcl in this script that echoes the requests.
source $lib
source [file join [file dirname [info script]] http-files server.tcl]
set port [srv::start]
set url http://127.0.0.1:$port

# answers with what the server got
proc srv::route/echo {chan close} {
    set h [srv::shown $srv::req(headers)]
    set b "$srv::req(method) $srv::req(path) $srv::req(proto)\nheaders: $h\nbody: $srv::req(body)\n"
    srv::respond $chan "200 OK" {Content-Type text/plain X-Test echo} $b $close
}
proc srv::route/page {chan close} {
    srv::respond $chan "200 OK" {Content-Type text/html Last-Modified {Mon, 01 Jan 2024 00:00:00 GMT} ETag {"v1"}} "<p>page</p>" $close
}
proc srv::route/moved {chan close} {
    srv::respond $chan "302 Found" [list Location http://127.0.0.1:$::port/page Content-Type text/plain] "moved" $close
}
proc srv::route/keep {chan close} {
    srv::respond $chan "200 OK" {Content-Type text/plain} "kept $srv::conns" $close
}

# --- HEAD: -validate 1 asks for the headers only
set tok [http::geturl $url/page -validate 1 -timeout 10000]
show $tok {status ncode code size data}
showmeta $tok
http::cleanup $tok
set tok [http::geturl $url/page -method HEAD -timeout 10000]
show $tok {status ncode size data}
http::cleanup $tok

# --- GET with extra headers
set tok [http::geturl $url/echo -headers {X-Test hello Accept text/plain} -timeout 10000]
show $tok {status ncode data}
http::cleanup $tok

# --- POST: -query makes a POST with a form body
set q [http::formatQuery name "J. Doe" lang Tcl/Java sym "a&b=c" empty ""]
puts "formatQuery: $q"
set tok [http::geturl $url/echo -query $q -timeout 10000]
show $tok {status ncode data}
http::cleanup $tok
set tok [http::geturl $url/echo -query {{"json": [1, 2]}} -type application/json -timeout 10000]
show $tok {status ncode data}
http::cleanup $tok
# an empty query is still a POST
set tok [http::geturl $url/echo -query "" -timeout 10000]
show $tok {status ncode data}
http::cleanup $tok
# non-ASCII query text is sent as UTF-8
set tok [http::geturl $url/echo -query "caf\u00e9" -type text/plain -timeout 10000]
show $tok {status ncode data}
http::cleanup $tok

# --- -querychannel: the body comes from a file
set f [open q.txt w]
puts -nonewline $f "line one\nline two\n"
close $f
set f [open q.txt r]
set tok [http::geturl $url/echo -querychannel $f -type text/plain -timeout 10000]
close $f
show $tok {status ncode data}
http::cleanup $tok

# --- -method
foreach m {PUT DELETE OPTIONS} {
    set tok [http::geturl $url/echo -method $m -timeout 10000]
    show $tok {status ncode data}
    http::cleanup $tok
}
set tok [http::geturl $url/echo -method PUT -query "new content" -timeout 10000]
show $tok {status ncode data}
http::cleanup $tok

# --- a redirect is not followed: the caller sees 302 and Location
set tok [http::geturl $url/moved -timeout 10000]
show $tok {status ncode code data}
puts "location: [string map [list $port PORT] [dict get [http::meta $tok] Location]]"
http::cleanup $tok

# --- HTTP/1.0
set tok [http::geturl $url/echo -protocol 1.0 -timeout 10000]
show $tok {status ncode data}
http::cleanup $tok

# --- keep-alive: three requests, one connection
showlog
set before $srv::conns
foreach i {1 2 3} {
    set tok [http::geturl $url/keep -keepalive 1 -timeout 10000]
    lappend got [http::status $tok]/[http::ncode $tok]/[expr {[http::data $tok] eq "kept [expr {$before + 1}]"}]
    http::cleanup $tok
}
puts "keep-alive: $got, connections used: [expr {$srv::conns - $before}]"
set got {}
set before $srv::conns
foreach i {1 2} {
    set tok [http::geturl $url/keep -timeout 10000]
    lappend got [http::status $tok]
    http::cleanup $tok
}
puts "no keep-alive: $got, connections used: [expr {$srv::conns - $before}]"

showlog
srv::stop
