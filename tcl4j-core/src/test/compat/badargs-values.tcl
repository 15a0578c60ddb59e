# Subcommands given real arrays, dicts, procedures, namespaces, a child
# interpreter and a package, followed by wrong words, answer as tclsh does.
# (Not here: recursionlimit of the child, which tcl4j counts differently.)
source [file join [file dirname $argv0] badargs-files sweep.tcl]
array set A {x 1 y 2}
set D {a 1 b {c 2}}
proc P {a {b 2} args} {}
namespace eval N { variable v 1; proc q {} {} }
interp create C
package provide Pk 1.0
set L {a b {c d}}
foreach a $::mixed {
    foreach sub {anymore donesearch exists get names nextelement set size startsearch statistics unset} {
        t array $sub A {*}$a
    }
    foreach sub {append exists filter for get incr info keys lappend map merge remove replace set size unset update values with} {
        t dict $sub D {*}$a
    }
    foreach sub {exists get keys remove replace size values filter merge info} {
        t dict $sub $D {*}$a
    }
    foreach sub {args body default} {
        t info $sub P {*}$a
    }
    foreach sub {children code delete eval exists export forget inscope origin parent qualifiers tail upvar which} {
        t namespace $sub N {*}$a
    }
    foreach sub {alias aliases bgerror eval expose hide hidden issafe invokehidden limit marktrusted target} {
        t interp $sub C {*}$a
    }
    foreach sub {forget ifneeded present provide require versions vsatisfies vcompare} {
        t package $sub Pk {*}$a
    }
    foreach cmd {lindex lrange linsert lreplace lsearch lsort lassign llength lreverse join} {
        t $cmd $L {*}$a
    }
    foreach cmd {lset lappend incr append} {
        t $cmd L {*}$a
    }
    t C {*}$a
    t binary scan abcd i {*}$a
    t format %d {*}$a
    t scan 12 %d {*}$a
    t string is integer -failindex {*}$a
    t regexp -indices {*}$a
    t lsort -index 1 {*}$a
}
