# The chan ensemble: subcommands, names, pending, and its messages.
set f /tmp/tcl4j-chan-[pid]
set c [chan puts stdout "via chan puts"]
set w [open $f w]
chan puts $w "first"
chan puts -nonewline $w "second"
chan flush $w
puts [chan pending output $w]
chan puts $w ""
puts [chan pending output $w]
puts [chan tell $w]
chan configure $w -buffering none
puts [chan configure $w -buffering]
puts [lsort [chan names]]
puts [expr {$w in [chan names file*]}]
puts [chan names nomatch*]
chan close $w
set r [open $f]
puts [chan gets $r]
puts [chan pending input $r]
puts [chan read $r 3]
puts [chan eof $r]
puts [chan read $r]
puts [chan eof $r]
puts [chan blocked $r]
chan seek $r 0
puts [chan gets $r line]
puts $line
puts [chan event $r readable]
puts [chan pending output $r]
chan close $r
file delete $f

proc try {script} {
    set code [catch {uplevel 1 $script} msg]
    puts "$script => $code: $msg | $::errorCode"
}
set ::errorCode NONE
try {chan}
try {chan foo}
try {chan names a b}
try {chan pending}
try {chan pending foo stdin}
try {chan pending input nosuch}
try {chan truncate}
try {chan create}
try {chan create foo bar}
try {chan create {} bar}
try {chan push stdout}
try {chan pop}
try {chan postevent}
try {chan postevent stdin read}
try {chan copy}
try {chan gets}
try {chan read}
try {chan puts}
try {chan close}
try {chan configure}
try {chan event stdin foo x}
try {chan seek}
try {chan tell}
try {chan eof}
try {chan blocked}
try {chan flush}
try {chan pipe x}
# unique prefixes name subcommands (a file: stdin must not be read here)
set r [open [info script]]
try {chan g $r}
try {chan b $r}
close $r
