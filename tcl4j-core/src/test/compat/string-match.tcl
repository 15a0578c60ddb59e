# string compare/equal/match/map: options, -nocase, -length, glob syntax.
proc t {args} {
    set code [catch {uplevel 1 $args} r]
    puts "$args -> $code <$r>"
}
t string compare a b
t string compare b a
t string compare abc abc
t string compare ab abc
t string compare "" ""
t string compare "\u0000" "\u0001"
t string compare "a\u0000" a
t string compare \u00e9 e
t string compare \u00e9 \u20ac
t string compare -length 2 abc abd
t string compare -length -1 abc abd
t string compare -length 0 a b
t string compare -length 10 abc abcd
t string compare -nocase ABC abd
t string compare -nocase -length 2 ABC abd
t string compare -nocase _ A
t string compare -nocase \u00c9 \u00e9
t string compare -nocase \u023a \u2c65
t string compare -length
t string compare -length a b
t string compare -length x a b
t string compare -nocase -nocase a b
t string compare -nocase -length 2 -nocase a b
t string compare -length 2 -length 3 abc abd
t string compare -l 2 abc abd
t string compare -n a A
t string compare a b c
t string compare -length 2 a b c
t string compare -foo a b
t string compare a
t string equal a a
t string equal a b
t string equal -length 2 abc abd
t string equal -length -5 abc abc
t string equal -nocase -length 3 abcx ABCy
t string equal -nocase _ A
t string equal -nocase \u0130 i
t string equal -nocase \u0131 i
t string equal -length 0 a b
t string equal -length 5 \u0000 \u0001
t string equal a
t string equal -length x a b
t string equal -bad a b
# match: glob syntax and Tcl's quirks
foreach {p s} {
  * {}  ** {}  ? {}  ? a  ?? a  a*b*c abxbc  a*b*c abxb  *a bbba  ?*? ab  *.tcl foo.tcl  *.tcl foo.tk
  {\*} *  {\*} a  {\\} \\  {\a} a  {*\\} x\\  {a\\} a\\
  {[a} a  {[a} {[a}  {[a-} a  {[a-} -  {[a-]} -  {[a-]} a  {[a-]} b  {[]]} ]  {[]a]} a  {[]} {}
  {[z-a]} m  {[\]]} ]  {[\a]} a  {[\a]} \\  {[a\-z]} -  {[a\-z]} m
  {[^a]} b  {[!a]} b  {[a-c-e]} d  {[a-c-e]} -  {[-a]} -  {[a-]x} ax  {*[} x[  {[A-Z]} m
  {[[]} \[  {[x-]} x  {a[} a[  {a[} a  {[0-9][0-9]} 42  {[0-9][0-9]} 4x  {*[0-9]} abc7
  {a*} abc  {*c} abc  {a*c} ac  {a?c} abc  {a?c} ac  {*b*} abc  {\[a\]} {[a]}  {*\*} ab*
  {[\u00e0-\u00ff]} \u00e9  {\u00e9*} \u00e9t\u00e9  *?*?*?* ab  *?*?*?* abc
} {
    t string match $p $s
}
foreach {p s} {a A A a {[A-Z]} m {[a-z]} M {[A-z]} _ {[A-z]} ^ {\A} a \u00c9 \u00e9 \u00e9 \u00c9 {[\u00c9]} \u00e9 {[^A]} a {*B*} abc} {
    t string match -nocase $p $s
}
t string match -n A a
t string match -nocase a
t string match a b c d
t string match -nocasex a a
t string match
t string match -nocase \u023a \u2c65
# map
t string map {a 1 b 2} abcab
t string map {ab X a Y} aab
t string map {"" X a Y} aab
t string map -nocase {A 1} aAa
t string map {} abc
t string map {abc X} ab
t string map {a b b a} abab
t string map {a {}} banana
t string map -nocase {\u00c9 x} \u00e9t\u00e9
t string map -nocase {AB x b y} aBbAb
t string map {1 one 10 ten} 101
t string map {10 ten 1 one} 101
t string map {a} abc
t string map {a b c} abc
t string map "\{" abc
t string map -foo {} abc
t string map -nocase {} abc d
t string map -n {a b} abc
t string map
