# tls-echo.tcl --
#
#	A TLS echo server and its client in one script, on 127.0.0.1: the
#	server is a tls::socket -server, the client a non-blocking
#	tls::socket that verifies the server's certificate (the default) with
#	the demo CA in demos/tls. Both ends run in this interpreter's event
#	loop, so every step is non-blocking. Prints what the client learns
#	about the connection, then the echoed lines.
#
#	    bin/jtclsh demos/tls-echo.tcl

package require tls

set dir [file join [file dirname [file normalize [info script]]] tls]

# --- the server: echo every line back, in upper case ---------------------

proc accept {chan addr port} {
    fconfigure $chan -blocking 0 -buffering line
    fileevent $chan readable [list echo $chan]
}

proc echo {chan} {
    if {[catch {gets $chan line} n]} {
        puts "server: $n"
        close $chan
        return
    }
    if {$n >= 0} {
        puts $chan [string toupper $line]
    } elseif {[eof $chan]} {
        close $chan
    }
}

set server [tls::socket -server accept -myaddr 127.0.0.1 \
    -certfile [file join $dir server.pem] -keyfile [file join $dir server.key] 0]
set port [lindex [fconfigure $server -sockname] 2]

# --- the client: connect, finish the handshake, talk ---------------------

set client [tls::socket -async -cafile [file join $dir ca.pem] localhost $port]
fconfigure $client -blocking 0 -buffering line

# tls::handshake returns 0 while the handshake is under way, 1 when done.
proc handshake {chan} {
    if {[catch {tls::handshake $chan} done]} {
        set ::state "failed: $done"
    } elseif {$done} {
        set ::state connected
    }
}
fileevent $client writable [list handshake $client]
set timeout [after 10000 {set ::state "timed out"}]
vwait ::state
fileevent $client writable {}
if {$state ne "connected"} {
    puts "client: handshake $state"
    exit 1
}

set status [tls::status $client]
puts "protocol:     [dict get $status protocol]"
puts "cipher:       [dict get $status cipher]"
puts "server:       [dict get $status subject]"
puts "issued by:    [dict get $status issuer]"
puts "valid until:  [dict get $status notAfter]"
puts "verification: [dict get $status verifyResult]"

set lines {"hello over TLS" "the channel name stays the same" "goodbye"}
proc reply {chan} {
    if {[gets $chan line] >= 0} {
        puts "echo:         $line"
        if {[incr ::received] == [llength $::lines]} {
            set ::state done
        }
    } elseif {[eof $chan]} {
        set ::state eof
    }
}
set received 0
fileevent $client readable [list reply $client]
foreach line $lines {
    puts $client $line
}
vwait ::state
after cancel $timeout
close $client
close $server
