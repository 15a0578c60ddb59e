# trace and after called with wrong arguments answer as tclsh does.
source [file join [file dirname $argv0] badargs-files sweep.tcl]

sweep trace
foreach sub {add info remove variable vdelete vinfo} {
    sweep trace $sub
}
foreach type {command execution variable} {
    foreach a {{} {x} {x y} {x {} y} {x bogus y} {x {read bogus} y} {x y z w}} {
        t trace add $type {*}$a
        t trace remove $type {*}$a
    }
    t trace info $type
    t trace info $type x y
}
# after: only calls that schedule nothing
foreach a {{} bogus -bogus 1.5 {info bogus} {info {a 1}} {info a b} {cancel} {idle} {1 2 bogus}} {
    t after {*}$a
}
