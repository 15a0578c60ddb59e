# Background errors: bgerror procedures, interp bgerror handlers, fileevent errors.
proc bgerror {msg} {
    puts "bgerror: $msg"
    puts "info: $::errorInfo"
    puts "code: $::errorCode"
}
after 0 {error boom}
after 0 {error coded info {MY CODE}}
after 0 {nosuchcommand}
after 0 {set x 1; break}
after 0 {continue}
after 300 {set done 1}
vwait done

# errors in fileevent scripts remove the handler
set f [open /tmp/tcl4j-bg-[pid] w]
close $f
set f [open /tmp/tcl4j-bg-[pid]]
fileevent $f readable {error "from fileevent"}
after 300 {set done 2}
vwait done
puts "handler now: <[fileevent $f readable]>"
close $f
file delete /tmp/tcl4j-bg-[pid]

# a failing bgerror
proc bgerror {msg} { error "inner failure" }
after 0 {error outer}
after 300 {set done 3}
vwait done
puts "after failing bgerror"

# interp bgerror replaces the handler; it gets the options dictionary
rename bgerror {}
puts [interp bgerror {}]
proc handler {msg opts} {
    puts "handler: $msg [dict get $opts -code] [dict get $opts -errorcode]"
}
interp bgerror {} handler
puts [interp bgerror {}]
after 0 {error viaHandler}
after 0 {throw {A B} thrown}
after 300 {set done 4}
vwait done

# a handler that returns break drops the rest
proc handler {msg opts} { puts "first only: $msg"; return -code break }
after 0 {error one}
after 0 {error two}
after 300 {set done 5}
vwait done
interp bgerror {} ::tcl::Bgerror
puts done
