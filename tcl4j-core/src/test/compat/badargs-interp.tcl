# Every interp subcommand called with wrong arguments answers as tclsh does:
# the count is checked before the path is looked up. Not here: interp create
# (it would make interpreters) and interp cancel with no arguments (tclsh
# cancels the script itself).
source [file join [file dirname $argv0] badargs-files sweep.tcl]

sweep interp
foreach sub {alias aliases bgerror children debug delete eval exists expose hide hidden issafe
        invokehidden limit marktrusted recursionlimit slaves share target transfer} {
    sweep interp $sub
}
few interp create
foreach a {{x x x x x x x x x x x x} -bogus bogus {bogus bogus} {-bogus bogus} {bogus -bogus}
        {1 bogus} {1 2 bogus} {bogus 1 2} {-unwind -bogus} {-- -bogus}} {
    t interp cancel {*}$a
}
# the current interpreter's path is {}
foreach a {{hide {}} {expose {}} {recursionlimit {} bogus} {recursionlimit {} 1.5}
        {recursionlimit {} 0} {invokehidden {} -bogus x} {invokehidden {}} {alias {} x}
        {target {} bogus} {bgerror {} a b}} {
    t interp {*}$a
}
# a child's own alias subcommand has no target path: its target is the caller's command
interp create C
proc hello {args} {
    return "hello $args"
}
foreach c {{C alias} {C alias a} {C alias a hello x} {C eval a y} {C alias a} {C alias a {}} {C eval a}
        {interp alias C a b} {interp alias C a {}} {interp alias C a {} hello}} {
    set rc [catch $c m]
    puts "$c -> $rc $m"
}
# wrong # args through an alias names the alias as it was called
proc p {a} {
    string length
}
interp alias {} P {} p
interp alias {} P2 {} p 1
interp alias {} S {} string
interp alias {} SL {} string length
C alias Q string
foreach c {{P} {P 1} {P 1 2} {P2} {P2 x} {S} {S length} {SL} {SL a b} {C eval Q} {C eval Q length}} {
    set rc [catch $c m]
    puts "$c -> $rc $m"
    puts $::errorInfo
}
# a safe interpreter may not reach the system through ::tcl::file::* either
interp create -safe SF
foreach c {{::tcl::file::delete x} {::tcl::file::join a b} {::tcl::file::atime x} {::tcl::encoding::dirs}
        {file join a b}} {
    set rc [catch {SF eval $c} m o]
    puts "$c -> $rc $m [dict get $o -errorcode]"
}
