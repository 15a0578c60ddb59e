# upvar/uplevel levels, global/variable in namespaces, namespace which -variable, info args/body/default/level, read errors.
proc e {script} { if {[catch {uplevel 1 $script} m o]} { puts "ERR $m / [dict get $o -errorcode]" } else { puts "OK $m" } }
set g 1
proc p1 {} { upvar #0 g x; incr x; upvar 0 x y; return $y }
e p1
proc p2 {} { set loc 5; p2b }
proc p2b {} { upvar 1 loc l; upvar #1 loc l2; return "$l $l2 [uplevel 1 {info level}] [uplevel #0 {info level}]" }
e p2
proc p3 {} { upvar 5 x y }
e p3
e {upvar #-1 x y}
e {upvar x}
e {upvar 1 x}
proc p4 {} { upvar 0 a(1) b; set b 2; array get a }
e p4
proc p5 {} { upvar #0 arr(k) el; set el v; return $::arr(k) }
e p5
proc p6 {} { set x 1; upvar 0 x x }
e p6
proc p7 {} { upvar #0 g a(1) }
e p7
namespace eval ns1 { variable nv 3 }
proc p8 {} { upvar #0 ns1::nv v; incr v }
e p8
proc p9 {} { upvar ::ns1::nv v; return $v }
e p9
proc p10 {} { set x 1; upvar 0 x y; unset y; info exists x }
e p10
proc p11 {} { upvar #0 newvar nv; set nv 7 }
e {p11; set newvar}
proc p12 {} { upvar 0 arr whole; set whole(k2) 2; lsort [array names arr] }
e p12
proc p13 {args} { upvar 1 {*}$args; info locals }
e {p13 a b c d}
e {p13 a}
proc p14 {} { global g; variable g2; info locals }
e p14
e {uplevel 0 {set g}}
e {uplevel #0 set g}
e {uplevel 1 {set g}}
e {uplevel}
proc p15 {} { uplevel 2 {set g} }
e p15
proc p16 {} { uplevel {set locvar 1}; uplevel #0 {info exists locvar} }
e p16
proc p17 {} { uplevel 1 [list set g] }
e p17
proc p18 {} { uplevel 1 {error inup} }
catch p18 m o; puts [dict get $o -errorinfo]
proc p19 {} { uplevel #0 { return -code break } }
e {foreach x {1 2} { p19; puts no }; puts yes}
# global / variable in namespace eval
namespace eval ns2 {
    variable a 1
    variable b
    variable c 3 d 4
    set e 5
    global g
}
e {lsort [info vars ns2::*]}
e {set ns2::b}
e {namespace eval ns2 { variable b 2; set b }}
e {namespace eval ns2 {variable x(1) 2}}
e {namespace eval ns2 {variable}}
e {variable zz}
e {global}
proc p20 {} { global ns1::nv; return $nv }
e p20
namespace eval ns3 { proc q {} { variable v; set v 9; return [namespace which -variable v] } }
e ns3::q
e {set ns3::v}
# info args/body/default
proc dflt {a {b 2} {c {}} args} { return }
e {info args dflt}
e {info body dflt}
e {list [info default dflt b v] $v}
e {list [info default dflt c v] $v}
e {list [info default dflt a v] $v}
e {info default dflt zz v}
e {info args nosuch}
e {info body set}
e {info default nosuch a v}
e {info level}
e {info level 0}
e {info level 1}
e {info level -1}
e {info level x}
proc lvl {} { list [info level] [info level 0] [info level -1] }
e {lvl}
proc lvl2 {a b} { lvl3 }
proc lvl3 {} { list [info level -1] [info level 1] [info level 2] }
e {lvl2 x y}
catch {set nosuch} m o; puts "$m / [dict get $o -errorcode]"
proc p {} { set nosuch }
catch {p} m o; puts "$m / [dict get $o -errorcode]"
namespace eval nn {variable b}
catch {set nn::b} m o; puts "$m / [dict get $o -errorcode]"
catch {set nn::c} m o; puts "$m / [dict get $o -errorcode]"
catch {set nonns::c} m o; puts "$m / [dict get $o -errorcode]"
array set arr {a 1}
catch {set arr(b)} m o; puts "$m / [dict get $o -errorcode]"
catch {set arr} m o; puts "$m / [dict get $o -errorcode]"
proc q {} { variable v; upvar 0 v w; set w }
catch {q} m o; puts "$m / [dict get $o -errorcode]"
puts [info vars nn::*]
puts [info vars ::nn::*]
puts [info commands nn::*]
namespace eval nn { proc pp {} {} }
puts [info commands nn::*]
puts [info procs nn::*]
puts [lrange [lsort [info vars ::*]] 0 2]; puts [info commands ::se*]; namespace eval a::b {variable x 1; proc y {} {}}; namespace eval a { puts [info vars b::*]; puts [info commands b::*]; puts [info procs b::*] }
proc p1 {} { upvar 1 a; info locals }
proc p2 {args} { upvar {*}$args; info locals }
proc p3 {args} { upvar 1 {*}$args; info locals }
foreach c {p1 {p2 1 a} {p3 a} {p2 a b c} {p2 #0 a b c} {p2 x a b} {p2 a b}} { catch {{*}$c} m o; puts "$c: $m / [expr {[dict exists $o -errorcode] ? [dict get $o -errorcode] : "-"}]" }
