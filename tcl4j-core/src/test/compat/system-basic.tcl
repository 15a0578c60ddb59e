# time, pid and exit.
proc t {script} {
    set c [catch {uplevel 1 $script} m]
    puts "$script => $c {$m}"
    switch $c 1 {puts "  errorCode: $::errorCode"; puts "  errorInfo: $::errorInfo"}
}
# a timing result, with the number (which varies) replaced
proc shape {r} {
    set n [lindex $r 0]
    return "int=[string is integer -strict $n] double=[string is double -strict $n] [lrange $r 1 end]"
}

puts "-- time"
t {shape [time {set x 1}]}
t {shape [time {set x 1} 1]}
t {shape [time {set x 1} 100]}
t {time {set x 1} 0}
t {time {set x 1} -5}
t {time {set x 1} 1.5}
t {time {set x 1} x}
t {time {set x 1} 99999999999999999999}
t {time}
t {time a b c}
t {time {error oops}}
t {time {error oops} 2}
t {time {break}}
t {time {continue} 3}
t {time {return 5} 3}
set n 0
t {shape [time {incr n} 7]}
t {set n}
t {time {incr n; switch $n 10 break} 7}
t {set n}
proc ptime {} { time {return inner} 2; return outer }
t {ptime}
proc ptime2 {} { time {set y 1} ; info exists y }
t {ptime2}
# sleeping 20 ms takes at least 10000 microseconds: five digits or more
t {string match {?????*} [lindex [time {after 20}] 0]}

puts "-- pid"
t {string is integer -strict [pid]}
t {string equal [pid] [pid]}
t {pid a b}
t {pid stdout}
t {pid stderr}
t {pid nosuchchan}

puts "-- exit"
t {exit a}
t {exit 1 2}
t {exit 1.5}
t {exit 99999999999999999999}
# (exit with a status: not here until the in-process compat runner lets exit
# through; bin/jtclsh does, see SystemCommandsTest)
