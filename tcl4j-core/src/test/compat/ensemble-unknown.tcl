# namespace ensemble -unknown: an empty answer after the handler made the
# subcommand re-dispatches; a command prefix runs with the remaining words;
# an empty answer for a subcommand that still does not exist is an error
namespace eval lazy {
    namespace export *
    namespace ensemble create -unknown [list ::lazy::make]
    proc make {ens sub args} {
        puts "make $ens $sub ($args)"
        if {$sub eq "greet"} {
            proc ::lazy::greet {who} { return "hello $who" }
            return {}
        }
        if {$sub eq "sum"} {
            return [list ::tcl::mathop::+ 100]
        }
        return {}
    }
}
puts [lazy greet world]
puts [lazy greet again]
puts [lazy sum 1 2]
puts [catch {lazy missing x} msg]
puts $msg
puts $::errorCode
# with parameters: the handler sees them before the subcommand
namespace eval withParam {
    namespace export *
    namespace ensemble create -parameters {obj} -unknown [list ::withParam::make]
    proc make {ens obj sub args} {
        proc ::withParam::$sub {obj args} { return "[lindex [info level 0] 0] on $obj: $args" }
        return {}
    }
}
puts [withParam box open 1 2]
puts [withParam box open 3]
# no prefixes: the error says so
namespace eval strict {
    namespace export *
    namespace ensemble create -prefixes 0 -unknown {apply {{args} {return {}}}}
    proc alpha {} { return a }
}
puts [catch {strict al} msg]
puts $msg
