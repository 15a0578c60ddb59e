# dict get/incr/set with one key inside procedures (the evaluator's inline
# forms) must behave exactly as the command: results, errors, traces,
# shared values, big integers, non-dict values, abbreviations. A command
# takes the inline form from its second run on, so every procedure here
# runs twice (twice) and prints both results.

proc twice {args} {
    set a [uplevel 1 $args]
    set b [uplevel 1 $args]
    if {$a ne $b} {
        return "DIFFERENT: $a | $b"
    }
    return $a
}

proc counts {words} {
    set d [dict create]
    foreach w $words {
        dict incr d $w
    }
    return $d
}
puts [twice counts {a b a c b a}]

proc incrs {} {
    set d {x 1}
    set r [list [dict incr d x] [dict incr d x 5] [dict incr d y 16] [dict incr d z -3]]
    lappend r $d
    # a shared value keeps its contents
    set e $d
    dict incr d x
    lappend r $e $d
    return $r
}
puts [twice incrs]

proc bigs {} {
    set d [dict create n 9223372036854775807]
    dict incr d n
    set r [dict get $d n]
    dict incr d n 9223372036854775807
    lappend r [dict get $d n]
    dict set d m 1
    dict incr d m 18446744073709551616
    lappend r [dict get $d m]
}
puts [twice bigs]

proc errors {} {
    set out {}
    set d {a 1 b x}
    lappend out [catch {dict incr d b} m] $m $::errorCode
    lappend out [catch {dict incr d a 1.5} m] $m $::errorCode
    lappend out [catch {dict incr d c abc} m] $m $::errorCode
    lappend out [catch {dict get $d zz} m] $m $::errorCode
    set s {a 1 b}
    lappend out [catch {dict incr s a} m] $m $::errorCode
    lappend out [catch {dict get $s a} m] $m $::errorCode
    lappend out [catch {dict set s a 2} m] $m $::errorCode
    set arr(1) 1
    lappend out [catch {dict incr arr k} m] $m $::errorCode
    lappend out [catch {dict set arr k v} m] $m $::errorCode
    lappend out [catch {dict incr} m] $m
    lappend out [catch {dict get} m] $m
    lappend out [catch {dict set d} m] $m
    return $out
}
foreach x [twice errors] {puts $x}

proc strings {} {
    # values that are strings until a dict command reads them
    set d "k 1  j 2"
    set r [dict get $d j]
    dict incr d k
    lappend r $d
    set e "k 1"
    dict set e k 5
    lappend r $e [dict get "a {b c}" a]
}
puts [twice strings]

proc fresh {} {
    # a variable that does not exist yet
    dict incr n k
    dict set m k v
    list $n $m
}
puts [twice fresh]

proc abbrev {} {
    set d {a 1}
    dict inc d a
    dict se d b 2
    list $d [dict ge $d b]
}
puts [twice abbrev]

proc traced {} {
    set d {a 1}
    set ::log {}
    trace add variable d write {apply {{n i op} {lappend ::log "$op [uplevel 1 [list set $n]]"}}}
    trace add variable d read {apply {{n i op} {lappend ::log "read"}}}
    dict incr d a
    dict set d b 2
    return [list $d $::log]
}
puts [twice traced]

proc linked {} {
    upvar #0 gd d
    set d {a 1}
    dict incr d a
    dict set d b 2
    return $d
}
puts [list [twice linked] $gd]

namespace eval ns {
    variable v {a 1}
    proc up {} {
        variable v
        dict incr v a
        dict set v c 3
        return $v
    }
}
puts [twice ns::up]

proc renamed {} {
    set d {a 1}
    dict incr d a
    return $d
}
rename dict realdict
proc dict {args} { return "wrapped: $args" }
puts [twice renamed]
rename dict {}
rename realdict dict
puts [renamed]

# the global level takes the command's path for updates
set gd2 {a 1}
dict incr gd2 a
dict set gd2 b 2
puts $gd2
puts [dict get $gd2 b]

proc results {} {
    set d {}
    list [dict set d a 1] [dict incr d a] [dict get $d a]
}
puts [twice results]
