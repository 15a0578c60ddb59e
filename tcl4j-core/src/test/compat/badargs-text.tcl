# format, scan, regexp, regsub and the other text commands called with wrong
# arguments answer as tclsh does.
source [file join [file dirname $argv0] badargs-files sweep.tcl]

foreach cmd {format scan regexp regsub} {
    sweep $cmd
}
