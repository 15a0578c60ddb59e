# tailcall, apply namespaces, return options, try/on/trap/finally, throw, catch options.
proc opts {o} { dict unset o -errorstack; return $o }
# tailcall
proc t1 {} { tailcall list a b }
puts [t1]
proc t2 {x} { set y 1; tailcall info level }
puts [t2 1]
proc t3 {} { tailcall info locals }
puts "<[t3]>"
proc caller {} { set v 10; t4 }
proc t4 {} { tailcall set v }
puts [caller]
namespace eval n1 { proc priv {} { return n1priv }; proc t5 {} { tailcall priv } }
puts [n1::t5]
catch {tailcall list} m o; puts "$m / [dict get $o -errorcode]"
catch {tailcall} m o; puts "$m / [dict get $o -errorcode]"
puts [apply {{} { tailcall list from apply }}]
puts [apply {{} { tailcall namespace current } n1}]
proc t6 {} { tailcall error tailerr }
catch {t6} m o; puts "$m [opts $o]"
proc t8 {} { catch {tailcall list x} m; return "caught <$m>" }
puts [t8]
proc t9 {} { tailcall nosuchcmd a }
catch {t9} m o; puts "$m / [dict get $o -errorcode]"
proc t10 {} { uplevel 1 {tailcall list up} }
catch {t10} m o; puts "t10: $m"
proc t11 {n} { if {$n == 0} { return bottom }; tailcall t11 [expr {$n-1}] }
puts [t11 5000]
proc t12 {} { namespace eval n1 { tailcall priv } }
catch {t12} m; puts "t12: $m"
# apply with namespaces
namespace eval n2 { variable v n2v }
puts [apply {{} { variable v; set v } n2}]
puts [apply {{} { namespace current } ::n2}]
puts [apply {{} { namespace current } n2}]
catch {apply {{} {} nosuchns}} m o; puts "$m / [dict get $o -errorcode]"
catch {apply {a b c d}} m o; puts "$m / [dict get $o -errorcode]"
catch {apply {}} m o; puts "$m / [dict get $o -errorcode]"
catch {apply {{x y} {}} 1} m o; puts "$m / [dict get $o -errorcode]"
catch {apply {{{x 1} args} {}} 1 2 3} m o; puts "<$m>"
catch {apply {{x {y 2}} {list $x $y}} 1} m o; puts "<$m>"
catch {apply {{{x 1} y} {list $x $y}}} m o; puts "$m / [dict get $o -errorcode]"
namespace eval n3 { puts [apply {{} { namespace current }}] }
# return -level
proc r1 {} { return -level 2 r1val }
proc r1c {} { r1; return notreached }
puts [r1c]
proc r2 {} { return -code continue }
foreach x {1 2} { r2; puts "r2 not here" }
puts "after r2"
proc r3 {} { return -code 6 six }
catch {r3} m o; puts "$m [opts $o]"
catch {return -code 6 six} m o; puts "$m [opts $o]"
catch {return -level 0 -code 6 six} m o; puts "$m [opts $o]"
catch {return -level -1} m o; puts "$m / [dict get $o -errorcode]"
catch {return -level x} m o; puts "$m / [dict get $o -errorcode]"
catch {return -code x} m o; puts "$m / [dict get $o -errorcode]"
catch {return -code} m o; puts "$m / $o"
catch {return -options} m o; puts "$m / $o"
catch {return -options {a}} m o; puts "$m / [dict get $o -errorcode]"
catch {return -code return x} m o; puts "$m [opts $o]"
proc r4 {} { return -code return r4 }
proc r4c {} { r4; return notreached }
puts [r4c]
catch {return -errorcode {a b} -code error -level 1 x} m o; puts "$m [opts $o]"
catch {return -code error -errorcode {a} x} m o; puts "$m [opts $o]"
set bad "a \{b"
catch {return -code 1 -errorcode $bad x} m o; puts "$m / [dict get $o -errorcode]"
catch {return -code ok -level 0 hi} m o; puts "$m [opts $o]"
catch {return -code break -level 0 hi} m o; puts "$m [opts $o]"
proc r5 {} { return -code error -errorinfo "my info" -errorcode {E C} msg }
catch {r5} m o; puts "$m [opts $o]"
proc r6 {} { return -options {-code error -errorcode {X}} optmsg }
catch {r6} m o; puts "$m [opts $o]"
puts $::errorCode

