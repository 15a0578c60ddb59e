# The forms of the test command, and its argument errors.
package require tcltest
namespace import ::tcltest::*
configure -verbose {pass skip}

test form-1 {positional: body result} {set a 1} 1
test form-2 {positional: constraints body result} knownBug {set a 1} 1
test form-3 {positional: constraints body result} unix {set a 1} 1
test form-4 {option form} -body {set a 1} -result 1
test form-5 {nothing at all}
test form-6 {a lone option list} -body

set y 5
set b {set x 6}
set c knownBug
set m glob
test list-1 {list form, substituted} {
    -body {set x 5}
    -result $y
}
test list-2 {list form on one line} {-body {set x 5} -result $y}
test list-3 {list form, braced values are not substituted} {
    -body {set x 5}
    -result {$y}
}
test list-4 {list form, body from a variable} {-body $b -result 6}
test list-5 {list form, constraints} {-body {set x 6} -result 6 -constraints $c}
test list-6 {list form, match} {-body {set x 6} -result 6* -match $m}
test list-7 {list form, quoted} {
    -body {set x 6}
    -result "6"
}
test list-8 {list form} "-body {set x 6} -result {\$b}"
test list-9 {list form} "-body {set x 6}\n-result\t\$b"
test list-10 {list form, empty} {}

foreach codes {broken Error okok ERROR Return 5 -1 {ok error} 0x1 {} {ok OK}} {
    test codes-[list $codes] {return codes} -body {} -returnCodes $codes
}
test last-1 {constraints given twice} -body x -constraints unix -constraints win
configure -match {x-4*}
catch {test nomatch {} -bogus 1} m; puts "nomatch: $m"
catch {test nomatch {} -body x -match bogus} m; puts "nomatch: $m"
catch {test nomatch {} a b c d} m; puts "nomatch: $m"
configure -match *
proc p {} { test proc-1 {in proc} {set a 1} 2 }
p
namespace eval foo {test ns-1 {in ns} {set a 1} 2}
test outer {a test running a test} -body {
    test inner {} -body {set z 1} -result 2
    set q 1
} -result 1
foreach k {Total Passed Skipped Failed} {puts "$k $::tcltest::numTests($k)"}
cleanupTests

# Bad arguments are errors of the test command. (After unpaired options,
# Tcl's tcltest no longer counts the tests that follow.)
foreach args {
    {} {a} {a b c} {a b c d e f} {a b -foo c} {a b -body x -match foo}
    {a b -body x -match bogus} {a b -bo x} {a b -body x -result}
    {a b {-body x -result y} z} {a b {c}}
} {
    if {[catch {test {*}$args} msg]} {
	puts "ERR [list $args]: $msg"
    } else {
	puts "OK [list $args]: [list $msg]"
    }
}
configure -verbose {pass skip}
test after-1 {counted?} {} {}
cleanupTests
