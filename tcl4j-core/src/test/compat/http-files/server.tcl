# A small HTTP/1.1 server for the io-http-*.tcl compat scripts, in the same
# interpreter as the client: fileevent-driven and non-blocking, so that
# http::geturl (which waits in vwait) and the server share one event loop.
# Each path /name is answered by the proc srv::route/name; the request
# (method, path, headers, body) is in the array srv::req while it runs.
namespace eval srv {
    variable conns 0      ;# connections accepted so far
    variable log {}       ;# one line per request: method path selected-headers
}

proc srv::start {} {
    variable listener [socket -server srv::accept -myaddr 127.0.0.1 0]
    variable port [lindex [fconfigure $listener -sockname] 2]
    return $port
}

proc srv::stop {} {
    variable listener
    close $listener
}

proc srv::accept {chan addr port} {
    variable conns
    incr conns
    fconfigure $chan -blocking 0 -translation {crlf binary} -buffering full
    srv::reset $chan
    fileevent $chan readable [list srv::readable $chan]
}

proc srv::reset {chan} {
    upvar #0 srv::c$chan st
    array unset st
    set st(state) request
    set st(headers) {}
    set st(body) ""
    set st(left) 0
}

proc srv::drop {chan} {
    catch {close $chan}
    unset -nocomplain ::srv::c$chan
}

# Reads as much of the request as has arrived; runs the route once the
# request line, the headers and a Content-Length body are complete.
proc srv::readable {chan} {
    upvar #0 srv::c$chan st
    while {[info exists st]} {
        if {$st(state) eq "body"} {
            fconfigure $chan -translation {binary binary}
            set data [read $chan $st(left)]
            fconfigure $chan -translation {crlf binary}
            append st(body) $data
            incr st(left) -[string length $data]
            if {$st(left) > 0} {
                if {[eof $chan]} { srv::drop $chan }
                return
            }
            srv::dispatch $chan
            continue
        }
        if {[gets $chan line] < 0} {
            if {[eof $chan]} { srv::drop $chan }
            return
        }
        if {$st(state) eq "request"} {
            if {$line eq ""} continue
            lassign $line st(method) st(path) st(proto)
            set st(state) headers
        } elseif {$line ne ""} {
            set i [string first : $line]
            lappend st(headers) [string tolower [string range $line 0 $i-1]] \
                [string trim [string range $line $i+1 end]]
        } else {
            set st(left) 0
            if {[dict exists $st(headers) content-length]} {
                set st(left) [dict get $st(headers) content-length]
            }
            if {$st(left) > 0} {
                set st(state) body
            } else {
                srv::dispatch $chan
            }
        }
    }
}

# Headers whose values are the same under every tclsh (no host/port).
proc srv::shown {headers} {
    set r {}
    foreach {k v} $headers {
        if {$k in {accept-encoding connection content-type content-length x-test}} {
            lappend r $k $v
        }
    }
    return $r
}

proc srv::dispatch {chan} {
    upvar #0 srv::c$chan st
    variable log
    variable req
    array unset req
    array set req [array get st]
    lappend log [list $st(method) $st(path) [srv::shown $st(headers)]]
    set close [expr {[dict exists $st(headers) connection]
                     && [string tolower [dict get $st(headers) connection]] eq "close"}]
    srv::reset $chan
    set route [lindex [split [lindex [split $req(path) ?] 0] /] 1]
    if {[info commands ::srv::route/$route] eq ""} {
        srv::respond $chan "404 Not Found" {Content-Type text/plain} "no such page\n" $close
    } else {
        srv::route/$route $chan $close
    }
}

# Sends a whole response; a HEAD request gets the headers only.
proc srv::respond {chan status headers body {close 0}} {
    variable req
    set r "HTTP/1.1 $status\r\n"
    foreach {k v} $headers { append r "$k: $v\r\n" }
    if {![dict exists $headers Content-Length]} {
        append r "Content-Length: [string length $body]\r\n"
    }
    if {$close} { append r "Connection: close\r\n" }
    append r "\r\n"
    if {$req(method) ne "HEAD"} { append r $body }
    puts -nonewline $chan $r
    flush $chan
    if {$close} { srv::drop $chan }
}

# Sends the body in chunks of the given sizes, one chunk per timer tick
# (so the client sees the response arrive piece by piece), then the last
# chunk and a trailer.
proc srv::chunked {chan status headers body sizes close} {
    set r "HTTP/1.1 $status\r\n"
    foreach {k v} $headers { append r "$k: $v\r\n" }
    append r "Transfer-Encoding: chunked\r\n"
    if {$close} { append r "Connection: close\r\n" }
    append r "\r\n"
    puts -nonewline $chan $r
    flush $chan
    after 5 [list srv::nextchunk $chan $body $sizes $close]
}

proc srv::nextchunk {chan body sizes close} {
    if {$body eq ""} {
        puts -nonewline $chan "0\r\nX-Trailer: done\r\n\r\n"
        flush $chan
        if {$close} { srv::drop $chan }
        return
    }
    set n [lindex $sizes 0]
    if {$n eq "" || $n > [string length $body]} { set n [string length $body] }
    puts -nonewline $chan [format %x $n]\r\n[string range $body 0 $n-1]\r\n
    flush $chan
    after 5 [list srv::nextchunk $chan [string range $body $n end] \
                 [lrange $sizes 1 end] $close]
}

# Prints what the client got for a token, without the things that differ
# between runs (ports, socket names, dates).
proc show {tok {what {status ncode code size type}}} {
    foreach w $what {
        switch $w {
            status { lappend r status=[http::status $tok] }
            ncode  { lappend r ncode=[http::ncode $tok] }
            code   { lappend r code=[list [http::code $tok]] }
            size   { lappend r size=[http::size $tok] }
            type   { upvar #0 $tok st; lappend r type=[list $st(type)] }
            data   { lappend r data=[list [http::data $tok]] }
            error  { lappend r error=[list [http::error $tok]] }
        }
    }
    puts [join $r " "]
}

proc showmeta {tok} {
    set m {}
    foreach {k v} [http::meta $tok] { lappend m [list $k $v] }
    puts "meta: [lsort -index 0 $m]"
}

proc showlog {} {
    foreach l $srv::log { puts "server saw: $l" }
    set srv::log {}
}
