# The tcl::mathop commands: every expr operator as a command, with variadic
# forms (+ 1 2 3, < 1 2 3), identities for no arguments, and their own
# wrong # args messages.
proc t {args} {
    if {[catch {uplevel 1 $args} m]} {
        puts "$args => ERR {$m} {$::errorCode}"
    } else {
        puts "$args => $m"
    }
}
foreach op {+ - * / % ** == != < <= > >= eq ne in ni & | ^ ~ ! << >> && ||} {
    t ::tcl::mathop::$op
    t ::tcl::mathop::$op 1
    t ::tcl::mathop::$op 6 3
    t ::tcl::mathop::$op 6 3 2
    t ::tcl::mathop::$op a b
    t ::tcl::mathop::$op 1.5 2
    t ::tcl::mathop::$op 0x10 010
}
t ::tcl::mathop::+ 1 2 3 4
t ::tcl::mathop::- 10 1 2
t ::tcl::mathop::/ 2.0
t ::tcl::mathop::/ 0
t ::tcl::mathop::/ 0.0
t ::tcl::mathop::/ 4
t ::tcl::mathop::/ x
t ::tcl::mathop::/ 7 2 0
t ::tcl::mathop::/ 7 2.0
t ::tcl::mathop::** 2 3 2
t ::tcl::mathop::** 2 -1
t ::tcl::mathop::** 0 -1
t ::tcl::mathop::** x
t ::tcl::mathop::** 2 x
t ::tcl::mathop::** x 2
t ::tcl::mathop::< 1 2 3
t ::tcl::mathop::< 1 3 2
t ::tcl::mathop::<= 1 1 2
t ::tcl::mathop::> 3 2 2
t ::tcl::mathop::>= 3 2 2
t ::tcl::mathop::eq a a a
t ::tcl::mathop::eq a a b
t ::tcl::mathop::in a {a b}
t ::tcl::mathop::ni c {a b}
t ::tcl::mathop::in a "\{"
t ::tcl::mathop::+ 1 x
t ::tcl::mathop::+ x 1
t ::tcl::mathop::- x
t ::tcl::mathop::- 1.5
t ::tcl::mathop::- 9223372036854775808
t ::tcl::mathop::* 2 ""
t ::tcl::mathop::== 1 1.0 1e0
t ::tcl::mathop::== a a
t ::tcl::mathop::!= 1 2 1
t ::tcl::mathop::!= 1 1.0
t ::tcl::mathop::ne 1 1.0
t ::tcl::mathop::& 7
t ::tcl::mathop::& 1.0
t ::tcl::mathop::| 1 2 4 8
t ::tcl::mathop::^ 1 3 7
t ::tcl::mathop::& 15 6 3
t ::tcl::mathop::** 2
t ::tcl::mathop::<< 1 2 3
t ::tcl::mathop::<< 1 64
t ::tcl::mathop::>> -8 1
t ::tcl::mathop::<< 1 -1
t ::tcl::mathop::! 0
t ::tcl::mathop::! x
t ::tcl::mathop::! yes
t ::tcl::mathop::! 1.5
t ::tcl::mathop::~ 1.0
t ::tcl::mathop::~ 5
t ::tcl::mathop::+ 0x10
t ::tcl::mathop::+ 1.0
t ::tcl::mathop::* 1.50
t ::tcl::mathop::* 9223372036854775807 9223372036854775807
t ::tcl::mathop::+ 9223372036854775807 1 1
t ::tcl::mathop::% 7 -2
t ::tcl::mathop::% 7 0
t ::tcl::mathop::% 7.0 2
t ::tcl::mathop::% x 2
t ::tcl::mathop::+ NaN
t ::tcl::mathop::+ 1 NaN
t ::tcl::mathop::< NaN 1
t ::tcl::mathop::== NaN NaN
t ::tcl::mathop::!= NaN NaN
t ::tcl::mathop::+ 1e300 1e300 1e300
t ::tcl::mathop::* 1e300 1e300
t ::tcl::mathop::- Inf Inf
t tcl::mathop::+ 1 2
