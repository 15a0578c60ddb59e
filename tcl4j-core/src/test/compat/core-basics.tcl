# Words, substitution, procs and control flow: the Dodekalogue at work.
set a 5
puts "a is $a, braces {$a} stay"
puts {no $subst [here]}
puts "escapes: \x41\u00e9\t|\101|\n2nd line"
proc p {x {y 2} args} { return "x=$x y=$y args=$args" }
puts [p 1]
puts [p 1 3 4 5]
set arr(k) v
set k k
puts "$arr(k) $arr($k) ${a}b"
foreach {k v} {a 1 b 2 c} { puts "$k=$v" }
set i 0
while {$i < 3} { incr i; if {$i == 2} continue; puts i=$i }
for {set j 0} {$j < 10} {incr j} { if {$j > 2} break; puts j=$j }
puts [catch {error boom} m]:$m
puts [catch {p} m]:$m
puts [catch {nosuchcmd a b} m]:$m
puts [catch {set nosuch} m]:$m
set s "a;b"; puts $s
puts [string length "é"]
# comment \
  continued comment
puts done
