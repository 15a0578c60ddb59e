# Procedure calls: small procs with arguments, defaults, upvar and recursion.

proc add {a b} { return [expr {$a + $b}] }
proc add3 {a {b 1} {c 2}} { expr {$a + $b + $c} }
proc bump {varName} { upvar 1 $varName v; incr v }
proc sum_args {args} {
    set s 0
    foreach a $args { incr s $a }
    return $s
}

proc calls {n} {
    set s 0
    for {set i 0} {$i < $n} {incr i} {
        set s [add $s $i]
        set s [add3 $s]
        bump s
        set s [sum_args $s 1 2 3]
    }
    return $s
}

proc fib {n} {
    if {$n < 2} {
        return $n
    }
    return [expr {[fib [expr {$n - 1}]] + [fib [expr {$n - 2}]]}]
}

proc ackermann {m n} {
    if {$m == 0} { return [expr {$n + 1}] }
    if {$n == 0} { return [ackermann [expr {$m - 1}] 1] }
    return [ackermann [expr {$m - 1}] [ackermann $m [expr {$n - 1}]]]
}

bench proc-calls {calls 30000}
bench fib-25 {fib 25}
bench ackermann-2-300 {ackermann 2 300}
