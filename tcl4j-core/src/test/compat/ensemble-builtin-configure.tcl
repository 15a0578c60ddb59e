# the built-in ensembles are namespace ensembles as in tclsh: namespace ensemble
# exists says so, configure shows their -map, and a script may add subcommands
# (as tcllib's dicttool does to dict) while the old ones keep working
puts [namespace ensemble exists dict]
puts [namespace ensemble exists string]
puts [namespace ensemble exists puts]
puts [namespace ensemble configure dict -map]
puts [namespace ensemble configure dict -namespace]
# extend dict with a subcommand of our own, as dicttool does
proc ::tcl::dict::getnull {d args} {
    if {[dict exists $d {*}$args]} { return [dict get $d {*}$args] }
    return {}
}
namespace ensemble configure dict -map [dict replace [namespace ensemble configure dict -map] getnull ::tcl::dict::getnull]
puts [dict getnull {a 1} a]
puts "<[dict getnull {a 1} b]>"
puts [dict get {a 1 b 2} b]
set d {}
dict set d x 1
dict incr d x
dict lappend d l a b
puts $d
proc p {} { set d {k 1}; dict incr d k 5; dict set d n 2; return [list $d [dict get $d k]] }
puts [p]
puts [catch {dict nosuch} msg]
puts $msg
puts [dict ex {a 1} a]
# string too
namespace ensemble configure string -map [dict replace [namespace ensemble configure string -map] shout {apply {{s} {string toupper $s!}}}]
puts [string shout hi]
puts [string length abc]
puts [string map {a b} aaa]
