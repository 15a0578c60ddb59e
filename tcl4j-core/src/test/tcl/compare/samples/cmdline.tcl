# A test file applies the options on its command line by itself.
package require tcltest
namespace import ::tcltest::*

set f [open v.test w]
puts $f {package require tcltest
puts "after require"
namespace import ::tcltest::*
puts "v=[configure -verbose] m=[configure -match]"
test v-1 {} {set a 1} 1
test v-2 {} {set a 1} 2
cleanupTests
}
close $f
set f [open w.test w]
puts $f {package require tcltest
set ::argv {-verbose p}
puts "verbose=[set ::tcltest::verbose]"
}
close $f
foreach args {
    {} {-verbose p} {-verbose p -match} {-match x foo} {-foo x -verbose p}
    {-verbose p -foo x} {-verbose p -debug x -match v*} {-match v-2 -verbose bps}
    {-verbose {pass line}} {-l 1}
} {
    puts "==== v.test $args"
    set status [catch {exec [interpreter] v.test {*}$args 2>@1} out options]
    puts $out
    if {$status} {
	puts "exit: [lrange [dict get $options -errorcode] 0 0]\
		[lindex [dict get $options -errorcode] end]"
    }
}
puts [exec [interpreter] w.test -verbose s]
