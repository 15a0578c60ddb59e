# peers.tcl --
#
#	Real peers for the tls tests, all on 127.0.0.1 and free ports:
#
#	peers::s_server ?options?      `openssl s_server` on a port it picks
#	peers::s_client port ?options? `openssl s_client` against a port
#	peers::plain_server ?banner?   a plain-text TCP server (no TLS at all)
#	peers::cut_server              accepts, reads the ClientHello, then
#	                               closes the TCP connection
#
#	Each returns a peer id. For the openssl peers, everything the tool
#	prints (stdout and stderr) is collected line by line while the event
#	loop runs; peers::expect waits for a line, peers::send writes to the
#	tool's stdin (which it sends over TLS), peers::stop ends the peer and
#	its process, peers::kill ends the process abruptly (no close_notify).
#	Every wait has a timeout (peers::timeout ms, default 10000), so a test
#	never hangs; a timeout is an error that quotes what the peer printed.
#	peers::stopall ends every peer still running (call it in cleanup).
#
#	Needs: open |pipe, fileevent, vwait, after, exec kill, and a tclsh
#	(or this shell) for the plain peers.

namespace eval ::peers {
    # peer id -> dict of its state; lines of output are in Lines($id)
    variable peers
    array set peers {}
    variable Lines
    array set Lines {}
    variable seq 0
    # milliseconds any single wait may take
    variable timeout 10000
    # this directory (for plainpeer.tcl)
    variable Here [file dirname [file normalize [info script]]]
}

# peers::s_server ?option value ...? ?flag ...? --
#	Starts `openssl s_server -accept 127.0.0.1:0` and waits until it
#	listens; returns the peer id (its port: peers::port $id).
#	Options:
#	  -identity NAME    the pki leaf NAME: its certificate and key, and its
#	                    issuer as the chain (default: server-ec)
#	  -cert F -key F    server certificate and key, instead
#	  -chain F          extra certificates sent after the leaf (-cert_chain)
#	  -cafile F         CAs for checking client certificates
#	  -verify N         request a client certificate (optional)
#	  -Verify N         require a client certificate (mutual TLS)
#	  -alpn LIST        protocols the server accepts, in its order
#	  -servername NAME -cert2 F -key2 F   SNI: use cert2 for NAME
#	  -naccept N        exit after N connections
#	  -args LIST        more s_server arguments as they are
#	Flags: -tls1_2 -tls1_3 (only that version), -www (answer an HTTP
#	GET with a status page), -rev (echo each line back reversed).
#	Without -www/-rev what the client sends is printed (see peers::expect)
#	and peers::send sends to the client.
proc ::peers::s_server {args} {
    set opts [dict create]
    set identity server-ec
    set cmd [list openssl s_server -accept 127.0.0.1:0]
    while {[llength $args]} {
	set args [lassign $args opt]
	switch -- $opt {
	    -tls1_2 - -tls1_3 - -www - -rev {
		lappend cmd $opt
	    }
	    -identity - -cert - -key - -chain - -cafile - -verify - -Verify -
	    -alpn - -servername - -cert2 - -key2 - -naccept - -args {
		if {![llength $args]} {
		    return -code error "peers::s_server: no value for $opt"
		}
		set args [lassign $args value]
		dict set opts $opt $value
	    }
	    default {
		return -code error "peers::s_server: bad option \"$opt\""
	    }
	}
    }
    if {[dict exists $opts -identity]} {
	set identity [dict get $opts -identity]
	dict unset opts -identity
    }
    if {![dict exists $opts -cert]} {
	dict set opts -cert [pki::path $identity.pem]
	dict set opts -key [pki::path $identity.key]
	if {![dict exists $opts -chain] && [pki::issuer $identity] ne ""} {
	    dict set opts -chain [pki::issuer $identity]
	}
    }
    dict for {opt value} $opts {
	switch -- $opt {
	    -chain { lappend cmd -cert_chain $value }
	    -cafile { lappend cmd -CAfile $value }
	    -alpn { lappend cmd -alpn [join $value ,] }
	    -args { lappend cmd {*}$value }
	    default { lappend cmd $opt $value }
	}
    }
    # -verify_return_error: a bad client certificate fails the handshake
    # (the tool otherwise carries on and only prints the error).
    if {[dict exists $opts -verify] || [dict exists $opts -Verify]} {
	lappend cmd -verify_return_error
    }
    set id [peers::Start s_server $cmd]
    set line [peers::expect $id "ACCEPT *"]
    if {![regexp {:(\d+)$} $line -> port]} {
	peers::stop $id
	return -code error "peers::s_server: no port in \"$line\""
    }
    peers::Set $id port $port
    return $id
}

