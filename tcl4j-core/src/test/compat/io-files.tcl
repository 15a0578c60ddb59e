# Files: open modes, reading and writing, positions, end of file.
set base /tmp/tcl4j-io-files-[pid]
set n 0
proc tmp {} { return $::base-[incr ::n] }
proc show {s} { string map [list \r <CR> \n <LF> \x1a <SUB>] $s }

# open modes
set f [tmp]
set c [open $f w]
puts [fconfigure $c]
puts $c "line one"
puts -nonewline $c "line two"
puts $c ""
puts $c "line three"
close $c
set c [open $f]
puts [fconfigure $c]
puts [gets $c]
puts [gets $c line]
puts $line
puts [tell $c]
puts [read $c]
puts [eof $c]
puts [list [gets $c rest] $rest [eof $c]]
close $c

set c [open $f r+]
puts [fconfigure $c -translation]
seek $c 5
puts [read $c 3]
puts [tell $c]
seek $c -5 end
puts [show [read $c]]
seek $c 0
puts -nonewline $c "LINE"
seek $c 0
puts [gets $c]
close $c

set c [open $f a]
puts $c "appended"
close $c
set c [open $f a+]
puts [tell $c]
puts $c "again"
seek $c 0
puts [show [read $c]]
close $c

set c [open $f w+]
puts $c "fresh"
seek $c 0
puts [read -nonewline $c]
close $c

set c [open $f {WRONLY TRUNC}]
puts $c "flags"
close $c
set c [open $f {RDWR APPEND}]
puts $c "more flags"
seek $c 0
puts [show [read $c]]
close $c
catch {open $f {WRONLY CREAT EXCL}} msg
puts [string map [list $f FILE] $msg]
puts $::errorCode

set c [open $f rb]
puts [fconfigure $c]
close $c
set c [open $f {RDONLY BINARY}]
puts [fconfigure $c -encoding]
close $c

# reading: counts, nonewline, old forms
set c [open $f w]
puts -nonewline $c "abcdef\nghij\n"
close $c
set c [open $f]
puts [read $c 0]
puts [read $c 4]
puts [show [read $c nonewline]]
close $c
set c [open $f]
puts [show [read -nonewline $c]]
close $c
set c [open $f]
puts [string length [read $c 100]]
puts [eof $c]
close $c

# puts to a file with an old form: channel string nonewline
set c [open $f w]
puts $c "no newline" nonewline
close $c
set c [open $f]; puts [show [read $c]]; close $c

# seek/tell on read and read-write files
set c [open $f w]
puts $c 0123456789
close $c
set c [open $f]
seek $c 3
puts [read $c 2]
seek $c 2 current
puts [tell $c]
puts [read $c 2]
seek $c -3 end
puts [show [read $c]]
catch {seek $c -100} msg
puts [string map [list $c CHAN] $msg]
puts $::errorCode
catch {seek $c 0 nowhere} msg
puts $msg
catch {seek $c x} msg
puts $msg
close $c

# writing after reading on r+: the data lands where the script is, not after the read-ahead
set c [open $f w]
puts -nonewline $c "abc\ndef\nghi\n"
close $c
set c [open $f r+]
puts [gets $c]
puts -nonewline $c X
flush $c
puts [tell $c]
puts [gets $c]
close $c
set c [open $f]; puts [show [read $c]]; close $c

# truncate
set c [open $f r+]
chan truncate $c 4
seek $c 0 end
puts [tell $c]
seek $c 2
chan truncate $c
close $c
set c [open $f]; puts [show [read $c]]; close $c
set c [open $f r+]
catch {chan truncate $c -1} msg; puts $msg
close $c

# errors on open
catch {open /nonexistent-dir-tcl4j/x} msg
puts $msg
puts $::errorCode
catch {open /tmp w} msg
puts $msg
puts $::errorCode
catch {open $f q} msg; puts [string map [list $f FILE] $msg]
catch {open $f rr} msg; puts $msg
catch {open $f r+++} msg; puts $msg
catch {open $f {RDONLY FOO}} msg; puts $msg
catch {open $f {}} msg; puts $msg
catch {open $f {CREAT}} msg; puts $msg
catch {open $f r abc} msg; puts "$msg | $::errorCode"
catch {open} msg; puts $msg
catch {open a b c d} msg; puts $msg

# wrong direction
set c [open $f]
catch {puts $c x} msg; puts [string map [list $c CHAN] $msg]
catch {flush $c} msg; puts [string map [list $c CHAN] $msg]
close $c
set c [open $f w]
catch {gets $c} msg; puts [string map [list $c CHAN] $msg]
catch {read $c} msg; puts [string map [list $c CHAN] $msg]
catch {fblocked $c} msg; puts [string map [list $c CHAN] $msg]
close $c

# closed channels and unknown names
set c [open $f]
close $c
foreach cmd {gets read eof tell flush close fblocked fconfigure} {
    catch {$cmd $c} msg
    puts "$cmd: [string map [list $c CHAN] $msg]"
}
catch {puts nosuch hi} msg; puts $msg
puts $::errorCode

# files cannot close one direction alone: an error without a message
set c [open $f r+]
puts [catch {close $c write} msg]
puts <$msg>
close $c
set c [open $f]
catch {close $c write} msg; puts $msg
close $c read
puts [lsearch [chan names] $c]

# the same descriptor number comes back
set a [open $f]
close $a
set b [open $f]
puts [string equal $a $b]
close $b

foreach x [glob -nocomplain $base-*] { file delete $x }
