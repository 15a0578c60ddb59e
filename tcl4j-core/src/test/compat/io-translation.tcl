# End-of-line translation, encodings and the end-of-file character.
set base /tmp/tcl4j-io-tr-[pid]
proc show {s} {
    set out {}
    foreach ch [split $s ""] {
        scan $ch %c code
        if {$code < 32 || $code > 126} { append out <[format %02x $code]> } else { append out $ch }
    }
    return $out
}
proc writeBinary {data} {
    set c [open $::base w]
    fconfigure $c -translation binary
    puts -nonewline $c $data
    close $c
}
proc readBinary {} {
    set c [open $::base rb]
    set d [read $c]
    close $c
    return $d
}

# input translations: lines and read, on mixed line ends
writeBinary "a\rb\r\nc\n\rd\r"
foreach t {auto lf cr crlf binary} {
    set c [open $base]
    fconfigure $c -translation $t
    set lines {}
    while {[gets $c line] >= 0} { lappend lines [show $line] }
    close $c
    set c [open $base]
    fconfigure $c -translation $t
    set all [read $c]
    close $c
    puts "$t: $lines / [show $all]"
}
# CR LF split over reads of one character
set c [open $base]
fconfigure $c -translation auto
set chars {}
while {![eof $c]} { lappend chars [show [read $c 1]] }
close $c
puts $chars
set c [open $base]
fconfigure $c -translation crlf -buffersize 3
set lines {}
while {[gets $c line] >= 0} { lappend lines [show $line] }
close $c
puts $lines
set c [open $base]
puts [gets $c]
puts [tell $c]
puts [show [read $c 3]]
puts [tell $c]
close $c

# output translations
foreach t {lf cr crlf auto binary platform} {
    set c [open $base w]
    fconfigure $c -translation $t
    puts -nonewline $c "x\ny\n"
    close $c
    puts "$t -> [show [readBinary]]"
}
set c [open $base w]
fconfigure $c -translation {auto crlf}
puts [fconfigure $c -translation]
close $c
set c [open $base r+]
fconfigure $c -translation {cr binary}
puts [fconfigure $c -translation]
puts [fconfigure $c -encoding]
fconfigure $c -translation binary
puts [fconfigure $c]
close $c

# encodings
writeBinary "caf\xc3\xa9 \xe2\x82\xac\n"
foreach e {utf-8 iso8859-1 binary cp1252 ascii} {
    set c [open $base]
    fconfigure $c -encoding $e
    puts "$e: [show [gets $c]] [fconfigure $c -encoding]"
    close $c
}
foreach e {utf-8 iso8859-1 cp1252 ascii iso8859-15 shiftjis} {
    set c [open $base w]
    fconfigure $c -encoding $e
    puts -nonewline $c "caf\u00e9 \u20ac \u3042"
    close $c
    puts "$e -> [show [readBinary]]"
}
set c [open $base w]
fconfigure $c -encoding binary
puts -nonewline $c "\u0141\u00ff"
close $c
puts "binary -> [show [readBinary]]"
# invalid UTF-8 bytes read as the characters of the same value
writeBinary "a\xe9\xffb\xc3"
set c [open $base]
puts [show [read $c]]
close $c
# utf-8 characters cut by a tiny buffer
writeBinary "\xc3\xa9\xe2\x82\xac\xc3\xa9"
set c [open $base]
fconfigure $c -buffersize 1
puts [show [read $c]]
close $c
set c [open $base]
puts [show [read $c 2]]
puts [show [read $c 1]]
close $c
# unicode (UTF-16)
set c [open $base w]
fconfigure $c -encoding unicode
puts $c "hi\u00e9"
puts $c "two"
close $c
puts [show [readBinary]]
set c [open $base]
fconfigure $c -encoding unicode
puts [show [gets $c]]
puts [show [gets $c]]
close $c
catch {fconfigure stdout -encoding nosuch} msg
puts "$msg | $::errorCode"

# end-of-file character
writeBinary "abc\x1adef\nghi"
set c [open $base]
fconfigure $c -eofchar \x1a
puts [list [gets $c] [eof $c] [tell $c]]
puts [list [gets $c] [eof $c]]
fconfigure $c -eofchar {}
puts [list [gets $c] [eof $c]]
close $c
set c [open $base]
fconfigure $c -eofchar \x1a
puts [list [read $c] [eof $c]]
close $c
set c [open $base w]
fconfigure $c -eofchar {x y}
puts [fconfigure $c -eofchar]
puts -nonewline $c "data"
close $c
puts [show [readBinary]]
set c [open $base r+]
fconfigure $c -eofchar {x y}
puts [fconfigure $c -eofchar]
fconfigure $c -eofchar z
puts [fconfigure $c -eofchar]
fconfigure $c -eofchar {}
puts [fconfigure $c -eofchar]
catch {fconfigure $c -eofchar {a b c}} msg; puts $msg
catch {fconfigure $c -eofchar \u0100} msg; puts $msg
close $c

# buffering: nothing reaches the file before a flush in full mode
set w [open $base w]
set r [open $base]
puts $w "one"
puts [list [gets $r] [eof $r]]
flush $w
puts [gets $r]
fconfigure $w -buffering line
puts $w "two"
puts [gets $r]
fconfigure $w -buffering none
puts -nonewline $w "thr"
puts [read $r]
fconfigure $w -buffering full -buffersize 4
puts -nonewline $w "ee"
puts [list [read $r] [chan pending output $w]]
puts -nonewline $w "four"
puts [list [read $r] [chan pending output $w]]
close $w
close $r
file delete $base
