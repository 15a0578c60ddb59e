# -errorline and errorInfo of errors in nested bodies: proc bodies count as one unit, top-level catch with variables, foreach and try do not.
proc p {} {
  set a 1
  catch {error x} m o; puts "p [dict get $o -errorline]"
  catch {
     error x} m o; puts "p [dict get $o -errorline]"
  if 1 {
    catch {
     error x} m o; puts "pif [dict get $o -errorline]"
  }
  foreach x {1} {


    catch {
     error x} m o; puts "pfe [dict get $o -errorline]"
  }
  catch {
    if 1 {
      error x
    }
  } m o; puts "pcif [dict get $o -errorline]"
  catch {
    foreach x 1 {
      error x
    }
  } m o; puts "pcfe [dict get $o -errorline]"
  try {
    error x
  } on error {m o} {puts "ptry [dict get $o -errorline]"}
  try {

    foreach x 1 {
      error x
    }
  } on error {m o} {puts "ptryfe [dict get $o -errorline]"}
}
p
if 1 {

  catch {error x} m o; puts "if [dict get $o -errorline]"
}
while 1 {

  catch {error x} m o; puts "while [dict get $o -errorline]"
  break
}
catch {
    foreach x 1 {
      error x
    }
  } m o; puts "cfe [dict get $o -errorline]"
  try {

    foreach x 1 {
      error x
    }
  } on error {m o} {puts "tryfe [dict get $o -errorline]"}
foreach x {1} {
  catch {
    if 1 {
      error x
    }
  } m o; puts "fecif [dict get $o -errorline]"
}
try {
  foreach x 1 {
      error x
  }
} on error {m o} {puts "a [dict get $o -errorline]"}
try {


  foreach x 1 {

      error x
  }
} on error {m o} {puts "b [dict get $o -errorline]"}
try {
  foreach x 1 {error x}
} on error {m o} {puts "c [dict get $o -errorline]"}
try {foreach x 1 {error x}} on error {m o} {puts "d [dict get $o -errorline]"}
try {foreach x 1 {


error x}} on error {m o} {puts "e [dict get $o -errorline]"}
try {

error x} on error {m o} {puts "f [dict get $o -errorline]"}
try {

error x} on error {} {puts "g [dict get $::errorInfo]"}
proc p {} {
  try {

  error x} on error {} {puts "p1 $::errorInfo"}
  try {

  error x} finally {}
}
catch p; puts "p2 $::errorInfo"
proc opts {o} { dict unset o -errorstack; if {[dict exists $o -during]} { dict set o -during [opts [dict get $o -during]] }; return $o }
catch {try {error a} on error {} {

error b}}
puts $::errorInfo
catch {try {error a} finally {

error c}}
puts $::errorInfo
catch {try {set x 1} finally {

error c}} m o
puts [opts $o]
try {set x 1} finally {
   set y 2
}
catch {try {
   error a
} trap {} {} {
   error b
}} m o
puts [opts $o]
proc p {} {
try {error a} on error {} {

error b}
}
catch p; puts $::errorInfo
catch {try {error a} on error {} {return -code break}} m o; puts [opts $o]
catch {try {error a} on error {} {break}} m o; puts [opts $o]
catch {try {error a} finally {return -code 5 x}} m o; puts [opts $o]
proc p {} {
  try {error a} on error {} {error b}
}
catch p m o; puts [opts $o]
proc p2 {} {
  try {return -level 0 -code 7 x} on 7 {} {error b}
}
catch p2 m o; puts [opts $o]
proc p3 {} {
  try {error a} on error {} {error b} finally {error c}
}
catch p3 m o; puts [opts $o]
catch {try {return -code error -errorcode {X Y} -foo bar a} on return {} {error b}} m o; puts [opts $o]
catch {return -level 3 -code error x} m o; puts [opts $o]
catch {return -level 2 -code error -errorcode XX x} m o; puts [opts $o]
catch {return -code error -errorcode XX x} m o; puts [opts $o]
catch {return -errorcode XX -code error -level 2 x} m o; puts [opts $o]
catch {return -errorcode XX -level 2 -foo bar x} m o; puts [opts $o]
catch {return -errorinfo II -level 2 -code 1 x} m o; puts [opts $o]
catch {return -errorline 7 -level 2 -code 1 x} m o; puts [opts $o]
proc p {} { return -level 2 -code error -errorcode XX x }
proc q {} { p }
catch {q} m o; puts [opts $o]
catch {return -options {-code error -level 2 -errorcode YY} x} m o; puts [opts $o]
catch {return -options {-code error -errorcode YY} -level 2 x} m o; puts [opts $o]
foreach x {1} {
  catch {error x} m o; puts [dict get $o -errorline]
  catch {
    error x} m o; puts [dict get $o -errorline]
}
foreach x {1} {
  catch {pb} m o; puts [dict get $o -errorline]
}
catch {return -errorinfo II -errorline 5 -code 1 -level 2 x} m o; puts [opts $o]
catch {return -level 0 -code error -errorinfo II x} m o; puts [opts $o]
catch {return -level 0 -code error -foo bar -errorcode XX x} m o; puts [opts $o]
catch {return -level 0 -code error -errorline 9 x} m o; puts [opts $o]
catch {return -code error -code ok -level 2 -level 1 x} m o; puts [opts $o]
catch {return -options {-foo 1 -code 3} -bar 2 x} m o; puts [opts $o]
catch {return -code error -errorinfo II -level 1 x} m o; puts [opts $o]
proc p {} { return -code error -errorinfo II -foo bar x }
catch {p} m o; puts [opts $o]
proc p2 {} { return -code error -errorline 4 -errorinfo II  x }
catch {p2} m o; puts [opts $o]
proc p3 {} { return -code error -errorcode {A B} -level 1 x }
catch {p3} m o; puts [opts $o]
proc p6 {} { return -level 2 -foo bar x }
catch {p6} m o; puts [opts $o]
try { return -level 0 -code error -foo bar -errorcode XX x } on error {m o} { puts [opts $o] }
