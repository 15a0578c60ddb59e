# Runs a Tcl script under tclsh with tcl4j's tcltest in place of Tcl's own:
#     tclsh ours.tcl script.tcl ?arg ...?
# The script sees itself as the main script (argv0, argv, info script), and
# runAllTests starts its child processes through ours.sh, so they use
# tcl4j's tcltest too. An error ends the program as it would end tclsh.
# Without a script it reads one from stdin, as tclsh does.
set here [file dirname [file normalize [info script]]]
set argv0 [lindex $argv 0]
set argv [lrange $argv 1 end]
set argc [llength $argv]
source [file join $here .. .. .. main resources tcl4j library tcltest tcltest.tcl]
::tcltest::interpreter [file join $here ours.sh]
unset here
if {$argv0 eq ""} {
    eval [read stdin]
} elseif {[catch {source $argv0} msg options]} {
    # Leave out the lines about this wrapper.
    set info [dict get $options -errorinfo]
    regsub "\n    invoked from within\n\"source \\\$argv0\"\$" $info "" info
    puts stderr $info
    exit 1
}
