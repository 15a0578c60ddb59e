# errorInfo, errorCode and -errorline as tclsh shapes them (they are compared by real scripts).
proc show {script} {
    catch {uplevel 1 $script} m o
    puts "[string map {\n |} $::errorInfo] @[dict get $o -errorline] code=[dict get $o -errorcode]"
}
proc p1 {} { foreach x {1} {error b1} }
proc p2 {} { while 1 {error b2} }
proc p4 {} { set a [lindex [error b4]] }
proc p9 {} { try {error b9} finally {} }
proc p10 {} { eval {error b10} }
proc p12 {} {
  set y 1
  foreach x {1} {
    set z 2
    error b12
  }
}
foreach p {p1 p2 p4 p9 p10 p12} { show $p }
show {foreach x {1} {error t1}}
show {while 1 {error t2}}
show {if 1 {error t3}}
show {set a [error t4]}
show {apply {{} {error t5}}}
show {apply {{} {
   error t6}}}
show {error msg info {A B}}
show {set nosuch}
show {nosuchcommand 1 2}
show {throw {X Y} text}
proc deep {n} { deep [incr n] }
catch {deep 0} m
puts $m
puts [catch {break} m]:$m
puts [catch {continue} m]:$m
puts [catch {return -level 0 -code 7 x} m]:$m
proc r {} { return -code break }
puts [catch {r} m]:$m
proc r2 {} { return -level 2 two }
proc r3 {} { r2; return three }
puts [r3]
catch {error a b c} m o
puts [lsort [dict keys $o]]
