# -match modes: exact, glob, regexp and customMatch.
package require tcltest
namespace import ::tcltest::*
configure -verbose {pass}

proc listeq {a b} {expr {[lsort $a] eq [lsort $b]}}
puts [customMatch unordered listeq]
customMatch bad {error nope}
customMatch nonbool {list}
test m-1 {} -body {list b a} -match unordered -result {a b}
test m-2 {} -body {list b a c} -match unordered -result {a b}
test m-3 {} -body {list b a c} -match bad -result {a b}
test m-4 {} -body {list b a c} -match nonbool -result {a b}
test m-5 {} -body {list b a c} -match regexp -result {a(}
test m-6 {} -body {set x "a b"} -result {a  b}
test m-7 {} -body {puts hi} -output {hi} -match unordered
test m-8 {} -body {puts hi; puts stderr ho} -output "hi\n" -errorOutput x -match bad
test m-9 {} -body {format {a[b]}} -match glob -result {a\[b\]}
test m-10 {} -body {format abc} -match exact -result abc
test m-11 {} -body {format abcd} -match regexp -result {b.}
catch {customMatch} m; puts $m
catch {customMatch x} m; puts $m
catch {test m-12 {} -body {} -match bogus} m; puts $m
proc ns_check {e a} {expr {[namespace current] eq "::"}}
customMatch where ns_check
namespace eval inner {
    ::tcltest::test m-13 {custom match runs in the global namespace} -body {} -match where
}
cleanupTests
