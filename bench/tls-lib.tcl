# tls-lib.tcl --
#
#	Shared by the bench/tls-*.tcl scripts: the test PKI of the tls tests
#	(tcl4j-tls/src/test/tcl/support/pki.tcl, made with openssl in a
#	temporary directory), and the options of each end. Only options that
#	both Debian's tcl-tls 1.7.22 and TclTLS 2.0 accept are used, and the
#	client states -require and -cafile explicitly (1.7 and 2.0 differ in
#	their defaults), so the same script measures the same work in tclsh
#	and in jtclsh.

package require tls
source [file join [file dirname [file normalize [info script]]] .. \
	    tcl4j-tls src test tcl support pki.tcl]

namespace eval ::bench {
    # The certificate types a benchmark can use: the pki leaf of each.
    variable leaf
    array set leaf {ec server-ec rsa server-rsa}
}

# bench::serverOpts type --
#	tls::socket -server / tls::import -server options for a server with
#	the "localhost" certificate of TYPE (ec or rsa). No version options:
#	both ends negotiate TLS 1.3 by default, and tcl-tls 1.7.22 fails
#	handshakes given -tls1.2 0 ("tlsv1 alert internal error");
#	bench::protocol checks what was negotiated.
proc ::bench::serverOpts {type} {
    set leaf $::bench::leaf($type)
    list -certfile [pki::path $leaf.pem] -keyfile [pki::path $leaf.key]
}

# bench::clientOpts --
#	Options for a client that verifies the server (TclTLS sends only the
#	leaf of -certfile, so the client trusts the intermediate as well).
proc ::bench::clientOpts {} {
    list -cafile [pki::path ca-bundle.pem] -require 1
}

# bench::protocol chan --
#	The negotiated protocol of a TLS channel after its handshake
#	(tls::status key "protocol" in TclTLS 2.0, "version" in 1.7).
proc ::bench::protocol {chan} {
    set status [tls::status $chan]
    foreach key {protocol version} {
	if {[dict exists $status $key]} {
	    return [dict get $status $key]
	}
    }
    return unknown
}

# bench::rssKiB --
#	The resident set size of this process in KiB, from /proc/self/status
#	(Linux), or -1 where there is none.
proc ::bench::rssKiB {} {
    if {[catch {open /proc/self/status r} f]} {
	return -1
    }
    set data [read $f]
    close $f
    if {[regexp {VmRSS:\s+(\d+)\s+kB} $data -> kib]} {
	return $kib
    }
    return -1
}

# bench::shell --
#	"tclsh" or "jtclsh" and the tls package version, for the output.
proc ::bench::shell {} {
    set name [expr {[info exists ::tcl4j] || [string match *jtclsh* [info nameofexecutable]]
		    ? "jtclsh" : "tclsh"}]
    return "$name tls [package present tls]"
}

# bench::handshake chan --
#	Completes the handshake of a non-blocking client channel in the
#	event loop (tls::handshake on each readable/writable event, so the
#	server ends in this process progress too); an error if it fails.
proc ::bench::handshake {chan} {
    variable hs
    set hs($chan) 0
    fileevent $chan readable [list ::bench::HandshakeStep $chan]
    fileevent $chan writable [list ::bench::HandshakeStep $chan]
    while {$hs($chan) eq "0"} {
	vwait ::bench::hs($chan)
    }
    fileevent $chan readable {}
    fileevent $chan writable {}
    set result $hs($chan)
    unset hs($chan)
    if {$result ne "1"} {
	return -code error "handshake failed: $result"
    }
}

proc ::bench::HandshakeStep {chan} {
    variable hs
    if {[catch {tls::handshake $chan} ok]} {
	set hs($chan) $ok
    } elseif {$ok} {
	set hs($chan) 1
    }
}
