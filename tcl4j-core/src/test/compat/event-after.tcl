# Timers, idle callbacks, vwait and update.
set ids {}
lappend ids [after 1000 x]
lappend ids [after 1000 y]
lappend ids [after idle z]
puts $ids
puts [after info]
puts [after info [lindex $ids 0]]
puts [after info [lindex $ids 2]]
after cancel y
puts [after info]
after cancel [lindex $ids 0]
after cancel [lindex $ids 2]
puts [after info]
after cancel nosuch
after cancel after#999

# order of timers and idle callbacks
set log {}
after 600 {lappend log t600}
after 300 {lappend log t300}
after 300 {lappend log t300b}
after idle {lappend log idle1}
after 0 {lappend log t0}
after idle {lappend log idle2}
after 900 {set done 1}
vwait done
puts $log

# update runs what is ready without waiting; update idletasks only idle callbacks
set log {}
after idle {lappend log idle}
after 0 {lappend log timer}
update idletasks
puts $log
after 5
update
puts $log

# after with several script words
after 0 lappend log a b c
after 1 {set done 2}
vwait done
puts [lindex $log end-2]

# cancel by script text
after 20 {lappend log never}
after cancel {lappend log never}
after 30 {set done 3}
vwait done
puts [lsearch $log never]

# nested vwait
proc inner {} {
    after 50 {set ::innerDone 1}
    vwait ::innerDone
    lappend ::log inner-done
}
set log {}
after 0 inner
after 1000 {lappend log outer; set done 4}
vwait done
puts $log

# vwait on an array element, and a variable unset
after 0 {set arr(x) 1}
vwait arr(x)
puts [array get arr]
set gone 1
after 0 {unset gone}
vwait gone
puts [info exists gone]

# after ms without a script sleeps, running no events
after 0 {set slept no}
set slept yes
after 20
puts $slept
update
puts $slept

# a timer that reschedules itself
set count 0
proc tick {} {
    incr ::count
    if {$::count < 5} { after 1 tick } else { set ::done 5 }
}
after 1 tick
vwait done
puts $count

# errors
foreach cmd {
    {after}
    {after foo}
    {after cancel}
    {after info nosuch}
    {after info a b}
    {after idle}
    {vwait}
    {vwait a b}
    {update foo}
    {update a b}
} {
    catch $cmd msg
    puts "$cmd => $msg | $::errorCode"
}
puts [after -1 {}]
update
