# -outfile and -errfile send tcltest's output to files; -preservecore
# watches for core files; TCLTEST_OPTIONS configures at load time (shown
# through a child tclsh).
package require tcltest
namespace import ::tcltest::*

configure -outfile out.txt -errfile err.txt -verbose {pass skip}
puts "outputChannel is a file: [expr {[outputChannel] ni {stdout stderr}}]"
test f-1 {} {set a 1} 1
test f-2 {} {set a 1} 2
test f-3 {} -constraints knownBug -body {}
test f-4 {} -body {puts [outputChannel] "to the output file"; puts "to stdout"} -output "to stdout\n"
cleanupTests
configure -outfile stdout -errfile stderr
puts [list [outputChannel] [errorChannel] [outputFile] [errorFile]]
foreach f {out.txt err.txt} {
    set fd [open $f]
    puts "==== $f:\n[read $fd]===="
    close $fd
}

configure -preservecore 1
test core-1 {a core file appears} -body {close [open core w]}
test core-2 {no new core file} -body {}
file delete core
configure -preservecore 2
test core-3 {a core file appears} -body {close [open core w]; file mtime core 1000000}
puts [lsort [glob -nocomplain core*]]
file delete core-core-3
configure -preservecore 0

set f [open opts.test w]
puts $f {
    package require tcltest
    puts [list [tcltest::configure -verbose] [tcltest::configure -match]]
}
close $f
set env(TCLTEST_OPTIONS) {-verbose pass -match x*}
puts [exec [interpreter] opts.test]
foreach options {{-verbose pass -match} {-verbose pass -foo x} {-l x} "\{"} {
    set env(TCLTEST_OPTIONS) $options
    puts [exec [interpreter] opts.test]
}
unset env(TCLTEST_OPTIONS)
cleanupTests
