# Every kind of failure report, with the default -verbose {body error}.
package require tcltest
namespace import ::tcltest::*

test pass-1 {a passing test prints nothing} {expr {1 + 1}} 2
test result-1 {wrong result} {expr {1 + 1}} 3
test result-2 {multi-line result} -body {format "a\nb"} -result "a\nc"
test result-3 {body on several lines} -body {
    set x 1
    expr {$x + 1}
} -result 3
test error-1 {unexpected error} -body {error boom} -result x
test error-2 {error in a nested proc} -body {
    proc failing {} {error "deep trouble" {} {APP DEEP}}
    failing
} -cleanup {rename failing {}} -result x
test code-1 {return -code break is seen as return} -body {return -code break} -result {}
test code-2 {break expected but return seen} -body {return -code break} -returnCodes break
test code-3 {continue} -body {continue} -result {}
test code-4 {custom code} -body {return -level 0 -code 7 xx} -result xx
test code-5 {custom code expected} -body {return -level 0 -code 7 xx} -returnCodes 7 -result xx
test code-6 {completed normally, error expected} -body {set a 1} -returnCodes error -result 1
test code-7 {return codes by name} -body {error msg} -returnCodes {ok 2} -result msg
test code-8 {expected error} -body {error message} -returnCodes error -result message
test errorcode-1 {errorCode mismatch} -body {error msg {} {A B}} -returnCodes error -errorCode {C*} -result msg
test errorcode-2 {result and errorCode mismatch} -body {error x} -returnCodes error -errorCode FOO -result y
test errorcode-3 {-errorCode implies error} -body {set x 1} -errorCode {A *} -result 1
test errorcode-4 {errorCode match} -body {throw {A B} msg} -errorCode {A *} -result msg
test setup-1 {setup error} -setup {error setupfail} -body {format abc} -result abc
test setup-2 {setup break} -setup {break} -body {set a 1} -result 1
test setup-3 {setup return} -setup {return 5} -body {set a 1} -result 1
test cleanup-1 {cleanup error} -cleanup {error cleanupfail} -body {format abc} -result abc
test cleanup-2 {setup and cleanup} -setup {continue} -cleanup {break} -body {set a 1} -result 1
test cleanup-3 {everything fails} -setup {error s} -body {error x} -cleanup {error c} -result y
test empty-1 {empty body, wrong result} -body {} -result x
test glob-1 {glob} -body {format abc} -match glob -result a*d
test regexp-1 {regexp} -body {format abc} -match regexp -result {^b}
test regexp-2 {bad regexp} -body {format abc} -match regexp -result {a(}
cleanupTests
