# Channel layer benchmarks: a loopback socket transfer through fcopy and
# through a read/puts event loop, and line-by-line file I/O (puts, gets).
# Runs under tclsh and jtclsh alike, with bench/harness.tcl in front:
#     bench/run-lang.sh bench/io-transfer.tcl
# Each benchmark returns the number of bytes (or lines) it moved, so both
# shells must report the same check value.
# The socket transfers move IO_MB megabytes (environment variable, default
# 16); bench/run-io.sh sets it to 1024 for the 1 GiB comparison.

set ioMB [expr {[info exists env(IO_MB)] ? $env(IO_MB) : 16}]
set ioSize [expr {$ioMB * 1024 * 1024}]
set chunk [string repeat 0123456789abcdef 4096]
set ioDir /tmp/tcl4j-bench-io-[pid]
file mkdir $ioDir
set srcFile $ioDir/source.bin
set f [open $srcFile wb]
for {set i 0} {$i < $ioSize / [string length $chunk]} {incr i} {
    puts -nonewline $f $chunk
}
close $f

# --- fcopy: file -> socket -> /dev/null, both copies in the background
proc transferFcopy {} {
    set ::recvDone 0
    set server [socket -server acceptFcopy -myaddr 127.0.0.1 0]
    set c [socket 127.0.0.1 [lindex [fconfigure $server -sockname] 2]]
    fconfigure $c -translation binary
    set in [open $::srcFile rb]
    fcopy $in $c -command [list fcopySent $in $c]
    vwait ::recvDone
    close $server
    return $::received
}
proc acceptFcopy {s addr port} {
    fconfigure $s -translation binary
    set out [open /dev/null wb]
    fcopy $s $out -command [list fcopyReceived $s $out]
}
proc fcopySent {in c n args} {
    close $in
    close $c
}
proc fcopyReceived {s out n args} {
    set ::received $n
    close $s
    close $out
    set ::recvDone 1
}

# --- read/puts: a non-blocking writer on writable events, a reader on readable events
proc transferLoop {} {
    set ::recvDone 0
    set ::received 0
    set server [socket -server acceptLoop -myaddr 127.0.0.1 0]
    set c [socket 127.0.0.1 [lindex [fconfigure $server -sockname] 2]]
    fconfigure $c -translation binary -blocking 0 -buffering full -buffersize 65536
    set ::toSend [expr {$::ioSize / [string length $::chunk]}]
    fileevent $c writable [list sendChunk $c]
    vwait ::recvDone
    close $server
    return $::received
}
proc sendChunk {c} {
    if {$::toSend == 0} {
        fileevent $c writable {}
        close $c
        return
    }
    puts -nonewline $c $::chunk
    incr ::toSend -1
}
proc acceptLoop {s addr port} {
    fconfigure $s -translation binary -blocking 0 -buffersize 65536
    fileevent $s readable [list receiveChunk $s]
}
proc receiveChunk {s} {
    set data [read $s 65536]
    incr ::received [string length $data]
    if {[eof $s]} {
        close $s
        set ::recvDone 1
    }
}

# --- socket lines: 100000 lines streamed to a line-echo server and read back with gets
proc socketLines {} {
    set ::linesBack 0
    set server [socket -server acceptLines -myaddr 127.0.0.1 0]
    set c [socket 127.0.0.1 [lindex [fconfigure $server -sockname] 2]]
    fconfigure $c -blocking 0 -buffering full
    set ::linesToSend 100000
    fileevent $c writable [list sendLines $c]
    fileevent $c readable [list readLines $c]
    vwait ::linesDone
    close $c
    close $server
    return $::linesBack
}
proc sendLines {c} {
    for {set i 0} {$i < 1000 && $::linesToSend > 0} {incr i} {
        puts $c "request line $::linesToSend with a little payload"
        incr ::linesToSend -1
    }
    flush $c
    if {$::linesToSend == 0} {
        fileevent $c writable {}
    }
}
proc readLines {c} {
    while {[gets $c line] >= 0} {
        if {[incr ::linesBack] == 100000} {
            set ::linesDone 1
            return
        }
    }
}
proc acceptLines {s addr port} {
    fconfigure $s -blocking 0 -buffering full
    fileevent $s readable [list echoLines $s]
}
proc echoLines {s} {
    while {[gets $s line] >= 0} {
        puts $s $line
    }
    flush $s
    if {[eof $s]} {
        close $s
    }
}

# --- lines: puts 200000 text lines to a file, then gets them back
proc fileLines {} {
    set name $::ioDir/lines.txt
    set f [open $name w]
    for {set i 0} {$i < 200000} {incr i} {
        puts $f "line $i of the benchmark file, with some text after it"
    }
    close $f
    set f [open $name]
    set n 0
    set chars 0
    while {[gets $f line] >= 0} {
        incr n
        incr chars [string length $line]
    }
    close $f
    return [list $n $chars]
}

bench io-fcopy-${ioMB}MB {transferFcopy}
bench io-readputs-${ioMB}MB {transferLoop}
bench io-socket-lines {socketLines}
bench io-file-lines {fileLines}
file delete -force $ioDir
