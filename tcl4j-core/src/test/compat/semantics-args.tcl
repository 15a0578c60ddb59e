# control-structure and proc/apply argument errors with error codes and -errorline.
proc e {script} { set r [catch {uplevel 1 $script} m o]; if {$r == 1} { puts "ERR $m / [dict get $o -errorcode] @[dict get $o -errorline]" } elseif {$r} { puts "CODE $r <$m>" } else { puts "OK <$m>" } }
e {dict for {k v} {a 1 b 2 c 3} { if {$k eq "b"} continue; lappend r $k }; set r}
e {dict for {k v} {a 1 b 2 c 3} { if {$k eq "b"} break; lappend r2 $k }; set r2}
e {dict for {k v} {a 1} { return -code 6 x }}
e {dict for {k} {a 1} {}}
e {dict for {k v} {a 1 b} {}}
e {set d {a 1}; dict with d { set a 5; break }; set d}
e {set d {a 1}; dict update d a x { set x 9; continue }; set d}
e {if 0 {} elseif 1 {list yes}}
e {if 0 {} else}
e {if}
e {if 1}
e {if 1 then}
e {if {} {}}
e {if x {}}
e {if 0 {} elseif}
e {if 0 {} bogus {}}
e {while}
e {while 1}
e {while x {}}
e {set i 0; while {$i < 3} { incr i }}
e {for}
e {for {} {} {}}
e {for {set i 0} {$i < 2} {incr i} {}}
e {foreach}
e {foreach x}
e {foreach x {1} {} extra}
e {foreach {x y} {1 2 3 4} {}}
e {lmap}
e {incr nosuchvar_i}
e {set s abc; incr s}
e {set n 1; incr n 1.5}
e {proc}
e {proc p1 {a {b}} {}; p1}
e {proc p2 {{}} {}}
e {proc p3 {{a b c}} {}}
e {proc p4 {a::b} {}}
e {proc p5 {a(1)} {}}
e {proc p6 {args a} {}; info args p6}
e {proc p7 {args {a 1}} {list $args $a}; p7 1 2}
e {proc nons::p8 {} {}}
e {apply {{args} {set args}} 1 2}
e {apply {{a args} {list $a $args}}}
e {proc p9 {a {b 1} args} {}; p9}
e {proc p10 {{a 1} b} {}; p10}
e {eval}
e {eval {}}
e {eval list a {b c}}
e {uplevel 1}
e {error}
e {error a b c d}
e {return -level 0 -code error}
e {break}
e {continue}
catch {apply {{a(1)} {}}} m o; puts "$m [dict get $o -errorcode]"; catch {proc ::a::b::c {} {}} m o; puts "$m [dict get $o -errorcode]"
