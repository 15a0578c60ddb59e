# env is a live view of the process environment: children started by exec
# and open |cmd see what the script set, every interpreter sees the same
# environment, and array operations bring the array up to date.

proc child {var} {
    # what a child process sees for $var ("-" when it is not set)
    exec sh -c "echo \"\[\${$var-unset}\]\""
}

# reading and writing
puts [info exists env(PATH)]
puts [expr {$env(HOME) eq [exec sh -c {echo $HOME}]}]
set env(TCL4J_A) hello
puts [child TCL4J_A]
puts [info exists env(TCL4J_A)]
set env(TCL4J_A) "two words"
puts [child TCL4J_A]
unset env(TCL4J_A)
puts [child TCL4J_A]
puts [info exists env(TCL4J_A)]
catch {set env(TCL4J_NOPE)} m o; puts $m; puts [dict get $o -errorcode]
catch {puts $env(TCL4J_NOPE)} m; puts $m
catch {unset env(TCL4J_NOPE)} m; puts $m
set env(TCL4J_EMPTY) ""
puts [info exists env(TCL4J_EMPTY)]
puts [child TCL4J_EMPTY]
unset env(TCL4J_EMPTY)

# commands that write through
set env(TCL4J_N) 5
incr env(TCL4J_N)
append env(TCL4J_N) z
puts [child TCL4J_N]
lappend env(TCL4J_N) more
puts [child TCL4J_N]
array set env {TCL4J_P 1 TCL4J_Q 2}
puts [lsort [array names env TCL4J_*]]
puts [lsort [array get env {TCL4J_[PQ]}]]
array unset env TCL4J_P
puts [child TCL4J_P][child TCL4J_Q]
puts [array exists env]
catch {set env 1} m; puts $m

# through global, upvar and open |cmd
proc p {} { global env; set env(TCL4J_G) g; return $env(TCL4J_Q) }
puts [p]
puts [child TCL4J_G]
upvar #0 env e
set e(TCL4J_U) u
puts [child TCL4J_U]
proc q {} { upvar #0 env(TCL4J_U) u; set u uu }
q
puts [child TCL4J_U]
set f [open "|sh -c {echo \$TCL4J_Q}" r]; puts [gets $f]; close $f
set f [open "|sh -c {cat; echo \$TCL4J_U}" r+]
puts $f line; flush $f; close $f write
puts [read $f]; close $f

# PATH decides which programs exec finds
set old $env(PATH)
set env(PATH) /nonexistent
catch {exec ls} m; puts $m
catch {open "|ls" r} m; puts $m
set env(PATH) $old
puts [string length [exec ls /]]

# traces on env elements still run
trace add variable env(TCL4J_K) write {apply {args {puts "trace $args"}}}
set env(TCL4J_K) 2
puts [child TCL4J_K]

# every interpreter shares the one environment
interp create c
c eval {set env(TCL4J_B) fromchild}
puts $env(TCL4J_B)
puts [info exists env(TCL4J_B)]
puts [expr {[lsearch [array names env] TCL4J_B] >= 0}]
set env(TCL4J_C) x
puts [c eval {set env(TCL4J_C)}]
c eval {unset env(TCL4J_C)}
catch {set env(TCL4J_C)} m; puts $m
puts [lsort [array names env TCL4J_C]]
interp create -safe s
puts [s eval {info exists env}]
catch {s eval {set env(TCL4J_B)}} m; puts $m

# unsetting the whole array cuts the link but leaves the environment
foreach name [array names env TCL4J_*] {
    unset env($name)
}
c eval {set env(TCL4J_D) 1}
unset env
puts [info exists env]
puts [child TCL4J_D]
set env(TCL4J_E) 2
puts [child TCL4J_E]
puts [c eval {info exists env(TCL4J_E)}]
puts [c eval {info exists env(TCL4J_D)}]
c eval {unset env(TCL4J_D)}
puts [child TCL4J_D]
interp delete c
interp delete s