# peers::s_client port ?option value ...? ?flag ...? --
#	Starts `openssl s_client -connect 127.0.0.1:PORT -brief` and returns
#	its id at once (it connects while the caller's event loop runs, so
#	a tcl4j server in the same interpreter can accept it). Wait for
#	"CONNECTION ESTABLISHED" (then "Protocol version: ...",
#	"Ciphersuite: ...", "Verification: ...") with peers::expect.
#	Options: -cafile F (verify the server and fail on error), -servername
#	NAME, -alpn LIST, -cert F -key F (client certificate), -args LIST.
#	Flags: -tls1_2 -tls1_3.
proc ::peers::s_client {port args} {
    set cmd [list openssl s_client -connect 127.0.0.1:$port -brief]
    set sni 0
    while {[llength $args]} {
	set args [lassign $args opt]
	switch -- $opt {
	    -tls1_2 - -tls1_3 {
		lappend cmd $opt
	    }
	    -cafile - -servername - -alpn - -cert - -key - -args {
		if {![llength $args]} {
		    return -code error "peers::s_client: no value for $opt"
		}
		set args [lassign $args value]
		switch -- $opt {
		    -cafile { lappend cmd -CAfile $value -verify_return_error }
		    -alpn { lappend cmd -alpn [join $value ,] }
		    -args { lappend cmd {*}$value }
		    -servername { lappend cmd -servername $value; set sni 1 }
		    default { lappend cmd $opt $value }
		}
	    }
	    default {
		return -code error "peers::s_client: bad option \"$opt\""
	    }
	}
    }
    if {!$sni} {
	lappend cmd -noservername
    }
    set id [peers::Start s_client $cmd]
    peers::Set $id port $port
    return $id
}

# peers::plain_server ?banner? --
#	A TCP server that speaks no TLS: it greets every connection with
#	BANNER (default an SMTP-like "220 ..." line) and then ignores what
#	it reads. A TLS client talking to it sees "wrong version number".
#	It runs as a child Tcl process (support/plainpeer.tcl), so a
#	blocking handshake in this interpreter cannot keep it from
#	answering; it prints ACCEPTED, READ n, CLOSED (see peers::expect).
proc ::peers::plain_server {{banner "220 plain text service ready\r\n"}} {
    peers::TclPeer plain $banner
}

# peers::cut_server --
#	A TCP server that reads whatever the client sends first (its
#	ClientHello) and then closes the connection without a word: the
#	client's handshake meets an end of file ("unexpected eof while
#	reading"). A child process, as peers::plain_server.
proc ::peers::cut_server {} {
    peers::TclPeer cut
}

proc ::peers::TclPeer {mode args} {
    variable Here
    set id [peers::Start $mode [list [peers::Tclsh] [file join $Here plainpeer.tcl] $mode {*}$args]]
    set line [peers::expect $id "LISTEN *"]
    peers::Set $id port [lindex $line 1]
    return $id
}

# The Tcl shell for child peers: a tclsh on the PATH starts fastest; any
# Tcl 8.6 will do, so else the shell running this.
proc ::peers::Tclsh {} {
    set tclsh [auto_execok tclsh]
    if {$tclsh ne ""} {
	return [lindex $tclsh 0]
    }
    return [info nameofexecutable]
}

# peers::port id --
#	The port the peer listens on (servers) or connects to (clients).
proc ::peers::port {id} {
    peers::Get $id port
}

# peers::expect id pattern ?timeout? --
#	Waits until the peer has printed a line matching the glob PATTERN
#	after the last line an earlier expect matched; returns that line.
#	An error if the peer exits first or the timeout passes.
proc ::peers::expect {id pattern {ms ""}} {
    variable Lines
    variable timeout
    if {$ms eq ""} {
	set ms $timeout
    }
    set deadline [expr {[clock milliseconds] + $ms}]
    while 1 {
	set from [peers::Get $id cursor]
	set lines $Lines($id)
	for {set i $from} {$i < [llength $lines]} {incr i} {
	    if {[string match $pattern [lindex $lines $i]]} {
		peers::Set $id cursor [expr {$i + 1}]
		return [lindex $lines $i]
	    }
	}
	if {[peers::Get $id done]} {
	    return -code error "peers: [peers::Get $id kind] ended before printing \"$pattern\";\
		    it printed:\n[join $lines \n]"
	}
	if {[clock milliseconds] >= $deadline} {
	    return -code error "peers: timed out after $ms ms waiting for \"$pattern\"\
		    from [peers::Get $id kind]; it printed:\n[join $lines \n]"
	}
	peers::Wait $id $deadline
    }
}

# peers::output id --
#	Everything the peer printed so far, one line per line.
proc ::peers::output {id} {
    variable Lines
    join $Lines($id) \n
}

# peers::waitexit id ?timeout? --
#	Waits until the peer's process has ended (its output is closed);
#	an error on timeout.
proc ::peers::waitexit {id {ms ""}} {
    variable timeout
    if {$ms eq ""} {
	set ms $timeout
    }
    set deadline [expr {[clock milliseconds] + $ms}]
    while {![peers::Get $id done]} {
	if {[clock milliseconds] >= $deadline} {
	    return -code error "peers: [peers::Get $id kind] still running after $ms ms;\
		    it printed:\n[peers::output $id]"
	}
	peers::Wait $id $deadline
    }
}

