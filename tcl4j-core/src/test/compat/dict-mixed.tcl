# Generated mix of dict commands on random nested dicts (regression set
# from differential testing against tclsh; gen2.py seed 1).
proc t {s} { set r [catch {uplevel 1 $s} m]; puts "[list $s] -> $r [list $m]" }
t {dict merge {0x1 {k k}} {-1 ab b {} {} {k k} odd}}
t {set v {a1 ab 0x1 x a {a {} -1 {A a 01 ab {k k} 1} 01 {-1 ab} a1 {}}}; dict update v a1 x b y {set x 1; unset -nocomplain y}; set v}
t {dict filter {A 01 {} -1} value b}
t {set v {ab {} {} x 01 {k k}}; dict with v {}; set v}
t {set v {b 01 {} A a a1 A 0x1}; dict set v -1 c 01; set v}
t {set v {a 01}; dict lappend v 0x1 x; set v}
t {dict exists {a1 0x1 A {{k k} {ab {} a 1 x 0x1 01 ab} {} x {} 01 01 0x1} 0x1 {-1 {c b {k k} 01 {k k} a1 a -1}}} ab a1}
t {dict merge {c b c {c -1 A {1 1 b a} x ab a1 {ab 0x1 {} a ab a {} c odd}} 1 -1 {} ab} {01 {}}}
t {set v {-1 a A {a b}}; dict incr v c ; set v}
t {dict merge {a ab 0x1 {k k} A a {} {}} {}}
t {set v {a1 a x {} a1 {x 0x1}}; dict with v {}; set v}
t {dict merge {} {ab {} c {ab {0x1 01 a1 x} b {{k k} A 1 c 0x1 01 {k k} b} {} {c x} 0x1 {}} 01 {} x 0x1}}
t {dict get {} b {k k}}
t {dict remove {a a b {k k} odd} {k k}}
t {set v {c {-1 {}} {k k} a1 01 {x {a a a {k k}} a1 x 1 {}}}; dict unset v 1 b a1; set v}
t {set v {{k k} 01 A x a1 {a1 {b a1 b {k k}}} -1 ab}; dict set v a x x; set v}
t {set v {a1 {} 0x1 b ab {{} {b A b a -1 a a1 {k k}}} c {b -1 c {c x}}}; dict set v a1 c ab 01; set v}
t {set v {}; dict update v A x ab y {set x 1; unset -nocomplain y}; set v}
t {dict exists {a1 c odd} ab a1 {k k}}
t {set v {{k k} a1 01 01 1 {c {} {} a}}; dict set v 0x1 c; set v}
t {set v {a1 {} c ab}; dict lappend v 01 -1; set v}
t {set v {-1 ab ab -1 1 A}; dict incr v -1 1; set v}
t {dict filter {} key 0x1}
t {set v {A {x {0x1 b b 0x1 01 0x1} c {0x1 A} a {} A {}} c a}; dict incr v -1 ; set v}
t {set v {A c {k k} -1}; dict unset v 1; set v}
t {dict remove {{k k} {} c 1 c 1} {}}
t {set v {{} -1 a1 {A ab 01 a a 0x1} a1 {c a1 a1 a1} 1 {k k}}; dict lappend v 1 {}; set v}
t {dict exists {} {} ab a1}
t {set v {}; dict with v {}; set v}
t {set v {b 0x1}; dict lappend v {k k} 01; set v}
t {set v {a {x {} x -1 0x1 -1} {} {}}; dict unset v A A 01; set v}
t {set v {0x1 {} A a1 A {-1 x 01 {0x1 {} {} x 0x1 0x1} A A b A}}; dict append v A -1 c; set v}
t {dict filter {{k k} {{k k} {a x a1 {k k} A {} -1 01}} a1 1 01 {b {} b -1 1 {A c A b {} -1 A a1} ab ab}} value ?}
t {dict remove {01 c a1 A 01 {A {{} c 1 {k k} a1 0x1 x A} 0x1 -1 a 0x1 {} {}} ab ab} c 0x1 1}
t {set v {0x1 1}; dict set v {k k} A; set v}
t {dict remove {x {} ab {A b} {} b} a}
t {dict get {} -1}
t {dict remove {A A 0x1 -1 a1 {b {1 1}}} 1 01}
t {set v {ab a1 x b ab a odd}; dict lappend v {} 0x1; set v}
t {set v {ab {k k} -1 {odd}}; dict append v a1 c b; set v}
t {dict merge {-1 a a 01 c {{k k} {} 1 A}} {x a1 -1 ab a {k k}}}
t {set v {{} 01 -1 a}; dict update v 01 x {} y {set x 1; unset -nocomplain y}; set v}
t {dict exists {} 0x1 A {k k}}
t {dict exists {c c a {}} -1}
t {dict filter {1 b x {a c {} 1 a a1 b {b a1 a {}}} A {{k k} {b {} ab 01} x 01 {k k} 0x1} c 1} key 0x1}
t {dict remove {ab 01} x c}
t {set v {odd}; dict incr v x -2; set v}
t {dict remove {x 01 01 {}} {k k} x}
t {set v {}; dict lappend v A {}; set v}
t {dict get {} c}
t {dict merge {1 a1 {k k} {A {k k} -1 a1 1 x 01 a} -1 {b {A 0x1 a {k k} b 01}} ab {01 b {k k} -1 c {} a 1}} {{} x}}
t {dict get {{k k} b} {} ab}
t {set v {{k k} 1 b 01 {k k} {} a 1 odd}; dict with v {}; set v}
t {set v {}; dict lappend v {k k} 01; set v}
t {dict exists {01 {01 01 {} 0x1 a1 c} 0x1 {a1 {}} 0x1 {{} {} b {} a1 {k k}} -1 1} 1 {k k}}
t {set v {x {a a1} c a1 {} {a1 A a1 {k k} 1 {{} A {} b b c} c {}}}; dict with v {}; set v}
t {set v {a {a 01 {} -1 b -1 {} A}}; dict update v a x {k k} y {set x 1; unset -nocomplain y}; set v}
t {dict filter {-1 {}} value {k k}}
t {set v {}; dict append v 0x1 A ab; set v}
t {dict filter {01 {a1 -1 {k k} ab {k k} x 1 {A a1 a 01}}} value 01}
t {set v {{} {ab -1 0x1 a}}; dict incr v a1 x; set v}
t {dict remove {a1 1 x ab} {k k} c A}
t {set v {01 {x c -1 ab x 1 x {A a1}} A {-1 {ab 01 0x1 -1 a1 {} x a}} 0x1 {a1 x}}; dict lappend v x c; set v}
t {dict remove {} -1}
t {dict exists {} A}
t {set v {x {a b c x A ab b a1 odd} x b}; dict incr v {} ; set v}
t {set v {0x1 1 0x1 {} a1 -1 a1 a}; dict unset v c; set v}
t {set v {{} {}}; dict append v A b A; set v}
t {set v {b 01 x {k k}}; dict incr v 1 1; set v}
t {set v {b c}; dict lappend v x a1; set v}
t {set v {c {}}; dict set v b 0x1 a1; set v}
t {dict filter {-1 -1 0x1 01} key ?}
t {set v {}; dict lappend v {} {}; set v}
t {dict get {1 {{k k} {} b 01 01 01} 0x1 -1 x A ab 0x1} x c b}
t {set v {{} x a1 {k k}}; dict lappend v a1 {k k}; set v}
t {dict filter {1 ab -1 c} value -1}
t {set v {}; dict unset v 1; set v}
t {set v {-1 c {} b ab x}; dict lappend v 1 -1; set v}
t {set v {{} 01}; dict set v a1 c a; set v}
t {dict exists {{} {} c {} -1 a1} 01}
t {dict filter {a {k k} -1 {k k}} key a*}
t {set v {-1 {b 01}}; dict append v ab {k k} a; set v}
t {set v {A {A 01 b {b 0x1 -1 a {} b} -1 a 01 {odd}} 1 {c 01 A {k k} 01 01} 01 {A ab 1 x c {c {k k} A 0x1}} c {x 0x1 1 {a1 ab}}}; dict append v A ab 0x1; set v}
t {set v {01 A}; dict with v {}; set v}
t {set v {odd}; dict with v {}; set v}
t {set v {0x1 -1}; dict append v c a1 ab; set v}
t {set v {x c ab {x a1} a1 {a {0x1 b 0x1 x {k k} 1 a1 0x1} {k k} {k k} c -1}}; dict unset v -1 0x1; set v}
t {dict filter {01 b} key 01}
t {dict remove {} {k k}}
t {dict exists {-1 0x1 ab {-1 01} {} {k k}} a1 1}
t {set v {c 1}; dict update v 01 x x y {set x 1; unset -nocomplain y}; set v}
t {dict remove {b {}} c}
t {dict get {ab {} 01 ab x 0x1 {k k} b} 1}
t {dict filter {c a1 1 {b 0x1 {} {{k k} 01 0x1 -1 a1 {}} x a 01 1 odd} a1 x {k k} {01 a1 b {k k} {k k} {} {} {k k} odd}} key ab}
t {set v {x {k k} 01 {0x1 {} 1 {k k}}}; dict set v x ab 0x1; set v}
t {set v {0x1 {01 x x 0x1}}; dict append v 01 a1 0x1; set v}
t {dict filter {b {a1 c} A ab ab {a a1 {k k} ab 01 {x a1 01 c odd}} {k k} a} key a*}
t {dict get {ab {c 01 b 1 ab x 1 0x1}} a a 1}
t {set v {a1 a odd}; dict set v 01 a; set v}
t {dict remove {ab {ab x x -1} 0x1 {a1 0x1 {} x a b -1 -1} {} 0x1 x -1} 01 {k k} 1}
t {set v {-1 01 1 A 0x1 {k k} 1 c}; dict append v 0x1 01 a1; set v}
t {dict merge {a1 {} 1 ab} {A c {} a}}
t {set v {{k k} a1 {k k} a}; dict lappend v a1 0x1; set v}
t {dict exists {} x}
t {set v {}; dict lappend v ab a; set v}
t {set v {{k k} 01}; dict append v {} 01 1; set v}
t {dict get {} ab 0x1}
t {dict exists {ab ab A ab 0x1 {A x a -1} 1 {a {}}} 1 x 0x1}
t {set v {-1 {-1 {} {k k} {b 01 ab 0x1 A -1} a1 {k k} ab {01 01 01 c c a1 a b}} {} a b {} x 0x1 odd}; dict unset v 1; set v}
t {dict filter {a1 01 a1 c} value b}
t {dict exists {x a 0x1 {}} a1}
t {set v {}; dict set v c b 1 ab; set v}
t {dict exists {} a 0x1}
t {set v {ab -1 c {a b} {k k} ab}; dict unset v a1 01 {}; set v}
t {set v {}; dict lappend v x 1; set v}
t {set v {{} {} b ab 1 c 0x1 ab}; dict incr v x -2; set v}
t {set v {1 x {} 01 a a1}; dict update v c x c y {set x 1; unset -nocomplain y}; set v}
t {set v {-1 c c {a1 {c a1 1 a1} c 1 b -1 x {1 01 odd} odd} ab A}; dict with v {}; set v}
t {dict exists {x c {} {0x1 {k k} ab {x 0x1 {} ab} odd}} 0x1 a ab}
t {set v {ab a1}; dict incr v 0x1 0x10; set v}
t {set v {01 01 {k k} 1 0x1 c 01 ab}; dict unset v a1; set v}
t {dict merge {{k k} {a {c a {k k} x}}} {0x1 0x1}}
t {dict get {} 01 a}
t {set v {1 c 1 {-1 0x1 -1 0x1}}; dict lappend v {} b; set v}
t {set v {b -1 x {x {a1 a1 1 {}}}}; dict append v {} 0x1 ab; set v}
t {set v {x A 0x1 a1}; dict lappend v b {}; set v}
t {dict get {01 A ab 1} A ab}
t {set v {b a}; dict update v x x 01 y {set x 1; unset -nocomplain y}; set v}
t {dict merge {0x1 {} odd} {0x1 a}}
t {set v {x A -1 a1}; dict unset v {k k} x; set v}
t {dict remove {c a} x {k k} c}
t {set v {1 {0x1 {01 ab}} b c c c}; dict unset v 0x1 01 a1; set v}
t {dict get {A 1 01 c 01 a1 0x1 ab} -1}
t {dict merge {b A -1 c} {ab {} {} {c 01 0x1 {0x1 1} a1 {k k}}}}
t {set v {c a 01 {}}; dict lappend v A b; set v}
t {dict exists {a a1 {} 01 b {{} 0x1 A 01 c x c ab}} -1 c}
t {dict filter {} value 01}
t {dict merge {a A 1 A a1 {}} {1 {}}}
t {dict merge {1 01 -1 0x1} {01 c ab 0x1 ab {0x1 x {} x}}}
t {dict remove {ab a1 ab A {} c odd} x 0x1 {k k}}
t {set v {ab {x A a1 {} b c b A}}; dict append v x 01 -1; set v}
t {set v {a1 ab ab {c c b 01 c x 0x1 A} 0x1 {{k k} {A 1} a b} 1 c}; dict lappend v b {}; set v}
t {set v {a ab A {} a1 {ab {} {k k} {} x {01 A -1 1 -1 a1 c {}} x {}}}; dict set v ab ab b ab; set v}
t {dict get {a {1 1 0x1 {01 a odd} {k k} {ab A}}} 0x1 A}
t {dict exists {1 {x x b ab -1 {} c x} a1 {} {k k} 0x1 {} {0x1 c 01 A {} 01 {} {{} 1 A x 1 b b ab}}} x}
t {set v {b 0x1}; dict incr v 1 0x10; set v}
t {dict get {} a1 {} -1}
t {set v {a {1 a1 x 1 1 a1 01 {1 a1 0x1 0x1 c x}} {k k} A {} 01 0x1 {k k}}; dict set v a b 1; set v}
t {dict filter {} value a1}
t {dict get {} 1}
t {dict merge {1 x 01 A a {k k}} {a A 01 0x1}}
t {set v {}; dict update v 0x1 x 1 y {set x 1; unset -nocomplain y}; set v}
t {dict get {} x 0x1 -1}
t {set v {c {}}; dict unset v a1 {k k} {k k}; set v}
t {set v {01 {b A}}; dict unset v c a1 0x1; set v}
t {set v {}; dict append v 0x1 a1 1; set v}
t {set v {{} b c {} {k k} {}}; dict set v 01 c {k k}; set v}
t {set v {ab a}; dict unset v x ab; set v}
t {set v {c A 01 1}; dict incr v {k k} -2; set v}
t {dict merge {{k k} {-1 {1 01 a c ab 1} a1 {} ab b}} {A 0x1 -1 {}}}
t {set v {{k k} {c a a1 {} -1 {a1 1 0x1 {} a1 01 {k k} b}} 01 {k k} a1 -1 odd}; dict lappend v 1 a1; set v}
t {set v {}; dict update v {} x a y {set x 1; unset -nocomplain y}; set v}
t {dict get {0x1 {k k} {k k} {} 1 {k k}} {}}
t {dict merge {0x1 {} b {} a {}} {x {k k} c x 01 {ab -1 {k k} a1 a1 x A a} a1 {k k}}}
t {set v {c {ab {{k k} 0x1 b x {} A ab c odd} ab b A {k k}}}; dict lappend v b b; set v}
t {dict merge {} {1 {1 b} ab 01 0x1 {a1 a1 a1 {}} 1 {}}}
t {dict get {} ab}
t {dict get {-1 0x1} a 1 A}
t {dict get {ab c 01 a ab {} x b} ab {}}
t {dict merge {a1 01 {} 01 01 a1 b {0x1 0x1 ab 01 a c}} {{k k} {} {} 01 a1 ab ab {}}}
t {set v {a a1 ab A 01 ab b {a {}} odd}; dict update v 0x1 x {} y {set x 1; unset -nocomplain y}; set v}
t {set v {c ab 0x1 -1 b -1}; dict set v b x; set v}
t {dict exists {1 -1 x 0x1 ab 1 a1 x} ab {} 0x1}
t {set v {-1 -1}; dict append v 0x1 1 a; set v}
t {set v {b {k k} ab 01 b -1 odd}; dict lappend v c 0x1; set v}
t {set v {{} A}; dict update v {} x a y {set x 1; unset -nocomplain y}; set v}
t {set v {a1 {a x -1 c} A {x {k k} 1 -1 1 b} 0x1 {} a1 {c 0x1 A a}}; dict update v A x a y {set x 1; unset -nocomplain y}; set v}
t {set v {}; dict set v {} c; set v}
t {dict filter {b c} key b}
t {dict filter {ab a1 -1 1 ab 0x1} value 01}
t {set v {x a b A A {}}; dict update v 01 x 0x1 y {set x 1; unset -nocomplain y}; set v}
t {set v {a1 A}; dict append v 01 {} a1; set v}
t {dict get {x {k k}} 01 ab a1}
t {dict remove {} c a1}
t {set v {1 {b {} c {01 A -1 1 {k k} a} a A} x b}; dict append v a1 b ab; set v}
t {set v {01 {} {} A A a1}; dict lappend v {} b; set v}
t {set v {{k k} 0x1 c {} 1 ab x -1}; dict set v a1 A; set v}
t {dict exists {-1 1} 01}
t {set v {}; dict append v 1 01 0x1; set v}
t {set v {{} x 1 b}; dict set v {k k} 01; set v}
t {dict merge {c {odd} a1 {{} 01 a1 -1 a1 b} 1 {c a -1 -1}} {0x1 {x A {k k} {k k} A {-1 A -1 b {} {}} 0x1 a odd} {k k} {}}}
t {set v {c a c {k k}}; dict set v 0x1 {} -1 {k k}; set v}
t {set v {1 0x1 {k k} a1 A {k k} {} 0x1}; dict set v x 1; set v}
t {set v {0x1 01 -1 {} 0x1 {}}; dict with v {}; set v}
t {set v {c a1 {} {a -1 {k k} 1}}; dict unset v a; set v}
t {dict get {} A}
t {set v {-1 {{} {b a {k k} {}} 0x1 ab} 0x1 c x {} 01 0x1}; dict with v {}; set v}
t {dict exists {} a1 b 1}
t {set v {}; dict incr v 01 -2; set v}
t {set v {0x1 {k k} a1 b {k k} ab a1 {k k}}; dict update v 1 x b y {set x 1; unset -nocomplain y}; set v}
t {dict get {{k k} a1 b {k k} ab 0x1} 0x1}
t {set v {A x}; dict append v 0x1 1 b; set v}
t {set v {a A 01 ab}; dict incr v a x; set v}
t {dict get {c 1 b a1 b {{} {01 -1 {k k} ab c ab} A A a1 c odd} a1 {k k}} x}
t {dict get {A {b x}} b}
t {dict remove {x -1 {k k} 0x1 {k k} {}} {k k} x}
t {dict merge {} {{k k} {} 01 c}}
t {dict get {{k k} 1} {} 0x1}
t {set v {}; dict with v {}; set v}
t {set v {1 {A ab} 01 a1 a1 a1}; dict append v x 01 x; set v}
t {dict remove {a1 {0x1 {a1 c a1 a1} x a1 {} 1 -1 1}} a b}
t {set v {x {a b 0x1 x} odd}; dict lappend v 01 {}; set v}
t {set v {01 {a a c A}}; dict append v a1 -1 c; set v}
t {set v {odd}; dict with v {}; set v}
t {set v {}; dict lappend v {} 0x1; set v}
t {set v {1 0x1 01 x {k k} -1 c ab}; dict with v {}; set v}
t {set v {-1 a1 {k k} {} b {{k k} {} a1 {}}}; dict with v {}; set v}
t {set v {01 {a1 {x b a1 c 0x1 A} c -1 0x1 01 0x1 ab} -1 {} {k k} {k k}}; dict append v -1 {} ab; set v}
t {set v {ab {01 -1 -1 {0x1 a1 {} ab -1 a1 0x1 a1} A {x 0x1 A a1}}}; dict unset v -1 a b; set v}
t {set v {c ab c a}; dict unset v a1 a1; set v}
t {set v {{} {} A {}}; dict lappend v 0x1 ab; set v}
t {dict get {a1 a1 1 {k k}} {}}
t {set v {}; dict incr v a -2; set v}
t {set v {a -1 0x1 {}}; dict lappend v 0x1 A; set v}
t {dict get {{k k} {{} {} A {x 0x1 {} A} {} {ab b ab A 1 {} c -1}} A 01 1 c} 0x1 c}
t {dict remove {ab {k k} c {a {ab a a1 -1} c {0x1 {}} {k k} {{k k} c} ab 01} c {k k} 1 {}} 0x1}
t {dict filter {01 {}} value x}
t {set v {1 01 0x1 ab c b {k k} A}; dict with v {}; set v}
t {dict merge {{} 0x1 c {} 0x1 -1 A x} {a1 c 0x1 {} b {} 01 {1 {} ab a}}}
t {dict get {{} {x -1 b {} c a}} 01 {}}
t {set v {-1 ab 01 01 -1 {-1 a} c A}; dict incr v 01 x; set v}
t {set v {}; dict append v 1 x ab; set v}
t {set v {}; dict unset v 1; set v}
t {dict exists {ab {-1 1 {k k} 0x1}} a1}
t {dict remove {a 0x1 x {-1 {b {} A c 01 a {k k} A} x A x A ab 1} b x a {x -1 a {a1 A c a1 A -1} x ab a {}}} a a1 {k k}}
t {set v {a1 A -1 {} {k k} a1 {k k} 1 odd}; dict update v {} x {k k} y {set x 1; unset -nocomplain y}; set v}
t {set v {ab {}}; dict set v a {k k}; set v}
t {dict get {A c x {ab 01 c {} c A x {0x1 A}} a a1} A}
t {set v {}; dict incr v -1 1; set v}
t {dict get {{} {k k} 1 1 c a} a 1 a}
t {set v {}; dict with v {}; set v}
t {dict remove {c {k k}} {} ab 0x1}
t {dict filter {c c b x} key {}}
t {dict remove {{k k} 1 {k k} b} c c}
t {dict merge {} {b {} ab {x x 0x1 01} -1 {x 1 x 1 x {{} -1 -1 c}} 0x1 {a1 {} 0x1 {A -1} 0x1 1 {} {{k k} x 01 a1 A {}}}}}
t {dict filter {ab b 0x1 x 01 a A {}} value x}
t {set v {a {01 -1 c b {k k} {a1 ab x x A c b a1} {} a}}; dict with v {}; set v}
t {dict exists {a1 -1 A a1} a1 -1}
t {set v {-1 A b ab b ab 1 ab}; dict incr v 1 x; set v}
t {dict merge {0x1 ab A b A {A 1 ab {}} -1 -1} {}}
t {set v {1 x {k k} {} 1 {}}; dict with v {}; set v}
t {set v {{} c {k k} {A {{k k} ab {k k} 01 01 A 1 -1} a1 a A -1 -1 {}} ab a1}; dict incr v -1 0x10; set v}
t {dict merge {a1 {b {1 -1 -1 a1} ab x ab {A ab {} a}} c {1 {}} ab {a1 {b A} A A {} -1}} {b x -1 a a1 a}}
t {dict remove {-1 {c 01 x b} a {{} {k k}} a1 {a 0x1 0x1 {1 {k k} a {k k} 0x1 01 {} b}} a b} x}
t {set v {}; dict unset v 01 x; set v}
t {set v {}; dict with v {}; set v}
t {set v {b 01 01 {} {} {{k k} ab b b} x b}; dict lappend v c c; set v}
t {set v {{k k} {01 b 1 01} x -1}; dict with v {}; set v}
t {set v {a {-1 ab}}; dict set v 1 b; set v}
t {dict merge {01 {} 0x1 {} 01 01} {-1 {} odd}}
t {dict exists {0x1 1 ab {1 -1 a ab -1 {{k k} -1 0x1 {k k} 1 x c {k k}}}} 0x1 {} -1}
t {dict exists {odd} -1}
t {set v {}; dict incr v a 1; set v}
t {set v {x -1 x {{} {}} 01 a}; dict append v {k k} 0x1 A; set v}
t {set v {ab {1 01 odd}}; dict set v a1 -1 a1 1; set v}
t {dict get {odd} {k k}}
t {dict exists {x {a1 {{k k} -1 0x1 1}} c {} ab {ab 1} a ab} -1 c a1}
t {dict filter {} key 0x1}
t {set v {a1 01}; dict unset v 01 b; set v}
t {set v {{} b a {} 1 a}; dict set v 1 1 x ab; set v}
t {set v {01 ab 01 01 -1 {A ab A ab a {}} odd}; dict append v 1 1 1; set v}
t {set v {A -1 1 ab -1 {{k k} {k k} {k k} ab x {} -1 {ab a1 a1 -1 {k k} x}} a ab}; dict with v {}; set v}
t {set v {}; dict update v 0x1 x {k k} y {set x 1; unset -nocomplain y}; set v}
t {dict merge {1 -1 b 0x1 x {c {A {}}}} {x {A x a b} a1 {1 {x A {} A 1 0x1} 01 {a {} a1 ab x ab A b} {} a1 0x1 b} A 0x1 c {} odd}}
t {dict remove {01 {a A 1 01 A {}} {} -1} a a1}
t {set v {}; dict set v 01 a 01; set v}
t {set v {}; dict update v {} x 01 y {set x 1; unset -nocomplain y}; set v}
t {set v {b 1}; dict with v {}; set v}
t {dict exists {{k k} 0x1} 1 01}
t {set v {c {} ab A x c {k k} A}; dict lappend v -1 A; set v}
t {set v {-1 {x {} {} x} 0x1 c}; dict update v a1 x {} y {set x 1; unset -nocomplain y}; set v}
t {set v {1 a1 01 x 1 {-1 c} ab b}; dict append v -1 {} a1; set v}
t {set v {ab -1 1 a1}; dict append v a1 1 01; set v}
t {set v {x {b {c 1 -1 01} 01 {c a ab A {} x} a1 a}}; dict incr v ab -2; set v}
t {set v {x x -1 b -1 a1}; dict update v a1 x a y {set x 1; unset -nocomplain y}; set v}
t {set v {x {a1 x c b {} x} 1 c}; dict set v 1 a1; set v}
t {set v {ab A -1 0x1}; dict with v {}; set v}
t {dict exists {1 {} {} {x x} {} A} c ab}
t {set v {1 1 x b}; dict with v {}; set v}
t {dict exists {} {}}
t {set v {{} {ab a 01 b b {b -1 0x1 01} {} b}}; dict append v 1 {} 0x1; set v}
t {set v {0x1 {1 b x {a1 -1 odd} {k k} A -1 {x a c {}}} {} {} b {} a {01 {}}}; dict set v c 0x1 0x1 01; set v}
t {dict filter {{k k} {A ab}} value A}
t {dict filter {-1 a {} A {} a1} value ab}
t {set v {{k k} ab {} {1 {k k} 01 b A A b {}} {} 01 1 01 odd}; dict lappend v {k k} ab; set v}
t {set v {odd}; dict set v A A; set v}
t {set v {b {A c -1 {A x c ab a a1} 01 1} ab {c {a1 b} c {k k} {k k} a1} c {}}; dict unset v 0x1 x; set v}
t {dict remove {} 0x1 c 1}
t {set v {a1 c}; dict unset v a c; set v}
t {dict filter {ab a a -1 odd} key c}
