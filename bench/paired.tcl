# Times one benchmark script in two shells side by side (run by tclsh from
# bench/run-lang.sh):
#
#   tclsh bench/paired.tcl WARMUP RUNS CPU REF CAND SCRIPT
#
# SCRIPT is a bench/lang script with bench/harness.tcl in front. Both
# shells start it in "paired" mode and warm up on their own; then, for
# each benchmark, this driver pins both to CPU (when it is not "-"; only
# the thread that runs Tcl), and asks them for one timed run at a time, in turn (ref, cand;
# then cand, ref; ...), RUNS times each. Prints one line per benchmark:
#
#   name  ref-best-ms  cand-best-ms  ratio-of-bests  median-ratio  check
#
# where median-ratio is the median over the RUNS pairs of cand/ref, each
# pair timed back to back on the same CPU. Why: this machine's speed
# drifts by up to 1.5x in phases of seconds (tclsh alone, one process, went
# from 44 to 68 ms per run and back), so two shells timed minutes or even
# seconds apart can compare a fast phase with a slow one. A pair sees the
# same phase. Exit status 1 when a check value differs or a shell fails.

lassign $argv warmup runs cpu refShell candShell script

proc start {shell script warmup runs} {
    set err [file tempfile errFile]
    close $err
    set chan [open |[list {*}$shell $script $warmup $runs paired 2>$errFile] r+]
    fconfigure $chan -buffering line
    return [list $chan $errFile]
}

# The next protocol line of a shell (READY, TIME or RESULT), or "" at its end.
proc protocolLine {chan} {
    while {[gets $chan line] >= 0} {
        if {[regexp {^(READY|TIME|RESULT) } $line]} {
            return $line
        }
    }
    return ""
}

# Pins the thread that runs Tcl: in jtclsh the one named tcl-main (the
# JIT compiler and GC threads stay free to use the other CPUs), in tclsh
# the process.
proc pin {chan cpu} {
    if {$cpu eq "-" || [auto_execok taskset] eq ""} {
        return
    }
    foreach p [pid $chan] {
        set target $p
        foreach task [glob -nocomplain /proc/$p/task/*] {
            if {![catch {open $task/comm} f]} {
                set comm [string trim [read $f]]
                close $f
                if {$comm eq "tcl-main"} {
                    set target [file tail $task]
                }
            }
        }
        catch {exec taskset -p -c $cpu $target >/dev/null 2>/dev/null}
    }
}

proc median {values} {
    set sorted [lsort -real $values]
    set n [llength $sorted]
    if {$n % 2} {
        return [lindex $sorted [expr {$n / 2}]]
    }
    return [expr {([lindex $sorted [expr {$n / 2 - 1}]] + [lindex $sorted [expr {$n / 2}]]) / 2.0}]
}

proc failure {errFile} {
    set f [open $errFile]
    set text [string range [read $f] 0 299]
    close $f
    return [string map {\n " "} $text]
}

lassign [start $refShell $script $warmup $runs] ref refErr
lassign [start $candShell $script $warmup $runs] cand candErr
set status 0
while 1 {
    set r [protocolLine $ref]
    set c [protocolLine $cand]
    if {$r eq "" || $c eq ""} {
        break
    }
    set name [lindex $r 1]
    if {$r ne $c} {
        puts "paired: the shells disagree on the next benchmark: \"$r\" and \"$c\""
        set status 1
        break
    }
    pin $ref $cpu
    pin $cand $cpu
    set ratios {}
    for {set i 0} {$i < $runs} {incr i} {
        set t {}
        foreach chan [expr {$i % 2 ? [list $cand $ref] : [list $ref $cand]}] {
            puts $chan run
            dict set t $chan [lindex [protocolLine $chan] 1]
        }
        if {![string is double -strict [dict get $t $ref]] || ![string is double -strict [dict get $t $cand]]} {
            break
        }
        lappend ratios [expr {double([dict get $t $cand]) / [dict get $t $ref]}]
    }
    if {[eof $ref] || [eof $cand]} {
        puts [format "%-22s  no result" $name]
        set status 1
        break
    }
    puts $ref next
    puts $cand next
    if {![regexp {^RESULT \S+ (\S+) (.*)$} [protocolLine $ref] -> refMs refCheck]
            || ![regexp {^RESULT \S+ (\S+) (.*)$} [protocolLine $cand] -> candMs candCheck]} {
        puts [format "%-22s  no result" $name]
        set status 1
        break
    }
    set same [expr {$refCheck eq $candCheck ? "same" : "DIFFERENT"}]
    if {$same ne "same"} {
        set status 1
    }
    puts [format "%-22s %12s %12s %9.2f %9.2f  %s" $name $refMs $candMs \
        [expr {$candMs / $refMs}] [median $ratios] $same]
}
# A shell that failed has ended; the other one, if still waiting for a
# step, is stopped rather than left to fail on a closed pipe.
foreach {chan errFile shell} [list $ref $refErr $refShell $cand $candErr $candShell] {
    if {[eof $chan]} {
        if {[catch {close $chan}]} {
            puts "  $shell FAILED: [failure $errFile]"
            set status 1
        }
    } else {
        catch {exec kill {*}[pid $chan]}
        catch {close $chan}
    }
    file delete $errFile
}
exit $status
