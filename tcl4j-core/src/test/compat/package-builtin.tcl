# the packages tclsh 8.6 provides by itself, besides Tcl (TclOO is not there yet)
foreach p {Tcl zlib tcl::tommath} {
    puts "$p [package present $p] [package require $p]"
}
puts [package vsatisfies [package require zlib] 2]
