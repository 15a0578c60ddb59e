# Building, walking, sorting and searching lists.

proc build {n} {
    set l {}
    for {set i 0} {$i < $n} {incr i} {
        lappend l [expr {($i * 7919) % 10007}]
    }
    return $l
}

proc walk {l} {
    set s 0
    foreach x $l {
        incr s $x
    }
    set n [llength $l]
    for {set i 0} {$i < $n} {incr i 3} {
        incr s [lindex $l $i]
    }
    return $s
}

proc sortsearch {l} {
    set sorted [lsort -integer $l]
    set hits 0
    for {set i 0} {$i < 2000} {incr i} {
        if {[lsearch -exact -integer -sorted $sorted $i] >= 0} { incr hits }
    }
    return [list $hits [lindex $sorted 0] [lindex $sorted end]]
}

proc splitjoin {n} {
    set total 0
    for {set i 0} {$i < $n} {incr i} {
        set parts [split "a,b,c,$i,d,e" ,]
        set parts [lrange $parts 1 end-1]
        incr total [string length [join $parts ";"]]
    }
    return $total
}

proc nested {n} {
    set rows {}
    for {set i 0} {$i < $n} {incr i} {
        lappend rows [list $i [expr {$i * 2}] name$i]
    }
    set total 0
    foreach row $rows {
        lassign $row a b c
        incr total [expr {$a + $b}]
    }
    return $total
}

set data [build 100000]
bench list-build {llength [build 200000]}
bench list-walk {walk $data}
bench list-sort-search {sortsearch $data}
bench split-join {splitjoin 50000}
bench list-nested {nested 100000}
