# The list commands called with wrong arguments answer as tclsh does.
source [file join [file dirname $argv0] badargs-files sweep.tcl]

foreach cmd {concat join lappend lassign lindex linsert list llength lrange lrepeat
        lreplace lreverse lsearch lset lsort split} {
    sweep $cmd
}
# lmap and foreach run their body; bad variable lists and counts are checked first
foreach cmd {foreach lmap} {
    sweep $cmd
}
