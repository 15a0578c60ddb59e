# package provide / ifneeded / require / present / forget / prefer / unknown:
# the package database and the require algorithm, with tclsh's messages.
proc t {script} {
    set c [catch {uplevel 1 $script} m]
    puts "$script => $c {$m}"
    switch $c 1 {puts "  errorCode: $::errorCode"; puts "  errorInfo: $::errorInfo"}
}
# only packages of this script: no search of the system's directories
package unknown {apply {args {puts "UNKNOWN: $args"}}}

puts "-- argument checking"
t {package}
t {package foo}
t {package p}
t {package pre}
t {package require}
t {package require -exact}
t {package require -exact foo}
t {package require -exact foo 1 2}
t {package require foo x}
t {package require -exact foo x}
t {package require -exac foo 1}
t {package provide}
t {package provide a b c}
t {package provide foo x}
t {package present}
t {package present -exact}
t {package present -exact foo}
t {package present bar x}
t {package ifneeded}
t {package ifneeded bar}
t {package ifneeded bar x}
t {package ifneeded bar 1 a b}
t {package versions}
t {package prefer a b}
t {package prefer x}
t {package unknown a b}
t {package names a}

puts "-- not found: the unknown handler gets the name and the requirements"
t {package require foo}
t {package require foo 1.0}
t {package require foo 1.0 2-3}
t {package require -exact foo 1.0}
t {package require foo 1.0-1.0}

puts "-- provide"
t {package provide foo 1.0}
t {package provide foo 1.0}
t {package provide foo 1.0.0}
t {package provide foo 1.1}
t {package provide foo}
t {package provide nosuch}
t {package require foo 2}
t {package require foo 2 3}
t {package require foo 1.0-1.0}
t {package require foo 1}
t {package require foo 0.5-}
t {package require foo 1.1-}
t {package require -exact foo 1.0}
t {package require -exact foo 1}
t {package require -exact foo 1.1}
t {package present foo}
t {package present foo 2}
t {package present foo 1.1 2}
t {package present -exact foo 1}
t {package present -exact foo 1.1}
t {package present bar}
t {package present bar 1}
t {package present bar 1.0 2}
t {package present -exact bar 1}
t {package present bar 1-2}
t {package present bar 1a1}
t {package present bar 1-}
t {package present bar 1.0-1.0}
t {package present bar 1- 1.0}

puts "-- ifneeded and versions"
t {package ifneeded bar 1 {puts hi}}
t {package ifneeded bar 1}
t {package ifneeded bar 1.0}
t {package ifneeded bar 2}
t {package versions bar}
t {package versions nope}
package ifneeded vv 1.0 {}
t {package ifneeded vv 1.0}
t {package versions vv}
package ifneeded vv 1.0 {x}
package ifneeded vv 2.0 {y}
package ifneeded vv 1.0 {z}
package ifneeded vv 1.0.0 {zz}
t {package versions vv}
t {package ifneeded vv 1}
t {lsort [lsearch -all -inline -not -regexp [package names] {^(TclOO|tcl::tommath|zlib)$}]}
t {package forget}
t {package forget nope vv bar}
t {lsort [lsearch -all -inline -not -regexp [package names] {^(TclOO|tcl::tommath|zlib)$}]}

