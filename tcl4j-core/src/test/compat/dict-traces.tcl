# Variable traces seen by dict and array commands: read and write traces
# fire once per access, array get reads every element through its traces.
proc tr {args} { puts "trace: $args" }
array set a {x 1 y 2}
trace add variable a read tr
puts [array get a]
puts [array names a]
puts [array size a]
set a(x)
trace add variable a(y) read tr
puts [array get a]
proc chg {n1 n2 op} { upvar 1 $n1 arr; set arr($n2) changed }
array set b {x 1}
trace add variable b read chg
puts [array get b]
proc del {n1 n2 op} { upvar 1 $n1 arr; unset arr($n2) }
array set c {x 1 y 2}
trace add variable c(x) read del
puts [array get c]
set l {a b c}
trace add variable l read tr
trace add variable l write tr
lset l 0 x
dict set d k v
trace add variable d {read write} tr
dict set d k2 v2
dict get $d k
trace add variable d read tr
dict set d a b
puts [info exists d]
proc mk {n1 n2 op} { upvar 1 $n1 v; set v {z 9} }
trace add variable e read mk
dict set e a b
puts $e
trace add variable f read tr
catch {dict incr f a}; catch {dict append f a x}; catch {dict lappend f a x}; catch {dict unset f a}
puts $f
trace add variable g {read write} tr
set g {a 1}
dict update g a x {set x 2}
dict with g {set a 3}
