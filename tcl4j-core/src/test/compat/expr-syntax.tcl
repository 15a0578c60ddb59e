# Syntax errors of expr: tclsh's messages, the _@_ marker, the snippet of
# the expression (cut with "..." around the problem), and TCL PARSE EXPR
# error codes. Also how numbers, barewords and operators are told apart.
proc t {e} {
    if {[catch {uplevel 1 "expr {$e}"} m]} {
        puts "$e => ERR {$m} {$::errorCode}"
    } else {
        puts "$e => $m"
    }
}
# the expression given as a plain (non-literal) value
proc tv {e} {
    if {[catch {expr $e} m]} {
        puts "$e => ERR {$m} {$::errorCode}"
    } else {
        puts "$e => $m"
    }
}

puts "--- operands and operators"
foreach e {
    {1 +} {+} {()} {(1} {1)} {foo} {foo(1)} {1 2} {1 +* 2} {*1} {1 ==} {1 = 2} {1 & & 2} {a+1}
    {$} {$(} {[} {1 eq} {eq 1} {1 eqq 2} {1 in} {1 iN {1}} {1 ? 2 3} {1 : 2} {?} {1 ? : 2} {f(}
    {sin(1,} {sin(,)} {sin(1} {sin 1} {1 ?2} {1?2:} {1 ! 2} {1 ~ 2} {1 = = 2} {1 =} {1 | | 2}
    {1 ||| 2} {1 &&& 2} {1 *** 2} {1 <<< 2} {1 <> 2} {1 => 2} {1 !== 2} {1 === 2} {(((1} {1 +)}
    {"abc"(1)} {$x(1} {"a" eqa "b"} {"a"eq"b"} {1eq1} {1 in{1}} {1ni{1}} {1 $} {1 = } {1 + $}
    {+ =} {1 + @ ( } {( 1 + @ } {"abc" + } {sin(} {1 @} {1 "abc} {1 [abc} {1 $(} {1 abc} {1 sin(}
    {1 08} {1 0x} {1 eqq} {"abc" 1e} {(1 +} {1 + (} {sin(1,*2)} {sin(,} {(,} {1 + (,} {(1 + )}
    {1 + 2 : 3}
} { t $e }

puts "--- parentheses, commas and the conditional"
foreach e {
    {(1,2)} {sin(1,,2)} {1 ? 2 : 3 : 4} {(1 : 2)} {1 ? (2 : 3)} {(1 ? 2) : 3} {1 ? 2 )}
    {sin(1 ? 2)} {sin(1 : 2)} {(1 ? 2} {1 ? 2 , 3} {)} {,} {:} {(} {1 (} {1 ?} {? 1} {-} {1 -}
    {1 - - } {sin( )} {f(1)(2)} {1 + ()} {(()} {(1))} {((1)} {sin(1))} {1 : 2 ? 3} {1 ? 2 ? 3 : 4}
    {1 ? :} {1,2} {sin(1,2} {sin(1 2)} {sin(1)2} {1 ? 2 : } {1 ? 2 :: 3} {(1 ?)} {1 ? ) : 2}
    {1 + : 2} {(,)} {sin(()} {1 : } {: 1} {1 :: 2} {1 ? 2 : 3 ? 4} {1 ? 2 : 3 ? 4 : 5}
    {0 ? 2 : 3 ? 4 : 5} {(1 + 2) : 3 ? 4} {-(} {- )} {!} {!)} {~,} {1 ||} {1 || || 2} {$a(}
    {"abc" "def"} {{a} {b}} {[set a] [set b]} {1 $a} {$a 1} {sin(1) sin(2)} {1 sin(2)} {1 true}
    {true 1} {true false} {1 ) (} {1 2 )} {1 ) 2} {(1 2)} {() 1} {1 ()} {1 2 3} {sin (}
    {sin ( 1 , 2 } {1 ? 2 : 3 4} {(1 + 2 : 3} {1 ? 2 : 3 : 4 )} {1 : 2 ? 3 : 4} {(1 ? 2 : 3 : 4)}
    {sin(1 : 2 , 3)} {sin(1 ? 2 : 3 : 4, 5)} {sin(1,2 : 3)} {1 ? 2 : (3 : 4)} {1 ? 2 ? 3 : 4 : 5}
    {1 ? 2 : 3 ? 4 : 5 : 6}
} { t $e }

puts "--- numbers and barewords"
foreach e {
    08 0b 0o 0d 09 0b2 0o9a 019 00x 0x 0d1a 1b 08.5x 0_1 0o78 0b1012 08a 09e 0e 0e1 0d9 0D9 0B1
    0O7 0X1f 1E5 0x_1 Inf1 Infinity1 NaNx inf+1 Influence(1) Inf(1) nan(1) 1e5eq1e5 0x10eq16
    1.5eq1.5 1in1 2ni{1} 0b1ne0 1eqq 1.0in1 5eqx 'a' `a ~~1 1.e1 1.e 1e1.5 .e1 . .5.5 5.e+1
    5e-1 5e+ 1_ 3. +3. -.5 tru T Y N ON OFF On oN yE nO fA f n o of y No TRUE true t 07a 0b1a
    0o7a 0bz 0oz 017e 07. 01e5 0o1.5 0b1.5 0x1.5 017.5 1in_x _abc abc_def a.b
    ::tcl::mathfunc::sin(0) tcl::mathfunc::sin(0) 1_000 3abc {3 abc} 0xg 1e 1e+ 1.5e 1.2.3 1..2
    truex 0x1.5 09.5
} { t $e }

puts "--- white space and line breaks"
tv "1\t+\n2\r"
tv "1\v+\f2"
tv "1 + \\\n 2"
tv "1 +\\\n2"
tv "\u00e9"
tv "a\u00e9"
tv "1 + \u00e91"
tv "1\u00a0+ 2"
tv "1 + # c\n 2"
tv ""
tv " "
tv "                                                        "
tv "{abc"
tv "\"abc"
tv "\[abc"
tv "1 + {abc"
tv "1 {abc"
tv "1 \${a"
tv "\${a}b"
tv "{abc}def"
tv "\"abc\"def"
tv "1 + \}"
tv "1 + \]"
tv "1 + ;"
tv "1 + \\"

puts "--- long expressions are shown cut around the error"
set P "1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + "
set S " + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18"
foreach mid {
    {(1} {1)} {$} {#} {@} {1 = 2} {1 ! 2} {1 ~ 2} {1 : 2} {1 ? 2} {sin(,)} {sin(1,)}
    {abcdefghijklmnopqrstuvwxy} {abcdefghijklmnopqrstuvwx} {abcdefghijklmnopqrstuvwxyz} {08} {0b12}
    {$(} {"abc} {[abc} {()} {1 2} {sin(1} {(1 + 2 : 3)} {(1 , 2 : 3)} {(1 : 2 , 3)} {(1 : 2 ) 3)}
    {(1 ? 2 ) 3)} {sin(1 ? 2 , 3)} {1 +} {+} {}
} {
    tv "$P$mid$S"
}
tv "$P\${a$S"
tv "$P{abc$S"
foreach n {20 21 22 23 24 25 26 27 28} {
    set e ""
    for {set i 0} {$i < $n} {incr i} { append e x }
    tv "$e + 1"
    tv "1 + $e"
    tv "(1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + $e"
}
tv {1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30}
tv {1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 +}
tv {1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + * 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13}
tv {1 + foobarbazquuxquuuuuuuuuuuuuuuuuuuuuuuuuuux}
tv {1 + () + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15}
tv {1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 +   }

puts "--- precedence and associativity"
foreach e {
    {1 == 1 eq 1} {1 eq 1 == 1} {1 in 1 eq 1} {"1 eq 1" in {1}} {2 in 2 eq 1} {1 eq 1 in 1}
    {2 == 2 eq 1} {1 eq 2 == 2} {2 eq 2 in 1} {2 ne 3 == 1} {1 == 1 ni {0}} {1 & 0 == 0}
    {1 | 2 ^ 3} {2 ^ 3 & 1} {0 && 1 || 1} {1 < 2 == 1} {1 == 2 < 3} {"a" < "b" eq 1}
    {1 in {1} & 1} {1 in {1 2} == 0} {1 || 0 && 0} {1 ? 0 : 1 ? 2 : 3} {0 ? 0 : 1 ? 2 : 3}
    {1 ? 1 ? 5 : 6 : 7} {1<2<3} {3>2>1} {5 % 3 * 2} {2 * 5 % 3} {1 + 2 << 1} {1 << 2 + 1}
    {-2**2} {2**3**2} {2**-1} {-2**-2} {!0 + 1} {~0 * 2} {- 2 ** 2} {(-2) ** 2} {2 ** -2 ** 2}
    {1 - 1 - 1} {16 / 4 / 2} {2 ** 2 ** 3} {1 < 2 < 3 < 0} {10 - 2 * 3 ** 2} {1 | 2 & 3}
} { t $e }
