# Benchmark harness, put in front of each bench/lang/*.tcl script by
# bench/run-lang.sh. A benchmark is a script (usually one proc call) that
# does a fixed amount of work and returns a small check value. It is run
# WARMUP times untimed (so that the JVM compiles the hot code), then RUNS
# times timed with [time]; the best run is reported as
#     RESULT <name> <milliseconds> <check value>
# The arguments are: WARMUP RUNS (default 3 5).

set bench_warmup [expr {$argc > 0 ? [lindex $argv 0] : 3}]
set bench_runs [expr {$argc > 1 ? [lindex $argv 1] : 5}]

proc bench {name script} {
    global bench_warmup bench_runs
    for {set i 0} {$i < $bench_warmup} {incr i} {
        uplevel #0 $script
    }
    set best -1
    for {set i 0} {$i < $bench_runs} {incr i} {
        set t [lindex [time {set check [uplevel #0 $script]}] 0]
        if {$best < 0 || $t < $best} {
            set best $t
        }
    }
    puts [format "RESULT %s %.2f %s" $name [expr {$best / 1000.0}] $check]
}
