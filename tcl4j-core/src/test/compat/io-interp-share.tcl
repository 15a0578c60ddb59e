# interp share and interp transfer: one channel in several interpreters,
# closed when the last one lets go of it.
set name /tmp/tcl4j-io-share-[pid].txt
proc contents {} {
    set g [open $::name]
    set data [read $g]
    close $g
    return $data
}

# share: both interpreters write; closing in one leaves it open in the other
set f [open $name w]
interp create c
interp share {} $f c
puts [expr {[c eval [list chan names $f]] eq $f}]
c eval [list puts $f "from child"]
close $f
puts [chan names $f]
c eval [list puts $f "child again"]
c eval [list close $f]
puts [contents]

# transfer: the channel leaves the source
set f [open $name a]
interp transfer {} $f c
puts [chan names $f]
puts [expr {[c eval [list chan names $f]] eq $f}]
catch {puts $f x} m; puts $m
c eval [list puts $f "transferred"]
interp delete c
puts [contents]

# sharing twice is sharing once
interp create c
set f [open $name]
interp share {} $f c
interp share {} $f c
close $f
puts [c eval [list gets $f]]
c eval [list close $f]
catch {c eval [list close $f]} m; puts $m

# between two children, and the name stays taken while any holder has it
set f [open $name]
interp create c2
interp share {} $f c
interp transfer c $f c2
puts [c2 eval [list gets $f]]
puts [c eval [list chan names $f]]
set f2 [open $name]
puts [expr {$f2 eq $f}]
close $f
c2 eval [list close $f]
close $f2

# transferring to the same interpreter closes the channel
set f [open $name]
interp transfer {} $f {}
puts [chan names $f]

# a deleted interpreter lets go of its shares
set f [open $name]
interp create d
interp share {} $f d
interp delete d
puts [gets $f]
close $f

# each interpreter has its own fileevent script; both run
lassign [chan pipe] r w
fconfigure $w -buffering none
interp share {} $r c
fileevent $r readable {puts parent-handler; set ::done 1}
c eval [list fileevent $r readable {puts child-handler}]
puts [list [fileevent $r readable] [c eval [list fileevent $r readable]]]
puts $w hello
vwait done
c eval [list fileevent $r readable {}]
puts [list [fileevent $r readable] [c eval [list fileevent $r readable]]]
gets $r
# after a transfer, the source's scripts are gone and the child's run from the parent's event loop
interp transfer {} $r c
puts [c eval [list fileevent $r readable]]
c eval [list fileevent $r readable [list apply {{r} {puts "child got [gets $r]"; set ::cdone 1}} $r]]
puts $w again
c eval {vwait cdone}
c eval [list close $r]
close $w

# a child's timers run in the parent's event loop, and after info is per interpreter
c eval {after 10 {puts "child timer"; set ::t 1}}
after 50 {set ::pt 1}; vwait ::pt
puts [c eval {info exists t}]
c eval {after 1000 {puts never}}
puts [llength [after info]]
puts [llength [c eval {after info}]]
interp delete c
after 30 {set ::pt 2}; vwait ::pt

# a child's background error goes to the child's handler
interp create c
c eval {proc bgerror {m} {puts "child bgerror: $m"}}
c eval {after 0 {error oops}}
after 20 {set ::pt 3}; vwait ::pt
interp delete c
interp delete c2

# errors
interp create c
foreach cmd {
    {interp share}
    {interp share {} stdout}
    {interp share {} stdout c x}
    {interp transfer}
    {interp transfer {} stdout}
    {interp share {} nochan c}
    {interp transfer {} nochan c}
    {interp share {} stdout nointerp}
    {interp share nointerp stdout c}
    {interp share nointerp nochan alsonot}
    {interp share {} nochan alsonot}
    {interp transfer {} stdout nointerp}
    {c share}
    {c transfer}
    {interp share c stdout {}}
    {interp share {} stdout c}
    {interp share {} stdout {}}
} {
    catch $cmd m
    puts "$cmd -> $m"
}
interp delete c
file delete $name
