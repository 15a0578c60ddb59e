# -constraints: keyword lists, expressions, testConstraint, and the
# built-in constraints.
package require tcltest
namespace import ::tcltest::*
configure -verbose {pass skip}

foreach c {unix win nt mac pc unixOrWin unixOrPc macOrWin macOrPc macOrUnix
	   unixOnly winOnly pcOnly macOnly tempNotWin tempNotPc tempNotMac
	   tempNotUnix unixCrash winCrash pcCrash macCrash emptyTest knownBug
	   nonPortable userInteraction interactive asyncPipeClose eformat
	   singleTestInterp 95 98 nonBlockFiles unixExecs root notRoot
	   hasIsoLocale socket stdio} {
    puts "$c=[testConstraint $c]"
}
test c-1 {} -constraints {foo knownBug} -body {}
test c-2 {} -constraints {unix knownBug} -body {}
test c-3 {} -constraints {knownBug emptyTest} -body {}
test c-4 {} -constraints {!unix} -body {}
test c-5 {} -constraints {$x} -body {}
test c-6 {} -constraints {[expr 0]} -body {}
test c-7 {} -constraints {unix && knownBug} -body {}
test c-8 {} -constraints {unix || knownBug} -body {}
test c-9 {} -constraints {unix} -body {}
test c-10 {} -constraints {{unix} {win}} -body {}
test c-11 {} -constraints {notdefined} -body {}
test c-12 {} -constraints {unix && notdef} -body {}
test c-13 {} -constraints {unix
knownBug} -body {}
test c-14 {} -constraints {a-b} -body {}
test c-15 {} -constraints {a.b unix} -body {}
testConstraint a.b 1
test c-16 {} -constraints {a.b unix} -body {}
test c-17 {} -constraints {unix  win} -body {}
test c-18 {} -constraints {1} -body {}
test c-19 {} -constraints {unix,win} -body {}
test c-20 {} -constraints {} -body {}
test c-21 {} -constraints { } -body {}
testConstraint a-b 1
test c-22 {} -constraints {a-b} -body {}
test c-23 {} -constraints {unix || notdef} -body {}
test c-24 {} -constraints {unix||notdef} -body {}
testConstraint a:b 1
test c-25 {} -constraints {a:b} -body {}
testConstraint a/b 1
test c-26 {} -constraints {a/b} -body {}
test c-27 {} -constraints {unix && [testConstraint win]==0} -body {}
test c-28 {} -constraints {$::tcltest::testConstraints(unix)} -body {}
test c-29 {} -constraints {(unix)} -body {}
test c-30 {} -constraints {! win} -body {}
test c-31 {} -constraints {unix && 1} -body {}
testConstraint 1 1
test c-32 {} -constraints {1} -body {}
testConstraint A_b 1
test c-33 {} -constraints {A_b&&unix} -body {}
test c-34 {} -constraints {!notdef} -body {}

puts [list [testConstraint foo2 1] [testConstraint foo2 yes] [testConstraint foo2]]
testConstraint foo2 no
test c-35 {} -constraints {foo2} -body {}
catch {testConstraint foo2 bad} m; puts $m
puts [testConstraint foo2]
test c-36 {} -constraints {!foo2} -body {}
puts [testConstraint nonexist]
catch {testConstraint} m; puts $m
catch {testConstraint a b c} m; puts $m

# -constraints and -limitconstraints
configure -constraints {knownBug mine}
puts "[testConstraint knownBug] [testConstraint mine] [configure -constraints]"
test c-37 {} -constraints knownBug -body {}
configure -limitconstraints 1
puts [testConstraint knownBug]/[testConstraint unix]/[testConstraint stdio]
test c-38 {} -constraints knownBug -body {}
test c-39 {} -constraints unix -body {}
test c-40 {} -body {}
testConstraint unix 1
test c-41 {} -constraints unix -body {}
configure -limitconstraints 0
puts [testConstraint knownBug]/[testConstraint unix]
test c-42 {} -constraints unix -body {}
test c-43 {} -body {}
cleanupTests
