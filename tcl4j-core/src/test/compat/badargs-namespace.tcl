# Every namespace subcommand called with wrong arguments answers as tclsh does.
source [file join [file dirname $argv0] badargs-files sweep.tcl]

sweep namespace
foreach sub {children code current delete ensemble eval exists export forget import inscope
        origin parent path qualifiers tail upvar which} {
    sweep namespace $sub
}
few namespace unknown
# namespace ensemble: its own subcommands and options
namespace eval ens {
    namespace export a
    proc a {} {}
    namespace ensemble create
}
foreach a {{} bogus {create -bogus} {create -bogus 1} {create -map} {configure} {configure bogus}
        {configure ens -bogus} {configure ens -command} {configure ens -map {} -prefixes}
        {configure ens -map 1 -bogus} {exists} {exists a b}} {
    t namespace ensemble {*}$a
}
t namespace ensemble configure ens
