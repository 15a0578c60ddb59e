# The small commands: normalizeMsg, bytestring, loadTestedCommands,
# workingDirectory, mainThread, normalizePath, interpreter and the channels.
package require tcltest
namespace import ::tcltest::*
proc show s {string map [list \n \\n \r \\r \t \\t] $s}

foreach m [list "a\n\nb\n\n" "a\n\n\nb\r\n\n" "a\nb  \n  " "\n\na" "a\n \nb" \
	"a \n\nb" "x\n\n\n" "a\r\rb" "" "\n" "\n\n" "x\n"] {
    puts "[show $m] -> [show [normalizeMsg $m]]"
}
puts [bytestring abc]
puts [string length [bytestring \u00e9]]
puts [catch {loadTestedCommands} m]|$m|
configure -load {set loaded 1; info level}
puts [loadTestedCommands]
proc x {} {loadTestedCommands; info exists loaded}
puts [x]
set f [open load.tcl w]; puts $f {set fromfile [info level]}; close $f
configure -loadfile load.tcl
puts [list [loadScript]]
puts [loadTestedCommands]
puts $fromfile
puts [expr {[loadFile] eq [file join [pwd] load.tcl]}]
puts [mainThread]
file mkdir real
file link -symbolic link real
set p [file join [pwd] link]
puts [expr {[normalizePath p] eq [file join [pwd] real]}]
puts [expr {$p eq [file join [pwd] real]}]
set old [pwd]
puts [expr {[workingDirectory real] eq [file join $old real]}]
puts [expr {[pwd] eq [file join $old real]}]
cd $old
workingDirectory $old
puts [interpreter foo]
puts [interpreter]
puts [outputChannel stderr]
test misc-1 {output goes to outputChannel} {set a 1} 2
outputChannel stdout
puts [errorChannel]
puts [customMatch mine {string equal}]
cleanupTests
