# if inside procedures and loops, where jtclsh runs it without a word array:
# errors, line numbers, codes from its bodies, and redefinition
proc report {script} {
    set r [catch {uplevel 1 $script} msg opts]
    if {$r == 1} {
        puts "$r <$msg> line [dict get $opts -errorline]"
        puts $::errorInfo
    } else {
        puts "$r <$msg>"
    }
}
proc condError {x} {
    set y 1
    if {$x > 1} {
        return big
    } elseif {$x + nope} {
        return never
    }
}
report {condError 0}
proc bodyError {x} {
    if {$x} then {
        set a 1
        error "in body $x"
    } else {
        set b 2
        expr {1 / $x}
    }
}
report {bodyError 1}
report {bodyError 0}
proc nested {a b} {
    if {$a} {
        if {$b} {
            unknownCommand here
        }
    }
    return done
}
report {nested 1 0}
report {nested 1 1}
proc loopCodes {} {
    set out {}
    foreach i {1 2 3 4 5 6} {
        if {$i == 2} {
            continue
        } elseif {$i == 5} {
            break
        } else {
            lappend out $i
        }
    }
    while 1 {
        if {[llength $out] > 1} { return $out } else { lappend out x }
    }
}
puts [loopCodes]
proc implicitElse {x} {
    if {$x} {return yes} {return no}
}
puts "[implicitElse 1] [implicitElse 0]"
proc noBranch {x} {
    set r [if {$x} {string cat taken}]
    return <$r>
}
puts "[noBranch 1] [noBranch 0]"
proc useIf {x} {
    if {$x} {return one} else {return other}
}
puts [useIf 1]
# an execution trace on if, then if renamed away and replaced
proc tracer {args} {
    puts "trace: [lindex $args 0] [lindex $args end]"
}
trace add execution if enter tracer
puts [useIf 0]
trace remove execution if enter tracer
puts [useIf 0]
rename if realIf
proc if {args} {
    return "my if: [llength $args] words"
}
puts [useIf 1]
rename if {}
rename realIf if
puts [useIf 1]
# a condition that changes the procedure's if while it runs
proc redefineInside {} {
    if {[rename if oldIf; proc if args {return replaced}; string cat 1]} {
        set r first
    }
    lappend r [if 1 {string cat second}]
    rename if {}
    rename oldIf if
    return $r
}
puts [redefineInside]
proc deep {n} {
    if {$n > 0} {
        return [deep [expr {$n - 1}]]
    }
    return [info level]
}
puts [deep 20]
puts [catch {deep 5000} msg]
puts $msg
