set i [interp create]
puts $i
puts [interp eval $i {set x 5; expr {$x*2}}]
puts [$i eval {info exists x}]
interp alias $i parentcmd {} list a
puts [$i eval parentcmd b]
puts [interp aliases $i]
puts [interp alias $i parentcmd]
puts [interp exists $i]:[interp exists nope]
puts [interp children]
puts [catch {interp eval nope {}} m]:$m
puts [catch {$i eval {error boom}} m]:$m
puts $::errorInfo
set s [interp create -safe]
puts [interp issafe $s]:[interp issafe $i]
puts [catch {$s eval {open /etc/passwd}} m]:$m
interp delete $i
puts [interp exists $i]
puts [catch {interp bogus} m]:$m
puts [catch {$s bogus} m]:$m
interp create foo
puts [foo eval {interp create bar}]
puts [interp eval {foo bar} {set y 1}]
puts [catch {interp target {} foo} m]:$m
puts [catch {interp create foo} m]:$m
puts [interp recursionlimit foo]
interp alias foo up {} set fromChild
foo eval {up 42}
puts $fromChild
puts [interp alias foo up]
interp delete foo
puts [interp exists foo]
