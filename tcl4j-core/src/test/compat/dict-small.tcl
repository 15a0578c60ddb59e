# Small dicts (the flat form of DictMap) growing past 16 keys; shared copies, removals and order.
set d {}
for {set i 0} {$i < 20} {incr i} {
    set before $d
    dict set d k$i $i
    if {$i == 15 || $i == 16 || $i == 17} { puts "before [dict size $before] after [dict size $d] [dict keys $before]" }
}
puts $d
set e $d
dict unset e k3
dict set e k3 again
puts "$e\n$d"
set s {}
foreach k {a b c d e f} { dict set s $k [string toupper $k] }
set t $s
dict unset s c
dict set t c CC
dict incr t n 5
dict append s a x
dict lappend s b y z
puts "$s | $t"
foreach k {a b d} { dict unset s $k }
puts "$s [dict size $s] [dict exists $s e] [dict exists $s a]"
set big {}
for {set i 0} {$i < 40} {incr i} { dict set big $i [expr {$i*$i}] }
for {set i 0} {$i < 40} {incr i 3} { dict unset big $i }
puts [dict size $big]; puts [dict keys $big]
set m [dict merge {a 1 b 2} {b 3 c 4} {a 5}]
puts $m
puts [dict filter $d key k1*]
puts [lsort [dict values [dict map {k v} $s {string tolower $v}]]]
proc cnt {l} { set c [dict create]; foreach w $l { dict incr c $w }; return $c }
puts [cnt {x y x z y x a b c d e f g h i j k l m n o p q}]
