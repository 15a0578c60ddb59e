# info errorstack: the procedure calls of the last error, as in -errorstack
# (the INNER entry is left out: tclsh names a bytecode instruction there)
proc outer {x} { inner [expr {$x * 2}] extra }
proc inner {y z} { error "failed at $y" }
puts [catch {outer 21} msg opts]
puts [lrange [dict get $opts -errorstack] 2 end]
puts [lrange [info errorstack] 2 end]
puts [expr {[info errorstack] eq [dict get $opts -errorstack]}]
# a later error replaces it; a caught error with no procedure has only INNER
catch {set undefined_var_here}
puts [llength [info errorstack]]
try {
    outer 1
} on error {m o} {
    puts [lrange [info errorstack] 2 end]
}
interp create child
child eval {proc p {} {error inside}; catch p}
puts [lrange [info errorstack child] 2 end]
interp delete child
puts [catch {info errorstack a b} m] 
puts $m
