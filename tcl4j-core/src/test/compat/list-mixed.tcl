# Generated mix of list commands on random lists and indices (regression
# set from differential testing against tclsh; gen.py seed 1).
proc t {s} { set r [catch {uplevel 1 $s} m]; puts "[list $s] -> $r [list $m]" }
t {lrange {a9} 1 end+1}
t {dict keys {9 Abc ~ ~ a \{\}} ?}
t {set dd {9 Abc ~ ~ a \{\}}; dict set dd a9 _; dict unset dd z; dict incr dd n; set dd}
t {linsert {0} end-1 }
t {lsort  {}}
t {lsort -stride 2 -index end-1  {0x10 1e2 a10 {} a10 {a b}}}
t {lreplace {} end-2 end--1 ABC A}
t {lrange {A _ x 0} e e}
t {lsort -dictionary {abc 0 0x10 00 1.5 10 abc 00}}
t {lsearch -sorted -dictionary [lsort -dictionary {b 0x10 a10 _ z 10 9 {a b}}] a1}
t {set x {0 \{\} ~ {a b} _ {} B -1}; lset x 3-1 1.5}
t {lsearch -not -dictionary -exact {1.5 Z} Abc}
t {concat {ABC a1 a1 1.5 a10 a} {1e2 00 1e2}}
t {lindex {{a10 10 1.5} \{\} \{\}} 3-1 5}
t {concat {} {z 00 Z 0 _ 1.5}}
t {lindex {{z ab 1.5} {~ 1e2 a01} {9 b 0x10}} end--1 end-1}
t {concat {a01 1.5 9 0x10 Z {} 9 {}} {}}
t {lindex {{1e2 1e2 Abc} {z Abc x} {-1 Abc a}} x -1}
t {lrange {abc a1 00 B z 1e2 z 00} end--1 end}
t {lsort  {B}}
t {dict keys {a10 a9 A z} a*}
t {set dd {a10 a9 A z}; dict set dd {} A9; dict unset dd B; dict incr dd n; set dd}
t {lrange {a9 1.5} 2 3-1}
t {lreplace {-1 \{\} x 0x10} end+1 1 }
t {lreplace {x 9 z a01 a9 A} end e a01 Abc}
t {lsort -stride 2 -index 0 -nocase {}}
t {lrange {\{\} 1.5 {a b} 9 1e2 Z a10} 3-1 x}
t {lsort -dictionary {z x {a b} ABC 9 b _ A9}}
t {lsearch -sorted -dictionary [lsort -dictionary {ab a01 0 b A9 B 00 B}] A9}
t {lreplace {9 abc} end 2 }
t {lsort -dictionary {abc Z a01 0 abc -1 a1 Z}}
t {lsearch -sorted -dictionary [lsort -dictionary {00 00 ~ \{\} Abc 1.5 b 10}] a01}
t {set x {a01}; lset x 1+1 a b}
t {lsort -stride 3 -index 0 -decreasing {1.5 0x10 a x Abc 00}}
t {lrange {00 x z} 1+1 x}
t {lrange {9 a01 a9 {a b} A} end--1 end-2}
t {lsort -dictionary {~ 1e2 a10 B _ b B ab}}
t {lsearch -sorted -dictionary [lsort -dictionary {a1 a1 1e2 a01 a9 ~ x Abc}] 1.5}
t {lreplace {x x A A9 a10} end--1 1+1 0 0x10}
t {lrange {~ A x b 9 B 10 00} x 2}
t {lrange {A Abc abc z 10} 1 1+1}
t {lsort -dictionary {{} 0 A9 abc 1e2 A -1 0}}
t {lsearch -sorted -dictionary [lsort -dictionary {a9 A z b Z A9 a Abc}] a b}
t {lsort  {9}}
t {lsort -integer -dictionary -real {a10 z abc}}
t {lrange {a1 _ 00} 1 end-2}
t {lsort -stride 2 -index end -indices {b a a z}}
t {dict keys {A a9 a01 z Abc ~} ?}
t {set dd {A a9 a01 z Abc ~}; dict set dd a b {}; dict unset dd a9; dict incr dd n; set dd}
t {lrange {a01 A9 a01 a10 {} B Z a9} 1 x}
t {dict keys {ABC x a10 10 A9 b x a1} *}
t {set dd {ABC x a10 10 A9 b x a1}; dict set dd z 00; dict unset dd abc; dict incr dd n; set dd}
t {lreplace {x A 1e2} 1+1 1+1 B a10}
t {linsert {} x }
t {lsort -stride 2 -index 0  {}}
t {lreplace {0x10 0x10 00 00 ab} 1 5 B}
t {lsort -dictionary {ab ab Z 00 x A9 A \{\}}}
t {lsearch -sorted -dictionary [lsort -dictionary {1.5 Z Abc A9 ab 0 a01 ab}] 1e2}
t {lsort -integer {Z 0 Abc z {a b}}}
t {lreplace {1e2 a1 b \{\} 00 {a b}} -1 end }
t {dict keys {a 10 Z x a1 a9} ?}
t {set dd {a 10 Z x a1 a9}; dict set dd a z; dict unset dd ABC; dict incr dd n; set dd}
t {lsort -stride 2 -index end  {abc ab abc ab}}
t {lreplace {abc 10 a1 Abc B a10} end+1 0 }
t {lsort -dictionary {ABC _ a10 a10 x 0x10 {a b} 0x10}}
t {lsearch -sorted -dictionary [lsort -dictionary {a10 \{\} 9 x 1e2 Abc _ ABC}] a9}
t {linsert {} 1 ABC 0}
t {set x {1.5 ~}; lset x x 0}
t {linsert {A9 \{\} A9 00} 5 a1}
t {dict keys {} ?}
t {set dd {}; dict set dd a1 ab; dict unset dd a9; dict incr dd n; set dd}
t {lsort -stride 2 -index 0 -nocase -dictionary {{a b} 10 \{\} ABC {} 10}}
t {lreplace {a9} e 1 }
t {concat {-1} {00 10 z}}
t {lindex {{0 9 10} {a1 x -1} {ab Abc 0x10}} -1 1}
t {lsort -stride 2 -index 1 -dictionary -indices {1.5 -1}}
t {lreplace {a1 A9 ab} 5 -1 A9}
t {concat {Z {a b} -1 z} {1e2 {}}}
t {lindex {{0x10 9 00} {A ~ a01} {abc 0 10}} -1 end}
t {lsearch  {} a}
t {lsort -dictionary {ab B 1.5 {} abc z A9 9}}
t {lsearch -sorted -dictionary [lsort -dictionary {1.5 {a b} {} ~ 1.5 x a A}] -1}
t {dict keys {0x10 A ABC 10 10 a01 1e2 a} *}
t {set dd {0x10 A ABC 10 10 a01 1e2 a}; dict set dd ABC Abc; dict unset dd _; dict incr dd n; set dd}
t {lsort -dictionary {1.5 9 _ \{\} A9 \{\} a1 -1}}
t {lsearch -sorted -dictionary [lsort -dictionary {Abc {a b} 1.5 a01 {} 1.5 a {a b}}] 10}
t {concat {10 x 00 Abc abc _} {0x10}}
t {lindex {{_ a10 ABC} {ABC A9 ABC} {a 9 _}} 3-1 2}
t {lsort -stride 2 -index 1 -indices -decreasing {a9 z \{\} 9}}
t {dict keys {} *}
t {set dd {}; dict set dd 1.5 A; dict unset dd _; dict incr dd n; set dd}
t {concat {B {} B {a b} -1 a} {1.5 \{\}}}
t {lindex {\{\} \{\} {a9 Abc A9}} -1 5}
t {linsert {0 x a9} 1 }
t {lsort -dictionary {a1 A9 ABC _ \{\} Z 1e2 a9}}
t {lsearch -sorted -dictionary [lsort -dictionary {{} Abc _ a10 10 1e2 10 a1}] 0x10}
t {lreplace {\{\} a10 a9 Abc \{\}} -1 end--1 a 00}
t {concat {x 9 ~ a10 z a9} {B ABC _}}
t {lindex {{a1 00 abc} {-1 abc _} {ab Abc a9}} end+1 5}
t {lrange {~ ab} e end+1}
t {set x {~ 10 a10 A}; lset x e a01}
t {lreplace {A} -1 end-2 0x10}
t {lsearch  {b b} 9}
t {lsort -nocase -dictionary {\{\} 1.5 Z _ 0 Abc -1}}
t {concat {A a10} {a10 0x10 -1 10 ~ a1}}
t {lindex {{a10 a10 Z} {A9 -1 1e2} {abc 10 a01}} end+1 e}
t {lreplace {0x10 abc A a01 B} 0 0 }
t {dict keys {10 a1} a*}
t {set dd {10 a1}; dict set dd z a; dict unset dd a; dict incr dd n; set dd}
t {lsort -stride 2 -index 0 -dictionary {a9 ab B -1 ABC Z}}
t {lsort -dictionary {1.5 Z ab b a9 ~ A 9}}
t {lsearch -sorted -dictionary [lsort -dictionary {B a01 a 0x10 ABC ab _ a9}] a b}
t {linsert {10 x ABC a9 a9 ABC ABC} -1 }
t {lsort  {{} 9}}
t {set x {9 1e2 a01 \{\} 0 1e2 9 {a b}}; lset x 1 {}}
t {lreplace {a9} 2 1 }
t {lsort  {00 9 00}}
t {lsort -indices -decreasing -ascii {Z}}
t {set x {}; lset x 2 1e2}
t {lsort -ascii -nocase -indices {{a b} ab 0 10 ~ \{\} 0}}
t {lreplace {B A9 b 00 10} 0 e x}
t {lrange {z 10 z A} end--1 3-1}
t {lreplace {9} end--1 -1 1e2 a01}
t {set x {1.5 z 10 0 abc}; lset x end+1 A}
t {lrange {1.5 1e2 _ 00 Z abc \{\}} 5 5}
t {lsort -indices -decreasing -ascii {_ a1 a01 {}}}
t {lsort -stride 3 -index 0  {A9 x {} a9 x _ _ 1.5 1.5}}
t {lrange {_ x z x abc} 1 end+1}
t {lreplace {-1 {} _ 10 Z 0 B} 1+1 x }
t {lrange {} 5 end+1}
t {concat {z a10 \{\} abc} {{} z ABC {} 10}}
t {lindex {{A9 -1 Abc} {x 1e2 1.5} {a1 a ab}} end 3-1}
t {linsert {A a1} x _}
t {concat {} {1e2}}
t {lindex {\{\} {A a01 a9} {B ABC abc}} 5 3-1}
t {lsearch -bisect {z} *1*}
t {lsort -stride 3 -index end-1  {\{\} z A9 a10 0 a01 Abc 0x10 00}}
t {dict keys {} *}
t {set dd {}; dict set dd 9 a01; dict unset dd a; dict incr dd n; set dd}
t {lsort -dictionary {0 1.5 z abc abc 9 b {}}}
t {lsearch -sorted -dictionary [lsort -dictionary {00 -1 a a01 A9 \{\} \{\} ABC}] a}
t {lsort -dictionary {A9 1.5 0 _ x ~ 1e2 ABC}}
t {lsearch -sorted -dictionary [lsort -dictionary {abc 1e2 A9 1.5 9 1e2 Z 1.5}] 9}
t {concat {-1 A9 ab 1.5} {abc ab 1e2 ~ a1 a9 ABC}}
t {lindex {{a 9 _} \{\} \{\}} end 3-1}
t {lsort  {B}}
t {lsort -stride 3 -index 0 -nocase {~ x 10 -1 z A 0x10 {} ab}}
t {lrange {{} 00 ab abc} x end}
t {lsort -stride 3 -index 0 -dictionary {x ~ 0x10 a01 \{\} Z 0x10 10 \{\}}}
t {lrange {ab a10 _} 0 1}
t {lreplace {0x10 ~} 1 end-2 _ a1}
t {lsort  {9}}
t {lsort -dictionary {b ABC A _ 1e2 {a b} 9 Z}}
t {lsearch -sorted -dictionary [lsort -dictionary {{a b} _ A a9 {a b} a9 a1 0x10}] z}
t {lsort -dictionary -unique -integer {{a b} ABC B}}
t {lsort -dictionary {ab 10 Abc 0 \{\} a01 a1 1.5}}
t {lsearch -sorted -dictionary [lsort -dictionary {a9 9 _ 0 1e2 A9 00 0x10}] ABC}
t {lsort -dictionary {x 00 0x10 A a ~ _ {a b}}}
t {lsearch -sorted -dictionary [lsort -dictionary {{} 0 \{\} a9 b 1e2 ABC -1}] A9}
t {lsearch -nocase -start end {1.5 a9 a9} 10}
t {lsort -stride 2 -index end-1 -nocase {a9 a9 0x10 \{\} A9 a9}}
t {set x {a10 x a1 Abc ~ a1 _}; lset x 1+1 {}}
t {dict keys {x Abc} ?}
t {set dd {x Abc}; dict set dd 0x10 x; dict unset dd A; dict incr dd n; set dd}
t {lrange {\{\} a9} -1 1}
t {lsort -dictionary {abc a1 {a b} A a10 abc a01 1.5}}
t {lsearch -sorted -dictionary [lsort -dictionary {abc {a b} 0 A9 9 x a ~}] a}
t {lreplace {B _ a10} end 3-1 00 x}
t {lreplace {10 a A x {} ab A a9} x 2 abc b}
t {set x {B}; lset x e A}
t {lreplace {a10 a9 1.5 b {}} 0 1 }
t {lsort -stride 3 -index end-1 -nocase -decreasing {a 1.5 0 x A {}}}
t {lsearch -integer -sorted -start 5 {0x10 abc 9 1e2 10 A9 0 a10} a10}
t {lrange {a01 0 9} end 5}
t {lsort -integer -increasing -decreasing {1e2 a9 1.5 a9}}
t {lsearch  {B ABC 1e2 {} 1e2} 0}
t {lrange {B abc} 2 3-1}
t {linsert {Z z 00 ~ x {} 0} end }
t {lrange {Z -1 10 A Abc ab} end end}
t {concat {} {a Z ABC ab 10 _ 1e2 0}}
t {lindex {{A -1 a} {~ 9 Abc} \{\}} end-1 end-2}
t {lsort -stride 2 -index 1  {}}
t {lsort -dictionary {z 0x10 Z \{\} a10 z Abc a10}}
t {lsearch -sorted -dictionary [lsort -dictionary {A 1e2 {} 00 a1 A ~ b}] {}}
t {set x {0 _ {} a9 {a b} ABC}; lset x x b}
t {concat {9 10 {} A9 ~ Z} {-1 z \{\} a10 ABC}}
t {lindex {{Abc 1.5 ab} \{\} {A 0 1.5}} 2 5}
t {dict keys {0 a01 10 ABC Z a1} ?}
t {set dd {0 a01 10 ABC Z a1}; dict set dd {} a10; dict unset dd A; dict incr dd n; set dd}
t {linsert {x {a b} a10 z {a b}} end+1 0x10 {}}
t {dict keys {A abc 0x10 a9 Z ab ab a} ?}
t {set dd {A abc 0x10 a9 Z ab ab a}; dict set dd 9 A; dict unset dd z; dict incr dd n; set dd}
t {lsort -increasing -nocase -dictionary {a1}}
t {lrange {Z A a9 a -1 10 z ABC} e e}
t {linsert {\{\} 10 a 1e2 z a10 9 a1} 3-1 }
t {set x {B ~ 1e2}; lset x 5 a1}
t {lrange {abc a 1.5 a01 9 a10} x 0}
t {lsort -dictionary {Abc ABC 1e2 B a10 10 ~ -1}}
t {lsearch -sorted -dictionary [lsort -dictionary {A abc ABC b 10 B 1e2 A}] ABC}
t {dict keys {a10 ~ a a 00 A9 -1 a9} ?}
t {set dd {a10 ~ a a 00 A9 -1 a9}; dict set dd a1 Abc; dict unset dd ab; dict incr dd n; set dd}
t {lsort -dictionary {z 9 1e2 a1 \{\} 10 \{\} 10}}
t {lsearch -sorted -dictionary [lsort -dictionary {z a01 0x10 Z a9 {} ab a9}] abc}
t {lreplace {~ _} 1+1 1 {} x}
t {lrange {a9 a9 {} 10} end 1+1}
t {dict keys {ab a9} a*}
t {set dd {ab a9}; dict set dd a01 B; dict unset dd z; dict incr dd n; set dd}
t {concat {Abc a01 1e2 9 \{\} 00 a10 abc} {1e2 -1}}
t {lindex {\{\} {B ABC B} \{\}} 0 0}
t {lsort -stride 2 -index end  {00 10}}
t {linsert {{} _ Z a1 a10 A9} e }
t {set x {1e2 A9 B 1.5 Z A9 a01}; lset x e -1}
t {lsort  {z z Abc abc}}
t {concat {~ -1 a9 Abc b} {}}
t {lindex {{Z z x} {a1 z ab} {ABC Z A}} 1 end--1}
t {lsort -stride 3 -index 1 -nocase -unique {}}
t {concat {_ a \{\} A} {~ abc 10}}
t {lindex {\{\} {Abc a10 a9} {b ABC a1}} 3-1 3-1}
t {lsort -dictionary {a9 0x10 A {a b} Z Z ab a1}}
t {lsearch -sorted -dictionary [lsort -dictionary {1e2 a -1 ~ b 0x10 a01 10}] Z}
t {lsort -dictionary {b 00 9 Z -1 a01 a1 Abc}}
t {lsearch -sorted -dictionary [lsort -dictionary {1.5 a01 00 1.5 10 1.5 {} a01}] a10}
t {set x {x}; lset x 0 -1}
t {lsort -unique -ascii {0 ab}}
t {concat {B 00 Z abc 10 B 10 z} {Z abc ABC A9 10 a9 0 {}}}
t {lindex {{0x10 b 1e2} {00 0x10 a} {9 A9 abc}} e end-1}
t {lrange {00 a9 B 00 Abc z z ~} end-1 end-2}
t {lsort -stride 2 -index end -decreasing {}}
t {lsort -dictionary {ABC {} abc B 0x10 0 ABC B}}
t {lsearch -sorted -dictionary [lsort -dictionary {00 1e2 -1 x 1.5 z 1e2 a}] a1}
t {set x {a01 ab 0 abc ab}; lset x 1+1 A}
t {lsort -stride 3 -index end-1 -nocase -decreasing {Abc {} b \{\} B ~}}
t {lsort -dictionary {B \{\} a1 0 a9 9 B ab}}
t {lsearch -sorted -dictionary [lsort -dictionary {A9 1e2 _ ABC a9 a10 a01 A}] a9}
t {dict keys {A9 z 00 z a01 Z 1e2 B} *}
t {set dd {A9 z 00 z a01 Z 1e2 B}; dict set dd x A9; dict unset dd 00; dict incr dd n; set dd}
t {lsort -dictionary {Z {} z _ b a x 9}}
t {lsearch -sorted -dictionary [lsort -dictionary {_ a1 0 1e2 b \{\} abc \{\}}] a b}
t {lsort -dictionary {ab abc 1.5 A _ a9 -1 a01}}
t {lsearch -sorted -dictionary [lsort -dictionary {z b {} -1 x Abc _ {}}] a10}
t {lsort -ascii -integer -unique {}}
t {lsort -dictionary {a a10 ~ 0 B 1.5 Z a1}}
t {lsearch -sorted -dictionary [lsort -dictionary {b 1.5 a01 a01 -1 A9 a10 0x10}] 1.5}
t {set x {10 ABC B a01 Abc}; lset x 2 a01}
t {concat {abc 9 Abc 0x10} {a 0x10 a A {a b}}}
t {lindex {\{\} {Abc 00 9} \{\}} end-1 end-1}
t {lsearch -decreasing -bisect -real {a01 \{\} 1.5 z 0x10 Z} 0}
t {concat {a1 Z a9 {a b} Z 1.5 A9} {Abc 1e2 a9 a9 A9 a}}
t {lindex {{Abc ~ b} {z -1 -1} \{\}} 5 end+1}
t {linsert {x \{\} ABC ab 10 00 9} 0 A {}}
t {lsort -increasing -ascii {~ 1e2 _ b}}
t {set x {A9 abc 0 z Z}; lset x end--1 b}
t {linsert {x} 1 Z ABC}
t {lsearch -nocase -decreasing {~ \{\}} b}
t {lrange {_ abc ABC {} A9 A9 10 9} 5 end+1}
t {lsearch  {9 a10 Abc} -1}
t {linsert {10 a01 Abc ab _ A9} e 0 {}}
t {lsort -ascii {-1 0x10 a1 {a b}}}
t {set x {1e2 x 00 z 1.5 0x10}; lset x end-1 Abc}
t {lsearch -exact -inline -glob {z 1e2 {a b} a9} a10}
t {lsort -dictionary {ABC _ a9 9 {} z a10 b}}
t {lsearch -sorted -dictionary [lsort -dictionary {A Abc 1.5 1.5 1.5 a1 ab A9}] b}
t {lsearch -ascii -real -exact -start 0 {a {a b} b} B}
t {lsort -dictionary {1e2 a01 0x10 a01 a9 A9 abc 1e2}}
t {lsearch -sorted -dictionary [lsort -dictionary {1.5 a9 0 a10 a1 a01 10 0}] b}
t {linsert {\{\} -1 b x x 9 A a} 1+1 }
t {lsort -dictionary {a1 a01 a10 a1 A9 0 z A}}
t {lsearch -sorted -dictionary [lsort -dictionary {b z x 0 _ ab B Z}] -1}
t {lrange {b _ A9} end-1 0}
t {concat {-1} {z a10 {a b}}}
t {lindex {{a1 A b} {a01 b _} {_ A B}} x x}
t {linsert {\{\} a9 1.5 9} end--1 }
t {lsort -unique -increasing {~ a01 x {}}}
t {lsort -stride 2 -index 0  {0 x a1 Abc ABC A}}
t {lsort -stride 3 -index end  {-1 {} {} x 10 0x10 1.5 a {}}}
t {lrange {abc ab 00 1e2} e e}
t {lrange {-1 ABC} 3-1 2}
t {lrange {B Z} 1+1 end}
t {linsert {ABC x a1 a9 00} end+1 B}
t {lsort -stride 3 -index end  {}}
t {lsearch  {0x10 1e2} 10}
t {set x {1.5 00 {} 00 00}; lset x x 1.5}
t {set x {ABC A a1 10 b}; lset x end 0}
t {concat {b a10 Z} {x abc 10 a10}}
t {lindex {\{\} \{\} {abc a a01}} 1 2}
t {linsert {1.5 0 a9 ab a1} -1 }
t {lreplace {1.5 0 0 1e2 Abc 0 00 1e2} x end-2 abc}
t {lsort -dictionary {B a9 a01 a10 ~ ab ab ~}}
t {lsearch -sorted -dictionary [lsort -dictionary {a01 a a1 0x10 {} a1 b z}] {}}
t {lsearch -glob {{a b} \{\} 00} 10}
t {concat {a1 abc \{\} Z Z} {}}
t {lindex {{a01 x 0} {0x10 1e2 b} {0 b 00}} end-1 end+1}
t {lsort -dictionary {{a b} _ abc {a b} A9 Abc x 0}}
t {lsearch -sorted -dictionary [lsort -dictionary {z abc B 0x10 x 9 00 B}] a9}
t {lsearch -inline -real {a a1 x a10 x} Z}
t {lsort  {a1 ABC A9 b}}
t {lsort -stride 3 -index end-1 -dictionary {Abc a9 {a b} a1 x ab}}
t {set x {_ abc \{\} 00 a01 10 -1 ab}; lset x end--1 0x10}
t {linsert {} e a10 B}
t {lsearch -decreasing -dictionary -not {} x}
t {concat {10 a 10 1e2 _ 1e2 Z} {a1 abc abc {} b Z _}}
t {lindex {\{\} \{\} \{\}} end end--1}
t {lsearch  {~ 00 {} a01 a1 ab -1} a b}
t {lrange {0x10 a abc a10 0 0 Abc} 0 end+1}
t {lrange {a01 10 -1 A x a9 ab a1} end-1 2}
t {lrange {A9 a10 1e2 \{\} 9 -1 -1 1.5} 5 end}
t {lrange {Abc 1.5 A9 abc Z z a01 A9} 3-1 2}
t {lsort -unique {A 9 10 \{\} ABC}}
t {dict keys {} ?}
t {set dd {}; dict set dd ab -1; dict unset dd 10; dict incr dd n; set dd}
t {lrange {-1 1.5 00 abc b abc a01} 1+1 end+1}
t {dict keys {a9 a1 0 ~ a 1e2 b z} }
t {set dd {a9 a1 0 ~ a 1e2 b z}; dict set dd 1e2 a10; dict unset dd -1; dict incr dd n; set dd}
t {set x {x 0 _ A 10 b _}; lset x end+1 a9}
t {lsort -stride 3 -index end-1  {1.5 ab x ab {} ab Abc a01 a10}}
t {lrange {\{\}} 1 end-2}
t {lsort -unique -indices -integer {ab {} 1e2 x a9 10 a}}
t {lreplace {x 00 ~ A9 a1 A} end+1 2 ab}
t {dict keys {} *}
t {set dd {}; dict set dd x Z; dict unset dd 0x10; dict incr dd n; set dd}
t {lsort -dictionary {z -1 x 0x10 \{\} 10 Z 1e2}}
t {lsearch -sorted -dictionary [lsort -dictionary {a01 a1 a10 1e2 a01 00 Abc a10}] b}
t {set x {}; lset x end-1 9}
t {lsort -real -nocase -dictionary {{} {} Abc Abc 0}}
t {set x {\{\} 10 {a b} ~ a1 a}; lset x end-2 ABC}
t {set x {a10 B Z}; lset x 1+1 x}
t {lsort -stride 2 -index 0  {a z {} B z 9}}
t {lsort -dictionary {ab 10 9 x 1e2 00 ABC \{\}}}
t {lsearch -sorted -dictionary [lsort -dictionary {1.5 a9 a01 a01 a1 a1 1e2 a1}] ab}
t {lsearch -decreasing -sorted -start x {abc 1.5 ab 9 ab 00 x} {}}
t {linsert {\{\} 0x10 abc} end+1 }
t {lsearch -all {1e2 0x10} a9}
t {lreplace {B 10 0x10 a 1.5} end+1 -1 a10 a01}
t {lsort -dictionary {b a9 Z 1.5}}
t {lsearch -not -glob -dictionary {00} ?}
t {lreplace {9 {}} 3-1 end-1 9}
t {lsort -stride 2 -index end-1 -unique -indices {a a10}}
t {concat {b} {Z Z}}
t {lindex {{Z 1.5 a} {b 9 00} {z a9 9}} 2 end--1}
t {linsert {0 9 ~ x abc} e }
t {lsort -dictionary {A Z 00 a10 ABC ABC A 9}}
t {lsearch -sorted -dictionary [lsort -dictionary {ab z a {} ab ab A9 a}] 0x10}
t {lsort  {B ~ z abc 9 B 0x10}}
t {lrange {00 {a b} \{\} 10 ABC Abc 1e2 9} -1 5}
t {lsort -stride 3 -index end  {}}
t {lsearch -start end-2 {A \{\} ABC} 0x10}
t {lsearch -integer -inline -nocase {0x10 Abc b abc} b}
t {lreplace {-1 a10 a9 00 x ~ 0x10} end+1 5 }
t {lreplace {a1 _ \{\} -1 -1 A9 abc abc} 2 end-1 a b 10}
t {lsort -stride 2 -index end  {0x10 Z}}
t {lreplace {z 1e2 0 A9} 2 1 ab -1}
t {lsort  {0x10 _ abc x 1e2 {} ab}}
t {lsort -dictionary {z B z -1 A9 a ABC a9}}
t {lsearch -sorted -dictionary [lsort -dictionary {_ 1.5 \{\} a abc 10 A A}] a b}
t {set x {B Abc 0x10 1.5 x abc 00}; lset x 3-1 b}
t {linsert {b Abc} 1 }
t {lsearch -all -start end-1 {1.5 A9 ~ z a01 a1 1e2 ab} 00}
t {lreplace {A9 abc} x -1 }
t {concat {b a 9 Abc} {Z 0x10 9 9}}
t {lindex {{Z z B} {a1 a01 ~} \{\}} end--1 x}
t {lsort -stride 2 -index end-1 -dictionary {z b}}
t {set x {a10 a9 ab}; lset x e 0}
t {lsort -dictionary {Abc a 0x10 A9 a9 ~ z \{\}}}
t {lsearch -sorted -dictionary [lsort -dictionary {A9 0 a01 z ab \{\} ABC 10}] a b}
t {lsort -dictionary -nocase -decreasing {-1 1e2 00 a ab a10}}
t {concat {a01 1.5 x A a10 a10} {abc A a1 0x10 {} \{\} ABC}}
t {lindex {{Abc ABC 0} {Abc 9 10} {1e2 9 Z}} x 0}
t {lsort -stride 2 -index 1  {10 Abc 9 ABC}}
t {concat {0x10 Abc 9 a9} {Z ~ A x z ab 1e2 \{\}}}
t {lindex {{1e2 z a9} \{\} \{\}} e 1}
t {set x {a9 ~ A A9 ab z B}; lset x end-2 {}}
t {lsort -stride 3 -index 1 -unique {~ ~ 1e2}}
t {lsort -dictionary {10 z b 9 Abc B a10 {a b}}}
t {lsearch -sorted -dictionary [lsort -dictionary {b 0 -1 B A9 Abc b {}}] ~}
t {lsort  {B}}
t {concat {{} A9 B 1e2} {Abc {} 00 x 00 ~ a1}}
t {lindex {\{\} {0 1.5 a10} {x Abc a10}} -1 3-1}
t {linsert {A9 Z 1e2 x} e abc}
t {lsort -dictionary {a9 00 {a b} z a10 ab a10}}
t {lreplace {a01 ab a1 Z 1e2 z} end--1 end--1 B x}
t {lsort -stride 2 -index end  {z A \{\} 0 A9 ~}}
t {lsort -dictionary {1.5 -1 \{\} Z 1e2 -1 a Abc}}
t {lsearch -sorted -dictionary [lsort -dictionary {a1 -1 9 1e2 A a01 a a10}] A9}
t {linsert {Abc A9 A9 a9 {} a9 A9 b} 0 }
t {dict keys {B x} ?}
t {set dd {B x}; dict set dd a b A9; dict unset dd A; dict incr dd n; set dd}
t {linsert {a01} 0 }
t {lrange {} end+1 e}
t {lsort -dictionary {a10 Z 0x10 a1 Z 1e2 a a10}}
t {lsort  {x abc}}
t {lsort -dictionary {1e2 10 00 10 1.5 1.5 1e2 -1}}
t {lsearch -sorted -dictionary [lsort -dictionary {a9 B a1 ~ 0x10 abc 10 ab}] 0}
t {concat {1.5 a 1.5} {}}
t {lindex {{00 x ab} {a10 x 10} {b 0 9}} e end--1}
t {concat {Z 1.5 0 z B z \{\}} {}}
t {lindex {{ab 1e2 9} {1e2 10 1e2} {a9 abc b}} -1 -1}
t {lreplace {A9 1.5 a abc a9 a01} 5 5 1e2 0}
t {lrange {B a01 0x10} 2 0}
t {lsort -stride 2 -index 1 -dictionary -unique {0x10 a1 Z a01 abc -1}}
t {lsearch -dictionary -integer -bisect {x 1.5} 0x10}
t {dict keys {a10 10 0 Abc 00 A a1 {a b}} *}
t {set dd {a10 10 0 Abc 00 A a1 {a b}}; dict set dd B a; dict unset dd 9; dict incr dd n; set dd}
t {concat {b ~ -1 0 A ABC ABC} {-1 {} 1.5}}
t {lindex {{B 0 x} \{\} {Z abc 1.5}} x 1+1}
t {set x {abc a1}; lset x end-2 a b}
t {lreplace {_ a10 0x10 _ 10 a 1.5} end 1 a9}
t {lsort -real {x}}
t {lreplace {a1} end+1 end-1 ABC}
t {dict keys {B {a b} b b a a9 b a9} *}
t {set dd {B {a b} b b a a9 b a9}; dict set dd a1 1e2; dict unset dd 0x10; dict incr dd n; set dd}
t {concat {a -1 00 x a10} {{} _ 00}}
t {lindex {\{\} {-1 1.5 a01} {10 ab a1}} -1 1}
t {lsort -stride 2 -index 0 -indices -nocase {a -1 1e2 Z}}
t {lsort -stride 3 -index end-1 -unique -indices {Z b Abc}}
t {lsort -dictionary {0x10 Z _ _ 9 a1 0 9}}
t {lsearch -sorted -dictionary [lsort -dictionary {a1 Z 1e2 1.5 ~ 1.5 _ 1.5}] Abc}
t {lrange {9 _ 0x10 A9} end-1 e}
t {dict keys {z 0 \{\} \{\} 1.5 a10 a9 a} }
t {set dd {z 0 \{\} \{\} 1.5 a10 a9 a}; dict set dd a9 {}; dict unset dd 0; dict incr dd n; set dd}
t {lsort -stride 3 -index 1  {a a1 Z 0x10 A a10 ab A 10}}
t {lsearch -real -exact -ascii -start 5 {-1} ?}
t {linsert {Abc -1 A x 0} end-1 ABC}
t {lsort -stride 3 -index end -indices {9 9 \{\} 0 _ _}}
t {lrange {00 b} end-1 end-1}
t {lsort -stride 3 -index end-1 -dictionary -nocase {ab ~ _}}
t {linsert {Abc 1.5 ABC \{\} a1} x }
t {lreplace {00 _} 2 3-1 9}
t {dict keys {} *}
t {set dd {}; dict set dd a10 ab; dict unset dd a01; dict incr dd n; set dd}
t {lsort -stride 3 -index 0 -unique -nocase {B abc Abc b ~ ab}}
t {lsort -nocase {a}}
t {linsert {10 \{\} 1e2 1.5 a9 \{\} 00} 3-1 1e2}
t {lsort -stride 3 -index end -unique -dictionary {a10 B _ _ x ab {a b} Abc a}}
t {set x {}; lset x e Abc}
t {dict keys {\{\} ~ _ b abc Z} ?}
t {set dd {\{\} ~ _ b abc Z}; dict set dd 00 a b; dict unset dd {}; dict incr dd n; set dd}
t {lsearch -start x {10 _ A 00 abc 0} Z}
t {set x {10 _}; lset x 0 ab}
t {lreplace {\{\} Abc 9 Z ABC a1 z abc} end+1 e abc}
t {concat {_ {a b} b ~} {1e2 abc 9 ab x a1}}
t {lindex {{-1 10 abc} \{\} {ab 1.5 0}} 3-1 1}
t {concat {a9 10 0x10 _ b z} {a1 Z ABC a9}}
t {lindex {{10 a9 A} {a9 a A} \{\}} end--1 1}
t {dict keys {b a10} }
t {set dd {b a10}; dict set dd A Z; dict unset dd A; dict incr dd n; set dd}
t {lsort -increasing -integer {b}}
t {set x {b}; lset x end--1 z}
t {lsort -stride 3 -index 1 -indices {{} Z Abc}}
t {set x {00 B ABC z ~ b a z}; lset x 1+1 A9}
t {lsearch -decreasing -real {B a 00 {a b} b _ a9} 1.5}
t {dict keys {1.5 1.5} }
t {set dd {1.5 1.5}; dict set dd {} 00; dict unset dd {}; dict incr dd n; set dd}
t {dict keys {a9 A} *}
t {set dd {a9 A}; dict set dd a9 ~; dict unset dd Z; dict incr dd n; set dd}
t {linsert {Abc ab 1e2 a10 Abc} 0 }
t {dict keys {0 Abc -1 A a9 b} *}
t {set dd {0 Abc -1 A a9 b}; dict set dd {} 1.5; dict unset dd x; dict incr dd n; set dd}
t {linsert {a10 Z _} -1 {}}
t {lreplace {} end+1 x ab 9}
t {dict keys {A a10 A 9} ?}
t {set dd {A a10 A 9}; dict set dd ab A; dict unset dd a b; dict incr dd n; set dd}
t {dict keys {{} _ a9 abc} a*}
t {set dd {{} _ a9 abc}; dict set dd a a10; dict unset dd a9; dict incr dd n; set dd}
t {dict keys {ABC a10 B 9} *}
t {set dd {ABC a10 B 9}; dict set dd {} {}; dict unset dd ~; dict incr dd n; set dd}
t {linsert {a} end-2 abc}
t {set x {x abc z \{\} a9 10}; lset x x Abc}
t {lreplace {Abc B z 00 9} -1 1+1 0}
t {set x {\{\} a A Abc}; lset x 5 b}
t {lrange {~ 0 1e2} end+1 end--1}
t {lreplace {10 Abc a B 10 ab} e 1+1 }
t {dict keys {a01 ABC A9 1e2 ~ b} *}
t {set dd {a01 ABC A9 1e2 ~ b}; dict set dd A9 z; dict unset dd ab; dict incr dd n; set dd}
t {lreplace {A9 0x10 ab 9 x 1.5 x a01} end 0 1.5}
t {concat {0x10 A9 a9 a1} {a9 z 0 x}}
t {lindex {{ab a9 10} \{\} \{\}} end+1 e}
t {lrange {b B abc a01 x b} 5 e}
t {lreplace {} end-2 x }
t {concat {ab a {} a10 Abc} {1.5 9 \{\} a10 1.5}}
t {lindex {{B b x} {a ABC -1} {a a1 0}} x e}
t {lreplace {00 z 9} end 3-1 }
t {lsort -increasing -dictionary -real {}}
t {lreplace {b a10 x 9 abc abc} end+1 1+1 }
t {concat {{a b} B x z ABC 10 00 ABC} {~ a10}}
t {lindex {{1.5 Z 0x10} {00 B z} \{\}} end-2 -1}
t {lreplace {} end 0 ~}
t {lsearch -ascii -nocase -inline -start x {Abc a9} A}
t {dict keys {a01 ab b {a b} 10 1e2 a abc} *}
t {set dd {a01 ab b {a b} 10 1e2 a abc}; dict set dd a _; dict unset dd 10; dict incr dd n; set dd}
t {set x {a9}; lset x 2 Abc}
t {linsert {a1} x a b abc}
t {lsort -stride 2 -index end-1  {~ Abc z ~ Z a1}}
t {lsort -stride 3 -index 1 -decreasing -unique {00 {a b} {a b} a9 a01 1.5}}
t {lreplace {0 \{\} ab \{\}} 3-1 end abc}
t {lreplace {ABC a10 ~ 00 a01 1e2 {a b} a} 1 -1 a1}
t {set x {a1 ABC ABC}; lset x 0 Abc}
t {linsert {a9 a9 a01 ABC a9 10} 0 }
t {lrange {9 A9 00 {} 10 ~ 00} end-1 1+1}
t {linsert {a9 z 00 a9} end+1 ab z}
t {concat {ab 10 b B a9} {~}}
t {lindex {{0x10 a01 -1} {00 A9 b} {a9 x Z}} 0 end--1}
t {concat {z 9 Z 00 9 9 ~} {Abc _ 0x10 ~ a01}}
t {lindex {{_ 9 00} {10 A9 0} {A B _}} 2 e}
t {set x {abc 9 \{\} 10 A}; lset x end--1 00}
t {lsort -stride 3 -index 1 -unique -indices {A a10 00}}
t {lrange {Abc A \{\}} end-1 end-1}
t {lsort -dictionary {abc a1 b 1.5 a01 {a b} a10 ~}}
t {lsearch -sorted -dictionary [lsort -dictionary {ab A a9 1e2 a a {} A9}] Z}
t {linsert {} end a b ab}
t {lrange {\{\}} 2 1+1}
t {lsort -stride 2 -index end-1  {Abc 9}}
t {lsort -dictionary {B {a b} ab a10 0 a01 Abc Abc}}
t {lsearch -sorted -dictionary [lsort -dictionary {\{\} ab 1e2 a9 B ~ ~ 00}] abc}
t {set x {{}}; lset x 5 a9}
t {lrange {9 z 1e2 abc \{\} 1e2 a10} 2 5}
t {concat {z} {_ 9 {} a10 -1 {a b}}}
t {lindex {{1e2 10 x} \{\} {b ~ b}} end-1 end--1}
t {concat {a1 {a b} _ -1 abc {} {}} {-1 a01}}
t {lindex {{1e2 0x10 1e2} {A9 Abc a01} {ab Abc a10}} end 1}
