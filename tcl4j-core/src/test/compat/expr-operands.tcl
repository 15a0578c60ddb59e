# Operands of expr: variables, array elements, quoted and braced strings,
# command substitution, boolean words, string comparison, and how the result
# of an expression that is a single operand is normalized.
proc t {ex} {
    if {[catch {uplevel 1 "expr {$ex}"} m]} {
        puts "$ex => ERR {$m} {$::errorCode}"
    } else {
        puts "$ex => $m"
    }
}

set x 0x10; set n NaN; set s " 12 "; set d 1.50; set b yes; set arr(a,b) 5; set i a; set e ""
set long abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij
set arr(k) 7; set k k; set arr() empty; set ::g 42; set num 17
puts "--- variables and substitutions"
foreach ex {
    {"0x10"} {$x} {$n} {$s} {$d} {$b} {$arr(a,b)} {$arr($i,b)} {${x}} {$x + 0} {$s + 0} {{abc}}
    {"a b"} {[set x]} {[set x]+1} {"[set x]y"} {$undefined} {$arr} {$x(1)} {$arr($k)}
    {$arr([set k])} {$arr(k) * 2} {${arr(k)}} {$arr()} {$::g} {$::g + 1} {"$num$num"} {"\x41\u0042"}
    {"a\tb"} {{a\tb}} {"$x"} {"${x}"} {"[set num]" + 1} {"$arr(k)" * 2} {"\$x"} {"\[set x\]"}
    {$long && 1} {"$long" + 1} {$long(1)} {[set num] == 17} {[set num]} {"[set num]" eq "17"}
    {"1 + 2"} {{1 + 2}} {"a[set num]b"} {"a$arr($k)b"} {$e} {$e eq ""} {$e == ""} {$b || 0}
    {"" eq ""} {{} == {}} {"$s" == 12} {"$s" eq "12"} {$d eq 1.5} {$d == 1.5} {"a" . "b"}
} { t $ex }

puts "--- results are normalized when they look like numbers"
foreach ex {
    {1.50} {0x1F} {"0x10"} {{0x10}} {"1e2"} {" 5 "} {"-0"} {"-0.0"} {+"-0.0"} {-0} {-0.0}
    {1 ? "0x10" : 0} {1 ? {abc} : 0} {[set x 1.50]} {"1.50"} {{1.50}} {-"1.50"} {+"1.50"}
    {+"0x10"} {+1.50} {1 && "1.50"} {"abc"} {"yes"} {true} {"0o17"} {"0b11"} {017} {"017"}
    {"1_0"} {"inf"} {"-Infinity"} {"1e400"} {"00"} {"+5"} {"5 "} {"5 5"} {"1.0e0"} {1e0}
} { t $ex }

puts "--- comparison of numbers and strings"
foreach ex {
    {"abc" < "abd"} {"10" < "9"} {"10" < "9a"} {1 == 1.0} {"a" eq "a"} {1 eq 1.0} {"a" in {a b c}}
    {"d" ni {a b c}} {1 == "1.0"} {"abc" == "abc"} {"abc" != "abd"} {"1e2" == 100} {0x10 == 16}
    {"" == ""} {"" < 1} {1 <= 1.0} {2 > 10} {"2" > "10"} {{2} > {10}} {"2a" > "10"} {1.50 eq 1.5}
    {0x10 eq 16} {0x10 eq "0x10"} {1e2 eq "1e2"} {1.50 + 0 eq 1.5} {"NaN" == "NaN"}
    {"NaN" != "NaN"} {NaN < 1} {9007199254740993 == 9007199254740992.0}
    {9007199254740993 > 9007199254740992.0} {2**70 == 2.0**70} {2**70+1 > 2.0**70}
    {-2**70-1 < -2.0**70} {2**1100 > 1e308} {2**1100 < Inf} {1 < 2.0} {1.0 < 2} {(2**70) < 1.0}
    {(2**70) == (2**70)} {(2**70) eq (2**70)} {10 < 9.5} {9.5 < 10} {"abc" < 1.0} {1.0 < "abc"}
    {1e1000 < 1} {9223372036854775807 < 9223372036854775808.0}
    {9223372036854775807 == 9223372036854775807.0} {9223372036854775807.0 == 9223372036854775808}
    {-9223372036854775808 == -9223372036854775808.0} {-9223372036854775807 > -9223372036854775808.0}
    {9223372036854775806 < 9223372036854775807.0} {9007199254740993 < 9007199254740994.0}
    {-9007199254740993 > -9007199254740994.0} {2**63 > 9223372036854775807.0} {-(2**63) < -9.3e18}
    {1 < 1.5} {2 >= 1.9999999999999998} {"a" < "B"} {"é" > "z"} {"abc" < "abcd"} {"" < "a"}
    {"1 2" in {{1 2} 3}} {1 in 1} {[set x] eq "0x10"} {[set x] == 16} {"x" in {}} {"" in {{}}}
    {"" ni {a}} {1 in {01 1.0}} {"a b" in "a b"} {$x in $x}
    {"yes" == "yes"} {"yes" == 1} {true == 1} {"1" eq 1} {1 != 1.0} {"a" ne "b"} {1 ne 1.0}
} { t $ex }

