# regsub: & \0..\9 \& \\ in the replacement, -all, -start, the count with a variable
proc s {args} {
    unset -nocomplain ::v
    set r [catch {uplevel 1 [list regsub {*}$args]} m]
    set out "regsub $args -> $r [list $m]"
    catch { append out " v=[list [set ::v]]" }
    puts $out
}
s a banana X
s -all a banana X
s -all a banana X ::v
s a banana X ::v
s q banana X ::v
s -all {x*} abc -
s -all {b*} abbc -
s -all {(?=c)} abc -
s -all {} abc -
s -all {} {} -
s {} {} -
s {} abc -
s -all {\y} "ab cd" |
s -all {\M} "ab cd" -
s -all {a(n)} banana {<&|\0|\1|\\|\&|\2|\n>}
s {(a)(b)?} ac {[\1][\2]}
s -all {a} banana {\\&}
s -all {a} banana {\\\&}
s -all {a} banana "x\\"
s -all {a} banana {\x}
s -all {\w} ab {\9}
s {a} abc {\\\\}
s {a} abc "\\"
s {a} abc "a\\"
s -start 2 a banana X
s -start 2 -all a banana X
s -all -start 10 a banana X
s -start end a banana X
s -start end-1 -all a banana X
s -nocase A banana X
s -all -nocase {A} bAnana X
s -all -nocase {AN} bAnana X
s -all -line {^b} "b\nb" X
s -all {^b} "b\nb" X
s -all {^} "a\nb" >
s -all -line {^} "a\nb\n" >
s -all -line {$} "a\nb\n" <
s -all -lineanchor {^(\w)} "ab\ncd" {\1\1}
s -all -linestop {a.} "a\nab" X
s -all {\s+} "a  b \t c" " "
s -all {(\w+)@(\w+)} "joe@home ann@work" {\2:\1}
s -all {(a)|(b)} abc {[\1\2]}
s -all {.} "\u65e5\u672c" x
s -all {(?:)} abc -
s -all {x?} abc -
s -all {} abc {&}
s -all {} abc {<&>}
s -all {} abc {\0}
s -all -nocase {} abc -
s -all {x*} abc {<&>}
s -all {()} abc -
s -all {$} abc -
s -all {^} abc -
s -all {x*$} abc -
s -all {(?=c)|$} abc -
s -all -start 1 {} abc -
s -all -start 1 {x*} abc -
s -start 3 {x*} abc -
s -start 4 {x*} abc -
s -all {a*} baaac -
s -all {an} banana X
s -all {ana} bananana X
s -all { } "a b" X
s -all {a-b} "a-b" X
s -all "a\nb" "a\nb" X
s -all {a#} "a#" X
s -all {***=a.} "a.ab" X
s -all "a\u00e9" "a\u00e9" X
s -all -nocase "\u00c9" "\u00e9" X
# a plain string with -all is replaced literally, so -expanded is not looked at
s -all -expanded { a } banana X
s -all -expanded { a } banana {<&>}
s -expanded { a } banana X
s -all -expanded -start 1 { a } banana X
s -all -expanded {a#} "a#" X
s -all -- -a -a X
s -all -expanded { a } banana {\\}
# errors
s -foo a b c
s -command {string toupper} a banana
s a b
s a b c d e
s -start
s -start x a b c
s {(} a b
s "a\{1" a b
s -all {[} a b
array set arr {}
s a abc X arr
set x [regsub -all {(\d+)} "a1b22c333" {<\1>}]
puts $x
puts [regsub -all {(\d+)} "a1b22c333" {<\1>} y]:$y
