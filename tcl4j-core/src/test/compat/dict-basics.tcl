# dict: every 8.6 subcommand without scripts, nested key paths, the order
# of keys, string forms kept or made canonical, and tclsh's messages.
proc t {script} {
    set r [catch {uplevel 1 $script} m]
    if {$r} {
        puts "[list $script] -> $r [list $m] [list $::errorCode]"
    } else {
        puts "[list $script] -> $r [list $m]"
    }
}
t {dict}
t {dict foo}
t {dict getdef {a 1} a}
t {dict g {a 1} a}
t {dict g}
t {dict s}
t {dict e}
t {dict ""}
t {dict create}
t {dict create a}
t {dict create a 1 b 2 a 3}
t {dict create {a b} 1 "" 2}
t {dict create a 1 b 2 c}
t {dict get}
t {dict get {a 1 b 2}}
t {dict get {a 1 b 2} a}
t {dict get {a 1 b 2} c}
t {dict get {a {x 1} b 2} a x}
t {dict get {a {x 1} b 2} a y}
t {dict get {a {x 1} b 2} b y}
t {dict get {a {x 1 y} b 2} a y}
t {dict get {a 1 b} a}
t {dict get "a \{" a}
t {dict get "a {b}c"}
t {dict get {a "b"c}}
t {dict get {a "b}}
t {dict get {a \{}}
t {dict get {a \{} a}
t {dict get [list a b c] a}
t {dict get {a 1 a 2} a}
t {dict get "a  1   b 2"}
t {dict exists}
t {dict exists {a 1}}
t {dict exists {a 1} a}
t {dict exists {a 1} b}
t {dict exists {a {x 1}} a x}
t {dict exists {a {x 1}} a y}
t {dict exists {a 1} a y}
t {dict exists {a {x 1 y}} a y}
t {dict exists {a 1 b} a}
t {dict exists "a \{" a}
t {dict exists {a {b 2}} a b c}
t {dict exists {a {b {2 3}}} a b c}
t {dict keys}
t {dict keys {a 1 b 2}}
t {dict keys {a 1 b 2 ab 3} a*}
t {dict keys {a 1 b 2 ab 3} a}
t {dict keys {a 1 b 2} x y}
t {dict keys {a 1 a 2 b 3}}
t {dict keys {a 1 b 2 c 3} *}
t {dict keys {a* 1 b 2} a*}
t {dict keys {a* 1 ab 2} {a\*}}
t {dict keys "a \{"}
t {dict values {a 1 b 2 c 12} 1*}
t {dict values {a 1 b 2}}
t {dict values}
t {dict values {a 1 a 2 b 3}}
t {dict values {a 1 b 2 c 3} {[12]}}
t {dict values "a 1 \{"}
t {dict size {a 1 b 2}}
t {dict size {a 1 b}}
t {dict size}
t {dict size {a 1 a 2 b 3}}
t {dict size {"a" 1 {b} 2}}
t {dict remove {a 1 b 2} a c}
t {dict remove {a 1 b 2}}
t {dict remove}
t {dict remove "a  1   b 2"}
t {dict remove "a  1   a 2"}
t {dict replace {a 1 b 2} a 3 c 4}
t {dict replace {a 1 b 2} a}
t {dict replace {a 1 b 2}}
t {dict replace}
t {dict replace "a  1   b 2"}
t {dict replace "a  1   a 2"}
t {dict merge {a 1 b 2} {b 3 c 4} {a 5}}
t {dict merge}
t {dict merge {a 1}}
t {dict merge {a 1 b}}
t {dict merge {a 1} {b}}
t {dict merge "a  1   b 2"}
t {dict merge "a  1   b 2" {}}
t {dict merge "a  1   a 2"}
t {dict info}
t {dict info {a 1 b}}
t {dict info "a \{"}
t {dict filter {a 1 b 2 c 3} key a}
t {dict filter {a 1 b 2 c 3} key a b}
t {dict filter {a 1 b 2 c 3} key}
t {dict filter {a 1 b 2 c 3} value 2}
t {dict filter {a 1 b 2 c 3} value 2 3}
t {dict filter {a 1 b 2 c 3} foo}
t {dict filter {a 1 b 2 c 3}}
t {dict filter {a 1 b 2 c 3} k a}
t {dict filter {a 1 b 2 c 3} v 1}
t {dict filter {a 1 b 2 c 3} key {[ab]} c}
t {dict filter {a 1 b 2 c 3} value {[12]} 3}
t {dict filter {a 1 a 2 c 3} value 1}
t {dict filter {aa 1 ab 2 b 3} key a* aa}
t {dict filter {a 1 b} key a}
# dict info reports tclsh's hash table layout
puts [dict info {}]
puts [dict info {a 1}]
puts [dict info {a 1 b 2 c 3 d 4 e 5 f 6 g 7 h 8 i 9 j 10 k 11 l 12 m 13}]
set big {}
foreach i {1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50} {
    lappend big key$i $i
}
puts [dict info $big]