# peers::send id text --
#	Writes TEXT to the tool's stdin (s_server/s_client send it to their
#	TLS peer). Lines of one or two characters are commands to the tools
#	(Q quits, R renegotiates...): send longer ones.
proc ::peers::send {id text} {
    set chan [peers::Get $id chan]
    puts -nonewline $chan $text
    flush $chan
}

# peers::closeinput id --
#	Closes the tool's stdin: s_client then ends its connection with a
#	close_notify and exits (s_server ignores it).
proc ::peers::closeinput {id} {
    close [peers::Get $id chan] write
}

# peers::kill id --
#	Ends the tool's process with SIGKILL: its TCP connections close
#	without a TLS close_notify. Waits until its output ends.
proc ::peers::kill {id} {
    if {[peers::Get $id done]} {
	return
    }
    catch {exec kill -KILL [peers::Get $id pid]}
    peers::waitexit $id
}

# peers::stop id --
#	Ends the peer's process (and reaps it). Never fails; stopping twice is harmless.
proc ::peers::stop {id} {
    variable peers
    variable Lines
    if {![info exists peers($id)]} {
	return
    }
    set state $peers($id)
    if {[dict exists $state chan]} {
	set chan [dict get $state chan]
	catch {fileevent $chan readable {}}
	if {![dict get $state done]} {
	    catch {exec kill [dict get $state pid]}
	}
	# A blocking close waits for the (now ended) process, so no zombie
	# is left; its exit status ("child killed") is not an error here.
	catch {fconfigure $chan -blocking 1}
	catch {close $chan}
    }
    unset peers($id)
    unset -nocomplain Lines($id)
}

# peers::stopall --
#	Stops every peer still running.
proc ::peers::stopall {} {
    variable peers
    foreach id [array names peers] {
	peers::stop $id
    }
}

# peers::freeport --
#	A TCP port on 127.0.0.1 that was free a moment ago.
proc ::peers::freeport {} {
    set sock [socket -server {apply {args {}}} -myaddr 127.0.0.1 0]
    set port [lindex [fconfigure $sock -sockname] 2]
    close $sock
    return $port
}

# peers::wait varName ?timeout? --
#	vwait for a variable with a timeout: returns 1 when the variable was
#	set, 0 when the timeout passed first. For tests that wait for their
#	own callbacks (fileevent, accept, -command).
proc ::peers::wait {varName {ms ""}} {
    variable timeout
    if {$ms eq ""} {
	set ms $timeout
    }
    upvar #0 $varName var
    set ::peers::Woken 0
    set timer [after $ms {set ::peers::Woken timeout}]
    # A trace wakes the wait up when the caller's variable is set.
    set trace [list apply {args {set ::peers::Woken set}}]
    trace add variable var write $trace
    try {
	# Output from a peer wakes the same variable up: wait on until ours is set.
	while {$::peers::Woken ni {set timeout}} {
	    vwait ::peers::Woken
	}
    } finally {
	trace remove variable var write $trace
	after cancel $timer
    }
    expr {$::peers::Woken eq "set"}
}

# --- internals ----------------------------------------------------------

proc ::peers::NewId {kind} {
    variable peers
    variable Lines
    variable seq
    set id $kind[incr seq]
    set peers($id) [dict create kind $kind cursor 0 done 0]
    set Lines($id) {}
    return $id
}

proc ::peers::Get {id key} {
    variable peers
    if {![info exists peers($id)]} {
	return -code error "peers: no peer \"$id\" (stopped?)"
    }
    dict get $peers($id) $key
}

proc ::peers::Set {id key value} {
    variable peers
    dict set peers($id) $key $value
}

proc ::peers::Lappend {id key value} {
    variable peers
    dict lappend peers($id) $key $value
}

# Starts a tool with stdin and stdout+stderr as one pipe channel.
proc ::peers::Start {kind cmd} {
    set id [peers::NewId $kind]
    set chan [open |[concat $cmd [list 2>@1]] r+]
    fconfigure $chan -blocking 0 -buffering none -translation {auto lf}
    peers::Set $id chan $chan
    peers::Set $id pid [pid $chan]
    peers::Set $id cmd $cmd
    fileevent $chan readable [list ::peers::Read $id $chan]
    return $id
}

proc ::peers::Read {id chan} {
    variable peers
    variable Lines
    if {![info exists peers($id)]} {
	catch {fileevent $chan readable {}}
	return
    }
    while {[gets $chan line] >= 0} {
	lappend Lines($id) $line
    }
    if {[eof $chan]} {
	fileevent $chan readable {}
	dict set peers($id) done 1
    }
    set ::peers::Woken output
}

# Runs the event loop until the peer prints something, ends, or the
# deadline passes.
proc ::peers::Wait {id deadline} {
    set ms [expr {max(1, $deadline - [clock milliseconds])}]
    set ::peers::Woken 0
    set timer [after $ms {set ::peers::Woken timeout}]
    vwait ::peers::Woken
    after cancel $timer
}
