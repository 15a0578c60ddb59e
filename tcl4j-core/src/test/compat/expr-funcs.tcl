# The math functions of expr (tcl::mathfunc), their argument checks and
# errors, rand/srand's generator, and user-defined functions.
proc t {ex} {
    if {[catch {uplevel 1 "expr {$ex}"} m]} {
        puts "$ex => ERR {$m} {$::errorCode}"
    } else {
        puts "$ex => $m"
    }
}

puts "--- integer functions"
foreach ex {
    {int(1e20)} {wide(1e20)} {int(2**64)} {wide(2**64+5)} {entier(1e20)} {round(2.5)} {round(-2.5)}
    {round(1e20)} {isqrt(2**100)} {isqrt(-1)} {abs(-9223372036854775808)} {abs(-5.0)} {abs(-0.0)}
    {int(-1.5)} {int(1.5)} {int(2**63)} {int(-2**63-1)} {wide(-2**63-1)} {int("abc")} {int(Inf)}
    {int(NaN)} {entier(Inf)} {entier(-3.7)} {round(Inf)} {round(0.5)} {round(-0.5)}
    {round(1.4999999999999999)} {round(4503599627370497.0)} {round(5)} {round(2**64)}
    {isqrt(0)} {isqrt(15)} {isqrt(16)} {isqrt(2.5)} {isqrt(1e30)} {isqrt(1e300)} {isqrt(-0.5)}
    {isqrt("a")} {isqrt(Inf)} {isqrt(NaN)} {isqrt(-Inf)} {isqrt(-2**70)} {isqrt(2**70)} {isqrt(1e15)}
    {isqrt(4503599627370495.0)} {isqrt(9223372036854775807)} {isqrt(9223372036854775806)}
    {isqrt(2**126)} {isqrt(2**126-1)} {isqrt(3037000499*3037000499)} {isqrt(3037000500*3037000500-1)}
    {round(-Inf)} {entier(-Inf)} {int(-Inf)} {wide(NaN)} {round(1.5e300)} {entier(2**64+0.5)}
    {entier("0x10")} {round(-1.5)} {round(-0.49999999999999994)} {round(0.49999999999999994)}
    {round(2.5e15+0.5)} {round(-2**70*1.0)} {round(-(2.0**70))} {int(-0.5)} {int(-2**63*1.0)}
    {int(2**63*1.0)} {int(1.8446744073709552e19)} {wide(-1e19)} {int(2**70+0.0)} {wide(2**64-1)}
    {int(-2**64+1)} {entier(1e300)} {abs(-2**64)} {abs(-3)} {abs("-3")} {abs(-9223372036854775807)}
    {abs(2**70)} {abs(-(2**70))} {abs(0x10)} {int(0x10)} {round("0x10")} {entier(1.50)}
    {wide("0x10")} {abs(-0)} {abs(5)} {abs(0)} {abs(-0x10)} {abs(true)} {abs("")} {int("")}
    {round(-7.5)} {round(7.49)} {round(-2**53*1.0-1)} {int(-7.9)} {wide(7.9)} {entier(-0.0)}
} { t $ex }

puts "--- floating-point functions"
foreach ex {
    {sqrt(-1)} {log(0)} {log(-1)} {acos(2)} {double(2**1024)} {max(1,2.0)} {max()} {min("a",1)}
    {fmod(5,3)} {fmod(5,0)} {hypot(3,4)} {atan2(0,0)} {ceil(1.2)} {floor(-1.2)} {double(1)}
    {exp(1000)} {exp(-1000)} {sinh(1000)} {sqrt(2**2000)} {sqrt(4)} {sqrt(-0.0)} {log(2**2000)}
    {log10(2**2000)} {log10(1000)} {exp(1)} {pow(2,3)} {pow(2,0.5)} {pow(-8,1./3)} {pow(0,-1)}
    {fmod(-5,3)} {fmod(5.5,Inf)} {hypot(1e308,1e308)} {atan2(1,1)} {atan(1)} {asin(1)} {cos(0)}
    {sin(1)} {tan(1)} {cosh(1)} {tanh(100)} {sinh(-1)} {ceil(2**64)} {floor(5)} {ceil("x")}
    {sqrt(2**65)} {sqrt(2**64)} {sqrt(2**64+1)} {sqrt(2**106)} {sqrt(-(2**70))} {sin(Inf)}
    {cos(Inf)} {log(-Inf)} {exp(Inf)} {exp(-Inf)} {atan(Inf)} {ceil(-0.5)} {floor(0.5)} {ceil(5)}
    {floor(2**70)} {exp(710)} {exp(709)} {tan(Inf)} {log(0.0)} {log10(0)} {log10(-0.0)}
    {pow(2,1024)} {pow(-2,0.5)} {pow(Inf,0)} {pow(0,0)} {pow(NaN,0)} {atan2(Inf,Inf)}
    {hypot(Inf,NaN)} {fmod(-0.0,1)} {fmod(1,-0.0)} {fmod(5,3.5)} {fmod(2**70,3)} {atan2(-0.0,-1)}
    {atan2(0.0,-1)} {double(2**70)} {double(2**1023*2-1)} {double(-0)} {double(2**53+1)}
    {double(-2**1100)} {double("abc")} {double(1e308*10)} {sqrt(2)} {sqrt(16.0)} {sqrt(1e-300)}
    {exp(0)} {exp(-1)} {log(1)} {log(10)} {log10(2)} {log10(0.001)} {sin(0)} {cos(1)} {tan(0)}
    {asin(0.5)} {acos(0)} {acos(-1)} {atan(0.5)} {atan2(1,0)} {atan2(-1,-1)} {sinh(0)} {cosh(0)}
    {tanh(0.5)} {pow(10,2)} {pow(2,-1)} {pow(9,0.5)} {hypot(5,12)} {fmod(7,2)} {fmod(-7,2.5)}
    {floor(-0.0)} {ceil(-0.0)} {floor(1e300)} {ceil(-1e-300)} {exp(2)} {log(2.718281828459045)}
} { t $ex }

