# plainpeer.tcl --
#
#	A TCP peer without TLS, run as a child process by peers.tcl (so that
#	a test's blocking TLS handshake in the parent cannot starve it):
#
#	    tclsh plainpeer.tcl plain BANNER   greet each connection with
#	                                       BANNER, ignore what comes in
#	    tclsh plainpeer.tcl cut            read the first bytes (the
#	                                       ClientHello), then close
#
#	It listens on 127.0.0.1, port chosen by the system, prints
#	"LISTEN <port>" and one line per event ("ACCEPTED", "READ <n>",
#	"CLOSED"), and exits when its stdin ends, so it never outlives the
#	test that started it.

lassign $argv mode banner

proc accept {chan addr port} {
    global mode banner
    puts ACCEPTED
    fconfigure $chan -translation binary -blocking 0
    if {$mode eq "plain"} {
	puts -nonewline $chan $banner
	flush $chan
    }
    fileevent $chan readable [list incoming $chan]
}

proc incoming {chan} {
    global mode
    if {[catch {read $chan} data]} {
	set data ""
    }
    if {$data ne ""} {
	puts "READ [string length $data]"
    }
    if {[eof $chan] || ($mode eq "cut" && $data ne "")} {
	close $chan
	puts CLOSED
    }
}

fconfigure stdout -buffering line
set server [socket -server accept -myaddr 127.0.0.1 0]
puts "LISTEN [lindex [fconfigure $server -sockname] 2]"
fconfigure stdin -blocking 0
fileevent stdin readable {
    if {[catch {read stdin}] || [eof stdin]} {
	set done 1
    }
}
vwait done
exit 0
