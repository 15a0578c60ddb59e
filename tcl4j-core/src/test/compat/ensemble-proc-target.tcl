# a procedure run as an ensemble's subcommand: info level 0 and errorInfo name the
# procedure itself, and its wrong # args names the ensemble words, as in tclsh
namespace eval e {
    proc sub {a} { puts "level0=[info level 0]"; error boom }
    namespace export sub
    namespace ensemble create
}
catch {e sub 1} m
puts $::errorInfo
namespace eval f {
    namespace ensemble create -map {go ::f::impl}
    proc impl {x y} { info level 0 }
}
puts [f go 1 2]
puts [catch {f go 1} m]$m
catch {e sub} m; puts $m
