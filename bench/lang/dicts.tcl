# Dictionaries and arrays: counting words, updating records.

proc words {n} {
    set vocabulary {alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu}
    set words {}
    for {set i 0} {$i < $n} {incr i} {
        lappend words [lindex $vocabulary [expr {($i * 31) % 12}]]
    }
    return $words
}

proc count_dict {words} {
    set counts [dict create]
    foreach w $words {
        dict incr counts $w
    }
    set total 0
    dict for {w c} $counts {
        incr total [expr {$c * [string length $w]}]
    }
    return $total
}

proc count_array {words} {
    foreach w $words {
        if {[info exists counts($w)]} {
            incr counts($w)
        } else {
            set counts($w) 1
        }
    }
    set total 0
    foreach w [lsort [array names counts]] {
        incr total $counts($w)
    }
    return $total
}

proc records {n} {
    set db [dict create]
    for {set i 0} {$i < $n} {incr i} {
        dict set db $i name "user$i"
        dict set db $i age [expr {$i % 90}]
    }
    set old 0
    dict for {id rec} $db {
        if {[dict get $rec age] > 60} { incr old }
    }
    for {set i 0} {$i < $n} {incr i 2} {
        dict update db $i rec {
            dict set rec age 0
        }
    }
    return [list $old [dict size $db] [dict get $db 2 age]]
}

set text [words 200000]
bench dict-count {count_dict $text}
bench array-count {count_array $text}
bench dict-records {records 20000}