puts "-- choosing a version: stable first, then highest"
foreach v {1.0 2.0 1.5 2.1a1 0.5 2.1b2} { package ifneeded p $v [list package provide p $v] }
t {package versions p}
t {package require p}
t {package provide p}
package forget p
t {package provide p}
foreach v {1.0 2.0 1.5 2.1a1 0.5 2.1b2} { package ifneeded p $v [list package provide p $v] }
t {package require p 1}
package forget p
foreach v {2.1a1 2.1b2 3a1} { package ifneeded p $v [list package provide p $v] }
t {package require p 2}
package ifneeded a 1 {package provide a 1}
package ifneeded a 1a1 {package provide a 1a1}
t {package require a 1a0}
package ifneeded b 2.0 {package provide b 2.0}
package ifneeded b 1.0 {package provide b 1.0}
t {package require b 1.0}
package ifneeded c 2.0 {package provide c 2.0}
t {package require c 1.0}
t {package require c 1.0 2.0}
t {package require c 3}
package forget c
package ifneeded c 2.0a1 {package provide c 2.0a1}
t {package require -exact c 2.0a1}
package ifneeded zz 1.0 {package provide zz 1.0}
t {package require zz 2}
t {package require -exact zz 2}
t {package require -exact zz 1.0.0}
package ifneeded yy 1.0 {}
package ifneeded yy 1.0.0 {package provide yy 1.0.0}
t {package versions yy}
t {package require yy}
package ifneeded ww 1 {package provide ww 1}
package ifneeded ww 1.0 {package provide ww 1.0}
t {package versions ww}
t {package require ww}
package ifneeded ss 1.0 {package provide ss 1; }
t {package require ss}
t {package provide ss 1.0}
package ifneeded rr 1 {package provide rr 1.0}
t {package require rr}

puts "-- ifneeded scripts: errors, wrong versions, return codes"
package ifneeded q 1.0 {error boom}
t {package require q}
package ifneeded q2 1.0 {set x 1}
t {package require q2}
package ifneeded q3 1.0 {package provide q3 1.1}
t {package require q3}
package ifneeded q4 1.0 {return -code break}
t {package require q4}
package ifneeded q5 1.0 {package provide q5 1.0; return hello}
t {package require q5}
package ifneeded q6 1.0 {package require q6}
t {package require q6}
package ifneeded q7 1.0 {package provide q7 1.0; break}
t {package require q7}
package ifneeded q8 1.0 {package provide q8 1.0; return -code error xx}
t {package require q8}
package ifneeded q9 1.0 {package provide q9 1.0; continue}
t {package require q9}
package ifneeded q10 1.0 {package provide q10 1.0; return -code 7 xx}
t {package require q10}
package ifneeded q11 1.0 {package forget q11}
t {package require q11}
proc pr {} { package require q12 }
package ifneeded q12 1.0 {package provide q12 1.0; error nested}
t {pr}
package ifneeded uu 1.0 {package provide uu 1.0; package provide uu}
t {package require uu}
package ifneeded tt 1.0 {package provide tt 1.0; set ::res [package require tt]}
t {package require tt}
t {set ::res}
package ifneeded lv 1.0 {set ::lvlevel [info level]; set lvlocal 1; package provide lv 1.0}
proc plv {} { package require lv }
t {plv}
t {set ::lvlevel}
t {set ::lvlocal}
package ifneeded dep 1.0 {package require base 2; package provide dep 1.0}
package ifneeded base 2.5 {package provide base 2.5}
t {package require dep}
t {package present base}

puts "-- Tcl itself"
t {package require Tcl}
t {package require Tcl 8.5}
t {package require Tcl 8.5-}
t {package require Tcl 8-9}
t {package require Tcl 9}
t {package require -exact Tcl 8.6.13}
t {package present Tcl}
t {package provide Tcl}
t {package versions Tcl}
t {package ifneeded Tcl 8.6.13}

puts "-- prefer"
t {package prefer}
t {package prefer stable}
t {package prefer l}
t {package prefer stable}
t {package prefer}
foreach v {1.0 2.0 2.1b2} { package ifneeded pl $v [list package provide pl $v] }
t {package require pl}

puts "-- unknown handlers"
t {package unknown}
package unknown {}
t {package unknown}
t {package require zz2 1}
package unknown {set xx}
t {package require zz2 1}
package unknown {error oops}
t {package require zz2 1}
package unknown {apply {{name args} {package ifneeded $name 3.0 [list package provide $name 3.0]}}}
t {package require made}
t {package require made 4}
package unknown {apply {{name args} {package provide $name 5.0}}}
t {package require direct}
t {package require direct2 6}
package unknown {apply {{name args} {puts "level [info level]"; return -code break}}}
t {package require brk}
foreach code {continue return 6} {
    package unknown [list apply [list args [list return -code $code]]]
    t {package require x}
}
