# foreach/lmap/for with break/continue, subst options and codes, switch forms, string index edges, script syntax errors (no error code).
proc e {script} { set r [catch {uplevel 1 $script} m o]; if {$r == 1} { puts "ERR $m / [dict get $o -errorcode]" } elseif {$r} { puts "CODE $r <$m>" } else { puts "OK <$m>" } }
e {foreach {a b} {1 2 3} c {x y z w} { puts "$a $b $c" }}
e {foreach a {} b {} {puts x}}
e {foreach {} {1 2} {puts x}}
e {foreach a {1 2} {}}
e {foreach a "\{" {}}
e {lmap a {1 2 3 4} { if {$a == 2} continue; if {$a == 4} break; set a }}
e {lmap {a b} {1 2 3} {list $a $b}}
e {lmap a {1 2} b {x} {list $a $b}}
e {lmap a {1 2} {return -code 5 x}}
e {proc lm {} { lmap a {1 2} { return early } }; lm}
e {foreach a {1 2 3} { if {$a == 2} { continue }; lappend r $a }; set r}
e {set i 0; while {$i < 5} { incr i; if {$i == 3} break }; set i}
e {for {set i 0} {$i < 3} {incr i} { if {$i == 1} continue; lappend rr $i }; set rr}
e {for {set i 0} {$i < 3} {incr i; break} { lappend r2 $i }; set r2}
# subst
set v val
e {subst {$v [string length abc] \t}}
e {subst -nobackslashes {$v [string length abc] \t}}
e {subst -nocommands {$v [string length abc] \t}}
e {subst -novariables {$v [string length abc] \t}}
e {subst {a [break] b}}
e {subst {a [continue] b [set v]}}
e {subst {a [return ret] b}}
e {subst {a [return -code 7 seven] b}}
e {subst {a [error boom] b}}
e {subst -bogus x}
e {subst}
e {subst {$nosuchvar}}
e {subst {a$v(x)}}
array set arr {k AV}
e {subst {$arr(k) $arr([string index k 0])}}
e {subst -nocommands {$arr([string index k 0])}}
e {subst {[}}
e {subst {\x41\u0042\103}}
# switch
e {switch abc {a* {list glob} abc {list exact}}}
e {switch -glob abc {a* {list glob} abc {list exact}}}
e {switch -regexp abc {^a.c$ {list re} default {list def}}}
e {switch -exact -- -x {-x {list dash}}}
e {switch x {a - b {list ab} x - y {list xy} default {list d}}}
e {switch z {a - b {list ab} x - y {list xy}}}
e {switch x {a - x -}}
e {switch x {a {list a} default}}
e {switch x a {list a} x {list X}}
e {switch -regexp -matchvar m -indexvar ix abcd {b(c) {list $m $ix}}}
e {switch -matchvar m abcd {b {}}}
e {switch -nocase ABC {abc {list nocase}}}
e {switch -glob -nocase ABC {a* {list g}}}
e {switch -bogus x {}}
e {switch x}
e {switch x {}}
e {switch -- default {default {list d}}}
e {switch x {default {list d} x {list x}}}
e {switch x {a {list a}} extra}
e {proc sw {} { switch x { x { return fromswitch } }; return after }; sw}
e {foreach i {1 2 3} { switch $i { 2 continue 3 break }; lappend sr $i }; set sr}
# string range/first/last/replace/map
set s abcdef
foreach {i j} {0 end end-1 end 2 1 -5 2 4 100 end+1 end+2 end-10 end-8 1e0 2 0x1 2 1+1 end-1-0 end} {
    e [list string range $s $i $j]
}
e {string first cd abcdcd}
e {string first cd abcdcd 3}
e {string first cd abcdcd end-2}
e {string first cd abcdcd -5}
e {string first "" abc}
e {string last cd abcdcd}
e {string last cd abcdcd 3}
e {string last cd abcdcd end-1}
e {string last cd abcdcd 100}
e {string replace abcdef 1 2 XY}
e {string replace abcdef 4 1 XY}
e {string replace abcdef -1 0 XY}
e {string replace abcdef end end}
e {string replace abcdef end+1 end+2 XY}
e {string replace abcdef 2 100}
e {string map {a 1 ab 2} aabab}
e {string map {ab 2 a 1} aabab}
e {string map -nocase {A x} aAa}
e {string map {"" x a y} aaa}
e {string map {a} abc}
e {string map {} abc}
e {string index abc end+1}
e {string index abc -1}
e {string index abc end-3}
e {string index abc 1.5}
e {string index abc end-x}
e {string range abc 0 end--1}
set s1 {a[set x "b}
set s2 "\${"
set s3 {$x(}
foreach s [list $s1 $s2 $s3] { catch {subst $s} m o; puts "$m / [dict get $o -errorcode]" }
catch {switch x {}} m o; puts "$m [dict get $o -errorcode]"
catch {switch -glob x {}} m o; puts "$m [dict get $o -errorcode]"
catch {subst {a[eval "\{"]}} m o; puts "$m [dict get $o -errorcode]"
catch {eval "\{"} m o; puts "$m [dict get $o -errorcode]"
catch {eval {set x "a}} m o; puts "$m [dict get $o -errorcode]"
catch {eval {set x [}} m o; puts "$m [dict get $o -errorcode]"
proc p {} { eval {set x "a} }
catch p m o; puts "$m [dict get $o -errorcode]"
catch {uplevel #0 {set x {a}b}} m o; puts "$m [dict get $o -errorcode]"
catch {expr {1 +}} m o; puts "$m [dict get $o -errorcode]"
catch {list [} m o; puts "$m [dict get $o -errorcode]"

proc e {script} { set r [catch {uplevel 1 $script} m o]; if {$r == 1} { puts "ERR $m / [dict get $o -errorcode]" } elseif {$r} { puts "CODE $r <$m>" } else { puts "OK <$m>" } }
set v V
e {subst {a[set v]b[break]c$v}}
e {subst {a[list [continue] x]b}}
e {subst {a[if 1 break]b}}
e {subst {x\
y}}
e {subst -nobackslashes {x\
y}}
e {subst {[return -level 0 -code break]rest}}
e {proc sp {} { subst {a[return inproc]b} }; sp}
e {subst {$v([set v])}}
e {subst {${v}x}}
e {subst {$::v}}
e {subst {$}}
e {subst {a$}}
e {subst {[]}}
e {subst {[;]}}
e {switch -regexp -matchvar mv -indexvar iv xyz {^a {} default {list $mv $iv}}}
e {switch -regexp -matchvar mv abc {(x)?b {list $mv}}}
e {switch -regexp -indexvar iv abc {(x)?b {list $iv}}}
e {switch -regexp {} {^$ {list empty}}}
e {switch -glob {a[b} {a\[b {list esc}}}
e {switch -exact -nocase ABC abc {list exactnocase}}
e {switch -regexp -nocase ABC {^abc$ {list renocase}}}
e {switch -regexp abc {[ {list bad}}}
