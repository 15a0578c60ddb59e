# lset: flat and nested positions, index lists, appending with end+1, and
# the value stays shared with nothing else (copy on write).
proc t {script} {
    set r [catch {uplevel 1 $script} m]
    if {$r} {
        puts "[list $script] -> $r [list $m] [list $::errorCode]"
    } else {
        puts "[list $script] -> $r [list $m]"
    }
}
set bad "a \{b"
t {set x {a b c}; lset x 3 d}
t {set x {a b c}; lset x 4 d}
t {set x {a b c}; lset x -1 d}
t {set x {a b c}; lset x end+1 d}
t {set x {a b c}; lset x end d}
t {set x {a b c}; lset x end-2 d}
t {set x {a {b c}}; lset x 1 2 d}
t {set x {a {b c}}; lset x 1 3 d}
t {set x {a {b c}}; lset x {1 0} d}
t {set x {a {b c}}; lset x {1 end+1} d}
t {set x {a {b c}}; lset x {} d}
t {set x {a {b c}}; lset x d}
t {set x {a {b c}}; lset x 0 0 0 d}
t {set x {a {b c}}; lset x 0 1 d}
t {set x {}; lset x 0 a}
t {set x {}; lset x 0 0 a}
t {set x {}; lset x end a}
t {unset -nocomplain y; lset y 0 a}
t {set x $bad; lset x 0 a}
t {set x {a b}; lset x 0 {b c}; lset x 0 1 5}
t {lset}
t {lset x}
t {set x {a b}; lset x bad q}
t {set x {a b}; lset x {0 bad} q}
t {set x {a b}; lset x 0 bad q}
t {set x {a b}; lset x 5 bad q}
t {set x {a b}; lset x 1+0 q}
t {set x {a b}; lset x " 1" q}
t {set x {a b}; lset x { end} q}
t {set x {{a b} {c d}}; lset x end end Z}
t {set x {{a b} {c d}}; lset x end end+1 Z}
t {set x {{a b} {c d}}; lset x end+1 end+1 Z}
t {set x {{a b} {c d}}; lset x end+1 0 Z}
# copy on write: another variable holding the same value is not changed
set a {1 2 3}
set b $a
lset a 0 x
puts "$a | $b"
set a {{1 2} {3 4}}
set b $a
set c [lindex $a 1]
lset a 1 0 x
puts "$a | $b | $c"
# lset of an array element
set arr(k) {p q r}
lset arr(k) 1 Q
puts $arr(k)
# building a list with lset end+1
set l {}
foreach i {1 2 3 4 5} { lset l end+1 $i }
puts $l
foreach i {0 1 2 3 4} { lset l $i [list $i $i] }
puts $l
foreach i {0 1 2 3 4} { lset l $i end+1 z }
puts $l
