# -verbose: the level words, their letters, and what each one prints.
package require tcltest
namespace import ::tcltest::*

foreach v {{} body error pass skip start line {body error} msec usec ps bpstel
	   l m u {line l} {b p} {x body} p,s pass,skip {pass msec}} {
    puts "=== verbose [list $v]"
    configure -verbose $v
    puts "configured: [list [configure -verbose]] [list $::tcltest::verbose]"
    test v-1.1 {passing} {expr 1+1} 2
    test v-1.2 {error} -body {error x} -result 3
    test v-1.3 {skipped} -constraints {knownBug foo} -body {error x} -result 3
    test v-1.4 {other code} -body {return -level 0 -code 7 xx} -result 3
    test v-1.5 {wrong result} -body {
	set x 1
    } -result 2
}
foreach v {a c d f g h i j k l n o q r v w x y z b p s t e m u} {
    configure -verbose $v
    puts "$v -> [configure -verbose]"
}
catch {configure -verbose "\{"} m; puts $m
puts [verbose]
puts [verbose pst]
cleanupTests
