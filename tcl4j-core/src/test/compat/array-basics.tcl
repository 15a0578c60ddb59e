# array: every subcommand, searches, undefined (upvar'd) elements, and
# tclsh's messages. Names come out in tclsh's hash-table order.
proc t {script} {
    set r [catch {uplevel 1 $script} m]
    if {$r} {
        puts "[list $script] -> $r [list $m] [list $::errorCode]"
    } else {
        puts "[list $script] -> $r [list $m]"
    }
}
t {array}
t {array foo}
t {array foo x}
t {array a x}
t {array s x}
t {array st x}
t {array exists}
t {array exists x y}
t {array exists nosuch}
t {set sc 1; array exists sc}
t {array set a1 {x 1 y 2}; array exists a1}
t {array names}
t {array names a1}
t {array names a1 x}
t {array names a1 -glob x*}
t {array names a1 -exact x}
t {array names a1 -regexp ^x}
t {array names a1 -foo x}
t {array names a1 -exact}
t {array names a1 -exact x y}
t {array names nosuch}
t {array names sc}
t {array names a1 -glob}
t {array get}
t {array get a1}
t {array get a1 x}
t {array get a1 x y}
t {array get nosuch}
t {array get sc}
t {array size}
t {array size a1}
t {array size nosuch}
t {array size sc}
t {array size a1 x}
t {array set}
t {array set a2}
t {array set a2 {x}}
t {array set a2 {x 1 y}}
t {array set a2 "x \{"}
t {array set sc {x 1}}
t {array set a2 {}}
t {array exists a2}
t {array set a3 {x 1 x 2}; array get a3}
t {array set a4(x) {y 1}}
t {array unset}
t {array unset nosuch}
t {array unset sc}
t {array unset a1 x}
t {array get a1}
t {array unset a1}
t {array exists a1}
t {array unset a3 nomatch}
t {array unset a3 x y}
t {array statistics}
t {array statistics nosuch}
t {array statistics sc}
t {array set a5 {a 1 b 2}; array statistics a5}
t {array set a6 {}; array statistics a6}
t {array startsearch}
t {array startsearch nosuch}
t {array startsearch sc}
t {array startsearch a5}
t {array startsearch a5}
t {array nextelement a5 s-1-a5}
t {array nextelement a5 s-1-a5}
t {array nextelement a5 s-1-a5}
t {array anymore a5 s-1-a5}
t {array anymore a5 s-2-a5}
t {array donesearch a5 s-2-a5}
t {array donesearch a5 s-2-a5}
t {array anymore a5 s-9-a5}
t {array anymore a5 x}
t {array anymore a5 s-1-b5}
t {array anymore a5 s-x-a5}
t {array anymore a5 s-1}
t {array nextelement nosuch s-1-nosuch}
t {array anymore}
t {array nextelement}
t {array donesearch}
t {set s [array startsearch a5]; array set a5 {c 3}; array nextelement a5 $s}
t {set s [array startsearch a5]; unset a5(a); array nextelement a5 $s}
t {set s [array startsearch a5]; set a5(b) 9; array nextelement a5 $s}
t {set s [array startsearch a5]}
t {array set a7 {}; set s [array startsearch a7]; list [array anymore a7 $s] [array nextelement a7 $s]}
t {array set sc {}}
t {array set sc {a 1}}
t {array set ::nons::x {a 1}}
t {array set x(y) {}}
t {array exists x}
t {array names x}
t {array size x}
t {array get ::nons::x}
t {array set b {a 1 b 2}; upvar 0 b(c) cc; array names b}
t {array size b}
t {array get b}
t {set cc 5; array names b}
t {array startsearch b}
t {array nextelement b s-1-b}
t {array nextelement b s-1-b}
t {array nextelement b s-1-b}
t {array anymore b s-1-b}
t {array donesearch b s-1-b}
t {array donesearch b s-01-b}
t {array set c {}; array startsearch c}
t {array anymore c s-+1-c}
t {array anymore c s-01-c}
t {array anymore c s-1-c}
t {array anymore ::c s-1-c}
t {array unset b *}
t {array exists b}
t {array set e {a 1 b 2 ab 3}; array unset e a*; array get e}
t {array get e {b}}
t {array names e b*}
t {set ee(1) 1; unset ee(1); array exists ee}
t {set ee(1) 1; unset ee(1); array size ee}
t {array set d [dict create x 1 y 2]; array get d}
proc p {} { array set loc {a 1}; array get loc }
t p
proc q {} { upvar #0 g gg; array set gg {k v}; array names gg }
t q
t {array get g}
t {array names g -exact k}
t {array names g -glob k}
t {array names g -regexp k}
t {array names g -exact}
t {array names g -exact -exact}
t {array set v {a 1}; set v}
t {array set v {a 1}; set v(a)}
t {array set v {a 1}; array set v {b 2 a 3}; array get v}
# hash-table order: growth, removal and re-insertion, non-ASCII names
foreach k {alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma} {
    set greek($k) [llength [split $k {}]]
}
puts [array names greek]
puts [array get greek *a]
unset greek(beta) greek(pi)
set greek(beta) again
puts [array names greek]
array set u [list \u00e9t\u00e9 1 caf\u00e9 2 \u4e2d\u6587 3 a\u0000b 4 "" 5 " " 6]
puts [array names u]
set nums {}
foreach _ [lrepeat 200 _] { lappend nums [llength $nums] }
foreach i $nums { set big(k$i) $i }
puts [array names big]
foreach {i j k} $nums { unset big(k$i) }
foreach i [lrange $nums 0 19] { set big(k5$i) $i }
puts [array names big]
puts [array statistics big]
set sid [array startsearch big]
set seen {}
foreach _ [lrepeat [array size big] _] { lappend seen [array nextelement big $sid] }
puts [array anymore big $sid]
puts [list [array nextelement big $sid]]
array donesearch big $sid
puts [llength [lsort -unique [list $seen [array names big]]]]
# parray prints sorted, aligned elements
array set h {b 2 a 1 c 3}
parray h
parray h a*
parray h {[bc]}
array set h {long_name 5 {with space} x}
parray h
t {parray nosuch}
t {parray}
t {set s 1; parray s}
proc showit {} { array set loc {k v}; parray loc }
showit
array set re {a1 1 a22 2 b3 3 ab 4}
puts [lsort [array names re -regexp {^a\d+$}]]
t {array names re -regexp (}
t {array names re -regexp {[[:digit:]]$}}
