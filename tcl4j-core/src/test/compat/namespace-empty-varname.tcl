# variables whose name ends in :: (an empty tail) are ordinary namespace variables,
# as stooop (tcllib) uses with "variable {}"
namespace eval ns {
    variable {}
    set "(x)" 1
    puts [array names ""]
}
namespace eval ns2 { variable {} 5; puts [set {}] }
puts [info exists ::ns2::]
puts $::ns2::
proc p {} { variable {}; return [info exists {}] }
puts [p]
namespace eval ns { proc q {} { variable {}; set "(y)" 2; return [lsort [array names ""]] } }
puts [ns::q]
puts [catch {variable ""} m]$m
namespace eval a {}
puts [catch {set ::a:: 1} m]$m
puts [catch {set ::a::} m]$m
namespace eval a {variable {} 3}
puts [catch {set ::a::} m]$m
puts [catch {set ::a:: 4} m]$m
puts [catch {set :: 1} m]$m
puts [catch {global {}} m]$m
puts [catch {upvar 0 ::a:: x; set x} m]$m