puts "--- arguments"
foreach ex {
    {sin()} {sin(1,2)} {pow(1)} {abs()} {abs(1,2)} {atan2(1)} {hypot(1,2,3)} {rand(1)} {srand()}
    {srand(1.5)} {srand("x")} {max()} {min()} {int(1,2)} {double()} {bool()} {isqrt(1,2)}
    {int("08")} {double("08")} {abs("08")} {max("08")} {bool("08")} {isqrt("08")} {sin("08")}
    {srand("08")} {entier("")} {sin("")} {max(1,"")} {min(" 2 ", 3)} {max(0x10, 15)} {max(1,2,3)}
    {max(1,2**64)} {min(-Inf,1)} {max("x")} {min(1,NaN)} {max(NaN,1)} {max(1, 1.0)} {min(1.0, 1)}
    {max(2**64, 1.0)} {min(3, 2.5, 2.5000)} {max(-0.0, 0)} {min("1e2", 99)} {bool(2)} {bool("yes")}
    {bool("abc")} {bool(0.0)} {bool(NaN)} {bool(1e300)} {bool(-0.0)} {bool(2**70)} {bool(" yes")}
    {bool(on)} {bool(0x0)} {bool(off)} {bool("")} {double(0x10)} {abs(NaN)} {sin(NaN)}
    {sqrt(NaN)} {double(NaN)} {pow(NaN,1)} {fmod(1,NaN)} {max(NaN)} {round(NaN)} {exp(NaN)}
    {atan2(NaN,1)} {hypot(NaN,1)} {sin("abc")} {max(1,"abc")} {abs([set nosuch])}
} { t $ex }

puts "--- unknown and user-defined functions"
proc tcl::mathfunc::g {args} { return [llength $args] }
proc tcl::mathfunc::twice {x} { return [expr {2 * $x}] }
proc tcl::mathfunc::f2 {} { return 0x10 }
proc tcl::mathfunc::f3 {a} { return $a }
proc tcl::mathfunc::bad {x} { error "bad $x" }
foreach ex {
    {foo(1)} {nofunc()} {twice(21)} {twice(twice(2))} {f2()} {f3("0x10")} {f3(0x10)} {f3(1.50)}
    {f3("abc")} {twice(1,2)} {twice()} {bad(3)} {sin (0)} {sin	(0)} {sin(0) } {abs ( -1 )}
} { t $ex }
proc tcl::mathfunc::sin {x} { return "my sin of $x" }
t {sin(1)}
rename tcl::mathfunc::sin {}
t {sin(1)}
proc tcl::mathfunc::max {args} { return "replaced" }
t {max(1,2)}
proc unknown {args} { return "unknown:$args" }
t {nosuchfn(1,2)}
rename unknown {}
t {nosuchfn(1,2)}

puts "--- rand and srand"
t {srand(1)}
t {rand()}
t {rand()}
t {srand(42)}
t {rand()}
t {int(rand()*1000)}
t {srand(2**64)}
t {srand(-1)}
t {srand(0)}
t {rand()}
t {srand(0x7fffffff)}
t {srand(123459876)}
t {srand(-2**64)}
t {srand(2**70+12345)}
expr {srand(7)}
set sum 0
for {set i 0} {$i < 1000} {incr i} { set sum [expr {$sum + rand()}] }
puts "sum of 1000: $sum"
set r [expr {rand()}]
puts [expr {$r >= 0.0 && $r < 1.0}]

puts "--- tcl::mathfunc commands called directly"
foreach c {
    {::tcl::mathfunc::sin} {::tcl::mathfunc::sin 1 2} {::tcl::mathfunc::max} {::tcl::mathfunc::abs x}
    {::tcl::mathfunc::int 1 2} {::tcl::mathfunc::rand 1} {::tcl::mathfunc::srand}
    {::tcl::mathfunc::atan2 1} {::tcl::mathfunc::pow 1} {::tcl::mathfunc::double 0x10}
    {::tcl::mathfunc::bool yes} {::tcl::mathfunc::abs -7} {::tcl::mathfunc::entier 2.5}
    {::tcl::mathfunc::round 2.5} {::tcl::mathfunc::hypot 3 4} {::tcl::mathfunc::min 3 1 2}
    {::tcl::mathfunc::sqrt 2} {::tcl::mathfunc::isqrt 17} {tcl::mathfunc::abs -1}
} {
    if {[catch {uplevel 1 $c} m]} {
        puts "$c => ERR {$m} {$::errorCode}"
    } else {
        puts "$c => $m"
    }
}
