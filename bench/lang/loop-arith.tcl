# Loops with integer and floating-point arithmetic in expr.

proc sum_ints {n} {
    set s 0
    for {set i 0} {$i < $n} {incr i} {
        set s [expr {$s + $i * 3 % 7 - ($i >> 2)}]
    }
    return $s
}

proc sum_floats {n} {
    set x 0.0
    set i 0
    while {$i < $n} {
        set x [expr {$x + sqrt($i) / ($i + 1.0)}]
        incr i
    }
    return [format %.6f $x]
}

proc collatz_steps {limit} {
    set total 0
    for {set n 1} {$n < $limit} {incr n} {
        set m $n
        while {$m != 1} {
            if {$m % 2 == 0} {
                set m [expr {$m / 2}]
            } else {
                set m [expr {3 * $m + 1}]
            }
            incr total
        }
    }
    return $total
}

bench int-loop {sum_ints 300000}
bench float-loop {sum_floats 200000}
bench collatz {collatz_steps 5000}