# try / on / trap / finally
proc tr {script} {
    set r [catch {uplevel 1 $script} m o]
    puts "$r <$m> code=[dict get $o -code] [expr {[dict exists $o -errorcode] ? [dict get $o -errorcode] : {-}}]"
}
tr {try {error a} on error {m} {set m}}
tr {try {error a E1} trap {E1} {m o} {list caught $m [dict get $o -errorcode]}}
tr {try {throw {A B C} msg} trap {A B} {m} {list AB $m} trap {A} {m} {list A $m}}
tr {try {throw {A B C} msg} trap {A X} {m} {list AX $m} trap {} {m} {list any $m}}
tr {try {throw {A B C} msg} trap {A B C D} {m} {list long $m}}
tr {try {return -code 5 five} on 5 {m o} {list five $m [dict get $o -code]}}
tr {try {break} on break {} {list brk}}
tr {try {continue} on continue {} {list cont}}
tr {try {set x 1} on ok {r} {list ok $r}}
tr {try {return r} on return {r o} {list ret $r [dict get $o -code] [dict get $o -level]}}
tr {try {error a} on error {} - on break {} {list shared}}
tr {try {break} on error {} - on break {} {list shared2}}
tr {try {error a} on error {} -}
tr {try {error a} finally {set ::fin 1}}
tr {try {set x ok} finally {error finerr}}
tr {try {error a} on error {} {error b} finally {set ::fin2 1}}
tr {try {error a} finally {return -code break}}
tr {try {set x 1} finally {return fin}}
tr {try {set x body} finally {set y fin}}
tr {try {error a} on foo {} {}}
tr {try {error a} bogus {} {}}
tr {try {error a} on error}
tr {try {error a} trap}
tr {try {error a} finally}
tr {try {error a} finally x y}
tr {try}
tr {try {set x 1} on error {a b c} {}}
tr {throw {} msg}
tr {throw {A} }
tr {throw $bad msg}
tr {throw {X Y} "the msg"}
set l {}
tr {try {lappend ::l body; error x} on error {} {lappend ::l handler} finally {lappend ::l finally}}
puts $l
proc ptry {} { try { return inbody } finally { puts "finally in proc" } }
puts [ptry]
proc ptry2 {} { foreach x {1 2 3} { try { if {$x == 2} continue; if {$x == 3} break; puts "x=$x" } finally { puts "fin $x" } } }
ptry2
proc ptry3 {} { try { error a } on error {m o} { return -options $o $m } }
tr ptry3
# catch options
proc copts {script} {
    set r [catch {uplevel 1 $script} m o]
    puts "$r [lsort [dict keys $o]] code=[dict get $o -code] level=[dict get $o -level]"
}
copts {error x}
copts {return x}
copts {break}
copts {return -code 7 -level 2 -x y z}
copts {set a 1}
catch {error msg {} {}} m o; puts [dict get $o -errorcode]; puts [dict get $o -errorinfo]
catch {error msg info} m o; puts [dict get $o -errorcode]; puts [dict get $o -errorinfo]
catch {error msg "" {A B}} m o; puts [dict get $o -errorcode]; puts [dict get $o -errorinfo]
catch {error} m o; puts "$m / [dict get $o -errorcode]"
catch {catch} m o; puts "$m / [dict get $o -errorcode]"
catch {catch a b c d} m o; puts "$m / [dict get $o -errorcode]"
puts [catch {catch {error x} m} mm]; puts $mm
puts [catch {return -code 3}]
set x [catch {list a b} res]; puts "$x $res"
proc ta {n} { if {$n == 0} { error bottom }; tailcall ta [expr {$n-1}] }
catch {ta 3} m o; puts [dict get $o -errorinfo]
proc b {} { tailcall c x }
proc c {y} { return [info level 0]-[info level] }
proc d {} { b }
puts [d]
namespace eval n { proc e {} { return [info level 0] }; proc f {} { tailcall e } }
puts [n::f]
proc g {} { tailcall apply {{} {error inlambda}} }
catch g m o; puts [dict get $o -errorinfo]
