# Command pipelines (open |cmd) and chan pipe.
set c [open "|echo hello"]
puts [fconfigure $c]
puts [gets $c]
puts [list [gets $c] [eof $c]]
close $c

set c [open "|cat" r+]
puts [fconfigure $c -translation]
puts $c "line one"
puts $c "line two"
flush $c
puts [gets $c]
puts [gets $c]
close $c write
puts [list [read $c] [eof $c]]
close $c

set c [open "|tr a-z A-Z" r+]
puts $c "shout"
close $c write
puts [read $c]
close $c

set c [open "|sort | head -2" r+]
puts $c "c\nb\na"
close $c write
puts [read -nonewline $c]
close $c

set c [open "|sh -c {exit 3}"]
catch {close $c} msg
puts "$msg | [lindex $::errorCode 0] [lindex $::errorCode 2]"
set c [open "|sh -c {echo oops >&2}"]
catch {close $c} msg
puts "<$msg>"
set c [open "|sh -c {echo both >&2; echo out}" r]
puts [gets $c]
catch {close $c} msg
puts "<$msg>"
set c [open "|sh -c {echo merged >&2} 2>@1"]
puts [gets $c]
close $c
catch {open "|no-such-command-tcl4j"} msg
puts "$msg | $::errorCode"
set c [open "|cat" r+]
puts [llength [pid $c]]
puts [string is integer [pid $c]]
close $c

# non-blocking read from a pipeline with fileevent
set c [open "|sh -c {echo first; sleep 0.2; echo second}"]
fconfigure $c -blocking 0
set lines {}
fileevent $c readable {
    if {[gets $c line] >= 0} {
        lappend lines $line
    } elseif {[eof $c]} {
        set done 1
    }
}
vwait done
puts $lines
close $c

# chan pipe
lassign [chan pipe] r w
puts [fconfigure $r]
puts [fconfigure $w]
puts $w "through the pipe"
flush $w
puts [gets $r]
fconfigure $r -blocking 0
puts [list [gets $r] [fblocked $r]]
fileevent $r readable {set got [gets $r]}
puts $w "event"
flush $w
vwait got
puts $got
fileevent $r readable {}
close $w
fileevent $r readable {if {[eof $r]} {set got eof} else {read $r}}
vwait got
puts $got
close $r
