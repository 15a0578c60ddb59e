# info frame: type, line, file, proc, cmd and level of each level, from a file's
# top level, procedures written in it or built at run time, eval, uplevel,
# namespace eval, apply, a sourced file, and literal bodies at top level
proc describe {f} {
    set out [dict get $f type]
    foreach k {line file proc cmd level} {
        if {[dict exists $f $k]} {
            set v [dict get $f $k]
            if {$k eq "file"} { set v [file tail $v] }
            append out " $k=<$v>"
        }
    }
    return $out
}
proc here {} {
    set n [info frame]
    set out {}
    for {set i 1} {$i < $n} {incr i} {
        lappend out "$i: [describe [info frame $i]]"
    }
    return [join $out \n]
}
puts "depth at top: [info frame]"
puts [here]
puts ---
proc inFile {a} {
    if {$a} {
        return [here]
    }
}
puts [inFile 1]
puts ---
eval {proc dynamic {} {
    return [here]
}}
puts [dynamic]
puts ---
eval [list proc built {} "return \[here\]"]
puts [built]
puts ---
puts [eval {here}]
puts ---
set s "here"
puts [eval $s]
puts ---
namespace eval ns {
    puts [::here]
}
puts ---
proc up {} { uplevel 1 {here} }
puts [up]
puts ---
puts [apply {{} {
    here
}}]
puts ---
source [file join [file dirname $argv0] frame-files other.tcl]
puts [fromOther]
puts ---
catch {
    puts [here]
}
puts ---
foreach x {1} {
    puts [here]
}
puts ---
puts [describe [info frame 0]]
puts [lsort [dict keys [info frame 0]]]
proc rel {} { return [describe [info frame -1]] }
puts [rel]
puts [catch {info frame 99} m]$m
puts [catch {info frame -99} m]$m
puts [info frame 0]
proc keys {} { return [dict keys [info frame 0]] }
puts [keys]
puts [dict get [info frame 0] line]
