# list llength lrange linsert lreplace lrepeat lreverse lassign join split
# concat: results, quoting of the results, and tclsh's error messages.
proc t {script} {
    set r [catch {uplevel 1 $script} m]
    if {$r} {
        puts "[list $script] -> $r [list $m] [list $::errorCode]"
    } else {
        puts "[list $script] -> $r [list $m]"
    }
}
set bad "a \{b"
t {list a {b c} "" \{ \} \\ "a b" \$x {[y]} # {#a} "x\ny" {"q"} a"b}
t {list}
t {list #a b}
t {list a #b}
t {list {} {}}
t {llength {a b c}}
t {llength {}}
t {llength "  a  b  "}
t {llength $bad}
t {llength "a \""}
t {llength "\{a\}b"}
t {llength "\"a\"b"}
t {llength}
t {llength a b}
t {lrange {a b c} 1}
t {lrange "a   b c" 0 end}
t {lrange {a b c d} end-1 1}
t {lrange {a b c d} 1 2}
t {lrange {a b c d} -5 100}
t {lrange {a {b c} d} 1 1}
t {lrange {} 0 end}
t {lrange $bad 0 0}
t {lreplace {a b c} 5 5 x}
t {lreplace {a b c} 3 3 x}
t {lreplace {a b c} -1 -1 x}
t {lreplace {a b c} 1 0 x}
t {lreplace {a b c} 2 1 x y}
t {lreplace {} 0 0 x}
t {lreplace {} 0 0}
t {lreplace {a b c} end+5 end+6 x}
t {lreplace {a b c} 1 end}
t {lreplace {a b c} 0 0}
t {lreplace {a b c} end end z}
t {lreplace {a b c} 1 1 x y z}
t {lreplace {a b c}}
t {lreplace {a b c} 1}
t {lreplace {a b c} x 1}
t {lreplace {a b c} 1 y}
t {lrepeat 3 a b}
t {lrepeat 0 a}
t {lrepeat 0}
t {lrepeat 2}
t {lrepeat 1 {a b}}
t {lrepeat -1 a}
t {lrepeat x a}
t {lrepeat}
t {linsert {a b} end x}
t {linsert {a b} end-1 x}
t {linsert {a b} 10 x}
t {linsert {a b} -10 x}
t {linsert {a b} 1}
t {linsert {a b} 0 x {y z}}
t {linsert {a b}}
t {linsert {a b} x y}
t {linsert $bad 0 x}
t {concat "a\\ " b}
t {concat " a  b " "  " { c d } }
t {concat}
t {concat "a\\\\ " b}
t {concat "a\t\n" b}
t {concat "a\\  " b}
t {concat "a\\\t\t" b}
t {concat "\\ a " b}
t {concat " \\" b}
t {concat {a b} {c d}}
t {concat [list a b] [list {c d} e]}
t {concat [list a b] { } [list {c d} e]}
t {concat "#a" b}
t {concat a {} b}
t {concat {} {}}
t {lassign {a b c} x y}
t {lassign {a b c} x y z w}
t {lassign {a b c}}
t {lassign {}}
t {lassign}
t {list [lassign {1 2 3} p q r s] $p $q $r $s}
t {join {a b c} ,}
t {join {a {b c} d}}
t {join {a b c} {}}
t {join {a b c} ", "}
t {join {}}
t {join {{a b}}}
t {join $bad ,}
t {join}
t {join a b c}
t {split "a b  c"}
t {split "abc" ""}
t {split "a,b,,c" ","}
t {split "a,b;c" ",;"}
t {split ""}
t {split "" ,}
t {split ",a," ,}
t {split "a\tb\nc\rd e"}
t {split "a{b}c" "{}"}
t {split "hello world" o}
t {split "\u00e9t\u00e9" ""}
t {split}
t {split a b c}
t {lreverse {a b c}}
t {lreverse {a {b c}}}
t {lreverse {}}
t {lreverse x}
t {lreverse}
t {lreverse $bad}
