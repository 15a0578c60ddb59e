# lappend inside procedures, where jtclsh appends to a local list without
# the generic invocation: every case the short form must leave to the command
proc fresh {} {
    lappend l a
    lappend l {b c}
    lappend l
    lappend l d e
    return $l
}
puts [fresh]
proc fromString {} {
    set l "x {y z}"
    lappend l w
    set s "not \{a list"
    set r [catch {lappend s q} msg]
    return [list $l $r $msg $s]
}
puts [fromString]
proc onArray {} {
    array set a {k v}
    set r [catch {lappend a x} msg]
    lappend a(k) more
    lappend a(new) one
    return [list $r $msg [lsort [array get a]]]
}
puts [onArray]
proc traced {} {
    set l {}
    trace add variable l write {apply {{n1 n2 op} {puts "write $n1"}}}
    lappend l 1
    lappend l 2
    return $l
}
puts [traced]
proc linked {name} {
    upvar 1 $name target
    lappend target linked
}
proc caller {} {
    set mine start
    linked mine
    return $mine
}
puts [caller]
set ::g {}
proc viaGlobal {} {
    global g
    lappend g one
    lappend g two
}
viaGlobal
puts $::g
proc shared {} {
    set a {1 2}
    set b $a
    lappend a 3
    lappend b 4
    return [list $a $b]
}
puts [shared]
proc numbers {} {
    set n [expr {6 * 7}]
    lappend n 43
    set d [dict create k v]
    lappend d extra
    return [list $n $d [llength $d]]
}
puts [numbers]
proc withRename {} {
    lappend l 1
    rename lappend realLappend
    proc lappend {args} { return "mine: $args" }
    set r [lappend l 2]
    rename lappend {}
    rename realLappend lappend
    lappend l 3
    return [list $r $l]
}
puts [withRename]
proc loop {} {
    set out {}
    foreach i {1 2 3} {
        lappend out [expr {$i * $i}]
    }
    return $out
}
puts [loop]
proc badWords {} {
    list [catch {lappend} m1] $m1
}
puts [badWords]
