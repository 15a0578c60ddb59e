# Every info subcommand called with wrong arguments answers as tclsh does.
# Not here: info class/object (TclOO), info frame and errorstack (tcl4j counts
# frames differently), info script with an argument (it would rename this script).
source [file join [file dirname $argv0] badargs-files sweep.tcl]

sweep info
foreach sub {args body cmdcount commands complete coroutine default exists functions globals
        hostname library loaded locals nameofexecutable patchlevel procs sharedlibextension
        tclversion vars} {
    sweep info $sub
}
few info script
# info level: a bad level is named with the level's words
foreach a {{} {1 2} abc 1.5 -bogus 0x {a 1}} {
    t info level {*}$a
}
