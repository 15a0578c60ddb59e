# t: show what regexp returns (or its error); m: also the match variables it sets.
proc t {args} {
    set r [catch {uplevel 1 [list regexp {*}$args]} m]
    puts "regexp $args -> $r [list $m]"
}
proc m {args} {
    set vars {m0 m1 m2 m3 m4}
    foreach v $vars {unset -nocomplain ::$v}
    set r [catch {uplevel 1 [list regexp {*}$args ::m0 ::m1 ::m2 ::m3]} m]
    set out "regexp $args -> $r [list $m]"
    foreach v $vars { catch { append out " $v=[list [set ::$v]]" } }
    puts $out
}

# Tcl prefers the longest match (any alternation, or a greedy first quantifier)
m {a|ab} ab
m {a*(ab)?b?} aab
m {(ab|a)(bc|c)?} abc
m {x(a|ab)(c|bcd)?} xabcd
m {(wee|week)(knights|night)} weeknights
m {(a+)(a*)} aaaa
m {(a|b)*} abab
m {(a*)+} b
m {\d+|[a-z]+} 123abc
m {foo|foobar|fo} foobarbaz
m {(\w+)\s*=\s*(\w*)} {  key = value }
# ... or the shortest when the first quantifier is non-greedy
m {a.*?b.*} axxbyy
m {a.*?b(.*)} axxbyy
m {(a.*?b)(.*)} axxbyy
m {(.*?)(b+)} aabbb
m {(a+?)(a*)} aaaa
m {^(.*?),(.*)$} a,b,c
m {([a-z]+?)([0-9]*)} abc123
m {<(.+?)>} {<a> <b>}
m {a{2,3}} aaaa
m {a{2,3}?} aaaa
m {a{2,3}?b} aaaab
m {a{2}} aaaa
m {a{0}} a
m {(a){0}b} ab
m {a??b} ab

# match variables, unmatched groups, -indices
m {(\d+)-(\d+)} "tel 12-345"
m {(a)|(b)} b
m -indices {(a)|(b)} b
m -indices {(b)(x)?} abc
m -indices {b} abc
m -indices {x*} abc
m {(a)|b} b
m {.} ""
m {} ""
m {} abc
set m0 old; set m1 old
puts [regexp {(x)} abc m0 m1]:$m0:$m1
puts [regexp -all {(x)} abc m0 m1]:$m0:$m1
puts [regexp -all -indices {(x)} abc m0 m1]:$m0:$m1
puts [regexp {(a)(b)} ab whole]:$whole
puts [regexp {(a)} ab whole g1 g2 g3]:$whole:$g1:$g2:$g3
puts [regexp -indices {(a)} ab whole g1 g2]:$whole:$g1:$g2
array set arr {}
puts [regexp {(b)} abc arr(x) arr(y)]:$arr(x):$arr(y)

# -all and -inline
m -all a banana
m -all -indices a banana
t -all -inline {a(n)?} banana
t -all -inline {x*} abc
t -all -inline -indices {x*} abc
t -all -inline {b*} abbc
t -all -inline {a*} baaac
t -inline {(a)(b)?} ac
t -inline {q} ac
t -inline -indices {(a)(b)?} ac
t -all -inline {(?=c)} abc
t -all {^a} aaa
t -all {\ma} aaa
t -all -inline -indices {\y} "ab cd"
t -all -inline {\M} "ab cd"
t -all -inline {.??} ab
t -all -inline {} ""
t -all {} ""
t -all -inline {a*} ""
t -all -inline {\d+|[a-z]+} "abc123def45"
t -all -inline {(\d)(\d)?} "1234 5"
t -inline -all -indices {(\d)(\d)?} "1234 5"
t -all -inline {\w+} "the quick  brown fox"
t -all {o} "foo boo zoo"

# -start: ^ matches there only at a line start; \A always; \m sees no character before it
m -start 2 {a} banana
m -start 2 -indices {a} banana
m -start 1 {^a} aa
m -start 1 {\Aa} aa
m -start end {a} banana
m -start end-1 {a} banana
m -start -5 {a} banana
m -start 100 {a} banana
m -start 1 {\ma} "a a"
m -start 2 {\ma} aaa
m -start 2 {\ya} aaa
m -start 2 {^c} "a\nc"
m -start 2 {\Ac} "a\nc"
m -start 3 {^} abc
t -all -inline -start 1 {a} aaa
t -all -inline -indices -start 1 {a} aaa
t -all -inline -start 1 {} aaa
t -all -inline -start 3 {$} abc
t -all -inline {^.} "\na"
t -all -inline {^.} "\n\na"
t -all -inline -indices {^.} "\n\na"
t -all -inline -start 1 {^.} "\n\na"
t -start 1.5 a a
t -start {} a abc
t -start x a b

# newline sensitivity
m -line {^b$} "a\nb\nc"
m {^b$} "a\nb\nc"
m -lineanchor {^b$} "a\nb\nc"
m -linestop {a.c} "a\nc"
m {a.c} "a\nc"
m {a[^x]c} "a\nc"
m -linestop {a[^x]c} "a\nc"
m -linestop {a\Dc} "a\nc"
m -linestop {a\Wc} "a\nc"
m -linestop {a\Sc} "a\nc"
m {(?n)a.c} "a\nc"
m {(?p)^b} "a\nb"
m {(?w)^b} "a\nb"
m {(?w)a.c} "a\nc"
m {(?n)^b$} "a\nb\nc"
m -line {(?s)^b} "a\nb"
m -line {(?p)a.b} "a\nb"
m {$} "a\n"
m {a$} "a\n"
m {a\Z} "a\n"
t -all -line -inline {^.} "ab\ncd"
t -all -inline -line {^.} "a\nbc\nd"
t -all -inline {(?:^|,)x} "x,x\nx"
m -start 2 -line {^c} "a\nc"
m -start 2 -line {^c} "ab\nc"

# case
m -nocase {FOO} xfoo
m -nocase {[a-c]+} xAbC
m -nocase {[^a]} A
m {(a)\1} aA
m -nocase {(a)\1} aA
m -nocase {(?c)A} a
m {(?i)a} A
m -nocase "\u00e9" "\u00c9"
m -nocase {[[:lower:]]} A
m -nocase {[[:upper:]]} 1
m -nocase {[^[:upper:]]} a

# groups inside loops: only the last pass counts; a pass that matches nothing is no pass
m {(?:(a)|b)+} ab
m -indices {(?:(a)|b)+} ab
m {((a)|b)+} ab
m -indices {((a)(b))+c} ababc
m {(\w)+x} abcx
m {(a)+\1} aa
m {(a)+\1} aaa
m {([ab])+\1} abb
m -indices {(c*)?} "a c"
m -indices {(x*){0,1}} ""
m -indices {a(.?)*} "ab"
m -indices {(\d+)?(\s*)?x} "12 x"
m -indices {(\d*)?x} "x"
# an offset beyond the end
t -start 100 -inline -indices {x*} abc
t -start 3 -inline -indices {x*} abc
t -start 100 {^} abc
t -start 100 -all {} abc
t -start 100 -all -inline -indices {$} abc
