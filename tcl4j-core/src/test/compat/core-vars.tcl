# Variables: scalars, arrays, upvar/global/variable links, unset, incr, append, lappend.
set x 1
append x 2 3
puts $x
lappend l a {b c}
lappend l d
puts $l
puts [llength $l]
incr y
puts $y
incr y 10
puts $y
puts [catch {incr x abc} m]:$m
set s abc
puts [catch {incr s} m]:$m
set a(1) one
set a(2) two
puts [catch {set a} m]:$m
puts [catch {set x(1) v} m]:$m
puts [catch {set a(3)} m]:$m
puts [catch {unset nope} m]:$m
unset -nocomplain nope
puts [info exists a(1)]:[info exists a(9)]:[info exists a]
unset a(1)
puts [info exists a(1)]
proc useGlobal {} { global x; return $x }
puts [useGlobal]
proc counter {} { upvar #0 cnt c; incr c }
counter; counter
puts $cnt
proc outer {} { set v 5; inner; return $v }
proc inner {} { upvar 1 v w; set w 6 }
puts [outer]
proc elem {} { upvar 1 arr(k) e; set e val }
elem
puts $arr(k)
namespace eval ns { variable nv 42; variable decl }
puts $ns::nv
puts [info exists ns::decl]
proc nsuser {} { variable ::ns::nv; return $nv }
puts [nsuser]
proc locals {a {b 2}} { set c 3; global x; return [lsort [info locals]] }
puts [locals 1]
proc lev {} { return [info level] }
puts [lev]
proc up2 {} { uplevel 1 {set fromUp 1} }
up2
puts $fromUp
set ${x}v dyn
puts [set 123v]
set "name with space" ok
puts ${name with space}
puts [catch {upvar 5 x y} m]:$m
