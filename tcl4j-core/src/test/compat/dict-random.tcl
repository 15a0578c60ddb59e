# Random interleavings of dict updates, reads and copies (about 20 keys: small dicts grow into tries); every snapshot must stay as it was.
set seed 12345
proc rnd {} {
    global seed
    set seed [expr {($seed * 1103515245 + 12345) % 2147483648}]
    return [expr {$seed >> 8}]
}
proc step {dname snapsName i} {
    upvar 1 $dname d $snapsName snaps
    set k k[expr {[rnd] % 7}]
    switch [expr {[rnd] % 12}] {
        0 { dict incr d $k }
        1 { dict set d $k [rnd] }
        2 { dict unset d $k }
        3 { dict lappend d L$k $i }
        4 { dict append d S$k x }
        5 { lappend snaps $d }
        6 { set r [dict incr d $k]; lappend snaps $r }
        7 { foreach j {1 2} { dict incr d $k } }
        8 { if {[rnd] % 2} { dict set d n $k $i } else { dict incr d $k 2 } }
        9 { set copy $d; dict incr d $k; lappend snaps $copy }
        10 { dict update d $k v { set v 0 } }
        11 { dict with d {}; dict set d w $i }
    }
}
proc stress {n} {
    set d {}
    set snaps {}
    for {set i 0} {$i < $n} {incr i} {
        step d snaps $i
        if {$i % 3 == 0} { foreach j {1} { step d snaps $i } }
    }
    lappend snaps $d
    return $snaps
}
set all [stress 4000]
puts [llength $all]
puts [zlib crc32 [join $all \n]]
puts [lindex $all end]
