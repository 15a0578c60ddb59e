# Execution step traces: enterstep and leavestep fire around every command
# run inside the traced command, at any depth. (tclsh also steps into the
# ::tcl::string::* commands behind its ensembles; ours are not ensembles.)

proc logger {args} {
    lappend ::log $args
}

proc inner {x} {
    set y [expr {$x * 2}]
    return $y
}
proc outer {n} {
    set total 0
    for {set i 0} {$i < $n} {incr i} {
        incr total [inner $i]
    }
    if {$total > 1} { set total [llength {a b c}] }
    return $total
}
set log {}
trace add execution outer {enterstep leavestep} logger
puts [outer 2]
foreach l $log {puts $l}

# enter/leave and the step traces together, and a second step trace
set log {}
trace add execution outer {enter leave} logger
proc other {args} { lappend ::log2 [lindex $args end] }
set log2 {}
trace add execution outer enterstep other
puts [outer 1]
foreach l $log {puts $l}
puts $log2
trace remove execution outer enterstep other
trace remove execution outer {enter leave} logger
trace remove execution outer {enterstep leavestep} logger
puts [trace info execution outer]

# codes: errors, break and continue inside, catch
proc codes {} {
    set r {}
    foreach x {1 2 3 4} {
        if {$x == 2} continue
        if {$x == 4} break
        lappend r $x
    }
    catch {error boom} m
    lappend r $m
    return $r
}
set log {}
trace add execution codes leavestep logger
puts [codes]
foreach l $log {puts $l}
trace remove execution codes leavestep logger

proc fails {} {
    set a 1
    error "failed here"
}
set log {}
trace add execution fails {enterstep leavestep} logger
puts [list [catch fails m] $m]
foreach l $log {puts $l}
trace remove execution fails {enterstep leavestep} logger

# a step trace only on the inner procedure, run through the outer one
set log {}
trace add execution inner enterstep logger
puts [outer 2]
foreach l $log {puts $l}
trace remove execution inner enterstep logger

# an error in the step trace script
proc bad {args} { error "trace failed" }
proc small {} { set z 1; return $z }
trace add execution small enterstep bad
puts [list [catch small m] $m]
trace remove execution small enterstep bad
puts [small]
