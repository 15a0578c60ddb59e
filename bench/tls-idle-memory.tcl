# tls-idle-memory.tcl ?N? --
#
#	Memory per idle TLS connection: opens N (default 200) TLS 1.3
#	connections over 127.0.0.1, both ends in this process, completes
#	every handshake and exchanges one line on each, then leaves them
#	idle and compares the process's resident set size (VmRSS in
#	/proc/self/status, which tclsh and jtclsh read the same way) with
#	the size before the first connection.
#
#	What it measures: the growth of the whole process's resident memory
#	divided by N, so each figure covers one connection PAIR (a client
#	end and a server end, each with its TLS state, buffers and socket).
#	For the C tclsh that is malloc'd OpenSSL and Tcl channel state. For
#	the JVM it is heap pages the collector has touched (a full GC is
#	requested first where the runtime offers one, but the JVM rarely
#	gives heap back to the system), plus JIT code and metaspace warmed
#	up on the way: an upper bound, coarser than tclsh's figure; run with
#	a larger N to dilute the fixed part. Prints
#
#	    RESULT tls-idle-memory <KiB per connection pair> <N>

source [file join [file dirname [file normalize [info script]]] tls-lib.tcl]

set n [expr {[llength $argv] ? [lindex $argv 0] : 200}]
set accepted {}

proc accept {chan addr port} {
    fconfigure $chan -blocking 0 -buffering line
    lappend ::accepted $chan
    fileevent $chan readable [list echoOnce $chan]
}

# The server answers the client's first line, then stays idle.
proc echoOnce {chan} {
    if {[catch {gets $chan line} r] || [eof $chan]} {
	close $chan
	return
    }
    if {$r >= 0} {
	puts $chan "ok $line"
	fileevent $chan readable {}
    }
}

set server [tls::socket -server accept -myaddr 127.0.0.1 {*}[bench::serverOpts ec] 0]
set port [lindex [fconfigure $server -sockname] 2]
# One connection first, so code paths are loaded before "before".
set warm [tls::socket {*}[bench::clientOpts] 127.0.0.1 $port]
fconfigure $warm -blocking 0 -buffering line
puts $warm hello
while {[gets $warm line] < 0} {
    after 1 {set ::tick 1}
    vwait ::tick
}
catch {java::gc}
set before [bench::rssKiB]

set clients {}
for {set i 0} {$i < $n} {incr i} {
    set c [tls::socket {*}[bench::clientOpts] 127.0.0.1 $port]
    fconfigure $c -blocking 0 -buffering line
    puts $c "connection $i"
    while {[gets $c line] < 0} {
	if {[eof $c]} {
	    puts stderr "connection $i closed early"
	    exit 1
	}
	after 1 {set ::tick 1}
	vwait ::tick
    }
    lappend clients $c
}
update
catch {java::gc}
after 500
set after [bench::rssKiB]
puts [format "%s: VmRSS %d KiB before, %d KiB with %d idle connection pairs" \
	  [bench::shell] $before $after $n]
puts [format "RESULT tls-idle-memory %.1f %d" [expr {($after - $before) / double($n)}] $n]
foreach c [concat $clients $accepted [list $warm]] {
    catch {close $c}
}
close $server
pki::cleanup
