# Edge cases: canonical results of no-op list commands, and the order in which
# lsearch and lsort check their arguments.
proc t {s} { set r [catch {uplevel 1 $s} m]; puts "[list $s] -> $r [list $m]" }
t {lreverse " a "}
t {lreverse "\{a\}"}
t {lreverse ""}
t {lassign " a  b "}
t {lassign "\{a\} b" x}
t {linsert " a  b " 0}
t {lrange " a  b " 0 end}
t {lreplace " a  b " 5 4}
t {lsearch -start 5 -subindices -index 0 {{a}} a}
t {lsearch -start 5 -all {a} a}
t {lsearch -start 5 -inline {a} a}
t {lsearch -start 5 -sorted -integer {a} x}
t {lsearch -start 0 -integer -exact {} x}
t {lsearch -start end+1 -integer -exact {1} x}
t {lsort "\{a\}"}
t {lsort -unique "\{a\}"}
t {lindex " a " 0}
t {lindex "\{a\}" {}}
t {lrepeat 1 "\{a\}"}
t {join "\{a\}"}
t {join "\{a\} b"}
t {concat "\{a\}"}
t {list "\{a\}"}
t {dict get "\{a\} b"}
t {dict merge "\{a\} b"}
t {dict replace "\{a\} b"}
t {lsearch -regexp -start 5 {a} (}
t {lsearch -regexp -start x {a} (}
t {lsearch -regexp -start x "a \{" (}
t {lsearch -start x "a \{" a}
t {lsearch -integer -exact -start x "a \{" a}
t {lsearch -regexp "a \{" (}
t {lsearch -exact -integer "a \{" x}
t {lsearch -index x "a \{" x}
t {lsort -index x "a \{"}
t {lsort -stride 0 "a \{"}
t {lsort -index 1 -stride 2 "a \{"}
