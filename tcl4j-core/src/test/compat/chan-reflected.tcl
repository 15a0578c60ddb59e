# Reflected channels (chan create) and transformations (chan push / chan pop).
namespace eval mem {
    variable data
    variable pos
    proc handler {cmd chan args} {
        variable data
        variable pos
        lappend ::calls $cmd
        switch -- $cmd {
            initialize {
                set data($chan) "line one\nline two\nthree"
                set pos($chan) 0
                return {initialize finalize watch read write seek configure cget cgetall blocking}
            }
            finalize { unset data($chan) pos($chan) }
            watch { lappend ::calls [lindex $args 0] }
            read {
                set n [lindex $args 0]
                set s [string range $data($chan) $pos($chan) [expr {$pos($chan) + $n - 1}]]
                incr pos($chan) [string length $s]
                return $s
            }
            write {
                append data($chan) [lindex $args 0]
                return [string length [lindex $args 0]]
            }
            seek {
                lassign $args offset base
                switch $base {
                    start { set pos($chan) $offset }
                    current { incr pos($chan) $offset }
                    end { set pos($chan) [expr {[string length $data($chan)] + $offset}] }
                }
                return $pos($chan)
            }
            cget { return "value-of[lindex $args 0]" }
            cgetall { return {-color red -size 3} }
            configure { lappend ::calls $args }
            blocking { lappend ::calls "blocking [lindex $args 0]" }
        }
    }
}
set calls {}
set c [chan create {read write} mem::handler]
puts [string match rc* $c]
puts [gets $c]
puts [fconfigure $c]
puts [fconfigure $c -color]
fconfigure $c -color blue
puts $c "appended"
flush $c
puts [read $c]
puts [tell $c]
seek $c 5
puts [gets $c]
fconfigure $c -blocking 0
close $c
puts $calls

# errors and would-block
proc readonly {cmd chan args} {
    switch $cmd {
        initialize { return {initialize finalize watch read} }
        read { return -code error EAGAIN }
        default { return }
    }
}
set c [chan create read readonly]
fconfigure $c -blocking 0
puts [list [gets $c] [fblocked $c] [eof $c]]
catch {puts $c x} msg; puts [string map [list $c RC] $msg]
catch {seek $c 0} msg; puts [string map [list $c RC] $msg]
puts [tell $c]
catch {chan postevent $c foo} msg; puts $msg
catch {chan postevent $c read} msg; puts [string map [list $c RC] $msg]
fileevent $c readable {set ::ev [list readable [gets $c]]}
after 0 [list chan postevent $c read]
vwait ev
puts $ev
close $c

proc failing {cmd chan args} {
    switch $cmd {
        initialize { return {initialize finalize watch read} }
        read { error "custom failure" {} {MY CODE} }
        default { return }
    }
}
set c [chan create read failing]
catch {gets $c} msg
puts "$msg | $::errorCode"
close $c

proc noread {cmd args} { return {initialize finalize watch} }
catch {chan create read noread} msg; puts $msg
proc nowrite {cmd args} { return {initialize finalize watch read} }
catch {chan create write nowrite} msg; puts $msg
proc nowatch {cmd args} { return {initialize read} }
catch {chan create read nowatch} msg; puts $msg
proc broken {cmd args} { error "init failed" }
catch {chan create read broken} msg; puts $msg

proc toomuch {cmd chan args} {
    switch $cmd {
        initialize { return {initialize finalize watch write} }
        write { return 99 }
        default { return }
    }
}
set c [chan create write toomuch]
puts $c hello
catch {flush $c} msg; puts $msg
close $c

# transformations
proc upper {cmd handle args} {
    lappend ::tcalls $cmd
    switch -- $cmd {
        initialize { return {initialize finalize read write drain flush clear} }
        read { return [string toupper [lindex $args 0]] }
        write { return [string tolower [lindex $args 0]] }
        drain { return "<drain>" }
        flush { return "<flush>" }
        default { return }
    }
}
set f /tmp/tcl4j-chan-rt-[pid]
set tcalls {}
set c [open $f w]
puts [string equal [chan push $c upper] $c]
puts $c "Hello World"
close $c
set c [open $f]
puts [read $c]
close $c
set c [open $f]
chan push $c upper
puts [gets $c]
puts [read $c]
puts [eof $c]
chan pop $c
puts [fconfigure $c -translation]
close $c
puts [lsort -unique $tcalls]
# popping a channel without transformations leaves it alone
set c [open $f]
chan pop $c
puts [expr {$c in [chan names]}]
close $c
chan pop stdout
puts "stdout still open"
proc notrans {cmd args} { return {initialize finalize} }
catch {chan push stdout notrans} msg; puts $msg
proc nofinal {cmd args} { return {initialize read} }
catch {chan push stdout nofinal} msg; puts $msg
file delete $f
