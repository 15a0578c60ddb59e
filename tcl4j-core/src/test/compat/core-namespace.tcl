namespace eval foo {
  variable x 10
  proc bar {a} { variable x; return "bar $a $x" }
  namespace export bar
  namespace eval sub { proc deep {} { return [namespace current] } }
}
puts [foo::bar 1]
puts [::foo::sub::deep]
puts [namespace exists foo]:[namespace exists nope]
puts [namespace qualifiers ::a::b::c]|[namespace tail ::a::b::c]
namespace import foo::bar
puts [bar 2]
puts [namespace origin bar]
puts [namespace which -command bar]
puts [namespace children ::foo]
puts [namespace parent ::foo::sub]
puts [namespace eval foo {namespace current}]
namespace eval ens {
  proc one {x} { return one:$x }
  proc two {} { return two }
  namespace export one two
  namespace ensemble create
}
puts [ens one 1]|[ens t]
puts [catch {ens three} m]:$m
puts [catch {ens one} m]:$m
set code [namespace eval foo {namespace code {return $x}}]
puts $code
puts [catch {namespace bogus} m]:$m
proc traced {n1 n2 op} { puts "trace $n1 $n2 $op" }
trace add variable tv write traced
set tv 1
trace add variable arr read traced
set arr(a) 1
set arr(a)
puts [trace info variable tv]
trace remove variable tv write traced
set tv 2
puts [try {error boom} on error {m o} {set m caught:$m}]
puts [try {set x 1} finally {puts finally}]
try {throw {MY ERR} oops} trap {MY} {m o} {puts "trapped $m [dict get $o -errorcode]"}
proc gen {} { yield 1; yield 2; return 3 }
coroutine g gen
puts [g]|[g]
puts [catch {g} m]:$m
puts [info commands g]
proc acc {} { set n 0; while 1 { set v [yield $n]; set n $v } }
puts [apply {{a b} {return $a-$b}} x y]
puts [catch {apply {{a b} {}} 1} m]:$m
proc tc {} { tailcall list a b }
puts [tc]
puts [subst {a$tv[list b c]\t}]
puts [info level]
proc lv {} { return [info level 0] }
puts [lv]
puts [info args gen]|[info body tc]
proc d {a {b 5}} {}
puts [info default d b v]:$v
puts [info exists tv]:[info exists nope]
puts [info complete "set x \{"]:[info complete "set x 1"]
