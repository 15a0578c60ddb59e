# Benchmark harness, put in front of each bench/lang/*.tcl script by
# bench/run-lang.sh. A benchmark is a script (usually one proc call) that
# does a fixed amount of work and returns a small check value. It is run
# untimed WARMUP times and for at least 2 seconds (so that the JVM compiles
# the hot code), then RUNS
# times timed with [time]; the best run is reported as
#     RESULT <name> <milliseconds> <check value>
# The arguments are: WARMUP RUNS ?paired? (default 3 5).
#
# With "paired", bench/paired.tcl drives the timed runs: after the warm-up
# the harness prints "READY <name>" and then reads one line per step from
# stdin: "run" times one run and prints "TIME <microseconds>", anything
# else ends the benchmark with its RESULT line. The driver alternates two
# shells run by run this way, so that both are timed at the same moments.

set bench_warmup [expr {$argc > 0 ? [lindex $argv 0] : 3}]
set bench_runs [expr {$argc > 1 ? [lindex $argv 1] : 5}]
set bench_paired [expr {[lindex $argv 2] eq "paired"}]

# One timed run. The warm-up runs go through here too: the JIT then sees
# the same code before and during the timed runs, and does not have to
# recompile the interpreter's hot paths at the moment timing starts.
proc bench_once {script} {
    upvar 1 check check
    return [lindex [time {set check [uplevel #0 $script]}] 0]
}

proc bench {name script} {
    global bench_warmup bench_runs bench_paired
    # at least WARMUP runs and 2 seconds: on a busy 2-CPU machine the JIT
    # takes seconds to compile the interpreter's hot paths
    set until [expr {[clock milliseconds] + 2000}]
    for {set i 0} {$i < $bench_warmup || [clock milliseconds] < $until} {incr i} {
        bench_once $script
    }
    set best -1
    if {$bench_paired} {
        puts "READY $name"
        flush stdout
        while {[gets stdin step] >= 0 && $step eq "run"} {
            set t [bench_once $script]
            puts "TIME $t"
            flush stdout
            if {$best < 0 || $t < $best} {
                set best $t
            }
        }
    } else {
        for {set i 0} {$i < $bench_runs} {incr i} {
            set t [bench_once $script]
            if {$best < 0 || $t < $best} {
                set best $t
            }
        }
    }
    puts [format "RESULT %s %.2f %s" $name [expr {$best / 1000.0}] $check]
    flush stdout
}
