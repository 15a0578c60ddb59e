# dict set unset incr append lappend: variables updated through key paths,
# missing variables start empty, errors leave the variable alone.
proc t {script} {
    set r [catch {uplevel 1 $script} m]
    if {$r} {
        puts "[list $script] -> $r [list $m] [list $::errorCode]"
    } else {
        puts "[list $script] -> $r [list $m]"
    }
}
t {set d {a 1}; dict set d b 2}
t {set d {a 1}; dict set d a x y}
t {set d {a {x 1}}; dict set d a y 2}
t {set d {a 1}; dict set d}
t {set d {a 1}; dict set d a}
t {unset -nocomplain nd; dict set nd a b c}
t {set d {a 1 b}; dict set d a 2}
t {set d {a 1}; dict unset d a}
t {set d {a 1}; dict unset d b}
t {set d {a {x 1 y 2}}; dict unset d a x}
t {set d {a {x 1 y 2}}; dict unset d b x}
t {set d {a 1}; dict unset d a x}
t {unset -nocomplain nd; dict unset nd a}
t {set d {a 1}; dict unset d}
t {set d {a 1}; dict incr d a}
t {set d {a 1}; dict incr d a 5}
t {set d {a 1}; dict incr d b}
t {set d {a 1}; dict incr d b -3}
t {set d {a x}; dict incr d a}
t {set d {a 1}; dict incr d a x}
t {set d {a 1}; dict incr d}
t {set d {a 1}; dict incr d a 1 2}
t {unset -nocomplain nd; dict incr nd a}
t {set d {a 9223372036854775807}; dict incr d a}
t {set d {a 1}; dict incr d a 0x10}
t {set d {a 1}; dict incr d a 99999999999999999999}
t {set d {a 08}; dict incr d a}
t {set d {a " 5 "}; dict incr d a}
t {set d {a 1}; dict incr d a " 5 "}
t {set d {a 1}; dict incr d a 1.5}
t {set d {}; dict incr d a}
t {set d {a 1}; dict incr d a; dict incr d a; set d}
t {set d {a 1}; dict append d a x y}
t {set d {a 1}; dict append d b x}
t {set d {a 1}; dict append d b}
t {set d {a 1}; dict append d}
t {set d {a 1}; dict append d a}
t {set d {}; dict append d a {x y}}
t {set d {a {1 2}}; dict lappend d a x y}
t {set d {a {1 2}}; dict lappend d b x}
t {set d {a {1 2}}; dict lappend d b}
t {set d {a "1 \{"}; dict lappend d a x}
t {set d {a 1}; dict lappend d}
t {set d {a 1}; dict lappend d a}
t {set d {}; dict lappend d a {x y}}
t {set d {a 1}; dict unset d a; info exists d}
t {unset -nocomplain nd; dict unset nd a; info exists nd}
t {unset -nocomplain nd; dict unset nd a b}
t {unset -nocomplain nd; dict append nd a b}
t {unset -nocomplain nd; dict lappend nd a b}
t {set d {a {b {c 1}}}; dict set d a b c 3}
t {set d {a {b {c 1}}}; dict set d a b d 3}
t {set d {a {b {c 1}}}; dict set d a x d 3}
t {set d {a {b {c 1}}}; dict unset d a b c}
t {set d {a {b {c 1}}}; dict unset d a x c}
t {set d {a {b {c 1}}}; dict get $d a b c}
t {set d {a 1}; dict set d a b c}
t {set d {a {b 1}}; dict set d a b c d}
t {set l [list a b]; dict set l c d; set l}
t {set d [dict create b 1 a 2]; dict set d b 3; set d}
t {set d "a  1   b 2"; dict set d a 1; set d}
t {set d "a  1   b 2"; dict set d c 3}
t {set d "a  1   b 2"; dict unset d c}
t {set x 5; dict set x a 1}
t {set x {a 1 b}; dict incr x a}
t {set x {a 1 b}; dict append x a}
t {set x {a 1 b}; dict lappend x a}
t {set x {a 1 b}; dict unset x a}
t {set y(1) {a 1}; dict set y(1) b 2; set y(1)}
t {array set arr {}; dict set arr a 1}
# values are shared, never modified in place
set a [dict create k1 v1 k2 v2]
set b $a
dict set a k1 changed
dict unset a k2
puts "$a | $b"
set a {x {y {z 1}}}
set b $a
dict set a x y z 2
puts "$a | $b"
# order: new keys at the end, replaced keys keep their place
set d {}
foreach k {z y x w} { dict set d $k 1 }
dict set d y 2
dict unset d x
dict set d x 3
puts $d
# a new key takes the increment as written; an existing one gets the sum
t {set d {}; dict incr d a 0x10; dict incr d b; set d}
t {set d {a 0x10}; dict incr d a 0x10; set d}
t {set d {}; dict incr d a 1.5}
