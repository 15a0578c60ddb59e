# The language's own commands called with wrong arguments answer as tclsh
# does. Loops whose wrong calls could run for ever (while, for) and exit get
# only argument counts.
source [file join [file dirname $argv0] badargs-files sweep.tcl]

foreach cmd {append apply break case continue coroutine error eval expr global if incr
        proc rename return set subst switch tailcall throw time try unset uplevel upvar
        variable yield yieldto} {
    sweep $cmd
}
foreach cmd {for while} {
    few $cmd
}
t exit x x
t exit bogus
# uplevel and upvar: where the level ends and the names begin
proc q {} {
    foreach c {{upvar 2 abc} {upvar abc abc abc} {upvar 0 x} {upvar #0 x} {upvar 1 x y z}
            {upvar 1.5 x y} {uplevel 1.5} {uplevel 2} {uplevel #5 x} {uplevel #x x}
            {uplevel 1x list} {uplevel 1}} {
        set rc [catch $c m]
        puts "$c -> $rc $m"
    }
}
q
# case, the old switch: glob pattern lists, default, and a pattern without body
foreach c {
    {case abc in a* {set r A} default {set r D}}
    {case xyz {a* {set r A} default {set r D}}}
    {case b {{a b} {set r AB} c {set r C}}}
    {case q {a {set r A}}}
    {case a a {set r A} b}
    {case b a {set r A} b}
    {case a in}
    {case a in {a b} {error boom}}
    {case abc {a* {return -code break}}}
} {
    set rc [catch $c m]
    puts "$c -> $rc $m"
    if {$rc == 1} {
        puts $::errorInfo
    }
}
# catch last: its variables hold return options, whose keys tcl4j orders differently
sweep catch
