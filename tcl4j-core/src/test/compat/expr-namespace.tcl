# Functions resolve as tcl::mathfunc::NAME from the current namespace, then globally.
namespace eval ::app::tcl::mathfunc {
    proc double {x} { return "app double of $x" }
    proc onlyapp {x} { return "onlyapp $x" }
}
proc ::tcl::mathfunc::gfun {x} { return "global gfun $x" }
namespace eval ::app {
    puts [expr {double(2)}]
    puts [expr {onlyapp(1)}]
    puts [expr {gfun(3)}]
    puts [expr {sin(0)}]
    proc inside {} { expr {double(5)} }
}
puts [app::inside]
puts [expr {double(2)}]
puts [catch {expr {onlyapp(1)}} m]:$m
namespace eval ::other { puts [catch {expr {onlyapp(1)}} m]:$m }
puts [lsort [info commands ::tcl::mathfunc::*]]
puts [lsort [info commands ::tcl::mathop::*]]
puts [lsort [namespace eval tcl::mathfunc {namespace export}]]
namespace eval ::app { namespace path ::tcl::mathop; puts [+ 1 2 3]; puts [catch {-} m]:$m; puts [catch {/} m]:$m }
namespace eval ::calc { namespace import ::tcl::mathop::* ; puts [* 2 3 4]; puts [catch {%} m]:$m }
# a function defined later is found by an already compiled expression
proc use {} { expr {late(1)} }
puts [catch use m]:$m
proc ::tcl::mathfunc::late {x} { return "late $x" }
puts [use]
rename ::tcl::mathfunc::late ""
puts [catch use m]:$m
set e {double(7) + 1}
puts [expr $e]
namespace eval ::app { puts [catch {expr $::e} m]:$m }
interp alias {} ::tcl::mathfunc::alias {} ::tcl::mathfunc::abs
puts [expr {alias(-4)}]
