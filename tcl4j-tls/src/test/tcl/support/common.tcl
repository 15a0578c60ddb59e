# common.tcl --
#
#	What every tls test file starts with: tcltest, the test PKI
#	(pki.tcl), the real peers (peers.tcl), the constraints and a few
#	helpers. A test file begins with
#
#	    source [file join [file dirname [file normalize [info script]]] support common.tcl]
#
#	Constraints:
#	  openssl   the openssl command-line tool is on the PATH (every test
#	            that makes certificates or talks to a real peer needs it)
#	  tls       package require tls works
#	  tls2      the tls package is TclTLS 1.8/2.0 or later (not Debian's
#	            1.7.22): behaviour that 2.0 added or changed (defaults,
#	            hostname checks, message shapes). tcl4j provides 2.0b1.

package require tcltest 2.5
namespace import -force ::tcltest::*

namespace eval ::tlstest {}
set ::tlstest::here [file dirname [file normalize [info script]]]
source [file join $::tlstest::here pki.tcl]
source [file join $::tlstest::here peers.tcl]

testConstraint openssl [pki::available]
testConstraint tls [expr {![catch {package require tls}]}]
testConstraint tls2 [expr {[testConstraint tls]
	&& [package vsatisfies [package present tls] 1.8-]}]

# Errors inside TLS channels that TclTLS reports in the background (1.7
# does, for every failed handshake) must not clutter the test output.
proc bgerror {msg} {
    lappend ::tlstest::bgerrors $msg
}

namespace eval ::tlstest {
    variable bgerrors {}
}

# tlstest::client port ?option value ...? --
#	A TLS client socket to 127.0.0.1:PORT that trusts the test root and
#	checks the server as "localhost" (-require 1 is explicit, so the
#	tests mean the same under TclTLS 1.7, whose default is off).
proc ::tlstest::client {port args} {
    tls::socket -cafile [pki::path root.pem] -require 1 -servername localhost \
	{*}$args 127.0.0.1 $port
}

# tlstest::handshake chan --
#	tls::handshake, looping while it returns 0 (a non-blocking channel):
#	returns 1, or the handshake's error as the error.
proc ::tlstest::handshake {chan {ms 10000}} {
    set deadline [expr {[clock milliseconds] + $ms}]
    while {![tls::handshake $chan]} {
	if {[clock milliseconds] > $deadline} {
	    return -code error "tlstest: handshake still in progress after $ms ms"
	}
	after 5
	update
    }
    return 1
}

# tlstest::handshakeError chan --
#	The message tls::handshake fails with ("" if it succeeds), the
#	channel name replaced by CHAN.
proc ::tlstest::handshakeError {chan} {
    if {[catch {tlstest::handshake $chan} msg]} {
	return [string map [list $chan CHAN] $msg]
    }
    return ""
}

# tlstest::status chan key --
#	One value of tls::status (an error if the key is missing).
proc ::tlstest::status {chan key args} {
    dict get [tls::status {*}$args $chan] $key
}

# tlstest::close ?chan ...? --
#	Closes channels, ignoring errors (cleanup after failed handshakes).
proc ::tlstest::close {args} {
    foreach chan $args {
	catch {::close $chan}
    }
}

# tlstest::plainPair --
#	Two connected plain TCP sockets {client server} on 127.0.0.1
#	(blocking, binary), for tls::import on both ends.
proc ::tlstest::plainPair {} {
    variable accepted ""
    set listener [socket -server {apply {{chan addr port} {
	set ::tlstest::accepted $chan
    }}} -myaddr 127.0.0.1 0]
    set client [socket 127.0.0.1 [lindex [fconfigure $listener -sockname] 2]]
    if {![peers::wait ::tlstest::accepted]} {
	::close $client
	::close $listener
	return -code error "tlstest: the plain pair's server never accepted"
    }
    ::close $listener
    set server $accepted
    foreach chan [list $client $server] {
	fconfigure $chan -translation binary -blocking 1
    }
    return [list $client $server]
}

# tlstest::server ?option value ...? --
#	A tls::socket -server on 127.0.0.1 with the server-ec identity (the
#	options may replace it); accepted channels are lappended to
#	::tlstest::accepted and made non-blocking. Returns {listener port}.
proc ::tlstest::server {args} {
    variable accepted {}
    set opts [dict create -certfile [pki::path server-ec.pem] -keyfile [pki::path server-ec.key]]
    foreach {opt value} $args {
	dict set opts $opt $value
    }
    if {[dict exists $opts -cert]} {
	dict unset opts -certfile
	dict unset opts -keyfile
    }
    set listener [tls::socket -server ::tlstest::Accept -myaddr 127.0.0.1 {*}$opts 0]
    return [list $listener [lindex [fconfigure $listener -sockname] 2]]
}

proc ::tlstest::Accept {chan addr port} {
    fconfigure $chan -blocking 0
    lappend ::tlstest::accepted $chan
}

# tlstest::cleanup --
#	Ends every peer and removes the PKI; call at the end of each file.
proc ::tlstest::cleanup {} {
    peers::stopall
    pki::cleanup
    cleanupTests
}
