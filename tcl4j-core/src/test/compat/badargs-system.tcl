# Commands that touch the system, called with wrong arguments, answer as
# tclsh does. Only counts for those that would wait, change directory or
# write files.
source [file join [file dirname $argv0] badargs-files sweep.tcl]

foreach cmd {auto_execok auto_import auto_load auto_qualify exec glob pid pwd source tclLog} {
    sweep $cmd
}
# (not load, pkg_mkIndex, auto_mkindex, history: tcl4j has no such commands)
foreach cmd {auto_load_index cd unknown update vwait} {
    few $cmd
}
# exec: options are whole words
foreach a {{-k echo hi} {-i echo hi} {- echo} {-keepnewline} {--} {-bogus echo}} {
    t exec {*}$a
}
