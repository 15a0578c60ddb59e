# The math functions and operator commands, and their expr forms, called with
# wrong counts and non-numbers answer as tclsh does.
source [file join [file dirname $argv0] badargs-files sweep.tcl]
foreach f {abs acos asin atan atan2 bool ceil cos cosh double entier exp floor fmod hypot int isqrt log log10 max min pow round sin sinh sqrt srand tan tanh wide} {
    t ::tcl::mathfunc::$f
    foreach a $::mixed {
        t ::tcl::mathfunc::$f {*}$a
    }
    t expr "$f()"
    t expr "$f(1,2,3)"
    t expr "$f(\"x\")"
}
t ::tcl::mathfunc::rand x
t expr {rand(1)}
foreach op {+ - * / % ** == != < <= > >= eq ne in ni & | ^ << >> ! ~ && ||} {
    t ::tcl::mathop::$op
    foreach a $::mixed {
        t ::tcl::mathop::$op {*}$a
    }
}
