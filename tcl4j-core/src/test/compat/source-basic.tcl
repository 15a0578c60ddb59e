# source: a file is its own script unit; return ends it; errors name the
# file and line; ^Z ends the text; \r\n and \r are line ends; -encoding.
# The files are in source-files/.
proc t {script} {
    set c [catch {uplevel 1 $script} m]
    puts "$script => $c {$m}"
    switch $c 1 {puts "  errorCode: $::errorCode"; puts "  errorInfo: $::errorInfo"}
}
set dir [string range $argv0 0 [string last / $argv0]]source-files

t {source $dir/return.tcl}
t {set x}
t {source $dir/procerror.tcl}
t {source $dir/ctrlz.tcl}
t {source $dir/crlf.tcl}
t {source $dir/break.tcl}
t {foreach z {1 2} {puts z=$z; source $dir/break.tcl}}
t {foreach z {1 2} {puts z=$z; source $dir/continue.tcl}}
t {source $dir/returnerror.tcl}
proc pg {} { source $::dir/level2.tcl; return after }
t {pg}
proc pk {} { source $::dir/returnreturn.tcl; return after }
t {pk}
t {source $dir/code5.tcl}
t {source $dir/returnbreak.tcl}
t {source $dir/latin1.tcl}
t {source -encoding iso8859-1 $dir/latin1.tcl}
t {source $dir/utf8.tcl}
t {source -encoding iso8859-1 $dir/utf8.tcl}
t {source -encoding utf-8 $dir/utf8.tcl}
t {source -encoding cp1252 $dir/utf8.tcl}

t {source $dir/error.tcl}
t {source $dir/deep.tcl}
t {source $dir/inif.tcl}
t {source $dir/empty.tcl}
t {source $dir/value.tcl}
t {source $dir/outer.tcl}
t {set nested}
proc ps {} { source $::dir/value.tcl; info exists lastvalue }
t {ps}

puts "-- info script"
t {source $dir/outer.tcl}
t {set nested}

puts "-- errors"
t {source $dir/nonexistent.tcl}
t {source $dir/dir.tcl}
t {source ""}
t {source}
t {source a b c}
t {source -encoding}
t {source -encoding foo $dir/return.tcl}
t {source -encodin utf-8 $dir/return.tcl}
t {source -foo utf-8 $dir/return.tcl}
t {source -foo $dir/return.tcl}
t {source $dir/return.tcl b}
t {source -encoding utf-8 $dir/return.tcl b}
t {source -encoding binary $dir/return.tcl}
