# lsort/lsearch options (-stride, -index paths, -unique, -command, -sorted, -start, -not), lrepeat/lreplace/linsert/lrange edges.
proc e {script} { set r [catch {uplevel 1 $script} m o]; if {$r == 1} { puts "ERR $m / [dict get $o -errorcode]" } elseif {$r} { puts "CODE $r <$m>" } else { puts "OK <$m>" } }
e {lsort -stride 2 {b 2 a 1 c 3}}
e {lsort -stride 2 -index 1 -integer {b 2 a 1 c 3}}
e {lsort -stride 2 -index 1 {b 2 a 1 c}}
e {lsort -stride 1 {b a}}
e {lsort -stride 0 {b a}}
e {lsort -stride 2 -index 2 {b 2 a 1}}
e {lsort -stride 3 -index -1 {a 1 x b 0 y}}
e {lsort -stride 3 -index end {a 1 x b 0 y}}
e {lsort -index {1 0} {{a {z 1}} {b {y 2}}}}
e {lsort -index {1 5} {{a {z 1}} {b {y 2}}}}
e {lsort -index 1 {{a} {b c}}}
e {lsort -unique {b a b c a}}
e {lsort -unique -index 0 {{a 1} {b 2} {a 3}}}
e {lsort -command {apply {{a b} {expr {$a - $b}}}} {3 1 2}}
e {lsort -command {apply {{a b} {return x}}} {3 1 2}}
e {lsort -command {apply {{a b} {error cmp}}} {3 1 2}}
e {lsort -command nosuch {3 1 2}}
e {lsort -decreasing -integer {3 10 2}}
e {lsort -integer {3 x 2}}
e {lsort -real {3 1e1 2.5}}
e {lsort -dictionary {a10 a9 A1 b}}
e {lsort -nocase {B a C}}
e {lsort -indices {c a b}}
e {lsort -indices -stride 2 {c 1 a 2}}
e {lsort -bogus {a}}
e {lsort}
e {lsort -index}
e {lsort -stride 2 -unique {a 1 a 2}}
e {lsearch -all {a b a c} a}
e {lsearch -all -inline {a1 b a2 c} a*}
e {lsearch -not {a b c} a}
e {lsearch -all -not -inline {a b c a} a}
e {lsearch -start 2 {a b a c} a}
e {lsearch -start end {a b a c} c}
e {lsearch -start -5 {a b a c} a}
e {lsearch -start 10 {a b a c} a}
e {lsearch -index 1 {{a x} {b y}} y}
e {lsearch -index {1 0} {{a {x 1}} {b {y 2}}} y}
e {lsearch -index 1 -inline {{a x} {b y}} y}
e {lsearch -index 1 -subindices -inline {{a x} {b y}} y}
e {lsearch -index 1 -subindices -all {{a x} {b y}} *}
e {lsearch -index 3 {{a x} {b y}} y}
e {lsearch -sorted {a b c d} c}
e {lsearch -sorted -integer {1 5 9 20} 9}
e {lsearch -sorted -integer {1 5 9 20} 10}
e {lsearch -sorted -integer -bisect {1 5 9 20} 10}
e {lsearch -sorted -decreasing -integer {20 9 5 1} 5}
e {lsearch -exact {a* b} a*}
e {lsearch -regexp {abc xbz} {b.$}}
e {lsearch -regexp {abc} {(}}
e {lsearch -integer {1 2 x} 2}
e {lsearch -integer {1 2} x}
e {lsearch -nocase {ABC x} abc}
e {lsearch -all -start 1 -inline {a a a} a}
e {lsearch -bogus a a}
e {lsearch a}
e {lsearch -start}
e {lsearch -index}
e {lsearch -sorted -all {a a b b c} b}
e {lrepeat 3 a b}
e {lrepeat 0 a}
e {lrepeat -1 a}
e {lrepeat 1}
e {lrepeat x a}
e {lreplace {a b c d} 1 2 X Y Z}
e {lreplace {a b c d} 2 1 X}
e {lreplace {a b c d} -1 0 X}
e {lreplace {a b c d} end end}
e {lreplace {a b c d} end+1 end+1 X}
e {lreplace {a b c d} 10 12 X}
e {lreplace {} 0 0}
e {lreplace {a b} 0}
e {lreplace {a b c} 1 end-5 X}
e {linsert {a b c} 1 X Y}
e {linsert {a b c} end X}
e {linsert {a b c} end-1 X}
e {linsert {a b c} -5 X}
e {linsert {a b c} 10 X}
e {linsert {a b c} end+1 X}
e {linsert {a b c} x X}
e {linsert {a b c}}
e {lrange {a b c d} 1 end-1}
e {lrange {a b c d} end-1 100}
e {lrange {a b c d} 3 1}
e {lindex {a {b c}} 1 0}
e {lindex {a b} end+1}
e {lindex {a b} {}}
e {lassign {a b c} x y; list $x $y}
e {lassign {a} x y; list $x $y}
e {lassign {a b c} x}

proc e {script} { set r [catch {uplevel 1 $script} m o]; if {$r == 1} { puts "ERR $m / [dict get $o -errorcode]" } elseif {$r} { puts "CODE $r <$m>" } else { puts "OK <$m>" } }
e {foreach a(1) {x y} {}; set a(1)}
e {foreach {a a} {1 2 3 4} {}; set a}
e {set sc 1; foreach sc(1) {x} {}}
e {lmap a(1) {x y} {set a(1)}}
e {array set ar {}; foreach ar {1} {}}
e {proc fp {} { foreach {x y} {1 2 3} { lappend r "$x-$y" }; return $r }; fp}
e {proc fp2 {} { foreach x {1 2 3} { if {$x == 2} { return mid } }; return end }; fp2}
e {proc fp3 {} { lmap x {1 2 3} { if {$x == 2} { continue }; set x } }; fp3}
e {proc fp4 {} { set i 0; while 1 { if {[incr i] > 3} { return $i } } }; fp4}
e {proc fp5 {} { for {set i 0} {1} {incr i} { if {$i == 2} break }; return $i }; fp5}
e {lsort -indices -stride 2 -index 1 -integer {a 3 b 1 c 2}}
e {lsort -stride 2 -decreasing {a 3 b 1 c 2}}
e {lsort -stride 2 -command {apply {{x y} {string compare $x $y}}} {b 3 a 1}}
e {lsort -index 0 -stride 2 {b 3 a 1}}
e {lsort -index end {{a 3} {b 1}}}
e {lsort -index end-1 {{a 3} {b 1}}}
e {lsearch -stride 2 {a 1 b 2} b}
e {lsearch -stride 2 -index 1 -inline {a 1 b 2} 2}
e {lsearch -stride 2 -index 1 -all {a 1 b 2 c 2} 2}
e {lsearch -stride 3 {a 1 b 2} b}
e {lsearch -stride 2 -index 2 {a 1 b 2} b}
e {lsearch -all -inline -stride 2 {a 1 b 2 a 3} a}
e {lsearch -sorted -stride 2 -index 1 -integer {a 1 b 2 c 3} 2}
