# errorInfo and errorCode of failing expressions, as tclsh builds them:
# a braced expr argument or condition is compiled inline (its [commands]
# belong to the enclosing script; errors found while compiling constants show
# the command as "invoked from within"), while expr $e runs on its own.
proc ei {script} { catch {uplevel 1 $script} m; puts "--- $script\n$::errorInfo\n== $::errorCode" }
ei {expr {1/0}}
ei {expr {1 +}}
ei {expr {[error foo]}}
ei {expr {$nosuch + 1}}
ei {set x [expr {1/0}]}
proc tcl::mathfunc::bad {x} { error "bad $x" }
ei {expr {bad(1)}}
ei {expr {nofunc(1)}}
proc p {} { expr {1/0} }
ei p
proc q {} { set a 1
   expr {$a +
   [error inner]} }
ei q
proc q2 {} { set a 1
   if {$a +
   [error inner2]} {} }
ei q2
proc q3 {} { set a 1
   while {$a <
   [error inner3]} {} }
ei q3
ei {if {1/0} {}}
ei {while {$nosuch} {}}
ei {if {1 +} {}}
ei {expr 1/0}
ei {expr {"abc" + 1}}
ei {expr {sqrt(-1)}}
ei {expr {int("x")}}
ei {expr {"[error e1]"}}
ei {expr {$a(x)}}
set e {1/0}
ei {expr $e}
set e {1 +}
ei {expr $e}
set e {[error x]}
ei {expr $e}
ei {expr {1} + {[error y]}}
ei {expr {$x + [error z]}}
set ::one 1
ei {expr {$::one/0}}
ei {expr {1/0 + $::one}}
ei {expr {$::one ? 1/0 : 2}}
ei {expr {$::one && "x"}}
ei {expr {0 && 1/0}}
ei {expr {1 || 1/0}}
ei {expr {[set ::one]/0}}
ei {expr {(1/0) + $::one}}
ei {expr {1/0 + [error nope]}}
ei {expr {1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19 +}}
ei {expr {123456789012345678901234 +}}
ei {expr {1234567890123456789012345 +}}
ei {expr {12345678901234567890123 +}}
ei {for {set i 0} {$i < [error cond]} {incr i} {}}
ei {if {"x"} {}}
ei {if {$::one} {error inbody}}
