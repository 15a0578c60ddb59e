set f [open /tmp/tcl4j-exec-chan-[pid].txt w]
puts [list [exec echo to-file >@ $f]]
exec sh -c {echo oops >&2} 2>@ $f
close $f
set f [open /tmp/tcl4j-exec-chan-[pid].txt r]
puts [exec tr a-z A-Z <@ $f]
close $f
puts [exec echo direct >@ stdout]
puts [catch {exec echo x >@ nosuch} m]:$m
file delete /tmp/tcl4j-exec-chan-[pid].txt
