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
# e: does the pattern compile? shows -about or the error message and code
proc e {p} {
    set r [catch {regexp -about $p} m]
    puts "$p -> $r $m / [lindex [list {} $::errorCode] $r]"
}

# escapes
m {\x41} A
m {\x414} A4
m {\x4g} "\x04g"
m {\u41} A
m {\u00e9} "\u00e9"
m {\0} "\0"
m {\101} A
m {\12} "\n"
m {\400} " 0"
m {\1000} "@0"
m {(a)\10} "a\b"
m {\e} "\x1b"
m {\cA} "\x01"
m {\B} "\\"
m {\v} "\v"
m {\b} "\b"
m {\a} "\a"
m {\t\n\r\f} "\t\n\r\f"
m {a\.b} a.b
m {a\.b} axb
m {\*\+\?\{\}\(\)\[\]\|\^\$\\} {*+?{}()[]|^$\\}
m {\mfoo\M} "a foo b"
m {\yfoo\y} "afoo b"
m {\Yoo} "afoo b"
m {\y} a
m {[[:<:]]b} "a b"
m {b[[:>:]]} "ab c"
m {\d\s\w} "x1 _"
m {\D\S\W} "a1b.c"
m {\w+} "\u00e9t\u00e9 x"
m {[\w]+} "ab_c d"
m {\W+} "ab, cd"
m {\s+} "a  \t b"
m {(a)\1} aa
m {(a*)\1} aaaa
m {(a)(b)\2\1} abba
m {(a)*\1} aa
m {(a)?b\1} b
m {(?:(a)|b)\1} b

# bracket expressions
m {[abc]+} xcabx
m {[^abc]+} abxyzc
m {[a-c-]+} x-a-c
m {[]a]+} x]a]
m {[^]a]+} ]ax]
m {[]]} "]"
m {[^]]} "]a"
m {[a-]]} "]"
m {[%--]} "+"
m {[---]} "-"
m {[!--]} ","
m {[]-a]} "^"
m {[a\]]+} {a]}
m {[\]a]+} {a]}
m {[\\]} "\\"
m {[a\-z]} "-"
m {[\d-]} "-"
m {[\w-]} "-"
m {[\x41-\x43]+} ABCD
m {[\u0041-\u0043]+} ABCD
m {[\n]} "\n"
m {[\b]} "\b"
m {[\B]} "\\"
m {[.]} "a."
m {[[:alpha:]]+} "ab1"
m {[[:digit:]x]+} "a1x2b"
m {[[:alnum:]]+} "!a1_"
m {[[:space:]]+} "a \t\n b"
m {[[:blank:]]+} "a \t\n b"
m {[[:punct:]]+} "a!?,b"
m {[[:xdigit:]]+} "xdeadBEEFg"
m {[[:upper:]]+} "abCDe"
m {[[:lower:]]+} "ABcdE"
m {[[:cntrl:]]} "a\x01"
m {[[:graph:]]+} " ab "
m {[[:print:]]+} "\tab c\t"
m {[[:ascii:]]+} "\u00e9abc"
m {[[:alpha:]]} "\u00e9"
m {[^[:space:]]+} "  ab  "
m {[[:space:][:digit:]]+} "a 1 2b"
m {[[.space.]]} " "
m {[[.hyphen.]]} "-"
m {[[.NUL.]]} "\0"
m {[[.zero.]-[.nine.]]+} "x123"
m {[[.-.]-z]} b
m {[[.-.]]} "-"
m {[[.].]]} "]"
m {[[=a=]]} a

