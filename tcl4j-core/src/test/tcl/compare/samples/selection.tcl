# -match and -skip choose tests by name; -debug 1 lists them by reason and
# warns about names used twice.
package require tcltest
namespace import ::tcltest::*
configure -verbose {pass skip} -match {g-1* g-3*} -skip {g-1.2}
test g-1.1 {} -body {}
test g-1.2 {} -body {}
test g-2.1 {} -body {}
test g-3.1 {} -constraints {knownBug} -body {}
test g-3.2 {} -body {} -result x
configure -debug 1
test g-1.1 {} -body {}
test g-1.2 {} -body {}
test g-2.1 {} -body {}
test g-2.2 {} -body {}
test g-3.1 {} -constraints {knownBug} -body {}
test g-3.1 {} -constraints {knownBug} -body {}
configure -debug 0 -match * -skip {}
foreach k {Total Passed Skipped Failed} {puts "$k $::tcltest::numTests($k)"}
puts [lsort [array names ::tcltest::skippedBecause]]
cleanupTests
foreach k {Total Passed Skipped Failed} {puts "$k $::tcltest::numTests($k)"}
puts [array size ::tcltest::skippedBecause]
test g-4.1 {} -body {} -result x
cleanupTests
puts [list $::tcltest::failFiles]
