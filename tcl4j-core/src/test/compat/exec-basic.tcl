puts [exec echo hello world]
puts [exec echo -n abc]
puts [exec sh -c {printf 'a\nb\n'}]
puts [exec -keepnewline echo x]|
puts [exec echo abc | tr a-z A-Z]
puts [exec tr a-z A-Z << "from stdin"]
puts [catch {exec sh -c {exit 3}} m]:$m:[lindex $::errorCode 0]
puts [catch {exec sh -c {echo err >&2}} m]:$m:[lindex $::errorCode 0]
puts [catch {exec -ignorestderr sh -c {echo err >&2; echo out}} m]:$m
puts [catch {exec sh -c {echo err >&2; echo out} 2>@1} m]:$m
puts [catch {exec nosuchprogram_x} m]:$m:[lindex $::errorCode 0]
puts [catch {exec} m]:$m
puts [catch {exec echo a |} m]:$m
puts [catch {exec sh -c {kill -9 $$}} m]:$m:[lrange $::errorCode 0 0]:[lrange $::errorCode 2 end]
set f /tmp/tcl4j-exec-[pid].txt
exec echo written > $f
exec echo more >> $f
puts [exec cat $f]
puts [exec cat < $f]
puts [exec sh -c {echo o; echo e >&2} 2> /tmp/tcl4j-exec-err-[pid].txt]
puts [exec cat /tmp/tcl4j-exec-err-[pid].txt]
puts [llength [exec sleep 0 &]]
file delete $f /tmp/tcl4j-exec-err-[pid].txt
