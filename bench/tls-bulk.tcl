# tls-bulk.tcl ?MiB? --
#
#	Bulk throughput through TLS over 127.0.0.1 (TLS 1.3 negotiated,
#	ECDSA P-256 server certificate): this process, the client, writes
#	MiB mebibytes (default 1024) in 64 KiB blocking writes; a server in a
#	second process of the same shell (this script with "server" as
#	argument) reads them with blocking [read $chan 65536] and reports
#	the count on its stdout when the last byte has arrived. The time
#	runs from the end of the handshake to that report. Prints
#
#	    RESULT tls-bulk <MB/s> <bytes received>
#
#	(MB = 10^6 bytes). Usage: tclsh tls-bulk.tcl 64 | bin/jtclsh tls-bulk.tcl 64

source [file join [file dirname [file normalize [info script]]] tls-lib.tcl]

if {[lindex $argv 0] eq "server"} {
    # The server process: PKI directory, certificate type, byte count.
    lassign $argv - pki::dir type total
    proc accept {chan addr port} {
	set ::conn $chan
    }
    set server [tls::socket -server accept -myaddr 127.0.0.1 {*}[bench::serverOpts $type] 0]
    puts "PORT [lindex [fconfigure $server -sockname] 2]"
    flush stdout
    vwait ::conn
    fconfigure $conn -translation binary -blocking 1 -buffersize 65536
    set received 0
    while {$received < $total} {
	set data [read $conn 65536]
	if {$data eq ""} {
	    break
	}
	incr received [string length $data]
    }
    puts "RECEIVED $received"
    flush stdout
    close $conn
    close $server
    exit 0
}

set mib [expr {[llength $argv] ? [lindex $argv 0] : 1024}]
set total [expr {$mib * 1048576}]
set chunk [binary format a65536 "TLS bulk"]

set child [open |[list [info nameofexecutable] [info script] server [pki::dir] ec $total 2>@stderr] r]
if {![regexp {^PORT (\d+)$} [gets $child] -> port]} {
    puts stderr "tls-bulk: the server process did not start"
    exit 1
}
set client [tls::socket {*}[bench::clientOpts] 127.0.0.1 $port]
fconfigure $client -translation binary -blocking 1 -buffersize 65536
tls::handshake $client
set protocol [bench::protocol $client]
set start [clock microseconds]
for {set sent 0} {$sent < $total} {incr sent 65536} {
    puts -nonewline $client $chunk
}
flush $client
set report [gets $child]
set seconds [expr {([clock microseconds] - $start) / 1e6}]
close $client
catch {close $child}
pki::cleanup
if {![regexp {^RECEIVED (\d+)$} $report -> received]} {
    puts stderr "tls-bulk: the server reported \"$report\""
    exit 1
}
puts [format "%s: %d MiB over %s in %.2f s" [bench::shell] $mib $protocol $seconds]
puts [format "RESULT tls-bulk %.1f %d" [expr {$received / 1e6 / $seconds}] $received]