puts "--- logical operators and booleans"
foreach ex {
    {true && false} {yes || 0} {!no} {"x" && 1} {1 ? 2 : 3} {0 ? [error x] : 3} {1&&""} {0&&"x"}
    {1||"x"} {0||"x"} {0 || 1.5} {1 && NaN} {"" ? 1 : 2} {"x" ? 1 : 2} {0 && 1/0} {1 || 1/0}
    {"08" && 1} {"08" ? 1 : 0} {!"08"} {1 || "08"} {0 || "0o9"} {!"no"} {!"off"} {!"On"}
    {"TRUE" && "Yes"} {"tr" && 1} {"t" || 0} {"of" || 0} {"o" || 0} {"n" || "y"} {(2**70) && 1}
    {(2**70) ? 3 : 4} {!(2**70)} {0.0 || 0} {-0.0 && 1} {1e-300 && 1} {$b ? "yes" : "no"}
    {[set num] > 10 && [set num] < 20} {0 ? 1 : 0 ? 2 : 3} {"0x0" || 0} {" 1 " && 1}
} { t $ex }

puts "--- laziness: && || ?: evaluate only what they need"
set count 0
proc bump {} { incr ::count; return 1 }
puts [expr {0 && [bump]}]:$count
puts [expr {1 || [bump]}]:$count
puts [expr {1 ? 5 : [bump]}]:$count
puts [expr {0 ? [bump] : 6}]:$count
puts [expr {1 && [bump]}]:$count
puts [expr {[bump] + [bump] * [bump]}]:$count

puts "--- expr with several arguments joins them"
puts [expr 1 + 2]
puts [expr {1 +} 2]
puts [expr "1 " " + " 3]
puts [expr 2 * {3 + 4}]
puts [expr {} 1 {} + {} 2]
puts [catch {expr {"a"} eq a} m]:$m
puts [catch {expr} m]:$m:$::errorCode
puts [catch {expr {}} m]:$m:$::errorCode
set op *
puts [expr 6 $op 7]
foreach v {1 2 3} { puts [expr $v * $v] }
set a 3; set bb 4
puts [expr $a*$bb+1]
puts [expr {$a*$bb+1}]
puts [expr "\$a*\$bb"]

puts "--- conditions of if, while and for"
foreach c {{NaN} {""} {"abc"} {"yes"} {1.5} {0.0} {2**70} {" 1 "} {"0x0"} {"08"} {"no" || 0}} {
    if {[catch {uplevel 1 "if {$c} {set r then} else {set r else}"} m]} {
        puts "if $c => ERR {$m} {$::errorCode}"
    } else {
        puts "if $c => $m"
    }
}
set n NaN
puts [catch {if {$n} {}} m]:$m:$::errorCode
puts [catch {while {"x"} {}} m]:$m
set i 0
while {$i < 5} { incr i }
puts i=$i
for {set j 10} {$j > 0} {set j [expr {$j - 3}]} { puts -nonewline "$j " }
puts ""
set cond {$i == 5}
if $cond { puts "cond from a variable" }
set one 1
if $one { puts "a number as condition" }
if 0 { puts never } elseif {$i >= 5} { puts elseif }

puts "--- command substitution with break/continue/return"
foreach v {1 2 3 4} {
    set r [expr {$v == 2 ? [continue] : $v}]
    puts r=$r
}
for {set v 0} {$v < 10} {incr v} {
    expr {$v > 2 ? [break] : 0}
}
puts v=$v
proc early {} { expr {[return early-value] + 1}; return late }
puts [early]
