# -output and -errorOutput: what a test body prints with puts.
package require tcltest
namespace import ::tcltest::*
configure -verbose {pass}

test o-1 {} -body {puts hi; puts -nonewline there; puts stdout x} -output "hi\ntherex\n"
test o-2 {} -body {puts [outputChannel] hi} -output "hi\n"
test o-3 {} -body {puts stderr err} -output ""
test o-4 {} -body {puts stderr err} -errorOutput "err\n"
test o-5 {} -body {puts [errorChannel] err2} -errorOutput "err2\n"
test o-6 {} -body {puts notcaptured} -result ""
test o-7 {} -body {puts hi; return 5} -output "hi\n" -result 5
test o-8 {} -body {puts hi; return 5} -output "h*" -match glob -result 5*
test o-9 {} -setup {puts setup} -body {puts body} -cleanup {puts cleanup} -output "body\n"
test o-10 {} -body {puts a b c} -output "" -returnCodes error -result {x}
test o-11 {} -body {puts -nonewline} -returnCodes error -result {x}
test o-12 {} -body {puts stdout} -output "stdout\n"
test o-13 {} -body {info body puts} -output "" -returnCodes error -result {x}
test o-14 {} -body {puts hi} -output "ho\n" -errorOutput "x"
test o-15 {} -body {puts hi; error x} -output "ho\n" -errorOutput "x" -result y
test o-16 {} -body {puts hi; set x 1} -output "ho\n" -errorOutput "x" -result 2
test o-17 {} -body {puts stdout a b} -output "" -returnCodes error -result {x}
test o-18 {} -body {puts} -output "" -returnCodes error -result {x}
test o-19 {output of the last body when setup fails} -setup {error s} -body {puts new} -output z
test o-20 {} -body {puts -nonewline stderr e} -errorOutput "e"
puts [info commands puts]
catch {puts a b c} m; puts $m
cleanupTests
