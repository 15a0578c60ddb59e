# Version numbers: syntax, comparison and requirements, as package vcompare
# and package vsatisfies see them (alpha "a" and beta "b" versions included).
proc t {script} {
    set c [catch {uplevel 1 $script} m]
    puts "$script => $c {$m}"
    switch $c 1 {puts "  errorCode: $::errorCode"}
}

puts "-- vcompare"
foreach {a b} {
    1 1.0   1.0 1   1.2 1.10   01 1   1.01 1.1   2a1 2   2b1 2a1   2b1 2.0
    2.0a1 2.0   1 2   10 9   1.2.3 1.2   1.0.0 1.0   0 0.0   1a2 1.2   1b0 1a9
    99999999999999999999 99999999999999999998   1.2a3.4 1   8.6.13 8.6
    00000000000000000000001 1   1.0.0.0.1 1   2a0 1.99999
} {
    puts "$a vs $b: [package vcompare $a $b] [package vcompare $b $a]"
}

puts "-- version syntax"
foreach v {"" x 1. .1 1..2 1a 1a2 1a2b3 1.a2 1a.2 1b0 1ab2 a1 1,2 " 1" "1 " 1e2 1-2 -1 +1
           1.2a3.4 0 007 1.b1 1b 1.2.3.4.5.6.7.8.9 1_0 ١} {
    t [list package vcompare $v 1]
}

puts "-- vsatisfies"
foreach {v r} {
    1.5 1   2.0 1   1.5 1.2   1.1 1.2   2.0 1-   0.5 1-   1.5 1-2   2.0 1-2
    2a0 1-2   1.99 1-2   2 2-2   2.0 2-2   2a1 2-2   1.5 2-1   2.5 2-1   1 2-1
    2a0 1   1a0 1   1a1 1a0   1b0 1a5   8.6 8.5-   8.6 8-9   9.0 8-9   8.6 8.5
    8.6b1 8.6   8.6b1 8.6a1   3 2-3   3.0 3   3 3.0   3 2.9-   3.0a1 3a0   3 3-3.0
    3.0 3-3.0   8.6a0 8.6   8.6a0 8.6a1   1a5 1-2   1a5 1-   0.9 1-   2a2 1-2a3
    2a3 1-2a3   2a4 1-2a3   2b0 1-2a3   1.0 1-1.0   1.0a1 1a1-1a1   1a1 1a1-1a1
    1a2 1a1-1a1   1.0 1.0-1   2 1.5-1.5.0   1.5 1.5-1.5.0   1a0 0-1   1.0a0 0-1
    2.0 1-2.0   2.0a0 1-2.0   2 1-2.0a0   2a0 1-2.0a0   2.0a0 1-2.0a0   2.0a1 1-2.0a0
    1.99 1-2.0a0   1.0a0 1   9.0 8.5-   8.6 8   8.6 9   9 8   1.5 1.5a1   1.5a1 1.5b1
    0 0   0.1 0   1 0   1 0-   0 0-1
} {
    puts "$v satisfies $r: [package vsatisfies $v $r]"
}
puts "any of: [package vsatisfies 1.5 2 1.2] [package vsatisfies 1.5 2 3-] [package vsatisfies 3.1 2 3-]"

puts "-- requirement syntax"
foreach {v r} {1 x 1 1-x 1 1-2-3 x 1 1 "" 1 -2 1 1-- 1 a-1 1 - 1 1-2- x 1-2-3} {
    t [list package vsatisfies $v $r]
}
t {package vsatisfies 1.5}
t {package vsatisfies}
t {package vcompare 1.5}
t {package vcompare 1 2 3}
