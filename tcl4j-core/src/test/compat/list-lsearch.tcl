# lsearch: modes (-glob default, -exact, -regexp, -sorted, -bisect), data
# types, -all/-inline/-not/-start, -index/-subindices, and the errors.
proc t {script} {
    set r [catch {uplevel 1 $script} m]
    if {$r} {
        puts "[list $script] -> $r [list $m] [list $::errorCode]"
    } else {
        puts "[list $script] -> $r [list $m]"
    }
}
t {lsearch {a b c} b}
t {lsearch {a b c} d}
t {lsearch -foo {a b} a}
t {lsearch}
t {lsearch a}
t {lsearch -sorted -glob {a b} a}
t {lsearch -sorted -regexp {a b} a}
t {lsearch -bisect -all {a b} a}
t {lsearch -bisect -not {a b} a}
t {lsearch -bisect {a c e} d}
t {lsearch -bisect {a c e} 0}
t {lsearch -bisect -decreasing {e c a} d}
t {lsearch -subindices {a b} a}
t {lsearch -start}
t {lsearch -start 1}
t {lsearch -start x {a b} a}
t {lsearch -index}
t {lsearch -index 1 {{a b} {c}} b}
t {lsearch -index 1 {{c} {a b}} b}
t {lsearch -index 1 {{a b} {c d}} d}
t {lsearch -index 1 -subindices {{a b} {c d}} d}
t {lsearch -index {1 0} -subindices {{a b} {c {d e}}} d}
t {lsearch -index {1 0} -subindices -all -inline {{a b} {c {d e}}} d}
t {lsearch -exact -integer {1 2 x 3} 3}
t {lsearch -exact -integer {1 2 x 3} 2}
t {lsearch -exact -integer {1 2 x 3} y}
t {lsearch -exact -integer {1 0x2 x 3} 2}
t {lsearch -exact -real {1 2.0 x 3} 2}
t {lsearch -sorted -integer {1 2 3 10} 10}
t {lsearch -sorted {1 2 3 10} 10}
t {lsearch -sorted -all {1 2 2 2 3 10} 2}
t {lsearch -sorted -all -inline {1 2 2 2 3 10} 2}
t {lsearch -sorted {1 2 2 2 3 10} 2}
t {lsearch -sorted -dictionary {a1 a2 a10 b} a10}
t {lsearch -start 2 {a b a b} a}
t {lsearch -start end {a b a b} a}
t {lsearch -start -5 {a b a b} a}
t {lsearch -start 10 {a b a b} a}
t {lsearch -start 1 -sorted {a b c d} a}
t {lsearch -start 1 -sorted {a b c d} c}
t {lsearch -inline {a b c} b*}
t {lsearch -inline {a b c} x}
t {lsearch -all {a b a} a}
t {lsearch -all -not {a b a} a}
t {lsearch -not {a b a} a}
t {lsearch -nocase {a B c} b}
t {lsearch -exact -nocase {a B c} b}
t {lsearch -regexp {abc bcd} ^b}
t {lsearch -regexp -nocase {abc BCD} ^b}
t {lsearch -glob {a* b} a*}
t {lsearch -exact {a* b} a*}
t {lsearch {a b c} {[bc]}}
t {lsearch {a b c ] \\} {[]]}}
t {lsearch {a b c ] \\} {\\\\}}
t {lsearch {abc xbz} {?b?}}
t {lsearch {a-b a_b} {a[_]b}}
t {lsearch {a-b a_b} {a[z-a]b}}
t {lsearch -all -inline -glob {a1 b2 a3} a*}
t {lsearch -all -start 1 {a b a} a}
t {lsearch -integer {1 2} 2}
t {lsearch -integer -glob {1 2} 2}
t {lsearch -sorted -decreasing {d c b a} b}
t {lsearch -sorted -real {1.0 2.5 3} 2.5}
t {lsearch -bisect -integer {1 5 10} 7}
t {lsearch -bisect {a b b b c} b}
t {lsearch -sorted -nocase {a B c} b}
t {lsearch -exact -dictionary {a B c} b}
t {lsearch -index 0 -all -inline {{a 1} {b 2} {a 3}} a}
t {lsearch -index end {{a 1} {b 2} {a 3}} 2}
t {lsearch -sorted -index 0 {{a 1} {b 2} {c 3}} b}
t {lsearch -all {} a}
t {lsearch -inline -all {} a}
t {lsearch {} a}
t {lsearch -start 0 {a b} a}
t {lsearch -sorted {a b c} c}
t {lsearch -sorted {a b c} 0}
t {lsearch -sorted {a b c} z}
t {lsearch -sorted -start 5 {a b c} c}
t {lsearch -not -inline {a b c} a}
t {lsearch -all -not -inline {a b c} a}
t {lsearch -subindices -index 0 -inline {{a b}} a}
t {lsearch -sorted -glob {a b c} b*}
t {lsearch -glob -sorted {a b c} b*}
t {lsearch -sorted -exact {a b c} b*}
t {lsearch -regexp -sorted {a b c} b}
t {lsearch -sorted -regexp {a b c} ^b}
t {lsearch -sorted {2 2 2 2 2 2 2} 2}
t {lsearch -bisect {2 2 2 2 2 2 2} 2}
t {lsearch -bisect -start 1 {a b c} 0}
t {lsearch -bisect -start 1 {a b c} b}
t {lsearch -bisect -start 5 {a b c} b}
t {lsearch -index 0 -subindices -inline {{a b}} a}
t {lsearch -index 0 -subindices -inline -all {{a b}} a}
t {lsearch -index 0 -subindices -all {{a b} {a c}} a}
t {lsearch -index 0 -subindices {{a b} {a c}} x}
t {lsearch -sorted -index 0 -subindices {{a b} {b c}} b}
t {lsearch -sorted -index 0 -subindices -inline {{a b} {b c}} b}
t {lsearch -sorted -all -not {a b c} b}
t {lsearch -sorted -integer {1 2 x 10} 10}
t {lsearch -sorted -integer {1 2 3 10} x}
t {lsearch -exact -integer {1 2 3 10} 99999999999999999999999}
t {lsearch -exact -real {1 2 3 10} x}
t {lsearch -glob -integer {1 2 3 10} x}
t {lsearch -regexp -integer {1 2 3 10} x}
t {lsearch -integer -exact {} x}
t {lsearch -sorted -integer {} x}
t {lsearch -exact -integer -all -not {1 2 3} 2}
t {lsearch -inline -subindices -index 1 {{a b}} b}
t {lsearch -index {} {{a b}} {a b}}
t {lsearch -index x {{a b}} {a b}}
t {lsearch -start 1 -index 0 {{a} {b}} b}
t {lsearch -decreasing {c b a} b}
t {lsearch -sorted -ascii -nocase {A b C} c}
t {lsearch -exact -nocase -integer {1 2} 2}
t {lsearch -glob -nocase {ABC} a*}
t {lsearch -regexp {abc} {\w}}
t {lsearch -start 1 {} a}
t {lsearch -start 1 -inline {a b} a}
t {lsearch -start 1 -all -inline {a b a} a}
t {lsearch "a \{" a}
t {lsearch -exact "b a \{" b}
t {lsearch -start end-1 {a b c} b}
t {lsearch -start end+1 {a b c} b}
t {lsearch -index 0 [list {a b} "c \{"] c}
t {lsearch -sorted -real {1 2.5 x} 2.5}
t {lsearch -sorted -real {1 2.5 3} x}
t {lsearch -bisect -real {1 2.5 3} 2.7}
t {lsearch -bisect -decreasing -integer {10 5 1} 7}
t {lsearch -bisect -decreasing -integer {10 5 1} 11}
t {lsearch -bisect -decreasing -integer {10 5 1} 0}
t {lsearch -bisect -inline {a c e} d}
t {lsearch -bisect -inline {a c e} 0}
t {lsearch -bisect -glob {a c e} c*}
t {lsearch -glob -bisect {a c e} c}
t {lsearch -bisect -index 0 -subindices {{a 1} {c 2}} b}
t {lsearch -sorted -index 0 -subindices {{a 1} {c 2}} b}
t {lsearch -not -subindices -index 0 {{a 1} {c 2}} a}
t {lsearch -all -subindices -index 0 {{a 1} {c 2}} x}
t {lsearch -all -inline -subindices -index {1 0} {{a {1 2}} {c {2 3}}} 2}
t {lsearch -sorted -integer {1 2 3 10} 0x3}
t {lsearch -exact {1 2 3 10} 0x3}
t {lsearch -sorted -dictionary {a B c} b}
t {lsearch -sorted -nocase -dictionary {a B c} b}
t {lsearch -exact -nocase -dictionary {a B c} b}
t {lsearch -sorted -decreasing -all {c b b a} b}
t {lsearch -exact -all -integer {1 01 0x1 2} 1}
t {lsearch -integer -sorted {1 2 3} 2.0}
t {lsearch -real -sorted {1 2 3} 2}
t {lsearch -nocase -exact -inline {aBc} ABC}
t {lsearch -start -1 -all {a a} a}
t {lsearch -sorted -start 1 -all {a a b} a}
t {lsearch -bisect -start 1 {a b c} 0x}
t {lsearch -exact -real {1 2 3} 2.0}
t {lsearch -exact -real {1 NaN 3} NaN}
t {lsearch -index end -subindices {{a b}} b}
t {lsearch -index end-1 -subindices {{a b c} {x b}} b}
t {lsearch -index end -all -subindices {{a b} {x y b}} b}
t {lsearch -index 1 -all {{a 3} {b 1} {c 2}} {[12]}}
t {lsearch -index -1 {{a 3}} a}
t {lsearch -index 1-2 {{a b}} a}
t {lsearch -index end+1 {{a b}} a}
t {lsearch -index {0 -1} {{a b}} a}
# an unsorted list gives the same answer as in tclsh (same probes)
t {lsearch -sorted {c a d b e f a} a}
t {lsearch -sorted {c a d b e f a} f}
t {lsearch -bisect {c a d b e f a} b}
t {lsearch -sorted -decreasing {c a d b e f a} b}
t {lsearch -index end -all -subindices {{a b} {x y b} {p q r s}} b}
t {lsearch -index end -all -subindices {{a b} {x y b} {p}} b}
t {lsearch -index end -subindices {{x y z} {a b} {x y b} {p}} b}
t {lsearch -index end -subindices -not {{x y z} {a b} {x y b} {p}} z}
t {lsearch -index end -subindices {{x y z} {a b} {x y b} {p}} nope}
t {lsearch -index end -subindices {{x y z w} {a b} {x y b} {p}} nope}
t {lsearch -index {0 end} -subindices {{{x y z w}} {{a b}}} b}
t {lsearch -index {0 end} -all -subindices {{{x y z w}} {{a b}} {{c b}}} b}
t {lsearch -index {end end} -all -subindices {{{x y z w}} {{a b}} {{c b}}} b}
t {lsearch -index {end 0} -all -subindices {{{x y z w} {a b}} {{b b}} {{c b}}} b}
t {lsearch -sorted -index end -subindices {{a b} {x y c} {p q r s}} c}
t {lsearch -bisect -index end -subindices {{a b} {x y c} {p q r s}} c}
t {lsearch -index end -subindices {{a b} {x y c} {p q r s}} c}
t {lsearch -index end -inline -subindices -all {{a b} {x y c} {p q r s}} c}
# regular expressions (Tcl's ARE syntax) and their compile errors
t {lsearch -regexp {abc bcd} (}
t {lsearch -regexp {abc} {a(}}
t {lsearch -regexp {abc} "a\{1"}
t {lsearch -regexp {abc} {*}}
t {lsearch -regexp {abc} {[a}}
t {lsearch -regexp -all -inline {abc a1 b22 x} {^[a-b]\d+$}}
t {lsearch -regexp -all {foo FOO fOo bar} {(?i)^foo$}}
t {lsearch -regexp -nocase -all {foo FOO fOo bar} ^foo$}
t {lsearch -regexp -not -all {aa ab ba} ^a}
t {lsearch -regexp {x y} {[[:alpha:]]}}
t {lsearch -regexp -index 1 {{a 12} {b xy}} {^\d+$}}
