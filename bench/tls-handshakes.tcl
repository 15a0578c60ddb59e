# tls-handshakes.tcl ?ec|rsa? ?seconds? --
#
#	Sequential full TLS handshakes (TLS 1.3, no session resumption)
#	over 127.0.0.1 for SECONDS (default 8), with the server certificate
#	of the given type: ECDSA P-256 "ec" (the default) or RSA-2048 "rsa";
#	the client verifies it. Each round opens a new connection, completes
#	the handshake on both ends (both live in this process, driven by the
#	event loop, so a round is one client and one server handshake) and
#	closes both. Both ends use tls::socket, so each builds a new TLS
#	context per connection (reads the certificate and key files, loads
#	the trust store), as an application calling tls::socket does.
#	(Sharing contexts through -model would isolate the handshake itself,
#	but tcl-tls 1.7.22 aborts such connections, so it cannot be compared.)
#	Prints
#
#	    RESULT tls-handshakes-<type> <handshakes per second> <rounds>

source [file join [file dirname [file normalize [info script]]] tls-lib.tcl]

set type [expr {[llength $argv] > 0 ? [lindex $argv 0] : "ec"}]
set seconds [expr {[llength $argv] > 1 ? [lindex $argv 1] : 8}]

# The server's side of a connection: handshake on readable events, then
# wait for the client's close.
proc serverStep {chan} {
    if {[catch {tls::handshake $chan} ok]} {
	close $chan
	return
    }
    if {$ok && ([catch {read $chan}] || [eof $chan])} {
	close $chan
    }
}

proc accept {chan addr port} {
    fconfigure $chan -blocking 0
    fileevent $chan readable [list serverStep $chan]
}

# run seconds --
#	Rounds until the time is up; returns {rounds elapsed protocol}.
proc run {seconds} {
    global type
    set server [tls::socket -server accept -myaddr 127.0.0.1 {*}[bench::serverOpts $type] 0]
    set port [lindex [fconfigure $server -sockname] 2]
    set rounds 0
    set start [clock microseconds]
    set end [expr {$start + int($seconds * 1000000)}]
    while {[clock microseconds] < $end} {
	set c [tls::socket {*}[bench::clientOpts] -async 127.0.0.1 $port]
	fconfigure $c -blocking 0
	bench::handshake $c
	set protocol [bench::protocol $c]
	close $c
	incr rounds
    }
    set elapsed [expr {([clock microseconds] - $start) / 1e6}]
    update
    close $server
    list $rounds $elapsed $protocol
}

lassign [run $seconds] rounds elapsed protocol
puts [format "%s: %d %s handshakes (%s) in %.2f s" [bench::shell] $rounds $type $protocol $elapsed]
puts [format "RESULT tls-handshakes-%s %.1f %d" $type [expr {$rounds / $elapsed}] $rounds]
pki::cleanup
