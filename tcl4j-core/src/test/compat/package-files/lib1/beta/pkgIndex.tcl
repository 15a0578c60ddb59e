# the usual guard: stop here on a Tcl that cannot load the package
set tooOld [package vsatisfies [package provide Tcl] 9-]
if {$tooOld} {return}
lappend ::indexes beta
package ifneeded beta 2.0 {package provide beta 2.0}
return
package ifneeded beta 3.0 {package provide beta 3.0}
