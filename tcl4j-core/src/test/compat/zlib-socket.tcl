# zlib push on sockets and non-blocking channels driven by fileevent.
set data [string repeat "The quick brown fox jumps over the lazy dog. " 2000]
append data [string repeat "0123456789" 3000]

# a server sends gzip data followed by plain bytes; the client decompresses
proc accept {s addr port} {
    fconfigure $s -translation binary
    puts -nonewline $s "[zlib gzip $::data]AFTER"
    close $s
}
set server [socket -server accept -myaddr 127.0.0.1 0]
set port [lindex [fconfigure $server -sockname] 2]
set c [socket 127.0.0.1 $port]
fconfigure $c -translation binary -blocking 0
zlib push gunzip $c
set got ""
set reads 0
proc readSome {c} {
    incr ::reads
    # small reads: the transform holds decompressed data between events
    append ::got [read $c 1000]
    if {[eof $c]} {
        set ::done eof
    }
}
fileevent $c readable [list readSome $c]
after 10000 {set ::done timeout}
vwait ::done
puts "$::done [string length $got] [expr {$got eq $data}] [expr {$reads > 10}]"
puts [fconfigure $c -header]
puts [expr {[fconfigure $c -checksum] == [zlib crc32 $data]}]
fileevent $c readable {}
chan pop $c
fconfigure $c -blocking 1
puts [list [read $c]]
close $c
close $server

# a client compresses over a non-blocking socket; the server reads raw bytes
set raw ""
proc accept2 {s addr port} {
    fconfigure $s -translation binary -blocking 0
    fileevent $s readable [list collect $s]
}
proc collect {s} {
    append ::raw [read $s]
    if {[eof $s]} {
        close $s
        set ::done2 1
    }
}
set server [socket -server accept2 -myaddr 127.0.0.1 0]
set port [lindex [fconfigure $server -sockname] 2]
set c [socket 127.0.0.1 $port]
fconfigure $c -translation binary -blocking 0
zlib push compress $c -level 9
puts -nonewline $c $data
flush $c
fconfigure $c -flush sync
close $c
after 10000 {set ::done2 timeout}
vwait ::done2
puts "[expr {[zlib decompress $raw] eq $data}]"
close $server

# both directions on one socket: gzip out, gunzip in, as an echo
proc accept3 {s addr port} {
    fconfigure $s -translation binary
    zlib push gunzip $s
    set text [read $s]
    chan pop $s
    zlib push gzip $s
    puts -nonewline $s [string toupper $text]
    close $s
}
set server [socket -server accept3 -myaddr 127.0.0.1 0]
set port [lindex [fconfigure $server -sockname] 2]
set c [socket 127.0.0.1 $port]
fconfigure $c -translation binary
zlib push gzip $c
puts -nonewline $c "echo me"
chan pop $c
close $c write
set reply ""
fconfigure $c -blocking 0
fileevent $c readable {
    append reply [read $c]
    if {[eof $c]} {set ::done3 1}
}
after 10000 {set ::done3 timeout}
vwait ::done3
puts [zlib gunzip $reply]
close $c
close $server

# a file read through gunzip from the event loop
set fn zlib-socket.gz
set f [open $fn wb]
puts -nonewline $f [zlib gzip $data]
close $f
set f [open $fn rb]
zlib push gunzip $f
fconfigure $f -blocking 0
set got ""
fileevent $f readable {
    append got [read $f 4096]
    if {[eof $f]} {set ::done4 1}
}
after 10000 {set ::done4 timeout}
vwait ::done4
puts "[string length $got] [expr {$got eq $data}]"
close $f
file delete $fn
