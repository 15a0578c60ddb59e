# List indices as lindex/lrange read them: integers, end-relative, M+N sums,
# whitespace, octal and 32-bit wrapping, with tclsh's error messages.
proc t {script} {
    set r [catch {uplevel 1 $script} m]
    if {$r} {
        puts "[list $script] -> $r [list $m] [list $::errorCode]"
    } else {
        puts "[list $script] -> $r [list $m]"
    }
}
set idx {0 1 end end-1 end+1 end--1 1+1 2-1 " 1" "1 " 0x1 0b1 0o1 01 010 1.0 end-0x1 {end - 1}
    end-+1 +1 -1 1e0 99999999999999999999 -99999999999999999999 end-99999999999999999999 "" x end1
    e en 1+ +1+1 1++1 1--1 " end" "end " " 1 + 1" "1+ 1" 1_000 4294967296 2147483648 2147483647
    -2147483649 9223372036854775807 9223372036854775808 end-2147483648 end+2147483647 end-4294967296
    " 1+1" "1+1 " "end-1 " " end-1" e-1 en+1 0x10-0x1 1-0x2 "- 1" "+ 1" +-1 end- end+ 1- "\t1\n"
    2147483647+1 -2147483648-1 9223372036854775807+1 end-9223372036854775807 end-9223372036854775808
    0d5 "1 +1" 5-10 08 0x 1e end-08 08+1 1+08 4294967295+0 -4294967295 4294967295 -4294967296 end-010
    "end-1\n" "end- 1" "end+ 1" "1-\t1" 0+ -0 " +3" end-1-1 1+1+1 end-0b11 0b11+0o7 true {{1}} {1 2}}
foreach i $idx {
    puts "[list $i] -> [catch {lindex {a b c d e f g h i j k} $i} m] [list $m] |\
        [catch {lrange {a b c d e f g h i j k} $i end} m] [list $m]"
}
# integers computed by expr-free means keep their integer form
set n [llength {a b c}]
puts [lindex {a b c d} $n]
incr n -4
puts [list [lindex {a b c d} $n]]
t {lindex {a b} 5 x}
t {lindex {a b} 5 0}
t {lindex {a {b c}} 1 {0 0}}
t {lindex {a {b c}} {1 0}}
t {lindex {a {b c}} {1 0} 0}
t {lindex {a {b "c}} 1 0}
t {lindex {a {b "c}} 0 0}
set bad "a \{b"
t {lindex $bad}
t {lindex $bad 0}
t {lindex}
t {lindex {a b c} {}}
t {lindex {a b c} {} {}}
t {lindex {{a b} {c {d e}}} 1 1 0}
t {lindex {{a b} {c {d e}}} {1 1 0}}
t {lindex {{a b} {c {d e}}} end end end}
t {lindex {{a b} {c {d e}}} 1 end-1}
t {lindex [list a b [list c d]] end 0}
