# String building and string operations.

proc build {n} {
    set s ""
    for {set i 0} {$i < $n} {incr i} {
        append s "item $i, "
    }
    return [string length $s]
}

proc ops {n} {
    set text [string repeat "The quick brown fox jumps over the lazy dog. " 20]
    set count 0
    for {set i 0} {$i < $n} {incr i} {
        set up [string toupper $text]
        incr count [string first "LAZY" $up]
        incr count [string length [string map {fox cat dog cow} $text]]
        incr count [string compare [string range $text 4 8] quick]
        if {[string match "*jumps*" $text]} { incr count }
        incr count [string length [string trim "  $i  "]]
    }
    return $count
}

proc fmt {n} {
    set total 0
    for {set i 0} {$i < $n} {incr i} {
        incr total [string length [format "%5d|%-8s|%.3f|%x" $i name$i [expr {$i / 7.0}] $i]]
    }
    return $total
}

proc chars {n} {
    set s [string repeat abcdefghij [expr {$n / 10}]]
    set vowels 0
    set len [string length $s]
    for {set i 0} {$i < $len} {incr i} {
        set c [string index $s $i]
        if {$c eq "a" || $c eq "e" || $c eq "i"} { incr vowels }
    }
    return $vowels
}

bench string-append {build 200000}
bench string-ops {ops 2000}
bench format {fmt 20000}
bench string-index {chars 300000}
