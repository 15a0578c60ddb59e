# fcopy: synchronous with -size, background with -command, text and binary.
set base /tmp/tcl4j-fcopy-[pid]
proc writeFile {name data {translation binary}} {
    set c [open $name w]
    fconfigure $c -translation $translation
    puts -nonewline $c $data
    close $c
}
proc readFile {name} {
    set c [open $name rb]
    set d [read $c]
    close $c
    return $d
}
set data {}
for {set i 0} {$i < 3000} {incr i} { append data "line $i\n" }
writeFile $base.in $data

# binary copy of a whole file
set in [open $base.in rb]
set out [open $base.out wb]
puts [fcopy $in $out]
puts [eof $in]
close $in
close $out
puts [string equal [readFile $base.out] $data]

# -size, then the rest
set in [open $base.in rb]
set out [open $base.out wb]
puts [fcopy $in $out -size 10]
puts [tell $in]
puts [fcopy $in $out -size 0]
puts [fcopy $in $out]
close $in
close $out
puts [string equal [readFile $base.out] $data]

# text mode: translation and encoding applied, count in characters
writeFile $base.in "caf\xc3\xa9\r\nline\r\n"
set in [open $base.in]
fconfigure $in -translation crlf -encoding utf-8
set out [open $base.out w]
fconfigure $out -translation lf -encoding iso8859-1
puts [fcopy $in $out]
close $in
close $out
puts [string map {\n <LF>} [readFile $base.out]]

# background copy with -command
writeFile $base.in $data
set in [open $base.in rb]
set out [open $base.out wb]
proc done {args} { set ::result $args }
puts [fcopy $in $out -command done]
catch {gets $in} msg
puts [string map [list $in IN] $msg]
catch {puts $out x} msg
puts [string map [list $out OUT] $msg]
catch {fcopy $in $out} msg
puts [string map [list $in IN] $msg]
vwait result
puts $result
puts [fconfigure $in -blocking]
close $in
close $out
puts [string equal [readFile $base.out] $data]

# background copy with -size
set in [open $base.in rb]
set out [open $base.out wb]
fcopy $in $out -size 100 -command done
vwait result
puts $result
close $in
close $out
puts [string length [readFile $base.out]]

# copying between sockets in the background
proc accept {chan addr port} {
    fconfigure $chan -translation binary
    set ::srv $chan
}
set server [socket -server accept -myaddr 127.0.0.1 0]
set port [lindex [fconfigure $server -sockname] 2]
set c [socket 127.0.0.1 $port]
vwait srv
fconfigure $c -translation binary
set in [open $base.in rb]
fcopy $in $c -command done
vwait result
puts "to socket: $result"
close $in
close $c
set out [open $base.out wb]
fcopy $srv $out -command done
vwait result
puts "from socket: $result"
close $srv
close $out
close $server
puts [string equal [readFile $base.out] $data]

catch {fcopy $base.in stdout} msg
puts [string map [list $base BASE] $msg]
file delete $base.in $base.out
