# lsort: every option, the stable merge order (-command sees the same
# comparisons as in tclsh), -unique keeping the last duplicate, and errors.
proc t {script} {
    set r [catch {uplevel 1 $script} m]
    if {$r} {
        puts "[list $script] -> $r [list $m] [list $::errorCode]"
    } else {
        puts "[list $script] -> $r [list $m]"
    }
}
t {lsort {c a b}}
t {lsort {}}
t {lsort x}
t {lsort -foo {a b}}
t {lsort -inc {a b}}
t {lsort -in {a b}}
t {lsort}
t {lsort -command}
t {lsort -index}
t {lsort -stride}
t {lsort -stride 1 {a b}}
t {lsort -stride 2 {a b c}}
t {lsort -stride 2 {c 1 a 2 b 3}}
t {lsort -stride 2 -index 1 {c 3 a 2 b 1}}
t {lsort -stride 2 -index 2 {c 3 a 2 b 1}}
t {lsort -stride 2 -index end {c 3 a 2 b 1}}
t {lsort -stride 2 -index {1 0} {c {3 x} a {2 y} b {1 z}}}
t {lsort -stride 2 -indices {c 1 a 2 b 3}}
t {lsort -stride 3 -indices {c 1 a 2 b 3}}
t {lsort -indices {c a b}}
t {lsort -indices -unique {c a b a}}
t {lsort -unique {c a b a}}
t {lsort -unique -nocase {c a A b}}
t {lsort -integer {3 1 x}}
t {lsort -integer {3 1 99999999999999999999999 2}}
t {lsort -integer {3 1 0x10 2}}
t {lsort -integer {10 9 -1 0 007 0b11}}
t {lsort -real {3 1 x}}
t {lsort -real {3 1.5 1e2 2}}
t {lsort -real {1 0x10 2.5 -Inf Inf}}
t {lsort -integer {1 18446744073709551615 -5}}
t {lsort -integer {1 9223372036854775808 -5}}
t {lsort -index 1 {{a 3} {b 1} {c}}}
t {lsort -index 1 {{a 3} {b 1} c}}
t {lsort -index 1 {{a 3} {b 1} {c 2}}}
t {lsort -integer -index 1 {{a x} {b}}}
t {lsort -index end {{a b} {}}}
t {lsort -index end-5 {{a b} {}}}
t {lsort -index {0 1} {{a b} {c d}}}
t {lsort -index {0 1} {{{a b}} {{c}}}}
t {lsort -index 1-2 {{a b}}}
t {lsort -index end+1 {{a b}}}
t {lsort -index {0 -1} {{a b}}}
t {lsort -index 4294967295 {{a b}}}
t {lsort -index -2147483648 {{a b}}}
t {lsort -index end-2147483648 {{a b}}}
t {lsort -index 2147483647 {{a b}}}
t {lsort -index x {a}}
t {lsort -index {} {b a}}
t {lsort -index 5 {b a}}
t {lsort -index 5 {b}}
t {lsort -index 0 -indices {{b 1} {a 2}}}
t {lsort -stride 2 -index -1 {a 1 b 2}}
t {lsort -stride 2 -index {1 5} {a 1 b 2}}
t {lsort -stride 2 -index {} {a 1 b 2}}
t {lsort -stride 4 -index 1 {a 1 b 2}}
t {lsort -stride 2 -decreasing -index 1 -integer {a 1 b 2 c 3}}
t {lsort -stride 2 -unique {a 1 a 2 b 3}}
t {lsort -stride 2 -unique -indices {a 1 a 2 b 3}}
t {lsort -stride 2 {}}
t {lsort -stride x {}}
t {lsort -stride -1 {}}
t {lsort -command {string compare} {c a b}}
t {lsort -command {error boom} {c a b}}
t {lsort -command nosuchcmd {c a b}}
t {lsort -command {list} {c a b}}
t {lsort -command {string compare}}
t {lsort -command {string compare} -decreasing {a b c}}
t {lsort -dictionary {a10 a9 A9 a09 b B a}}
t {lsort -decreasing {c a b}}
t {lsort -increasing -decreasing {c a b}}
t {lsort -decreasing -increasing {c a b}}
t {lsort -unique -decreasing {a b a c}}
t {lsort -unique -indices -decreasing {a b a c}}
t {lsort -nocase {b A a B}}
t {lsort -ascii {b A a B}}
t {lsort -dictionary -nocase {b A a B}}
t {lsort {{b 1} "a \{"}}
t {lsort "b \{"}
t {lsort -real {3 NaN 1}}
t {lsort -dictionary {x10y x9y x09y x009y x9 x10 x1.5 x1.25 a-1 a-2 A1 a1 a01 a001 {} Ab aB ab AB 0 00 1 01 abc10def abc9def z Z _ ^ \[ ` \{}}
t {lsort -dictionary {a1b a01b a1c a01c a001b}}
t {lsort -dictionary {ab1 aB1 Ab1 AB1 ab01 Ab01}}
t {lsort -dictionary {a0 a00 a000 a0a a00a 10 9 010 9a 10a 1 0x}}
t {lsort -dictionary {\u00c9 \u00e9 e E f}}
t {lsort -nocase {\u00c9 \u00e9 e E f}}
t {lsort {\u00c9 \u00e9 e E f}}
t {lsort -unique {b a b a c}}
t {lsort -unique -integer {3 03 0x3 1}}
t {lsort -integer -unique -indices {3 03 0x3 1}}
# comparisons reach the -command in tclsh's merge order
set log {}
proc cmp {a b} { lappend ::log "$a$b"; string compare $a $b }
puts [lsort -command cmp {h g f e d c b a i j k}]
puts $log
set log {}
puts [lsort -command cmp -unique {b a b c a d e d}]
puts $log
proc cmp {a b} { return 0x10 }
t {lsort -command cmp {c a b}}
proc cmp {a b} { return 1.0 }
t {lsort -command cmp {c a b}}
proc cmp {a b} { return 5000000000 }
t {lsort -command cmp {c a b}}
proc cmp {a b} { return -4294967295 }
t {lsort -command cmp {c a b}}
catch {lsort -command {error boom} {c a b}} m o; puts [dict get $o -errorinfo]
catch {lsort -command cmp2 {c a b}} m o; puts [dict get $o -errorinfo]
proc cmp3 {a b} {list}
catch {lsort -command cmp3 {c a b}} m o; puts [dict get $o -errorinfo]
# a larger sort is stable
set l {}
foreach i {5 3 9 1 3 7 5 0 2 8 6 4 1 9 3} { lappend l [list $i [llength $l]] }
puts [lsort -integer -index 0 $l]
puts [lsort -integer -index 0 -decreasing $l]
proc cmp4 {a b} {
    error "cannot compare $a"
}
catch {lsort -command cmp4 {c a b}} m o; puts [dict get $o -errorinfo]
proc cmp5 {a b} { nosuch $a }
catch {lsort -command cmp5 {c a b}} m o; puts [dict get $o -errorinfo]
catch {lsort -command {cmp5 x} {c a b}} m o; puts [dict get $o -errorinfo]
proc brk {a b} { return -code break }
puts [list [catch {lsort -command brk {c a b}} m] $m]
proc sorter {l} { lsort -command {string compare} $l }
puts [sorter {q w e r t y}]
proc ret {a b} { return -code return stop }
proc early2 {l} { lsort -command ret $l; return notreached }
puts [list [catch {early2 {b a}} m] $m]