# quantifier details
m "x\{" "x\{"
m "a\{,2\}" "a\{,2\}"
m "a\{a\}" "a\{a\}"
m {a{1,}} aaa
m {(?:a|b)+} abba
m {(?=a)a} a
m {a(?!b)} "ab ac"
m {a(?=b)} "ac ab"
m {(?#comment)a} a
m {a(?#x)*} aa
m {a**} x

# directors and embedded options
m {***=a*} "xa*"
m {***:(?i)A} a
m {(?i)***=A} a
m {(?q)a.b} "axb a.b"
m {(?iq)A} a
m {(?x) a   b  # comment} ab
m -expanded { a b } ab
m -expanded {[ ]} " "
m -expanded "a # comment\n b" ab
m {(?x)a\ b} "a b"
m "(?x)a\u00a0b" "ab"
m {(?ix)a} A
m {(?i)(?x)a} A
m {(?e)\d} d
m {(?e)a|b} b
m {(?e)a{1,2}} aa
m {(?e)(?:a)} a
m {(?b)\(a\)\1} aa
m {(?b)a\|b} "a|b"
m {(?b)a|b} "a|b"
m {(?b)\(a\)*} aa
m {(?b)^*a} "*a"
m {(?b)*a} "*a"
m {(?b)a\{2\}} aa
m {(?b)\(^a\)} a
m {(?b)a^} "a^"
m {(?b)$a} "\$a"
m {(?b)a$b} "a\$b"
m {(?b)a$} "a"
m {(?b)\<a\>} "b a c"
m {(?b)a+?} "a+?"
m {(?b)a{1}} "a{1}"

# errors and -about, with Tcl's wording and error codes
foreach p {
    a** ( ) {[a} {a{2,1}} {a{300}} {a{255}} {a{256}} {[z-a]} {[[:foo:]]} {\q}
    {\1} {(a)\2} * {a|*} {(?z)a} {a(?i)} {(?i} {[[.foo.]]} {[[.ab.]]} {[[=ab=]]} {[[.space.]]} {[[=a=]]}
    {a{1}{2}} {a+*} {a??} {a**?} {a*??} {\\} {[a]]} {[]a]} {[^]a]} {a\z} {\x} {\xg} {\u} {\U} {\c}
    {\u12} {(?=a)} {(?<=a)b} {(?!a)} {(?:a)} {(?#c)a} {\k} {\N} {a{1,2}?} {a{3}?} {^*} {$*} {\m*}
    {(*)} {(|a)} {a||b} {\y+} {(?=a)*} {[a-\d]} {[\d-z]} {[\D]} {[\w]} {[\1]} {[\y]} {[\Z]}
    {[[:alpha:]-z]} {[a-[:alpha:]]} {[a-c-e]} {[\s-z]} {a{1,2,3}} {a{1a}} \\ {***=a*} {***:a*} {***x}
    {\B} {\cA} {\e} {\Z} {\A} {\0} {\012} {\08} {\8} {\7} {(a)\10} {(a)\19}
    {(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10} {(a)(?=\1)} {((a)\2)} {((a)\1)} {(a){0}\1}
    a.b {[[:<:]]} {[[:<:]]a[[:>:]]} {a[[:<:]]*} {[[:<:]x]} {[[.a.]-z]} {[a-[.z.]]} {[a-[.-.]]}
    {[[.]]} {[[..]]} {[[.a]} {[[:alpha:]} {[[:alpha]]} {[[=a]} {[]} {[^]} {[]-a]} {[]-]} {[a-a]}
    {(?b)\(a\)} {(?e)\d} {(?q)a*} {a{1}*} {(a)*} {a*?b+} {a+?b*} {(?n)a} {(?c)a} {(?ix)a}
    {(?=.*)} {(?x)a{1, 2}} {(?x)a* ?} a* a+ a? {(a|b)*c} ((a)(b)) {(?:a)(b)} {\x41} {\U00000041}
    {\d\s\w} {\m\M\y\Y} {[\d]} {[\n]} {[a-z]} {(?b)a\{1,2\}} {(?b)\{} {(?b)a\{1} {(?b)*}
    {(?e)\\} {(?e)\n} {(?e)a+?} {(?e)*a} {(?e)[\d]} {(?q)(} {(?q)} {(?x)} () {(?:)} a{0} {a{1,}?}
    a| | ^ $ ^$ a^ $a {\Aa} {a\Z} {(a)(b)\2\1} {[^[:space:]]} .* {[[:word:]]} {(?i)[[:upper:]]}
    {(?)} {(?} {(?#comment} {a*{1}} {{1}} {a{ 1}} {(?x)a{ 1 }} {(?x)a\ {2}} {(?e)()}
} {
    e $p
}
e "x\{"
e "a\{1"
e "a\{1,2"
e "(?e)a\{"
e "(?e)\{"
e "a\{,2\}"
e "\{abc"
e "a*\{"
t -about -expanded "a # comment\n (b)"
t -about -nocase {(a)}
t -about {(a)} b c
