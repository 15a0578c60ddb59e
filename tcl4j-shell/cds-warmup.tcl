# Run once by bin/jtclsh to record the classes a typical script loads into a
# class-data-sharing archive (tcl4j-shell/target/jtclsh.jsa). Each step is
# caught, so a command that does not exist yet costs nothing.
foreach step {
    {proc fib {n} {if {$n < 2} {return $n}; expr {[fib [expr {$n - 1}]] + [fib [expr {$n - 2}]]}}; fib 12}
    {set l {}; for {set i 0} {$i < 200} {incr i} {lappend l $i}; llength $l}
    {foreach x {a b c} {append s $x}}
    {lsort -integer [list 3 1 2]}
    {lindex {a b c} end; lrange {a b c d} 1 2; lsearch {a b c} b; join {a b} ,; split a,b ,}
    {dict set d k v; dict get $d k; dict for {k v} $d {}}
    {array set a {x 1 y 2}; array names a}
    {string length abc; string toupper abc; string map {a b} abc; string range abc 0 1; string first b abc}
    {format %5.2f 3.14159; scan "12 ab" "%d %s" n w}
    {regexp {(\d+)} abc123 -> num; regsub -all {b} abc x}
    {namespace eval ::warm {variable v 1; proc p {} {variable v; return $v}}; ::warm::p}
    {catch {error boom} msg opts}
    {clock seconds; clock format 0 -gmt 1}
    {info commands; info exists x}
    {binary format I 1; encoding convertto utf-8 abc}
    {set ch [open [info script]]; read $ch; close $ch}
    {package require Tcl}
    {after 1; update}
    {uplevel #0 {set ::warmed 1}; upvar #0 warmed w}
} {
    catch $step
}
puts warm
