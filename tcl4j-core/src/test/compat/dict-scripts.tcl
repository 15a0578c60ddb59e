# dict for / map / filter script / update / with: loop variables, the
# completion codes (break, continue, return, errors), write-back rules and
# errorInfo lines, at top level and inside procedures.
proc t {script} {
    set r [catch {uplevel 1 $script} m]
    if {$r == 1} {
        puts "[list $script] -> $r [list $m] [list $::errorCode]"
    } else {
        puts "[list $script] -> $r [list $m]"
    }
}
proc show {script} {
    catch {uplevel 1 $script} m o
    puts "$m\n[dict get $o -errorinfo]\n---"
}
t {dict for}
t {dict for {k v} {a 1}}
t {dict for {k v} {a 1 b 2} {puts $k=$v}}
t {dict for {k} {a 1 b 2} {puts $k=$v}}
t {dict for {k v w} {a 1 b 2} {puts $k=$v}}
t {dict for {k v} {a 1 b} {puts $k=$v}}
t {dict for {k v} {a 1 b 2 c 3} {if {$k eq "b"} break; puts $k=$v}}
t {dict for {k v} {a 1 b 2 c 3} {if {$k eq "b"} continue; puts $k=$v}}
t {dict for {k v} {a 1 b 2 c 3} {if {$k eq "b"} {return -code 5 x}; puts $k=$v}}
t {dict for {k v} {a 1 b 2 c 3} {if {$k eq "b"} {error boom}; puts $k=$v}}
t {dict for {k v} {a 1 b 2 c 3} {set k}}
t {dict for "k \{" {a 1} {}}
t {dict for {k v} "a \{" {}}
t {dict for {k v} {a 1 a 2 b 3} {lappend r $k $v}; set r}
t {set d {a 1}; dict for {x x} $d {}; set x}
t {array set arr {}; set d {a 1}; dict for {arr v} $d {}}
t {dict map}
t {dict map {k v} {a 1}}
t {dict map {k v} {a 1 b 2} {list $v $k}}
t {dict map {k v} {a 1 b 2 c 3} {if {$k eq "b"} continue; set v x}}
t {dict map {k v} {a 1 b 2 c 3} {if {$k eq "b"} break; set v x}}
t {dict map {k v} {a 1 b 2 c 3} {if {$k eq "c"} break; set v x}}
t {dict map {k v} {a 1 b 2 c 3} {set k q}}
t {dict map {k} {a 1 b 2 c 3} {set k q}}
t {dict map {k v} {} {set k q}}
t {dict map {k v} {a 1 b 2} {unset k}}
t {dict map {k v} {a 1 b 2} {return -code 5}}
t {dict map {k v} {a 1 b 2} {return x}}
t {set d {a 1}; dict map {x x} $d {}}
t {dict filter {a 1 b 2 c 3} script {k v} {string equal $k a}}
t {dict filter {a 1 b 2 c 3} script {k v}}
t {dict filter {a 1 b 2 c 3} script {k} {return 1}}
t {dict filter {a 1 b 2 c 3} script {k v} {return 1}}
t {dict filter {a 1 b 2 c 3} script {k v} {break}}
t {dict filter {a 1 b 2 c 3} script {k v} {continue}}
t {dict filter {a 1 b 2 c 3} script {k v} {list x}}
t {dict filter {a 1 b 2 c 3} script {k v} {error boom}}
t {dict filter {a 1 b 2 c 3} s {k v} {list 1}}
t {dict filter {a 1 b 2 c 3} script {k v} {if {$k eq "b"} break; set r 1}}
t {dict filter {a 1 b 2 c 3} script {k v} {if {$k eq "b"} continue; set r 1}}
t {dict filter {a 1 b 2 c 3} script {k v} {expr {$v > 1}}}
t {set d {a 1 b 2}; dict update d a x b y {set x 10; unset y}; set d}
t {set d {a 1 b 2}; dict update d a x c z {set z 3}; set d}
t {set d {a 1 b 2}; dict update d a x}
t {set d {a 1 b 2}; dict update d a}
t {set d {a 1 b 2}; dict update d a x {set x 5; break}}
t {set d {a 1 b 2}; list [catch {dict update d a x {set x 5; error oops}} m] $m $d}
t {set d {a 1 b 2}; dict update d a x {set x 5; return -code 5 q}}
t {set d {a 1 b 2}; dict update d a x {unset d}; info exists d}
t {set d {a 1 b 2}; dict update d a x {set d {c 3}}; set d}
t {set d {a 1 b 2}; dict update d a x {set d 1}; set d}
t {set d {a 1 b 2}; dict update d a x {set x 3}}
t {set d {a 1 b 2}; dict update d a x {list r}}
t {unset -nocomplain nd; dict update nd a x {set x 5}; set nd}
t {unset -nocomplain nd; dict update nd a x {}; info exists nd}
t {set d {a 1 b}; dict update d a x {}}
t {set z 9; set d {a 1}; dict update d c z {}; info exists z}
t {set d {a 1 b 2}; dict update d a x b y {list $x $y}}
t {array set arr {}; set d {a 1}; dict update d a arr {}}
t {set d {a {x 1 y 2} b 2}; dict with d a {set x 5; set z 6}; set d}
t {set d {a 1 b 2}; dict with d {set a 5; unset b}; set d}
t {set d {a 1 b 2}; dict with d {list $a $b}}
t {set d {a 1 b 2}; dict with d}
t {dict with}
t {set d {a 1 b 2}; dict with d {set d {x 1}}; set d}
t {set d {a {x 1 y 2} b 2}; dict with d a {unset d}; info exists d}
t {set d {a {x 1 y 2} b 2}; dict with d a {set d {}}; set d}
t {set d {a {x 1 y 2} b 2}; dict with d q {set x 1}}
t {set d {a {x 1 y 2} b 2}; dict with d b {set x 1}}
t {unset -nocomplain nd; dict with nd {set x 1}}
t {set d {a 1 b 2}; dict with d {break}}
t {set d {a 1 b 2}; dict with d {set a 9; error boom}}
t {set d {a 1 b 2}; catch {dict with d {set a 9; error boom}}; set d}
t {set d {a 1 b 2}; dict with d {set a 9; return -code 6 x}}
t {set d {a 1 b 2}; catch {dict with d {set a 9; return -code 6 x}}; set d}
t {set d {}; dict with d {}}
t {proc p {} {set d {a 1}; dict with d {set a 2}; return $d}; p}
t {set d {a 1 b 2}; dict with d {set a 9}}
t {set d {a 1}; dict with d {unset a}; set d}
t {set d {a 1 b 2}; dict with d {set a [dict size $d]}; set d}
t {set d {a {b {c 1}}}; dict with d a b {set c 2}; set d}
t {set d {a 1 b 2}; dict with d {}}
t {set d {a {b 2}}; dict with d a {set b 3}}
t {array set arr {}; set d {arr 1}; dict with d {}}
set a 5
t {set d {a 1}; dict with d {}; list $a}
t {set d {a 1}; dict update d a a {}; list $a}
# errorInfo of errors inside the bodies
show {dict for {k v} {a 1} {
  error boom
}}
show {dict map {k v} {a 1} {
  error boom
}}
show {dict filter {a 1} script {k v} {
  error boom
}}
show {dict filter {a 1} script {k v} {
  list x
}}
show {set d {a 1}; dict update d a x {
  error boom
}}
show {set d {a 1}; dict with d {
  error boom
}}
show {dict for {k v} {a 1} {set k(x) 1}}
proc p {} {
  dict for {k v} {a 1} {
     error boom
  }
}
show p
proc p2 {} {
  set d {a 1}
  dict with d {
     error boom
  }
}
show p2
proc p3 {} {
  set d {a 1}
  dict update d a x {
     error boom
  }
}
show p3
proc p4 {} {
  dict map {k v} {a 1} {
     error boom
  }
}
show p4
proc p5 {} {
  dict filter {a 1} script {k v} {
     error boom
  }
}
show p5
# loops inside procedures
proc sum {d} {
    set total 0
    dict for {k v} $d { incr total $v }
    return $total
}
puts [sum {a 1 b 2 c 39}]
proc swap {d} { dict map {k v} $d { set k $v[set v $k] ; set v } }
puts [swap {a 1 b 2}]
