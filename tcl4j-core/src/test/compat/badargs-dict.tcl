# Every dict and array subcommand called with wrong arguments answers as tclsh does.
source [file join [file dirname $argv0] badargs-files sweep.tcl]

sweep dict
foreach sub {append create exists filter for get incr info keys lappend map merge remove
        replace set size unset update values with} {
    sweep dict $sub
}
sweep array
foreach sub {anymore donesearch exists get names nextelement set size startsearch statistics unset} {
    sweep array $sub
}
