# upvar/global/variable/unset edge cases and their error codes.
proc e {script} { set r [catch {uplevel 1 $script} m o]; if {$r == 1} { puts "ERR $m / [dict get $o -errorcode]" } elseif {$r} { puts "CODE $r <$m>" } else { puts "OK <$m>" } }
proc u1 {} { upvar 1 arr(k) el; set el 5; unset el; info exists el }
e {array set arr {}; u1}
e {array names arr}
proc u2 {} { upvar 1 lv l; unset l; info exists l }
e {set lv 1; u2}
e {info exists lv}
proc u3 {} { upvar 1 lv2 l; set l 7 }
e {u3; set lv2}
proc u4 {} { upvar 1 arr2 a; array set a {x 1 y 2}; lsort [array names a] }
e {u4}
e {array size arr2}
proc u5 {} { upvar 1 sc s; lappend s q; append s r }
e {set sc a; u5}
proc u6 {} { upvar 1 a1 x; upvar 1 a1 y; set x 1; set y }
e u6
proc u7 {} { set x 1; upvar 1 a1 x }
e u7
proc u8 {} { upvar 1 arr3 a; set a(z) 1; upvar 1 arr3(z) zz; set zz }
e u8
proc u9 {} { upvar #0 env(HOME) h; expr {$h ne ""} }
e u9
proc u10 {} { upvar 0 nonexist alias; info exists alias }
e u10
proc u11 {} { upvar 0 nonexist alias; set alias 1; set nonexist }
e u11
proc u12 {} { set a(1) x; upvar 0 a(1) one; set one y; set a(1) }
e u12
proc u13 {} { upvar 1 {} x }
e u13
proc u14 {n} { if {$n > 0} { upvar 1 cnt c; incr c; u14 [expr {$n-1}] } }
e {set cnt 0; u14 3; set cnt}
proc u15 {} { uplevel 1 { set made here }; info exists made }
e {u15}
e {set made}
e {namespace eval g1 { global gg; set gg 1 }; list [info exists ::gg] [info exists g1::gg]}
proc u16 {} { global a b c; list [info exists a] [info exists b] }
e {set a 1; u16}
proc u17 {} { variable ::nsx::y 5 }
e {u17}
e {namespace eval nsx {}; u17; set nsx::y}
proc u18 {} { upvar #0 ::nsx::y yy; set yy }
e u18
e {unset -nocomplain nothere; list}
e {unset nothere}
e {unset arr(nope)}
e {array set ar5 {a 1}; unset ar5(a); array exists ar5}
e {set x(1) a; set x}
e {set y 1; set y(1) a}
e {set ::nosuchns::v 1}
e {set ::nosuchns::v}
e {info exists ::nosuchns::v}
e {set {} empty; set {}}
e {set a::b::c 1}
array set arr {a 1}
catch {unset arr(nope)} m o; puts "$m [dict get $o -errorcode]"
proc p {} { array set a {x 1}; unset a(nope) }
catch {p} m o; puts "$m [dict get $o -errorcode]"
proc p2 {} { upvar #0 arr q; unset q(nope) }
catch {p2} m o; puts "$m [dict get $o -errorcode]"
catch {unset ::arr(nope)} m o; puts "$m [dict get $o -errorcode]"
namespace eval nn { variable ar; array set ar {a 1} }
catch {unset nn::ar(nope)} m o; puts "$m [dict get $o -errorcode]"
set k nope
catch {unset arr($k)} m o; puts "$m [dict get $o -errorcode]"
catch {variable ::nsq::y 5} m o; puts "$m [dict get $o -errorcode]"
catch {namespace eval a {variable ::nsq::y 5}} m o; puts "$m [dict get $o -errorcode]"
catch {namespace eval a {variable ::nsq::y}} m o; puts "$m [dict get $o -errorcode]"
proc p {} { variable ::nsq::y }
catch {p} m o; puts "$m [dict get $o -errorcode]"
proc p2 {} { variable ::nsq::y 1 }
catch {p2} m o; puts "$m [dict get $o -errorcode]"

proc p1 {} { global x(1) }
catch p1 m o; puts "$m / [dict get $o -errorcode]"
set y 1
proc p2 {} { global y(1) }
catch p2 m o; puts "$m / [dict get $o -errorcode]"
array set z {1 a}
proc p3 {} { global z(1) }
catch p3 m o; puts "$m / [dict get $o -errorcode]"
proc p4 {} { global ::ns::q(1) }
catch p4 m o; puts "$m / [dict get $o -errorcode]"
proc p5 {} { upvar #0 x(1) x(2) }
catch p5 m o; puts "$m / [dict get $o -errorcode]"
set y 1
proc p2 {} { upvar #0 y(1) w }
catch p2 m o; puts "$m / [dict get $o -errorcode]"
proc p4 {} { upvar #0 ::ns::q(1) w }
catch p4 m o; puts "$m / [dict get $o -errorcode]"
proc p6 {} { upvar #0 ::ns::q w }
catch p6 m o; puts "$m / [dict get $o -errorcode]"
catch {set ::nsz::v(1) x} m o; puts "$m / [dict get $o -errorcode]"; catch {set ::nsz::v x} m o; puts "$m / [dict get $o -errorcode]"; catch {proc p {} {global ::nsz::w}; p} m o; puts "$m / [dict get $o -errorcode]"
